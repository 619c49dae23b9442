/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-step-editor.c: one step in the routine editor: the muscle, a technique that
 * suits it, seconds or repetitions, the sides, the massager level and an instruction. */

#define G_LOG_DOMAIN "nape-routine-step-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-routine-step-editor.h"

enum {
  MEASURE_SECONDS,
  MEASURE_REPS,
};

struct _NapeRoutineStepEditor
{
  AdwBin          parent_instance;

  NapeAtlas      *atlas;
  GListStore     *techniques;   /* those that suit the chosen zone */

  /* Template widgets */
  AdwPreferencesGroup *group;
  AdwComboRow    *zone_row;
  AdwComboRow    *technique_row;
  AdwComboRow    *sides_row;
  AdwComboRow    *measure_row;
  AdwActionRow   *seconds_row;
  GtkSpinButton  *seconds_spin;
  AdwActionRow   *reps_row;
  GtkSpinButton  *reps_spin;
  AdwActionRow   *rep_seconds_row;
  GtkSpinButton  *rep_seconds_spin;
  GtkSwitch      *intensity_switch;
  GtkSpinButton  *intensity_spin;
  AdwEntryRow    *instruction_row;
};

G_DEFINE_FINAL_TYPE (NapeRoutineStepEditor, nape_routine_step_editor, ADW_TYPE_BIN)

enum {
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rows of the sides list, in order. */
static const NapeSide sides_choices[] = {
  0,
  NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT,
  NAPE_SIDE_LEFT,
  NAPE_SIDE_RIGHT,
};

static NapeZone *
selected_zone (NapeRoutineStepEditor *self)
{
  return adw_combo_row_get_selected_item (self->zone_row);
}

static gboolean
zone_has_sides (NapeZone *zone)
{
  return zone != NULL && (nape_zone_get_sides (zone) & (NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT)) != 0;
}

static gboolean
find_by_id (GListModel *model,
            const char *id,
            guint      *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
zone_selected_cb (NapeRoutineStepEditor *self)
{
  NapeZone *zone = selected_zone (self);
  NapeTechnique *technique = adw_combo_row_get_selected_item (self->technique_row);
  g_autofree char *technique_id = technique != NULL ? g_strdup (nape_technique_get_id (technique)) : NULL;
  GListModel *suited;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint position;

  if (zone == NULL)
    return;

  /* Only the techniques that suit the muscle; the chosen one stays if it still fits. */
  suited = nape_zone_get_techniques (zone);
  for (guint i = 0; i < g_list_model_get_n_items (suited); i++)
    g_ptr_array_add (items, g_list_model_get_item (suited, i));
  g_list_store_splice (self->techniques, 0, g_list_model_get_n_items (G_LIST_MODEL (self->techniques)),
                       items->pdata, items->len);
  if (technique_id != NULL && find_by_id (G_LIST_MODEL (self->techniques), technique_id, &position))
    adw_combo_row_set_selected (self->technique_row, position);
  else
    adw_combo_row_set_selected (self->technique_row, 0);

  /* A muscle on the midline is worked once. */
  if (!zone_has_sides (zone))
    adw_combo_row_set_selected (self->sides_row, 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sides_row), zone_has_sides (zone));
}

static void
measure_selected_cb (NapeRoutineStepEditor *self)
{
  gboolean reps = adw_combo_row_get_selected (self->measure_row) == MEASURE_REPS;

  gtk_widget_set_visible (GTK_WIDGET (self->seconds_row), !reps);
  gtk_widget_set_visible (GTK_WIDGET (self->reps_row), reps);
  gtk_widget_set_visible (GTK_WIDGET (self->rep_seconds_row), reps);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
nape_routine_step_editor_dispose (GObject *object)
{
  NapeRoutineStepEditor *self = NAPE_ROUTINE_STEP_EDITOR (object);

  g_clear_object (&self->techniques);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (nape_routine_step_editor_parent_class)->dispose (object);
}

static void
nape_routine_step_editor_class_init (NapeRoutineStepEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_routine_step_editor_dispose;

  /**
   * NapeRoutineStepEditor::move:
   * @delta: -1 to move the step up, 1 to move it down
   */
  signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  /**
   * NapeRoutineStepEditor::remove:
   *
   * The user asked to remove the step.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-routine-step-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, group);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, zone_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, technique_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, sides_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, measure_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, seconds_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, seconds_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, reps_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, reps_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, rep_seconds_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, rep_seconds_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, intensity_switch);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, intensity_spin);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineStepEditor, instruction_row);
  gtk_widget_class_bind_template_callback (widget_class, zone_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, measure_selected_cb);

  gtk_widget_class_install_action (widget_class, "step.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "step.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "step.remove", NULL, remove_action);
}

static void
nape_routine_step_editor_init (NapeRoutineStepEditor *self)
{
  self->techniques = g_list_store_new (NAPE_TYPE_TECHNIQUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  adw_combo_row_set_expression (self->zone_row,
                                gtk_property_expression_new (NAPE_TYPE_ZONE, NULL, "name"));
  adw_combo_row_set_expression (self->technique_row,
                                gtk_property_expression_new (NAPE_TYPE_TECHNIQUE, NULL, "name"));
  adw_combo_row_set_model (self->technique_row, G_LIST_MODEL (self->techniques));
  measure_selected_cb (self);
}

/**
 * nape_routine_step_editor_new:
 * @atlas: the atlas the muscles and techniques come from
 * @step: (nullable): the step to show, or %NULL for the first muscle, a minute on each side
 *
 * Returns: (transfer full): a new step editor
 */
NapeRoutineStepEditor *
nape_routine_step_editor_new (NapeAtlas       *atlas,
                              NapeRoutineStep *step)
{
  NapeRoutineStepEditor *self;

  g_return_val_if_fail (NAPE_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (step == NULL || NAPE_IS_ROUTINE_STEP (step), NULL);

  self = g_object_new (NAPE_TYPE_ROUTINE_STEP_EDITOR, NULL);
  self->atlas = g_object_ref (atlas);
  adw_combo_row_set_model (self->zone_row, nape_atlas_get_zones (atlas));
  zone_selected_cb (self);

  if (step != NULL)
    nape_routine_step_editor_set_step (self, step);
  else if (zone_has_sides (selected_zone (self)))
    adw_combo_row_set_selected (self->sides_row, 1);

  return self;
}

/**
 * nape_routine_step_editor_set_place:
 * @self: a #NapeRoutineStepEditor
 * @index: where the step is, from 0
 * @n_steps: how many steps the routine has
 *
 * Titles the step and enables moving it only where it can go.
 */
void
nape_routine_step_editor_set_place (NapeRoutineStepEditor *self,
                                    guint                  index,
                                    guint                  n_steps)
{
  g_autofree char *title = NULL;

  g_return_if_fail (NAPE_IS_ROUTINE_STEP_EDITOR (self));

  /* Translators: the heading of one step in the routine editor */
  title = g_strdup_printf (_("Step %u"), index + 1);
  adw_preferences_group_set_title (self->group, title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "step.move-up", index > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "step.move-down", index + 1 < n_steps);
}

/**
 * nape_routine_step_editor_select_zone:
 * @self: a #NapeRoutineStepEditor
 * @zone_id: an atlas zone id
 *
 * Returns: %TRUE if there is such a zone
 */
gboolean
nape_routine_step_editor_select_zone (NapeRoutineStepEditor *self,
                                      const char            *zone_id)
{
  guint position;

  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP_EDITOR (self), FALSE);
  g_return_val_if_fail (zone_id != NULL, FALSE);

  if (!find_by_id (nape_atlas_get_zones (self->atlas), zone_id, &position))
    return FALSE;

  adw_combo_row_set_selected (self->zone_row, position);
  return TRUE;
}

/**
 * nape_routine_step_editor_select_technique:
 * @self: a #NapeRoutineStepEditor
 * @technique_id: an atlas technique id
 *
 * Returns: %TRUE if the technique suits the chosen zone
 */
gboolean
nape_routine_step_editor_select_technique (NapeRoutineStepEditor *self,
                                           const char            *technique_id)
{
  guint position;

  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP_EDITOR (self), FALSE);
  g_return_val_if_fail (technique_id != NULL, FALSE);

  if (!find_by_id (G_LIST_MODEL (self->techniques), technique_id, &position))
    return FALSE;

  adw_combo_row_set_selected (self->technique_row, position);
  return TRUE;
}

/**
 * nape_routine_step_editor_set_step:
 * @self: a #NapeRoutineStepEditor
 * @step: the step to show
 */
void
nape_routine_step_editor_set_step (NapeRoutineStepEditor *self,
                                   NapeRoutineStep       *step)
{
  int intensity;

  g_return_if_fail (NAPE_IS_ROUTINE_STEP_EDITOR (self));
  g_return_if_fail (NAPE_IS_ROUTINE_STEP (step));

  nape_routine_step_editor_select_zone (self, nape_routine_step_get_zone_id (step));
  nape_routine_step_editor_select_technique (self, nape_routine_step_get_technique_id (step));

  for (guint i = 0; i < G_N_ELEMENTS (sides_choices); i++)
    {
      if (sides_choices[i] == nape_routine_step_get_sides (step))
        adw_combo_row_set_selected (self->sides_row, i);
    }

  if (nape_routine_step_get_seconds (step) > 0)
    {
      adw_combo_row_set_selected (self->measure_row, MEASURE_SECONDS);
      gtk_spin_button_set_value (self->seconds_spin, nape_routine_step_get_seconds (step));
    }
  else
    {
      adw_combo_row_set_selected (self->measure_row, MEASURE_REPS);
      gtk_spin_button_set_value (self->reps_spin, nape_routine_step_get_reps (step));
      gtk_spin_button_set_value (self->rep_seconds_spin, nape_routine_step_get_rep_seconds (step));
    }

  intensity = nape_routine_step_get_intensity (step);
  gtk_switch_set_active (self->intensity_switch, intensity != NAPE_ROUTINE_STEP_NO_INTENSITY);
  if (intensity != NAPE_ROUTINE_STEP_NO_INTENSITY)
    gtk_spin_button_set_value (self->intensity_spin, intensity);

  gtk_editable_set_text (GTK_EDITABLE (self->instruction_row),
                         nape_routine_step_get_instruction (step) != NULL
                         ? nape_routine_step_get_instruction (step) : "");
}

/**
 * nape_routine_step_editor_build_step:
 * @self: a #NapeRoutineStepEditor
 *
 * Returns: (transfer full) (nullable): the step as shown, or %NULL if no muscle or
 *   technique is chosen
 */
NapeRoutineStep *
nape_routine_step_editor_build_step (NapeRoutineStepEditor *self)
{
  NapeZone *zone;
  NapeTechnique *technique;
  gboolean reps;
  guint sides_index;
  g_autofree char *instruction = NULL;

  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP_EDITOR (self), NULL);

  zone = selected_zone (self);
  technique = adw_combo_row_get_selected_item (self->technique_row);
  if (zone == NULL || technique == NULL)
    return NULL;

  reps = adw_combo_row_get_selected (self->measure_row) == MEASURE_REPS;
  sides_index = MIN (adw_combo_row_get_selected (self->sides_row), G_N_ELEMENTS (sides_choices) - 1);
  instruction = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->instruction_row))));

  gtk_spin_button_update (self->seconds_spin);
  gtk_spin_button_update (self->reps_spin);
  gtk_spin_button_update (self->rep_seconds_spin);
  gtk_spin_button_update (self->intensity_spin);

  return nape_routine_step_new (nape_zone_get_id (zone),
                                nape_technique_get_id (technique),
                                sides_choices[sides_index],
                                reps ? 0 : (guint) gtk_spin_button_get_value_as_int (self->seconds_spin),
                                reps ? (guint) gtk_spin_button_get_value_as_int (self->reps_spin) : 0,
                                reps ? gtk_spin_button_get_value (self->rep_seconds_spin) : 0,
                                gtk_switch_get_active (self->intensity_switch)
                                ? gtk_spin_button_get_value_as_int (self->intensity_spin)
                                : NAPE_ROUTINE_STEP_NO_INTENSITY,
                                instruction[0] != '\0' ? instruction : NULL);
}
