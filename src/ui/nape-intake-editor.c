/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-intake-editor.c: one medicine taken: which (one the diary knows, or a new one with
 * its overuse class), how much, when, how well it worked, and the headache of that day it
 * was for. Nothing is written to the diary until Save. */

#define G_LOG_DOMAIN "nape-intake-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-date-time-row.h"
#include "nape-intake-editor.h"

struct _NapeIntakeEditor
{
  AdwWindow        parent_instance;

  NapeDiary       *diary;
  NapeIntake      *intake;
  gboolean         is_new;
  /* The drugs offered, in the order of the medicine row; "New medicine…" comes last. */
  GPtrArray       *drugs;
  /* The headaches offered after "None", in the order of the headache row, and the day
   * they were chosen for. */
  GPtrArray       *headaches;
  GDateTime       *headaches_day;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkLabel        *error_label;
  AdwComboRow     *drug_row;
  AdwEntryRow     *name_entry;
  AdwComboRow     *class_row;
  GtkSpinButton   *dose_spin;
  GtkEntry        *unit_entry;
  NapeDateTimeRow *time_row;
  AdwComboRow     *headache_row;
  AdwComboRow     *effect_row;
  GtkTextView     *notes_view;
};

G_DEFINE_FINAL_TYPE (NapeIntakeEditor, nape_intake_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_subtitle (NapeIntakeEditor *self)
{
  g_autofree char *day = nape_date_time_row_format_day (self->time_row);

  adw_window_title_set_subtitle (self->window_title, day);
}

static gboolean
is_new_drug_selected (NapeIntakeEditor *self)
{
  return adw_combo_row_get_selected (self->drug_row) >= self->drugs->len;
}

static void
update_new_drug_rows (NapeIntakeEditor *self)
{
  gboolean is_new = is_new_drug_selected (self);

  gtk_widget_set_visible (GTK_WIDGET (self->name_entry), is_new);
  gtk_widget_set_visible (GTK_WIDGET (self->class_row), is_new);
}

/* The headaches that were going on during the chosen day, and the linked one in any case. */
static void
fill_headaches (NapeIntakeEditor *self,
                const char       *chosen_uuid)
{
  GListModel *model = nape_diary_get_headaches (self->diary);
  GDateTime *date = nape_date_time_row_get_date_time (self->time_row);
  g_autoptr(GDateTime) day_start = g_date_time_new_local (g_date_time_get_year (date),
                                                          g_date_time_get_month (date),
                                                          g_date_time_get_day_of_month (date),
                                                          0, 0, 0);
  g_autoptr(GDateTime) day_end = g_date_time_add_days (day_start, 1);
  g_autoptr(GDateTime) day_before = g_date_time_add_days (day_start, -1);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->headaches, 0);
  g_clear_pointer (&self->headaches_day, g_date_time_unref);
  self->headaches_day = g_date_time_ref (day_start);
  gtk_string_list_append (labels, C_("linked headache", "None"));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeHeadache) headache = g_list_model_get_item (model, i);
      GDateTime *start = nape_headache_get_start (headache);
      GDateTime *end = nape_headache_get_end (headache);
      gboolean chosen = g_strcmp0 (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)), chosen_uuid) == 0;
      gboolean that_day;
      g_autoptr(GDateTime) local = NULL;
      g_autofree char *clock = NULL;
      g_autofree char *label = NULL;
      int intensity;

      if (start == NULL)
        continue;

      /* One still going counts for a day after it began, as a night's migraine does. */
      that_day = g_date_time_compare (start, day_end) < 0
                 && (end != NULL ? g_date_time_compare (end, day_start) >= 0
                                 : g_date_time_compare (start, day_before) >= 0);
      if (!that_day && !chosen)
        continue;

      local = g_date_time_to_local (start);
      if (that_day && g_date_time_compare (start, day_start) >= 0)
        clock = g_date_time_format (local, "%H:%M");
      else
        /* Translators: when a headache linked to a medicine began, on another day; see strftime */
        clock = g_date_time_format (local, _("%-d %b, %H:%M"));

      intensity = nape_headache_get_peak_intensity (headache);
      if (intensity >= 0)
        /* Translators: a headache to link a medicine to: when it began, its worst pain */
        label = g_strdup_printf (_("From %s, pain %d"), g_strstrip (clock), intensity);
      else
        /* Translators: a headache to link a medicine to: when it began */
        label = g_strdup_printf (_("From %s"), g_strstrip (clock));

      g_ptr_array_add (self->headaches, g_object_ref (headache));
      gtk_string_list_append (labels, label);
      if (chosen)
        selected = self->headaches->len;
    }

  adw_combo_row_set_model (self->headache_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->headache_row, selected);
}

static const char *
chosen_headache_uuid (NapeIntakeEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->headache_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->headaches->len)
    return NULL;
  return nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (self->headaches->pdata[selected - 1]));
}

static void
show_error (NapeIntakeEditor *self,
            const char       *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* 400, not 400.00; 2.5 stays 2.5. */
static gboolean
dose_output_cb (GtkSpinButton *spin)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (text, sizeof text, "%g", gtk_spin_button_get_value (spin));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
time_row_notify_date_time_cb (NapeIntakeEditor *self)
{
  GDateTime *taken = nape_date_time_row_get_date_time (self->time_row);

  update_subtitle (self);
  /* The headaches offered are those of the day; a new hour or minute keeps them. */
  if (self->headaches_day == NULL
      || g_date_time_get_year (taken) != g_date_time_get_year (self->headaches_day)
      || g_date_time_get_day_of_year (taken) != g_date_time_get_day_of_year (self->headaches_day))
    fill_headaches (self, chosen_headache_uuid (self));
}

static void
drug_selected_cb (NapeIntakeEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->drug_row);

  update_new_drug_rows (self);
  if (selected < self->drugs->len
      && *gtk_editable_get_text (GTK_EDITABLE (self->unit_entry)) == '\0'
      && nape_drug_get_unit (self->drugs->pdata[selected]) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->unit_entry),
                           nape_drug_get_unit (self->drugs->pdata[selected]));
}

static NapeDrug *
find_drug_by_name (NapeIntakeEditor *self,
                   const char       *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);

  for (guint i = 0; i < self->drugs->len; i++)
    {
      g_autofree char *known = g_utf8_casefold (nape_drug_get_name (self->drugs->pdata[i]), -1);

      if (g_str_equal (key, known))
        return self->drugs->pdata[i];
    }

  return NULL;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeIntakeEditor *self = NAPE_INTAKE_EDITOR (widget);
  GDateTime *time = nape_date_time_row_get_date_time (self->time_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_entry))));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  NapeDrug *drug;
  guint effect = adw_combo_row_get_selected (self->effect_row);

  gtk_spin_button_update (self->dose_spin);

  if (is_new_drug_selected (self))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));

      if (*name == '\0')
        {
          show_error (self, _("Please write down the name of the medicine."));
          gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
          return;
        }

      /* A name the diary knows already is that medicine, not a second one. */
      drug = find_drug_by_name (self, name);
      if (drug == NULL)
        {
          g_autoptr(NapeDrug) new_drug = nape_drug_new ();

          nape_drug_set_name (new_drug, name);
          nape_drug_set_overuse_class (new_drug, adw_combo_row_get_selected (self->class_row));
          if (*unit != '\0')
            nape_drug_set_unit (new_drug, unit);
          if (!nape_diary_save (self->diary, new_drug, &error))
            {
              show_error (self, error->message);
              return;
            }
          g_ptr_array_add (self->drugs, g_object_ref (new_drug));
          drug = new_drug;
        }
    }
  else
    drug = self->drugs->pdata[adw_combo_row_get_selected (self->drug_row)];

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  nape_intake_set_drug_uuid (self->intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  nape_intake_set_time (self->intake, time);
  nape_intake_set_dose (self->intake, gtk_spin_button_get_value (self->dose_spin));
  nape_intake_set_unit (self->intake, *unit != '\0' ? unit : NULL);
  nape_intake_set_effect (self->intake, effect == GTK_INVALID_LIST_POSITION ? -1 : (int) effect - 1);
  nape_intake_set_headache_uuid (self->intake, chosen_headache_uuid (self));
  nape_intake_set_notes (self->intake, *notes != '\0' ? notes : NULL);

  if (!nape_diary_save (self->diary, self->intake, &error))
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->intake);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_intake (NapeIntakeEditor *self)
{
  NapeIntake *intake = self->intake;
  GListModel *drugs = nape_diary_get_drugs (self->diary);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) local = g_date_time_to_local (nape_intake_get_time (intake) != NULL
                                                     ? nape_intake_get_time (intake) : now);
  const char *headache_uuid = nape_intake_get_headache_uuid (intake);
  guint selected = 0;

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr(NapeDrug) drug = g_list_model_get_item (drugs, i);

      if (g_strcmp0 (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)), nape_intake_get_drug_uuid (intake)) == 0)
        selected = self->drugs->len;
      gtk_string_list_append (names, nape_drug_get_name (drug) ? nape_drug_get_name (drug) : "");
      g_ptr_array_add (self->drugs, g_steal_pointer (&drug));
    }
  gtk_string_list_append (names, _("New medicine…"));
  adw_combo_row_set_model (self->drug_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->drug_row, selected);
  update_new_drug_rows (self);

  if (nape_intake_get_unit (intake) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->unit_entry), nape_intake_get_unit (intake));
  else if (selected < self->drugs->len && nape_drug_get_unit (self->drugs->pdata[selected]) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->unit_entry),
                           nape_drug_get_unit (self->drugs->pdata[selected]));
  gtk_spin_button_set_value (self->dose_spin, nape_intake_get_dose (intake));

  nape_date_time_row_set_date_time (self->time_row, local);
  update_subtitle (self);

  /* A new intake goes with the latest headache of the day, if there is one. */
  fill_headaches (self, headache_uuid);
  if (self->is_new && headache_uuid == NULL && self->headaches->len > 0)
    {
      guint latest = 0;

      for (guint i = 1; i < self->headaches->len; i++)
        if (g_date_time_compare (nape_headache_get_start (self->headaches->pdata[i]),
                                 nape_headache_get_start (self->headaches->pdata[latest])) > 0)
          latest = i;
      adw_combo_row_set_selected (self->headache_row, latest + 1);
    }

  adw_combo_row_set_selected (self->effect_row, nape_intake_get_effect (intake) + 1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            nape_intake_get_notes (intake) ? nape_intake_get_notes (intake) : "",
                            -1);
}

static void
nape_intake_editor_dispose (GObject *object)
{
  NapeIntakeEditor *self = NAPE_INTAKE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_INTAKE_EDITOR);
  g_clear_object (&self->diary);
  g_clear_object (&self->intake);

  G_OBJECT_CLASS (nape_intake_editor_parent_class)->dispose (object);
}

static void
nape_intake_editor_finalize (GObject *object)
{
  NapeIntakeEditor *self = NAPE_INTAKE_EDITOR (object);

  g_clear_pointer (&self->drugs, g_ptr_array_unref);
  g_clear_pointer (&self->headaches, g_ptr_array_unref);
  g_clear_pointer (&self->headaches_day, g_date_time_unref);

  G_OBJECT_CLASS (nape_intake_editor_parent_class)->finalize (object);
}

static void
nape_intake_editor_class_init (NapeIntakeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_intake_editor_dispose;
  object_class->finalize = nape_intake_editor_finalize;

  /**
   * NapeIntakeEditor::saved:
   * @intake: the intake as it is now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_INTAKE);

  g_type_ensure (NAPE_TYPE_DATE_TIME_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-intake-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, drug_row);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, class_row);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, dose_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, unit_entry);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, headache_row);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, effect_row);
  gtk_widget_class_bind_template_child (widget_class, NapeIntakeEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, dose_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_row_notify_date_time_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nape_intake_editor_init (NapeIntakeEditor *self)
{
  self->drugs = g_ptr_array_new_with_free_func (g_object_unref);
  self->headaches = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_intake_editor_new:
 * @diary: the diary to save to
 * @intake: (nullable): the intake to edit, or %NULL to write down a new one, taken now
 *
 * Returns: (transfer full): a new editor
 */
NapeIntakeEditor *
nape_intake_editor_new (NapeDiary  *diary,
                        NapeIntake *intake)
{
  NapeIntakeEditor *self;

  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);
  g_return_val_if_fail (intake == NULL || NAPE_IS_INTAKE (intake), NULL);

  self = g_object_new (NAPE_TYPE_INTAKE_EDITOR, NULL);
  self->diary = g_object_ref (diary);
  self->is_new = intake == NULL;
  self->intake = intake != NULL ? g_object_ref (intake) : nape_intake_new ();
  load_intake (self);
  g_signal_connect_object (self->drug_row, "notify::selected",
                           G_CALLBACK (drug_selected_cb), self, G_CONNECT_SWAPPED);

  return self;
}

/**
 * nape_intake_editor_get_intake:
 * @self: a #NapeIntakeEditor
 *
 * Returns: (transfer none): the intake being edited
 */
NapeIntake *
nape_intake_editor_get_intake (NapeIntakeEditor *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE_EDITOR (self), NULL);

  return self->intake;
}
