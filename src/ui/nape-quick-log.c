/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-quick-log.c: logging a headache during an attack in three taps: open, how bad,
 * save. It started now unless the user says otherwise; the details can wait. */

#define G_LOG_DOMAIN "nape-quick-log"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-quick-log.h"

struct _NapeQuickLog
{
  AdwWindow  parent_instance;

  NapeDiary *diary;
  int        intensity;
  int        minutes_ago;

  /* Template widgets */
  GtkLabel  *error_label;
};

G_DEFINE_FINAL_TYPE (NapeQuickLog, nape_quick_log, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_DIARY,
  PROP_INTENSITY,
  PROP_MINUTES_AGO,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
update_actions (NapeQuickLog *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quick-log.save", self->intensity >= 1);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (widget);
  g_autoptr(NapeHeadache) headache = nape_headache_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -self->minutes_ago);
  g_autoptr(GError) error = NULL;

  if (self->intensity < 1)
    return;

  nape_headache_set_start (headache, start);
  nape_headache_set_entered_live (headache, TRUE);
  nape_headache_set_peak_intensity (headache, self->intensity);
  nape_headache_add_intensity (headache, now, self->intensity);

  if (!nape_diary_save (self->diary, headache, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save: %s"), error->message);

      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, headache);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
nape_quick_log_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      self->diary = g_value_dup_object (value);
      break;

    case PROP_INTENSITY:
      if (self->intensity != g_value_get_int (value))
        {
          self->intensity = g_value_get_int (value);
          update_actions (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_MINUTES_AGO:
      if (self->minutes_ago != g_value_get_int (value))
        {
          self->minutes_ago = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_quick_log_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    case PROP_INTENSITY:
      g_value_set_int (value, self->intensity);
      break;

    case PROP_MINUTES_AGO:
      g_value_set_int (value, self->minutes_ago);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_quick_log_dispose (GObject *object)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_QUICK_LOG);
  g_clear_object (&self->diary);

  G_OBJECT_CLASS (nape_quick_log_parent_class)->dispose (object);
}

static void
nape_quick_log_class_init (NapeQuickLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = nape_quick_log_set_property;
  object_class->get_property = nape_quick_log_get_property;
  object_class->dispose = nape_quick_log_dispose;

  properties[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL,
                         NAPE_TYPE_DIARY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTENSITY] =
    g_param_spec_int ("intensity", NULL, NULL,
                      -1, 10, -1,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_MINUTES_AGO] =
    g_param_spec_int ("minutes-ago", NULL, NULL,
                      0, 24 * 60, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NapeQuickLog::saved:
   * @headache: the headache now in the diary
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, NAPE_TYPE_HEADACHE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-quick-log.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, error_label);

  gtk_widget_class_install_property_action (widget_class, "quick-log.intensity", "intensity");
  gtk_widget_class_install_property_action (widget_class, "quick-log.minutes-ago",
                                            "minutes-ago");
  gtk_widget_class_install_action (widget_class, "quick-log.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  for (guint i = 1; i <= 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0 + i, 0,
                                         "quick-log.intensity", "i", (int) i);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0,
                                       "quick-log.intensity", "i", 10);
}

static void
nape_quick_log_init (NapeQuickLog *self)
{
  self->intensity = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/**
 * nape_quick_log_new:
 * @diary: the diary the headache goes into
 *
 * Returns: (transfer full): a new quick log; it saves the headache itself, emits
 *   #NapeQuickLog::saved and closes
 */
NapeQuickLog *
nape_quick_log_new (NapeDiary *diary)
{
  g_return_val_if_fail (NAPE_IS_DIARY (diary), NULL);

  return g_object_new (NAPE_TYPE_QUICK_LOG, "diary", diary, NULL);
}

int
nape_quick_log_get_intensity (NapeQuickLog *self)
{
  g_return_val_if_fail (NAPE_IS_QUICK_LOG (self), -1);

  return self->intensity;
}
