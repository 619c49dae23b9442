/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diary-routines.c — the user's own routines in the diary: save, load, edit, duplicate, reorder, delete, refuse */

#include "config.h"

#include "diary-test-util.h"

static NapeRoutine *
make_routine (const char *name,
              const char *zone_id,
              const char *technique_id,
              NapeSide    sides)
{
  g_autofree char *id = g_uuid_string_random ();
  NapeRoutine *routine = nape_routine_new (id, name, "Before bed",
                                           NAPE_ROUTINE_FIT_DAILY | NAPE_ROUTINE_FIT_AFTER,
                                           NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(NapeRoutineStep) first = nape_routine_step_new (zone_id, technique_id, sides,
                                                            60, 0, 0, NAPE_ROUTINE_STEP_NO_INTENSITY,
                                                            NULL);
  g_autoptr(NapeRoutineStep) second = nape_routine_step_new ("suboccipitals", "suboccipital-ball",
                                                             NAPE_SIDE_LEFT, 0, 10, 1.5, 40,
                                                             "Slow nods");

  nape_routine_append_step (routine, first);
  nape_routine_append_step (routine, second);

  return routine;
}

static NapeRoutine *
routine_at (NapeDiary *diary,
            guint      position)
{
  return g_list_model_get_item (nape_diary_get_routines (diary), position);
}

/* Saved, the routine is in the model; reopened, it is read back as it was. */
static void
test_save_load (DiaryFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(NapeRoutine) routine = make_routine ("Evening neck", "upper-trapezius", "thumb-index",
                                                 NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  g_autoptr(NapeRoutine) loaded = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  nape_diary_set_atlas (fixture->diary, atlas);
  model = nape_diary_get_routines (fixture->diary);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);

  g_assert_true (nape_diary_save_routine (fixture->diary, routine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  g_assert_no_error (error);

  model = nape_diary_get_routines (fixture->diary);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  loaded = routine_at (fixture->diary, 0);
  g_assert_cmpstr (nape_routine_get_id (loaded), ==, nape_routine_get_id (routine));
  g_assert_cmpstr (nape_routine_get_name (loaded), ==, "Evening neck");
  g_assert_cmpstr (nape_routine_get_description (loaded), ==, "Before bed");
  g_assert_cmpuint (nape_routine_get_fits (loaded), ==, NAPE_ROUTINE_FIT_DAILY | NAPE_ROUTINE_FIT_AFTER);
  g_assert_cmpint (nape_routine_get_focus (loaded), ==, NAPE_ROUTINE_FOCUS_NECK);
  g_assert_cmpuint (nape_routine_get_total_seconds (loaded), ==, nape_routine_get_total_seconds (routine));
  assert_same_steps (loaded, routine);

  g_assert_true (nape_diary_lookup_routine (fixture->diary, nape_routine_get_id (routine)) == loaded);
  g_object_unref (loaded);
  g_assert_null (nape_diary_lookup_routine (fixture->diary, "no-such-routine"));
}

/* Saving a routine with the same id replaces it, in its place, steps and all. */
static void
test_edit (DiaryFixture  *fixture,
           gconstpointer  data)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(NapeRoutine) first = make_routine ("First", "upper-trapezius", "thumb-index", 0);
  g_autoptr(NapeRoutine) second = make_routine ("Second", "splenius", "pressure-motion", 0);
  g_autoptr(NapeRoutine) edited = NULL;
  g_autoptr(NapeRoutineStep) step = NULL;
  g_autoptr(NapeRoutine) shown = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  nape_diary_set_atlas (fixture->diary, atlas);
  model = nape_diary_get_routines (fixture->diary);
  g_assert_true (nape_diary_save_routine (fixture->diary, first, &error));
  g_assert_true (nape_diary_save_routine (fixture->diary, second, &error));
  g_assert_no_error (error);

  edited = nape_routine_new (nape_routine_get_id (first), "First, shorter", NULL,
                             NAPE_ROUTINE_FIT_DURING, NAPE_ROUTINE_FOCUS_JAW);
  step = nape_routine_step_new ("masseter", "jaw-circles", NAPE_SIDE_RIGHT, 30, 0, 0, 80, NULL);
  nape_routine_append_step (edited, step);
  g_assert_true (nape_diary_save_routine (fixture->diary, edited, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  shown = routine_at (fixture->diary, 0);
  g_assert_true (shown == edited);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  g_assert_no_error (error);
  g_clear_object (&shown);
  shown = routine_at (fixture->diary, 0);
  g_assert_cmpstr (nape_routine_get_name (shown), ==, "First, shorter");
  g_assert_null (nape_routine_get_description (shown));
  g_assert_cmpint (nape_routine_get_focus (shown), ==, NAPE_ROUTINE_FOCUS_JAW);
  assert_same_steps (shown, edited);
}

/* A built-in routine is copied as it is shown, into a routine of the user's. */
static void
test_duplicate_builtin (DiaryFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "routines.xml", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GListModel) builtins = NULL;
  g_autoptr(NapeRoutine) builtin = NULL;
  g_autoptr(NapeRoutine) copy = NULL;
  g_autoptr(NapeRoutine) loaded = NULL;
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  xml = g_bytes_new_take (g_steal_pointer (&contents), length);
  builtins = nape_routine_list_new_from_bytes (xml, "routines.xml", atlas, &error);
  g_assert_no_error (error);

  nape_diary_set_atlas (fixture->diary, atlas);
  for (guint i = 0; i < g_list_model_get_n_items (builtins); i++)
    {
      g_autoptr(NapeRoutine) each = g_list_model_get_item (builtins, i);
      g_autofree char *each_id = g_uuid_string_random ();
      g_autoptr(NapeRoutine) each_copy = nape_routine_duplicate (each, each_id, "Copy");

      /* Every built-in routine can be saved as the user's own. */
      g_assert_true (nape_diary_save_routine (fixture->diary, each_copy, &error));
      g_assert_no_error (error);
      g_assert_true (nape_diary_delete_routine (fixture->diary, each_id, &error));
    }

  builtin = g_list_model_get_item (builtins, 0);
  copy = nape_routine_duplicate (builtin, id, "My copy");
  g_assert_cmpstr (nape_routine_get_id (copy), ==, id);
  g_assert_cmpstr (nape_routine_get_name (copy), ==, "My copy");
  g_assert_cmpstr (nape_routine_get_description (copy), ==, nape_routine_get_description (builtin));
  g_assert_cmpuint (nape_routine_get_fits (copy), ==, nape_routine_get_fits (builtin));
  g_assert_cmpint (nape_routine_get_focus (copy), ==, nape_routine_get_focus (builtin));
  g_assert_cmpuint (g_strv_length ((GStrv) nape_routine_get_sources (copy)), ==, 0);
  assert_same_steps (copy, builtin);

  g_assert_true (nape_diary_save_routine (fixture->diary, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  loaded = routine_at (fixture->diary, 0);
  assert_same_steps (loaded, builtin);
}

static void
assert_order (NapeDiary    *diary,
              NapeRoutine **expected,
              guint         n_expected)
{
  GListModel *model = nape_diary_get_routines (diary);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (model, i);

      g_assert_cmpstr (nape_routine_get_id (routine), ==, nape_routine_get_id (expected[i]));
    }
}

/* The user's order holds in the model and after reopening; deleting closes the gap. */
static void
test_reorder_delete (DiaryFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(NapeRoutine) a = make_routine ("A", "upper-trapezius", "thumb-index", 0);
  g_autoptr(NapeRoutine) b = make_routine ("B", "upper-trapezius", "thumb-index", 0);
  g_autoptr(NapeRoutine) c = make_routine ("C", "upper-trapezius", "thumb-index", 0);
  g_autoptr(NapeRoutine) d = make_routine ("D", "upper-trapezius", "thumb-index", 0);
  g_autoptr(GError) error = NULL;

  nape_diary_set_atlas (fixture->diary, atlas);
  g_assert_true (nape_diary_save_routine (fixture->diary, a, &error));
  g_assert_true (nape_diary_save_routine (fixture->diary, b, &error));
  g_assert_true (nape_diary_save_routine (fixture->diary, c, &error));
  g_assert_no_error (error);
  assert_order (fixture->diary, (NapeRoutine *[]) { a, b, c }, 3);

  g_assert_true (nape_diary_move_routine (fixture->diary, nape_routine_get_id (c), 0, &error));
  g_assert_no_error (error);
  assert_order (fixture->diary, (NapeRoutine *[]) { c, a, b }, 3);
  g_assert_true (nape_diary_move_routine (fixture->diary, nape_routine_get_id (c), 99, &error));
  assert_order (fixture->diary, (NapeRoutine *[]) { a, b, c }, 3);
  g_assert_true (nape_diary_move_routine (fixture->diary, nape_routine_get_id (a), 1, &error));
  assert_order (fixture->diary, (NapeRoutine *[]) { b, a, c }, 3);
  g_assert_no_error (error);

  g_assert_false (nape_diary_move_routine (fixture->diary, "not-there", 0, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  nape_diary_set_atlas (fixture->diary, atlas);
  assert_order (fixture->diary, (NapeRoutine *[]) { b, a, c }, 3);

  g_assert_true (nape_diary_delete_routine (fixture->diary, nape_routine_get_id (a), &error));
  g_assert_no_error (error);
  assert_order (fixture->diary, (NapeRoutine *[]) { b, c }, 2);
  g_assert_false (nape_diary_delete_routine (fixture->diary, nape_routine_get_id (a), &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* A new routine goes last; the deleted one's steps are gone with it. */
  g_assert_true (nape_diary_save_routine (fixture->diary, d, &error));
  assert_order (fixture->diary, (NapeRoutine *[]) { b, c, d }, 3);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  assert_order (fixture->diary, (NapeRoutine *[]) { b, c, d }, 3);
  g_assert_true (nape_diary_check_integrity (fixture->diary, &error));
  g_assert_no_error (error);
}

static void
assert_refused (NapeDiary   *diary,
                NapeRoutine *routine,
                const char  *message_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (nape_diary_save_routine (diary, routine, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  if (g_test_verbose ())
    g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
}

/* What the atlas does not know, and what it says cannot go together, is refused. */
static void
test_refused (DiaryFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(NapeRoutine) unknown_zone = make_routine ("Z", "big-toe", "thumb-index", 0);
  g_autoptr(NapeRoutine) unknown_technique = make_routine ("T", "upper-trapezius", "tickling", 0);
  g_autoptr(NapeRoutine) unsuited = make_routine ("U", "upper-trapezius", "forehead-sweep", 0);
  g_autoptr(NapeRoutine) midline = make_routine ("M", "scalp", "scalp-circles", NAPE_SIDE_LEFT);
  g_autoptr(NapeRoutine) empty = nape_routine_new ("0a3c6c1e-5b6f-4a8e-9d0c-2f4f5d7e8a91", "Empty",
                                                   NULL, 0, NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(NapeRoutine) unnamed = make_routine ("  ", "upper-trapezius", "thumb-index", 0);
  g_autoptr(NapeRoutine) not_uuid = nape_routine_duplicate (unnamed, "evening", "Evening");
  g_autoptr(NapeRoutine) scalp = make_routine ("S", "scalp", "scalp-circles", 0);
  g_autoptr(GError) error = NULL;

  nape_diary_set_atlas (fixture->diary, atlas);

  assert_refused (fixture->diary, unknown_zone, "big-toe");
  assert_refused (fixture->diary, unknown_technique, "tickling");
  assert_refused (fixture->diary, unsuited, "Step 1");
  assert_refused (fixture->diary, midline, "Step 1");
  assert_refused (fixture->diary, empty, "step");
  assert_refused (fixture->diary, unnamed, "name");
  assert_refused (fixture->diary, not_uuid, "evening");
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 0);

  g_assert_true (nape_diary_save_routine (fixture->diary, scalp, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, DiaryFixture, NULL, diary_fixture_set_up, func, diary_fixture_tear_down)

  ADD ("/diary/routines/save-load", test_save_load);
  ADD ("/diary/routines/edit", test_edit);
  ADD ("/diary/routines/duplicate-builtin", test_duplicate_builtin);
  ADD ("/diary/routines/reorder-delete", test_reorder_delete);
  ADD ("/diary/routines/refused", test_refused);

  return g_test_run ();
}
