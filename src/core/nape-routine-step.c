/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-step.c — one step of a routine */

#define G_LOG_DOMAIN "nape-routine-step"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-content-parser.h"
#include "nape-routine-step.h"
#include "nape-routine-step-private.h"

struct _NapeRoutineStep
{
  GObject   parent_instance;

  char     *zone_id;
  char     *technique_id;
  NapeSide  sides;
  guint     seconds;
  guint     reps;
  double    rep_seconds;
  int       intensity;
  char     *instruction;
  gboolean  translatable;
};

G_DEFINE_FINAL_TYPE (NapeRoutineStep, nape_routine_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZONE_ID,
  PROP_TECHNIQUE_ID,
  PROP_SIDES,
  PROP_SECONDS,
  PROP_REPS,
  PROP_REP_SECONDS,
  PROP_INTENSITY,
  PROP_INSTRUCTION,
  PROP_TOTAL_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_routine_step_finalize (GObject *object)
{
  NapeRoutineStep *self = (NapeRoutineStep *) object;

  g_clear_pointer (&self->zone_id, g_free);
  g_clear_pointer (&self->technique_id, g_free);
  g_clear_pointer (&self->instruction, g_free);

  G_OBJECT_CLASS (nape_routine_step_parent_class)->finalize (object);
}

static void
nape_routine_step_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NapeRoutineStep *self = NAPE_ROUTINE_STEP (object);

  switch (prop_id)
    {
    case PROP_ZONE_ID:
      g_value_set_string (value, nape_routine_step_get_zone_id (self));
      break;

    case PROP_TECHNIQUE_ID:
      g_value_set_string (value, nape_routine_step_get_technique_id (self));
      break;

    case PROP_SIDES:
      g_value_set_flags (value, nape_routine_step_get_sides (self));
      break;

    case PROP_SECONDS:
      g_value_set_uint (value, nape_routine_step_get_seconds (self));
      break;

    case PROP_REPS:
      g_value_set_uint (value, nape_routine_step_get_reps (self));
      break;

    case PROP_REP_SECONDS:
      g_value_set_double (value, nape_routine_step_get_rep_seconds (self));
      break;

    case PROP_INTENSITY:
      g_value_set_int (value, nape_routine_step_get_intensity (self));
      break;

    case PROP_INSTRUCTION:
      g_value_set_string (value, nape_routine_step_get_instruction (self));
      break;

    case PROP_TOTAL_SECONDS:
      g_value_set_uint (value, nape_routine_step_get_total_seconds (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_routine_step_class_init (NapeRoutineStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_routine_step_finalize;
  object_class->get_property = nape_routine_step_get_property;

  properties[PROP_ZONE_ID] =
    g_param_spec_string ("zone-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TECHNIQUE_ID] =
    g_param_spec_string ("technique-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDES] =
    g_param_spec_flags ("sides", NULL, NULL, NAPE_TYPE_SIDE, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECONDS] =
    g_param_spec_uint ("seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPS] =
    g_param_spec_uint ("reps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REP_SECONDS] =
    g_param_spec_double ("rep-seconds", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTENSITY] =
    g_param_spec_int ("intensity", NULL, NULL, -1, 100, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INSTRUCTION] =
    g_param_spec_string ("instruction", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_SECONDS] =
    g_param_spec_uint ("total-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_routine_step_init (NapeRoutineStep *self)
{
  self->intensity = NAPE_ROUTINE_STEP_NO_INTENSITY;
}

void
nape_routine_step_set_translatable (NapeRoutineStep *self)
{
  g_return_if_fail (NAPE_IS_ROUTINE_STEP (self));

  self->translatable = TRUE;
}

NapeRoutineStep *
nape_routine_step_new (const char *zone_id,
                       const char *technique_id,
                       NapeSide    sides,
                       guint       seconds,
                       guint       reps,
                       double      rep_seconds,
                       int         intensity,
                       const char *instruction)
{
  NapeRoutineStep *self;

  g_return_val_if_fail (zone_id != NULL && zone_id[0] != '\0', NULL);
  g_return_val_if_fail (technique_id != NULL && technique_id[0] != '\0', NULL);
  g_return_val_if_fail ((sides & ~(NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT)) == 0, NULL);
  g_return_val_if_fail (seconds > 0 || reps > 0, NULL);
  g_return_val_if_fail (rep_seconds >= 0, NULL);
  g_return_val_if_fail (rep_seconds == 0 || reps > 0, NULL);
  g_return_val_if_fail (intensity >= NAPE_ROUTINE_STEP_NO_INTENSITY && intensity <= 100, NULL);

  self = g_object_new (NAPE_TYPE_ROUTINE_STEP, NULL);
  self->zone_id = g_strdup (zone_id);
  self->technique_id = g_strdup (technique_id);
  self->sides = sides;
  self->seconds = seconds;
  self->reps = reps;
  self->rep_seconds = rep_seconds;
  self->intensity = intensity;
  self->instruction = g_strdup (instruction);

  return self;
}

const char *
nape_routine_step_get_zone_id (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), NULL);

  return self->zone_id;
}

const char *
nape_routine_step_get_technique_id (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), NULL);

  return self->technique_id;
}

NapeSide
nape_routine_step_get_sides (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  return self->sides;
}

guint
nape_routine_step_get_n_sides (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  return ((self->sides & NAPE_SIDE_LEFT) != 0) + ((self->sides & NAPE_SIDE_RIGHT) != 0);
}

guint
nape_routine_step_get_seconds (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  return self->seconds;
}

guint
nape_routine_step_get_reps (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  return self->reps;
}

double
nape_routine_step_get_rep_seconds (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  return self->rep_seconds;
}

int
nape_routine_step_get_intensity (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), NAPE_ROUTINE_STEP_NO_INTENSITY);

  return self->intensity;
}

const char *
nape_routine_step_get_instruction (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), NULL);

  if (self->translatable && self->instruction != NULL)
    return nape_content_translate (self->instruction);

  return self->instruction;
}

gboolean
nape_routine_step_get_waits_for_user (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), FALSE);

  return self->seconds == 0 && self->rep_seconds == 0;
}

guint
nape_routine_step_get_side_seconds (NapeRoutineStep *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  if (self->seconds > 0)
    return self->seconds;

  /* Rounded up; the slack keeps 10 × 0.3 s at 3 s despite binary fractions. */
  if (self->rep_seconds > 0)
    {
      double seconds = self->reps * self->rep_seconds;
      guint whole = (guint) seconds;

      return seconds - whole > 1e-6 ? whole + 1 : whole;
    }

  return self->reps * NAPE_DEFAULT_REP_PACE_SECONDS;
}

guint
nape_routine_step_get_total_seconds (NapeRoutineStep *self)
{
  guint n_sides;

  g_return_val_if_fail (NAPE_IS_ROUTINE_STEP (self), 0);

  n_sides = MAX (1, nape_routine_step_get_n_sides (self));

  return n_sides * nape_routine_step_get_side_seconds (self)
         + (n_sides - 1) * NAPE_SIDE_SWITCH_SECONDS;
}
