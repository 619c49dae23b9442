/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-routine-editor.c: the user's own routines under Xvfb: make one with two steps in the
 * editor, find it under My Routines, edit it, duplicate a built-in one, reorder, delete and
 * undo; cancelling an editor with changes asks before it throws them away. */

#include "config.h"

#include <adwaita.h>

#include "nape-routine-row.h"
#include "nape-routines-page.h"
#include "test-main-loop.h"
#include "test-widget-tree.h"

static NapeAtlas *atlas;
static GListModel *routines;
static NapeDiary *diary;
static GtkWindow *window;
static NapeRoutinesPage *page;
static char *fixture_id;

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

/* The question the editor asks before throwing changes away, if it is showing. */
static AdwMessageDialog *
find_discard_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        {
          /* Only one at a time, however often the editor is asked to close. */
          g_assert_null (found);
          found = ADW_MESSAGE_DIALOG (toplevel);
        }
    }

  return found;
}

static GtkButton *
find_dialog_button (AdwMessageDialog *dialog,
                    const char       *label)
{
  g_autoptr(GPtrArray) buttons = nape_test_find_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), label) == 0)
        return buttons->pdata[i];
    }

  g_assert_not_reached ();
}

/* Clicks a response button, as the user would: the dialog closes and answers. */
static void
click_dialog_button (AdwMessageDialog *dialog,
                     const char       *label)
{
  g_signal_emit_by_name (find_dialog_button (dialog, label), "clicked");
  settle ();
}

/* What the Cancel button and Escape do. */
static void
cancel_editor (NapeRoutineEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  settle ();
}

/* Everything the editor can change, to tell whether the diary kept a routine as it was. */
static char *
describe_routine (NapeRoutine *routine)
{
  GString *text = g_string_new (NULL);
  GListModel *steps = nape_routine_get_steps (routine);

  g_string_append_printf (text, "%s|%s|%u|%u", nape_routine_get_name (routine),
                          nape_routine_get_description (routine) != NULL
                          ? nape_routine_get_description (routine) : "(none)",
                          nape_routine_get_fits (routine), nape_routine_get_focus (routine));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);

      g_string_append_printf (text, "\n%s %s %u %u %u %g %d %s",
                              nape_routine_step_get_zone_id (step),
                              nape_routine_step_get_technique_id (step),
                              nape_routine_step_get_sides (step),
                              nape_routine_step_get_seconds (step),
                              nape_routine_step_get_reps (step),
                              nape_routine_step_get_rep_seconds (step),
                              nape_routine_step_get_intensity (step),
                              nape_routine_step_get_instruction (step) != NULL
                              ? nape_routine_step_get_instruction (step) : "(none)");
    }

  return g_string_free (text, FALSE);
}

static char *
describe_fixture (void)
{
  g_autoptr(NapeRoutine) routine = nape_diary_lookup_routine (diary, fixture_id);

  g_assert_nonnull (routine);
  return describe_routine (routine);
}

/* A routine of the user's with two steps, for the cancel tests to change; made once. */
/* The editor is still open under its question; "Discard" closes it and leaves the fixture
 * in the diary as @before describes it. */
static void
assert_asked_then_discarded (NapeRoutineEditor *editor,
                             const char        *before)
{
  g_autofree char *after = NULL;

  g_assert_nonnull (find_discard_dialog ());
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  click_dialog_button (find_discard_dialog (), "_Discard");
  g_assert_null (nape_routines_page_get_editor (page));
  after = describe_fixture ();
  g_assert_cmpstr (after, ==, before);
}

static NapeRoutineEditor *
edit_fixture (void)
{
  g_autoptr(NapeRoutine) existing = NULL;
  NapeRoutineEditor *editor;

  if (fixture_id == NULL)
    fixture_id = g_uuid_string_random ();

  existing = nape_diary_lookup_routine (diary, fixture_id);
  if (existing == NULL)
    {
      g_autoptr(NapeRoutine) routine =
        nape_routine_new (fixture_id, "Evening", "Slow and gentle",
                          NAPE_ROUTINE_FIT_DAILY | NAPE_ROUTINE_FIT_AFTER, NAPE_ROUTINE_FOCUS_NECK);
      g_autoptr(NapeRoutineStep) first =
        nape_routine_step_new ("upper-trapezius", "thumb-index", NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT,
                               60, 0, 0, NAPE_ROUTINE_STEP_NO_INTENSITY, NULL);
      g_autoptr(NapeRoutineStep) second =
        nape_routine_step_new ("suboccipitals", "suboccipital-ball", 0, 0, 8, 2, 40, "Nod slowly");
      g_autoptr(GError) error = NULL;

      nape_routine_append_step (routine, first);
      nape_routine_append_step (routine, second);
      g_assert_true (nape_diary_save_routine (diary, routine, &error));
      g_assert_no_error (error);
    }

  g_assert_true (nape_routines_page_show_routine (page, fixture_id));
  page_action ("routines.edit-shown");
  editor = nape_routines_page_get_editor (page);
  g_assert_nonnull (editor);
  settle ();

  return editor;
}

/* The @index-th widget of @type in the editor, in the order they are drawn. */
static GtkWidget *
nth_widget (GtkWidget *root,
            GType      type,
            guint      index)
{
  g_autoptr(GPtrArray) found = nape_test_find_widgets (root, type);

  g_assert_cmpuint (found->len, >, index);
  return found->pdata[index];
}

static GtkWidget *
step_widget (NapeRoutineEditor *editor,
             guint              index)
{
  return GTK_WIDGET (nape_routine_editor_get_step_editor (editor, index));
}

static void
change_name (NapeRoutineEditor *editor)
{
  gtk_editable_set_text (nape_routine_editor_get_name_editable (editor), "Late evening");
}

static void
change_description (NapeRoutineEditor *editor)
{
  /* The name comes first, then the description. */
  gtk_editable_set_text (GTK_EDITABLE (nth_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, 1)),
                         "Quick and firm");
}

static void
change_focus (NapeRoutineEditor *editor)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (nth_widget (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, 0)),
                              NAPE_ROUTINE_FOCUS_JAW);
}

static void
change_fit (NapeRoutineEditor *editor)
{
  /* The third of "when it fits": during a headache. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (nth_widget (GTK_WIDGET (editor),
                                                             GTK_TYPE_CHECK_BUTTON, 2)),
                               TRUE);
}

static void
add_step (NapeRoutineEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-step", NULL));
}

static void
remove_step (NapeRoutineEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (step_widget (editor, 0), "step.remove", NULL));
}

static void
move_step (NapeRoutineEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (step_widget (editor, 1), "step.move-up", NULL));
}

static void
change_step_muscle (NapeRoutineEditor *editor)
{
  g_assert_true (nape_routine_step_editor_select_zone (nape_routine_editor_get_step_editor (editor, 0),
                                                       "suboccipitals"));
}

static void
change_step_seconds (NapeRoutineEditor *editor)
{
  /* The first step counts seconds: its first spin button. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (nth_widget (step_widget (editor, 0),
                                                          GTK_TYPE_SPIN_BUTTON, 0)),
                             90);
}

static void
change_step_instruction (NapeRoutineEditor *editor)
{
  gtk_editable_set_text (GTK_EDITABLE (nth_widget (step_widget (editor, 1), ADW_TYPE_ENTRY_ROW, 0)),
                         "Nod very slowly");
}

typedef void (*EditorChange) (NapeRoutineEditor *editor);

static const EditorChange every_change[] = {
  change_name,
  change_description,
  change_focus,
  change_fit,
  add_step,
  remove_step,
  move_step,
  change_step_muscle,
  change_step_seconds,
  change_step_instruction,
};

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

/* A routine of the user's that says nothing of when it fits gets no empty second line. */
static void
test_row_without_fits (void)
{
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(NapeRoutine) routine = nape_routine_new (id, "Quiet", NULL, 0, NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(NapeRoutineStep) step = nape_routine_step_new ("upper-trapezius", "thumb-index",
                                                           NAPE_SIDE_LEFT, 60, 0, 0, 40,
                                                           NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *length = NULL;
  gboolean found = FALSE;

  nape_routine_append_step (routine, step);
  g_assert_true (nape_diary_save_routine (diary, routine, &error));
  g_assert_no_error (error);
  settle ();
  length = nape_routine_describe_length (routine);

  rows = nape_test_find_widgets (GTK_WIDGET (page), NAPE_TYPE_ROUTINE_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_strcmp0 (nape_routine_row_get_routine_id (rows->pdata[i]), id) != 0)
        continue;
      g_assert_cmpstr (adw_action_row_get_subtitle (rows->pdata[i]), ==, length);
      found = TRUE;
    }
  g_assert_true (found);

  g_assert_true (nape_diary_delete_routine (diary, id, &error));
  g_assert_no_error (error);
  settle ();
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

/* Without a change, Cancel closes at once: also after a change undone by hand, and for a
 * new routine or a copy still as they were made. */
static void
test_cancel_unchanged (void)
{
  g_autoptr(NapeRoutine) builtin = g_list_model_get_item (routines, 0);
  NapeRoutineEditor *editor;

  editor = edit_fixture ();
  cancel_editor (editor);
  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));

  editor = edit_fixture ();
  change_name (editor);
  gtk_editable_set_text (nape_routine_editor_get_name_editable (editor), "Evening");
  cancel_editor (editor);
  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));

  page_action ("routines.new");
  cancel_editor (nape_routines_page_get_editor (page));
  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));

  g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (builtin)));
  page_action ("routines.duplicate-shown");
  cancel_editor (nape_routines_page_get_editor (page));
  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));

  /* The same new routine with a step added is a change. */
  page_action ("routines.new");
  editor = nape_routines_page_get_editor (page);
  add_step (editor);
  cancel_editor (editor);
  g_assert_nonnull (find_discard_dialog ());
  g_assert_cmpstr (adw_message_dialog_get_body (find_discard_dialog ()), ==,
                   "The new routine has not been saved and will be lost.");
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  click_dialog_button (find_discard_dialog (), "_Discard");
  g_assert_null (nape_routines_page_get_editor (page));
  page_action ("routines.back");
}

/* Each kind of change makes Cancel ask, and the editor stays open meanwhile. */
static void
test_cancel_asks_after_change (void)
{
  g_autofree char *before = NULL;

  edit_fixture ();
  before = describe_fixture ();
  cancel_editor (nape_routines_page_get_editor (page));

  for (guint i = 0; i < G_N_ELEMENTS (every_change); i++)
    {
      NapeRoutineEditor *editor = edit_fixture ();

      every_change[i] (editor);
      cancel_editor (editor);
      g_test_message ("change %u", i);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
      assert_asked_then_discarded (editor, before);
    }
  page_action ("routines.back");
}

/* "Keep Editing", or Escape on the question, goes back to the edits as they were. */
static void
test_cancel_keep_editing (void)
{
  NapeRoutineEditor *editor = edit_fixture ();
  AdwMessageDialog *dialog;
  g_autofree char *before = describe_fixture ();
  g_autofree char *after = NULL;

  change_name (editor);
  add_step (editor);
  change_step_muscle (editor);
  cancel_editor (editor);

  dialog = find_discard_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Discard Changes?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "The changes you made to this routine will be lost.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "keep");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "keep"), ==, "_Keep Editing");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, "_Discard");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  click_dialog_button (dialog, "_Keep Editing");
  g_assert_null (find_discard_dialog ());
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  g_assert_cmpstr (gtk_editable_get_text (nape_routine_editor_get_name_editable (editor)), ==,
                   "Late evening");
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 3);

  /* Escape on the question is its close response. */
  cancel_editor (editor);
  gtk_window_close (GTK_WINDOW (find_discard_dialog ()));
  settle ();
  g_assert_null (find_discard_dialog ());
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 3);

  /* Nothing was saved meanwhile. */
  after = describe_fixture ();
  g_assert_cmpstr (after, ==, before);

  cancel_editor (editor);
  click_dialog_button (find_discard_dialog (), "_Discard");
  page_action ("routines.back");
}

static void
saved_cb (NapeRoutineEditor *editor,
          NapeRoutine       *routine,
          gboolean          *saved)
{
  *saved = TRUE;
}

/* "Discard" closes the editor and leaves the diary as it was. */
static void
test_cancel_discard (void)
{
  NapeRoutineEditor *editor = edit_fixture ();
  g_autofree char *before = describe_fixture ();
  g_autofree char *after = NULL;
  guint n_before = n_mine ();
  gboolean saved = FALSE;

  g_signal_connect (editor, "saved", G_CALLBACK (saved_cb), &saved);
  change_name (editor);
  add_step (editor);
  move_step (editor);
  change_step_seconds (editor);
  cancel_editor (editor);
  g_assert_nonnull (find_discard_dialog ());
  click_dialog_button (find_discard_dialog (), "_Discard");

  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));
  g_assert_false (saved);
  g_assert_cmpuint (n_mine (), ==, n_before);
  after = describe_fixture ();
  g_assert_cmpstr (after, ==, before);

  /* The next editor opens on the routine as it was saved. */
  editor = edit_fixture ();
  g_assert_cmpstr (gtk_editable_get_text (nape_routine_editor_get_name_editable (editor)), ==,
                   "Evening");
  g_assert_cmpuint (nape_routine_editor_get_n_steps (editor), ==, 2);
  cancel_editor (editor);
  g_assert_null (nape_routines_page_get_editor (page));
  page_action ("routines.back");
}

/* Closing the window from outside (the window manager's close-request) asks the same. */
static void
test_cancel_close_request (void)
{
  NapeRoutineEditor *editor = edit_fixture ();
  g_autofree char *before = describe_fixture ();
  gboolean stopped = FALSE;

  g_signal_emit_by_name (editor, "close-request", &stopped);
  g_assert_false (stopped);
  g_assert_null (find_discard_dialog ());
  cancel_editor (editor);

  editor = edit_fixture ();
  change_fit (editor);
  g_signal_emit_by_name (editor, "close-request", &stopped);
  g_assert_true (stopped);
  g_assert_nonnull (find_discard_dialog ());

  /* Asked again while the question is open, it does not ask twice. */
  gtk_window_close (GTK_WINDOW (editor));
  settle ();
  assert_asked_then_discarded (editor, before);
  page_action ("routines.back");
}

/* Saving closes the editor with no question, even after the question was once declined
 * or a save was refused. */
static void
test_cancel_not_after_save (void)
{
  NapeRoutineEditor *editor = edit_fixture ();
  g_autoptr(NapeRoutine) saved = NULL;

  /* A refused save keeps the changes unsaved. */
  gtk_editable_set_text (nape_routine_editor_get_name_editable (editor), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (nape_routines_page_get_editor (page) == editor);
  cancel_editor (editor);
  g_assert_nonnull (find_discard_dialog ());
  click_dialog_button (find_discard_dialog (), "_Keep Editing");

  change_name (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (find_discard_dialog ());
  g_assert_null (nape_routines_page_get_editor (page));

  saved = nape_diary_lookup_routine (diary, fixture_id);
  g_assert_cmpstr (nape_routine_get_name (saved), ==, "Late evening");
  page_action ("routines.back");
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
  g_test_add_func ("/routine-editor/row-without-fits", test_row_without_fits);
  g_test_add_func ("/routine-editor/duplicate-builtin", test_duplicate_builtin);
  g_test_add_func ("/routine-editor/reorder-delete", test_reorder_delete);
  g_test_add_func ("/routine-editor/cancel/unchanged", test_cancel_unchanged);
  g_test_add_func ("/routine-editor/cancel/asks-after-change", test_cancel_asks_after_change);
  g_test_add_func ("/routine-editor/cancel/keep-editing", test_cancel_keep_editing);
  g_test_add_func ("/routine-editor/cancel/discard", test_cancel_discard);
  g_test_add_func ("/routine-editor/cancel/close-request", test_cancel_close_request);
  g_test_add_func ("/routine-editor/cancel/not-after-save", test_cancel_not_after_save);
  status = g_test_run ();

  gtk_window_destroy (window);
  settle ();
  g_clear_object (&routines);
  g_clear_pointer (&fixture_id, g_free);
  g_assert_finalize_object (diary);
  g_assert_finalize_object (atlas);

  return status;
}
