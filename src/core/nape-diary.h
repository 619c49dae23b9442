/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary.h — the headache diary: one SQLite file of headaches, medication, massage sessions and days */

#pragma once

#include <gio/gio.h>

#include "nape-day-factors.h"
#include "nape-diary-entry.h"
#include "nape-drug.h"
#include "nape-headache.h"
#include "nape-intake.h"
#include "nape-massage-session.h"
#include "nape-routine.h"

G_BEGIN_DECLS

/**
 * NAPE_DIARY_SCHEMA_VERSION:
 *
 * The schema version (SQLite `PRAGMA user_version`) this build writes.
 * Older files are migrated on open, one tested step per version.
 */
#define NAPE_DIARY_SCHEMA_VERSION 4

/**
 * NAPE_DIARY_BACKUPS_KEPT:
 *
 * How many backups are kept next to the diary; older ones are deleted.
 */
#define NAPE_DIARY_BACKUPS_KEPT 5

#define NAPE_DIARY_ERROR (nape_diary_error_quark ())
GQuark nape_diary_error_quark (void);

/**
 * NapeDiaryError:
 * @NAPE_DIARY_ERROR_CORRUPT: the file cannot be opened as a diary or fails
 *   its integrity check.  Offer nape_diary_restore_latest_backup() or
 *   nape_diary_start_new(); the file itself is left as it is.
 * @NAPE_DIARY_ERROR_TOO_NEW: the file was written by a newer Nape
 * @NAPE_DIARY_ERROR_IO: SQLite or the file system failed
 * @NAPE_DIARY_ERROR_INVALID: an entry cannot be stored: a value out of range
 *   or a reference to something the diary does not hold
 * @NAPE_DIARY_ERROR_NOT_FOUND: the entry is not in the diary
 * @NAPE_DIARY_ERROR_BAD_FILE: an import file was refused; the message says
 *   "line N: reason" and the diary is unchanged
 * @NAPE_DIARY_ERROR_NO_BACKUP: there is no backup to restore
 *
 * Errors of #NapeDiary.
 */
typedef enum
{
  NAPE_DIARY_ERROR_CORRUPT,
  NAPE_DIARY_ERROR_TOO_NEW,
  NAPE_DIARY_ERROR_IO,
  NAPE_DIARY_ERROR_INVALID,
  NAPE_DIARY_ERROR_NOT_FOUND,
  NAPE_DIARY_ERROR_BAD_FILE,
  NAPE_DIARY_ERROR_NO_BACKUP,
} NapeDiaryError;

/**
 * NapeDiaryFormat:
 * @NAPE_DIARY_FORMAT_CSV: RFC 4180 CSV, one row per entry, for spreadsheets;
 *   it holds the entries only, not the user's routines; the layout is
 *   described at nape_diary_export()
 * @NAPE_DIARY_FORMAT_JSON: lossless JSON, the complete backup, routines
 *   included: exporting, importing into an empty diary and exporting again
 *   gives the same bytes
 *
 * File formats for export and import.
 */
typedef enum
{
  NAPE_DIARY_FORMAT_CSV,
  NAPE_DIARY_FORMAT_JSON,
} NapeDiaryFormat;

/**
 * NapeDiaryTerm:
 * @NAPE_DIARY_TERM_SYMPTOM: the symptom list, such as "nausea"
 * @NAPE_DIARY_TERM_TRIGGER: the trigger list, such as "poor-sleep"
 *
 * The two lists a headache picks from.  Each has built-in entries and the
 * user's own, defined with nape_diary_define_term().
 */
typedef enum
{
  NAPE_DIARY_TERM_SYMPTOM,
  NAPE_DIARY_TERM_TRIGGER,
} NapeDiaryTerm;

#define NAPE_TYPE_DIARY (nape_diary_get_type ())

G_DECLARE_FINAL_TYPE (NapeDiary, nape_diary, NAPE, DIARY, GObject)

/**
 * nape_diary_get_default_path:
 *
 * Returns: (transfer full): where the user's diary lives:
 *   `$XDG_DATA_HOME/nape/diary.db`
 */
char            *nape_diary_get_default_path        (void);

/**
 * nape_diary_open:
 * @path: (nullable): the diary file, or %NULL for nape_diary_get_default_path()
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Opens the diary, creating it (file mode 0600, folder 0700) if it does not
 * exist.  Every open reads the header and the schema; once a day, and
 * before a migration, SQLite's quick_check reads every page and then a
 * backup is made.  An older schema is migrated after its backup.
 *
 * If the file is not a diary or is damaged, fails with
 * %NAPE_DIARY_ERROR_CORRUPT and leaves the file untouched.  Damage found
 * later, by a read or a write, gives the same error code.
 *
 * Returns: (transfer full) (nullable): the diary, or %NULL with @error set
 */
NapeDiary       *nape_diary_open                    (const char     *path,
                                                     GError        **error);

/**
 * nape_diary_get_path:
 * @self: a #NapeDiary
 *
 * Returns: the file the diary is stored in
 */
const char      *nape_diary_get_path                (NapeDiary      *self);

/**
 * nape_diary_check_integrity:
 * @self: a #NapeDiary
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Runs SQLite's full integrity check and the foreign key check.
 *
 * Returns: %TRUE if the diary is sound, %FALSE with
 *   %NAPE_DIARY_ERROR_CORRUPT otherwise
 */
gboolean         nape_diary_check_integrity         (NapeDiary      *self,
                                                     GError        **error);

/**
 * nape_diary_save:
 * @self: a #NapeDiary
 * @entry: a #NapeHeadache, #NapeIntake, #NapeDrug, #NapeMassageSession or
 *   #NapeDayFactors
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Adds @entry, or replaces the stored entry with the same UUID, in one
 * transaction that is on disk when this returns.  The models from
 * nape_diary_get_headaches() and friends are updated, and
 * #NapeDiary::changed is emitted.
 *
 * An entry that cannot be stored (a headache that ends before it starts, an
 * intake of a drug the diary does not hold, an unknown symptom id, a second
 * day record for the same date…) fails with %NAPE_DIARY_ERROR_INVALID and
 * changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_save                    (NapeDiary      *self,
                                                     gpointer        entry,
                                                     GError        **error);

/**
 * nape_diary_delete:
 * @self: a #NapeDiary
 * @entry: an entry, as for nape_diary_save()
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Deletes the entry with the UUID of @entry.  Intakes and sessions that
 * referred to a deleted headache keep existing without it; a drug that still
 * has intakes cannot be deleted (%NAPE_DIARY_ERROR_INVALID).
 *
 * Returns: %TRUE on success, %FALSE with %NAPE_DIARY_ERROR_NOT_FOUND if there
 *   was no such entry
 */
gboolean         nape_diary_delete                  (NapeDiary      *self,
                                                     gpointer        entry,
                                                     GError        **error);

/**
 * nape_diary_lookup:
 * @self: a #NapeDiary
 * @entry_type: %NAPE_TYPE_HEADACHE, %NAPE_TYPE_INTAKE, %NAPE_TYPE_DRUG,
 *   %NAPE_TYPE_MASSAGE_SESSION or %NAPE_TYPE_DAY_FACTORS
 * @uuid: the UUID
 *
 * Finds an entry.  If the model of that type has been created, the object in
 * the model is returned.
 *
 * Returns: (transfer full) (nullable) (type GObject): the entry, or %NULL
 */
gpointer         nape_diary_lookup                  (NapeDiary      *self,
                                                     GType           entry_type,
                                                     const char     *uuid);

/**
 * nape_diary_lookup_day_factors:
 * @self: a #NapeDiary
 * @date: a local day, "YYYY-MM-DD"
 *
 * Returns: (transfer full) (nullable): the day record for @date, or %NULL
 */
NapeDayFactors  *nape_diary_lookup_day_factors      (NapeDiary      *self,
                                                     const char     *date);

/**
 * nape_diary_find_ongoing_headache:
 * @self: a #NapeDiary
 * @error: return location for a #NapeDiaryError
 *
 * The headache still going, one without an end; the latest started if there are
 * several. If the model has been created, its object is returned.
 *
 * Returns: (transfer full) (nullable): the headache, or %NULL, with @error set only if
 *   the diary could not be read
 */
NapeHeadache    *nape_diary_find_ongoing_headache   (NapeDiary      *self,
                                                     GError        **error);

/**
 * nape_diary_get_headaches:
 * @self: a #NapeDiary
 *
 * The model is loaded on first use and then follows every save, delete and
 * import.
 *
 * Returns: (transfer none): a #GListModel of #NapeHeadache, latest start first
 */
GListModel      *nape_diary_get_headaches           (NapeDiary      *self);

/**
 * nape_diary_get_intakes:
 * @self: a #NapeDiary
 *
 * Returns: (transfer none): a #GListModel of #NapeIntake, latest first
 */
GListModel      *nape_diary_get_intakes             (NapeDiary      *self);

/**
 * nape_diary_get_drugs:
 * @self: a #NapeDiary
 *
 * Returns: (transfer none): a #GListModel of #NapeDrug, by name
 */
GListModel      *nape_diary_get_drugs               (NapeDiary      *self);

/**
 * nape_diary_get_massage_sessions:
 * @self: a #NapeDiary
 *
 * Returns: (transfer none): a #GListModel of #NapeMassageSession, latest first
 */
GListModel      *nape_diary_get_massage_sessions    (NapeDiary      *self);

/**
 * nape_diary_get_day_factors:
 * @self: a #NapeDiary
 *
 * Returns: (transfer none): a #GListModel of #NapeDayFactors, latest day first
 */
GListModel      *nape_diary_get_day_factors         (NapeDiary      *self);

/**
 * nape_diary_list_terms:
 * @self: a #NapeDiary
 * @term: which list
 *
 * Returns: (transfer full): the ids of the list, built-in ones first, then the
 *   user's in the order they were defined
 */
char           **nape_diary_list_terms              (NapeDiary      *self,
                                                     NapeDiaryTerm   term);

/**
 * nape_diary_get_term_label:
 * @self: a #NapeDiary
 * @term: which list
 * @id: an id from nape_diary_list_terms()
 *
 * Returns: (transfer full) (nullable): the label to show (translated for
 *   built-in ids), or %NULL if @id is not in the list
 */
char            *nape_diary_get_term_label          (NapeDiary      *self,
                                                     NapeDiaryTerm   term,
                                                     const char     *id);

/**
 * nape_diary_define_term:
 * @self: a #NapeDiary
 * @term: which list
 * @id: a new id: lower-case ASCII letters, digits and '-', such as "red-wine"
 * @label: the label the user typed
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Adds a user-defined symptom or trigger, or renames one.  Built-in ids
 * cannot be renamed.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_define_term             (NapeDiary      *self,
                                                     NapeDiaryTerm   term,
                                                     const char     *id,
                                                     const char     *label,
                                                     GError        **error);

/**
 * nape_diary_backup:
 * @self: a #NapeDiary
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Copies the diary with SQLite's online backup API into the `backups`
 * folder next to it, as `diary-YYYYMMDD-HHMMSS-MICROS.db` (UTC), and
 * deletes all but the newest %NAPE_DIARY_BACKUPS_KEPT backups.
 *
 * Returns: (transfer full) (nullable): the path of the new backup, or %NULL
 *   with @error set
 */
char            *nape_diary_backup                  (NapeDiary      *self,
                                                     GError        **error);

/**
 * nape_diary_list_backups:
 * @path: (nullable): a diary file, or %NULL for the default one
 *
 * Works without an open diary, so that a broken one can be restored.
 *
 * Returns: (transfer full): the backups of @path, newest first
 */
char           **nape_diary_list_backups            (const char     *path);

/**
 * nape_diary_restore_latest_backup:
 * @path: (nullable): the diary file, or %NULL for the default one
 * @moved_to: (out) (optional) (nullable): where the old file was moved
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * The first answer to %NAPE_DIARY_ERROR_CORRUPT: moves the broken file (and
 * its -wal and -shm files) aside to `PATH.broken-YYYYMMDD-HHMMSS`, never
 * deleting or overwriting it, then copies the newest backup that passes an
 * integrity check to @path.  Open the diary again afterwards.
 *
 * Returns: %TRUE on success; %FALSE with %NAPE_DIARY_ERROR_NO_BACKUP if
 *   there is no sound backup, in which case nothing was moved
 */
gboolean         nape_diary_restore_latest_backup   (const char     *path,
                                                     char          **moved_to,
                                                     GError        **error);

/**
 * nape_diary_start_new:
 * @path: (nullable): the diary file, or %NULL for the default one
 * @moved_to: (out) (optional) (nullable): where the old file was moved
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * The second answer to %NAPE_DIARY_ERROR_CORRUPT: moves the broken file
 * aside as nape_diary_restore_latest_backup() does, so that the next
 * nape_diary_open() starts an empty diary.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_start_new               (const char     *path,
                                                     char          **moved_to,
                                                     GError        **error);

/**
 * nape_diary_format_for_file:
 * @file: a file
 * @format: (out): the format
 *
 * Picks the format from the extension: ".csv" or ".json", in any case.
 *
 * Returns: %TRUE if the extension names a format
 */
gboolean         nape_diary_format_for_file         (GFile          *file,
                                                     NapeDiaryFormat *format);

/**
 * nape_diary_export:
 * @self: a #NapeDiary
 * @format: the format
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Writes the diary.  Both formats are UTF-8 and ordered by time, then UUID,
 * so the same diary always gives the same bytes.  JSON is the complete
 * backup: it holds everything, the user's routines included.  CSV holds the
 * entries only, one row each, and has no place for routines.
 *
 * CSV (RFC 4180, CRLF line ends, a header row) has one row per record; the
 * `record` column says which of `symptom`, `trigger` (user-defined list
 * entries: `uuid` holds the id, `name` the label), `drug`, `headache`,
 * `intake`, `massage-session` and `day` it is, and each uses its own
 * columns, leaving the others empty.  Times are ISO 8601 with the UTC offset
 * they were recorded in; booleans are 0 or 1; an unknown value is an empty
 * cell; lists (symptoms, triggers, side, areas, zones) are separated by
 * ';'; the intensity curve is "TIME=VALUE;…".  The columns are, in order:
 * record, uuid, start, end, entered_live, peak_intensity, intensity, kind,
 * side, quality, aura, symptoms, triggers, areas, drug, headache, name,
 * overuse_class, preventive, dose, unit, effect, routine, zones, steps_done,
 * duration, pain_before, pain_after, helped_step, date, sleep_hours,
 * stress, missed_work, reduced_work, missed_home, reduced_home,
 * missed_social, notes.
 *
 * JSON is one object: "format": "nape-diary", "version": 1, then the lists
 * "symptoms" and "triggers" (user-defined entries), "drugs", "headaches",
 * "intakes", "massage_sessions" and "day_factors", one record per line,
 * with the same fields as CSV (lists as JSON lists); unknown values are
 * null.  Last comes "routines", only if the user has some: the user's
 * routines in their order, each { "uuid", "name", "description", "fits"
 * (tokens such as "daily"), "focus" (a token such as "neck"), "steps" }
 * with each step { "zone", "technique" (atlas ids), "sides" ("left",
 * "right"), "seconds", "reps", "rep_seconds", "intensity" (0–100 or null),
 * "instruction" }.  A file without "routines" imports as one without
 * routines.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL with
 *   @error set
 */
GBytes          *nape_diary_export                  (NapeDiary      *self,
                                                     NapeDiaryFormat format,
                                                     GError        **error);

/**
 * nape_diary_import:
 * @self: a #NapeDiary
 * @contents: a file written by nape_diary_export(), or by hand in its layout
 * @format: the format
 * @n_added: (out) (optional): how many records were added
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Reads and checks the whole file before writing anything, then adds its
 * records in one transaction.  A bad file is refused with
 * %NAPE_DIARY_ERROR_BAD_FILE, "line N: reason", and the diary is unchanged.
 * Records whose UUID is already in the diary, and day records for a date it
 * already has, are skipped, so importing the same file twice adds nothing;
 * a routine the diary already has is skipped too, keeping the user's edits.
 *
 * Routines in a JSON file are checked as nape_diary_save_routine() checks
 * them, against the atlas set with nape_diary_set_atlas(); without one, a
 * file with routines is refused.  New routines go after the user's own, in
 * the file's order.  @n_added counts them with the entries.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_import                  (NapeDiary      *self,
                                                     GBytes         *contents,
                                                     NapeDiaryFormat format,
                                                     guint          *n_added,
                                                     GError        **error);

/**
 * nape_diary_export_to_file:
 * @self: a #NapeDiary
 * @file: where to write; replaced atomically
 * @format: the format
 * @error: return location for a #GError
 *
 * nape_diary_export() into a file.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_export_to_file          (NapeDiary      *self,
                                                     GFile          *file,
                                                     NapeDiaryFormat format,
                                                     GError        **error);

/**
 * nape_diary_import_from_file:
 * @self: a #NapeDiary
 * @file: the file to read; its format comes from its extension
 * @n_added: (out) (optional): how many records were added
 * @error: return location for a #GError
 *
 * nape_diary_import() from a file.  An unknown extension fails with
 * %NAPE_DIARY_ERROR_BAD_FILE.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_import_from_file        (NapeDiary      *self,
                                                     GFile          *file,
                                                     guint          *n_added,
                                                     GError        **error);

/**
 * nape_diary_set_atlas:
 * @self: a #NapeDiary
 * @atlas: (nullable): the atlas the user's routines are checked against
 *
 * Sets the atlas nape_diary_save_routine() and nape_diary_import() check
 * zones and techniques against.  Without one, routines cannot be saved or
 * imported.
 */
void             nape_diary_set_atlas               (NapeDiary      *self,
                                                     NapeAtlas      *atlas);

/**
 * nape_diary_get_routines:
 * @self: a #NapeDiary
 *
 * The user's own routines, in the user's order.  The model follows every
 * nape_diary_save_routine(), nape_diary_delete_routine() and
 * nape_diary_move_routine(); a saved routine replaces the object in it.
 * Their text is shown as the user typed it, never translated.
 *
 * Returns: (transfer none): a #GListModel of #NapeRoutine
 */
GListModel      *nape_diary_get_routines            (NapeDiary      *self);

/**
 * nape_diary_lookup_routine:
 * @self: a #NapeDiary
 * @id: the routine's id (a UUID)
 *
 * Returns: (transfer full) (nullable): the user's routine with that id, as
 *   held by nape_diary_get_routines(), or %NULL
 */
NapeRoutine     *nape_diary_lookup_routine          (NapeDiary      *self,
                                                     const char     *id);

/**
 * nape_diary_save_routine:
 * @self: a #NapeDiary with an atlas (nape_diary_set_atlas())
 * @routine: a routine made with nape_routine_new(); its id must be a UUID
 *   (g_uuid_string_random())
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Adds @routine at the end of the user's routines, or replaces the stored
 * routine with the same id (keeping its place), in one transaction.
 *
 * A routine with no name, no steps, a zone or a technique the atlas does
 * not have, a technique that does not suit its zone, or sides on a muscle
 * of the midline fails with %NAPE_DIARY_ERROR_INVALID, saying which step,
 * and changes nothing.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_save_routine            (NapeDiary      *self,
                                                     NapeRoutine    *routine,
                                                     GError        **error);

/**
 * nape_diary_delete_routine:
 * @self: a #NapeDiary
 * @id: the routine's id
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Deletes the user's routine and its steps.  Massage sessions that played
 * it keep its id.
 *
 * Returns: %TRUE on success, %FALSE with %NAPE_DIARY_ERROR_NOT_FOUND if
 *   there is no such routine
 */
gboolean         nape_diary_delete_routine          (NapeDiary      *self,
                                                     const char     *id,
                                                     GError        **error);

/**
 * nape_diary_move_routine:
 * @self: a #NapeDiary
 * @id: the routine's id
 * @new_position: where it goes among the user's routines, from 0; a
 *   position past the end puts it last
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Moves one of the user's routines, in the diary and in the model.
 *
 * Returns: %TRUE on success, %FALSE with %NAPE_DIARY_ERROR_NOT_FOUND if
 *   there is no such routine
 */
gboolean         nape_diary_move_routine            (NapeDiary      *self,
                                                     const char     *id,
                                                     guint           new_position,
                                                     GError        **error);

G_END_DECLS
