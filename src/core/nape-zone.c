/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-zone.c — a muscle zone of the atlas */

#define G_LOG_DOMAIN "nape-zone"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-atlas-private.h"
#include "nape-caution.h"
#include "nape-content-parser.h"
#include "nape-technique.h"
#include "nape-zone.h"

typedef struct
{
  NapeArea           *area;
  NapeReferralWeight  weight;
} Referral;

struct _NapeZone
{
  GObject     parent_instance;

  /* Text is stored as msgids and translated on the way out (not latin). */
  char       *id;
  char       *name;
  char       *latin;
  char       *summary;
  char       *pain;
  GStrv       locate;
  GStrv       sources;
  NapeView    views;
  NapeSide    sides;
  GListStore *techniques;
  GListStore *cautions;
  GArray     *referrals;
};

G_DEFINE_FINAL_TYPE (NapeZone, nape_zone, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (NapeReferralWeight, nape_referral_weight,
                    G_DEFINE_ENUM_VALUE (NAPE_REFERRAL_WEIGHT_PRIMARY, "primary"),
                    G_DEFINE_ENUM_VALUE (NAPE_REFERRAL_WEIGHT_SECONDARY, "secondary"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LATIN,
  PROP_SUMMARY,
  PROP_PAIN,
  PROP_LOCATE,
  PROP_SOURCES,
  PROP_VIEWS,
  PROP_SIDES,
  PROP_TECHNIQUES,
  PROP_CAUTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_referral (gpointer data)
{
  Referral *referral = data;

  g_clear_object (&referral->area);
}

static void
nape_zone_dispose (GObject *object)
{
  NapeZone *self = (NapeZone *) object;

  g_clear_object (&self->techniques);
  g_clear_object (&self->cautions);
  g_clear_pointer (&self->referrals, g_array_unref);

  G_OBJECT_CLASS (nape_zone_parent_class)->dispose (object);
}

static void
nape_zone_finalize (GObject *object)
{
  NapeZone *self = (NapeZone *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->latin, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->pain, g_free);
  g_clear_pointer (&self->locate, g_strfreev);
  g_clear_pointer (&self->sources, g_strfreev);

  G_OBJECT_CLASS (nape_zone_parent_class)->finalize (object);
}

static void
nape_zone_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NapeZone *self = NAPE_ZONE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, nape_zone_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, nape_zone_get_name (self));
      break;

    case PROP_LATIN:
      g_value_set_string (value, nape_zone_get_latin (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, nape_zone_get_summary (self));
      break;

    case PROP_PAIN:
      g_value_set_string (value, nape_zone_get_pain (self));
      break;

    case PROP_LOCATE:
      g_value_take_boxed (value, nape_zone_dup_locate_steps (self));
      break;

    case PROP_SOURCES:
      g_value_set_boxed (value, nape_zone_get_sources (self));
      break;

    case PROP_VIEWS:
      g_value_set_flags (value, nape_zone_get_views (self));
      break;

    case PROP_SIDES:
      g_value_set_flags (value, nape_zone_get_sides (self));
      break;

    case PROP_TECHNIQUES:
      g_value_set_object (value, nape_zone_get_techniques (self));
      break;

    case PROP_CAUTIONS:
      g_value_set_object (value, nape_zone_get_cautions (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_zone_class_init (NapeZoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nape_zone_dispose;
  object_class->finalize = nape_zone_finalize;
  object_class->get_property = nape_zone_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATIN] =
    g_param_spec_string ("latin", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAIN] =
    g_param_spec_string ("pain", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATE] =
    g_param_spec_boxed ("locate", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEWS] =
    g_param_spec_flags ("views", NULL, NULL, NAPE_TYPE_VIEW, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDES] =
    g_param_spec_flags ("sides", NULL, NULL, NAPE_TYPE_SIDE, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TECHNIQUES] =
    g_param_spec_object ("techniques", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAUTIONS] =
    g_param_spec_object ("cautions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_zone_init (NapeZone *self)
{
  self->techniques = g_list_store_new (NAPE_TYPE_TECHNIQUE);
  self->cautions = g_list_store_new (NAPE_TYPE_CAUTION);
  self->referrals = g_array_new (FALSE, FALSE, sizeof (Referral));
  g_array_set_clear_func (self->referrals, clear_referral);
}

NapeZone *
nape_zone_new (const char         *id,
               const char         *name,
               const char         *latin,
               const char         *summary,
               const char         *pain,
               const char * const *locate,
               const char * const *sources,
               NapeView            views,
               NapeSide            sides)
{
  NapeZone *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (latin != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);
  g_return_val_if_fail (pain != NULL, NULL);
  g_return_val_if_fail (locate != NULL, NULL);
  g_return_val_if_fail (sources != NULL, NULL);

  self = g_object_new (NAPE_TYPE_ZONE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->latin = g_strdup (latin);
  self->summary = g_strdup (summary);
  self->pain = g_strdup (pain);
  self->locate = g_strdupv ((char **) locate);
  self->sources = g_strdupv ((char **) sources);
  self->views = views;
  self->sides = sides;

  return self;
}

void
nape_zone_add_technique (NapeZone      *self,
                         NapeTechnique *technique)
{
  g_return_if_fail (NAPE_IS_ZONE (self));
  g_return_if_fail (NAPE_IS_TECHNIQUE (technique));

  g_list_store_append (self->techniques, technique);
}

void
nape_zone_add_caution (NapeZone    *self,
                       NapeCaution *caution)
{
  g_return_if_fail (NAPE_IS_ZONE (self));
  g_return_if_fail (NAPE_IS_CAUTION (caution));

  g_list_store_append (self->cautions, caution);
}

void
nape_zone_add_referral (NapeZone           *self,
                        NapeArea           *area,
                        NapeReferralWeight  weight)
{
  Referral referral;

  g_return_if_fail (NAPE_IS_ZONE (self));
  g_return_if_fail (NAPE_IS_AREA (area));

  referral.area = g_object_ref (area);
  referral.weight = weight;
  g_array_append_val (self->referrals, referral);
}

const char *
nape_referral_weight_to_string (NapeReferralWeight weight)
{
  const char *nick = nape_content_nick_from_value (NAPE_TYPE_REFERRAL_WEIGHT, weight);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

gboolean
nape_referral_weight_from_string (const char         *string,
                                  NapeReferralWeight *weight)
{
  int result;

  g_return_val_if_fail (string != NULL, FALSE);

  if (!nape_content_value_from_nick (NAPE_TYPE_REFERRAL_WEIGHT, string, &result))
    return FALSE;

  if (weight != NULL)
    *weight = result;

  return TRUE;
}

const char *
nape_zone_get_id (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return self->id;
}

const char *
nape_zone_get_name (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return nape_content_translate (self->name);
}

const char *
nape_zone_get_latin (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return self->latin;
}

const char *
nape_zone_get_summary (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return nape_content_translate (self->summary);
}

const char *
nape_zone_get_pain (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return nape_content_translate (self->pain);
}

guint
nape_zone_get_n_locate_steps (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), 0);

  return g_strv_length (self->locate);
}

const char *
nape_zone_get_locate_step (NapeZone *self,
                           guint     position)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);
  g_return_val_if_fail (position < g_strv_length (self->locate), NULL);

  return nape_content_translate (self->locate[position]);
}

char **
nape_zone_dup_locate_steps (NapeZone *self)
{
  guint n_steps;
  char **steps;

  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  n_steps = g_strv_length (self->locate);
  steps = g_new0 (char *, n_steps + 1);
  for (guint i = 0; i < n_steps; i++)
    steps[i] = g_strdup (nape_content_translate (self->locate[i]));

  return steps;
}

GListModel *
nape_zone_get_techniques (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return G_LIST_MODEL (self->techniques);
}

GListModel *
nape_zone_get_cautions (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return G_LIST_MODEL (self->cautions);
}

guint
nape_zone_get_n_referrals (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), 0);

  return self->referrals->len;
}

NapeArea *
nape_zone_get_referral (NapeZone           *self,
                        guint               position,
                        NapeReferralWeight *weight)
{
  const Referral *referral;

  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);
  g_return_val_if_fail (position < self->referrals->len, NULL);

  referral = &g_array_index (self->referrals, Referral, position);
  if (weight != NULL)
    *weight = referral->weight;

  return referral->area;
}

gboolean
nape_zone_get_referral_weight (NapeZone           *self,
                               const char         *area_id,
                               NapeReferralWeight *weight)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), FALSE);
  g_return_val_if_fail (area_id != NULL, FALSE);

  for (guint i = 0; i < self->referrals->len; i++)
    {
      const Referral *referral = &g_array_index (self->referrals, Referral, i);

      if (strcmp (nape_area_get_id (referral->area), area_id) == 0)
        {
          if (weight != NULL)
            *weight = referral->weight;
          return TRUE;
        }
    }

  return FALSE;
}

const char * const *
nape_zone_get_sources (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), NULL);

  return (const char * const *) self->sources;
}

NapeView
nape_zone_get_views (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), 0);

  return self->views;
}

NapeSide
nape_zone_get_sides (NapeZone *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE (self), 0);

  return self->sides;
}
