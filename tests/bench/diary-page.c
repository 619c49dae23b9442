/* SPDX-License-Identifier: GPL-3.0-or-later */
/* diary-page.c — benchmark of the Diary page's list over ten years of heavy use: the first
 * list after opening, and the update after one entry is edited, added or deleted, against
 * building the whole list again (the naive way). Needs a display: `build-aux/dev bench`
 * runs it under Xvfb. Prints "BENCH <name> <value> <unit>" lines. */

#include "config.h"

#include <adwaita.h>
#include <stdio.h>

#include "nape-diary-page.h"
#include "nape-diary-private.h"

#define N_HEADACHES 20000
#define N_INTAKES 30000
#define N_SESSIONS 10000
#define N_DAYS (10 * 365)
#define RUNS 11

/* When the last of the diary's own models changed, just before it says "changed". */
static gint64 model_changed_at;

static double
median_ms (gint64 *times)
{
  gint64 sorted[RUNS];

  memcpy (sorted, times, sizeof sorted);
  for (guint i = 1; i < RUNS; i++)
    for (guint j = i; j > 0 && sorted[j - 1] > sorted[j]; j--)
      {
        gint64 swap = sorted[j];

        sorted[j] = sorted[j - 1];
        sorted[j - 1] = swap;
      }

  return sorted[RUNS / 2] / 1000.0;
}

/* A time in the ten years up to yesterday. */
static GDateTime *
random_time (GRand *rand)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  return g_date_time_add_seconds (yesterday, -g_rand_double_range (rand, 0, N_DAYS * 86400.0));
}

/* Only what the list shows: times, kinds, pain, doses and minutes. */
static GBytes *
ten_years (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240101);
  g_autoptr(NapeDiaryContents) contents = nape_diary_contents_new ();
  g_autoptr(GDateTime) first_day = g_date_time_new_now_local ();
  NapeDrug *drug = nape_drug_new ();

  nape_drug_set_name (drug, "Ibuprofen");
  nape_drug_set_unit (drug, "mg");
  g_ptr_array_add (contents->drugs, drug);

  for (guint i = 0; i < N_HEADACHES; i++)
    {
      NapeHeadache *headache = nape_headache_new ();
      g_autoptr(GDateTime) start = random_time (rand);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start, g_rand_int_range (rand, 30, 1800));

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, end);
      nape_headache_set_peak_intensity (headache, g_rand_int_range (rand, 2, 10));
      nape_headache_set_kind (headache, g_rand_int_range (rand, 0, 7));
      g_ptr_array_add (contents->headaches, headache);
    }

  for (guint i = 0; i < N_INTAKES; i++)
    {
      NapeIntake *intake = nape_intake_new ();
      g_autoptr(GDateTime) time = random_time (rand);

      nape_intake_set_time (intake, time);
      nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
      nape_intake_set_dose (intake, 400);
      nape_intake_set_unit (intake, "mg");
      g_ptr_array_add (contents->intakes, intake);
    }

  for (guint i = 0; i < N_SESSIONS; i++)
    {
      NapeMassageSession *session = nape_massage_session_new ();
      g_autoptr(GDateTime) start = random_time (rand);

      nape_massage_session_set_start (session, start);
      nape_massage_session_set_duration (session, g_rand_int_range (rand, 120, 1200));
      nape_massage_session_set_pain_before (session, g_rand_int_range (rand, 3, 9));
      nape_massage_session_set_pain_after (session, g_rand_int_range (rand, 0, 6));
      g_ptr_array_add (contents->massage_sessions, session);
    }

  for (guint i = 0; i < N_DAYS; i++)
    {
      NapeDayFactors *factors = nape_day_factors_new ();
      g_autoptr(GDateTime) day = g_date_time_add_days (first_day, -(int) i);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      nape_day_factors_set_date (factors, date);
      nape_day_factors_set_sleep_hours (factors, g_rand_double_range (rand, 4, 9));
      nape_day_factors_set_stress (factors, g_rand_int_range (rand, 0, 4));
      g_ptr_array_add (contents->day_factors, factors);
    }

  return nape_diary_contents_to_json (contents);
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
  gint64 open_times[RUNS], frame_times[RUNS], naive_times[RUNS], naive_frame_times[RUNS];
  gint64 edit_times[RUNS], add_times[RUNS], delete_times[RUNS], update_frame_times[RUNS];
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

  json = ten_years ();
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

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_assert_true (nape_diary_page_open (page, path));
      open_times[r] = g_get_monotonic_time () - t0;
      wait_for_frame (GTK_WIDGET (window));
      frame_times[r] = g_get_monotonic_time () - t0;
    }
  diary = nape_diary_page_get_diary (page);
  watch_models (diary);
  n_items = g_list_model_get_n_items (nape_diary_page_get_entries (page));
  g_print ("# %u list items: %u headaches, %u intakes, %u sessions, %u days noted\n", n_items,
           N_HEADACHES, N_INTAKES, N_SESSIONS, N_DAYS);

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr(NapeHeadache) headache = nape_headache_new ();
      g_autoptr(GDateTime) start = random_time (rand);
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

  g_print ("BENCH diary-page-first-list-10y %.3f ms\n", median_ms (open_times));
  g_print ("BENCH diary-page-first-list-drawn-10y %.3f ms\n", median_ms (frame_times));
  g_print ("BENCH diary-page-update-edit-10y %.3f ms\n", median_ms (edit_times));
  g_print ("BENCH diary-page-update-add-10y %.3f ms\n", median_ms (add_times));
  g_print ("BENCH diary-page-update-delete-10y %.3f ms\n", median_ms (delete_times));
  g_print ("BENCH diary-page-update-edit-drawn-10y %.3f ms\n", median_ms (update_frame_times));
  g_print ("BENCH diary-page-update-naive-10y %.3f ms\n", median_ms (naive_times));
  g_print ("BENCH diary-page-update-naive-drawn-10y %.3f ms\n", median_ms (naive_frame_times));
  g_print ("BENCH diary-page-update-edit-ratio %.3f x\n", median_ms (naive_times) / median_ms (edit_times));

  gtk_window_destroy (window);
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

    if (system (cmd) != 0)
      g_printerr ("could not remove %s\n", dir);
  }

  return 0;
}
