/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-quick-log.c: logging a headache during an attack in three taps: open, how bad,
 * save. It started now unless the user says otherwise; the details can wait. While a
 * headache is still going, the same taps add how bad it is now to that one, and one more
 * button ends it. */

#define G_LOG_DOMAIN "nape-quick-log"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-quick-log.h"

struct _NapeQuickLog
{
  AdwWindow  parent_instance;

  NapeDiary    *diary;
  /* The headache still going, which this log adds to, or %NULL. */
  NapeHeadache *ongoing;
  int           intensity;
  int           minutes_ago;

  /* Template widgets */
  GtkWidget    *when_label;
  GtkWidget    *when_buttons;
  GtkLabel     *ongoing_label;
  GtkLabel     *intensity_label;
  GtkWidget    *end_button;
  GtkLabel     *error_label;
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

/* Records the pain chosen, if any, as the pain at @now. */
static void
add_reading (NapeQuickLog *self,
             NapeHeadache *headache,
             GDateTime    *now)
{
  if (self->intensity < 1)
    return;

  nape_headache_add_intensity (headache, now, self->intensity);
  if (self->intensity > nape_headache_get_peak_intensity (headache))
    nape_headache_set_peak_intensity (headache, self->intensity);
}

static void
save_and_close (NapeQuickLog *self,
                NapeHeadache *headache)
{
  g_autoptr(GError) error = NULL;

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
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (widget);
  g_autoptr(NapeHeadache) headache = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->intensity < 1)
    return;

  if (self->ongoing != NULL)
    {
      headache = g_object_ref (self->ongoing);
    }
  else
    {
      g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -self->minutes_ago);

      headache = nape_headache_new ();
      nape_headache_set_start (headache, start);
      nape_headache_set_entered_live (headache, TRUE);
    }
  add_reading (self, headache, now);

  save_and_close (self, headache);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (self->ongoing == NULL)
    return;

  add_reading (self, self->ongoing, now);
  nape_headache_set_end (self->ongoing, now);

  save_and_close (self, self->ongoing);
}

/* A headache still going is the one the user is most likely logging again; a second
 * one beside it would count the same pain twice. */
static void
show_ongoing (NapeQuickLog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autofree char *since = NULL;
  g_autofree char *text = NULL;

  self->ongoing = nape_diary_find_ongoing_headache (self->diary, &error);
  if (error != NULL)
    g_warning ("Could not look for a headache still going: %s", error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quick-log.end", self->ongoing != NULL);
  if (self->ongoing == NULL)
    return;

  start = g_date_time_to_local (nape_headache_get_start (self->ongoing));
  today = g_date_time_new_now_local ();
  if (g_date_time_get_year (start) == g_date_time_get_year (today)
      && g_date_time_get_day_of_year (start) == g_date_time_get_day_of_year (today))
    since = g_date_time_format (start, "%H:%M");
  else
    /* Translators: when a headache still going began, on another day; see strftime */
    since = g_date_time_format (start, _("%A %-d %B, %H:%M"));
  /* Translators: %s is when it began, a time or a day and a time */
  text = g_strdup_printf (_("Your headache since %s is still going. What you choose here is added to it."),
                          since);

  gtk_label_set_label (self->ongoing_label, text);
  gtk_label_set_label (self->intensity_label, _("How bad is it now?"));
  gtk_widget_set_visible (GTK_WIDGET (self->ongoing_label), TRUE);
  gtk_widget_set_visible (self->end_button, TRUE);
  gtk_widget_set_visible (self->when_label, FALSE);
  gtk_widget_set_visible (self->when_buttons, FALSE);
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
nape_quick_log_constructed (GObject *object)
{
  G_OBJECT_CLASS (nape_quick_log_parent_class)->constructed (object);

  show_ongoing (NAPE_QUICK_LOG (object));
}

static void
nape_quick_log_dispose (GObject *object)
{
  NapeQuickLog *self = NAPE_QUICK_LOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_QUICK_LOG);
  g_clear_object (&self->diary);
  g_clear_object (&self->ongoing);

  G_OBJECT_CLASS (nape_quick_log_parent_class)->dispose (object);
}

static void
nape_quick_log_class_init (NapeQuickLogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->set_property = nape_quick_log_set_property;
  object_class->get_property = nape_quick_log_get_property;
  object_class->constructed = nape_quick_log_constructed;
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
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, when_label);
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, when_buttons);
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, ongoing_label);
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, intensity_label);
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, end_button);
  gtk_widget_class_bind_template_child (widget_class, NapeQuickLog, error_label);

  gtk_widget_class_install_property_action (widget_class, "quick-log.intensity", "intensity");
  gtk_widget_class_install_property_action (widget_class, "quick-log.minutes-ago",
                                            "minutes-ago");
  gtk_widget_class_install_action (widget_class, "quick-log.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "quick-log.end", NULL, end_action);
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
 * Returns: (transfer full): a new quick log; it saves the headache itself (the one still
 *   going in @diary, if there is one), emits #NapeQuickLog::saved and closes
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
