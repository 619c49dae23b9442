/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-shot.c: renders each main page, wide and narrow, light and dark, to PNG files for
 * looking at the app and for the metainfo screenshots (`build-aux/dev shot DIR`). */

#include "config.h"

#include <adwaita.h>

#include "nape-application.h"
#include "nape-manual-clock.h"
#include "nape-safety-window.h"
#include "nape-window.h"
#include "test-main-loop.h"

typedef struct
{
  const char *name;
  int         width;
  int         height;
} ShotSize;

static const ShotSize sizes[] = {
  { "wide", 1280, 800 },
  { "narrow", 360, 760 },
};

static const char *pages[] = { "learn", "routines", "diary", "insights" };

/* Dialogs and editors take the narrow size with the main window; wide, their own. */
static void
show_at_size (GtkWindow  *window,
              const char *size)
{
  if (g_str_equal (size, sizes[1].name))
    gtk_window_set_default_size (window, sizes[1].width, sizes[1].height);
}

/* Lets the windows lay out and paint what changed. */
static void
settle (void)
{
  /* Long enough for the pages' crossfade and slide transitions to end. */
  for (guint frame = 0; frame < 8; frame++)
    nape_test_run_for (70);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
save_window (GtkWindow  *window,
             const char *path)
{
  GtkWidget *widget = GTK_WIDGET (window);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);
  g_print ("%s\n", path);
}

/* The Learn page's own states: a muscle chosen, "where does it hurt?", the other views. */
static void
save_state (GtkWindow  *window,
            const char *dir,
            const char *state,
            const char *size,
            gboolean    dark)
{
  g_autofree char *file = g_strdup_printf ("%s-%s-%s.png", state, size, dark ? "dark" : "light");
  g_autofree char *path = g_build_filename (dir, file, NULL);

  save_window (window, path);
}

static void
shoot_learn_states (NapeWindow *window,
                    const char *dir,
                    const char *size,
                    gboolean    dark)
{
  NapeLearnPage *learn = nape_window_get_learn_page (window);
  NapeAnatomyView *view = nape_learn_page_get_anatomy_view (learn);
  static const char *chosen_pain[] = { "area-occiput-left", "area-neck-back-left" };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "learn");

  nape_learn_page_show_zone (learn, "upper-trapezius", NAPE_SIDE_LEFT);
  settle ();
  save_state (GTK_WINDOW (window), dir, "learn-zone", size, dark);

  nape_learn_page_set_pain_mode (learn, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (chosen_pain); i++)
    g_signal_emit_by_name (view, "activated", chosen_pain[i]);
  settle ();
  save_state (GTK_WINDOW (window), dir, "learn-pain", size, dark);
  gtk_widget_activate_action (GTK_WIDGET (learn), "learn.clear-pain", NULL);
  nape_learn_page_set_pain_mode (learn, FALSE);

  nape_learn_page_show_zone (learn, "scm-sternal", NAPE_SIDE_RIGHT);
  nape_learn_page_show_view (learn, NAPE_VIEW_SIDE);
  settle ();
  save_state (GTK_WINDOW (window), dir, "learn-side", size, dark);

  nape_learn_page_show_zone (learn, "temporalis-anterior", NAPE_SIDE_LEFT);
  nape_learn_page_show_view (learn, NAPE_VIEW_FRONT);
  settle ();
  save_state (GTK_WINDOW (window), dir, "learn-front", size, dark);

  nape_learn_page_show_view (learn, NAPE_VIEW_BACK);
  gtk_widget_activate_action (GTK_WIDGET (learn), "learn.back", NULL);
}

static void
shoot_routines_states (NapeWindow *window,
                       const char *dir,
                       const char *size,
                       gboolean    dark)
{
  NapeRoutinesPage *routines = nape_window_get_routines_page (window);
  NapeSessionView *view = nape_routines_page_get_session_view (routines);
  g_autoptr(NapeClock) clock = nape_manual_clock_new (0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "routines");

  nape_routines_page_show_routine (routines, "back-of-head-first-week");
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-routine", size, dark);

  gtk_widget_activate_action (GTK_WIDGET (routines), "routines.play-shown", NULL);
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-before", size, dark);

  nape_session_view_set_clock (view, clock);
  nape_session_view_start (view);
  nape_manual_clock_advance (NAPE_MANUAL_CLOCK (clock), 5 * G_USEC_PER_SEC + 20 * G_USEC_PER_SEC);
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-session", size, dark);

  nape_session_view_stop (view);
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-after", size, dark);
  gtk_widget_activate_action (GTK_WIDGET (view), "session.close", NULL);
  gtk_widget_activate_action (GTK_WIDGET (routines), "routines.back", NULL);
  nape_session_view_set_clock (view, NULL);
}

/* The user's routines: the editor on a copy of a built-in routine, then My Routines. */
static void
shoot_routine_editor_states (NapeWindow *window,
                             const char *dir,
                             const char *size,
                             gboolean    dark)
{
  NapeRoutinesPage *routines = nape_window_get_routines_page (window);
  NapeRoutineEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "routines");
  nape_routines_page_show_routine (routines, "back-of-head-full");
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-builtin-actions", size, dark);
  if (!gtk_widget_activate_action (GTK_WIDGET (routines), "routines.duplicate-shown", NULL)
      || (editor = nape_routines_page_get_editor (routines)) == NULL)
    return;

  show_at_size (GTK_WINDOW (editor), size);
  settle ();
  save_state (GTK_WINDOW (editor), dir, "routines-editor", size, dark);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-mine-routine", size, dark);
  gtk_widget_activate_action (GTK_WIDGET (routines), "routines.back", NULL);
  settle ();
  save_state (GTK_WINDOW (window), dir, "routines-mine", size, dark);

  /* Leave the diary as it was for the next size and mode. */
  gtk_widget_activate_action (GTK_WIDGET (routines), "routines.delete-shown", NULL);
  settle ();
}

/* The Diary page: the month and the days, the quick log, and the editor of a headache. */
static void
shoot_diary_states (NapeWindow *window,
                    const char *dir,
                    const char *size,
                    gboolean    dark)
{
  NapeDiaryPage *diary = nape_window_get_diary_page (window);
  GListModel *headaches;
  NapeQuickLog *quick_log;
  NapeHeadacheEditor *editor;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "diary");
  if (nape_diary_page_get_diary (diary) == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (diary), "diary.show-entries", NULL);
  settle ();
  save_state (GTK_WINDOW (window), dir, "diary-entries", size, dark);
  gtk_widget_activate_action (GTK_WIDGET (diary), "diary.back", NULL);

  quick_log = nape_diary_page_log_headache (diary);
  gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.intensity", "i", 6);
  settle ();
  save_state (GTK_WINDOW (quick_log), dir, "diary-quick-log", size, dark);
  gtk_window_destroy (GTK_WINDOW (quick_log));

  headaches = nape_diary_get_headaches (nape_diary_page_get_diary (diary));
  if (g_list_model_get_n_items (headaches) > 0)
    {
      g_autoptr(NapeHeadache) headache = g_list_model_get_item (headaches, 0);

      editor = nape_diary_page_edit_headache (diary, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      show_at_size (GTK_WINDOW (editor), size);
      settle ();
      save_state (GTK_WINDOW (editor), dir, "diary-editor", size, dark);
      gtk_window_destroy (GTK_WINDOW (editor));
      settle ();
    }

  {
    NapeDiary *open_diary = nape_diary_page_get_diary (diary);
    GListModel *intakes = nape_diary_get_intakes (open_diary);
    GListModel *sessions = nape_diary_get_massage_sessions (open_diary);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    GtkWindow *other;

    other = GTK_WINDOW (nape_diary_page_edit_intake (diary, NULL));
    if (g_list_model_get_n_items (intakes) > 0)
      {
        g_autoptr(NapeIntake) intake = g_list_model_get_item (intakes, 0);

        gtk_window_destroy (other);
        other = GTK_WINDOW (nape_diary_page_edit_intake (diary, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake))));
      }
    show_at_size (other, size);
    settle ();
    save_state (other, dir, "diary-intake-editor", size, dark);
    gtk_window_destroy (other);

    if (g_list_model_get_n_items (sessions) > 0)
      {
        g_autoptr(NapeMassageSession) session = g_list_model_get_item (sessions, 0);

        other = GTK_WINDOW (nape_diary_page_edit_session (diary,
                                                          nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session))));
        show_at_size (other, size);
        settle ();
        save_state (other, dir, "diary-session-editor", size, dark);
        gtk_window_destroy (other);
      }

    other = GTK_WINDOW (nape_diary_page_edit_day (diary, today));
    show_at_size (other, size);
    settle ();
    save_state (other, dir, "diary-day-editor", size, dark);
    gtk_window_destroy (other);
    settle ();
  }
}

static void
shoot_all (NapeApplication *app,
           const char      *dir)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GSettings *settings = nape_application_get_settings (app);

  g_settings_set_boolean (settings, "safety-acknowledged", TRUE);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      for (guint dark = 0; dark <= 1; dark++)
        {
          GtkWindow *window;
          GtkWindow *safety;

          adw_style_manager_set_color_scheme (style_manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                  : ADW_COLOR_SCHEME_FORCE_LIGHT);
          g_settings_set_int (settings, "window-width", sizes[s].width);
          g_settings_set_int (settings, "window-height", sizes[s].height);
          g_application_activate (G_APPLICATION (app));
          window = gtk_application_get_active_window (GTK_APPLICATION (app));
          settle ();

          for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
            {
              gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[p]);
              settle ();
              save_state (window, dir, pages[p], sizes[s].name, dark);
            }

          shoot_learn_states (NAPE_WINDOW (window), dir, sizes[s].name, dark);
          shoot_routines_states (NAPE_WINDOW (window), dir, sizes[s].name, dark);
          shoot_routine_editor_states (NAPE_WINDOW (window), dir, sizes[s].name, dark);
          shoot_diary_states (NAPE_WINDOW (window), dir, sizes[s].name, dark);

          g_action_group_activate_action (G_ACTION_GROUP (app), "safety", NULL);
          safety = NULL;
          for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
            {
              if (NAPE_IS_SAFETY_WINDOW (l->data))
                safety = l->data;
            }
          g_assert (safety != NULL);
          if (sizes[s].width < 500)
            gtk_window_set_default_size (safety, sizes[s].width, sizes[s].height);
          settle ();
          save_state (safety, dir, "safety", sizes[s].name, dark);
          gtk_window_destroy (safety);
          gtk_window_destroy (window);
          settle ();
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NapeApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir = argc > 1 ? argv[1] : ".";

  if (g_mkdir_with_parents (dir, 0755) != 0)
    g_error ("Could not create %s", dir);

  gtk_init ();
  app = nape_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("Could not register the application: %s", error->message);

  shoot_all (app, dir);

  return EXIT_SUCCESS;
}
