/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-window.c: the main window, its four pages and the state it keeps between runs. */

#define G_LOG_DOMAIN "nape-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-content.h"
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
  NapeAtlas            *atlas;
  GListModel           *routines;
  /* Why the compiled-in content did not load, or %NULL. */
  char                 *content_error;
  /* The Routines and Diary pages, built on first visit or just after the first frame. */
  NapeRoutinesPage     *routines_page;
  NapeDiaryPage        *diary_page;
  guint                 build_pages_id;

  /* Template widgets */
  AdwViewStack         *stack;
  NapeLearnPage        *learn_page;
  AdwBin               *routines_slot;
  AdwBin               *diary_slot;
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

  if (!nape_content_load (&self->atlas, &self->routines, &error))
    {
      self->content_error = nape_content_error_describe (error);
      nape_learn_page_show_error (self->learn_page, self->content_error);
      return;
    }

  nape_learn_page_set_content (self->learn_page, self->atlas, self->routines);
}

/* Played sessions go into whichever diary the Diary page has open. */
static void
diary_changed_cb (NapeWindow *self)
{
  if (self->routines_page != NULL)
    nape_routines_page_set_diary (self->routines_page,
                                  nape_diary_page_get_diary (self->diary_page));
}

static NapeDiaryPage *
ensure_diary_page (NapeWindow *self)
{
  if (self->diary_page != NULL)
    return self->diary_page;

  self->diary_page = g_object_new (NAPE_TYPE_DIARY_PAGE, NULL);
  adw_bin_set_child (self->diary_slot, GTK_WIDGET (self->diary_page));
  if (self->content_error == NULL)
    nape_diary_page_set_content (self->diary_page, self->atlas, self->routines);
  g_signal_connect_object (self->diary_page, "notify::diary", G_CALLBACK (diary_changed_cb),
                           self, G_CONNECT_SWAPPED);
  /* Its once-a-day integrity check and backup take a moment on a diary of many years;
   * nobody waits for them. */
  nape_diary_page_open_async (self->diary_page, NULL);

  return self->diary_page;
}

static NapeRoutinesPage *
ensure_routines_page (NapeWindow *self)
{
  if (self->routines_page != NULL)
    return self->routines_page;

  self->routines_page = g_object_new (NAPE_TYPE_ROUTINES_PAGE, NULL);
  adw_bin_set_child (self->routines_slot, GTK_WIDGET (self->routines_page));
  if (self->content_error != NULL)
    nape_routines_page_show_error (self->routines_page, self->content_error);
  else
    nape_routines_page_set_content (self->routines_page, self->atlas, self->routines);
  if (self->diary_page != NULL)
    diary_changed_cb (self);

  return self->routines_page;
}

/* A page is built when it is first shown. */
static void
visible_page_changed_cb (NapeWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (name, "routines") == 0)
    ensure_routines_page (self);
  else if (g_strcmp0 (name, "diary") == 0)
    ensure_diary_page (self);
}

/* The pages not shown yet are built once the first frame is on screen, so the window
 * appears sooner and the diary still opens right away; one page per idle callback, so a
 * frame can come in between. */
static gboolean
build_pages_cb (gpointer user_data)
{
  NapeWindow *self = user_data;

  if (self->diary_page == NULL)
    {
      ensure_diary_page (self);
      if (self->routines_page == NULL)
        return G_SOURCE_CONTINUE;
    }
  ensure_routines_page (self);

  self->build_pages_id = 0;
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *frame_clock,
                NapeWindow    *self)
{
  g_signal_handlers_disconnect_by_func (frame_clock, first_frame_cb, self);
  if (self->diary_page == NULL || self->routines_page == NULL)
    self->build_pages_id = g_idle_add (build_pages_cb, self);
}

static void
nape_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (nape_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_cb), widget, 0);
}

/* "Practice this muscle" on the Learn page plays a short routine made for the zone. */
static void
practice_zone_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "routines");
  nape_routines_page_practice_zone (ensure_routines_page (self),
                                    g_variant_get_string (parameter, NULL));
}

/* A routine listed on a muscle's page on the Learn page opens on the Routines page. */
static void
show_routine_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);
  const char *routine_id = g_variant_get_string (parameter, NULL);

  if (!nape_routines_page_show_routine (ensure_routines_page (self), routine_id))
    {
      g_warning ("No routine with id “%s”", routine_id);
      return;
    }

  adw_view_stack_set_visible_child_name (self->stack, "routines");
}

/* Ctrl+N logs a headache from any page: the diary comes to the front first. */
static void
log_headache_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "diary");
  nape_diary_page_log_headache (ensure_diary_page (self));
}

/* Ctrl+F searches the atlas from any page, as Ctrl+N logs a headache from any page; the
 * Learn page is where the search is. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapeWindow *self = NAPE_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "learn");
  gtk_widget_activate_action (GTK_WIDGET (self->learn_page), "learn.search", NULL);
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

  /* A routine still playing asks first, in sight of the player, where its summary then
   * shows; one that ended is saved as it stands. */
  if (self->routines_page != NULL && nape_routines_page_close_request (self->routines_page))
    {
      adw_view_stack_set_visible_child_name (self->stack, "routines");
      return TRUE;
    }

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

  g_signal_connect_object (self->stack, "notify::visible-child-name",
                           G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
  load_content (self);
  g_settings_bind (self->settings, "last-page", self->stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);
}

static void
nape_window_dispose (GObject *object)
{
  NapeWindow *self = NAPE_WINDOW (object);

  g_clear_handle_id (&self->build_pages_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_WINDOW);
  self->routines_page = NULL;
  self->diary_page = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_object (&self->routines);
  g_clear_pointer (&self->content_error, g_free);

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

  widget_class->realize = nape_window_realize;

  window_class->close_request = nape_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, learn_page);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, routines_slot);
  gtk_widget_class_bind_template_child (widget_class, NapeWindow, diary_slot);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.practice-zone", "s", practice_zone_action);
  gtk_widget_class_install_action (widget_class, "win.show-routine", "s", show_routine_action);
  gtk_widget_class_install_action (widget_class, "win.log-headache", NULL, log_headache_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.log-headache", NULL);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
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
 * Returns: (transfer none): the Routines page, built now if it was not yet
 */
NapeRoutinesPage *
nape_window_get_routines_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return ensure_routines_page (self);
}

/**
 * nape_window_get_diary_page:
 * @self: a #NapeWindow
 *
 * Returns: (transfer none): the Diary page, built now if it was not yet
 */
NapeDiaryPage *
nape_window_get_diary_page (NapeWindow *self)
{
  g_return_val_if_fail (NAPE_IS_WINDOW (self), NULL);

  return ensure_diary_page (self);
}
