/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-application.c: startup, application actions and the command line. */

#define G_LOG_DOMAIN "nape-application"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-anatomy-drawing.h"
#include "nape-application.h"
#include "nape-content.h"
#include "nape-diary.h"
#include "nape-preferences-window.h"
#include "nape-safety-window.h"
#include "nape-window.h"

struct _NapeApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  /* Parses the content while GTK starts up; joined at shutdown. */
  GThread        *preload_thread;
};

G_DEFINE_FINAL_TYPE (NapeApplication, nape_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "export", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the diary to FILE (.csv or .json) and exit"), N_("FILE") },
  { "import", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Add the entries in FILE (.csv, or .json with routines too) to the diary and exit"),
    N_("FILE") },
  { NULL }
};

static void
apply_color_scheme (NapeApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme;

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    case 0:
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static GtkWindow *
get_main_window (NapeApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (NAPE_IS_WINDOW (l->data))
        return l->data;
    }

  return NULL;
}

static void
present_safety_window (NapeApplication *self)
{
  NapeSafetyWindow *safety;

  safety = nape_safety_window_new ();
  gtk_window_set_application (GTK_WINDOW (safety), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (safety), get_main_window (self));
  gtk_window_present (GTK_WINDOW (safety));
}

/* `build-aux/dev bench` measures start-up as the time from exec to the first frame the
 * main window draws; this prints that moment on the monotonic clock and quits. */
static void
report_first_frame_cb (GdkFrameClock   *frame_clock,
                       NapeApplication *self)
{
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (frame_clock, report_first_frame_cb, self);
  g_application_quit (G_APPLICATION (self));
}

static void
window_realize_cb (GtkWidget       *window,
                   NapeApplication *self)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (frame_clock, "after-paint",
                           G_CALLBACK (report_first_frame_cb), self, 0);
}

static void
color_scheme_changed_cb (GSettings       *settings,
                         const char      *key,
                         NapeApplication *self)
{
  apply_color_scheme (self);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  NapeApplication *self = user_data;
  GtkWindow *main_window = get_main_window (self);

  /* Closing the window lets it save its size and page first, and a routine still
   * playing ask whether to stop: then Nape stays open until the user has answered. */
  if (main_window != NULL)
    {
      g_autoptr(GtkWindow) window = g_object_ref (main_window);

      gtk_window_close (window);
      if (gtk_widget_get_visible (GTK_WIDGET (window)))
        return;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  NapeApplication *self = user_data;
  static const char *developers[] = { "The Nape developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", get_main_window (self),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("Nape"),
                        "developer-name", _("The Nape developers"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/nape-app/nape",
                        "issue-url", "https://github.com/nape-app/nape/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments", _("Nape explains self-massage for headaches and keeps a "
                                      "headache diary. It is not a medical device and does "
                                      "not diagnose or treat any condition. See a doctor for "
                                      "new, severe or changing headaches, and get medical care "
                                      "at once for the warning signs on the safety sheet."),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  NapeApplication *self = user_data;
  NapePreferencesWindow *preferences;

  preferences = nape_preferences_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (preferences), get_main_window (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
safety_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  present_safety_window (NAPE_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "safety", safety_action },
};

/* `nape --export FILE` and `nape --import FILE`: no window; one line on stderr and a
 * non-zero status on failure. */
static int
run_diary_command (const char *export_path,
                   const char *import_path)
{
  g_autoptr(NapeDiary) diary = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (export_path ? export_path : import_path);
  g_autoptr(GError) error = NULL;
  NapeDiaryFormat format;
  guint n_added = 0;

  if (!nape_diary_format_for_file (file, &format))
    {
      g_printerr ("nape: %s\n", _("The file name must end in .csv or .json"));
      return EXIT_FAILURE;
    }

  diary = nape_diary_open (NULL, &error);
  if (diary != NULL)
    {
      if (export_path != NULL)
        {
          nape_diary_export_to_file (diary, file, format, &error);
        }
      else
        {
          /* The routines in a JSON file are checked against the compiled-in atlas, as the
           * editor's are; no window has loaded it here. */
          g_autoptr(NapeAtlas) atlas = NULL;

          if (nape_content_load (&atlas, NULL, &error))
            {
              nape_diary_set_atlas (diary, atlas);
              nape_diary_import_from_file (diary, file, &n_added, &error);
            }
        }
    }

  if (error != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *line = g_strdup_printf ("nape: %s: %s", name, error->message);

      /* One line, whatever the message holds. */
      g_strdelimit (line, "\r\n", ' ');
      g_printerr ("%s\n", line);
      return EXIT_FAILURE;
    }

  if (import_path != NULL)
    g_print (g_dngettext (GETTEXT_PACKAGE, "%u entry added\n", "%u entries added\n", n_added),
             n_added);

  return EXIT_SUCCESS;
}

static gint
nape_application_handle_local_options (GApplication *application,
                                       GVariantDict *options)
{
  g_autofree char *export_path = NULL;
  g_autofree char *import_path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("nape %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "import", "^ay", &import_path);
  if (export_path != NULL && import_path != NULL)
    {
      g_printerr ("nape: %s\n", _("Use --export or --import, not both"));
      return EXIT_FAILURE;
    }
  if (export_path != NULL || import_path != NULL)
    return run_diary_command (export_path, import_path);

  return G_APPLICATION_CLASS (nape_application_parent_class)->handle_local_options (application,
                                                                                    options);
}

/* Errors are left for the window to meet again on the main thread, which reports them. */
static gpointer
preload_thread_func (gpointer data)
{
  static const NapeView views[] = { NAPE_VIEW_BACK, NAPE_VIEW_SIDE, NAPE_VIEW_FRONT };

  nape_content_load (NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    nape_anatomy_drawing_get_for_view (views[i], NULL);

  return NULL;
}

static void
nape_application_startup (GApplication *application)
{
  NapeApplication *self = NAPE_APPLICATION (application);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  /* GTK's start-up keeps this thread busy for 100 ms or more while another core idles;
   * the atlas, the routines and the drawings the window needs are parsed there meanwhile,
   * and the window waits only for what is not done yet. */
  self->preload_thread = g_thread_new ("nape-preload", preload_thread_func, NULL);

  G_APPLICATION_CLASS (nape_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, 0);
  apply_color_scheme (self);
}

static void
nape_application_activate (GApplication *application)
{
  NapeApplication *self = NAPE_APPLICATION (application);
  GtkWindow *window = get_main_window (self);
  gboolean first_window = window == NULL;

  if (first_window)
    {
      window = GTK_WINDOW (nape_window_new (GTK_APPLICATION (self)));
      if (g_getenv ("NAPE_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "realize", G_CALLBACK (window_realize_cb), self, 0);
    }

  gtk_window_present (window);

  if (first_window && !g_settings_get_boolean (self->settings, "safety-acknowledged")
      && g_getenv ("NAPE_BENCH_FIRST_FRAME") == NULL)
    present_safety_window (self);
}

static void
nape_application_shutdown (GApplication *application)
{
  NapeApplication *self = NAPE_APPLICATION (application);

  g_clear_pointer (&self->preload_thread, g_thread_join);

  G_APPLICATION_CLASS (nape_application_parent_class)->shutdown (application);
}

static void
nape_application_dispose (GObject *object)
{
  NapeApplication *self = NAPE_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nape_application_parent_class)->dispose (object);
}

static void
nape_application_class_init (NapeApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = nape_application_dispose;

  app_class->handle_local_options = nape_application_handle_local_options;
  app_class->startup = nape_application_startup;
  app_class->activate = nape_application_activate;
  app_class->shutdown = nape_application_shutdown;
}

static void
nape_application_init (NapeApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

NapeApplication *
nape_application_new (void)
{
  return g_object_new (NAPE_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/nape/Nape",
                       NULL);
}

GSettings *
nape_application_get_settings (NapeApplication *self)
{
  g_return_val_if_fail (NAPE_IS_APPLICATION (self), NULL);

  return self->settings;
}
