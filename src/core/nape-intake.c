/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-intake.c — one intake of a drug: when, how much, how well it worked, for which headache */

#define G_LOG_DOMAIN "nape-intake"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-diary-entry-private.h"
#include "nape-intake.h"

struct _NapeIntake
{
  NapeDiaryEntry parent_instance;

  GDateTime      *time;
  char           *drug_uuid;
  char           *headache_uuid;
  double         dose;
  char           *unit;
  int            effect;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (NapeIntake, nape_intake, NAPE_TYPE_DIARY_ENTRY)

enum {
  PROP_0,
  PROP_TIME,
  PROP_DRUG_UUID,
  PROP_HEADACHE_UUID,
  PROP_DOSE,
  PROP_UNIT,
  PROP_EFFECT,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_intake_finalize (GObject *object)
{
  NapeIntake *self = (NapeIntake *) object;

  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->drug_uuid, g_free);
  g_clear_pointer (&self->headache_uuid, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (nape_intake_parent_class)->finalize (object);
}

static void
nape_intake_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  NapeIntake *self = NAPE_INTAKE (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_DRUG_UUID:
      g_value_set_string (value, self->drug_uuid);
      break;

    case PROP_HEADACHE_UUID:
      g_value_set_string (value, self->headache_uuid);
      break;

    case PROP_DOSE:
      g_value_set_double (value, self->dose);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_EFFECT:
      g_value_set_int (value, self->effect);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_intake_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  NapeIntake *self = NAPE_INTAKE (object);

  switch (prop_id)
    {
    case PROP_TIME:
      nape_intake_set_time (self, g_value_get_boxed (value));
      break;

    case PROP_DRUG_UUID:
      nape_intake_set_drug_uuid (self, g_value_get_string (value));
      break;

    case PROP_HEADACHE_UUID:
      nape_intake_set_headache_uuid (self, g_value_get_string (value));
      break;

    case PROP_DOSE:
      nape_intake_set_dose (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      nape_intake_set_unit (self, g_value_get_string (value));
      break;

    case PROP_EFFECT:
      nape_intake_set_effect (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      nape_intake_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_intake_class_init (NapeIntakeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_intake_finalize;
  object_class->get_property = nape_intake_get_property;
  object_class->set_property = nape_intake_set_property;

  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DRUG_UUID] =
    g_param_spec_string ("drug-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HEADACHE_UUID] =
    g_param_spec_string ("headache-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DOSE] =
    g_param_spec_double ("dose", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_EFFECT] =
    g_param_spec_int ("effect", NULL, NULL, -1, 3, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_intake_init (NapeIntake *self)
{
  self->effect = -1;
}

NapeIntake *
nape_intake_new (void)
{
  return g_object_new (NAPE_TYPE_INTAKE, NULL);
}

NapeIntake *
nape_intake_new_with_uuid (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid), NULL);

  return g_object_new (NAPE_TYPE_INTAKE, "uuid", uuid, NULL);
}

GDateTime *
nape_intake_get_time (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), NULL);

  return self->time;
}

void
nape_intake_set_time (NapeIntake *self,
                      GDateTime  *time)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));

  if (nape_diary_entry_replace_time (&self->time, time))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

const char *
nape_intake_get_drug_uuid (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), NULL);

  return self->drug_uuid;
}

void
nape_intake_set_drug_uuid (NapeIntake *self,
                           const char *drug_uuid)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));

  if (nape_diary_entry_replace_string (&self->drug_uuid, drug_uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRUG_UUID]);
}

const char *
nape_intake_get_headache_uuid (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), NULL);

  return self->headache_uuid;
}

void
nape_intake_set_headache_uuid (NapeIntake *self,
                               const char *headache_uuid)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));

  if (nape_diary_entry_replace_string (&self->headache_uuid, headache_uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADACHE_UUID]);
}

double
nape_intake_get_dose (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), 0);

  return self->dose;
}

void
nape_intake_set_dose (NapeIntake *self,
                      double     dose)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));
  g_return_if_fail (dose >= 0 && dose <= G_MAXDOUBLE);

  if (self->dose == dose)
    return;

  self->dose = dose;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOSE]);
}

const char *
nape_intake_get_unit (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), NULL);

  return self->unit;
}

void
nape_intake_set_unit (NapeIntake *self,
                      const char *unit)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));

  if (nape_diary_entry_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

int
nape_intake_get_effect (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), -1);

  return self->effect;
}

void
nape_intake_set_effect (NapeIntake *self,
                        int        effect)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));
  g_return_if_fail (effect >= -1 && effect <= 3);

  if (self->effect == effect)
    return;

  self->effect = effect;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECT]);
}

const char *
nape_intake_get_notes (NapeIntake *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE (self), NULL);

  return self->notes;
}

void
nape_intake_set_notes (NapeIntake *self,
                       const char *notes)
{
  g_return_if_fail (NAPE_IS_INTAKE (self));

  if (nape_diary_entry_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
