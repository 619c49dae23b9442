/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-area.c — a place where headache pain is felt */

#define G_LOG_DOMAIN "nape-area"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-area.h"
#include "nape-atlas-private.h"
#include "nape-content-parser.h"

struct _NapeArea
{
  GObject   parent_instance;

  char     *id;
  char     *name;
  NapeView  views;
  NapeSide  sides;
};

G_DEFINE_FINAL_TYPE (NapeArea, nape_area, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (NapeView, nape_view,
                     G_DEFINE_ENUM_VALUE (NAPE_VIEW_BACK, "back"),
                     G_DEFINE_ENUM_VALUE (NAPE_VIEW_SIDE, "side"),
                     G_DEFINE_ENUM_VALUE (NAPE_VIEW_FRONT, "front"))

G_DEFINE_FLAGS_TYPE (NapeSide, nape_side,
                     G_DEFINE_ENUM_VALUE (NAPE_SIDE_LEFT, "left"),
                     G_DEFINE_ENUM_VALUE (NAPE_SIDE_CENTER, "center"),
                     G_DEFINE_ENUM_VALUE (NAPE_SIDE_RIGHT, "right"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_VIEWS,
  PROP_SIDES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_area_finalize (GObject *object)
{
  NapeArea *self = (NapeArea *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (nape_area_parent_class)->finalize (object);
}

static void
nape_area_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NapeArea *self = NAPE_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, nape_area_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, nape_area_get_name (self));
      break;

    case PROP_VIEWS:
      g_value_set_flags (value, nape_area_get_views (self));
      break;

    case PROP_SIDES:
      g_value_set_flags (value, nape_area_get_sides (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_area_class_init (NapeAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_area_finalize;
  object_class->get_property = nape_area_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEWS] =
    g_param_spec_flags ("views", NULL, NULL, NAPE_TYPE_VIEW, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDES] =
    g_param_spec_flags ("sides", NULL, NULL, NAPE_TYPE_SIDE, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_area_init (NapeArea *self)
{
}

NapeArea *
nape_area_new (const char *id,
               const char *name,
               NapeView    views,
               NapeSide    sides)
{
  NapeArea *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (NAPE_TYPE_AREA, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->views = views;
  self->sides = sides;

  return self;
}

const char *
nape_view_to_string (NapeView view)
{
  return nape_content_nick_from_value (NAPE_TYPE_VIEW, view);
}

NapeView
nape_view_from_string (const char *string)
{
  int view = 0;

  g_return_val_if_fail (string != NULL, 0);

  nape_content_value_from_nick (NAPE_TYPE_VIEW, string, &view);
  return view;
}

const char *
nape_side_to_string (NapeSide side)
{
  return nape_content_nick_from_value (NAPE_TYPE_SIDE, side);
}

NapeSide
nape_side_from_string (const char *string)
{
  int side = 0;

  g_return_val_if_fail (string != NULL, 0);

  nape_content_value_from_nick (NAPE_TYPE_SIDE, string, &side);
  return side;
}

const char *
nape_area_get_id (NapeArea *self)
{
  g_return_val_if_fail (NAPE_IS_AREA (self), NULL);

  return self->id;
}

const char *
nape_area_get_name (NapeArea *self)
{
  g_return_val_if_fail (NAPE_IS_AREA (self), NULL);

  return nape_content_translate (self->name);
}

NapeView
nape_area_get_views (NapeArea *self)
{
  g_return_val_if_fail (NAPE_IS_AREA (self), 0);

  return self->views;
}

NapeSide
nape_area_get_sides (NapeArea *self)
{
  g_return_val_if_fail (NAPE_IS_AREA (self), 0);

  return self->sides;
}
