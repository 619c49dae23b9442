/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-window.c: the main window, its four pages and the state it keeps between runs. */

#define G_LOG_DOMAIN "nape-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-content-error.h"
#include "nape-diary-page.h"
#include "nape-learn-page.h"
#include "nape-routine.h"
#include "nape-routines-page.h"
#include "nape-window.h"

struct _NapeWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwViewStack         *stack;
  NapeLearnPage        *learn_page;
  NapeDiaryPage        *diary_page;
  NapeRoutinesPage     *routines_page;
};

G_DEFINE_FINAL_TYPE (NapeWindow, nape_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) == NULL)
    {
      g_warning ("No page named “%s”", name);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, name);
}

/* The atlas and the routines are compiled in; should they ever fail to load, the pages
 * that need them say so and the rest of the window still works. */
static void
load_content (NapeWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapeAtlas) atlas = NULL;
  g_autoptr(GListModel) routines = NULL;

  atlas = nape_atlas_new_from_resource ("/io/github/nape/Nape/content/atlas.xml", &error);
  if (atlas != NULL)
    routines = nape_routine_list_new_from_resource ("/io/github/nape/Nape/content/routines.xml",
                                                    atlas, &error);
  if (routines == NULL)
    {
      g_autofree char *description = nape_content_error_describe (error);

      nape_learn_page_show_error (self->learn_page, description);
      nape_routines_page_show_error (self->routines_page, description);
      return;
    }

  nape_learn_page_set_content (self->learn_page, atlas, routines);
  nape_diary_page_set_content (self->diary_page, atlas, routines);
  nape_routines_page_set_content (self->routines_page, atlas, routines);
}

/* Played sessions go into whichever diary the Diary page has open. */
static void
diary_changed_cb (NapeWindow *self)
{
  nape_routines_page_set_diary (self->routines_page,
                                nape_diary_page_get_diary (self->diary_page));
}

/* "Practice this muscle" on the Learn page plays a short routine made for the zone. */
static void
practice_zone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "routines");
  nape_routines_page_practice_zone (self->routines_page, g_variant_get_string (parameter, NULL));
}

/* Ctrl+N logs a headache from any page: the diary comes to the front first. */
static void
log_headache_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "diary");
  nape_diary_page_log_headache (self->diary_page);
}

/* Built when asked for, not with the window, to keep start-up short. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *shortcuts;

  builder = gtk_builder_new_from_resource ("/io/github/nape/Nape/ui/nape-shortcuts-window.ui");
  shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static gboolean
nape_window_close_request (GtkWindow *window)
{
  NapeWindow *self = NAPE_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (nape_window_parent_class)->close_request (window);
}

static void
nape_window_constructed (GObject *object)
{
  NapeWindow *self = NAPE_WINDOW (object);

  G_OBJECT_CLASS (nape_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  load_content (self);
  g_signal_connect_object (self->diary_page, "notify::diary", G_CALLBACK (diary_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Its once-a-day integrity check and backup take a moment on a diary of many years;
   * neither the first frame nor the user waits for them. */
  nape_diary_page_open_async (self->diary_page, NULL);
}

static void
nape_window_dispose (GObject *object)
{
  NapeWindow *self = NAPE_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nape_window_parent_class)->dispose (object);
}

static void
nape_window_class_init (NapeWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const struct { guint key; const char *page; } page_keys[] = {
    { GDK_KEY_1, "learn" },
    { GDK_KEY_2, "routines" },
    { GDK_KEY_3, "diary" },
    { GDK_KEY_4, "insights" },
  };

  object_class->constructed = nape_window_constructed;
  object_class->dispose = nape_window_dispose;

  window_class->close_request = nape_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, learn_page);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, diary_page);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, routines_page);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.practice-zone", "s", practice_zone_action);
  gtk_widget_class_install_action (widget_class, "win.log-headache", NULL, log_headache_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.log-headache", NULL);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (page_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, page_keys[i].key, GDK_ALT_MASK,
                                         "win.show-page", "s", page_keys[i].page);
}

static void
nape_window_init (NapeWindow *self)
{
  g_type_ensure (NAPE_TYPE_LEARN_PAGE);
  g_type_ensure (NAPE_TYPE_DIARY_PAGE);
  g_type_ensure (NAPE_TYPE_ROUTINES_PAGE);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
}

/**
 * nape_window_new:
 * @application: the application the window belongs to
 *
 * Returns: (transfer full): a new main window
 */
NapeWindow *
nape_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (NAPE_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * nape_window_get_visible_page:
 * @self: a #NapeWindow
 *
 * Returns: the name of the page shown: learn, routines, diary or insights
 */
const char *
nape_window_get_visible_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * nape_window_get_learn_page:
 * @self: a #NapeWindow
 *
 * Returns: (transfer none): the Learn page
 */
NapeLearnPage *
nape_window_get_learn_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return self->learn_page;
}

/**
 * nape_window_get_routines_page:
 * @self: a #NapeWindow
 *
 * Returns: (transfer none): the Routines page
 */
NapeRoutinesPage *
nape_window_get_routines_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return self->routines_page;
}

/**
 * nape_window_get_diary_page:
 * @self: a #NapeWindow
 *
 * Returns: (transfer none): the Diary page
 */
NapeDiaryPage *
nape_window_get_diary_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return self->diary_page;
}
