/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-routines.c: the Routines page under Xvfb: the list and a routine's page, and the
 * player driven in virtual time by a NapeManualClock: start, pause, skip, count, stop
 * (after asking) and the entry it hands to the diary. */

#include "config.h"

#include <adwaita.h>

#include "nape-caution-row.h"
#include "nape-manual-clock.h"
#include "nape-routine-row.h"
#include "nape-routines-page.h"
#include "test-main-loop.h"
#include "test-widget-tree.h"

#define SECOND G_GINT64_CONSTANT (1000000)

static NapeAtlas *atlas;
static GListModel *routines;
static GtkWindow *window;
static NapeRoutinesPage *page;

/* Lets the window lay out and draw. */
static void
settle (void)
{
  nape_test_run_for (100);
}

static NapeSessionView *
session_view (void)
{
  return nape_routines_page_get_session_view (page);
}

static NapeSession *
session (void)
{
  return nape_session_view_get_session (session_view ());
}

static void
activate (const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (session_view ()), action, NULL));
}

/* Opens the routine's page and starts it with a fresh manual clock. */
static NapeManualClock *
start_routine (const char *routine_id)
{
  g_autoptr(NapeClock) clock = nape_manual_clock_new (1000 * SECOND);

  g_assert_true (nape_routines_page_show_routine (page, routine_id));
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.play-shown", NULL));
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "session");
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "before");

  nape_session_view_set_clock (session_view (), clock);
  activate ("session.start");
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "running");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_GET_READY);

  return NAPE_MANUAL_CLOCK (g_steal_pointer (&clock));
}

static void
test_list (void)
{
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "list");
  g_assert_cmpuint (nape_routines_page_get_program_days (page), ==, 0);
  g_assert_false (nape_routines_page_show_routine (page, "no-such-routine"));

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (routines, i);

      g_assert_true (nape_routines_page_show_routine (page, nape_routine_get_id (routine)));
      settle ();
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.back", NULL));
      g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "list");
    }
}

/* Every built-in routine has a row in its group, and a row opens its routine's page; the
 * program says where the user is, at the first stage before any session. */
static void
test_rows_open_routines (void)
{
  g_autoptr(GPtrArray) rows = nape_test_find_widgets (GTK_WIDGET (page), NAPE_TYPE_ROUTINE_ROW);
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  guint here = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const char *routine_id = nape_routine_row_get_routine_id (rows->pdata[i]);

      g_assert_nonnull (routine_id);
      g_assert_true (gtk_list_box_row_get_activatable (rows->pdata[i]));
      g_hash_table_add (listed, (gpointer) routine_id);

      nape_test_activate_row (rows->pdata[i]);
      g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "routines.back", NULL));
    }

  for (guint i = 0; i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (routines, i);

      g_assert_true (g_hash_table_contains (listed, nape_routine_get_id (routine)));
    }

  /* Opening a routine refills its page: look for the badge only now. */
  labels = nape_test_find_widgets (GTK_WIDGET (page), GTK_TYPE_LABEL);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = labels->pdata[i];

      if (gtk_widget_has_css_class (label, "nape-here-badge") && gtk_widget_get_visible (label))
        {
          GtkWidget *row = gtk_widget_get_ancestor (label, NAPE_TYPE_ROUTINE_ROW);

          g_assert_cmpstr (nape_routine_row_get_routine_id (NAPE_ROUTINE_ROW (row)), ==,
                           "back-of-head-first-week");
          here++;
        }
    }
  g_assert_cmpuint (here, ==, 1);
}

/* Before a routine, each caution of the muscles it works is shown once. */
static void
test_cautions (void)
{
  g_autoptr(GHashTable) cautions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(NapeRoutine) routine = NULL;
  GListModel *steps;

  for (guint i = 0; routine == NULL && i < g_list_model_get_n_items (routines); i++)
    {
      g_autoptr(NapeRoutine) candidate = g_list_model_get_item (routines, i);

      if (g_str_equal (nape_routine_get_id (candidate), "back-of-head-full"))
        routine = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (routine);

  steps = nape_routine_get_steps (routine);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      NapeZone *zone = nape_atlas_get_zone (atlas, nape_routine_step_get_zone_id (step));
      GListModel *zone_cautions = nape_zone_get_cautions (zone);

      for (guint c = 0; c < g_list_model_get_n_items (zone_cautions); c++)
        {
          g_autoptr(NapeCaution) caution = g_list_model_get_item (zone_cautions, c);

          g_hash_table_add (cautions, (gpointer) nape_caution_get_id (caution));
        }
    }
  g_assert_cmpuint (g_hash_table_size (cautions), >, 0);

  nape_routines_page_play (page, routine);
  settle ();
  rows = nape_test_find_widgets (GTK_WIDGET (session_view ()), NAPE_TYPE_CAUTION_ROW);
  g_assert_cmpuint (rows->len, ==, g_hash_table_size (cautions));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(GPtrArray) icons = nape_test_find_widgets (rows->pdata[i], GTK_TYPE_IMAGE);
      gboolean warned = FALSE;

      g_assert_true (adw_preferences_row_get_title (rows->pdata[i])[0] != '\0');
      g_assert_true (adw_action_row_get_subtitle (rows->pdata[i])[0] != '\0');
      for (guint c = 0; c < icons->len; c++)
        warned |= g_strcmp0 (gtk_image_get_icon_name (icons->pdata[c]),
                             "dialog-warning-symbolic") == 0;
      g_assert_true (warned);
    }

  activate ("session.close");
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "list");
}

static void
test_start_pause_skip (void)
{
  g_autoptr(NapeManualClock) clock = start_routine ("back-of-head-first-week");
  NapeAnatomyView *view = nape_session_view_get_anatomy_view (session_view ());
  gint64 remaining;

  settle ();
  nape_manual_clock_advance (clock, NAPE_SESSION_DEFAULT_GET_READY_SECONDS * SECOND);
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_RUNNING);
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 0);
  g_assert_cmpint (nape_session_get_side (session ()), ==, NAPE_SIDE_LEFT);
  g_assert_nonnull (nape_anatomy_view_get_renderer (view));

  /* Space pauses a timed step; time stands still until Space again. */
  nape_manual_clock_advance (clock, 10 * SECOND);
  activate ("session.space");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_PAUSED);
  remaining = nape_session_get_remaining_ms (session ());
  g_assert_cmpint (remaining, ==, 50 * 1000);
  nape_manual_clock_advance (clock, 120 * SECOND);
  g_assert_cmpint (nape_session_get_remaining_ms (session ()), ==, remaining);
  activate ("session.toggle-pause");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_RUNNING);
  settle ();

  /* Skip ends the side: the switch pause, then the right side. */
  activate ("session.skip");
  g_assert_cmpint (nape_session_get_phase (session ()), ==, NAPE_SESSION_PHASE_SWITCH);
  nape_manual_clock_advance (clock, NAPE_SIDE_SWITCH_SECONDS * SECOND);
  g_assert_cmpint (nape_session_get_phase (session ()), ==, NAPE_SESSION_PHASE_STEP);
  g_assert_cmpint (nape_session_get_side (session ()), ==, NAPE_SIDE_RIGHT);
  activate ("session.skip");
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 1);
  g_assert_cmpint (nape_session_get_side (session ()), ==, NAPE_SIDE_LEFT);

  /* Back within the first seconds goes to the previous step. */
  activate ("session.back");
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 0);
  settle ();

  /* Play the rest out in virtual time. */
  nape_manual_clock_advance (clock, 3600 * SECOND);
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_FINISHED);
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "after");
  settle ();

  activate ("session.close");
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");
}

static void
finished_cb (NapeRoutinesPage    *emitter,
             NapeMassageSession  *entry,
             NapeMassageSession **out)
{
  g_set_object (out, entry);
}

static void
respond_to_dialog (const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        {
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (toplevel), response);
          gtk_window_destroy (toplevel);
          return;
        }
    }

  g_assert_not_reached ();
}

/* A step skipped on both sides is not counted as done, in the summary or the diary; the
 * steps played out are. */
static void
test_skipped_steps_not_done (void)
{
  g_autoptr(NapeManualClock) clock = start_routine ("back-of-head-first-week");
  g_autoptr(NapeMassageSession) entry = NULL;
  guint n_steps = g_list_model_get_n_items (nape_routine_get_steps (
    nape_session_get_routine (session ())));

  g_signal_connect (page, "session-finished", G_CALLBACK (finished_cb), &entry);
  nape_manual_clock_advance (clock, NAPE_SESSION_DEFAULT_GET_READY_SECONDS * SECOND);
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 0);

  activate ("session.skip");
  nape_manual_clock_advance (clock, NAPE_SIDE_SWITCH_SECONDS * SECOND);
  g_assert_cmpint (nape_session_get_side (session ()), ==, NAPE_SIDE_RIGHT);
  activate ("session.skip");
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 1);

  nape_manual_clock_advance (clock, 3600 * SECOND);
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_FINISHED);
  settle ();

  activate ("session.save");
  g_assert_nonnull (entry);
  g_assert_cmpint (nape_massage_session_get_steps_done (entry), ==, n_steps - 1);
  g_signal_handlers_disconnect_by_data (page, &entry);
}

static void
test_stop_asks_first (void)
{
  g_autoptr(NapeManualClock) clock = start_routine ("back-of-head-first-week");
  g_autoptr(NapeMassageSession) entry = NULL;
  const char * const *zones;

  g_signal_connect (page, "session-finished", G_CALLBACK (finished_cb), &entry);

  nape_manual_clock_advance (clock, (NAPE_SESSION_DEFAULT_GET_READY_SECONDS + 130) * SECOND);
  g_assert_cmpint (nape_session_get_step_index (session ()), ==, 1);

  /* Esc asks; the session waits while the question is open, and goes on after "Keep Going". */
  activate ("session.stop");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_PAUSED);
  settle ();
  respond_to_dialog ("continue");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_RUNNING);

  activate ("session.stop");
  settle ();
  respond_to_dialog ("stop");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_STOPPED);
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "after");
  settle ();

  activate ("session.save");
  g_assert_nonnull (entry);
  g_assert_cmpstr (nape_massage_session_get_routine_id (entry), ==, "back-of-head-first-week");
  g_assert_cmpint (nape_massage_session_get_steps_done (entry), ==, 1);
  g_assert_cmpint (nape_massage_session_get_duration (entry), ==,
                   NAPE_SESSION_DEFAULT_GET_READY_SECONDS + 130);
  g_assert_cmpint (nape_massage_session_get_pain_before (entry), ==, 0);
  g_assert_cmpint (nape_massage_session_get_helped_step (entry), ==, -1);
  zones = nape_massage_session_get_zones (entry);
  g_assert_cmpstr (zones[0], ==, "upper-trapezius:left");
  g_assert_cmpstr (zones[1], ==, "upper-trapezius:right");
  g_assert_null (zones[2]);
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");

  g_signal_handlers_disconnect_by_data (page, &entry);
}

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (toplevel);
    }

  return n;
}

/* Closing the window while a routine plays asks first, as Escape does, and only once;
 * closing it after the routine stopped saves what was done instead of losing it. */
static void
test_close_asks_then_saves (void)
{
  g_autoptr(NapeManualClock) clock = start_routine ("back-of-head-first-week");
  g_autoptr(NapeMassageSession) entry = NULL;

  g_signal_connect (page, "session-finished", G_CALLBACK (finished_cb), &entry);
  nape_manual_clock_advance (clock, (NAPE_SESSION_DEFAULT_GET_READY_SECONDS + 30) * SECOND);

  g_assert_true (nape_routines_page_close_request (page));
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_PAUSED);
  g_assert_true (nape_routines_page_close_request (page));
  settle ();
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  respond_to_dialog ("stop");
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "after");
  g_assert_null (entry);

  g_assert_false (nape_routines_page_close_request (page));
  g_assert_nonnull (entry);
  g_assert_cmpint (nape_massage_session_get_duration (entry), ==,
                   NAPE_SESSION_DEFAULT_GET_READY_SECONDS + 30);
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "routine");

  /* Nothing is left to save or ask. */
  g_clear_object (&entry);
  g_assert_false (nape_routines_page_close_request (page));
  g_assert_null (entry);
  g_signal_handlers_disconnect_by_data (page, &entry);
}

static void
test_count_repetitions (void)
{
  g_autoptr(NapeManualClock) clock = NULL;
  g_autoptr(NapeRoutine) routine = nape_routine_new ("counted", "Counted", NULL,
                                                     NAPE_ROUTINE_FIT_DAILY,
                                                     NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(NapeRoutineStep) step = nape_routine_step_new ("suboccipitals", "pressure-motion",
                                                           0, 0, 3, 0,
                                                           NAPE_ROUTINE_STEP_NO_INTENSITY,
                                                           NULL);

  nape_routine_append_step (routine, step);
  clock = NAPE_MANUAL_CLOCK (nape_manual_clock_new (0));
  nape_routines_page_play (page, routine);
  nape_session_view_set_clock (session_view (), NAPE_CLOCK (clock));
  activate ("session.start");
  nape_manual_clock_advance (clock, NAPE_SESSION_DEFAULT_GET_READY_SECONDS * SECOND);
  settle ();

  /* On a step that waits for the user, Space counts. */
  for (guint i = 1; i <= 2; i++)
    {
      activate ("session.space");
      g_assert_cmpuint (nape_session_get_repetition (session ()), ==, i);
      g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_RUNNING);
    }
  activate ("session.count-repetition");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_FINISHED);
  activate ("session.close");
}

/* Escape leaves the screen before the start, asks while the routine plays; a routine
 * skipped from start to end is not praised for it. */
static void
test_escape_and_every_step_skipped (void)
{
  g_autoptr(NapeManualClock) clock = NULL;
  GtkLabel *title;

  nape_routines_page_practice_zone (page, "upper-trapezius");
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "before");
  activate ("session.escape");
  g_assert_cmpstr (nape_routines_page_get_shown (page), !=, "session");

  clock = start_routine ("back-of-head-first-week");
  activate ("session.escape");
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_PAUSED);
  settle ();
  respond_to_dialog ("continue");

  for (guint i = 0; i < 100 && nape_session_get_state (session ()) != NAPE_SESSION_STATE_FINISHED; i++)
    {
      activate ("session.skip");
      nape_manual_clock_advance (clock, NAPE_SIDE_SWITCH_SECONDS * SECOND);
    }
  g_assert_cmpint (nape_session_get_state (session ()), ==, NAPE_SESSION_STATE_FINISHED);
  title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (session_view ()),
                                                    NAPE_TYPE_SESSION_VIEW, "after_title"));
  g_assert_cmpstr (gtk_label_get_label (title), ==, "Every Step Skipped");
  activate ("session.close");
}

static void
test_practice_zone (void)
{
  g_autoptr(NapeRoutine) routine = nape_routines_page_new_zone_routine (page, "upper-trapezius");

  g_assert_nonnull (routine);
  g_assert_cmpuint (g_list_model_get_n_items (nape_routine_get_steps (routine)), >, 0);
  g_assert_null (nape_routines_page_new_zone_routine (page, "no-such-zone"));

  nape_routines_page_practice_zone (page, "upper-trapezius");
  g_assert_cmpstr (nape_routines_page_get_shown (page), ==, "session");
  g_assert_cmpstr (nape_session_view_get_stage (session_view ()), ==, "before");
  activate ("session.close");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  atlas = nape_atlas_new_from_resource (NAPE_ATLAS_RESOURCE, &error);
  g_assert_no_error (error);
  routines = nape_routine_list_new_from_resource (NAPE_ROUTINES_RESOURCE, atlas, &error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 760);
  page = g_object_new (NAPE_TYPE_ROUTINES_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  nape_routines_page_set_content (page, atlas, routines);
  gtk_window_present (window);
  settle ();

  g_test_add_func ("/routines/list", test_list);
  g_test_add_func ("/routines/rows-open-routines", test_rows_open_routines);
  g_test_add_func ("/routines/cautions", test_cautions);
  g_test_add_func ("/routines/start-pause-skip", test_start_pause_skip);
  g_test_add_func ("/routines/stop-asks-first", test_stop_asks_first);
  g_test_add_func ("/routines/close-asks-then-saves", test_close_asks_then_saves);
  g_test_add_func ("/routines/skipped-steps-not-done", test_skipped_steps_not_done);
  g_test_add_func ("/routines/count-repetitions", test_count_repetitions);
  g_test_add_func ("/routines/practice-zone", test_practice_zone);
  g_test_add_func ("/routines/escape-and-every-step-skipped", test_escape_and_every_step_skipped);
  status = g_test_run ();

  gtk_window_destroy (window);
  g_clear_object (&routines);
  g_assert_finalize_object (atlas);

  return status;
}
