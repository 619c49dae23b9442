/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-application.c: the window, its pages and the application's dialogs under Xvfb. */

#include "config.h"

#include <adwaita.h>

#include "nape-application.h"
#include "nape-diary-page.h"
#include "nape-preferences-window.h"
#include "nape-routine-row.h"
#include "nape-routines-page.h"
#include "nape-safety-window.h"
#include "nape-window.h"
#include "test-main-loop.h"

static NapeApplication *app;

/* Runs the main loop until @predicate holds, for at most five seconds. */
static gboolean
wait_for (gboolean (*predicate) (gpointer),
          gpointer   data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (5, nape_test_set_flag_cb, &timed_out);

  while (!predicate (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  if (!timed_out)
    g_source_remove (id);

  return predicate (data);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  GtkWindow *window = find_toplevel (GPOINTER_TO_SIZE (type));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
toplevel_gone (gpointer type)
{
  return find_toplevel (GPOINTER_TO_SIZE (type)) == NULL;
}

static NapeWindow *
main_window (void)
{
  GtkWindow *window = find_toplevel (NAPE_TYPE_WINDOW);

  g_assert_nonnull (window);
  g_assert_true (gtk_window_get_application (window) == GTK_APPLICATION (app));
  return NAPE_WINDOW (window);
}

/* Opens a toplevel of @type through an action of the main window or the application,
 * checks it is shown above the main window, closes it again. */
static void
assert_action_opens_and_closes (const char *action,
                                GType       type)
{
  GtkWindow *window;

  g_assert_true (toplevel_gone (GSIZE_TO_POINTER (type)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (main_window ()), action, NULL));
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (type)));

  window = find_toplevel (type);
  g_assert_true (gtk_window_get_transient_for (window) == GTK_WINDOW (main_window ()));
  gtk_window_close (window);
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (type)));
}

static void
test_first_run_shows_safety (void)
{
  GSettings *settings = nape_application_get_settings (app);
  NapeSafetyWindow *safety;

  g_assert_false (g_settings_get_boolean (settings, "safety-acknowledged"));
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (NAPE_TYPE_SAFETY_WINDOW)));

  safety = NAPE_SAFETY_WINDOW (find_toplevel (NAPE_TYPE_SAFETY_WINDOW));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (safety)));

  /* Acknowledging is remembered and closes the sheet. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (safety), "safety.acknowledge", NULL));
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (NAPE_TYPE_SAFETY_WINDOW)));
  g_assert_true (g_settings_get_boolean (settings, "safety-acknowledged"));

  /* A second activation does not show it again… */
  g_application_activate (G_APPLICATION (app));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (toplevel_gone (GSIZE_TO_POINTER (NAPE_TYPE_SAFETY_WINDOW)));

  /* …but the menu still reaches it. */
  assert_action_opens_and_closes ("app.safety", NAPE_TYPE_SAFETY_WINDOW);
}

static void
test_every_page (void)
{
  static const char *pages[] = { "learn", "routines", "diary", "insights" };
  NapeWindow *window = main_window ();
  GSettings *settings = nape_application_get_settings (app);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *last_page = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      g_assert_cmpstr (nape_window_get_visible_page (window), ==, pages[i]);

      last_page = g_settings_get_string (settings, "last-page");
      g_assert_cmpstr (last_page, ==, pages[i]);
    }
}

static void
test_dialogs (void)
{
  assert_action_opens_and_closes ("app.about", ADW_TYPE_ABOUT_WINDOW);
  assert_action_opens_and_closes ("app.preferences", NAPE_TYPE_PREFERENCES_WINDOW);
  assert_action_opens_and_closes ("win.show-help-overlay", GTK_TYPE_SHORTCUTS_WINDOW);
}

static void
test_color_scheme (void)
{
  GSettings *settings = nape_application_get_settings (app);
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));

  g_settings_set_string (settings, "color-scheme", "light");
  g_assert_false (adw_style_manager_get_dark (style_manager));

  g_settings_reset (settings, "color-scheme");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
}

/* "Routines That Work on It" on a muscle's page opens the routine on the Routines page. */
static void
test_routine_from_learn (void)
{
  NapeWindow *window = main_window ();
  NapeLearnPage *learn = nape_window_get_learn_page (window);
  NapeRoutinesPage *routines = nape_window_get_routines_page (window);
  GtkListBox *list;
  GtkListBoxRow *row;
  GObject *routine_name;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "learn");
  nape_learn_page_show_zone (learn, "suboccipitals", 0);

  list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (learn), NAPE_TYPE_LEARN_PAGE,
                                                      "routines_list"));
  row = gtk_list_box_get_row_at_index (list, 0);
  g_assert_true (NAPE_IS_ROUTINE_ROW (row));
  g_assert_true (gtk_list_box_row_get_activatable (row));
  g_signal_emit_by_name (list, "row-activated", row);

  g_assert_cmpstr (nape_window_get_visible_page (window), ==, "routines");
  g_assert_cmpstr (nape_routines_page_get_shown (routines), ==, "routine");
  routine_name = gtk_widget_get_template_child (GTK_WIDGET (routines), NAPE_TYPE_ROUTINES_PAGE,
                                                "routine_name");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (routine_name)), ==,
                   adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static void
test_practice_zone_from_learn (void)
{
  NapeWindow *window = main_window ();
  NapeLearnPage *learn = nape_window_get_learn_page (window);
  NapeRoutinesPage *routines = nape_window_get_routines_page (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "learn");
  nape_learn_page_show_zone (learn, "suboccipitals", 0);

  /* The button on the muscle's page carries the zone; activating it opens the player. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (learn), "win.practice-zone", "s",
                                             nape_learn_page_get_shown_zone (learn)));
  g_assert_cmpstr (nape_window_get_visible_page (window), ==, "routines");
  g_assert_cmpstr (nape_routines_page_get_shown (routines), ==, "session");
}

/* Ctrl+F searches the atlas from any page: the Learn page comes to the front with its
 * search open. */
static void
test_search_from_any_page (void)
{
  NapeWindow *window = main_window ();
  NapeLearnPage *learn = nape_window_get_learn_page (window);
  GtkSearchBar *search_bar = GTK_SEARCH_BAR (gtk_widget_get_template_child (GTK_WIDGET (learn),
                                                                            NAPE_TYPE_LEARN_PAGE,
                                                                            "search_bar"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  g_assert_false (gtk_search_bar_get_search_mode (search_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_cmpstr (nape_window_get_visible_page (window), ==, "learn");
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));
  gtk_search_bar_set_search_mode (search_bar, FALSE);
}

/* Quitting while a routine plays asks whether to stop it, and Nape stays open meanwhile;
 * stopping then leaves the window where it was. */
static void
test_quit_during_routine (void)
{
  NapeWindow *window = main_window ();
  NapeRoutinesPage *routines = nape_window_get_routines_page (window);
  NapeSessionView *player = nape_routines_page_get_session_view (routines);
  AdwMessageDialog *dialog;

  nape_routines_page_practice_zone (routines, "suboccipitals");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "session.start", NULL));
  g_assert_cmpstr (nape_session_view_get_stage (player), ==, "running");
  /* Asked from another page, the question comes with the player in sight. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (wait_for (toplevel_shown, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG)));
  g_assert_true (main_window () == window);
  g_assert_cmpstr (nape_window_get_visible_page (window), ==, "routines");
  g_assert_cmpint (nape_session_get_state (nape_session_view_get_session (player)), ==,
                   NAPE_SESSION_STATE_PAUSED);

  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (dialog, "stop");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (nape_session_view_get_stage (player), ==, "after");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (player), "session.close", NULL));
  g_assert_true (main_window () == window);
}

static void
test_window_state_is_kept (void)
{
  GSettings *settings = nape_application_get_settings (app);
  NapeWindow *window = main_window ();
  g_autofree char *last_page = NULL;
  int width, height;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (NAPE_TYPE_WINDOW)));

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  /* A new window comes back with the same size and page. */
  g_application_activate (G_APPLICATION (app));
  window = main_window ();
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "diary");
  g_assert_cmpstr (nape_window_get_visible_page (window), ==, "diary");
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
}

static gboolean
slot_filled (gpointer name)
{
  GObject *slot = gtk_widget_get_template_child (GTK_WIDGET (main_window ()), NAPE_TYPE_WINDOW,
                                                 name);

  return adw_bin_get_child (ADW_BIN (slot)) != NULL;
}

static gboolean
diary_opened (gpointer window)
{
  return nape_diary_page_get_diary (nape_window_get_diary_page (window)) != NULL;
}

/* A new window builds only the page it shows; the others follow once its first frame is
 * drawn, without being visited, and the diary opens for the player to record into. */
static void
test_pages_built_after_first_frame (void)
{
  GSettings *settings = nape_application_get_settings (app);
  NapeWindow *window = main_window ();

  g_settings_set_string (settings, "last-page", "learn");
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (wait_for (toplevel_gone, GSIZE_TO_POINTER (NAPE_TYPE_WINDOW)));

  g_application_activate (G_APPLICATION (app));
  g_assert_false (slot_filled ((char *) "routines_slot"));
  g_assert_false (slot_filled ((char *) "diary_slot"));

  g_assert_true (wait_for (slot_filled, (char *) "routines_slot"));
  g_assert_true (wait_for (slot_filled, (char *) "diary_slot"));
  g_assert_cmpstr (nape_window_get_visible_page (main_window ()), ==, "learn");
  g_assert_true (wait_for (diary_opened, main_window ()));
}

/* Every page fits a phone 360 px wide, header included, the diary's once built. */
static void
test_fits_narrow_window (void)
{
  static const char *pages[] = { "learn", "routines", "diary", "insights" };
  NapeWindow *window = main_window ();
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  g_assert_true (wait_for (slot_filled, (char *) "routines_slot"));
  g_assert_true (wait_for (slot_filled, (char *) "diary_slot"));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      int minimum;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s",
                                                 pages[i]));
      gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                          NULL);
      g_test_message ("%s: %d px", pages[i], minimum);
      g_assert_cmpint (minimum, <=, 360);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  /* The window opens a diary: give it a fresh folder, never the user's. */
  data_dir = g_dir_make_tmp ("nape-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);

  app = nape_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);
  g_application_activate (G_APPLICATION (app));

  g_test_add_func ("/ui/application/first-run-shows-safety", test_first_run_shows_safety);
  g_test_add_func ("/ui/window/every-page", test_every_page);
  g_test_add_func ("/ui/application/dialogs", test_dialogs);
  g_test_add_func ("/ui/application/color-scheme", test_color_scheme);
  g_test_add_func ("/ui/window/routine-from-learn", test_routine_from_learn);
  g_test_add_func ("/ui/window/practice-zone", test_practice_zone_from_learn);
  g_test_add_func ("/ui/window/quit-during-routine", test_quit_during_routine);
  g_test_add_func ("/ui/window/search-from-any-page", test_search_from_any_page);
  g_test_add_func ("/ui/window/state-is-kept", test_window_state_is_kept);
  g_test_add_func ("/ui/window/pages-built-after-first-frame",
                   test_pages_built_after_first_frame);
  g_test_add_func ("/ui/window/fits-narrow-window", test_fits_narrow_window);

  status = g_test_run ();

  g_object_unref (app);

  return status;
}
