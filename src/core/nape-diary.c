/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary.c — the diary store: opening, migrating, saving, models, backups and recovery */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "nape-diary-private.h"

G_DEFINE_FINAL_TYPE (NapeDiary, nape_diary, G_TYPE_OBJECT)

G_DEFINE_QUARK (nape-diary-error-quark, nape_diary_error)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *id;
  const char *label;
} BuiltinTerm;

/* The ids match the rows migration 1 inserts. */
static const BuiltinTerm builtin_symptoms[] = {
  { "nausea", N_("Nausea") },
  { "vomiting", N_("Vomiting") },
  { "light-sensitivity", N_("Sensitive to light") },
  { "sound-sensitivity", N_("Sensitive to sound") },
  { "smell-sensitivity", N_("Sensitive to smells") },
  { "worse-with-activity", N_("Worse with activity") },
  { "neck-pain", N_("Neck pain") },
  { "neck-movement-provoked", N_("Brought on by neck movement") },
  { "dizziness", N_("Dizziness") },
  { "visual-disturbance", N_("Visual disturbance") },
  { "tingling", N_("Tingling or numbness") },
  { "tearing-eye", N_("Watering eye") },
  { "fatigue", N_("Fatigue") },
};

static const BuiltinTerm builtin_triggers[] = {
  { "stress", N_("Stress") },
  { "poor-sleep", N_("Poor sleep") },
  { "too-much-sleep", N_("Too much sleep") },
  { "skipped-meal", N_("Skipped meal") },
  { "dehydration", N_("Not enough to drink") },
  { "alcohol", N_("Alcohol") },
  { "caffeine", N_("Caffeine") },
  { "caffeine-withdrawal", N_("Less caffeine than usual") },
  { "screen-time", N_("Long screen time") },
  { "posture", N_("Posture") },
  { "neck-strain", N_("Neck strain") },
  { "weather", N_("Weather") },
  { "bright-light", N_("Bright light") },
  { "noise", N_("Noise") },
  { "strong-smell", N_("Strong smell") },
  { "menstruation", N_("Menstruation") },
  { "exercise", N_("Exercise") },
  { "travel", N_("Travel") },
};

/* ------------------------------------------------------------------ */
/* SQL helpers                                                         */

static NapeDiaryError
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return NAPE_DIARY_ERROR_CORRUPT;

    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return NAPE_DIARY_ERROR_INVALID;

    default:
      return NAPE_DIARY_ERROR_IO;
    }
}

gboolean
nape_diary_sqlite_error (sqlite3     *db,
                         int          rc,
                         const char  *what,
                         GError     **error)
{
  g_set_error (error, NAPE_DIARY_ERROR, error_code_for_sqlite (rc), "%s: %s", what,
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

gboolean
nape_diary_exec (sqlite3     *db,
                 const char  *sql,
                 GError     **error)
{
  char *message = NULL;
  int rc;

  rc = sqlite3_exec (db, sql, NULL, NULL, &message);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, NAPE_DIARY_ERROR, error_code_for_sqlite (rc), "%s",
                   message != NULL ? message : sqlite3_errstr (rc));
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/* A cached prepared statement, reset and unbound.  @sql must be a string
 * that lives as long as the diary (a literal). */
sqlite3_stmt *
nape_diary_statement (NapeDiary   *self,
                      const char  *sql,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      nape_diary_sqlite_error (self->db, rc, "preparing a query", error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Runs a statement whose rows, if any, are not wanted, and resets it. */
gboolean
nape_diary_step_done (NapeDiary     *self,
                      sqlite3_stmt  *stmt,
                      const char    *what,
                      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      nape_diary_sqlite_error (self->db, rc, what, error);
      sqlite3_reset (stmt);
      return FALSE;
    }

  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
nape_diary_begin (NapeDiary  *self,
                  GError    **error)
{
  return nape_diary_exec (self->db, "BEGIN IMMEDIATE", error);
}

gboolean
nape_diary_commit (NapeDiary  *self,
                   GError    **error)
{
  return nape_diary_exec (self->db, "COMMIT", error);
}

void
nape_diary_rollback (NapeDiary *self)
{
  if (!sqlite3_get_autocommit (self->db))
    nape_diary_exec (self->db, "ROLLBACK", NULL);
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds @value, or NULL if it is negative (our "not recorded"). */
static void
bind_known_int (sqlite3_stmt *stmt,
                int           index,
                int           value)
{
  if (value >= 0)
    sqlite3_bind_int (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

static int
column_known_int (sqlite3_stmt *stmt,
                  int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return -1;
  return sqlite3_column_int (stmt, index);
}

/* ------------------------------------------------------------------ */
/* Time                                                                */

GDateTime *
nape_diary_date_time_new (gint64 unix_time,
                          int    utc_offset)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (unix_time);
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (utc_offset);

  if (utc == NULL)
    return NULL;

  return g_date_time_to_timezone (utc, tz);
}

/* The calendar day, as YYYYMMDD, where a moment was recorded. */
int
nape_diary_local_day (gint64 unix_time,
                      int    utc_offset)
{
  gint64 local = unix_time + utc_offset;
  gint64 days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) (days + 719163)); /* 1970-01-01 */

  return nape_diary_day_from_date (&date);
}

/* A calendar day as YYYYMMDD, the form headache_day and the counts use. */
int
nape_diary_day_from_date (const GDate *date)
{
  return g_date_get_year (date) * 10000 + g_date_get_month (date) * 100 + g_date_get_day (date);
}

void
nape_diary_date_from_day (int    day,
                          GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day % 100, (day / 100) % 100, day / 10000);
}

static gboolean
parse_date (const char *string,
            GDate      *date)
{
  unsigned y, m, d;
  char rest;

  if (string == NULL || strlen (string) != 10 || string[4] != '-' || string[7] != '-')
    return FALSE;
  if (sscanf (string, "%4u-%2u-%2u%c", &y, &m, &d, &rest) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static void
bind_time (sqlite3_stmt *stmt,
           int           index,
           GDateTime    *time)
{
  if (time == NULL)
    {
      sqlite3_bind_null (stmt, index);
      sqlite3_bind_null (stmt, index + 1);
      return;
    }

  sqlite3_bind_int64 (stmt, index, g_date_time_to_unix (time));
  sqlite3_bind_int (stmt, index + 1, (int) (g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND));
}

static GDateTime *
column_time (sqlite3_stmt *stmt,
             int           index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NULL;

  return nape_diary_date_time_new (sqlite3_column_int64 (stmt, index),
                                   sqlite3_column_int (stmt, index + 1));
}

/* ------------------------------------------------------------------ */
/* Terms                                                               */

static const BuiltinTerm *
builtin_terms (NapeDiaryTerm  term,
               gsize         *n_terms)
{
  if (term == NAPE_DIARY_TERM_SYMPTOM)
    {
      *n_terms = G_N_ELEMENTS (builtin_symptoms);
      return builtin_symptoms;
    }

  *n_terms = G_N_ELEMENTS (builtin_triggers);
  return builtin_triggers;
}

gboolean
nape_diary_term_id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0' || strlen (id) > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_term (NapeDiary     *self,
          NapeDiaryTerm  term,
          const char    *id)
{
  static const char *sql[] = {
    "SELECT 1 FROM symptom_term WHERE id = ?1",
    "SELECT 1 FROM trigger_term WHERE id = ?1",
  };
  sqlite3_stmt *stmt = nape_diary_statement (self, sql[term], NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  found = sqlite3_step (stmt) == SQLITE_ROW;
  sqlite3_reset (stmt);

  return found;
}

static gboolean
write_term (NapeDiary      *self,
            NapeDiaryTerm   term,
            const char     *id,
            const char     *label,
            GError        **error)
{
  static const char *sql[] = {
    "INSERT INTO symptom_term (id, label) VALUES (?1, ?2)"
    " ON CONFLICT (id) DO UPDATE SET label = excluded.label WHERE builtin = 0",
    "INSERT INTO trigger_term (id, label) VALUES (?1, ?2)"
    " ON CONFLICT (id) DO UPDATE SET label = excluded.label WHERE builtin = 0",
  };
  sqlite3_stmt *stmt = nape_diary_statement (self, sql[term], error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, id);
  bind_text (stmt, 2, label);
  return nape_diary_step_done (self, stmt, "saving a list entry", error);
}

/* ------------------------------------------------------------------ */
/* Checking entries before they are written                            */

/* Sets a NAPE_DIARY_ERROR_INVALID error; returns FALSE. */
gboolean
nape_diary_invalid (GError     **error,
                    const char  *format,
                    ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID, message);
  return FALSE;
}

/* "ID:SIDE" with SIDE a single side token. */
static gboolean
place_is_valid (const char *place)
{
  const char *colon = strrchr (place, ':');
  NapeSide side;

  if (colon == NULL || colon == place)
    return FALSE;

  side = nape_side_from_string (colon + 1);
  return side == NAPE_SIDE_LEFT || side == NAPE_SIDE_CENTER || side == NAPE_SIDE_RIGHT;
}

static gboolean
places_are_valid (const char * const  *places,
                  const char          *what,
                  GError             **error)
{
  for (guint i = 0; places[i] != NULL; i++)
    {
      if (!place_is_valid (places[i]))
        return nape_diary_invalid (error, _("“%s” is not a %s with a side, such as “occiput:left”"),
                        places[i], what);
    }

  return TRUE;
}

static gboolean
terms_are_valid (const char * const  *ids,
                 GError             **error)
{
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (!nape_diary_term_id_is_valid (ids[i]))
        return nape_diary_invalid (error, _("“%s” is not a valid symptom or trigger id"), ids[i]);
      for (guint j = 0; j < i; j++)
        if (strcmp (ids[i], ids[j]) == 0)
          return nape_diary_invalid (error, _("“%s” is listed twice"), ids[i]);
    }

  return TRUE;
}

static gboolean
check_entry (NapeDiary  *self,
             gpointer    entry,
             GError    **error)
{
  if (NAPE_IS_HEADACHE (entry))
    {
      NapeHeadache *headache = entry;
      GDateTime *start = nape_headache_get_start (headache);
      GDateTime *end = nape_headache_get_end (headache);

      if (start == NULL)
        return nape_diary_invalid (error, _("A headache needs a start time"));
      if (end != NULL && g_date_time_compare (end, start) < 0)
        return nape_diary_invalid (error, _("A headache cannot end before it starts"));
      if (nape_headache_get_side (headache) > (NAPE_SIDE_LEFT | NAPE_SIDE_CENTER | NAPE_SIDE_RIGHT))
        return nape_diary_invalid (error, _("Unknown side"));
      return terms_are_valid (nape_headache_get_symptoms (headache), error)
             && terms_are_valid (nape_headache_get_triggers (headache), error)
             && places_are_valid (nape_headache_get_areas (headache), _("pain area"), error);
    }
  else if (NAPE_IS_DRUG (entry))
    {
      const char *name = nape_drug_get_name (entry);

      if (name == NULL || *name == '\0')
        return nape_diary_invalid (error, _("A drug needs a name"));
      return TRUE;
    }
  else if (NAPE_IS_INTAKE (entry))
    {
      const char *drug = nape_intake_get_drug_uuid (entry);
      const char *headache = nape_intake_get_headache_uuid (entry);

      if (nape_intake_get_time (entry) == NULL)
        return nape_diary_invalid (error, _("An intake needs a time"));
      if (drug == NULL || !g_uuid_string_is_valid (drug))
        return nape_diary_invalid (error, _("An intake needs a drug"));
      if (headache != NULL && !g_uuid_string_is_valid (headache))
        return nape_diary_invalid (error, _("“%s” is not a UUID"), headache);
      return TRUE;
    }
  else if (NAPE_IS_MASSAGE_SESSION (entry))
    {
      const char *headache = nape_massage_session_get_headache_uuid (entry);

      if (nape_massage_session_get_start (entry) == NULL)
        return nape_diary_invalid (error, _("A massage session needs a start time"));
      if (headache != NULL && !g_uuid_string_is_valid (headache))
        return nape_diary_invalid (error, _("“%s” is not a UUID"), headache);
      return places_are_valid (nape_massage_session_get_zones (entry), _("zone"), error);
    }
  else if (NAPE_IS_DAY_FACTORS (entry))
    {
      GDate date;

      if (!parse_date (nape_day_factors_get_date (entry), &date))
        return nape_diary_invalid (error, _("A day record needs a date as YYYY-MM-DD"));
      /* A record of the year 9999 would sit above today for ever. */
      if (!nape_diary_date_is_plausible (&date))
        return nape_diary_invalid (error, _("“%s” is not a day from %d to now"),
                                   nape_day_factors_get_date (entry), NAPE_DIARY_EARLIEST_YEAR);
      return TRUE;
    }
  else if (NAPE_IS_ROUTINE (entry))
    {
      /* Only from an import: the editor saves through nape_diary_save_routine(). */
      return nape_diary_check_routine (self, entry, error);
    }

  g_return_val_if_reached (FALSE);
}

/* ------------------------------------------------------------------ */
/* Writing entries (inside a transaction)                              */

static gint64
lookup_id (NapeDiary  *self,
           const char *sql,
           const char *uuid)
{
  sqlite3_stmt *stmt = nape_diary_statement (self, sql, NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;

  bind_text (stmt, 1, uuid);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

static const char sql_headache_id[] = "SELECT id FROM headache WHERE uuid = ?1";
static const char sql_drug_id[] = "SELECT id FROM drug WHERE uuid = ?1";

/* Replaces the child rows of one entry: "DELETE … WHERE parent = ?1" then
 * one "INSERT … (parent, position, value)" per item. */
static gboolean
write_list (NapeDiary          *self,
            const char         *delete_sql,
            const char         *insert_sql,
            gint64              parent,
            const char * const *items,
            gboolean            split_side,
            GError            **error)
{
  sqlite3_stmt *stmt = nape_diary_statement (self, delete_sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, parent);
  if (!nape_diary_step_done (self, stmt, "saving a list", error))
    return FALSE;

  for (guint i = 0; items[i] != NULL; i++)
    {
      stmt = nape_diary_statement (self, insert_sql, error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, parent);
      sqlite3_bind_int (stmt, 2, i);
      if (split_side)
        {
          const char *colon = strrchr (items[i], ':');

          sqlite3_bind_text (stmt, 3, items[i], colon - items[i], SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 4, colon + 1, -1, SQLITE_TRANSIENT);
        }
      else
        {
          bind_text (stmt, 3, items[i]);
        }

      if (!nape_diary_step_done (self, stmt, "saving a list", error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_headache (NapeDiary     *self,
                NapeHeadache  *headache,
                GError       **error)
{
  static const char sql[] =
    "INSERT INTO headache (uuid, start_time, start_offset, end_time, end_offset,"
    "                      entered_live, peak_intensity, kind, side, quality, aura, notes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
    " ON CONFLICT (uuid) DO UPDATE SET"
    "  start_time = excluded.start_time, start_offset = excluded.start_offset,"
    "  end_time = excluded.end_time, end_offset = excluded.end_offset,"
    "  entered_live = excluded.entered_live, peak_intensity = excluded.peak_intensity,"
    "  kind = excluded.kind, side = excluded.side, quality = excluded.quality,"
    "  aura = excluded.aura, notes = excluded.notes"
    " RETURNING id";
  static const char sql_delete_intensity[] = "DELETE FROM headache_intensity WHERE headache_id = ?1";
  static const char sql_insert_intensity[] =
    "INSERT INTO headache_intensity (headache_id, time, utc_offset, intensity) VALUES (?1, ?2, ?3, ?4)";
  static const char sql_delete_days[] = "DELETE FROM headache_day WHERE headache_id = ?1";
  static const char sql_insert_day[] =
    "INSERT INTO headache_day (day, headache_id, migraine) VALUES (?1, ?2, ?3)";
  sqlite3_stmt *stmt;
  GDateTime *start = nape_headache_get_start (headache);
  GDateTime *end = nape_headache_get_end (headache);
  const NapeIntensitySample *samples;
  guint n_samples;
  gint64 id;
  int rc;
  GDate day, last;

  if (!(stmt = nape_diary_statement (self, sql, error)))
    return FALSE;

  bind_text (stmt, 1, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  bind_time (stmt, 2, start);
  bind_time (stmt, 4, end);
  sqlite3_bind_int (stmt, 6, nape_headache_get_entered_live (headache));
  bind_known_int (stmt, 7, nape_headache_get_peak_intensity (headache));
  bind_text (stmt, 8, nape_headache_kind_to_string (nape_headache_get_kind (headache)));
  sqlite3_bind_int (stmt, 9, nape_headache_get_side (headache));
  bind_text (stmt, 10, nape_headache_quality_to_string (nape_headache_get_quality (headache)));
  sqlite3_bind_int (stmt, 11, nape_headache_get_aura (headache));
  bind_text (stmt, 12, nape_headache_get_notes (headache));

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return nape_diary_sqlite_error (self->db, rc, "saving a headache", error);
    }
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  if (!write_list (self, "DELETE FROM headache_symptom WHERE headache_id = ?1",
                   "INSERT INTO headache_symptom (headache_id, position, symptom) VALUES (?1, ?2, ?3)",
                   id, nape_headache_get_symptoms (headache), FALSE, error)
      || !write_list (self, "DELETE FROM headache_trigger WHERE headache_id = ?1",
                      "INSERT INTO headache_trigger (headache_id, position, trigger_id) VALUES (?1, ?2, ?3)",
                      id, nape_headache_get_triggers (headache), FALSE, error)
      || !write_list (self, "DELETE FROM headache_area WHERE headache_id = ?1",
                      "INSERT INTO headache_area (headache_id, position, area, side) VALUES (?1, ?2, ?3, ?4)",
                      id, nape_headache_get_areas (headache), TRUE, error))
    {
      if (error != NULL && *error != NULL && (*error)->code == NAPE_DIARY_ERROR_INVALID)
        g_prefix_error (error, _("Unknown symptom or trigger: "));
      return FALSE;
    }

  if (!(stmt = nape_diary_statement (self, sql_delete_intensity, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nape_diary_step_done (self, stmt, "saving a headache", error))
    return FALSE;

  samples = nape_headache_get_intensities (headache, &n_samples);
  for (guint i = 0; i < n_samples; i++)
    {
      if (!(stmt = nape_diary_statement (self, sql_insert_intensity, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, samples[i].time);
      sqlite3_bind_int (stmt, 3, samples[i].utc_offset);
      sqlite3_bind_int (stmt, 4, samples[i].intensity);
      if (!nape_diary_step_done (self, stmt, "saving a headache", error))
        return FALSE;
    }

  /* Every local day the headache covers; one still going covers its first
   * day here, and the counting code extends it to today. */
  if (!(stmt = nape_diary_statement (self, sql_delete_days, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!nape_diary_step_done (self, stmt, "saving a headache", error))
    return FALSE;

  {
    int first = nape_diary_local_day (g_date_time_to_unix (start),
                                      g_date_time_get_utc_offset (start) / G_TIME_SPAN_SECOND);
    int final = end == NULL ? first
                            : nape_diary_local_day (g_date_time_to_unix (end),
                                                    g_date_time_get_utc_offset (end) / G_TIME_SPAN_SECOND);

    nape_diary_date_from_day (first, &day);
    nape_diary_date_from_day (final, &last);
  }

  /* A headache that started before the diary's clock went back can end on
   * an earlier local day than it began; it still covers its first day. */
  do
    {
      if (!(stmt = nape_diary_statement (self, sql_insert_day, error)))
        return FALSE;
      sqlite3_bind_int (stmt, 1, nape_diary_day_from_date (&day));
      sqlite3_bind_int64 (stmt, 2, id);
      sqlite3_bind_int (stmt, 3, nape_headache_get_kind (headache) == NAPE_HEADACHE_KIND_MIGRAINE
                                 || nape_headache_get_aura (headache));
      if (!nape_diary_step_done (self, stmt, "saving a headache", error))
        return FALSE;
      g_date_add_days (&day, 1);
    }
  while (g_date_compare (&day, &last) <= 0);

  return TRUE;
}

static gboolean
write_drug (NapeDiary  *self,
            NapeDrug   *drug,
            GError    **error)
{
  static const char sql[] =
    "INSERT INTO drug (uuid, name, overuse_class, preventive, unit) VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, overuse_class = excluded.overuse_class,"
    "  preventive = excluded.preventive, unit = excluded.unit";
  sqlite3_stmt *stmt = nape_diary_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  bind_text (stmt, 2, nape_drug_get_name (drug));
  bind_text (stmt, 3, nape_overuse_class_to_string (nape_drug_get_overuse_class (drug)));
  sqlite3_bind_int (stmt, 4, nape_drug_get_preventive (drug));
  bind_text (stmt, 5, nape_drug_get_unit (drug));

  return nape_diary_step_done (self, stmt, "saving a drug", error);
}

static gboolean
write_intake (NapeDiary   *self,
              NapeIntake  *intake,
              GError     **error)
{
  static const char sql[] =
    "INSERT INTO intake (uuid, drug_id, headache_id, time, utc_offset, day, dose, unit, effect, notes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    " ON CONFLICT (uuid) DO UPDATE SET drug_id = excluded.drug_id,"
    "  headache_id = excluded.headache_id, time = excluded.time, utc_offset = excluded.utc_offset,"
    "  day = excluded.day, dose = excluded.dose, unit = excluded.unit, effect = excluded.effect,"
    "  notes = excluded.notes";
  sqlite3_stmt *stmt;
  GDateTime *time = nape_intake_get_time (intake);
  const char *headache_uuid = nape_intake_get_headache_uuid (intake);
  gint64 drug_id, headache_id = 0;

  drug_id = lookup_id (self, sql_drug_id, nape_intake_get_drug_uuid (intake));
  if (drug_id == 0)
    return nape_diary_invalid (error, _("The diary has no drug %s"), nape_intake_get_drug_uuid (intake));
  if (headache_uuid != NULL && (headache_id = lookup_id (self, sql_headache_id, headache_uuid)) == 0)
    return nape_diary_invalid (error, _("The diary has no headache %s"), headache_uuid);

  if (!(stmt = nape_diary_statement (self, sql, error)))
    return FALSE;

  bind_text (stmt, 1, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
  sqlite3_bind_int64 (stmt, 2, drug_id);
  if (headache_id != 0)
    sqlite3_bind_int64 (stmt, 3, headache_id);
  bind_time (stmt, 4, time);
  sqlite3_bind_int (stmt, 6, nape_diary_local_day (g_date_time_to_unix (time),
                                                   g_date_time_get_utc_offset (time) / G_TIME_SPAN_SECOND));
  if (nape_intake_get_dose (intake) > 0)
    sqlite3_bind_double (stmt, 7, nape_intake_get_dose (intake));
  bind_text (stmt, 8, nape_intake_get_unit (intake));
  bind_known_int (stmt, 9, nape_intake_get_effect (intake));
  bind_text (stmt, 10, nape_intake_get_notes (intake));

  return nape_diary_step_done (self, stmt, "saving an intake", error);
}

static gboolean
write_massage_session (NapeDiary           *self,
                       NapeMassageSession  *session,
                       GError             **error)
{
  static const char sql[] =
    "INSERT INTO massage_session (uuid, start_time, start_offset, routine_id, steps_done, duration,"
    "                             pain_before, pain_after, helped_step, headache_id, notes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    " ON CONFLICT (uuid) DO UPDATE SET start_time = excluded.start_time,"
    "  start_offset = excluded.start_offset, routine_id = excluded.routine_id,"
    "  steps_done = excluded.steps_done, duration = excluded.duration,"
    "  pain_before = excluded.pain_before, pain_after = excluded.pain_after,"
    "  helped_step = excluded.helped_step, headache_id = excluded.headache_id, notes = excluded.notes"
    " RETURNING id";
  sqlite3_stmt *stmt;
  const char *headache_uuid = nape_massage_session_get_headache_uuid (session);
  gint64 headache_id = 0, id;
  int rc;

  if (headache_uuid != NULL && (headache_id = lookup_id (self, sql_headache_id, headache_uuid)) == 0)
    return nape_diary_invalid (error, _("The diary has no headache %s"), headache_uuid);

  if (!(stmt = nape_diary_statement (self, sql, error)))
    return FALSE;

  bind_text (stmt, 1, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
  bind_time (stmt, 2, nape_massage_session_get_start (session));
  bind_text (stmt, 4, nape_massage_session_get_routine_id (session));
  sqlite3_bind_int (stmt, 5, nape_massage_session_get_steps_done (session));
  sqlite3_bind_int (stmt, 6, nape_massage_session_get_duration (session));
  bind_known_int (stmt, 7, nape_massage_session_get_pain_before (session));
  bind_known_int (stmt, 8, nape_massage_session_get_pain_after (session));
  bind_known_int (stmt, 9, nape_massage_session_get_helped_step (session));
  if (headache_id != 0)
    sqlite3_bind_int64 (stmt, 10, headache_id);
  bind_text (stmt, 11, nape_massage_session_get_notes (session));

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return nape_diary_sqlite_error (self->db, rc, "saving a massage session", error);
    }
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return write_list (self, "DELETE FROM massage_session_zone WHERE session_id = ?1",
                     "INSERT INTO massage_session_zone (session_id, position, zone, side) VALUES (?1, ?2, ?3, ?4)",
                     id, nape_massage_session_get_zones (session), TRUE, error);
}

static gboolean
write_day_factors (NapeDiary       *self,
                   NapeDayFactors  *day,
                   GError         **error)
{
  static const char sql[] =
    "INSERT INTO day_factors (uuid, date, sleep_hours, stress, missed_work, reduced_work,"
    "                         missed_home, reduced_home, missed_social, notes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    " ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, sleep_hours = excluded.sleep_hours,"
    "  stress = excluded.stress, missed_work = excluded.missed_work,"
    "  reduced_work = excluded.reduced_work, missed_home = excluded.missed_home,"
    "  reduced_home = excluded.reduced_home, missed_social = excluded.missed_social,"
    "  notes = excluded.notes";
  sqlite3_stmt *stmt = nape_diary_statement (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (day)));
  bind_text (stmt, 2, nape_day_factors_get_date (day));
  if (nape_day_factors_get_sleep_hours (day) >= 0)
    sqlite3_bind_double (stmt, 3, nape_day_factors_get_sleep_hours (day));
  bind_known_int (stmt, 4, nape_day_factors_get_stress (day));
  sqlite3_bind_int (stmt, 5, nape_day_factors_get_missed_work (day));
  sqlite3_bind_int (stmt, 6, nape_day_factors_get_reduced_work (day));
  sqlite3_bind_int (stmt, 7, nape_day_factors_get_missed_home (day));
  sqlite3_bind_int (stmt, 8, nape_day_factors_get_reduced_home (day));
  sqlite3_bind_int (stmt, 9, nape_day_factors_get_missed_social (day));
  bind_text (stmt, 10, nape_day_factors_get_notes (day));

  if (!nape_diary_step_done (self, stmt, "saving a day record", error))
    {
      if (error != NULL && *error != NULL && (*error)->code == NAPE_DIARY_ERROR_INVALID)
        {
          g_clear_error (error);
          return nape_diary_invalid (error, _("The diary already has a record for %s"),
                          nape_day_factors_get_date (day));
        }
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_entry (NapeDiary  *self,
             gpointer    entry,
             GError    **error)
{
  if (NAPE_IS_HEADACHE (entry))
    return write_headache (self, entry, error);
  if (NAPE_IS_DRUG (entry))
    return write_drug (self, entry, error);
  if (NAPE_IS_INTAKE (entry))
    return write_intake (self, entry, error);
  if (NAPE_IS_MASSAGE_SESSION (entry))
    return write_massage_session (self, entry, error);
  if (NAPE_IS_DAY_FACTORS (entry))
    return write_day_factors (self, entry, error);
  if (NAPE_IS_ROUTINE (entry))
    return nape_diary_write_routine (self, entry, error);

  g_return_val_if_reached (FALSE);
}

/* ------------------------------------------------------------------ */
/* Reading entries                                                     */

/* Sets a string list on every object of a run of (parent id, value[, side])
 * rows ordered by parent id and position. */
typedef void (*SetListFunc) (gpointer            object,
                             const char * const *items);

static gboolean
read_lists (NapeDiary   *self,
            const char  *sql,
            gint64       only_parent,
            GHashTable  *objects,
            gboolean     with_side,
            SetListFunc  set_list,
            GError     **error)
{
  sqlite3_stmt *stmt = nape_diary_statement (self, sql, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  gint64 current = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (only_parent != 0)
    sqlite3_bind_int64 (stmt, 1, only_parent);

  for (;;)
    {
      gint64 parent = 0;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        parent = sqlite3_column_int64 (stmt, 0);

      if (parent != current && current != 0)
        {
          gpointer object = g_hash_table_lookup (objects, GSIZE_TO_POINTER ((gsize) current));

          g_ptr_array_add (items, NULL);
          if (object != NULL)
            set_list (object, (const char * const *) items->pdata);
          g_ptr_array_set_size (items, 0);
        }
      if (rc != SQLITE_ROW)
        break;

      current = parent;
      if (with_side)
        g_ptr_array_add (items, g_strdup_printf ("%s:%s", column_text (stmt, 1), column_text (stmt, 2)));
      else
        g_ptr_array_add (items, g_strdup (column_text (stmt, 1)));
    }

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return nape_diary_sqlite_error (self->db, rc, "reading the diary", error);

  return TRUE;
}

/* Every headache, or the one with @uuid, oldest first. */
static GPtrArray *
read_headaches (NapeDiary   *self,
                const char  *uuid,
                GError     **error)
{
  static const char sql_all[] =
    "SELECT id, uuid, start_time, start_offset, end_time, end_offset, entered_live,"
    "       peak_intensity, kind, side, quality, aura, notes"
    "  FROM headache ORDER BY start_time, uuid";
  static const char sql_one[] =
    "SELECT id, uuid, start_time, start_offset, end_time, end_offset, entered_live,"
    "       peak_intensity, kind, side, quality, aura, notes"
    "  FROM headache WHERE uuid = ?1";
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  gint64 only = 0;
  int rc;

  if (!(stmt = nape_diary_statement (self, uuid != NULL ? sql_one : sql_all, error)))
    return NULL;
  if (uuid != NULL)
    bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeHeadache *headache = nape_headache_new_with_uuid (column_text (stmt, 1));
      g_autoptr(GDateTime) start = column_time (stmt, 2);
      g_autoptr(GDateTime) end = column_time (stmt, 4);
      NapeHeadacheKind kind = NAPE_HEADACHE_KIND_UNKNOWN;
      NapeHeadacheQuality quality = NAPE_HEADACHE_QUALITY_UNKNOWN;

      only = sqlite3_column_int64 (stmt, 0);
      nape_headache_kind_from_string (column_text (stmt, 8), &kind);
      nape_headache_quality_from_string (column_text (stmt, 10), &quality);

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, end);
      nape_headache_set_entered_live (headache, sqlite3_column_int (stmt, 6));
      nape_headache_set_peak_intensity (headache, column_known_int (stmt, 7));
      nape_headache_set_kind (headache, kind);
      nape_headache_set_side (headache, sqlite3_column_int (stmt, 9));
      nape_headache_set_quality (headache, quality);
      nape_headache_set_aura (headache, sqlite3_column_int (stmt, 11));
      nape_headache_set_notes (headache, column_text (stmt, 12));

      g_hash_table_insert (by_id, GSIZE_TO_POINTER ((gsize) only), headache);
      g_ptr_array_add (result, headache);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading headaches", error);
      return NULL;
    }
  if (result->len == 0)
    return g_steal_pointer (&result);
  if (uuid == NULL)
    only = 0;

#define LIST_SQL(table, columns, parent) \
  (only != 0 ? "SELECT " parent ", " columns " FROM " table " WHERE " parent " = ?1 ORDER BY position" \
             : "SELECT " parent ", " columns " FROM " table " ORDER BY " parent ", position")

  if (!read_lists (self, LIST_SQL ("headache_symptom", "symptom", "headache_id"), only, by_id, FALSE,
                   (SetListFunc) nape_headache_set_symptoms, error)
      || !read_lists (self, LIST_SQL ("headache_trigger", "trigger_id", "headache_id"), only, by_id, FALSE,
                      (SetListFunc) nape_headache_set_triggers, error)
      || !read_lists (self, LIST_SQL ("headache_area", "area, side", "headache_id"), only, by_id, TRUE,
                      (SetListFunc) nape_headache_set_areas, error))
    return NULL;

  if (!(stmt = nape_diary_statement (self,
                                     only != 0
                                     ? "SELECT headache_id, time, utc_offset, intensity FROM headache_intensity"
                                       " WHERE headache_id = ?1 ORDER BY time"
                                     : "SELECT headache_id, time, utc_offset, intensity FROM headache_intensity"
                                       " ORDER BY headache_id, time",
                                     error)))
    return NULL;
  if (only != 0)
    sqlite3_bind_int64 (stmt, 1, only);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeHeadache *headache = g_hash_table_lookup (by_id, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)));
      g_autoptr(GDateTime) when = column_time (stmt, 1);

      if (headache != NULL && when != NULL)
        nape_headache_add_intensity (headache, when, CLAMP (sqlite3_column_int (stmt, 3), 0, 10));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading headaches", error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

static GPtrArray *
read_drugs (NapeDiary   *self,
            const char  *uuid,
            GError     **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = nape_diary_statement (self,
                                     uuid != NULL
                                     ? "SELECT uuid, name, overuse_class, preventive, unit FROM drug WHERE uuid = ?1"
                                     : "SELECT uuid, name, overuse_class, preventive, unit FROM drug ORDER BY name, uuid",
                                     error)))
    return NULL;
  if (uuid != NULL)
    bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeDrug *drug = nape_drug_new_with_uuid (column_text (stmt, 0));
      NapeOveruseClass klass = NAPE_OVERUSE_CLASS_OTHER;

      nape_overuse_class_from_string (column_text (stmt, 2), &klass);
      nape_drug_set_name (drug, column_text (stmt, 1));
      nape_drug_set_overuse_class (drug, klass);
      nape_drug_set_preventive (drug, sqlite3_column_int (stmt, 3));
      nape_drug_set_unit (drug, column_text (stmt, 4));
      g_ptr_array_add (result, drug);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading drugs", error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

static GPtrArray *
read_intakes (NapeDiary   *self,
              const char  *uuid,
              GError     **error)
{
#define INTAKE_COLUMNS \
  "SELECT i.uuid, d.uuid, h.uuid, i.time, i.utc_offset, i.dose, i.unit, i.effect, i.notes" \
  "  FROM intake i JOIN drug d ON d.id = i.drug_id LEFT JOIN headache h ON h.id = i.headache_id"
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = nape_diary_statement (self,
                                     uuid != NULL ? INTAKE_COLUMNS " WHERE i.uuid = ?1"
                                                  : INTAKE_COLUMNS " ORDER BY i.time, i.uuid",
                                     error)))
    return NULL;
  if (uuid != NULL)
    bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeIntake *intake = nape_intake_new_with_uuid (column_text (stmt, 0));
      g_autoptr(GDateTime) time = column_time (stmt, 3);

      nape_intake_set_drug_uuid (intake, column_text (stmt, 1));
      nape_intake_set_headache_uuid (intake, column_text (stmt, 2));
      nape_intake_set_time (intake, time);
      if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
        nape_intake_set_dose (intake, MAX (0, sqlite3_column_double (stmt, 5)));
      nape_intake_set_unit (intake, column_text (stmt, 6));
      nape_intake_set_effect (intake, CLAMP (column_known_int (stmt, 7), -1, 3));
      nape_intake_set_notes (intake, column_text (stmt, 8));
      g_ptr_array_add (result, intake);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading intakes", error);
      return NULL;
    }

  return g_steal_pointer (&result);
#undef INTAKE_COLUMNS
}

static GPtrArray *
read_massage_sessions (NapeDiary   *self,
                       const char  *uuid,
                       GError     **error)
{
#define SESSION_COLUMNS \
  "SELECT s.id, s.uuid, s.start_time, s.start_offset, s.routine_id, s.steps_done, s.duration," \
  "       s.pain_before, s.pain_after, s.helped_step, h.uuid, s.notes" \
  "  FROM massage_session s LEFT JOIN headache h ON h.id = s.headache_id"
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  gint64 only = 0;
  int rc;

  if (!(stmt = nape_diary_statement (self,
                                     uuid != NULL ? SESSION_COLUMNS " WHERE s.uuid = ?1"
                                                  : SESSION_COLUMNS " ORDER BY s.start_time, s.uuid",
                                     error)))
    return NULL;
  if (uuid != NULL)
    bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeMassageSession *session = nape_massage_session_new_with_uuid (column_text (stmt, 1));
      g_autoptr(GDateTime) start = column_time (stmt, 2);

      only = sqlite3_column_int64 (stmt, 0);
      nape_massage_session_set_start (session, start);
      nape_massage_session_set_routine_id (session, column_text (stmt, 4));
      nape_massage_session_set_steps_done (session, MAX (0, sqlite3_column_int (stmt, 5)));
      nape_massage_session_set_duration (session, MAX (0, sqlite3_column_int (stmt, 6)));
      nape_massage_session_set_pain_before (session, CLAMP (column_known_int (stmt, 7), -1, 10));
      nape_massage_session_set_pain_after (session, CLAMP (column_known_int (stmt, 8), -1, 10));
      nape_massage_session_set_helped_step (session, MAX (-1, column_known_int (stmt, 9)));
      nape_massage_session_set_headache_uuid (session, column_text (stmt, 10));
      nape_massage_session_set_notes (session, column_text (stmt, 11));
      g_hash_table_insert (by_id, GSIZE_TO_POINTER ((gsize) only), session);
      g_ptr_array_add (result, session);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading massage sessions", error);
      return NULL;
    }
  if (result->len == 0)
    return g_steal_pointer (&result);
  if (uuid == NULL)
    only = 0;

  if (!read_lists (self, LIST_SQL ("massage_session_zone", "zone, side", "session_id"), only, by_id, TRUE,
                   (SetListFunc) nape_massage_session_set_zones, error))
    return NULL;

  return g_steal_pointer (&result);
#undef SESSION_COLUMNS
}

static GPtrArray *
read_day_factors (NapeDiary   *self,
                  const char  *uuid,
                  const char  *date,
                  GError     **error)
{
#define DAY_COLUMNS \
  "SELECT uuid, date, sleep_hours, stress, missed_work, reduced_work, missed_home," \
  "       reduced_home, missed_social, notes FROM day_factors"
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  if (!(stmt = nape_diary_statement (self,
                                     uuid != NULL ? DAY_COLUMNS " WHERE uuid = ?1"
                                     : date != NULL ? DAY_COLUMNS " WHERE date = ?1"
                                     : DAY_COLUMNS " ORDER BY date",
                                     error)))
    return NULL;
  if (uuid != NULL || date != NULL)
    bind_text (stmt, 1, uuid != NULL ? uuid : date);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeDayFactors *day = nape_day_factors_new_with_uuid (column_text (stmt, 0));

      nape_day_factors_set_date (day, column_text (stmt, 1));
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        nape_day_factors_set_sleep_hours (day, CLAMP (sqlite3_column_double (stmt, 2), 0, 24));
      nape_day_factors_set_stress (day, CLAMP (column_known_int (stmt, 3), -1, 3));
      nape_day_factors_set_missed_work (day, sqlite3_column_int (stmt, 4));
      nape_day_factors_set_reduced_work (day, sqlite3_column_int (stmt, 5));
      nape_day_factors_set_missed_home (day, sqlite3_column_int (stmt, 6));
      nape_day_factors_set_reduced_home (day, sqlite3_column_int (stmt, 7));
      nape_day_factors_set_missed_social (day, sqlite3_column_int (stmt, 8));
      nape_day_factors_set_notes (day, column_text (stmt, 9));
      g_ptr_array_add (result, day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading day records", error);
      return NULL;
    }

  return g_steal_pointer (&result);
#undef DAY_COLUMNS
}

static GPtrArray *
read_entries (NapeDiary   *self,
              GType        type,
              const char  *uuid,
              GError     **error)
{
  if (type == NAPE_TYPE_HEADACHE)
    return read_headaches (self, uuid, error);
  if (type == NAPE_TYPE_DRUG)
    return read_drugs (self, uuid, error);
  if (type == NAPE_TYPE_INTAKE)
    return read_intakes (self, uuid, error);
  if (type == NAPE_TYPE_MASSAGE_SESSION)
    return read_massage_sessions (self, uuid, error);
  if (type == NAPE_TYPE_DAY_FACTORS)
    return read_day_factors (self, uuid, NULL, error);

  g_return_val_if_reached (NULL);
}

static GPtrArray *
read_user_terms (NapeDiary      *self,
                 NapeDiaryTerm   term,
                 GError        **error)
{
  static const char *sql[] = {
    "SELECT id, label FROM symptom_term WHERE builtin = 0 ORDER BY rowid",
    "SELECT id, label FROM trigger_term WHERE builtin = 0 ORDER BY rowid",
  };
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) nape_diary_term_def_free);
  sqlite3_stmt *stmt = nape_diary_statement (self, sql[term], error);
  int rc;

  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, nape_diary_term_def_new (column_text (stmt, 0), column_text (stmt, 1), 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading lists", error);
      return NULL;
    }

  return g_steal_pointer (&result);
}

NapeDiaryTermDef *
nape_diary_term_def_new (const char *id,
                         const char *label,
                         guint       line)
{
  NapeDiaryTermDef *def = g_new0 (NapeDiaryTermDef, 1);

  def->id = g_strdup (id);
  def->label = g_strdup (label);
  def->line = line;
  return def;
}

void
nape_diary_term_def_free (NapeDiaryTermDef *def)
{
  g_free (def->id);
  g_free (def->label);
  g_free (def);
}

NapeDiaryContents *
nape_diary_contents_new (void)
{
  NapeDiaryContents *contents = g_new0 (NapeDiaryContents, 1);

  contents->symptoms = g_ptr_array_new_with_free_func ((GDestroyNotify) nape_diary_term_def_free);
  contents->triggers = g_ptr_array_new_with_free_func ((GDestroyNotify) nape_diary_term_def_free);
  contents->drugs = g_ptr_array_new_with_free_func (g_object_unref);
  contents->headaches = g_ptr_array_new_with_free_func (g_object_unref);
  contents->intakes = g_ptr_array_new_with_free_func (g_object_unref);
  contents->massage_sessions = g_ptr_array_new_with_free_func (g_object_unref);
  contents->day_factors = g_ptr_array_new_with_free_func (g_object_unref);
  contents->routines = g_ptr_array_new_with_free_func (g_object_unref);
  return contents;
}

void
nape_diary_contents_free (NapeDiaryContents *contents)
{
  g_clear_pointer (&contents->symptoms, g_ptr_array_unref);
  g_clear_pointer (&contents->triggers, g_ptr_array_unref);
  g_clear_pointer (&contents->drugs, g_ptr_array_unref);
  g_clear_pointer (&contents->headaches, g_ptr_array_unref);
  g_clear_pointer (&contents->intakes, g_ptr_array_unref);
  g_clear_pointer (&contents->massage_sessions, g_ptr_array_unref);
  g_clear_pointer (&contents->day_factors, g_ptr_array_unref);
  g_clear_pointer (&contents->routines, g_ptr_array_unref);
  g_free (contents);
}

/* Everything, in one read transaction so that it is consistent. */
NapeDiaryContents *
nape_diary_read_contents (NapeDiary  *self,
                          GError    **error)
{
  NapeDiaryContents *contents = g_new0 (NapeDiaryContents, 1);
  gboolean ok;

  if (!nape_diary_exec (self->db, "BEGIN", error))
    {
      g_free (contents);
      return NULL;
    }

  ok = (contents->symptoms = read_user_terms (self, NAPE_DIARY_TERM_SYMPTOM, error)) != NULL
       && (contents->triggers = read_user_terms (self, NAPE_DIARY_TERM_TRIGGER, error)) != NULL
       && (contents->drugs = read_drugs (self, NULL, error)) != NULL
       && (contents->headaches = read_headaches (self, NULL, error)) != NULL
       && (contents->intakes = read_intakes (self, NULL, error)) != NULL
       && (contents->massage_sessions = read_massage_sessions (self, NULL, error)) != NULL
       && (contents->day_factors = read_day_factors (self, NULL, NULL, error)) != NULL
       && (contents->routines = nape_diary_read_routines (self, error)) != NULL;

  nape_diary_exec (self->db, "COMMIT", NULL);

  if (!ok)
    {
      nape_diary_contents_free (contents);
      return NULL;
    }

  return contents;
}

gboolean
nape_diary_has_uuid (NapeDiary  *self,
                     GType       entry_type,
                     const char *uuid)
{
  const char *sql;

  if (entry_type == NAPE_TYPE_HEADACHE)
    sql = sql_headache_id;
  else if (entry_type == NAPE_TYPE_DRUG)
    sql = sql_drug_id;
  else if (entry_type == NAPE_TYPE_INTAKE)
    sql = "SELECT id FROM intake WHERE uuid = ?1";
  else if (entry_type == NAPE_TYPE_MASSAGE_SESSION)
    sql = "SELECT id FROM massage_session WHERE uuid = ?1";
  else if (entry_type == NAPE_TYPE_DAY_FACTORS)
    sql = "SELECT id FROM day_factors WHERE uuid = ?1";
  else if (entry_type == NAPE_TYPE_ROUTINE)
    sql = "SELECT 1 FROM routine WHERE uuid = ?1";
  else
    g_return_val_if_reached (FALSE);

  return lookup_id (self, sql, uuid) != 0;
}

/* ------------------------------------------------------------------ */
/* Models                                                              */

static GDateTime *
entry_time (gpointer entry)
{
  if (NAPE_IS_HEADACHE (entry))
    return nape_headache_get_start (entry);
  if (NAPE_IS_INTAKE (entry))
    return nape_intake_get_time (entry);
  if (NAPE_IS_MASSAGE_SESSION (entry))
    return nape_massage_session_get_start (entry);
  return NULL;
}

/* Latest first; ties by UUID so the order is stable. */
static int
compare_latest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 ta = g_date_time_to_unix (entry_time ((gpointer) a));
  gint64 tb = g_date_time_to_unix (entry_time ((gpointer) b));

  if (ta != tb)
    return ta < tb ? 1 : -1;
  return -strcmp (nape_diary_entry_get_uuid ((NapeDiaryEntry *) a), nape_diary_entry_get_uuid ((NapeDiaryEntry *) b));
}

static int
compare_drugs (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int c = g_utf8_collate (nape_drug_get_name ((NapeDrug *) a), nape_drug_get_name ((NapeDrug *) b));

  return c != 0 ? c : strcmp (nape_diary_entry_get_uuid ((NapeDiaryEntry *) a), nape_diary_entry_get_uuid ((NapeDiaryEntry *) b));
}

static int
compare_days (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return -strcmp (nape_day_factors_get_date ((NapeDayFactors *) a),
                  nape_day_factors_get_date ((NapeDayFactors *) b));
}

/* g_ptr_array_sort_with_data() passes pointers to the elements. */
static int
compare_indirect (gconstpointer a,
                  gconstpointer b,
                  gpointer      compare)
{
  return ((GCompareDataFunc) compare) (*(gpointer const *) a, *(gpointer const *) b, NULL);
}

static GListStore **
store_for_type (NapeDiary *self,
                GType      type)
{
  if (type == NAPE_TYPE_HEADACHE)
    return &self->headaches;
  if (type == NAPE_TYPE_DRUG)
    return &self->drugs;
  if (type == NAPE_TYPE_INTAKE)
    return &self->intakes;
  if (type == NAPE_TYPE_MASSAGE_SESSION)
    return &self->massage_sessions;
  if (type == NAPE_TYPE_DAY_FACTORS)
    return &self->day_factors;
  return NULL;
}

static GCompareDataFunc
compare_for_type (GType type)
{
  if (type == NAPE_TYPE_DRUG)
    return compare_drugs;
  if (type == NAPE_TYPE_DAY_FACTORS)
    return compare_days;
  return compare_latest_first;
}

/* Each store carries an index from UUID to its item (the key is the item's
 * own UUID string, so an item leaves the index before it leaves the store). */
static GHashTable *
store_index (GListStore *store)
{
  return g_object_get_data (G_OBJECT (store), "nape-diary-uuid-index");
}

static void
fill_store (NapeDiary  *self,
            GListStore *store,
            GType       type)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = read_entries (self, type, NULL, &error);
  GHashTable *index = store_index (store);

  g_hash_table_remove_all (index);

  if (entries == NULL)
    {
      g_warning ("Could not read the diary: %s", error->message);
      g_list_store_remove_all (store);
      return;
    }

  g_ptr_array_sort_with_data (entries, compare_indirect, compare_for_type (type));
  for (guint i = 0; i < entries->len; i++)
    g_hash_table_insert (index, (gpointer) nape_diary_entry_get_uuid (entries->pdata[i]), entries->pdata[i]);
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       entries->pdata, entries->len);
}

static GListModel *
get_model (NapeDiary *self,
           GType      type)
{
  GListStore **store = store_for_type (self, type);

  if (*store == NULL)
    {
      *store = g_list_store_new (type);
      g_object_set_data_full (G_OBJECT (*store), "nape-diary-uuid-index",
                              g_hash_table_new (g_str_hash, g_str_equal),
                              (GDestroyNotify) g_hash_table_unref);
      fill_store (self, *store, type);
    }

  return G_LIST_MODEL (*store);
}

static gboolean
find_in_store (GListStore *store,
               const char *uuid,
               guint      *position)
{
  gpointer item = g_hash_table_lookup (store_index (store), uuid);

  return item != NULL && g_list_store_find (store, item, position);
}

static void
model_remove (NapeDiary  *self,
              GType       type,
              const char *uuid)
{
  GListStore *store = *store_for_type (self, type);
  guint position;

  if (store != NULL && find_in_store (store, uuid, &position))
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (store), position);

      g_hash_table_remove (store_index (store), nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (old)));
      g_list_store_remove (store, position);
    }
}

static void
model_put (NapeDiary *self,
           gpointer   entry)
{
  GType type = G_OBJECT_TYPE (entry);
  GListStore *store = *store_for_type (self, type);

  if (store == NULL)
    return;

  model_remove (self, type, nape_diary_entry_get_uuid (entry));
  g_list_store_insert_sorted (store, entry, compare_for_type (type), NULL);
  g_hash_table_insert (store_index (store), (gpointer) nape_diary_entry_get_uuid (entry), entry);
}

/* After a headache is deleted, the intakes and sessions that referred to it
 * refer to nothing, in the database (ON DELETE SET NULL) and in the models. */
static void
model_forget_headache (NapeDiary  *self,
                       const char *uuid)
{
  if (self->intakes != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->intakes));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(NapeIntake) intake = g_list_model_get_item (G_LIST_MODEL (self->intakes), i);

          if (g_strcmp0 (nape_intake_get_headache_uuid (intake), uuid) == 0)
            nape_intake_set_headache_uuid (intake, NULL);
        }
    }

  if (self->massage_sessions != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->massage_sessions));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(NapeMassageSession) session = g_list_model_get_item (G_LIST_MODEL (self->massage_sessions), i);

          if (g_strcmp0 (nape_massage_session_get_headache_uuid (session), uuid) == 0)
            nape_massage_session_set_headache_uuid (session, NULL);
        }
    }
}

static void
reload_models (NapeDiary *self)
{
  GType all[] = {
    NAPE_TYPE_HEADACHE, NAPE_TYPE_DRUG, NAPE_TYPE_INTAKE, NAPE_TYPE_MASSAGE_SESSION, NAPE_TYPE_DAY_FACTORS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      GListStore *store = *store_for_type (self, all[i]);

      if (store != NULL)
        fill_store (self, store, all[i]);
    }
  nape_diary_reload_routines (self);
}

/* ------------------------------------------------------------------ */
/* Files, backups and recovery                                         */

static char *
resolve_path (const char *path)
{
  return path != NULL ? g_strdup (path) : nape_diary_get_default_path ();
}

static char *
backup_dir_for (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_prefix_for (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, "-", NULL);
}

static int
compare_strings_descending (gconstpointer a,
                            gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
nape_diary_list_backups (const char *path)
{
  g_autofree char *diary = resolve_path (path);
  g_autofree char *dir_name = backup_dir_for (diary);
  g_autofree char *prefix = backup_prefix_for (diary);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
            g_ptr_array_add (found, g_build_filename (dir_name, name, NULL));
        }
    }

  g_ptr_array_sort (found, compare_strings_descending);
  g_ptr_array_add (found, NULL);
  return (char **) g_ptr_array_steal (found, NULL);
}

static gboolean
copy_database (sqlite3     *source,
               const char  *target,
               GError     **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd, rc;

  /* 0600 from the first byte, and never over an existing file. */
  fd = g_open (target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                   _("Could not create %s: %s"), target, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (target, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      nape_diary_sqlite_error (dest, rc, "creating a backup", error);
      sqlite3_close (dest);
      return FALSE;
    }

  backup = sqlite3_backup_init (dest, "main", source, "main");
  if (backup == NULL)
    {
      nape_diary_sqlite_error (dest, sqlite3_errcode (dest), "creating a backup", error);
      sqlite3_close (dest);
      return FALSE;
    }

  do
    rc = sqlite3_backup_step (backup, -1);
  while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (dest, rc, "writing a backup", error);
      sqlite3_close (dest);
      g_unlink (target);
      return FALSE;
    }

  /* The copy says "WAL" like its source; a backup is one self-contained
   * file, so switch it back to a rollback journal. */
  if (!nape_diary_exec (dest, "PRAGMA journal_mode = DELETE", error))
    {
      sqlite3_close (dest);
      g_unlink (target);
      return FALSE;
    }

  sqlite3_close (dest);
  return TRUE;
}

static char *
make_backup (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autofree char *dir = backup_dir_for (path);
  g_autofree char *prefix = backup_prefix_for (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S-%f");
  g_auto(GStrv) backups = NULL;
  g_autofree char *partial = NULL;
  char *target = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                   _("Could not create %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  for (guint i = 0; target == NULL || g_file_test (target, G_FILE_TEST_EXISTS); i++)
    {
      g_autofree char *name = i == 0 ? g_strdup_printf ("%s%s.db", prefix, stamp)
                                     : g_strdup_printf ("%s%s-%u.db", prefix, stamp, i);

      g_free (target);
      target = g_build_filename (dir, name, NULL);
    }

  /* Written under another name and renamed, so that a crash never leaves
   * a half-written file that looks like a backup. */
  partial = g_strconcat (target, ".part", NULL);
  if (!copy_database (db, partial, error))
    {
      g_unlink (partial);
      g_free (target);
      return NULL;
    }
  if (g_rename (partial, target) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                   _("Could not write %s: %s"), target, g_strerror (saved_errno));
      g_unlink (partial);
      g_free (target);
      return NULL;
    }

  backups = nape_diary_list_backups (path);
  for (guint i = NAPE_DIARY_BACKUPS_KEPT; i < g_strv_length (backups); i++)
    g_unlink (backups[i]);

  return target;
}

static gboolean
backup_is_due (const char *path)
{
  g_auto(GStrv) backups = nape_diary_list_backups (path);
  GStatBuf st;

  if (backups[0] == NULL || g_stat (backups[0], &st) != 0)
    return TRUE;

  return (gint64) st.st_mtime + 24 * 60 * 60 <= g_get_real_time () / G_USEC_PER_SEC;
}

/* Moves PATH and its -wal and -shm files to PATH.broken-STAMP[-N], never
 * replacing anything. */
static char *
move_aside (const char  *path,
            GError     **error)
{
  static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *target = NULL;

  for (guint i = 0; target == NULL || g_file_test (target, G_FILE_TEST_EXISTS); i++)
    {
      g_free (target);
      target = i == 0 ? g_strdup_printf ("%s.broken-%s", path, stamp)
                      : g_strdup_printf ("%s.broken-%s-%u", path, stamp, i);
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from = g_strconcat (path, suffixes[i], NULL);
      g_autofree char *to = g_strconcat (target, suffixes[i], NULL);

      if (!g_file_test (from, G_FILE_TEST_EXISTS))
        continue;

      if (g_rename (from, to) != 0)
        {
          int saved_errno = errno;

          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                       _("Could not move %s aside: %s"), from, g_strerror (saved_errno));
          return NULL;
        }
    }

  return g_steal_pointer (&target);
}

static gboolean
quick_check (sqlite3     *db,
             const char  *pragma,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *problem = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return nape_diary_sqlite_error (db, rc, _("The diary cannot be read"), error);

  /* SQLite lists every broken page, each with the database's name first; the first
   * problem on one line is what a person can use, e.g. to report it. */
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row = (const char *) sqlite3_column_text (stmt, 0);

      if (problem == NULL && g_strcmp0 (row, "ok") != 0)
        {
          const char *last_line = strrchr (row, '\n');
          g_autofree char *line = g_utf8_make_valid (last_line != NULL ? last_line + 1 : row,
                                                     -1);
          g_autofree char *cut = NULL;

          if (g_utf8_strlen (line, -1) > 120)
            {
              cut = g_utf8_substring (line, 0, 119);
              problem = g_strconcat (cut, "…", NULL);
            }
          else
            problem = g_steal_pointer (&line);
        }
    }

  if (rc != SQLITE_DONE)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT,
                   _("The diary is damaged: %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  if (problem != NULL)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT,
                   _("The diary is damaged: %s"), problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
foreign_key_check (sqlite3     *db,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    return nape_diary_sqlite_error (db, rc, _("The diary cannot be read"), error);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT,
                   _("The diary is damaged: table %s refers to a missing row"),
                   sqlite3_column_text (stmt, 0));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return nape_diary_sqlite_error (db, rc, _("The diary cannot be read"), error);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
nape_diary_dispose (GObject *object)
{
  NapeDiary *self = (NapeDiary *) object;

  g_clear_object (&self->headaches);
  g_clear_object (&self->intakes);
  g_clear_object (&self->drugs);
  g_clear_object (&self->massage_sessions);
  g_clear_object (&self->day_factors);
  nape_diary_clear_routines (self);

  G_OBJECT_CLASS (nape_diary_parent_class)->dispose (object);
}

static void
nape_diary_finalize (GObject *object)
{
  NapeDiary *self = (NapeDiary *) object;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    {
      sqlite3_close (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (nape_diary_parent_class)->finalize (object);
}

static void
nape_diary_class_init (NapeDiaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nape_diary_dispose;
  object_class->finalize = nape_diary_finalize;

  /**
   * NapeDiary::changed:
   * @self: the diary
   *
   * Emitted after every save, delete and import that changed something, so
   * that summaries can be counted again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
nape_diary_init (NapeDiary *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            (GDestroyNotify) sqlite3_finalize);
}

/* ------------------------------------------------------------------ */
/* Public API                                                          */

char *
nape_diary_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "nape", "diary.db", NULL);
}

NapeDiary *
nape_diary_open (const char  *path,
                 GError     **error)
{
  g_autoptr(NapeDiary) self = NULL;
  g_autofree char *dir = NULL;
  gboolean is_new, daily;
  int version, rc;

  self = g_object_new (NAPE_TYPE_DIARY, NULL);
  self->path = resolve_path (path);
  dir = g_path_get_dirname (self->path);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                   _("Could not create %s: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  /* Create the file ourselves so that it is 0600 from the first byte;
   * SQLite gives the -wal and -shm files the same mode. */
  is_new = !g_file_test (self->path, G_FILE_TEST_EXISTS);
  if (is_new)
    {
      int fd = g_open (self->path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

      if (fd < 0 && errno != EEXIST)
        {
          int saved_errno = errno;

          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO,
                       _("Could not create %s: %s"), self->path, g_strerror (saved_errno));
          return NULL;
        }
      if (fd >= 0)
        close (fd);
    }
  else
    {
      /* A diary copied in from elsewhere may be readable by others. */
      g_chmod (self->path, 0600);
    }

  /* Our own folder: private even if something else created it. */
  if (path == NULL)
    g_chmod (dir, 0700);

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READWRITE, NULL);
  if (rc != SQLITE_OK)
    {
      nape_diary_sqlite_error (self->db, rc, _("The diary cannot be opened"), error);
      if ((rc & 0xff) == SQLITE_CANTOPEN && g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
        (*error)->code = NAPE_DIARY_ERROR_CORRUPT;
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  /* The first statement reads the header: a file that is not a database
   * fails here with SQLITE_NOTADB. */
  if (!nape_diary_exec (self->db,
                        "PRAGMA journal_mode = WAL;"
                        "PRAGMA synchronous = FULL;"
                        "PRAGMA foreign_keys = ON;",
                        error))
    {
      if (g_error_matches (*error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_IO))
        (*error)->code = NAPE_DIARY_ERROR_CORRUPT;
      g_prefix_error (error, _("The diary cannot be opened: "));
      return NULL;
    }

  version = nape_diary_get_user_version (self->db, error);
  if (version < 0)
    {
      (*error)->code = NAPE_DIARY_ERROR_CORRUPT;
      return NULL;
    }
  if (version > NAPE_DIARY_SCHEMA_VERSION)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_TOO_NEW,
                   _("The diary was written by a newer version of Nape (schema %d, this one knows %d)"),
                   version, NAPE_DIARY_SCHEMA_VERSION);
      return NULL;
    }

  /* Reading the schema catches a damaged first page cheaply; the check of
   * every page follows at every open, before any backup, so that a damaged
   * diary never pushes the good backups out and never opens with rows
   * silently missing (damage since the day's backup would otherwise go
   * unnoticed until a save failed). The app opens the diary in a worker
   * thread, where this takes about 0.1 s for ten years of entries. */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    rc = sqlite3_prepare_v2 (self->db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
    if (rc == SQLITE_OK)
      rc = sqlite3_step (stmt);
    if (rc != SQLITE_ROW)
      {
        nape_diary_sqlite_error (self->db, rc, _("The diary cannot be read"), error);
        (*error)->code = NAPE_DIARY_ERROR_CORRUPT;
        return NULL;
      }

    /* Version 0 with tables in it is some other program's database. */
    if (version == 0 && sqlite3_column_int (stmt, 0) > 0)
      {
        g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT,
                     _("%s is a database, but not a Nape diary"), self->path);
        return NULL;
      }
  }

  if (version > 0 && !quick_check (self->db, "PRAGMA quick_check", error))
    return NULL;
  daily = version > 0 && backup_is_due (self->path);

  if (version > 0 && version < NAPE_DIARY_SCHEMA_VERSION)
    {
      g_autofree char *backup = make_backup (self->db, self->path, error);

      if (backup == NULL)
        {
          g_prefix_error (error, _("Could not back up the diary before updating it: "));
          return NULL;
        }
    }

  if (version < NAPE_DIARY_SCHEMA_VERSION
      && !nape_diary_migrate (self->db, version, NAPE_DIARY_SCHEMA_VERSION, error))
    {
      g_prefix_error (error, _("Could not update the diary: "));
      return NULL;
    }

  if (daily && version == NAPE_DIARY_SCHEMA_VERSION)
    {
      g_autoptr(GError) backup_error = NULL;
      g_autofree char *backup = make_backup (self->db, self->path, &backup_error);

      if (backup == NULL)
        g_warning ("Daily backup failed: %s", backup_error->message);
    }

  return g_steal_pointer (&self);
}

const char *
nape_diary_get_path (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return self->path;
}

gboolean
nape_diary_check_integrity (NapeDiary  *self,
                            GError    **error)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return quick_check (self->db, "PRAGMA integrity_check", error)
         && foreign_key_check (self->db, error);
}

gboolean
nape_diary_save (NapeDiary  *self,
                 gpointer    entry,
                 GError    **error)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (NAPE_IS_DIARY_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_entry (self, entry, error))
    return FALSE;

  if (!nape_diary_begin (self, error))
    return FALSE;

  if (!write_entry (self, entry, error) || !nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  model_put (self, entry);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
nape_diary_delete (NapeDiary  *self,
                   gpointer    entry,
                   GError    **error)
{
  const char *sql;
  const char *uuid;
  sqlite3_stmt *stmt;
  GType type;
  int rc;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (NAPE_IS_DIARY_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  type = G_OBJECT_TYPE (entry);
  uuid = nape_diary_entry_get_uuid (entry);

  if (type == NAPE_TYPE_HEADACHE)
    sql = "DELETE FROM headache WHERE uuid = ?1";
  else if (type == NAPE_TYPE_DRUG)
    sql = "DELETE FROM drug WHERE uuid = ?1";
  else if (type == NAPE_TYPE_INTAKE)
    sql = "DELETE FROM intake WHERE uuid = ?1";
  else if (type == NAPE_TYPE_MASSAGE_SESSION)
    sql = "DELETE FROM massage_session WHERE uuid = ?1";
  else
    sql = "DELETE FROM day_factors WHERE uuid = ?1";

  if (!nape_diary_begin (self, error))
    return FALSE;

  if (!(stmt = nape_diary_statement (self, sql, error)))
    {
      nape_diary_rollback (self);
      return FALSE;
    }
  bind_text (stmt, 1, uuid);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      nape_diary_rollback (self);
      if ((rc & 0xff) == SQLITE_CONSTRAINT)
        return nape_diary_invalid (error, _("This drug has intakes in the diary; delete them first"));
      return nape_diary_sqlite_error (self->db, rc, "deleting an entry", error);
    }

  if (sqlite3_changes (self->db) == 0)
    {
      nape_diary_rollback (self);
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND,
                   _("The entry %s is not in the diary"), uuid);
      return FALSE;
    }

  if (!nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  model_remove (self, type, uuid);
  if (type == NAPE_TYPE_HEADACHE)
    model_forget_headache (self, uuid);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gpointer
nape_diary_lookup (NapeDiary  *self,
                   GType       entry_type,
                   const char *uuid)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  GListStore **store;
  guint position;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  store = store_for_type (self, entry_type);
  g_return_val_if_fail (store != NULL, NULL);

  if (*store != NULL)
    {
      if (find_in_store (*store, uuid, &position))
        return g_list_model_get_item (G_LIST_MODEL (*store), position);
      return NULL;
    }

  found = read_entries (self, entry_type, uuid, &error);
  if (found == NULL)
    {
      g_warning ("Could not read the diary: %s", error->message);
      return NULL;
    }

  return found->len > 0 ? g_object_ref (found->pdata[0]) : NULL;
}

NapeDayFactors *
nape_diary_lookup_day_factors (NapeDiary  *self,
                               const char *date)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  found = read_day_factors (self, NULL, date, &error);
  if (found == NULL)
    {
      g_warning ("Could not read the diary: %s", error->message);
      return NULL;
    }
  if (found->len == 0)
    return NULL;

  /* Without a model, the record just read is the answer; with one, the
   * model's object is, as nape_diary_lookup() gives. */
  if (self->day_factors == NULL)
    return g_object_ref (found->pdata[0]);

  return nape_diary_lookup (self, NAPE_TYPE_DAY_FACTORS,
                            nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (found->pdata[0])));
}

/* No diary holds a time before 1900; one after now, with a day's slack for a clock set
 * wrong, has not happened yet. An imported headache from the year 1 wrote a row for each
 * of the 739 580 days it covered. */
gboolean
nape_diary_time_is_plausible (GDateTime *time)
{
  return g_date_time_get_year (time) >= NAPE_DIARY_EARLIEST_YEAR
         && g_date_time_to_unix (time) <= g_get_real_time () / G_USEC_PER_SEC + 24 * 60 * 60;
}

/* The same for a day, with the same day's slack. */
gboolean
nape_diary_date_is_plausible (const GDate *date)
{
  GDate tomorrow;

  g_date_set_time_t (&tomorrow, time (NULL));
  g_date_add_days (&tomorrow, 1);
  return g_date_get_year (date) >= NAPE_DIARY_EARLIEST_YEAR && g_date_compare (date, &tomorrow) <= 0;
}

/* A headache can go on for weeks or months without a break; one of more than a year is a
 * mistyped year, and would cost a stored row for each day it covers. */
gboolean
nape_diary_headache_too_long (GDateTime *start,
                              GDateTime *end)
{
  return end != NULL
         && g_date_time_difference (end, start) > NAPE_DIARY_LONGEST_HEADACHE_DAYS * G_TIME_SPAN_DAY;
}

NapeHeadache *
nape_diary_find_ongoing_headache (NapeDiary  *self,
                                  GError    **error)
{
  static const char sql[] =
    "SELECT uuid FROM headache WHERE end_time IS NULL ORDER BY start_time DESC LIMIT 1";
  sqlite3_stmt *stmt;
  g_autofree char *uuid = NULL;
  int rc;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = nape_diary_statement (self, sql, error);
  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    uuid = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  else if (rc != SQLITE_DONE)
    nape_diary_sqlite_error (self->db, rc, "finding the headache still going", error);
  sqlite3_reset (stmt);

  return uuid != NULL ? nape_diary_lookup (self, NAPE_TYPE_HEADACHE, uuid) : NULL;
}

GListModel *
nape_diary_get_headaches (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return get_model (self, NAPE_TYPE_HEADACHE);
}

GListModel *
nape_diary_get_intakes (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return get_model (self, NAPE_TYPE_INTAKE);
}

GListModel *
nape_diary_get_drugs (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return get_model (self, NAPE_TYPE_DRUG);
}

GListModel *
nape_diary_get_massage_sessions (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return get_model (self, NAPE_TYPE_MASSAGE_SESSION);
}

GListModel *
nape_diary_get_day_factors (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  return get_model (self, NAPE_TYPE_DAY_FACTORS);
}

char **
nape_diary_list_terms (NapeDiary     *self,
                       NapeDiaryTerm  term)
{
  static const char *sql[] = {
    "SELECT id FROM symptom_term ORDER BY builtin DESC, rowid",
    "SELECT id FROM trigger_term ORDER BY builtin DESC, rowid",
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (term <= NAPE_DIARY_TERM_TRIGGER, NULL);

  stmt = nape_diary_statement (self, sql[term], NULL);
  if (stmt != NULL)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_strv_builder_add (builder, column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return g_strv_builder_end (builder);
}

char *
nape_diary_get_term_label (NapeDiary     *self,
                           NapeDiaryTerm  term,
                           const char    *id)
{
  static const char *sql[] = {
    "SELECT label, builtin FROM symptom_term WHERE id = ?1",
    "SELECT label, builtin FROM trigger_term WHERE id = ?1",
  };
  const BuiltinTerm *builtins;
  gsize n_builtins;
  sqlite3_stmt *stmt;
  char *label = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (term <= NAPE_DIARY_TERM_TRIGGER, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  builtins = builtin_terms (term, &n_builtins);
  for (gsize i = 0; i < n_builtins; i++)
    {
      if (strcmp (builtins[i].id, id) == 0)
        return g_strdup (_(builtins[i].label));
    }

  stmt = nape_diary_statement (self, sql[term], NULL);
  if (stmt != NULL)
    {
      bind_text (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        label = g_strdup (column_text (stmt, 0) != NULL ? column_text (stmt, 0) : id);
      sqlite3_reset (stmt);
    }

  return label;
}

gboolean
nape_diary_define_term (NapeDiary      *self,
                        NapeDiaryTerm   term,
                        const char     *id,
                        const char     *label,
                        GError        **error)
{
  const BuiltinTerm *builtins;
  gsize n_builtins;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (term <= NAPE_DIARY_TERM_TRIGGER, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (label != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!nape_diary_term_id_is_valid (id))
    return nape_diary_invalid (error, _("“%s” is not a valid id: use lower-case letters, digits and “-”"), id);

  builtins = builtin_terms (term, &n_builtins);
  for (gsize i = 0; i < n_builtins; i++)
    {
      if (strcmp (builtins[i].id, id) == 0)
        return nape_diary_invalid (error, _("“%s” is built in and cannot be renamed"), id);
    }

  if (!nape_diary_begin (self, error))
    return FALSE;
  if (!write_term (self, term, id, label, error) || !nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

char *
nape_diary_backup (NapeDiary  *self,
                   GError    **error)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return make_backup (self->db, self->path, error);
}

gboolean
nape_diary_restore_latest_backup (const char  *path,
                                  char       **moved_to,
                                  GError     **error)
{
  g_autofree char *diary = resolve_path (path);
  g_auto(GStrv) backups = nape_diary_list_backups (diary);
  const char *sound = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (moved_to != NULL)
    *moved_to = NULL;

  for (guint i = 0; backups[i] != NULL && sound == NULL; i++)
    {
      sqlite3 *db = NULL;

      if (sqlite3_open_v2 (backups[i], &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK
          && quick_check (db, "PRAGMA integrity_check", NULL))
        sound = backups[i];
      else
        g_warning ("Backup %s is damaged too; trying an older one", backups[i]);
      sqlite3_close (db);
    }

  if (sound == NULL)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NO_BACKUP,
                   _("There is no backup of the diary to restore"));
      return FALSE;
    }

  if (g_file_test (diary, G_FILE_TEST_EXISTS) && (aside = move_aside (diary, error)) == NULL)
    return FALSE;

  {
    sqlite3 *source = NULL;
    gboolean ok;

    if (sqlite3_open_v2 (sound, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
      {
        nape_diary_sqlite_error (source, sqlite3_errcode (source), _("Could not read the backup"), error);
        sqlite3_close (source);
        return FALSE;
      }
    ok = copy_database (source, diary, error);
    sqlite3_close (source);
    if (!ok)
      return FALSE;
  }

  if (moved_to != NULL)
    *moved_to = g_steal_pointer (&aside);

  return TRUE;
}

gboolean
nape_diary_start_new (const char  *path,
                      char       **moved_to,
                      GError     **error)
{
  g_autofree char *diary = resolve_path (path);
  g_autofree char *aside = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (moved_to != NULL)
    *moved_to = NULL;

  if (!g_file_test (diary, G_FILE_TEST_EXISTS))
    return TRUE;

  aside = move_aside (diary, error);
  if (aside == NULL)
    return FALSE;

  if (moved_to != NULL)
    *moved_to = g_steal_pointer (&aside);

  return TRUE;
}

gboolean
nape_diary_format_for_file (GFile           *file,
                            NapeDiaryFormat *format)
{
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  name = g_file_get_basename (file);
  lower = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (lower, ".csv"))
    *format = NAPE_DIARY_FORMAT_CSV;
  else if (g_str_has_suffix (lower, ".json"))
    *format = NAPE_DIARY_FORMAT_JSON;
  else
    return FALSE;

  return TRUE;
}

GBytes *
nape_diary_export (NapeDiary        *self,
                   NapeDiaryFormat   format,
                   GError          **error)
{
  g_autoptr(NapeDiaryContents) contents = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (format <= NAPE_DIARY_FORMAT_JSON, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  contents = nape_diary_read_contents (self, error);
  if (contents == NULL)
    return NULL;

  return format == NAPE_DIARY_FORMAT_CSV ? nape_diary_contents_to_csv (contents)
                                         : nape_diary_contents_to_json (contents);
}

static GQuark
line_quark (void)
{
  return g_quark_from_static_string ("nape-diary-import-line");
}

void
nape_diary_entry_set_line (gpointer entry,
                           guint    line)
{
  g_object_set_qdata (entry, line_quark (), GUINT_TO_POINTER (line));
}

/* Sets a NAPE_DIARY_ERROR_BAD_FILE error that names the line of the file
 * it is about; returns FALSE. */
gboolean
nape_diary_bad_line_valist (GError     **error,
                            guint        line,
                            const char  *format,
                            va_list      args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE, _("line %u: %s"), line, message);
  return FALSE;
}

static gboolean
refuse (GError     **error,
        gpointer     entry,
        const char  *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (GError     **error,
        gpointer     entry,
        const char  *format,
        ...)
{
  va_list args;

  va_start (args, format);
  nape_diary_bad_line_valist (error, GPOINTER_TO_UINT (g_object_get_qdata (entry, line_quark ())),
                              format, args);
  va_end (args);

  return FALSE;
}

/* The user's routines travel with the entries but are not #NapeDiaryEntry objects. */
static const char *
record_uuid (gpointer record)
{
  return NAPE_IS_ROUTINE (record) ? nape_routine_get_id (record) : nape_diary_entry_get_uuid (record);
}

/* Checks every reference of the file against the file and the diary. */
static gboolean
check_import (NapeDiary          *self,
              NapeDiaryContents  *contents,
              GError            **error)
{
  g_autoptr(GHashTable) uuids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) drugs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) headaches = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) symptoms = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) triggers = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *terms[] = { symptoms, triggers };
  g_autoptr(GHashTable) dates = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *lists[] = { contents->drugs, contents->headaches, contents->intakes,
                         contents->massage_sessions, contents->day_factors, contents->routines };
  GPtrArray *term_lists[] = { contents->symptoms, contents->triggers };

  for (guint t = 0; t < 2; t++)
    {
      for (guint i = 0; i < term_lists[t]->len; i++)
        {
          NapeDiaryTermDef *def = term_lists[t]->pdata[i];

          if (!nape_diary_term_id_is_valid (def->id))
            {
              g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                           _("line %u: “%s” is not a valid id"), def->line, def->id);
              return FALSE;
            }
          g_hash_table_add (terms[t], def->id);
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < lists[l]->len; i++)
        {
          gpointer entry = lists[l]->pdata[i];
          g_autoptr(GError) local_error = NULL;

          if (!g_hash_table_add (uuids, (gpointer) record_uuid (entry)))
            return refuse (error, entry, _("the UUID %s appears twice"), record_uuid (entry));
          if (!check_entry (self, entry, &local_error))
            return refuse (error, entry, "%s", local_error->message);

          if (NAPE_IS_DRUG (entry))
            g_hash_table_add (drugs, (gpointer) nape_diary_entry_get_uuid (entry));
          else if (NAPE_IS_HEADACHE (entry))
            g_hash_table_add (headaches, (gpointer) nape_diary_entry_get_uuid (entry));
        }
    }

  for (guint i = 0; i < contents->headaches->len; i++)
    {
      NapeHeadache *headache = contents->headaches->pdata[i];
      const char * const *lists_of_terms[] = { nape_headache_get_symptoms (headache),
                                               nape_headache_get_triggers (headache) };

      for (guint t = 0; t < 2; t++)
        {
          for (guint j = 0; lists_of_terms[t][j] != NULL; j++)
            {
              const char *id = lists_of_terms[t][j];

              if (!g_hash_table_contains (terms[t], id) && !has_term (self, t, id))
                return refuse (error, headache,
                               t == 0 ? _("unknown symptom “%s”") : _("unknown trigger “%s”"), id);
            }
        }
    }

  for (guint i = 0; i < contents->intakes->len; i++)
    {
      NapeIntake *intake = contents->intakes->pdata[i];
      const char *drug = nape_intake_get_drug_uuid (intake);
      const char *headache = nape_intake_get_headache_uuid (intake);

      if (!g_hash_table_contains (drugs, drug) && !nape_diary_has_uuid (self, NAPE_TYPE_DRUG, drug))
        return refuse (error, intake, _("unknown drug %s"), drug);
      if (headache != NULL && !g_hash_table_contains (headaches, headache)
          && !nape_diary_has_uuid (self, NAPE_TYPE_HEADACHE, headache))
        return refuse (error, intake, _("unknown headache %s"), headache);
    }

  for (guint i = 0; i < contents->massage_sessions->len; i++)
    {
      NapeMassageSession *session = contents->massage_sessions->pdata[i];
      const char *headache = nape_massage_session_get_headache_uuid (session);

      if (headache != NULL && !g_hash_table_contains (headaches, headache)
          && !nape_diary_has_uuid (self, NAPE_TYPE_HEADACHE, headache))
        return refuse (error, session, _("unknown headache %s"), headache);
    }

  for (guint i = 0; i < contents->day_factors->len; i++)
    {
      NapeDayFactors *day = contents->day_factors->pdata[i];

      if (!g_hash_table_add (dates, (gpointer) nape_day_factors_get_date (day)))
        return refuse (error, day, _("a second record for %s"), nape_day_factors_get_date (day));
    }

  return TRUE;
}

static gboolean
write_import (NapeDiary          *self,
              NapeDiaryContents  *contents,
              guint              *n_added,
              GError            **error)
{
  GPtrArray *lists[] = { contents->drugs, contents->headaches, contents->intakes,
                         contents->massage_sessions, contents->day_factors, contents->routines };
  GPtrArray *term_lists[] = { contents->symptoms, contents->triggers };

  *n_added = 0;

  for (guint t = 0; t < 2; t++)
    {
      for (guint i = 0; i < term_lists[t]->len; i++)
        {
          NapeDiaryTermDef *def = term_lists[t]->pdata[i];

          if (has_term (self, t, def->id))
            continue;
          if (!write_term (self, t, def->id, def->label, error))
            return FALSE;
          (*n_added)++;
        }
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < lists[l]->len; i++)
        {
          gpointer entry = lists[l]->pdata[i];
          g_autoptr(GError) local_error = NULL;

          /* Skipped, not replaced: a routine the user has edited since keeps the edits. */
          if (nape_diary_has_uuid (self, G_OBJECT_TYPE (entry), record_uuid (entry)))
            continue;
          if (NAPE_IS_DAY_FACTORS (entry)
              && lookup_id (self, "SELECT id FROM day_factors WHERE date = ?1",
                            nape_day_factors_get_date (entry)) != 0)
            continue;

          if (!write_entry (self, entry, &local_error))
            {
              if (local_error->code == NAPE_DIARY_ERROR_INVALID)
                return refuse (error, entry, "%s", local_error->message);
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          (*n_added)++;
        }
    }

  return TRUE;
}

gboolean
nape_diary_import (NapeDiary        *self,
                   GBytes           *contents,
                   NapeDiaryFormat   format,
                   guint            *n_added,
                   GError          **error)
{
  g_autoptr(NapeDiaryContents) parsed = NULL;
  guint added = 0;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (format <= NAPE_DIARY_FORMAT_JSON, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;

  parsed = format == NAPE_DIARY_FORMAT_CSV ? nape_diary_contents_from_csv (contents, error)
                                           : nape_diary_contents_from_json (contents, error);
  if (parsed == NULL)
    return FALSE;

  if (!nape_diary_begin (self, error))
    return FALSE;

  if (!check_import (self, parsed, error)
      || !write_import (self, parsed, &added, error)
      || !nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  if (added > 0)
    {
      reload_models (self);
      g_signal_emit (self, signals[CHANGED], 0);
    }

  if (n_added != NULL)
    *n_added = added;

  return TRUE;
}

gboolean
nape_diary_export_to_file (NapeDiary        *self,
                           GFile            *file,
                           NapeDiaryFormat   format,
                           GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = nape_diary_export (self, format, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file,
                                  g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

gboolean
nape_diary_import_from_file (NapeDiary  *self,
                             GFile      *file,
                             guint      *n_added,
                             GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  NapeDiaryFormat format;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_added != NULL)
    *n_added = 0;

  if (!nape_diary_format_for_file (file, &format))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                   _("%s: the name must end in .csv or .json"), name);
      return FALSE;
    }

  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return FALSE;

  return nape_diary_import (self, bytes, format, n_added, error);
}
