/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-preferences-window.c: the preferences, each bound to its GSettings key. */

#define G_LOG_DOMAIN "nape-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-preferences-window.h"

struct _NapePreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *style_row;
  GtkSwitch            *sounds_switch;
};

G_DEFINE_FINAL_TYPE (NapePreferencesWindow, nape_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The combo row lists the schema's color-scheme nicks in their enum order. */
static const char *color_scheme_nicks[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_selected (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_scheme_nicks); i++)
    {
      if (g_str_equal (nick, color_scheme_nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
selected_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint selected = g_value_get_uint (value);

  if (selected >= G_N_ELEMENTS (color_scheme_nicks))
    return NULL;

  return g_variant_new_string (color_scheme_nicks[selected]);
}

static void
nape_preferences_window_dispose (GObject *object)
{
  NapePreferencesWindow *self = NAPE_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (nape_preferences_window_parent_class)->dispose (object);
}

static void
nape_preferences_window_class_init (NapePreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NapePreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, NapePreferencesWindow, sounds_switch);
}

static void
nape_preferences_window_init (NapePreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind_with_mapping (self->settings, "color-scheme", self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_selected, selected_to_color_scheme,
                                NULL, NULL);
  g_settings_bind (self->settings, "sounds-enabled", self->sounds_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * nape_preferences_window_new:
 *
 * Returns: (transfer full): a new preferences window, bound to the application's settings
 */
NapePreferencesWindow *
nape_preferences_window_new (void)
{
  return g_object_new (NAPE_TYPE_PREFERENCES_WINDOW, NULL);
}
