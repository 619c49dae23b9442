/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-migrations.c — the diary's schema, built up one PRAGMA user_version step at a time */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-diary-private.h"

/*
 * Each step takes a diary at version N - 1 to version N inside the caller's
 * transaction.  Steps are never edited once released: a change is a new step,
 * with its own test in tests/diary/test-diary-store.c.
 */

/* Version 1: headaches, their lists, the medication catalogue, intakes and
 * massage sessions. */
static const char migrate_to_1[] =
  "CREATE TABLE symptom_term ("
  "  id      TEXT PRIMARY KEY,"
  "  label   TEXT,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
  ");"
  "CREATE TABLE trigger_term ("
  "  id      TEXT PRIMARY KEY,"
  "  label   TEXT,"
  "  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))"
  ");"
  "INSERT INTO symptom_term (id, builtin) VALUES"
  "  ('nausea', 1), ('vomiting', 1), ('light-sensitivity', 1),"
  "  ('sound-sensitivity', 1), ('smell-sensitivity', 1),"
  "  ('worse-with-activity', 1), ('neck-pain', 1), ('neck-movement-provoked', 1),"
  "  ('dizziness', 1), ('visual-disturbance', 1), ('tingling', 1),"
  "  ('tearing-eye', 1), ('fatigue', 1);"
  "INSERT INTO trigger_term (id, builtin) VALUES"
  "  ('stress', 1), ('poor-sleep', 1), ('too-much-sleep', 1), ('skipped-meal', 1),"
  "  ('dehydration', 1), ('alcohol', 1), ('caffeine', 1), ('caffeine-withdrawal', 1),"
  "  ('screen-time', 1), ('posture', 1), ('neck-strain', 1), ('weather', 1),"
  "  ('bright-light', 1), ('noise', 1), ('strong-smell', 1), ('menstruation', 1),"
  "  ('exercise', 1), ('travel', 1);"
  "CREATE TABLE headache ("
  "  id             INTEGER PRIMARY KEY,"
  "  uuid           TEXT NOT NULL UNIQUE,"
  "  start_time     INTEGER NOT NULL,"
  "  start_offset   INTEGER NOT NULL,"
  "  end_time       INTEGER,"
  "  end_offset     INTEGER,"
  "  entered_live   INTEGER NOT NULL DEFAULT 0 CHECK (entered_live IN (0, 1)),"
  "  peak_intensity INTEGER CHECK (peak_intensity BETWEEN 0 AND 10),"
  "  kind           TEXT NOT NULL DEFAULT 'unknown' CHECK (kind IN ('unknown', 'tension',"
  "                   'migraine', 'cervicogenic', 'occipital-neuralgia', 'cluster', 'other')),"
  "  side           INTEGER NOT NULL DEFAULT 0 CHECK (side BETWEEN 0 AND 7),"
  "  quality        TEXT NOT NULL DEFAULT 'unknown' CHECK (quality IN ('unknown', 'pressing',"
  "                   'pulsating', 'stabbing', 'burning', 'dull', 'other')),"
  "  aura           INTEGER NOT NULL DEFAULT 0 CHECK (aura IN (0, 1)),"
  "  notes          TEXT,"
  "  CHECK ((end_time IS NULL) = (end_offset IS NULL)),"
  "  CHECK (end_time IS NULL OR end_time >= start_time)"
  ");"
  "CREATE INDEX headache_by_start ON headache (start_time);"
  "CREATE TABLE headache_symptom ("
  "  headache_id INTEGER NOT NULL REFERENCES headache (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  symptom     TEXT NOT NULL REFERENCES symptom_term (id),"
  "  PRIMARY KEY (headache_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX headache_symptom_by_symptom ON headache_symptom (symptom);"
  "CREATE TABLE headache_trigger ("
  "  headache_id INTEGER NOT NULL REFERENCES headache (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  trigger_id  TEXT NOT NULL REFERENCES trigger_term (id),"
  "  PRIMARY KEY (headache_id, position)"
  ") WITHOUT ROWID;"
  "CREATE INDEX headache_trigger_by_trigger ON headache_trigger (trigger_id);"
  "CREATE TABLE headache_area ("
  "  headache_id INTEGER NOT NULL REFERENCES headache (id) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  area        TEXT NOT NULL,"
  "  side        TEXT NOT NULL CHECK (side IN ('left', 'center', 'right')),"
  "  PRIMARY KEY (headache_id, position)"
  ") WITHOUT ROWID;"
  "CREATE TABLE headache_intensity ("
  "  headache_id INTEGER NOT NULL REFERENCES headache (id) ON DELETE CASCADE,"
  "  time        INTEGER NOT NULL,"
  "  utc_offset  INTEGER NOT NULL,"
  "  intensity   INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),"
  "  PRIMARY KEY (headache_id, time)"
  ") WITHOUT ROWID;"
  "CREATE TABLE drug ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  name          TEXT NOT NULL,"
  "  overuse_class TEXT NOT NULL CHECK (overuse_class IN ('other', 'simple-analgesic',"
  "                  'nsaid', 'triptan', 'ergot', 'opioid', 'combination')),"
  "  preventive    INTEGER NOT NULL DEFAULT 0 CHECK (preventive IN (0, 1)),"
  "  unit          TEXT"
  ");"
  "CREATE TABLE intake ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  drug_id     INTEGER NOT NULL REFERENCES drug (id) ON DELETE RESTRICT,"
  "  headache_id INTEGER REFERENCES headache (id) ON DELETE SET NULL,"
  "  time        INTEGER NOT NULL,"
  "  utc_offset  INTEGER NOT NULL,"
  "  day         INTEGER NOT NULL," /* local day as YYYYMMDD, for counting */
  "  dose        REAL CHECK (dose IS NULL OR dose > 0),"
  "  unit        TEXT,"
  "  effect      INTEGER CHECK (effect BETWEEN 0 AND 3),"
  "  notes       TEXT"
  ");"
  "CREATE INDEX intake_by_day ON intake (day, drug_id);"
  "CREATE INDEX intake_by_time ON intake (time);"
  "CREATE INDEX intake_by_drug ON intake (drug_id);"
  "CREATE INDEX intake_by_headache ON intake (headache_id);"
  "CREATE TABLE massage_session ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  start_time   INTEGER NOT NULL,"
  "  start_offset INTEGER NOT NULL,"
  "  routine_id   TEXT,"
  "  steps_done   INTEGER NOT NULL DEFAULT 0 CHECK (steps_done >= 0),"
  "  duration     INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),"
  "  pain_before  INTEGER CHECK (pain_before BETWEEN 0 AND 10),"
  "  pain_after   INTEGER CHECK (pain_after BETWEEN 0 AND 10),"
  "  helped_step  INTEGER CHECK (helped_step >= 0),"
  "  headache_id  INTEGER REFERENCES headache (id) ON DELETE SET NULL,"
  "  notes        TEXT"
  ");"
  "CREATE INDEX massage_session_by_start ON massage_session (start_time);"
  "CREATE INDEX massage_session_by_headache ON massage_session (headache_id);"
  "CREATE TABLE massage_session_zone ("
  "  session_id INTEGER NOT NULL REFERENCES massage_session (id) ON DELETE CASCADE,"
  "  position   INTEGER NOT NULL,"
  "  zone       TEXT NOT NULL,"
  "  side       TEXT NOT NULL CHECK (side IN ('left', 'center', 'right')),"
  "  PRIMARY KEY (session_id, position)"
  ") WITHOUT ROWID;";

/* Version 2: one record per day for sleep, stress and the MIDAS questions. */
static const char migrate_to_2[] =
  "CREATE TABLE day_factors ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  date          TEXT NOT NULL UNIQUE"
  "                  CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),"
  "  sleep_hours   REAL CHECK (sleep_hours BETWEEN 0 AND 24),"
  "  stress        INTEGER CHECK (stress BETWEEN 0 AND 3),"
  "  missed_work   INTEGER NOT NULL DEFAULT 0 CHECK (missed_work IN (0, 1)),"
  "  reduced_work  INTEGER NOT NULL DEFAULT 0 CHECK (reduced_work IN (0, 1)),"
  "  missed_home   INTEGER NOT NULL DEFAULT 0 CHECK (missed_home IN (0, 1)),"
  "  reduced_home  INTEGER NOT NULL DEFAULT 0 CHECK (reduced_home IN (0, 1)),"
  "  missed_social INTEGER NOT NULL DEFAULT 0 CHECK (missed_social IN (0, 1)),"
  "  notes         TEXT"
  ");";

/* Version 3: every local day each headache covers, so that counting headache
 * days is an index scan.  A headache still going is stored on its first day;
 * the counting code extends it to today.  Existing headaches are filled in. */
static const char migrate_to_3[] =
  "CREATE TABLE headache_day ("
  "  day         INTEGER NOT NULL," /* YYYYMMDD */
  "  headache_id INTEGER NOT NULL REFERENCES headache (id) ON DELETE CASCADE,"
  "  migraine    INTEGER NOT NULL DEFAULT 0 CHECK (migraine IN (0, 1))," /* kind or aura */
  "  PRIMARY KEY (day, headache_id)"
  ") WITHOUT ROWID;"
  "CREATE INDEX headache_day_by_headache ON headache_day (headache_id);"
  "CREATE INDEX headache_ongoing ON headache (start_time) WHERE end_time IS NULL;"
  "WITH RECURSIVE covered (headache_id, migraine, day, last_day) AS ("
  "  SELECT id, kind = 'migraine' OR aura = 1,"
  "         date (start_time + start_offset, 'unixepoch'),"
  "         date (coalesce (end_time + end_offset, start_time + start_offset), 'unixepoch')"
  "    FROM headache"
  "  UNION ALL"
  "  SELECT headache_id, migraine, date (day, '+1 day'), last_day FROM covered WHERE day < last_day"
  ")"
  "INSERT INTO headache_day (day, headache_id, migraine)"
  "  SELECT CAST (replace (day, '-', '') AS INTEGER), headache_id, migraine FROM covered;";

/* Version 4: the user's own routines, in the user's order, and their steps.
 * Zone and technique ids are checked against the atlas when saved, not here:
 * the atlas is content, and may rename things between releases. */
static const char migrate_to_4[] =
  "CREATE TABLE routine ("
  "  uuid        TEXT PRIMARY KEY,"
  "  name        TEXT NOT NULL CHECK (name <> ''),"
  "  description TEXT,"
  "  fits        INTEGER NOT NULL DEFAULT 0 CHECK (fits BETWEEN 0 AND 15),"
  "  focus       TEXT NOT NULL CHECK (focus IN ('back-of-head', 'migraine', 'neck', 'jaw',"
  "                'massager')),"
  "  position    INTEGER NOT NULL,"
  "  created     INTEGER NOT NULL,"
  "  updated     INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "CREATE INDEX routine_by_position ON routine (position);"
  "CREATE TABLE routine_step ("
  "  routine     TEXT NOT NULL REFERENCES routine (uuid) ON DELETE CASCADE,"
  "  position    INTEGER NOT NULL,"
  "  zone        TEXT NOT NULL,"
  "  technique   TEXT NOT NULL,"
  "  sides       INTEGER NOT NULL DEFAULT 0 CHECK (sides IN (0, 1, 4, 5)),"
  "  seconds     INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),"
  "  reps        INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),"
  "  rep_seconds REAL NOT NULL DEFAULT 0 CHECK (rep_seconds >= 0),"
  "  intensity   INTEGER CHECK (intensity BETWEEN 0 AND 100),"
  "  instruction TEXT,"
  "  CHECK (seconds > 0 OR reps > 0),"
  "  CHECK (rep_seconds = 0 OR reps > 0),"
  "  PRIMARY KEY (routine, position)"
  ") WITHOUT ROWID;";

static const char * const migrations[] = {
  NULL,
  migrate_to_1,
  migrate_to_2,
  migrate_to_3,
  migrate_to_4,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == NAPE_DIARY_SCHEMA_VERSION + 1);

int
nape_diary_get_user_version (sqlite3  *db,
                             GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      nape_diary_sqlite_error (db, rc, "reading the schema version", error);
      return -1;
    }

  return sqlite3_column_int (stmt, 0);
}

/* One step, with no transaction of its own: the caller's transaction makes
 * the step and the new user_version one atomic change. */
gboolean
nape_diary_migrate_step (sqlite3  *db,
                         int       to_version,
                         GError  **error)
{
  g_autofree char *set_version = NULL;

  g_assert (to_version >= 1 && to_version <= NAPE_DIARY_SCHEMA_VERSION);

  g_debug ("Migrating the diary to schema version %d", to_version);

  if (!nape_diary_exec (db, migrations[to_version], error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", to_version);
  return nape_diary_exec (db, set_version, error);
}

gboolean
nape_diary_migrate (sqlite3  *db,
                    int       from_version,
                    int       to_version,
                    GError  **error)
{
  g_assert (from_version <= to_version);

  if (!nape_diary_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = from_version + 1; v <= to_version; v++)
    {
      if (!nape_diary_migrate_step (db, v, error))
        {
          nape_diary_exec (db, "ROLLBACK", NULL);
          return FALSE;
        }
    }

  if (!nape_diary_exec (db, "COMMIT", error))
    {
      nape_diary_exec (db, "ROLLBACK", NULL);
      return FALSE;
    }

  return TRUE;
}
