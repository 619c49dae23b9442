/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-safety-window.c: the safety sheet shown on first run and from the main menu. */

#define G_LOG_DOMAIN "nape-safety-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-safety-window.h"

struct _NapeSafetyWindow
{
  AdwWindow  parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (NapeSafetyWindow, nape_safety_window, ADW_TYPE_WINDOW)

static void
acknowledge_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NapeSafetyWindow *self = NAPE_SAFETY_WINDOW (widget);

  g_settings_set_boolean (self->settings, "safety-acknowledged", TRUE);
  gtk_window_close (GTK_WINDOW (self));
}

static void
nape_safety_window_dispose (GObject *object)
{
  NapeSafetyWindow *self = NAPE_SAFETY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_SAFETY_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nape_safety_window_parent_class)->dispose (object);
}

static void
nape_safety_window_class_init (NapeSafetyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_safety_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-safety-window.ui");
  gtk_widget_class_install_action (widget_class, "safety.acknowledge", NULL, acknowledge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
nape_safety_window_init (NapeSafetyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
}

/**
 * nape_safety_window_new:
 *
 * Returns: (transfer full): a new safety sheet; acknowledging it is kept in GSettings
 */
NapeSafetyWindow *
nape_safety_window_new (void)
{
  return g_object_new (NAPE_TYPE_SAFETY_WINDOW, NULL);
}
