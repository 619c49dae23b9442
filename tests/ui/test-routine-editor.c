/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-routine-editor.c: the user's own routines under Xvfb: make one with two steps in the
 * editor, find it under My Routines, edit it, duplicate a built-in one, reorder, delete and
 * undo. */

#include "config.h"

#include <adwaita.h>

#include "nape-routines-page.h"
#include "test-main-loop.h"

static NapeAtlas *atlas;
static GListModel *routines;
static NapeDiary *diary;
static GtkWindow *window;
static NapeRoutinesPage *page;

static void
settle (void)
{
  nape_test_run_for (100);
}

static void
page_action (const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
}

static NapeRoutine *
mine_at (guint position)
{
  return g_list_model_get_item (nape_diary_get_routines (diary), position);
}

static guint
n_mine (void)
{
  return g_list_model_get_n_items (nape_diary_get_routines (diary));
}

static void
test_create (void)
{
  NapeRoutineEditor *editor;
  NapeRoutineStepEditor *step_editor;
  g_autoptr(NapeRoutine) routine = NULL;
  g_autoptr(NapeRoutineStep) step = NULL;
  g_autoptr(NapeRoutineStep) second = NULL;

  g_assert_cmpuint (n_mine (), ==, 0);
  page_action ("routines.new");
  editor = nape_routines_page_get_editor (page);
  g_assert_nonnull (editor);
  settle ();

  /* Saving with no name is refused, and the editor stays open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  g_assert_cmpuint (n_mine (), ==, 0);

  gtk_editable_set_text (nape_routine_editor_get_name_editable (editor), "Desk break");
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 1);
  step_editor = nape_routine_editor_get_step_editor (editor, 0);
  g_assert_true (nape_routine_step_editor_select_zone (step_editor, "upper-trapezius"));
  g_assert_true (nape_routine_step_editor_select_technique (step_editor, "thumb-index"));
  /* Only techniques that suit the muscle are offered. */
  g_assert_false (nape_routine_step_editor_select_technique (step_editor, "forehead-sweep"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-step", NULL));
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 2);
  second = nape_routine_step_new ("suboccipitals", "suboccipital-ball", 0, 0, 8, 2, 40, "Nod slowly");
  nape_routine_step_editor_set_step (nape_routine_editor_get_step_editor (editor, 1), second);
  settle ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (nape_routines_page_get_editor (page));

  g_assert_cmpuint (n_mine (), ==, 1);
  routine = mine_at (0);
  g_assert_cmpstr (nape_routine_get_name (routine), ==, "Desk break");
  g_assert_cmpuint (g_list_model_get_n_items (nape_routine_get_steps (routine)), ==, 2);
  step = g_list_model_get_item (nape_routine_get_steps (routine), 0);
  g_assert_cmpstr (nape_routine_step_get_zone_id (step), ==, "upper-trapezius");
  g_assert_cmpuint (nape_routine_step_get_sides (step), ==, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  g_assert_cmpuint (nape_routine_step_get_seconds (step), ==, 60);
  g_clear_object (&step);
  step = g_list_model_get_item (nape_routine_get_steps (routine), 1);
  g_assert_cmpuint (nape_routine_step_get_reps (step), ==, 8);
  g_assert_cmpfloat (nape_routine_step_get_rep_seconds (step), ==, 2);
  g_assert_cmpint (nape_routine_step_get_intensity (step), ==, 40);
  g_assert_cmpstr (nape_routine_step_get_instruction (step), ==, "Nod slowly");

  /* Saving opened its page, with the user's own actions. */
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit-shown", NULL));
  g_assert_nonnull (nape_routines_page_get_editor (page));
  gtk_window_close (GTK_WINDOW (nape_routines_page_get_editor (page)));
  settle ();
  page_action ("routines.back");
}

static void
test_edit (void)
{
  g_autoptr(NapeRoutine) before = mine_at (0);
  g_autoptr(NapeRoutine) after = NULL;
  NapeRoutineEditor *editor;

  g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (before)));
  page_action ("routines.edit-shown");
  editor = nape_routines_page_get_editor (page);
  g_assert_cmpstr (gtk_editable_get_text (nape_routine_editor_get_name_editable (editor)), ==,
                   "Desk break");
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 2);

  /* Swap the steps, drop the second, rename. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (nape_routine_editor_get_step_editor (editor, 1)),
                                             "step.move-up", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (nape_routine_editor_get_step_editor (editor, 1)),
                                             "step.remove", NULL));
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 1);
  gtk_editable_set_text (nape_routine_editor_get_name_editable (editor), "Short break");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();

  g_assert_cmpuint (n_mine (), ==, 1);
  after = mine_at (0);
  g_assert_cmpstr (nape_routine_get_id (after), ==, nape_routine_get_id (before));
  g_assert_cmpstr (nape_routine_get_name (after), ==, "Short break");
  g_assert_cmpuint (g_list_model_get_n_items (nape_routine_get_steps (after)), ==, 1);
  page_action ("routines.back");
}

static void
test_duplicate_builtin (void)
{
  g_autoptr(NapeRoutine) builtin = g_list_model_get_item (routines, 0);
  g_autoptr(NapeRoutine) copy = NULL;
  NapeRoutineEditor *editor;

  g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (builtin)));
  /* Built-in routines cannot be edited or deleted, only duplicated. */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (page), "routines.edit-shown", NULL)
                  && nape_routines_page_get_editor (page) != NULL);
  page_action ("routines.duplicate-shown");
  editor = nape_routines_page_get_editor (page);
  g_assert_nonnull (editor);
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==,
                    g_list_model_get_n_items (nape_routine_get_steps (builtin)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();

  g_assert_cmpuint (n_mine (), ==, 2);
  copy = mine_at (1);
  g_assert_cmpstr (nape_routine_get_id (copy), !=, nape_routine_get_id (builtin));
  g_assert_true (g_str_has_suffix (nape_routine_get_name (copy), "(Copy)"));
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");
}

static void
test_reorder_delete (void)
{
  g_autoptr(NapeRoutine) first = mine_at (0);
  g_autoptr(NapeRoutine) second = mine_at (1);
  g_autoptr(NapeRoutine) top = NULL;
  g_autoptr(NapeRoutine) back = NULL;

  g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (second)));
  page_action ("routines.move-shown-up");
  top = mine_at (0);
  g_assert_cmpstr (nape_routine_get_id (top), ==, nape_routine_get_id (second));
  settle ();

  page_action ("routines.delete-shown");
  g_assert_cmpuint (n_mine (), ==, 1);
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "list");
  settle ();

  page_action ("routines.undo-delete");
  g_assert_cmpuint (n_mine (), ==, 2);
  back = mine_at (0);
  g_assert_cmpstr (nape_routine_get_id (back), ==, nape_routine_get_id (second));

  g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (first)));
  page_action ("routines.delete-shown");
  g_assert_cmpuint (n_mine (), ==, 1);
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = NULL;
  int status;

  data_home = g_dir_make_tmp ("nape-routine-editor-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  atlas = nape_atlas_new_from_resource (NAPE_ATLAS_RESOURCE, &error);
  g_assert_no_error (error);
  routines = nape_routine_list_new_from_resource (NAPE_ROUTINES_RESOURCE, atlas, &error);
  g_assert_no_error (error);
  diary = nape_diary_open (NULL, &error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 760);
  page = g_object_new (NAPE_TYPE_ROUTINES_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  nape_routines_page_set_content (page, atlas, routines);
  nape_routines_page_set_diary (page, diary);
  gtk_window_present (window);
  settle ();

  g_test_add_func ("/routine-editor/create", test_create);
  g_test_add_func ("/routine-editor/edit", test_edit);
  g_test_add_func ("/routine-editor/duplicate-builtin", test_duplicate_builtin);
  g_test_add_func ("/routine-editor/reorder-delete", test_reorder_delete);
  status = g_test_run ();

  gtk_window_destroy (window);
  settle ();
  g_clear_object (&routines);
  g_assert_finalize_object (diary);
  g_assert_finalize_object (atlas);

  return status;
}
