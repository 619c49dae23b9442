/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-editor.c: the window that makes or changes one of the user's routines: its
 * name, what it is for and when it fits, and its steps; Save checks it and puts it in the
 * diary. */

#define G_LOG_DOMAIN "nape-routine-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-routine-editor.h"

struct _NapeRoutineEditor
{
  AdwWindow       parent_instance;

  NapeDiary      *diary;
  NapeAtlas      *atlas;
  char           *routine_id;
  /* The routine as the form showed it when it opened, and how many steps it showed:
   * cancelling asks first when the form no longer builds the same. */
  NapeRoutine    *opened_as;
  guint           opened_n_steps;
  AdwMessageDialog *discard_dialog;   /* weak */

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkScrolledWindow *scroller;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwEntryRow    *description_row;
  AdwComboRow    *focus_row;
  GtkCheckButton *daily_check;
  GtkCheckButton *first_signs_check;
  GtkCheckButton *during_check;
  GtkCheckButton *after_check;
  GtkBox         *steps_box;
};

G_DEFINE_FINAL_TYPE (NapeRoutineEditor, nape_routine_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkCheckButton *
fit_check (NapeRoutineEditor *self,
           NapeRoutineFit     fit)
{
  switch (fit)
    {
    case NAPE_ROUTINE_FIT_DAILY:
      return self->daily_check;
    case NAPE_ROUTINE_FIT_FIRST_SIGNS:
      return self->first_signs_check;
    case NAPE_ROUTINE_FIT_DURING:
      return self->during_check;
    case NAPE_ROUTINE_FIT_AFTER:
    default:
      return self->after_check;
    }
}

static const NapeRoutineFit all_fits[] = {
  NAPE_ROUTINE_FIT_DAILY,
  NAPE_ROUTINE_FIT_FIRST_SIGNS,
  NAPE_ROUTINE_FIT_DURING,
  NAPE_ROUTINE_FIT_AFTER,
};

static void
show_error (NapeRoutineEditor *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  if (message != NULL)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/* Numbers the steps and enables moving each only where it can go. */
static void
renumber_steps (NapeRoutineEditor *self)
{
  guint n_steps = nape_routine_editor_get_n_steps (self);
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    nape_routine_step_editor_set_place (NAPE_ROUTINE_STEP_EDITOR (child), i++, n_steps);
}

static gboolean
steps_equal (NapeRoutineStep *a,
             NapeRoutineStep *b)
{
  return g_strcmp0 (nape_routine_step_get_zone_id (a), nape_routine_step_get_zone_id (b)) == 0
         && g_strcmp0 (nape_routine_step_get_technique_id (a),
                       nape_routine_step_get_technique_id (b)) == 0
         && nape_routine_step_get_sides (a) == nape_routine_step_get_sides (b)
         && nape_routine_step_get_seconds (a) == nape_routine_step_get_seconds (b)
         && nape_routine_step_get_reps (a) == nape_routine_step_get_reps (b)
         && nape_routine_step_get_rep_seconds (a) == nape_routine_step_get_rep_seconds (b)
         && nape_routine_step_get_intensity (a) == nape_routine_step_get_intensity (b)
         && g_strcmp0 (nape_routine_step_get_instruction (a),
                       nape_routine_step_get_instruction (b)) == 0;
}

static gboolean
routines_equal (NapeRoutine *a,
                NapeRoutine *b)
{
  GListModel *a_steps = nape_routine_get_steps (a);
  GListModel *b_steps = nape_routine_get_steps (b);
  guint n_steps = g_list_model_get_n_items (a_steps);

  if (g_strcmp0 (nape_routine_get_name (a), nape_routine_get_name (b)) != 0
      || g_strcmp0 (nape_routine_get_description (a), nape_routine_get_description (b)) != 0
      || nape_routine_get_fits (a) != nape_routine_get_fits (b)
      || nape_routine_get_focus (a) != nape_routine_get_focus (b)
      || n_steps != g_list_model_get_n_items (b_steps))
    return FALSE;

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) a_step = g_list_model_get_item (a_steps, i);
      g_autoptr(NapeRoutineStep) b_step = g_list_model_get_item (b_steps, i);

      if (!steps_equal (a_step, b_step))
        return FALSE;
    }

  return TRUE;
}

/* Built from the form rather than kept from the routine given, so that a value the form
 * shows differently (rounded, say) is not taken for a change. */
static void
remember_opened_state (NapeRoutineEditor *self)
{
  g_clear_object (&self->opened_as);
  self->opened_as = nape_routine_editor_build_routine (self);
  self->opened_n_steps = nape_routine_editor_get_n_steps (self);
}

/* Compares what Save would store now with what it would have stored when the editor
 * opened, so every field counts without each change handler having to remember a flag,
 * and undoing an edit by hand counts as no change. The step count is checked apart
 * because a step without a muscle or technique builds nothing. */
static gboolean
has_unsaved_changes (NapeRoutineEditor *self)
{
  g_autoptr(NapeRoutine) routine = NULL;

  if (nape_routine_editor_get_n_steps (self) != self->opened_n_steps)
    return TRUE;

  routine = nape_routine_editor_build_routine (self);
  return !routines_equal (routine, self->opened_as);
}

static void
discard_response_cb (NapeRoutineEditor *self,
                     const char        *response)
{
  if (g_str_equal (response, "discard"))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
present_discard_dialog (NapeRoutineEditor *self)
{
  g_autoptr(NapeRoutine) stored = NULL;
  AdwMessageDialog *dialog;

  /* A second close request (the window manager's, say) while the question is open. */
  if (self->discard_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->discard_dialog));
      return;
    }

  stored = nape_diary_lookup_routine (self->diary, self->routine_id);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Discard Changes?"),
                                                       stored != NULL
                                                       ? _("The changes you made to this "
                                                           "routine will be lost.")
                                                       : _("The new routine has not been "
                                                           "saved and will be lost.")));
  adw_message_dialog_add_responses (dialog,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->discard_dialog = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
step_move_cb (NapeRoutineEditor     *self,
              int                    delta,
              NapeRoutineStepEditor *step_editor)
{
  GtkWidget *widget = GTK_WIDGET (step_editor);

  if (delta < 0)
    {
      GtkWidget *previous = gtk_widget_get_prev_sibling (widget);

      if (previous == NULL)
        return;
      gtk_box_reorder_child_after (self->steps_box, previous, widget);
    }
  else
    {
      GtkWidget *next = gtk_widget_get_next_sibling (widget);

      if (next == NULL)
        return;
      gtk_box_reorder_child_after (self->steps_box, widget, next);
    }

  renumber_steps (self);
  gtk_widget_grab_focus (widget);
}

static void
step_remove_cb (NapeRoutineEditor     *self,
                NapeRoutineStepEditor *step_editor)
{
  gtk_box_remove (self->steps_box, GTK_WIDGET (step_editor));
  renumber_steps (self);
}

static NapeRoutineStepEditor *
append_step (NapeRoutineEditor *self,
             NapeRoutineStep   *step)
{
  NapeRoutineStepEditor *step_editor = nape_routine_step_editor_new (self->atlas, step);

  g_signal_connect_object (step_editor, "move", G_CALLBACK (step_move_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (step_editor, "remove", G_CALLBACK (step_remove_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->steps_box, GTK_WIDGET (step_editor));
  renumber_steps (self);

  return step_editor;
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  NapeRoutineEditor *self = NAPE_ROUTINE_EDITOR (widget);
  NapeRoutineStepEditor *step_editor = append_step (self, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (step_editor));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeRoutineEditor *self = NAPE_ROUTINE_EDITOR (widget);
  g_autoptr(NapeRoutine) routine = nape_routine_editor_build_routine (self);
  g_autoptr(GError) error = NULL;

  if (!nape_diary_save_routine (self->diary, routine, &error))
    {
      show_error (self, error->message);
      return;
    }

  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, routine);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Cancel, Escape and the window manager all come here; Save destroys the window itself. */
static gboolean
nape_routine_editor_close_request (GtkWindow *window)
{
  NapeRoutineEditor *self = NAPE_ROUTINE_EDITOR (window);

  if (has_unsaved_changes (self))
    {
      present_discard_dialog (self);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (nape_routine_editor_parent_class)->close_request (window);
}

static void
nape_routine_editor_dispose (GObject *object)
{
  NapeRoutineEditor *self = NAPE_ROUTINE_EDITOR (object);

  /* The question goes with the editor. When Discard destroys the editor, the dialog is
   * already closed but still alive inside its response: unset its parent too, or it would
   * later unhook itself from a finalized window. */
  if (self->discard_dialog != NULL)
    {
      GtkWindow *dialog = GTK_WINDOW (self->discard_dialog);

      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->discard_dialog);
      self->discard_dialog = NULL;
      gtk_window_set_transient_for (dialog, NULL);
      gtk_window_destroy (dialog);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_ROUTINE_EDITOR);
  g_clear_object (&self->diary);
  g_clear_object (&self->atlas);
  g_clear_object (&self->opened_as);

  G_OBJECT_CLASS (nape_routine_editor_parent_class)->dispose (object);
}

static void
nape_routine_editor_finalize (GObject *object)
{
  NapeRoutineEditor *self = NAPE_ROUTINE_EDITOR (object);

  g_clear_pointer (&self->routine_id, g_free);

  G_OBJECT_CLASS (nape_routine_editor_parent_class)->finalize (object);
}

static void
nape_routine_editor_class_init (NapeRoutineEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = nape_routine_editor_dispose;
  object_class->finalize = nape_routine_editor_finalize;
  window_class->close_request = nape_routine_editor_close_request;

  /**
   * NapeRoutineEditor::saved:
   * @routine: the #NapeRoutine now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_ROUTINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-routine-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, focus_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, daily_check);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, first_signs_check);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, during_check);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, after_check);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineEditor, steps_box);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.add-step", NULL, add_step_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
nape_routine_editor_init (NapeRoutineEditor *self)
{
  g_type_ensure (NAPE_TYPE_ROUTINE_STEP_EDITOR);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_routine_editor_new:
 * @diary: the diary to save into; it must have an atlas
 * @atlas: the atlas the steps pick from
 * @routine: (nullable): the routine to change (saving replaces it: keep its id), a copy
 *   to edit (from nape_routine_duplicate(), not yet saved), or %NULL for a new routine
 *
 * Returns: (transfer full): the editor; present it
 */
NapeRoutineEditor *
nape_routine_editor_new (NapeDiary   *diary,
                         NapeAtlas   *atlas,
                         NapeRoutine *routine)
{
  NapeRoutineEditor *self;
  g_autoptr(NapeRoutine) stored = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);
  g_return_val_if_fail (NAPE_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (routine == NULL || NAPE_IS_ROUTINE (routine), NULL);

  self = g_object_new (NAPE_TYPE_ROUTINE_EDITOR, NULL);
  self->diary = g_object_ref (diary);
  self->atlas = g_object_ref (atlas);

  if (routine == NULL)
    {
      self->routine_id = g_uuid_string_random ();
      gtk_check_button_set_active (self->daily_check, TRUE);
      adw_combo_row_set_selected (self->focus_row, NAPE_ROUTINE_FOCUS_NECK);
      append_step (self, NULL);
      remember_opened_state (self);
      return self;
    }

  self->routine_id = g_strdup (nape_routine_get_id (routine));
  stored = nape_diary_lookup_routine (diary, self->routine_id);
  if (stored != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Routine"));
      adw_window_title_set_title (self->window_title, _("Edit Routine"));
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), nape_routine_get_name (routine));
  gtk_editable_set_text (GTK_EDITABLE (self->description_row),
                         nape_routine_get_description (routine) != NULL
                         ? nape_routine_get_description (routine) : "");
  adw_combo_row_set_selected (self->focus_row, nape_routine_get_focus (routine));
  for (guint i = 0; i < G_N_ELEMENTS (all_fits); i++)
    gtk_check_button_set_active (fit_check (self, all_fits[i]),
                                 (nape_routine_get_fits (routine) & all_fits[i]) != 0);

  for (guint i = 0; i < g_list_model_get_n_items (nape_routine_get_steps (routine)); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (nape_routine_get_steps (routine), i);

      append_step (self, step);
    }

  remember_opened_state (self);
  return self;
}

/**
 * nape_routine_editor_get_name_editable:
 * @self: a #NapeRoutineEditor
 *
 * Returns: (transfer none): where the name is typed
 */
GtkEditable *
nape_routine_editor_get_name_editable (NapeRoutineEditor *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_EDITOR (self), NULL);

  return GTK_EDITABLE (self->name_row);
}

/**
 * nape_routine_editor_get_n_steps:
 * @self: a #NapeRoutineEditor
 *
 * Returns: how many steps the editor shows
 */
guint
nape_routine_editor_get_n_steps (NapeRoutineEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (NAPE_IS_ROUTINE_EDITOR (self), 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/**
 * nape_routine_editor_get_step_editor:
 * @self: a #NapeRoutineEditor
 * @index: a step, from 0
 *
 * Returns: (transfer none) (nullable): the rows of that step
 */
NapeRoutineStepEditor *
nape_routine_editor_get_step_editor (NapeRoutineEditor *self,
                                     guint              index)
{
  GtkWidget *child;

  g_return_val_if_fail (NAPE_IS_ROUTINE_EDITOR (self), NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box));
  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);

  return child != NULL ? NAPE_ROUTINE_STEP_EDITOR (child) : NULL;
}

/**
 * nape_routine_editor_build_routine:
 * @self: a #NapeRoutineEditor
 *
 * The routine as the form shows it, unchecked: nape_diary_save_routine() checks it.
 *
 * Returns: (transfer full): the routine
 */
NapeRoutine *
nape_routine_editor_build_routine (NapeRoutineEditor *self)
{
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  NapeRoutineFit fits = 0;
  NapeRoutine *routine;

  g_return_val_if_fail (NAPE_IS_ROUTINE_EDITOR (self), NULL);

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));
  for (guint i = 0; i < G_N_ELEMENTS (all_fits); i++)
    {
      if (gtk_check_button_get_active (fit_check (self, all_fits[i])))
        fits |= all_fits[i];
    }

  routine = nape_routine_new (self->routine_id, name, description[0] != '\0' ? description : NULL,
                              fits, MIN (adw_combo_row_get_selected (self->focus_row),
                                         NAPE_ROUTINE_FOCUS_MASSAGER));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(NapeRoutineStep) step =
        nape_routine_step_editor_build_step (NAPE_ROUTINE_STEP_EDITOR (child));

      if (step != NULL)
        nape_routine_append_step (routine, step);
    }

  return routine;
}
