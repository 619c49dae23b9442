/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-session-editor.c: corrects a self-massage session after the fact: when it began, how
 * long it lasted, the pain before and after, and notes. The routine played is shown, not
 * changed. Nothing is written to the diary until Save. */

#define G_LOG_DOMAIN "nape-session-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-date-time-row.h"
#include "nape-session-editor.h"

struct _NapeSessionEditor
{
  AdwWindow           parent_instance;

  NapeDiary          *diary;
  NapeMassageSession *session;
  /* A pain not recorded stays so until the user moves its scale. */
  gboolean            before_known;
  gboolean            after_known;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkLabel           *error_label;
  AdwActionRow       *routine_row;
  NapeDateTimeRow    *start_row;
  GtkSpinButton      *duration_spin;
  GtkScale           *before_scale;
  GtkScale           *after_scale;
  GtkTextView        *notes_view;
};

G_DEFINE_FINAL_TYPE (NapeSessionEditor, nape_session_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_subtitle (NapeSessionEditor *self)
{
  g_autofree char *day = nape_date_time_row_format_day (self->start_row);

  adw_window_title_set_subtitle (self->window_title, day);
}

static void
start_row_notify_date_time_cb (NapeSessionEditor *self)
{
  update_subtitle (self);
}

static void
pain_changed_cb (NapeSessionEditor *self,
                 GtkRange          *scale)
{
  if (scale == GTK_RANGE (self->before_scale))
    self->before_known = TRUE;
  else
    self->after_known = TRUE;
}

static void
show_error (NapeSessionEditor *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeSessionEditor *self = NAPE_SESSION_EDITOR (widget);
  GDateTime *start = nape_date_time_row_get_date_time (self->start_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter text_start, text_end;
  int old_minutes = (nape_massage_session_get_duration (self->session) + 30) / 60;
  int minutes;

  gtk_spin_button_update (self->duration_spin);
  minutes = gtk_spin_button_get_value_as_int (self->duration_spin);
  gtk_text_buffer_get_bounds (buffer, &text_start, &text_end);
  notes = gtk_text_buffer_get_text (buffer, &text_start, &text_end, FALSE);

  nape_massage_session_set_start (self->session, start);
  /* Keep the seconds the player recorded unless the minutes were changed. */
  if (minutes != old_minutes)
    nape_massage_session_set_duration (self->session, minutes * 60);
  if (self->before_known)
    nape_massage_session_set_pain_before (self->session,
                                          (int) gtk_range_get_value (GTK_RANGE (self->before_scale)));
  if (self->after_known)
    nape_massage_session_set_pain_after (self->session,
                                         (int) gtk_range_get_value (GTK_RANGE (self->after_scale)));
  nape_massage_session_set_notes (self->session, *notes != '\0' ? notes : NULL);

  if (!nape_diary_save (self->diary, self->session, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->session);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_session (NapeSessionEditor *self,
              const char        *routine_name)
{
  NapeMassageSession *session = self->session;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = NULL;
  int before = nape_massage_session_get_pain_before (session);
  int after = nape_massage_session_get_pain_after (session);

  local = g_date_time_to_local (nape_massage_session_get_start (session) != NULL
                                ? nape_massage_session_get_start (session) : now);
  nape_date_time_row_set_date_time (self->start_row, local);
  update_subtitle (self);
  gtk_spin_button_set_value (self->duration_spin,
                             (nape_massage_session_get_duration (session) + 30) / 60);

  if (routine_name != NULL)
    adw_action_row_set_subtitle (self->routine_row, routine_name);
  else if (nape_massage_session_get_routine_id (session) == NULL)
    adw_action_row_set_subtitle (self->routine_row, _("Free massage"));
  else
    adw_action_row_set_subtitle (self->routine_row, _("A routine no longer in Nape"));

  gtk_range_set_value (GTK_RANGE (self->before_scale), MAX (before, 0));
  gtk_range_set_value (GTK_RANGE (self->after_scale), MAX (after, 0));
  self->before_known = before >= 0;
  self->after_known = after >= 0;

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            nape_massage_session_get_notes (session)
                            ? nape_massage_session_get_notes (session) : "",
                            -1);
}

static void
nape_session_editor_dispose (GObject *object)
{
  NapeSessionEditor *self = NAPE_SESSION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_SESSION_EDITOR);
  g_clear_object (&self->diary);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (nape_session_editor_parent_class)->dispose (object);
}

static void
nape_session_editor_class_init (NapeSessionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_session_editor_dispose;

  /**
   * NapeSessionEditor::saved:
   * @session: the session as it is now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_MASSAGE_SESSION);

  g_type_ensure (NAPE_TYPE_DATE_TIME_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-session-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, routine_row);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, before_scale);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, after_scale);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, start_row_notify_date_time_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nape_session_editor_init (NapeSessionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_session_editor_new:
 * @diary: the diary to save to
 * @session: the session to edit
 * @routine_name: (nullable): the name of the routine played, or %NULL if unknown
 *
 * Returns: (transfer full): a new editor
 */
NapeSessionEditor *
nape_session_editor_new (NapeDiary          *diary,
                         NapeMassageSession *session,
                         const char         *routine_name)
{
  NapeSessionEditor *self;

  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (session), NULL);

  self = g_object_new (NAPE_TYPE_SESSION_EDITOR, NULL);
  self->diary = g_object_ref (diary);
  self->session = g_object_ref (session);
  load_session (self, routine_name);
  /* Connected after loading, so only the user's hand makes an unknown pain known. */
  g_signal_connect_object (self->before_scale, "value-changed",
                           G_CALLBACK (pain_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->after_scale, "value-changed",
                           G_CALLBACK (pain_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * nape_session_editor_get_session:
 * @self: a #NapeSessionEditor
 *
 * Returns: (transfer none): the session being edited
 */
NapeMassageSession *
nape_session_editor_get_session (NapeSessionEditor *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION_EDITOR (self), NULL);

  return self->session;
}
