/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diary-test-util.h — temporary diaries and entry builders shared by the diary tests */

#pragma once

#include <glib/gstdio.h>
#include <string.h>

#include "nape-diary-private.h"
#include "nape-diary-statistics.h"
#include "nape-diary.h"

typedef struct
{
  char      *dir;
  char      *path;
  NapeDiary *diary;
} DiaryFixture;

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

static inline void
diary_fixture_set_up (DiaryFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("nape-diary-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "nape", "diary.db", NULL);
  fixture->diary = nape_diary_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->diary);
}

static inline void
diary_fixture_tear_down (DiaryFixture  *fixture,
                         gconstpointer  data)
{
  if (fixture->diary != NULL)
    g_assert_finalize_object (fixture->diary);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

/* A moment in Berlin local time, with the offset Berlin had then. */
static inline GDateTime *
berlin (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_identifier ("Europe/Berlin");

  g_assert_nonnull (tz);
  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static inline NapeHeadache *
add_headache (NapeDiary        *diary,
              GDateTime        *start,
              GDateTime        *end,
              NapeHeadacheKind  kind)
{
  g_autoptr(GError) error = NULL;
  NapeHeadache *headache = nape_headache_new ();

  nape_headache_set_start (headache, start);
  nape_headache_set_end (headache, end);
  nape_headache_set_kind (headache, kind);
  g_assert_true (nape_diary_save (diary, headache, &error));
  g_assert_no_error (error);

  return headache;
}

static inline NapeDrug *
add_drug (NapeDiary        *diary,
          const char       *name,
          NapeOveruseClass  overuse_class,
          gboolean          preventive)
{
  g_autoptr(GError) error = NULL;
  NapeDrug *drug = nape_drug_new ();

  nape_drug_set_name (drug, name);
  nape_drug_set_overuse_class (drug, overuse_class);
  nape_drug_set_preventive (drug, preventive);
  nape_drug_set_unit (drug, "mg");
  g_assert_true (nape_diary_save (diary, drug, &error));
  g_assert_no_error (error);

  return drug;
}

static inline NapeIntake *
add_intake (NapeDiary *diary,
            NapeDrug  *drug,
            GDateTime *time)
{
  g_autoptr(GError) error = NULL;
  NapeIntake *intake = nape_intake_new ();

  nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  nape_intake_set_time (intake, time);
  g_assert_true (nape_diary_save (diary, intake, &error));
  g_assert_no_error (error);

  return intake;
}

static inline guint
count_at (GArray *counts,
          guint   index)
{
  g_assert_cmpuint (index, <, counts->len);
  return g_array_index (counts, guint, index);
}

/* The atlas as shipped, read from the source tree. */
static inline NapeAtlas *
load_atlas (void)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "atlas.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  NapeAtlas *atlas;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  xml = g_bytes_new_take (g_steal_pointer (&contents), length);
  atlas = nape_atlas_new_from_bytes (xml, "atlas.xml", &error);
  g_assert_no_error (error);

  return atlas;
}

static inline void
assert_same_steps (NapeRoutine *a,
                   NapeRoutine *b)
{
  GListModel *steps_a = nape_routine_get_steps (a);
  GListModel *steps_b = nape_routine_get_steps (b);

  g_assert_cmpuint (g_list_model_get_n_items (steps_a), ==, g_list_model_get_n_items (steps_b));
  for (guint i = 0; i < g_list_model_get_n_items (steps_a); i++)
    {
      g_autoptr(NapeRoutineStep) x = g_list_model_get_item (steps_a, i);
      g_autoptr(NapeRoutineStep) y = g_list_model_get_item (steps_b, i);

      g_assert_cmpstr (nape_routine_step_get_zone_id (x), ==, nape_routine_step_get_zone_id (y));
      g_assert_cmpstr (nape_routine_step_get_technique_id (x), ==, nape_routine_step_get_technique_id (y));
      g_assert_cmpuint (nape_routine_step_get_sides (x), ==, nape_routine_step_get_sides (y));
      g_assert_cmpuint (nape_routine_step_get_seconds (x), ==, nape_routine_step_get_seconds (y));
      g_assert_cmpuint (nape_routine_step_get_reps (x), ==, nape_routine_step_get_reps (y));
      g_assert_cmpfloat (nape_routine_step_get_rep_seconds (x), ==, nape_routine_step_get_rep_seconds (y));
      g_assert_cmpint (nape_routine_step_get_intensity (x), ==, nape_routine_step_get_intensity (y));
      g_assert_cmpstr (nape_routine_step_get_instruction (x), ==, nape_routine_step_get_instruction (y));
    }
}
