/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-day-factors.c — what the person noted about one day: sleep, stress, and the MIDAS questions */

#define G_LOG_DOMAIN "nape-day-factors"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-day-factors.h"
#include "nape-diary-entry-private.h"

struct _NapeDayFactors
{
  NapeDiaryEntry parent_instance;

  char           *date;
  double         sleep_hours;
  int            stress;
  gboolean       missed_work;
  gboolean       reduced_work;
  gboolean       missed_home;
  gboolean       reduced_home;
  gboolean       missed_social;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (NapeDayFactors, nape_day_factors, NAPE_TYPE_DIARY_ENTRY)

enum {
  PROP_0,
  PROP_DATE,
  PROP_SLEEP_HOURS,
  PROP_STRESS,
  PROP_MISSED_WORK,
  PROP_REDUCED_WORK,
  PROP_MISSED_HOME,
  PROP_REDUCED_HOME,
  PROP_MISSED_SOCIAL,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_day_factors_finalize (GObject *object)
{
  NapeDayFactors *self = (NapeDayFactors *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (nape_day_factors_parent_class)->finalize (object);
}

static void
nape_day_factors_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NapeDayFactors *self = NAPE_DAY_FACTORS (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_SLEEP_HOURS:
      g_value_set_double (value, self->sleep_hours);
      break;

    case PROP_STRESS:
      g_value_set_int (value, self->stress);
      break;

    case PROP_MISSED_WORK:
      g_value_set_boolean (value, self->missed_work);
      break;

    case PROP_REDUCED_WORK:
      g_value_set_boolean (value, self->reduced_work);
      break;

    case PROP_MISSED_HOME:
      g_value_set_boolean (value, self->missed_home);
      break;

    case PROP_REDUCED_HOME:
      g_value_set_boolean (value, self->reduced_home);
      break;

    case PROP_MISSED_SOCIAL:
      g_value_set_boolean (value, self->missed_social);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_day_factors_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  NapeDayFactors *self = NAPE_DAY_FACTORS (object);

  switch (prop_id)
    {
    case PROP_DATE:
      nape_day_factors_set_date (self, g_value_get_string (value));
      break;

    case PROP_SLEEP_HOURS:
      nape_day_factors_set_sleep_hours (self, g_value_get_double (value));
      break;

    case PROP_STRESS:
      nape_day_factors_set_stress (self, g_value_get_int (value));
      break;

    case PROP_MISSED_WORK:
      nape_day_factors_set_missed_work (self, g_value_get_boolean (value));
      break;

    case PROP_REDUCED_WORK:
      nape_day_factors_set_reduced_work (self, g_value_get_boolean (value));
      break;

    case PROP_MISSED_HOME:
      nape_day_factors_set_missed_home (self, g_value_get_boolean (value));
      break;

    case PROP_REDUCED_HOME:
      nape_day_factors_set_reduced_home (self, g_value_get_boolean (value));
      break;

    case PROP_MISSED_SOCIAL:
      nape_day_factors_set_missed_social (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      nape_day_factors_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_day_factors_class_init (NapeDayFactorsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_day_factors_finalize;
  object_class->get_property = nape_day_factors_get_property;
  object_class->set_property = nape_day_factors_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SLEEP_HOURS] =
    g_param_spec_double ("sleep-hours", NULL, NULL, -1, 24, -1,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STRESS] =
    g_param_spec_int ("stress", NULL, NULL, -1, 3, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MISSED_WORK] =
    g_param_spec_boolean ("missed-work", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REDUCED_WORK] =
    g_param_spec_boolean ("reduced-work", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MISSED_HOME] =
    g_param_spec_boolean ("missed-home", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REDUCED_HOME] =
    g_param_spec_boolean ("reduced-home", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MISSED_SOCIAL] =
    g_param_spec_boolean ("missed-social", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_day_factors_init (NapeDayFactors *self)
{
  self->sleep_hours = -1;
  self->stress = -1;
}

NapeDayFactors *
nape_day_factors_new (void)
{
  return g_object_new (NAPE_TYPE_DAY_FACTORS, NULL);
}

NapeDayFactors *
nape_day_factors_new_with_uuid (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid), NULL);

  return g_object_new (NAPE_TYPE_DAY_FACTORS, "uuid", uuid, NULL);
}

const char *
nape_day_factors_get_date (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), NULL);

  return self->date;
}

void
nape_day_factors_set_date (NapeDayFactors *self,
                           const char     *date)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  if (nape_diary_entry_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

double
nape_day_factors_get_sleep_hours (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), -1);

  return self->sleep_hours;
}

void
nape_day_factors_set_sleep_hours (NapeDayFactors *self,
                                  double         sleep_hours)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));
  g_return_if_fail (sleep_hours >= -1 && sleep_hours <= 24);

  if (self->sleep_hours == sleep_hours)
    return;

  self->sleep_hours = sleep_hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLEEP_HOURS]);
}

int
nape_day_factors_get_stress (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), -1);

  return self->stress;
}

void
nape_day_factors_set_stress (NapeDayFactors *self,
                             int            stress)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));
  g_return_if_fail (stress >= -1 && stress <= 3);

  if (self->stress == stress)
    return;

  self->stress = stress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRESS]);
}

gboolean
nape_day_factors_get_missed_work (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), FALSE);

  return self->missed_work;
}

void
nape_day_factors_set_missed_work (NapeDayFactors *self,
                                  gboolean       missed_work)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  missed_work = !!missed_work;
  if (self->missed_work == missed_work)
    return;

  self->missed_work = missed_work;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSED_WORK]);
}

gboolean
nape_day_factors_get_reduced_work (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), FALSE);

  return self->reduced_work;
}

void
nape_day_factors_set_reduced_work (NapeDayFactors *self,
                                   gboolean       reduced_work)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  reduced_work = !!reduced_work;
  if (self->reduced_work == reduced_work)
    return;

  self->reduced_work = reduced_work;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDUCED_WORK]);
}

gboolean
nape_day_factors_get_missed_home (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), FALSE);

  return self->missed_home;
}

void
nape_day_factors_set_missed_home (NapeDayFactors *self,
                                  gboolean       missed_home)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  missed_home = !!missed_home;
  if (self->missed_home == missed_home)
    return;

  self->missed_home = missed_home;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSED_HOME]);
}

gboolean
nape_day_factors_get_reduced_home (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), FALSE);

  return self->reduced_home;
}

void
nape_day_factors_set_reduced_home (NapeDayFactors *self,
                                   gboolean       reduced_home)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  reduced_home = !!reduced_home;
  if (self->reduced_home == reduced_home)
    return;

  self->reduced_home = reduced_home;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDUCED_HOME]);
}

gboolean
nape_day_factors_get_missed_social (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), FALSE);

  return self->missed_social;
}

void
nape_day_factors_set_missed_social (NapeDayFactors *self,
                                    gboolean       missed_social)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  missed_social = !!missed_social;
  if (self->missed_social == missed_social)
    return;

  self->missed_social = missed_social;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSED_SOCIAL]);
}

const char *
nape_day_factors_get_notes (NapeDayFactors *self)
{
  g_return_val_if_fail (NAPE_IS_DAY_FACTORS (self), NULL);

  return self->notes;
}

void
nape_day_factors_set_notes (NapeDayFactors *self,
                            const char     *notes)
{
  g_return_if_fail (NAPE_IS_DAY_FACTORS (self));

  if (nape_diary_entry_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
