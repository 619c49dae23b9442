/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-headache-editor.c: every detail of one headache, for adding them after an attack or
 * writing down a past one: times, how bad, type, side, aura, where it hurt on the drawing,
 * symptoms and triggers as chips, the medication taken, and notes. Nothing is written to
 * the diary until Save. */

#define G_LOG_DOMAIN "nape-headache-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-anatomy-drawing.h"
#include "nape-anatomy-view.h"
#include "nape-date-time-row.h"
#include "nape-headache-editor.h"
#include "nape-intake-row.h"

struct _NapeHeadacheEditor
{
  AdwWindow           parent_instance;

  NapeDiary          *diary;
  NapeHeadache       *headache;
  NapeAtlas          *atlas;
  /* The drawing shown, owned by the render layer; NULL until one is loaded. */
  NapeAnatomyDrawing *drawing;

  /* Pain areas as the diary stores them, "occiput:left". */
  GPtrArray          *areas;
  /* Intakes of this headache: those in the diary, then those added here. */
  GPtrArray          *intakes;
  GPtrArray          *removed_intakes;
  /* Drugs typed in here that the diary does not know yet. */
  GPtrArray          *new_drugs;
  gboolean            intensity_known;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkLabel           *error_label;
  NapeDateTimeRow    *start_time_row;
  AdwExpanderRow     *end_row;
  NapeDateTimeRow    *end_time_row;
  GtkScale           *intensity_scale;
  AdwComboRow        *kind_row;
  AdwComboRow        *quality_row;
  GtkToggleButton    *side_left;
  GtkToggleButton    *side_center;
  GtkToggleButton    *side_right;
  GtkSwitch          *aura_switch;
  GtkWidget          *areas_group;
  GtkToggleButton    *back_button;
  GtkToggleButton    *side_button;
  GtkToggleButton    *front_button;
  NapeAnatomyView    *areas_view;
  GtkLabel           *areas_label;
  GtkFlowBox         *symptoms_box;
  GtkFlowBox         *triggers_box;
  GtkListBox         *medication_list;
  AdwEntryRow        *medicine_entry;
  GtkTextView        *notes_view;
};

G_DEFINE_FINAL_TYPE (NapeHeadacheEditor, nape_headache_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "occiput:left" ⇄ "area-occiput-left" */
static char *
drawn_id_for_place (const char *place)
{
  g_auto(GStrv) parts = g_strsplit (place, ":", 2);

  if (parts[0] == NULL || parts[1] == NULL || nape_side_from_string (parts[1]) == 0)
    return NULL;
  return nape_anatomy_drawing_format_id (NAPE_DRAWN_AREA, parts[0],
                                         nape_side_from_string (parts[1]));
}

static char *
place_for_drawn_id (const char *drawn_id)
{
  g_autofree char *atlas_id = NULL;
  NapeDrawnKind kind;
  NapeSide side;

  if (!nape_anatomy_drawing_parse_id (drawn_id, &kind, &atlas_id, &side)
      || kind != NAPE_DRAWN_AREA)
    return NULL;
  return g_strdup_printf ("%s:%s", atlas_id, nape_side_to_string (side));
}

static void
update_title (NapeHeadacheEditor *self)
{
  g_autofree char *day = nape_date_time_row_format_day (self->start_time_row);

  adw_window_title_set_subtitle (self->window_title, day);
}

static void
update_highlights (NapeHeadacheEditor *self)
{
  NapeAnatomyDrawing *drawing = self->drawing;
  g_autoptr(GString) names = g_string_new (NULL);

  nape_anatomy_view_clear_highlights (self->areas_view);
  for (guint i = 0; i < self->areas->len; i++)
    {
      g_autofree char *id = drawn_id_for_place (self->areas->pdata[i]);
      g_auto(GStrv) parts = g_strsplit (self->areas->pdata[i], ":", 2);
      NapeArea *area = self->atlas ? nape_atlas_get_area (self->atlas, parts[0]) : NULL;

      if (drawing != NULL && id != NULL && nape_anatomy_drawing_has_element (drawing, id))
        nape_anatomy_view_add_highlight (self->areas_view, id, NAPE_ANATOMY_HIGHLIGHT_CHOSEN);

      if (names->len > 0)
        g_string_append (names, ", ");
      if (area != NULL)
        {
          NapeSide side = nape_side_from_string (parts[1]);

          g_string_append (names, nape_area_get_name (area));
          if (side == NAPE_SIDE_LEFT)
            g_string_append (names, _(" (left)"));
          else if (side == NAPE_SIDE_RIGHT)
            g_string_append (names, _(" (right)"));
        }
      else
        g_string_append (names, self->areas->pdata[i]);
    }

  gtk_label_set_label (self->areas_label,
                       names->len > 0 ? names->str : _("No place chosen yet."));
}

static void
show_view (NapeHeadacheEditor *self,
           NapeView            view)
{
  g_autoptr(GError) error = NULL;

  if (self->atlas == NULL)
    return;

  self->drawing = nape_anatomy_drawing_get_for_view (view, &error);
  if (self->drawing == NULL)
    {
      g_warning ("%s", error->message);
      gtk_widget_set_visible (self->areas_group, FALSE);
      return;
    }

  nape_anatomy_view_set_drawing (self->areas_view, self->atlas, self->drawing,
                                 nape_anatomy_drawing_describe_view (view));
  nape_anatomy_view_set_mode (self->areas_view, NAPE_ANATOMY_MODE_PAIN);
  update_highlights (self);
}

static void
fill_chips (NapeHeadacheEditor *self,
            GtkFlowBox         *box,
            NapeDiaryTerm       term,
            const char * const *chosen)
{
  g_auto(GStrv) ids = nape_diary_list_terms (self->diary, term);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *label = nape_diary_get_term_label (self->diary, term, ids[i]);
      GtkWidget *chip = gtk_toggle_button_new_with_label (label);

      gtk_widget_add_css_class (chip, "nape-chip");
      gtk_widget_add_css_class (chip, "pill");
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (chip),
                                    chosen != NULL && g_strv_contains (chosen, ids[i]));
      g_object_set_data_full (G_OBJECT (chip), "nape-term-id", g_strdup (ids[i]), g_free);
      gtk_flow_box_append (box, chip);
    }
}

static GStrv
read_chips (GtkFlowBox *box)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *chip = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chip)))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (chip), "nape-term-id"));
    }

  return g_strv_builder_end (builder);
}

static const char *
drug_name (NapeHeadacheEditor *self,
           const char         *uuid)
{
  for (guint i = 0; i < self->new_drugs->len; i++)
    if (g_str_equal (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (self->new_drugs->pdata[i])), uuid))
      return nape_drug_get_name (self->new_drugs->pdata[i]);

  for (guint i = 0; i < g_list_model_get_n_items (nape_diary_get_drugs (self->diary)); i++)
    {
      g_autoptr(NapeDrug) drug = g_list_model_get_item (nape_diary_get_drugs (self->diary), i);

      /* The model keeps the object, and so the name, alive. */
      if (g_str_equal (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)), uuid))
        return nape_drug_get_name (drug);
    }

  return _("Unknown medicine");
}

static void intake_row_remove_cb (NapeHeadacheEditor *self,
                                  NapeIntakeRow      *row);

static void
rebuild_medication (NapeHeadacheEditor *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->medication_list));

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != GTK_WIDGET (self->medicine_entry))
        gtk_list_box_remove (self->medication_list, child);
      child = next;
    }

  for (guint i = 0; i < self->intakes->len; i++)
    {
      NapeIntake *intake = self->intakes->pdata[i];
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (nape_intake_get_dose (intake) > 0)
        title = g_strdup_printf ("%s %g %s", drug_name (self, nape_intake_get_drug_uuid (intake)),
                                 nape_intake_get_dose (intake),
                                 nape_intake_get_unit (intake) ? nape_intake_get_unit (intake) : "");
      else
        title = g_strdup (drug_name (self, nape_intake_get_drug_uuid (intake)));

      row = nape_intake_row_new (intake, g_strstrip (title));
      g_signal_connect_object (row, "remove", G_CALLBACK (intake_row_remove_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_insert (self->medication_list, row, (int) i);
    }
}

static NapeDrug *
find_or_make_drug (NapeHeadacheEditor *self,
                   const char         *name,
                   const char         *unit)
{
  GListModel *drugs = nape_diary_get_drugs (self->diary);
  g_autofree char *key = g_utf8_casefold (name, -1);
  NapeDrug *drug;

  for (guint i = 0; i < g_list_model_get_n_items (drugs); i++)
    {
      g_autoptr(NapeDrug) known = g_list_model_get_item (drugs, i);
      g_autofree char *known_key = g_utf8_casefold (nape_drug_get_name (known), -1);

      if (g_str_equal (key, known_key))
        return known;
    }

  for (guint i = 0; i < self->new_drugs->len; i++)
    {
      g_autofree char *known_key = g_utf8_casefold (nape_drug_get_name (self->new_drugs->pdata[i]), -1);

      if (g_str_equal (key, known_key))
        return self->new_drugs->pdata[i];
    }

  drug = nape_drug_new ();
  nape_drug_set_name (drug, name);
  if (unit != NULL)
    nape_drug_set_unit (drug, unit);
  g_ptr_array_add (self->new_drugs, drug);

  return drug;
}

static void
intake_row_remove_cb (NapeHeadacheEditor *self,
                      NapeIntakeRow      *row)
{
  NapeIntake *intake = nape_intake_row_get_intake (row);
  guint index;

  if (!g_ptr_array_find (self->intakes, intake, &index))
    return;

  g_ptr_array_add (self->removed_intakes, g_object_ref (intake));
  g_ptr_array_remove_index (self->intakes, index);
  rebuild_medication (self);
}

/* "Ibuprofen 400 mg" → Ibuprofen, 400, mg; a name alone is fine too. */
static void
medicine_apply_cb (NapeHeadacheEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->medicine_entry));
  g_autoptr(GRegex) regex = g_regex_new ("^(.*?)\\s+([0-9]+(?:[.,][0-9]+)?)\\s*(\\S+)?\\s*$",
                                         G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dose = NULL;
  g_autofree char *unit = NULL;
  g_autoptr(NapeIntake) intake = NULL;
  NapeDrug *drug;

  if (g_regex_match (regex, text, 0, &match))
    {
      name = g_match_info_fetch (match, 1);
      dose = g_match_info_fetch (match, 2);
      unit = g_match_info_fetch (match, 3);
      g_strdelimit (dose, ",", '.');
    }
  else
    name = g_strdup (text);

  g_strstrip (name);
  if (*name == '\0')
    return;

  drug = find_or_make_drug (self, name, unit != NULL && *unit != '\0' ? unit : NULL);
  intake = nape_intake_new ();
  nape_intake_set_time (intake, nape_date_time_row_get_date_time (self->start_time_row));
  nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  nape_intake_set_headache_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (self->headache)));
  if (dose != NULL)
    nape_intake_set_dose (intake, g_ascii_strtod (dose, NULL));
  if (unit != NULL && *unit != '\0')
    nape_intake_set_unit (intake, unit);

  g_ptr_array_add (self->intakes, g_steal_pointer (&intake));
  gtk_editable_set_text (GTK_EDITABLE (self->medicine_entry), "");
  rebuild_medication (self);
}

/* Whether the headache ends after it starts (the same minute is no headache), or has not
 * ended. */
static gboolean
times_in_order (NapeHeadacheEditor *self)
{
  return !adw_expander_row_get_enable_expansion (self->end_row)
         || g_date_time_compare (nape_date_time_row_get_date_time (self->end_time_row),
                                 nape_date_time_row_get_date_time (self->start_time_row)) > 0;
}

/* The error of the last Save goes as soon as the times it was about are put right. */
static void
forget_error_if_times_in_order (NapeHeadacheEditor *self)
{
  if (times_in_order (self))
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
start_time_row_notify_date_time_cb (NapeHeadacheEditor *self)
{
  update_title (self);
  forget_error_if_times_in_order (self);
}

static void
end_time_row_notify_date_time_cb (NapeHeadacheEditor *self)
{
  forget_error_if_times_in_order (self);
}

static void
end_row_notify_enable_expansion_cb (NapeHeadacheEditor *self)
{
  forget_error_if_times_in_order (self);
}

static void
view_toggled_cb (NapeHeadacheEditor *self,
                 GtkToggleButton    *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->side_button)
    show_view (self, NAPE_VIEW_SIDE);
  else if (button == self->front_button)
    show_view (self, NAPE_VIEW_FRONT);
  else
    show_view (self, NAPE_VIEW_BACK);
}

static void
area_activated_cb (NapeHeadacheEditor *self,
                   const char         *drawn_id)
{
  g_autofree char *place = place_for_drawn_id (drawn_id);
  guint index;

  if (place == NULL)
    return;

  if (g_ptr_array_find_with_equal_func (self->areas, place, g_str_equal, &index))
    g_ptr_array_remove_index (self->areas, index);
  else
    g_ptr_array_add (self->areas, g_steal_pointer (&place));
  update_highlights (self);
}

static void
intensity_changed_cb (NapeHeadacheEditor *self)
{
  self->intensity_known = TRUE;
}

static void
show_error (NapeHeadacheEditor *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeHeadacheEditor *self = NAPE_HEADACHE_EDITOR (widget);
  GDateTime *start = nape_date_time_row_get_date_time (self->start_time_row);
  GDateTime *end = NULL;
  g_auto(GStrv) symptoms = read_chips (self->symptoms_box);
  g_auto(GStrv) triggers = read_chips (self->triggers_box);
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter text_start, text_end;
  NapeSide side = 0;

  if (!times_in_order (self))
    {
      show_error (self, _("The headache must end after it starts. Please check the times."));
      return;
    }
  if (adw_expander_row_get_enable_expansion (self->end_row))
    end = nape_date_time_row_get_date_time (self->end_time_row);

  if (gtk_toggle_button_get_active (self->side_left))
    side |= NAPE_SIDE_LEFT;
  if (gtk_toggle_button_get_active (self->side_center))
    side |= NAPE_SIDE_CENTER;
  if (gtk_toggle_button_get_active (self->side_right))
    side |= NAPE_SIDE_RIGHT;

  gtk_text_buffer_get_bounds (buffer, &text_start, &text_end);
  notes = gtk_text_buffer_get_text (buffer, &text_start, &text_end, FALSE);

  g_ptr_array_add (self->areas, NULL);
  nape_headache_set_areas (self->headache, (const char * const *) self->areas->pdata);
  g_ptr_array_remove_index (self->areas, self->areas->len - 1);

  nape_headache_set_start (self->headache, start);
  nape_headache_set_end (self->headache, end);
  if (self->intensity_known)
    nape_headache_set_peak_intensity (self->headache,
                                      (int) gtk_range_get_value (GTK_RANGE (self->intensity_scale)));
  nape_headache_set_kind (self->headache, adw_combo_row_get_selected (self->kind_row));
  nape_headache_set_quality (self->headache, adw_combo_row_get_selected (self->quality_row));
  nape_headache_set_side (self->headache, side);
  nape_headache_set_aura (self->headache, gtk_switch_get_active (self->aura_switch));
  nape_headache_set_symptoms (self->headache, (const char * const *) symptoms);
  nape_headache_set_triggers (self->headache, (const char * const *) triggers);
  nape_headache_set_notes (self->headache, *notes != '\0' ? notes : NULL);

  if (!nape_diary_save (self->diary, self->headache, &error))
    {
      show_error (self, error->message);
      return;
    }

  for (guint i = 0; i < self->new_drugs->len; i++)
    if (!nape_diary_save (self->diary, self->new_drugs->pdata[i], &error))
      {
        show_error (self, error->message);
        return;
      }
  g_ptr_array_set_size (self->new_drugs, 0);

  for (guint i = 0; i < self->removed_intakes->len; i++)
    {
      g_autoptr(GError) delete_error = NULL;

      /* An intake added and removed here never reached the diary. */
      if (!nape_diary_delete (self->diary, self->removed_intakes->pdata[i], &delete_error)
          && !g_error_matches (delete_error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND))
        {
          show_error (self, delete_error->message);
          return;
        }
    }
  g_ptr_array_set_size (self->removed_intakes, 0);

  for (guint i = 0; i < self->intakes->len; i++)
    if (!nape_diary_save (self->diary, self->intakes->pdata[i], &error))
      {
        show_error (self, error->message);
        return;
      }

  g_signal_emit (self, signals[SAVED], 0, self->headache);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
load_headache (NapeHeadacheEditor *self)
{
  NapeHeadache *headache = self->headache;
  GDateTime *start = nape_headache_get_start (headache);
  GDateTime *end = nape_headache_get_end (headache);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char * const *areas = nape_headache_get_areas (headache);
  GListModel *intakes = nape_diary_get_intakes (self->diary);
  NapeSide side = nape_headache_get_side (headache);
  int intensity = nape_headache_get_peak_intensity (headache);

  nape_date_time_row_set_date_time (self->start_time_row, start != NULL ? start : now);
  nape_date_time_row_set_date_time (self->end_time_row, end != NULL ? end : now);
  adw_expander_row_set_enable_expansion (self->end_row, end != NULL);
  adw_expander_row_set_expanded (self->end_row, end != NULL);

  gtk_range_set_value (GTK_RANGE (self->intensity_scale), MAX (intensity, 0));
  self->intensity_known = intensity >= 0;
  adw_combo_row_set_selected (self->kind_row, nape_headache_get_kind (headache));
  adw_combo_row_set_selected (self->quality_row, nape_headache_get_quality (headache));
  gtk_toggle_button_set_active (self->side_left, (side & NAPE_SIDE_LEFT) != 0);
  gtk_toggle_button_set_active (self->side_center, (side & NAPE_SIDE_CENTER) != 0);
  gtk_toggle_button_set_active (self->side_right, (side & NAPE_SIDE_RIGHT) != 0);
  gtk_switch_set_active (self->aura_switch, nape_headache_get_aura (headache));

  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    g_ptr_array_add (self->areas, g_strdup (areas[i]));

  fill_chips (self, self->symptoms_box, NAPE_DIARY_TERM_SYMPTOM,
              nape_headache_get_symptoms (headache));
  fill_chips (self, self->triggers_box, NAPE_DIARY_TERM_TRIGGER,
              nape_headache_get_triggers (headache));

  for (guint i = 0; i < g_list_model_get_n_items (intakes); i++)
    {
      g_autoptr(NapeIntake) intake = g_list_model_get_item (intakes, i);

      if (g_strcmp0 (nape_intake_get_headache_uuid (intake), nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache))) == 0)
        g_ptr_array_add (self->intakes, g_object_ref (intake));
    }
  rebuild_medication (self);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view),
                            nape_headache_get_notes (headache) ? nape_headache_get_notes (headache) : "",
                            -1);
  update_title (self);

  if (self->atlas != NULL)
    show_view (self, NAPE_VIEW_BACK);
  else
    gtk_widget_set_visible (self->areas_group, FALSE);
}

static void
nape_headache_editor_dispose (GObject *object)
{
  NapeHeadacheEditor *self = NAPE_HEADACHE_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_HEADACHE_EDITOR);
  g_clear_object (&self->diary);
  g_clear_object (&self->headache);
  g_clear_object (&self->atlas);
  self->drawing = NULL;

  G_OBJECT_CLASS (nape_headache_editor_parent_class)->dispose (object);
}

static void
nape_headache_editor_finalize (GObject *object)
{
  NapeHeadacheEditor *self = NAPE_HEADACHE_EDITOR (object);

  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->intakes, g_ptr_array_unref);
  g_clear_pointer (&self->removed_intakes, g_ptr_array_unref);
  g_clear_pointer (&self->new_drugs, g_ptr_array_unref);

  G_OBJECT_CLASS (nape_headache_editor_parent_class)->finalize (object);
}

static void
nape_headache_editor_class_init (NapeHeadacheEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_headache_editor_dispose;
  object_class->finalize = nape_headache_editor_finalize;

  /**
   * NapeHeadacheEditor::saved:
   * @headache: the headache as it is now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_HEADACHE);

  g_type_ensure (NAPE_TYPE_ANATOMY_VIEW);
  g_type_ensure (NAPE_TYPE_DATE_TIME_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-headache-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, start_time_row);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, end_time_row);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, intensity_scale);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, quality_row);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, side_left);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, side_center);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, side_right);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, aura_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, areas_group);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, side_button);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, front_button);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, areas_view);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, areas_label);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, symptoms_box);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, triggers_box);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, medication_list);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, medicine_entry);
  gtk_widget_class_bind_template_child (widget_class, NapeHeadacheEditor, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, start_time_row_notify_date_time_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_time_row_notify_date_time_cb);
  gtk_widget_class_bind_template_callback (widget_class, end_row_notify_enable_expansion_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, medicine_apply_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nape_headache_editor_init (NapeHeadacheEditor *self)
{
  self->areas = g_ptr_array_new_with_free_func (g_free);
  self->intakes = g_ptr_array_new_with_free_func (g_object_unref);
  self->removed_intakes = g_ptr_array_new_with_free_func (g_object_unref);
  self->new_drugs = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->intensity_scale, "value-changed",
                           G_CALLBACK (intensity_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * nape_headache_editor_new:
 * @diary: the diary to save to
 * @headache: (nullable): the headache to edit, or %NULL to write down a new one
 * @atlas: (nullable): the atlas, to pick pain areas on the drawing
 *
 * Returns: (transfer full): a new editor
 */
NapeHeadacheEditor *
nape_headache_editor_new (NapeDiary    *diary,
                          NapeHeadache *headache,
                          NapeAtlas    *atlas)
{
  NapeHeadacheEditor *self;

  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);
  g_return_val_if_fail (headache == NULL || NAPE_IS_HEADACHE (headache), NULL);
  g_return_val_if_fail (atlas == NULL || NAPE_IS_ATLAS (atlas), NULL);

  self = g_object_new (NAPE_TYPE_HEADACHE_EDITOR, NULL);
  self->diary = g_object_ref (diary);
  self->headache = headache != NULL ? g_object_ref (headache) : nape_headache_new ();
  self->atlas = atlas != NULL ? g_object_ref (atlas) : NULL;
  load_headache (self);
  if (headache == NULL)
    {
      /* A headache written down afterwards: it has ended, an hour is a start to correct. */
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) hour_ago = g_date_time_add_hours (now, -1);

      nape_date_time_row_set_date_time (self->start_time_row, hour_ago);
      nape_date_time_row_set_date_time (self->end_time_row, now);
      adw_expander_row_set_enable_expansion (self->end_row, TRUE);
      adw_expander_row_set_expanded (self->end_row, TRUE);
      gtk_range_set_value (GTK_RANGE (self->intensity_scale), 5);
    }
  /* Loading set the scale; only a change by the user makes an unknown intensity known. */
  self->intensity_known = headache == NULL || nape_headache_get_peak_intensity (headache) >= 0;

  return self;
}

/**
 * nape_headache_editor_get_headache:
 * @self: a #NapeHeadacheEditor
 *
 * Returns: (transfer none): the headache being edited
 */
NapeHeadache *
nape_headache_editor_get_headache (NapeHeadacheEditor *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE_EDITOR (self), NULL);

  return self->headache;
}
