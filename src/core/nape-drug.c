/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-drug.c — a drug in the medication catalogue, with its ICHD-3 medication-overuse class */

#define G_LOG_DOMAIN "nape-drug"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-diary-entry-private.h"
#include "nape-drug.h"

struct _NapeDrug
{
  NapeDiaryEntry   parent_instance;

  char             *name;
  NapeOveruseClass overuse_class;
  gboolean         preventive;
  char             *unit;
};

G_DEFINE_FINAL_TYPE (NapeDrug, nape_drug, NAPE_TYPE_DIARY_ENTRY)

G_DEFINE_ENUM_TYPE (NapeOveruseClass, nape_overuse_class,
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_OTHER, "other"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC, "simple-analgesic"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_NSAID, "nsaid"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_TRIPTAN, "triptan"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_ERGOT, "ergot"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_OPIOID, "opioid"),
                    G_DEFINE_ENUM_VALUE (NAPE_OVERUSE_CLASS_COMBINATION, "combination"))

enum {
  PROP_0,
  PROP_NAME,
  PROP_OVERUSE_CLASS,
  PROP_PREVENTIVE,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_drug_finalize (GObject *object)
{
  NapeDrug *self = (NapeDrug *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (nape_drug_parent_class)->finalize (object);
}

static void
nape_drug_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NapeDrug *self = NAPE_DRUG (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_OVERUSE_CLASS:
      g_value_set_enum (value, self->overuse_class);
      break;

    case PROP_PREVENTIVE:
      g_value_set_boolean (value, self->preventive);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_drug_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  NapeDrug *self = NAPE_DRUG (object);

  switch (prop_id)
    {
    case PROP_NAME:
      nape_drug_set_name (self, g_value_get_string (value));
      break;

    case PROP_OVERUSE_CLASS:
      nape_drug_set_overuse_class (self, g_value_get_enum (value));
      break;

    case PROP_PREVENTIVE:
      nape_drug_set_preventive (self, g_value_get_boolean (value));
      break;

    case PROP_UNIT:
      nape_drug_set_unit (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_drug_class_init (NapeDrugClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_drug_finalize;
  object_class->get_property = nape_drug_get_property;
  object_class->set_property = nape_drug_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERUSE_CLASS] =
    g_param_spec_enum ("overuse-class", NULL, NULL, NAPE_TYPE_OVERUSE_CLASS, NAPE_OVERUSE_CLASS_OTHER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PREVENTIVE] =
    g_param_spec_boolean ("preventive", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_drug_init (NapeDrug *self)
{
}

const char *
nape_overuse_class_to_string (NapeOveruseClass value)
{
  switch (value)
    {
    case NAPE_OVERUSE_CLASS_OTHER:
      return "other";
    case NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC:
      return "simple-analgesic";
    case NAPE_OVERUSE_CLASS_NSAID:
      return "nsaid";
    case NAPE_OVERUSE_CLASS_TRIPTAN:
      return "triptan";
    case NAPE_OVERUSE_CLASS_ERGOT:
      return "ergot";
    case NAPE_OVERUSE_CLASS_OPIOID:
      return "opioid";
    case NAPE_OVERUSE_CLASS_COMBINATION:
      return "combination";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
nape_overuse_class_from_string (const char       *string,
                                NapeOveruseClass *value)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      if (strcmp (string, nape_overuse_class_to_string (i)) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

NapeDrug *
nape_drug_new (void)
{
  return g_object_new (NAPE_TYPE_DRUG, NULL);
}

NapeDrug *
nape_drug_new_with_uuid (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid), NULL);

  return g_object_new (NAPE_TYPE_DRUG, "uuid", uuid, NULL);
}

const char *
nape_drug_get_name (NapeDrug *self)
{
  g_return_val_if_fail (NAPE_IS_DRUG (self), NULL);

  return self->name;
}

void
nape_drug_set_name (NapeDrug   *self,
                    const char *name)
{
  g_return_if_fail (NAPE_IS_DRUG (self));

  if (nape_diary_entry_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

NapeOveruseClass
nape_drug_get_overuse_class (NapeDrug *self)
{
  g_return_val_if_fail (NAPE_IS_DRUG (self), 0);

  return self->overuse_class;
}

void
nape_drug_set_overuse_class (NapeDrug         *self,
                             NapeOveruseClass overuse_class)
{
  g_return_if_fail (NAPE_IS_DRUG (self));

  if (self->overuse_class == overuse_class)
    return;

  self->overuse_class = overuse_class;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERUSE_CLASS]);
}

gboolean
nape_drug_get_preventive (NapeDrug *self)
{
  g_return_val_if_fail (NAPE_IS_DRUG (self), FALSE);

  return self->preventive;
}

void
nape_drug_set_preventive (NapeDrug *self,
                          gboolean preventive)
{
  g_return_if_fail (NAPE_IS_DRUG (self));

  preventive = !!preventive;
  if (self->preventive == preventive)
    return;

  self->preventive = preventive;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVENTIVE]);
}

const char *
nape_drug_get_unit (NapeDrug *self)
{
  g_return_val_if_fail (NAPE_IS_DRUG (self), NULL);

  return self->unit;
}

void
nape_drug_set_unit (NapeDrug   *self,
                    const char *unit)
{
  g_return_if_fail (NAPE_IS_DRUG (self));

  if (nape_diary_entry_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}
