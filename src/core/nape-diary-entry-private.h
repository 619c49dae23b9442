/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-entry-private.h — how the entry classes' setters decide that a field really changed */

#pragma once

#include "nape-diary-entry.h"

G_BEGIN_DECLS

/*
 * Each replaces *slot with a copy of @value only when it differs, and
 * returns whether it did, so a setter notifies only on a real change:
 *
 *   if (nape_diary_entry_replace_string (&self->notes, notes))
 *     g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
 */

/* Unchanged only for the same instant at the same UTC offset: an entry keeps
 * the offset it was given, so a new offset alone is a change.  Either side
 * may be %NULL. */
gboolean nape_diary_entry_replace_time   (GDateTime          **slot,
                                          GDateTime           *value);

/* Either side may be %NULL; compared with g_strcmp0(). */
gboolean nape_diary_entry_replace_string (char               **slot,
                                          const char          *value);

/* *slot is never %NULL; a %NULL @value stands for the empty list. */
gboolean nape_diary_entry_replace_strv   (char              ***slot,
                                          const char * const  *value);

G_END_DECLS
