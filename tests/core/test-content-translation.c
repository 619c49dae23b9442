/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-content-translation.c: the atlas and the routines reach the user in German, which
 * proves the whole chain: ITS extraction, po/de.po, and the loader looking each text up
 * exactly as xgettext wrote it. */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "nape-atlas.h"
#include "nape-routine.h"
#include "nape-routine-step.h"

static NapeAtlas *atlas;
static GListModel *routines;

static GBytes *
read_content (const char *name)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, len);
}

/* Every human-readable text of the content, in the language gettext gives now. */
static GPtrArray *
collect_texts (void)
{
  GPtrArray *texts = g_ptr_array_new ();
  GListModel *model;

  model = nape_atlas_get_zones (atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (model, i);

      g_ptr_array_add (texts, (gpointer) nape_zone_get_name (zone));
      g_ptr_array_add (texts, (gpointer) nape_zone_get_summary (zone));
      g_ptr_array_add (texts, (gpointer) nape_zone_get_pain (zone));
      for (guint s = 0; s < nape_zone_get_n_locate_steps (zone); s++)
        g_ptr_array_add (texts, (gpointer) nape_zone_get_locate_step (zone, s));
    }

  model = nape_atlas_get_areas (atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeArea) area = g_list_model_get_item (model, i);

      g_ptr_array_add (texts, (gpointer) nape_area_get_name (area));
    }

  model = nape_atlas_get_techniques (atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeTechnique) technique = g_list_model_get_item (model, i);

      g_ptr_array_add (texts, (gpointer) nape_technique_get_name (technique));
      g_ptr_array_add (texts, (gpointer) nape_technique_get_summary (technique));
      g_ptr_array_add (texts, (gpointer) nape_technique_get_how (technique));
      g_ptr_array_add (texts, (gpointer) nape_technique_get_suits (technique));
    }

  model = nape_atlas_get_cautions (atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeCaution) caution = g_list_model_get_item (model, i);

      g_ptr_array_add (texts, (gpointer) nape_caution_get_title (caution));
      g_ptr_array_add (texts, (gpointer) nape_caution_get_text (caution));
    }

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (routines, i);
      GListModel *steps = nape_routine_get_steps (routine);

      g_ptr_array_add (texts, (gpointer) nape_routine_get_name (routine));
      g_ptr_array_add (texts, (gpointer) nape_routine_get_description (routine));
      for (guint s = 0; s < g_list_model_get_n_items (steps); s++)
        {
          g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, s);

          g_ptr_array_add (texts, (gpointer) nape_routine_step_get_instruction (step));
        }
    }

  return texts;
}

static void
test_content_in_german (void)
{
  g_autoptr(GPtrArray) english = NULL;
  g_autoptr(GPtrArray) german = NULL;

  /* No catalogue: gettext hands back the English of the files. */
  bindtextdomain (GETTEXT_PACKAGE, "/nonexistent");
  english = collect_texts ();

  bindtextdomain (GETTEXT_PACKAGE, NAPE_BUILD_LOCALE_DIR);
  german = collect_texts ();

  g_assert_cmpuint (english->len, ==, german->len);
  g_assert_cmpuint (english->len, >, 250);
  for (guint i = 0; i < english->len; i++)
    {
      if (g_str_equal (english->pdata[i], german->pdata[i]))
        g_error ("shown untranslated: “%s”", (const char *) english->pdata[i]);
    }

  g_assert_cmpstr (nape_zone_get_name (nape_atlas_get_zone (atlas, "upper-trapezius")), ==,
                   "Oberer Trapezmuskel");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) atlas_xml = NULL;
  g_autoptr(GBytes) routines_xml = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_init (&argc, &argv, NULL);

  atlas_xml = read_content ("atlas.xml");
  atlas = nape_atlas_new_from_bytes (atlas_xml, "atlas.xml", &error);
  g_assert_no_error (error);
  routines_xml = read_content ("routines.xml");
  routines = nape_routine_list_new_from_bytes (routines_xml, "routines.xml", atlas, &error);
  g_assert_no_error (error);

  g_test_add_func ("/content/translation/german", test_content_in_german);

  status = g_test_run ();

  g_object_unref (routines);
  g_object_unref (atlas);

  return status;
}
