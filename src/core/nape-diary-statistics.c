/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-statistics.c — the counting queries the Insights page draws */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-diary-private.h"
#include "nape-diary-statistics.h"

/*
 * The queries are index scans that return each day once, in order; the
 * counting per month happens here.  SQLite's own GROUP BY with
 * count (DISTINCT) over the same rows is several times slower (see
 * tests/bench/diary.c, which runs both).  Days are YYYYMMDD, so
 * "day / 100" is the month as YYYYMM.
 */
static const char sql_headache_days[] =
  "SELECT DISTINCT day FROM headache_day WHERE day BETWEEN ?1 AND ?2";

static const char sql_migraine_headache_days[] =
  "SELECT DISTINCT day FROM headache_day WHERE day BETWEEN ?1 AND ?2 AND migraine = 1";

static const char sql_migraine_intake_days[] =
  "SELECT i.day FROM intake i JOIN drug d ON d.id = i.drug_id"
  " WHERE i.day BETWEEN ?1 AND ?2 AND d.overuse_class IN ('triptan', 'ergot')";

static const char sql_drugs[] =
  "SELECT id, overuse_class, preventive FROM drug";

static const char sql_intake_days[] =
  "SELECT day, drug_id FROM intake WHERE day BETWEEN ?1 AND ?2 ORDER BY day";

/* SQLite picks the partial index headache_ongoing for this by itself; naming it with
 * INDEXED BY would make the query fail outright on a file that lacks the index. */
static const char sql_ongoing[] =
  "SELECT start_time, start_offset, kind = 'migraine' OR aura = 1, COALESCE (peak_intensity, 0)"
  " FROM headache WHERE end_time IS NULL";

static const char sql_worst_pain_days[] =
  "SELECT d.day, MAX (COALESCE (h.peak_intensity, 0)) FROM headache_day d"
  " JOIN headache h ON h.id = d.headache_id WHERE d.day BETWEEN ?1 AND ?2 GROUP BY d.day";

/* A set of days in a range of months, one bit per possible day: 31 a
 * month, so no calendar arithmetic is needed to find a day's bit. */
typedef struct
{
  int     year;
  int     month;
  guint   n_months;
  guint8 *bits;
} DaySet;

static void
day_set_init (DaySet *set,
              int     year,
              int     month,
              guint   n_months)
{
  set->year = year;
  set->month = month;
  set->n_months = n_months;
  set->bits = g_malloc0 ((n_months * 31 + 7) / 8);
}

static void
day_set_clear (DaySet *set)
{
  g_clear_pointer (&set->bits, g_free);
}

/* Index of the month YYYYMM in a range starting at (year, month), or -1. */
static int
month_index (int   yyyymm,
             int   year,
             int   month,
             guint n_months)
{
  int index = (yyyymm / 100 - year) * 12 + (yyyymm % 100 - month);

  return index >= 0 && (guint) index < n_months ? index : -1;
}

static void
day_set_add (DaySet *set,
             int     day)
{
  int m = month_index (day / 100, set->year, set->month, set->n_months);
  guint bit;

  if (m < 0 || day % 100 < 1 || day % 100 > 31)
    return;
  bit = (guint) m * 31 + (guint) (day % 100 - 1);
  set->bits[bit / 8] |= 1 << (bit % 8);
}

static GArray *
day_set_count (DaySet *set)
{
  GArray *counts = g_array_sized_new (FALSE, TRUE, sizeof (guint), set->n_months);

  g_array_set_size (counts, set->n_months);
  for (guint m = 0; m < set->n_months; m++)
    {
      guint n = 0;

      for (guint d = 0; d < 31; d++)
        {
          guint bit = m * 31 + d;

          n += (set->bits[bit / 8] >> (bit % 8)) & 1;
        }
      g_array_index (counts, guint, m) = n;
    }

  return counts;
}

static void
month_range (int    year,
             int    month,
             guint  n_months,
             int   *first_day,
             int   *last_day)
{
  int last = year * 12 + (month - 1) + (int) n_months - 1;

  *first_day = year * 10000 + month * 100 + 1;
  *last_day = (last / 12) * 10000 + (last % 12 + 1) * 100 + 31;
}

static gboolean
check_range (int       year,
             int       month,
             guint     n_months,
             GError  **error)
{
  if (month < 1 || month > 12 || year < 1 || year > 9999 || n_months == 0 || n_months > 12 * 1000)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID,
                   _("%d-%02d and %u months is not a range of months"), year, month, n_months);
      return FALSE;
    }

  return TRUE;
}

/* Adds the first column of every row of @sql, run over the set's range. */
static gboolean
add_days (NapeDiary   *self,
          const char  *sql,
          DaySet      *set,
          GError     **error)
{
  sqlite3_stmt *stmt = nape_diary_statement (self, sql, error);
  int first_day, last_day, rc;

  if (stmt == NULL)
    return FALSE;

  month_range (set->year, set->month, set->n_months, &first_day, &last_day);
  sqlite3_bind_int (stmt, 1, first_day);
  sqlite3_bind_int (stmt, 2, last_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    day_set_add (set, sqlite3_column_int (stmt, 0));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "counting days", error);

  return TRUE;
}

/* Called for each day, YYYYMMDD, of a headache still going, with the row of sql_ongoing. */
typedef void (*OngoingDayFunc) (int           day,
                                sqlite3_stmt *row,
                                gpointer      user_data);

/* headache_day holds a headache that is still going on its first day only;
 * this walks the days after it, up to today or @last_day. */
static gboolean
for_each_ongoing_day (NapeDiary       *self,
                      int              last_day,
                      OngoingDayFunc   func,
                      gpointer         user_data,
                      GError         **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int today = nape_diary_local_day (g_date_time_to_unix (now),
                                    g_date_time_get_utc_offset (now) / G_TIME_SPAN_SECOND);
  sqlite3_stmt *stmt = nape_diary_statement (self, sql_ongoing, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int start = nape_diary_local_day (sqlite3_column_int64 (stmt, 0),
                                        sqlite3_column_int (stmt, 1));
      GDate day;

      nape_diary_date_from_day (start, &day);
      for (; nape_diary_day_from_date (&day) <= MIN (today, last_day); g_date_add_days (&day, 1))
        func (nape_diary_day_from_date (&day), stmt, user_data);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "counting days", error);

  return TRUE;
}

typedef struct
{
  DaySet   *set;
  gboolean  migraine_only;
} OngoingDays;

static void
add_ongoing_day (int           day,
                 sqlite3_stmt *row,
                 gpointer      user_data)
{
  OngoingDays *ongoing = user_data;

  if (!ongoing->migraine_only || sqlite3_column_int (row, 2))
    day_set_add (ongoing->set, day);
}

static gboolean
add_ongoing_days (NapeDiary   *self,
                  gboolean     migraine_only,
                  DaySet      *set,
                  GError     **error)
{
  OngoingDays ongoing = { set, migraine_only };
  int first_day, last_day;

  month_range (set->year, set->month, set->n_months, &first_day, &last_day);

  return for_each_ongoing_day (self, last_day, add_ongoing_day, &ongoing, error);
}

guint
nape_overuse_class_get_threshold (NapeOveruseClass overuse_class)
{
  switch (overuse_class)
    {
    case NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC:
    case NAPE_OVERUSE_CLASS_NSAID:
      return 15;

    case NAPE_OVERUSE_CLASS_TRIPTAN:
    case NAPE_OVERUSE_CLASS_ERGOT:
    case NAPE_OVERUSE_CLASS_OPIOID:
    case NAPE_OVERUSE_CLASS_COMBINATION:
    case NAPE_OVERUSE_CLASS_OTHER:
      return 10;

    default:
      g_return_val_if_reached (10);
    }
}

NapeOveruseLevel
nape_overuse_level_for_days (NapeOveruseClass overuse_class,
                             guint            days)
{
  guint threshold = nape_overuse_class_get_threshold (overuse_class);

  if (days >= threshold)
    return NAPE_OVERUSE_LEVEL_REACHED;
  if (days * 5 >= threshold * 4)
    return NAPE_OVERUSE_LEVEL_APPROACHING;
  return NAPE_OVERUSE_LEVEL_NONE;
}

GArray *
nape_diary_count_headache_days (NapeDiary  *self,
                                int         year,
                                int         month,
                                guint       n_months,
                                GError    **error)
{
  DaySet set;
  GArray *counts = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_range (year, month, n_months, error))
    return NULL;

  day_set_init (&set, year, month, n_months);
  if (add_days (self, sql_headache_days, &set, error)
      && add_ongoing_days (self, FALSE, &set, error))
    counts = day_set_count (&set);
  day_set_clear (&set);

  return counts;
}

GArray *
nape_diary_count_migraine_days (NapeDiary  *self,
                                int         year,
                                int         month,
                                guint       n_months,
                                GError    **error)
{
  DaySet set;
  GArray *counts = NULL;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_range (year, month, n_months, error))
    return NULL;

  day_set_init (&set, year, month, n_months);
  if (add_days (self, sql_migraine_headache_days, &set, error)
      && add_days (self, sql_migraine_intake_days, &set, error)
      && add_ongoing_days (self, TRUE, &set, error))
    counts = day_set_count (&set);
  day_set_clear (&set);

  return counts;
}

typedef struct
{
  gint64   id;
  int      overuse_class;     /* -1 for a preventive drug */
} DrugClass;

static int
drug_class_of (GArray *drugs,
               gint64  id)
{
  for (guint i = 0; i < drugs->len; i++)
    if (g_array_index (drugs, DrugClass, i).id == id)
      return g_array_index (drugs, DrugClass, i).overuse_class;
  return -1;
}

/* Adds one day's classes (a bit per class) to its month. */
static void
flush_medication_day (GArray *counts,
                      int     day,
                      guint   classes,
                      int     year,
                      int     month)
{
  int index = month_index (day / 100, year, month, counts->len);
  NapeMedicationDays *days;

  if (index < 0 || classes == 0)
    return;

  days = &g_array_index (counts, NapeMedicationDays, index);
  days->acute++;
  if (classes & ~(1u << NAPE_OVERUSE_CLASS_OTHER))
    days->overuse_classes++;
  for (guint k = 0; k < NAPE_OVERUSE_N_CLASSES; k++)
    if (classes & (1u << k))
      days->by_class[k]++;
}

GArray *
nape_diary_count_medication_days (NapeDiary  *self,
                                  int         year,
                                  int         month,
                                  guint       n_months,
                                  GError    **error)
{
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GArray) drugs = NULL;
  sqlite3_stmt *stmt;
  int first_day, last_day, rc, current_day = 0;
  guint classes = 0;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_range (year, month, n_months, error))
    return NULL;

  counts = g_array_sized_new (FALSE, TRUE, sizeof (NapeMedicationDays), n_months);
  g_array_set_size (counts, n_months);
  month_range (year, month, n_months, &first_day, &last_day);

  /* The catalogue is small: a list beats a join on every intake. */
  drugs = g_array_new (FALSE, FALSE, sizeof (DrugClass));
  if (!(stmt = nape_diary_statement (self, sql_drugs, error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DrugClass drug = { sqlite3_column_int64 (stmt, 0), -1 };
      NapeOveruseClass klass;

      if (!sqlite3_column_int (stmt, 2)
          && nape_overuse_class_from_string ((const char *) sqlite3_column_text (stmt, 1), &klass))
        drug.overuse_class = klass;
      g_array_append_val (drugs, drug);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "counting medication days", error);
      return NULL;
    }

  if (!(stmt = nape_diary_statement (self, sql_intake_days, error)))
    return NULL;
  sqlite3_bind_int (stmt, 1, first_day);
  sqlite3_bind_int (stmt, 2, last_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int day = sqlite3_column_int (stmt, 0);
      int klass = drug_class_of (drugs, sqlite3_column_int64 (stmt, 1));

      if (day != current_day)
        {
          flush_medication_day (counts, current_day, classes, year, month);
          current_day = day;
          classes = 0;
        }
      if (klass >= 0)
        classes |= 1u << klass;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "counting medication days", error);
      return NULL;
    }
  flush_medication_day (counts, current_day, classes, year, month);

  return g_steal_pointer (&counts);
}

GArray *
nape_diary_check_medication_overuse (NapeDiary  *self,
                                     int         year,
                                     int         month,
                                     GError    **error)
{
  const guint history = 12;
  g_autoptr(GArray) months = NULL;
  g_autoptr(GArray) result = NULL;
  int first = year * 12 + (month - 1) - (int) (history - 1);

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_range (year, month, 1, error))
    return NULL;

  months = nape_diary_count_medication_days (self, MAX (1, first / 12), first >= 12 ? first % 12 + 1 : 1,
                                             history, error);
  if (months == NULL)
    return NULL;

  result = g_array_new (FALSE, TRUE, sizeof (NapeOveruseStatus));

  /* The classes that can be overused, then all of them together. */
  for (guint k = NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC; k <= NAPE_OVERUSE_N_CLASSES; k++)
    {
      NapeOveruseClass klass = k < NAPE_OVERUSE_N_CLASSES ? k : NAPE_OVERUSE_CLASS_OTHER;
      NapeOveruseStatus status = { 0, };

      status.overuse_class = klass;
      status.threshold = nape_overuse_class_get_threshold (klass);

      for (int m = history - 1; m >= 0; m--)
        {
          const NapeMedicationDays *days = &g_array_index (months, NapeMedicationDays, m);
          guint n = klass == NAPE_OVERUSE_CLASS_OTHER ? days->overuse_classes : days->by_class[klass];

          if ((guint) m == history - 1)
            {
              status.days = n;
              status.level = nape_overuse_level_for_days (klass, n);
            }
          if (n < status.threshold)
            break;
          status.months_reached++;
        }

      g_array_append_val (result, status);
    }

  return g_steal_pointer (&result);
}

static guint
midas_grade (guint score)
{
  if (score <= 5)
    return 1;
  if (score <= 10)
    return 2;
  if (score <= 20)
    return 3;
  return 4;
}

gboolean
nape_diary_compute_midas (NapeDiary    *self,
                          const GDate  *last_day,
                          NapeMidas    *midas,
                          GError      **error)
{
  static const char sql_answers[] =
    "SELECT total (missed_work), total (reduced_work AND NOT missed_work), total (missed_home),"
    "       total (reduced_home AND NOT missed_home), total (missed_social), count (*)"
    "  FROM day_factors WHERE date BETWEEN ?1 AND ?2";
  static const char sql_average_pain[] =
    "SELECT avg (peak_intensity) FROM headache"
    " WHERE peak_intensity IS NOT NULL"
    "   AND id IN (SELECT headache_id FROM headache_day WHERE day BETWEEN ?1 AND ?2)";
  sqlite3_stmt *stmt;
  GDate first;
  char first_text[16], last_text[16];
  int first_day, last_day_number, rc;
  guint n_months;
  DaySet set;
  gboolean ok;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (last_day != NULL && g_date_valid (last_day), FALSE);
  g_return_val_if_fail (midas != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (midas, 0, sizeof *midas);
  midas->average_pain = -1;

  first = *last_day;
  g_date_subtract_months (&first, 3);
  g_date_add_days (&first, 1);
  first_day = nape_diary_day_from_date (&first);
  last_day_number = nape_diary_day_from_date (last_day);
  g_snprintf (first_text, sizeof first_text, "%04d-%02d-%02d", first_day / 10000, (first_day / 100) % 100, first_day % 100);
  g_snprintf (last_text, sizeof last_text, "%04d-%02d-%02d",
              last_day_number / 10000, (last_day_number / 100) % 100, last_day_number % 100);

  if (!(stmt = nape_diary_statement (self, sql_answers, error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, first_text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last_text, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      for (guint i = 0; i < G_N_ELEMENTS (midas->answers); i++)
        {
          midas->answers[i] = (guint) sqlite3_column_double (stmt, i);
          midas->score += midas->answers[i];
        }
      midas->recorded_days = sqlite3_column_int (stmt, 5);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "computing MIDAS", error);
  midas->grade = midas_grade (midas->score);

  if (!(stmt = nape_diary_statement (self, sql_average_pain, error)))
    return FALSE;
  sqlite3_bind_int (stmt, 1, first_day);
  sqlite3_bind_int (stmt, 2, last_day_number);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    midas->average_pain = sqlite3_column_double (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    return nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "computing MIDAS", error);

  /* Question A: headache days, counted as everywhere else, then only those
   * inside the period. */
  n_months = (g_date_get_year (last_day) - g_date_get_year (&first)) * 12
             + g_date_get_month (last_day) - g_date_get_month (&first) + 1;
  day_set_init (&set, g_date_get_year (&first), g_date_get_month (&first), n_months);
  ok = add_days (self, sql_headache_days, &set, error) && add_ongoing_days (self, FALSE, &set, error);
  if (ok)
    {
      GDate day = first;

      for (; g_date_compare (&day, last_day) <= 0; g_date_add_days (&day, 1))
        {
          int m = month_index (nape_diary_day_from_date (&day) / 100, set.year, set.month, set.n_months);
          guint bit = (guint) m * 31 + g_date_get_day (&day) - 1;

          midas->headache_days += (set.bits[bit / 8] >> (bit % 8)) & 1;
        }
    }
  day_set_clear (&set);

  return ok;
}

typedef struct
{
  GArray *worst;
  int     month;   /* YYYYMM */
} WorstPain;

static void
note_worst_pain (WorstPain *worst,
                 int        day,
                 int        intensity)
{
  int *slot;

  if (day / 100 != worst->month)
    return;

  slot = &g_array_index (worst->worst, int, day % 100 - 1);
  *slot = MAX (*slot, intensity);
}

static void
note_ongoing_worst_pain (int           day,
                         sqlite3_stmt *row,
                         gpointer      user_data)
{
  note_worst_pain (user_data, day, sqlite3_column_int (row, 3));
}

GArray *
nape_diary_get_worst_pain_by_day (NapeDiary  *self,
                                  int         year,
                                  int         month,
                                  GError    **error)
{
  g_autoptr(GArray) worst = NULL;
  WorstPain pain;
  sqlite3_stmt *stmt;
  int first_day, last_day, rc;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_range (year, month, 1, error))
    return NULL;

  worst = g_array_sized_new (FALSE, FALSE, sizeof (int), 31);
  g_array_set_size (worst, 31);
  for (guint d = 0; d < 31; d++)
    g_array_index (worst, int, d) = -1;
  pain.worst = worst;
  pain.month = year * 100 + month;

  stmt = nape_diary_statement (self, sql_worst_pain_days, error);
  if (stmt == NULL)
    return NULL;

  month_range (year, month, 1, &first_day, &last_day);
  sqlite3_bind_int (stmt, 1, first_day);
  sqlite3_bind_int (stmt, 2, last_day);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    note_worst_pain (&pain, sqlite3_column_int (stmt, 0), sqlite3_column_int (stmt, 1));
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (sqlite3_db_handle (stmt), rc, "finding the worst pain of each day", error);
      return NULL;
    }

  if (!for_each_ongoing_day (self, last_day, note_ongoing_worst_pain, &pain, error))
    return NULL;

  return g_steal_pointer (&worst);
}
