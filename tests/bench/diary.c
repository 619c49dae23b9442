/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diary.c — benchmark of the diary over ten years of heavy use, against raw SQLite as the lower bound */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "bench.h"
#include "nape-diary-private.h"
#include "nape-diary-statistics.h"
#include "nape-diary.h"
#include "ten-years.h"

#define FIRST_YEAR 2015
#define N_YEARS 10
#define RUNS 21

static GTimeZone *berlin;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The same SQL as nape-diary-statistics.c, stepped raw with no object
 * layer and no counting: the lower bound. */
static const char raw_headache_days[] =
  "SELECT DISTINCT day FROM headache_day WHERE day BETWEEN ?1 AND ?2";
static const char raw_migraine_headache_days[] =
  "SELECT DISTINCT day FROM headache_day WHERE day BETWEEN ?1 AND ?2 AND migraine = 1";
static const char raw_migraine_intake_days[] =
  "SELECT i.day FROM intake i JOIN drug d ON d.id = i.drug_id"
  " WHERE i.day BETWEEN ?1 AND ?2 AND d.overuse_class IN ('triptan', 'ergot')";
static const char raw_drugs[] =
  "SELECT id, overuse_class, preventive FROM drug WHERE ?1 < ?2";
static const char raw_intake_days[] =
  "SELECT day, drug_id FROM intake WHERE day BETWEEN ?1 AND ?2 ORDER BY day";

/* The whole count as one SQL aggregate (GROUP BY month, count (DISTINCT
 * day)): what the API would do if SQLite counted. */
static const char group_headache_days[] =
  "SELECT day / 100, count (DISTINCT day) FROM headache_day"
  " WHERE day BETWEEN ?1 AND ?2 GROUP BY day / 100";
static const char group_migraine_days[] =
  "SELECT day / 100, count (*) FROM ("
  "  SELECT day FROM headache_day WHERE day BETWEEN ?1 AND ?2 AND migraine = 1"
  "  UNION"
  "  SELECT i.day FROM intake i JOIN drug d ON d.id = i.drug_id"
  "   WHERE i.day BETWEEN ?1 AND ?2 AND d.overuse_class IN ('triptan', 'ergot'))"
  " GROUP BY day / 100";
static const char group_medication_by_class[] =
  "SELECT i.day / 100, d.overuse_class, count (DISTINCT i.day)"
  "  FROM intake i JOIN drug d ON d.id = i.drug_id"
  " WHERE i.day BETWEEN ?1 AND ?2 AND d.preventive = 0 GROUP BY 1, 2";
static const char group_medication_any[] =
  "SELECT i.day / 100, count (DISTINCT i.day),"
  "       count (DISTINCT CASE WHEN d.overuse_class <> 'other' THEN i.day END)"
  "  FROM intake i JOIN drug d ON d.id = i.drug_id"
  " WHERE i.day BETWEEN ?1 AND ?2 AND d.preventive = 0 GROUP BY 1";

static double
time_raw (sqlite3     *db,
          const char **sqls,
          int          first_day,
          int          last_day)
{
  sqlite3_stmt *stmts[4] = { NULL, };
  double runs[RUNS];
  guint n = 0;

  /* Prepared once, as the diary caches its statements. */
  for (; sqls[n] != NULL; n++)
    {
      g_assert (n < G_N_ELEMENTS (stmts));
      g_assert (sqlite3_prepare_v3 (db, sqls[n], -1, SQLITE_PREPARE_PERSISTENT, &stmts[n], NULL) == SQLITE_OK);
    }

  for (guint r = 0; r < RUNS; r++)
    {
      double t0 = now_ms ();
      guint64 sum = 0;

      for (guint s = 0; s < n; s++)
        {
          sqlite3_reset (stmts[s]);
          sqlite3_bind_int (stmts[s], 1, first_day);
          sqlite3_bind_int (stmts[s], 2, last_day);
          while (sqlite3_step (stmts[s]) == SQLITE_ROW)
            sum += sqlite3_column_int (stmts[s], 0);
        }
      runs[r] = now_ms () - t0;
      g_assert (sum < G_MAXUINT64);
    }

  for (guint s = 0; s < n; s++)
    sqlite3_finalize (stmts[s]);

  return bench_percentile (runs, RUNS, 0.5);
}

typedef GArray *(*CountFunc) (NapeDiary *, int, int, guint, GError **);

static double
time_count (NapeDiary *diary,
            CountFunc  count,
            int        year,
            guint      n_months)
{
  double runs[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(GError) error = NULL;
      double t0 = now_ms ();
      g_autoptr(GArray) result = count (diary, year, 1, n_months, &error);

      runs[r] = now_ms () - t0;
      g_assert (result != NULL);
    }

  return bench_percentile (runs, RUNS, 0.5);
}

static GArray *
check_overuse_months (NapeDiary  *diary,
                      int         year,
                      int         month,
                      guint       n_months,
                      GError    **error)
{
  GArray *last = NULL;

  /* The Insights page asks once per month shown. */
  for (guint m = 0; m < n_months; m++)
    {
      g_clear_pointer (&last, g_array_unref);
      last = nape_diary_check_medication_overuse (diary, year + (int) (m / 12), (int) (m % 12) + 1, error);
      if (last == NULL)
        return NULL;
    }

  return last;
}

static void
bench_query (NapeDiary   *diary,
             sqlite3     *raw,
             const char  *name,
             CountFunc    count,
             const char **sqls,
             const char **group_sqls)
{
  struct { const char *span; int year; guint months; } spans[] = {
    { "1y", FIRST_YEAR + N_YEARS - 1, 12 },
    { "10y", FIRST_YEAR, 12 * N_YEARS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      g_autofree char *label = g_strdup_printf ("diary-%s-%s", name, spans[i].span);
      g_autofree char *raw_label = g_strdup_printf ("diary-%s-%s-raw-sqlite", name, spans[i].span);
      g_autofree char *ratio_label = g_strdup_printf ("diary-%s-%s-ratio", name, spans[i].span);
      int last = spans[i].year + (int) spans[i].months / 12 - 1;
      g_autofree char *group_label = g_strdup_printf ("diary-%s-%s-sql-group-by", name, spans[i].span);
      double api = time_count (diary, count, spans[i].year, spans[i].months);
      double lower = time_raw (raw, sqls, spans[i].year * 10000 + 101, last * 10000 + 1231);
      double group = time_raw (raw, group_sqls, spans[i].year * 10000 + 101, last * 10000 + 1231);

      bench_report (label, api, "ms");
      bench_report (raw_label, lower, "ms");
      bench_report (ratio_label, api / lower, "x");
      bench_report (group_label, group, "ms");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-bench-diary-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "nape", "diary.db", NULL);
  g_autofree char *path2 = g_build_filename (dir, "copy", "diary.db", NULL);
  g_autoptr(NapeDiaryContents) contents = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) csv = NULL;
  NapeDiary *diary;
  sqlite3 *raw = NULL;
  g_autoptr(GRand) rand_for_adds = g_rand_new_with_seed (7);
  g_autoptr(GDateTime) first = NULL;
  double t0, runs[RUNS];
  guint added = 0;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  berlin = g_time_zone_new_identifier ("Europe/Berlin");
  first = g_date_time_new (berlin, FIRST_YEAR, 1, 1, 0, 0, 0);

  contents = ten_years_generate (20240101, first);
  json = nape_diary_contents_to_json (contents);

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  t0 = now_ms ();
  if (!nape_diary_import (diary, json, NAPE_DIARY_FORMAT_JSON, &added, &error))
    g_error ("%s", error->message);
  bench_report ("diary-import-json-10y", now_ms () - t0, "ms");
  g_print ("# %u records: %u headaches, %u intakes, %u sessions, %u days; JSON %.1f MB\n",
           added, contents->headaches->len, contents->intakes->len, contents->massage_sessions->len,
           contents->day_factors->len, g_bytes_get_size (json) / 1e6);
  g_object_unref (diary);

  /* The first open of the day also makes the daily backup. */
  t0 = now_ms ();
  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  bench_report ("diary-open-with-daily-backup", now_ms () - t0, "ms");
  g_object_unref (diary);

  for (guint r = 0; r < RUNS; r++)
    {
      t0 = now_ms ();
      diary = nape_diary_open (path, &error);
      runs[r] = now_ms () - t0;
      g_assert_no_error (error);
      g_object_unref (diary);
    }
  bench_report ("diary-open", bench_percentile (runs, RUNS, 0.5), "ms");

  {
    GStatBuf st;

    if (g_stat (path, &st) == 0)
      g_print ("# diary file %.1f MB\n", st.st_size / 1e6);
  }

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(NapeHeadache) headache = nape_headache_new ();
      g_autoptr(GDateTime) start = g_date_time_new_now (berlin);
      const char *symptoms[] = { "nausea", NULL };

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, start);
      nape_headache_set_peak_intensity (headache, 5);
      nape_headache_set_symptoms (headache, symptoms);
      t0 = now_ms ();
      if (!nape_diary_save (diary, headache, &error))
        g_error ("%s", error->message);
      runs[r] = now_ms () - t0;
    }
  bench_report ("diary-add-entry-durable", bench_percentile (runs, RUNS, 0.5), "ms");

  g_assert (sqlite3_open_v2 (path, &raw, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
  {
    const char *headache_sqls[] = { raw_headache_days, NULL };
    const char *migraine_sqls[] = { raw_migraine_headache_days, raw_migraine_intake_days, NULL };
    const char *medication_sqls[] = { raw_drugs, raw_intake_days, NULL };
    const char *group_headache[] = { group_headache_days, NULL };
    const char *group_migraine[] = { group_migraine_days, NULL };
    const char *group_medication[] = { group_medication_by_class, group_medication_any, NULL };

    bench_query (diary, raw, "headache-days", nape_diary_count_headache_days, headache_sqls, group_headache);
    bench_query (diary, raw, "migraine-days", nape_diary_count_migraine_days, migraine_sqls, group_migraine);
    bench_query (diary, raw, "medication-days", nape_diary_count_medication_days, medication_sqls,
                 group_medication);

    /* One month's overuse check reads the twelve months before it. */
    for (guint r = 0; r < RUNS; r++)
      {
        g_autoptr(GArray) statuses = NULL;

        t0 = now_ms ();
        statuses = nape_diary_check_medication_overuse (diary, FIRST_YEAR + N_YEARS - 1, 12, &error);
        runs[r] = now_ms () - t0;
        g_assert (statuses != NULL);
      }
    {
      double api = bench_percentile (runs, RUNS, 0.5);
      double lower = time_raw (raw, medication_sqls, (FIRST_YEAR + N_YEARS - 1) * 10000 + 101,
                               (FIRST_YEAR + N_YEARS - 1) * 10000 + 1231);

      bench_report ("diary-overuse-check-month", api, "ms");
      bench_report ("diary-overuse-check-month-raw-sqlite", lower, "ms");
      bench_report ("diary-overuse-check-month-ratio", api / lower, "x");
    }

    /* Every month of ten years, as a chart of overuse would ask. */
    t0 = now_ms ();
    {
      g_autoptr(GArray) last = check_overuse_months (diary, FIRST_YEAR, 1, 12 * N_YEARS, &error);

      g_assert (last != NULL);
    }
    bench_report ("diary-overuse-check-every-month-10y", now_ms () - t0, "ms");
  }
  sqlite3_close (raw);

  t0 = now_ms ();
  exported = nape_diary_export (diary, NAPE_DIARY_FORMAT_JSON, &error);
  bench_report ("diary-export-json-10y", now_ms () - t0, "ms");
  g_assert_no_error (error);
  t0 = now_ms ();
  csv = nape_diary_export (diary, NAPE_DIARY_FORMAT_CSV, &error);
  bench_report ("diary-export-csv-10y", now_ms () - t0, "ms");
  g_assert_no_error (error);

  t0 = now_ms ();
  {
    g_autoptr(GListModel) keep = g_object_ref (nape_diary_get_headaches (diary));

    bench_report ("diary-model-headaches-load", now_ms () - t0, "ms");

    /* Adding with the model loaded also places the entry in it. */
    for (guint r = 0; r < RUNS; r++)
      {
        g_autoptr(NapeHeadache) headache = nape_headache_new ();
        g_autoptr(GDateTime) start = ten_years_random_time (rand_for_adds, first);

        nape_headache_set_start (headache, start);
        t0 = now_ms ();
        if (!nape_diary_save (diary, headache, &error))
          g_error ("%s", error->message);
        runs[r] = now_ms () - t0;
      }
    bench_report ("diary-add-entry-durable-model-loaded", bench_percentile (runs, RUNS, 0.5), "ms");
  }
  g_object_unref (diary);

  diary = nape_diary_open (path2, &error);
  g_assert_no_error (error);
  t0 = now_ms ();
  if (!nape_diary_import (diary, csv, NAPE_DIARY_FORMAT_CSV, &added, &error))
    g_error ("%s", error->message);
  bench_report ("diary-import-csv-10y", now_ms () - t0, "ms");
  g_object_unref (diary);

  if (g_getenv ("NAPE_BENCH_KEEP") != NULL)
    {
      g_print ("# kept %s\n", dir);
    }
  else
    {
      g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

      if (system (cmd) != 0)
        g_printerr ("could not remove %s\n", dir);
    }
  g_time_zone_unref (berlin);

  return 0;
}
