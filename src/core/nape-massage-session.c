/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-massage-session.c — one self-massage session: the routine, the zones, how far it got, and the pain before and after */

#define G_LOG_DOMAIN "nape-massage-session"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-diary-entry-private.h"
#include "nape-massage-session.h"

struct _NapeMassageSession
{
  NapeDiaryEntry parent_instance;

  GDateTime      *start;
  char           *routine_id;
  char           **zones;
  int            steps_done;
  int            duration;
  int            pain_before;
  int            pain_after;
  int            helped_step;
  char           *headache_uuid;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (NapeMassageSession, nape_massage_session, NAPE_TYPE_DIARY_ENTRY)

enum {
  PROP_0,
  PROP_START,
  PROP_ROUTINE_ID,
  PROP_ZONES,
  PROP_STEPS_DONE,
  PROP_DURATION,
  PROP_PAIN_BEFORE,
  PROP_PAIN_AFTER,
  PROP_HELPED_STEP,
  PROP_HEADACHE_UUID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_massage_session_finalize (GObject *object)
{
  NapeMassageSession *self = (NapeMassageSession *) object;

  g_clear_pointer (&self->start, g_date_time_unref);
  g_clear_pointer (&self->routine_id, g_free);
  g_clear_pointer (&self->zones, g_strfreev);
  g_clear_pointer (&self->headache_uuid, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (nape_massage_session_parent_class)->finalize (object);
}

static void
nape_massage_session_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  NapeMassageSession *self = NAPE_MASSAGE_SESSION (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;

    case PROP_ROUTINE_ID:
      g_value_set_string (value, self->routine_id);
      break;

    case PROP_ZONES:
      g_value_set_boxed (value, self->zones);
      break;

    case PROP_STEPS_DONE:
      g_value_set_int (value, self->steps_done);
      break;

    case PROP_DURATION:
      g_value_set_int (value, self->duration);
      break;

    case PROP_PAIN_BEFORE:
      g_value_set_int (value, self->pain_before);
      break;

    case PROP_PAIN_AFTER:
      g_value_set_int (value, self->pain_after);
      break;

    case PROP_HELPED_STEP:
      g_value_set_int (value, self->helped_step);
      break;

    case PROP_HEADACHE_UUID:
      g_value_set_string (value, self->headache_uuid);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_massage_session_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  NapeMassageSession *self = NAPE_MASSAGE_SESSION (object);

  switch (prop_id)
    {
    case PROP_START:
      nape_massage_session_set_start (self, g_value_get_boxed (value));
      break;

    case PROP_ROUTINE_ID:
      nape_massage_session_set_routine_id (self, g_value_get_string (value));
      break;

    case PROP_ZONES:
      nape_massage_session_set_zones (self, g_value_get_boxed (value));
      break;

    case PROP_STEPS_DONE:
      nape_massage_session_set_steps_done (self, g_value_get_int (value));
      break;

    case PROP_DURATION:
      nape_massage_session_set_duration (self, g_value_get_int (value));
      break;

    case PROP_PAIN_BEFORE:
      nape_massage_session_set_pain_before (self, g_value_get_int (value));
      break;

    case PROP_PAIN_AFTER:
      nape_massage_session_set_pain_after (self, g_value_get_int (value));
      break;

    case PROP_HELPED_STEP:
      nape_massage_session_set_helped_step (self, g_value_get_int (value));
      break;

    case PROP_HEADACHE_UUID:
      nape_massage_session_set_headache_uuid (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      nape_massage_session_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_massage_session_class_init (NapeMassageSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_massage_session_finalize;
  object_class->get_property = nape_massage_session_get_property;
  object_class->set_property = nape_massage_session_set_property;

  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ROUTINE_ID] =
    g_param_spec_string ("routine-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ZONES] =
    g_param_spec_boxed ("zones", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STEPS_DONE] =
    g_param_spec_int ("steps-done", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DURATION] =
    g_param_spec_int ("duration", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAIN_BEFORE] =
    g_param_spec_int ("pain-before", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PAIN_AFTER] =
    g_param_spec_int ("pain-after", NULL, NULL, -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HELPED_STEP] =
    g_param_spec_int ("helped-step", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_HEADACHE_UUID] =
    g_param_spec_string ("headache-uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_massage_session_init (NapeMassageSession *self)
{
  self->pain_before = -1;
  self->pain_after = -1;
  self->helped_step = -1;
  self->zones = g_new0 (char *, 1);
}

NapeMassageSession *
nape_massage_session_new (void)
{
  return g_object_new (NAPE_TYPE_MASSAGE_SESSION, NULL);
}

NapeMassageSession *
nape_massage_session_new_with_uuid (const char *uuid)
{
  g_return_val_if_fail (uuid != NULL && g_uuid_string_is_valid (uuid), NULL);

  return g_object_new (NAPE_TYPE_MASSAGE_SESSION, "uuid", uuid, NULL);
}

GDateTime *
nape_massage_session_get_start (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), NULL);

  return self->start;
}

void
nape_massage_session_set_start (NapeMassageSession *self,
                                GDateTime          *start)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));

  if (nape_diary_entry_replace_time (&self->start, start))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

const char *
nape_massage_session_get_routine_id (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), NULL);

  return self->routine_id;
}

void
nape_massage_session_set_routine_id (NapeMassageSession *self,
                                     const char         *routine_id)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));

  if (nape_diary_entry_replace_string (&self->routine_id, routine_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTINE_ID]);
}

const char * const *
nape_massage_session_get_zones (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), NULL);

  return (const char * const *) self->zones;
}

void
nape_massage_session_set_zones (NapeMassageSession *self,
                                const char * const *zones)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));

  if (nape_diary_entry_replace_strv (&self->zones, zones))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONES]);
}

int
nape_massage_session_get_steps_done (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), 0);

  return self->steps_done;
}

void
nape_massage_session_set_steps_done (NapeMassageSession *self,
                                     int                steps_done)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));
  g_return_if_fail (steps_done >= 0 && steps_done <= G_MAXINT);

  if (self->steps_done == steps_done)
    return;

  self->steps_done = steps_done;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEPS_DONE]);
}

int
nape_massage_session_get_duration (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), 0);

  return self->duration;
}

void
nape_massage_session_set_duration (NapeMassageSession *self,
                                   int                duration)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));
  g_return_if_fail (duration >= 0 && duration <= G_MAXINT);

  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

int
nape_massage_session_get_pain_before (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), -1);

  return self->pain_before;
}

void
nape_massage_session_set_pain_before (NapeMassageSession *self,
                                      int                pain_before)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));
  g_return_if_fail (pain_before >= -1 && pain_before <= 10);

  if (self->pain_before == pain_before)
    return;

  self->pain_before = pain_before;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_BEFORE]);
}

int
nape_massage_session_get_pain_after (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), -1);

  return self->pain_after;
}

void
nape_massage_session_set_pain_after (NapeMassageSession *self,
                                     int                pain_after)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));
  g_return_if_fail (pain_after >= -1 && pain_after <= 10);

  if (self->pain_after == pain_after)
    return;

  self->pain_after = pain_after;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAIN_AFTER]);
}

int
nape_massage_session_get_helped_step (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), -1);

  return self->helped_step;
}

void
nape_massage_session_set_helped_step (NapeMassageSession *self,
                                      int                helped_step)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));
  g_return_if_fail (helped_step >= -1 && helped_step <= G_MAXINT);

  if (self->helped_step == helped_step)
    return;

  self->helped_step = helped_step;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELPED_STEP]);
}

const char *
nape_massage_session_get_headache_uuid (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), NULL);

  return self->headache_uuid;
}

void
nape_massage_session_set_headache_uuid (NapeMassageSession *self,
                                        const char         *headache_uuid)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));

  if (nape_diary_entry_replace_string (&self->headache_uuid, headache_uuid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADACHE_UUID]);
}

const char *
nape_massage_session_get_notes (NapeMassageSession *self)
{
  g_return_val_if_fail (NAPE_IS_MASSAGE_SESSION (self), NULL);

  return self->notes;
}

void
nape_massage_session_set_notes (NapeMassageSession *self,
                                const char         *notes)
{
  g_return_if_fail (NAPE_IS_MASSAGE_SESSION (self));

  if (nape_diary_entry_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
