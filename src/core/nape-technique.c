/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-technique.c — a self-massage technique of the atlas */

#define G_LOG_DOMAIN "nape-technique"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-atlas-private.h"
#include "nape-content-parser.h"
#include "nape-technique.h"

struct _NapeTechnique
{
  GObject  parent_instance;

  /* Text is stored as msgids and translated on the way out. */
  char    *id;
  char    *name;
  char    *summary;
  char    *how;
  char    *suits;
};

G_DEFINE_FINAL_TYPE (NapeTechnique, nape_technique, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_HOW,
  PROP_SUITS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_technique_finalize (GObject *object)
{
  NapeTechnique *self = (NapeTechnique *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->how, g_free);
  g_clear_pointer (&self->suits, g_free);

  G_OBJECT_CLASS (nape_technique_parent_class)->finalize (object);
}

static void
nape_technique_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NapeTechnique *self = NAPE_TECHNIQUE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, nape_technique_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, nape_technique_get_name (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, nape_technique_get_summary (self));
      break;

    case PROP_HOW:
      g_value_set_string (value, nape_technique_get_how (self));
      break;

    case PROP_SUITS:
      g_value_set_string (value, nape_technique_get_suits (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_technique_class_init (NapeTechniqueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_technique_finalize;
  object_class->get_property = nape_technique_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOW] =
    g_param_spec_string ("how", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUITS] =
    g_param_spec_string ("suits", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_technique_init (NapeTechnique *self)
{
}

NapeTechnique *
nape_technique_new (const char *id,
                    const char *name,
                    const char *summary,
                    const char *how,
                    const char *suits)
{
  NapeTechnique *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (how != NULL, NULL);
  g_return_val_if_fail (suits != NULL, NULL);

  self = g_object_new (NAPE_TYPE_TECHNIQUE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->summary = g_strdup (summary);
  self->how = g_strdup (how);
  self->suits = g_strdup (suits);

  return self;
}

const char *
nape_technique_get_id (NapeTechnique *self)
{
  g_return_val_if_fail (NAPE_IS_TECHNIQUE (self), NULL);

  return self->id;
}

const char *
nape_technique_get_name (NapeTechnique *self)
{
  g_return_val_if_fail (NAPE_IS_TECHNIQUE (self), NULL);

  return nape_content_translate (self->name);
}

const char *
nape_technique_get_summary (NapeTechnique *self)
{
  g_return_val_if_fail (NAPE_IS_TECHNIQUE (self), NULL);

  return nape_content_translate (self->summary);
}

const char *
nape_technique_get_how (NapeTechnique *self)
{
  g_return_val_if_fail (NAPE_IS_TECHNIQUE (self), NULL);

  return nape_content_translate (self->how);
}

const char *
nape_technique_get_suits (NapeTechnique *self)
{
  g_return_val_if_fail (NAPE_IS_TECHNIQUE (self), NULL);

  return nape_content_translate (self->suits);
}
