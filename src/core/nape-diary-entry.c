/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-entry.c — what every diary entry shares: a stable UUID kept across export and import, and the setters' change checks */

#define G_LOG_DOMAIN "nape-diary-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-diary-entry-private.h"

typedef struct
{
  char *uuid;
} NapeDiaryEntryPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (NapeDiaryEntry, nape_diary_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_diary_entry_finalize (GObject *object)
{
  NapeDiaryEntry *self = (NapeDiaryEntry *) object;
  NapeDiaryEntryPrivate *priv = nape_diary_entry_get_instance_private (self);

  g_clear_pointer (&priv->uuid, g_free);

  G_OBJECT_CLASS (nape_diary_entry_parent_class)->finalize (object);
}

static void
nape_diary_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  NapeDiaryEntry *self = NAPE_DIARY_ENTRY (object);
  NapeDiaryEntryPrivate *priv = nape_diary_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, priv->uuid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_diary_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  NapeDiaryEntry *self = NAPE_DIARY_ENTRY (object);
  NapeDiaryEntryPrivate *priv = nape_diary_entry_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_UUID:
      g_assert (priv->uuid == NULL);
      priv->uuid = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_diary_entry_constructed (GObject *object)
{
  NapeDiaryEntry *self = (NapeDiaryEntry *) object;
  NapeDiaryEntryPrivate *priv = nape_diary_entry_get_instance_private (self);

  G_OBJECT_CLASS (nape_diary_entry_parent_class)->constructed (object);

  if (priv->uuid == NULL)
    priv->uuid = g_uuid_string_random ();
}

static void
nape_diary_entry_class_init (NapeDiaryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_diary_entry_finalize;
  object_class->get_property = nape_diary_entry_get_property;
  object_class->set_property = nape_diary_entry_set_property;
  object_class->constructed = nape_diary_entry_constructed;

  /**
   * NapeDiaryEntry:uuid:
   *
   * The stable identity of the entry.  Construct-only; when not given, a
   * new random UUID is made.
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_diary_entry_init (NapeDiaryEntry *self)
{
}

const char *
nape_diary_entry_get_uuid (NapeDiaryEntry *self)
{
  NapeDiaryEntryPrivate *priv;

  g_return_val_if_fail (NAPE_IS_DIARY_ENTRY (self), NULL);

  priv = nape_diary_entry_get_instance_private (self);
  return priv->uuid;
}

gboolean
nape_diary_entry_replace_time (GDateTime **slot,
                               GDateTime  *value)
{
  g_assert (slot != NULL);

  if (*slot != NULL && value != NULL
      ? g_date_time_equal (*slot, value)
        && g_date_time_get_utc_offset (*slot) == g_date_time_get_utc_offset (value)
      : *slot == value)
    return FALSE;

  g_clear_pointer (slot, g_date_time_unref);
  if (value != NULL)
    *slot = g_date_time_ref (value);
  return TRUE;
}

gboolean
nape_diary_entry_replace_string (char       **slot,
                                 const char  *value)
{
  char *copy;

  g_assert (slot != NULL);

  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  /* Copied before the old string goes: @value may point into it. */
  copy = g_strdup (value);
  g_free (*slot);
  *slot = copy;
  return TRUE;
}

gboolean
nape_diary_entry_replace_strv (char               ***slot,
                               const char * const  *value)
{
  static const char *const empty[] = { NULL };
  char **copy;

  g_assert (slot != NULL && *slot != NULL);

  if (value == NULL)
    value = (const char * const *) empty;
  if (g_strv_equal ((const char * const *) *slot, value))
    return FALSE;

  copy = g_strdupv ((char **) value);
  g_strfreev (*slot);
  *slot = copy;
  return TRUE;
}
