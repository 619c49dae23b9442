/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-day-editor.c: what the person notes about one day: how long they slept, how stressed
 * they were, the five MIDAS questions about what headache kept them from, and notes.
 * Nothing is written to the diary until Save. */

#define G_LOG_DOMAIN "nape-day-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "nape-day-editor.h"

struct _NapeDayEditor
{
  AdwWindow       parent_instance;

  NapeDiary      *diary;
  char           *date;
  /* Sleep not recorded shows a dash until the user sets it. */
  gboolean        sleep_known;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkLabel       *error_label;
  GtkSpinButton  *sleep_spin;
  AdwComboRow    *stress_row;
  GtkSwitch      *missed_work_switch;
  GtkSwitch      *reduced_work_switch;
  GtkSwitch      *missed_home_switch;
  GtkSwitch      *reduced_home_switch;
  GtkSwitch      *missed_social_switch;
  GtkTextView    *notes_view;
};

G_DEFINE_FINAL_TYPE (NapeDayEditor, nape_day_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean
sleep_output_cb (NapeDayEditor *self,
                 GtkSpinButton *spin)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (self->sleep_known)
    g_snprintf (text, sizeof text, "%g", gtk_spin_button_get_value (spin));
  else
    g_strlcpy (text, "—", sizeof text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
sleep_changed_cb (NapeDayEditor *self)
{
  if (self->sleep_known)
    return;

  self->sleep_known = TRUE;
  sleep_output_cb (self, self->sleep_spin);
}

static void
show_error (NapeDayEditor *self,
            const char    *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeDayEditor *self = NAPE_DAY_EDITOR (widget);
  g_autoptr(NapeDayFactors) factors = nape_diary_lookup_day_factors (self->diary, self->date);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  guint stress = adw_combo_row_get_selected (self->stress_row);

  if (factors == NULL)
    {
      factors = nape_day_factors_new ();
      nape_day_factors_set_date (factors, self->date);
    }

  gtk_spin_button_update (self->sleep_spin);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (self->sleep_known)
    nape_day_factors_set_sleep_hours (factors, gtk_spin_button_get_value (self->sleep_spin));
  nape_day_factors_set_stress (factors, stress == GTK_INVALID_LIST_POSITION ? -1 : (int) stress - 1);
  nape_day_factors_set_missed_work (factors, gtk_switch_get_active (self->missed_work_switch));
  nape_day_factors_set_reduced_work (factors, gtk_switch_get_active (self->reduced_work_switch));
  nape_day_factors_set_missed_home (factors, gtk_switch_get_active (self->missed_home_switch));
  nape_day_factors_set_reduced_home (factors, gtk_switch_get_active (self->reduced_home_switch));
  nape_day_factors_set_missed_social (factors, gtk_switch_get_active (self->missed_social_switch));
  nape_day_factors_set_notes (factors, *notes != '\0' ? notes : NULL);

  if (!nape_diary_save (self->diary, factors, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, factors);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_day (NapeDayEditor *self)
{
  g_autoptr(NapeDayFactors) factors = nape_diary_lookup_day_factors (self->diary, self->date);
  g_autoptr(GDateTime) day = NULL;
  int year, month, mday;
  double sleep = factors != NULL ? nape_day_factors_get_sleep_hours (factors) : -1;

  if (sscanf (self->date, "%d-%d-%d", &year, &month, &mday) == 3
      && (day = g_date_time_new_local (year, month, mday, 12, 0, 0)) != NULL)
    {
      /* Translators: the day editor's subtitle; see strftime */
      g_autofree char *subtitle = g_date_time_format (day, _("%A %-d %B %Y"));

      adw_window_title_set_subtitle (self->window_title, g_strstrip (subtitle));
    }

  self->sleep_known = sleep >= 0;
  gtk_spin_button_set_value (self->sleep_spin, sleep >= 0 ? sleep : 7);
  sleep_output_cb (self, self->sleep_spin);

  if (factors == NULL)
    return;

  adw_combo_row_set_selected (self->stress_row, nape_day_factors_get_stress (factors) + 1);
  gtk_switch_set_active (self->missed_work_switch, nape_day_factors_get_missed_work (factors));
  gtk_switch_set_active (self->reduced_work_switch, nape_day_factors_get_reduced_work (factors));
  gtk_switch_set_active (self->missed_home_switch, nape_day_factors_get_missed_home (factors));
  gtk_switch_set_active (self->reduced_home_switch, nape_day_factors_get_reduced_home (factors));
  gtk_switch_set_active (self->missed_social_switch, nape_day_factors_get_missed_social (factors));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            nape_day_factors_get_notes (factors)
                            ? nape_day_factors_get_notes (factors) : "",
                            -1);
}

static void
nape_day_editor_dispose (GObject *object)
{
  NapeDayEditor *self = NAPE_DAY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_DAY_EDITOR);
  g_clear_object (&self->diary);

  G_OBJECT_CLASS (nape_day_editor_parent_class)->dispose (object);
}

static void
nape_day_editor_finalize (GObject *object)
{
  NapeDayEditor *self = NAPE_DAY_EDITOR (object);

  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (nape_day_editor_parent_class)->finalize (object);
}

static void
nape_day_editor_class_init (NapeDayEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_day_editor_dispose;
  object_class->finalize = nape_day_editor_finalize;

  /**
   * NapeDayEditor::saved:
   * @factors: the day record as it is now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_DAY_FACTORS);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-day-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, sleep_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, stress_row);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, missed_work_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, reduced_work_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, missed_home_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, reduced_home_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, missed_social_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeDayEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, sleep_output_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nape_day_editor_init (NapeDayEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_day_editor_new:
 * @diary: the diary to save to
 * @date: the local day, "YYYY-MM-DD"
 *
 * Returns: (transfer full): a new editor
 */
NapeDayEditor *
nape_day_editor_new (NapeDiary  *diary,
                     const char *date)
{
  NapeDayEditor *self;

  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  self = g_object_new (NAPE_TYPE_DAY_EDITOR, NULL);
  self->diary = g_object_ref (diary);
  self->date = g_strdup (date);
  load_day (self);
  g_signal_connect_object (self->sleep_spin, "value-changed",
                           G_CALLBACK (sleep_changed_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * nape_day_editor_get_date:
 * @self: a #NapeDayEditor
 *
 * Returns: the day being edited, "YYYY-MM-DD"
 */
const char *
nape_day_editor_get_date (NapeDayEditor *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_EDITOR (self), NULL);

  return self->date;
}
