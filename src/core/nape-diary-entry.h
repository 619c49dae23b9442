/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-entry.h — what every diary entry shares: a stable UUID kept across export and import */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAPE_TYPE_DIARY_ENTRY (nape_diary_entry_get_type ())

/**
 * NapeDiaryEntry:
 *
 * The abstract base of the five kinds of diary entry: #NapeHeadache,
 * #NapeIntake, #NapeDrug, #NapeMassageSession and #NapeDayFactors.
 *
 * It holds the entry's identity, the construct-only #NapeDiaryEntry:uuid
 * property.  An entry created without one gets a new random UUID; loading
 * and importing pass the stored one, so the identity survives export and
 * import and links between entries (an intake's drug and headache) hold.
 */
G_DECLARE_DERIVABLE_TYPE (NapeDiaryEntry, nape_diary_entry, NAPE, DIARY_ENTRY, GObject)

struct _NapeDiaryEntryClass
{
  GObjectClass parent_class;
};

/**
 * nape_diary_entry_get_uuid:
 * @self: a #NapeDiaryEntry
 *
 * Returns: the stable identity of the entry, kept across export and import; never %NULL
 */
const char *nape_diary_entry_get_uuid (NapeDiaryEntry *self);

G_END_DECLS
