/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-caution.c — a safety caution of the atlas */

#define G_LOG_DOMAIN "nape-caution"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-atlas-private.h"
#include "nape-caution.h"
#include "nape-content-parser.h"

struct _NapeCaution
{
  GObject           parent_instance;

  char             *id;
  NapeCautionLevel  level;
  char             *title;
  char             *text;
};

G_DEFINE_FINAL_TYPE (NapeCaution, nape_caution, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (NapeCautionLevel, nape_caution_level,
                    G_DEFINE_ENUM_VALUE (NAPE_CAUTION_LEVEL_GENERAL, "general"),
                    G_DEFINE_ENUM_VALUE (NAPE_CAUTION_LEVEL_STOP, "stop"),
                    G_DEFINE_ENUM_VALUE (NAPE_CAUTION_LEVEL_AVOID, "avoid"),
                    G_DEFINE_ENUM_VALUE (NAPE_CAUTION_LEVEL_DOCTOR, "doctor"))

enum {
  PROP_0,
  PROP_ID,
  PROP_LEVEL,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_caution_finalize (GObject *object)
{
  NapeCaution *self = (NapeCaution *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (nape_caution_parent_class)->finalize (object);
}

static void
nape_caution_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NapeCaution *self = NAPE_CAUTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, nape_caution_get_id (self));
      break;

    case PROP_LEVEL:
      g_value_set_enum (value, nape_caution_get_level (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, nape_caution_get_title (self));
      break;

    case PROP_TEXT:
      g_value_set_string (value, nape_caution_get_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_caution_class_init (NapeCautionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_caution_finalize;
  object_class->get_property = nape_caution_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_enum ("level", NULL, NULL,
                       NAPE_TYPE_CAUTION_LEVEL, NAPE_CAUTION_LEVEL_GENERAL,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_caution_init (NapeCaution *self)
{
}

NapeCaution *
nape_caution_new (const char       *id,
                  NapeCautionLevel  level,
                  const char       *title,
                  const char       *text)
{
  NapeCaution *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (level <= NAPE_CAUTION_LEVEL_DOCTOR, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (NAPE_TYPE_CAUTION, NULL);
  self->id = g_strdup (id);
  self->level = level;
  self->title = g_strdup (title);
  self->text = g_strdup (text);

  return self;
}

const char *
nape_caution_level_to_string (NapeCautionLevel level)
{
  const char *nick = nape_content_nick_from_value (NAPE_TYPE_CAUTION_LEVEL, level);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

gboolean
nape_caution_level_from_string (const char       *string,
                                NapeCautionLevel *level)
{
  int result;

  g_return_val_if_fail (string != NULL, FALSE);

  if (!nape_content_value_from_nick (NAPE_TYPE_CAUTION_LEVEL, string, &result))
    return FALSE;

  if (level != NULL)
    *level = result;

  return TRUE;
}

const char *
nape_caution_get_id (NapeCaution *self)
{
  g_return_val_if_fail (NAPE_IS_CAUTION (self), NULL);

  return self->id;
}

NapeCautionLevel
nape_caution_get_level (NapeCaution *self)
{
  g_return_val_if_fail (NAPE_IS_CAUTION (self), NAPE_CAUTION_LEVEL_GENERAL);

  return self->level;
}

const char *
nape_caution_get_title (NapeCaution *self)
{
  g_return_val_if_fail (NAPE_IS_CAUTION (self), NULL);

  return nape_content_translate (self->title);
}

const char *
nape_caution_get_text (NapeCaution *self)
{
  g_return_val_if_fail (NAPE_IS_CAUTION (self), NULL);

  return nape_content_translate (self->text);
}
