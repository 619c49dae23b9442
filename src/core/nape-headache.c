/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-headache.c — one headache attack in the diary: when, how bad, what kind, where, and what came with it */

#define G_LOG_DOMAIN "nape-headache"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-diary-entry-private.h"
#include "nape-headache.h"

struct _NapeHeadache
{
  NapeDiaryEntry      parent_instance;

  GDateTime           *start;
  GDateTime           *end;
  gboolean            entered_live;
  int                 peak_intensity;
  NapeHeadacheKind    kind;
  NapeSide            side;
  NapeHeadacheQuality quality;
  gboolean            aura;
  char                **symptoms;
  char                **triggers;
  char                **areas;
  char                *notes;
  GArray              *intensities;
};

G_DEFINE_FINAL_TYPE (NapeHeadache, nape_headache, NAPE_TYPE_DIARY_ENTRY)

G_DEFINE_ENUM_TYPE (NapeHeadacheKind, nape_headache_kind,
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_UNKNOWN, "unknown"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_TENSION, "tension"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_MIGRAINE, "migraine"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_CERVICOGENIC, "cervicogenic"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_OCCIPITAL_NEURALGIA, "occipital-neuralgia"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_CLUSTER, "cluster"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (NapeHeadacheQuality, nape_headache_quality,
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_UNKNOWN, "unknown"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_PRESSING, "pressing"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_PULSATING, "pulsating"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_STABBING, "stabbing"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_BURNING, "burning"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_DULL, "dull"),
                    G_DEFINE_ENUM_VALUE (NAPE_HEADACHE_QUALITY_OTHER, "other"))

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_ENTERED_LIVE,
  PROP_PEAK_INTENSITY,
  PROP_KIND,
  PROP_SIDE,
  PROP_QUALITY,
  PROP_AURA,
  PROP_SYMPTOMS,
  PROP_TRIGGERS,
  PROP_AREAS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_headache_finalize (GObject *object)
{
  NapeHeadache *self = (NapeHeadache *) object;

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->end, g_date_time_unref);
  g_clear_pointer (&self->symptoms, g_strfreev);
  g_clear_pointer (&self->triggers, g_strfreev);
  g_clear_pointer (&self->areas, g_strfreev);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->intensities, g_array_unref);

  G_OBJECT_CLASS (nape_headache_parent_class)->finalize (object);
}

static void
nape_headache_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  NapeHeadache *self = NAPE_HEADACHE (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;

    case PROP_ENTERED_LIVE:
      g_value_set_boolean (value, self->entered_live);
      break;

    case PROP_PEAK_INTENSITY:
      g_value_set_int (value, self->peak_intensity);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SIDE:
      g_value_set_flags (value, self->side);
      break;

    case PROP_QUALITY:
      g_value_set_enum (value, self->quality);
      break;

    case PROP_AURA:
      g_value_set_boolean (value, self->aura);
      break;

    case PROP_SYMPTOMS:
      g_value_set_boxed (value, self->symptoms);
      break;

    case PROP_TRIGGERS:
      g_value_set_boxed (value, self->triggers);
      break;

    case PROP_AREAS:
      g_value_set_boxed (value, self->areas);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_headache_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  NapeHeadache *self = NAPE_HEADACHE (object);

  switch (prop_id)
    {
    case PROP_START:
      nape_headache_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_END:
      nape_headache_set_end (self, g_value_get_boxed (value));
      break;

    case PROP_ENTERED_LIVE:
      nape_headache_set_entered_live (self, g_value_get_boolean (value));
      break;

    case PROP_PEAK_INTENSITY:
      nape_headache_set_peak_intensity (self, g_value_get_int (value));
      break;

    case PROP_KIND:
      nape_headache_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SIDE:
      nape_headache_set_side (self, g_value_get_flags (value));
      break;

    case PROP_QUALITY:
      nape_headache_set_quality (self, g_value_get_enum (value));
      break;

    case PROP_AURA:
      nape_headache_set_aura (self, g_value_get_boolean (value));
      break;

    case PROP_SYMPTOMS:
      nape_headache_set_symptoms (self, g_value_get_boxed (value));
      break;

    case PROP_TRIGGERS:
      nape_headache_set_triggers (self, g_value_get_boxed (value));
      break;

    case PROP_AREAS:
      nape_headache_set_areas (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      nape_headache_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_headache_class_init (NapeHeadacheClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_headache_finalize;
  object_class->get_property = nape_headache_get_property;
  object_class->set_property = nape_headache_set_property;

  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ENTERED_LIVE] =
    g_param_spec_boolean ("entered-live", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PEAK_INTENSITY] =
    g_param_spec_int ("peak-intensity", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, NAPE_TYPE_HEADACHE_KIND, NAPE_HEADACHE_KIND_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIDE] =
    g_param_spec_flags ("side", NULL, NULL, NAPE_TYPE_SIDE, 0,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_QUALITY] =
    g_param_spec_enum ("quality", NULL, NULL, NAPE_TYPE_HEADACHE_QUALITY, NAPE_HEADACHE_QUALITY_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AURA] =
    g_param_spec_boolean ("aura", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SYMPTOMS] =
    g_param_spec_boxed ("symptoms", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_TRIGGERS] =
    g_param_spec_boxed ("triggers", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_AREAS] =
    g_param_spec_boxed ("areas", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_headache_init (NapeHeadache *self)
{
  self->peak_intensity = -1;
  self->symptoms = g_new0 (char *, 1);
  self->triggers = g_new0 (char *, 1);
  self->areas = g_new0 (char *, 1);
  self->intensities = g_array_new (FALSE, FALSE, sizeof (NapeIntensitySample));
}

const char *
nape_headache_kind_to_string (NapeHeadacheKind value)
{
  switch (value)
    {
    case NAPE_HEADACHE_KIND_UNKNOWN:
      return "unknown";
    case NAPE_HEADACHE_KIND_TENSION:
      return "tension";
    case NAPE_HEADACHE_KIND_MIGRAINE:
      return "migraine";
    case NAPE_HEADACHE_KIND_CERVICOGENIC:
      return "cervicogenic";
    case NAPE_HEADACHE_KIND_OCCIPITAL_NEURALGIA:
      return "occipital-neuralgia";
    case NAPE_HEADACHE_KIND_CLUSTER:
      return "cluster";
    case NAPE_HEADACHE_KIND_OTHER:
      return "other";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
nape_headache_kind_from_string (const char       *string,
                                NapeHeadacheKind *value)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      if (strcmp (string, nape_headache_kind_to_string (i)) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
nape_headache_quality_to_string (NapeHeadacheQuality value)
{
  switch (value)
    {
    case NAPE_HEADACHE_QUALITY_UNKNOWN:
      return "unknown";
    case NAPE_HEADACHE_QUALITY_PRESSING:
      return "pressing";
    case NAPE_HEADACHE_QUALITY_PULSATING:
      return "pulsating";
    case NAPE_HEADACHE_QUALITY_STABBING:
      return "stabbing";
    case NAPE_HEADACHE_QUALITY_BURNING:
      return "burning";
    case NAPE_HEADACHE_QUALITY_DULL:
      return "dull";
    case NAPE_HEADACHE_QUALITY_OTHER:
      return "other";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
nape_headache_quality_from_string (const char          *string,
                                   NapeHeadacheQuality *value)
{
  g_return_val_if_fail (value != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < 7; i++)
    {
      if (strcmp (string, nape_headache_quality_to_string (i)) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

NapeHeadache *
nape_headache_new (void)
{
  return g_object_new (NAPE_TYPE_HEADACHE, NULL);
}

NapeHeadache *
nape_headache_new_with_uuid (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid), NULL);

  return g_object_new (NAPE_TYPE_HEADACHE, "uuid", uuid, NULL);
}

GDateTime *
nape_headache_get_start (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return self->start;
}

void
nape_headache_set_start (NapeHeadache *self,
                         GDateTime    *start)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_time (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

GDateTime *
nape_headache_get_end (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return self->end;
}

void
nape_headache_set_end (NapeHeadache *self,
                       GDateTime    *end)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_time (&self->end, end))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

gboolean
nape_headache_get_entered_live (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), FALSE);

  return self->entered_live;
}

void
nape_headache_set_entered_live (NapeHeadache *self,
                                gboolean     entered_live)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  entered_live = !!entered_live;
  if (self->entered_live == entered_live)
    return;

  self->entered_live = entered_live;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERED_LIVE]);
}

int
nape_headache_get_peak_intensity (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), -1);

  return self->peak_intensity;
}

void
nape_headache_set_peak_intensity (NapeHeadache *self,
                                  int          peak_intensity)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));
  g_return_if_fail (peak_intensity >= -1 && peak_intensity <= 10);

  if (self->peak_intensity == peak_intensity)
    return;

  self->peak_intensity = peak_intensity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEAK_INTENSITY]);
}

NapeHeadacheKind
nape_headache_get_kind (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), 0);

  return self->kind;
}

void
nape_headache_set_kind (NapeHeadache     *self,
                        NapeHeadacheKind kind)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

NapeSide
nape_headache_get_side (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), 0);

  return self->side;
}

void
nape_headache_set_side (NapeHeadache *self,
                        NapeSide     side)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (self->side == side)
    return;

  self->side = side;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDE]);
}

NapeHeadacheQuality
nape_headache_get_quality (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), 0);

  return self->quality;
}

void
nape_headache_set_quality (NapeHeadache        *self,
                           NapeHeadacheQuality quality)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (self->quality == quality)
    return;

  self->quality = quality;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUALITY]);
}

gboolean
nape_headache_get_aura (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), FALSE);

  return self->aura;
}

void
nape_headache_set_aura (NapeHeadache *self,
                        gboolean     aura)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  aura = !!aura;
  if (self->aura == aura)
    return;

  self->aura = aura;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AURA]);
}

const char * const *
nape_headache_get_symptoms (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return (const char * const *) self->symptoms;
}

void
nape_headache_set_symptoms (NapeHeadache       *self,
                            const char * const *symptoms)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_strv (&self->symptoms, symptoms))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMPTOMS]);
}

const char * const *
nape_headache_get_triggers (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return (const char * const *) self->triggers;
}

void
nape_headache_set_triggers (NapeHeadache       *self,
                            const char * const *triggers)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_strv (&self->triggers, triggers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRIGGERS]);
}

const char * const *
nape_headache_get_areas (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return (const char * const *) self->areas;
}

void
nape_headache_set_areas (NapeHeadache       *self,
                         const char * const *areas)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_strv (&self->areas, areas))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREAS]);
}

const char *
nape_headache_get_notes (NapeHeadache *self)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);

  return self->notes;
}

void
nape_headache_set_notes (NapeHeadache *self,
                         const char   *notes)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  if (nape_diary_entry_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

void
nape_headache_add_intensity (NapeHeadache *self,
                             GDateTime    *when,
                             int           intensity)
{
  NapeIntensitySample sample;
  guint i;

  g_return_if_fail (NAPE_IS_HEADACHE (self));
  g_return_if_fail (when != NULL);
  g_return_if_fail (intensity >= 0 && intensity <= 10);

  sample.time = g_date_time_to_unix (when);
  sample.utc_offset = (int) (g_date_time_get_utc_offset (when) / G_TIME_SPAN_SECOND);
  sample.intensity = intensity;

  for (i = 0; i < self->intensities->len; i++)
    {
      NapeIntensitySample *other = &g_array_index (self->intensities, NapeIntensitySample, i);

      if (other->time == sample.time)
        {
          *other = sample;
          return;
        }
      if (other->time > sample.time)
        break;
    }

  g_array_insert_val (self->intensities, i, sample);
}

const NapeIntensitySample *
nape_headache_get_intensities (NapeHeadache *self,
                               guint        *n_samples)
{
  g_return_val_if_fail (NAPE_IS_HEADACHE (self), NULL);
  g_return_val_if_fail (n_samples != NULL, NULL);

  *n_samples = self->intensities->len;
  return (const NapeIntensitySample *) (gpointer) self->intensities->data;
}

void
nape_headache_clear_intensities (NapeHeadache *self)
{
  g_return_if_fail (NAPE_IS_HEADACHE (self));

  g_array_set_size (self->intensities, 0);
}
