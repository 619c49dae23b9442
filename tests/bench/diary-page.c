/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diary-page.c — benchmark of the Diary page's list over ten years of heavy use: opening
 * as the app does (the list there, every row made, and the longest the window is held up
 * meanwhile), and the update after one entry is edited, added or deleted, against building
 * the whole list again (the naive way). Needs a display: `build-aux/dev bench` runs it
 * under Xvfb. Prints "BENCH <name> <value> <unit>" lines. */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "bench.h"
#include "nape-diary-page.h"
#include "ten-years.h"

#define RUNS 11

/* When the last of the diary's own models changed, just before it says "changed". */
static gint64 model_changed_at;

/* The median of @times_us, in milliseconds. */
static void
report_median_ms (const char *name,
                  double     *times_us)
{
  bench_report (name, bench_percentile (times_us, RUNS, 0.5) / 1000.0, "ms");
}

static void
set_flag_cb (gpointer  emitter,
             gboolean *flag)
{
  *flag = TRUE;
}

/* Until the window has been laid out and drawn with the list as it is now. */
static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (set_flag_cb), &painted);

  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
}

/* One turn of the main loop; @longest_us keeps the longest, the longest the window did not
 * answer. */
static void
iterate_timed (double *longest_us)
{
  gint64 t0 = g_get_monotonic_time ();

  g_main_context_iteration (NULL, TRUE);
  *longest_us = MAX (*longest_us, g_get_monotonic_time () - t0);
}

/* Opens the diary as the app does, in a worker thread, until the list is there. */
static void
open_in_thread (NapeDiaryPage *page,
                const char    *path,
                double        *longest_us)
{
  nape_diary_page_open_async (page, path);
  while (nape_diary_page_get_diary (page) == NULL)
    iterate_timed (longest_us);
}

/* Until the list view shows every entry, the rows for the first ones made some at a
 * time. */
static void
wait_for_all_rows (NapeDiaryPage *page,
                   double        *longest_us)
{
  GtkListView *list_view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                         NAPE_TYPE_DIARY_PAGE,
                                                                         "list_view"));
  GListModel *shown = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  guint n_items = g_list_model_get_n_items (nape_diary_page_get_entries (page));

  while (g_list_model_get_n_items (shown) < n_items)
    iterate_timed (longest_us);
}

static void
model_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added)
{
  model_changed_at = g_get_monotonic_time ();
}

/* The diary's models change just before the diary says "changed" and the page updates
 * its list: the time from there on is the page's, not SQLite's. */
static void
watch_models (NapeDiary *diary)
{
  g_signal_connect (nape_diary_get_headaches (diary), "items-changed",
                    G_CALLBACK (model_changed_cb), NULL);
}

static void
saved_or_deleted (gboolean  done,
                  GError   *error)
{
  if (!done)
    g_error ("%s", error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(NapeDiaryContents) contents = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) first = NULL;
  double open_times[RUNS], frame_times[RUNS], naive_times[RUNS], naive_frame_times[RUNS];
  double all_rows_times[RUNS], stall_times[RUNS];
  double edit_times[RUNS], add_times[RUNS], delete_times[RUNS], update_frame_times[RUNS];
  double naive_ms, edit_ms;
  GtkWindow *window;
  NapeDiaryPage *page;
  NapeDiary *diary;
  guint n_items;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  dir = g_dir_make_tmp ("nape-bench-diary-page-XXXXXX", &error);
  g_assert_no_error (error);
  /* Never the user's own diary. */
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  path = g_build_filename (dir, "diary.db", NULL);

  gtk_init ();
  adw_init ();

  /* The ten years up to yesterday, so the newest days are "Today" and "Yesterday". */
  now = g_date_time_new_now_local ();
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  first = g_date_time_add_days (today, -TEN_YEARS_DAYS);
  contents = ten_years_generate (20240101, first);
  json = nape_diary_contents_to_json (contents);
  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  saved_or_deleted (nape_diary_import (diary, json, NAPE_DIARY_FORMAT_JSON, NULL, &error), error);
  g_object_unref (diary);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 760);
  page = g_object_new (NAPE_TYPE_DIARY_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  /* The first open of the day makes the daily backup; that is the diary's time, not the
   * page's. */
  g_assert_true (nape_diary_page_open (page, path));
  wait_for_frame (GTK_WIDGET (window));

  /* The file is checked and the models read in the worker thread; the window waits only
   * for the list, and then for no more than a few rows at a time. */
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      stall_times[r] = 0;
      open_in_thread (page, path, &stall_times[r]);
      open_times[r] = g_get_monotonic_time () - t0;
      wait_for_frame (GTK_WIDGET (window));
      frame_times[r] = g_get_monotonic_time () - t0;
      wait_for_all_rows (page, &stall_times[r]);
      all_rows_times[r] = g_get_monotonic_time () - t0;
    }
  diary = nape_diary_page_get_diary (page);
  watch_models (diary);
  n_items = g_list_model_get_n_items (nape_diary_page_get_entries (page));
  g_print ("# %u list items: %u headaches, %u intakes, %u sessions, %u days noted\n", n_items,
           TEN_YEARS_HEADACHES, TEN_YEARS_INTAKES, TEN_YEARS_SESSIONS, TEN_YEARS_DAYS);

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(NapeHeadache) headache = nape_headache_new ();
      g_autoptr(GDateTime) start = ten_years_random_time (rand, first);
      gint64 t0;

      /* The naive way: the whole list built and put in again. */
      t0 = g_get_monotonic_time ();
      nape_diary_page_rebuild_entries (page);
      naive_times[r] = g_get_monotonic_time () - t0;
      wait_for_frame (GTK_WIDGET (window));
      naive_frame_times[r] = g_get_monotonic_time () - t0;

      /* A past headache written down, then corrected, then deleted again. */
      nape_headache_set_start (headache, start);
      nape_headache_set_peak_intensity (headache, 6);
      saved_or_deleted (nape_diary_save (diary, headache, &error), error);
      add_times[r] = g_get_monotonic_time () - model_changed_at;
      wait_for_frame (GTK_WIDGET (window));

      nape_headache_set_peak_intensity (headache, 4);
      saved_or_deleted (nape_diary_save (diary, headache, &error), error);
      edit_times[r] = g_get_monotonic_time () - model_changed_at;
      wait_for_frame (GTK_WIDGET (window));
      update_frame_times[r] = g_get_monotonic_time () - model_changed_at;

      saved_or_deleted (nape_diary_delete (diary, headache, &error), error);
      delete_times[r] = g_get_monotonic_time () - model_changed_at;
      wait_for_frame (GTK_WIDGET (window));
    }
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_page_get_entries (page)), ==, n_items);

  report_median_ms ("diary-page-first-list-10y", open_times);
  report_median_ms ("diary-page-first-list-drawn-10y", frame_times);
  report_median_ms ("diary-page-all-rows-10y", all_rows_times);
  report_median_ms ("diary-page-open-longest-stall-10y", stall_times);
  report_median_ms ("diary-page-update-edit-10y", edit_times);
  report_median_ms ("diary-page-update-add-10y", add_times);
  report_median_ms ("diary-page-update-delete-10y", delete_times);
  report_median_ms ("diary-page-update-edit-drawn-10y", update_frame_times);
  report_median_ms ("diary-page-update-naive-10y", naive_times);
  report_median_ms ("diary-page-update-naive-drawn-10y", naive_frame_times);
  naive_ms = bench_percentile (naive_times, RUNS, 0.5);
  edit_ms = bench_percentile (edit_times, RUNS, 0.5);
  bench_report ("diary-page-update-edit-ratio", naive_ms / edit_ms, "x");

  gtk_window_destroy (window);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", dir);
  }

  return 0;
}
