/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-date-time-row.c: a row that picks a day and a time to the minute: the day on a
 * button that opens a calendar, the hour and minute on spin buttons. The editors use it
 * for when a headache started and ended, a medicine was taken and a session began. */

#define G_LOG_DOMAIN "nape-date-time-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-date-time-row.h"

struct _NapeDateTimeRow
{
  AdwActionRow   parent_instance;

  /* What the controls show, in local time with no seconds; never NULL. */
  GDateTime     *date_time;
  /* Set while nape_date_time_row_set_date_time() moves the controls one by one. */
  gboolean       loading;

  /* Template widgets */
  GtkMenuButton *date_button;
  GtkCalendar   *calendar;
  GtkSpinButton *hour;
  GtkSpinButton *minute;
};

G_DEFINE_FINAL_TYPE (NapeDateTimeRow, nape_date_time_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GDateTime *
read_controls (NapeDateTimeRow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);

  return g_date_time_new_local (g_date_time_get_year (date), g_date_time_get_month (date),
                                g_date_time_get_day_of_month (date),
                                gtk_spin_button_get_value_as_int (self->hour),
                                gtk_spin_button_get_value_as_int (self->minute), 0);
}

static void
update_date_label (NapeDateTimeRow *self)
{
  /* Translators: a day in the editors, on the button that opens a calendar; see strftime */
  g_autofree char *label = g_date_time_format (self->date_time, _("%a %-d %b %Y"));

  gtk_menu_button_set_label (self->date_button, g_strstrip (label));
}

/* Takes the time the controls show as the row's, and tells only if it changed. */
static void
sync_from_controls (NapeDateTimeRow *self)
{
  g_autoptr(GDateTime) shown = NULL;

  if (self->loading)
    return;

  shown = read_controls (self);
  if (self->date_time != NULL && g_date_time_equal (shown, self->date_time))
    return;

  g_clear_pointer (&self->date_time, g_date_time_unref);
  self->date_time = g_steal_pointer (&shown);
  update_date_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TIME]);
}

static void
write_controls (NapeDateTimeRow *self,
                GDateTime       *date_time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (date_time);

  self->loading = TRUE;
  gtk_calendar_select_day (self->calendar, local);
  gtk_spin_button_set_value (self->hour, g_date_time_get_hour (local));
  gtk_spin_button_set_value (self->minute, g_date_time_get_minute (local));
  self->loading = FALSE;

  sync_from_controls (self);
}

/* 08:05, not 8:5. */
static gboolean
time_output_cb (GtkSpinButton *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);

  return TRUE;
}

static void
time_value_changed_cb (NapeDateTimeRow *self)
{
  sync_from_controls (self);
}

static void
calendar_day_selected_cb (NapeDateTimeRow *self)
{
  gtk_menu_button_popdown (self->date_button);
  sync_from_controls (self);
}

static void
nape_date_time_row_dispose (GObject *object)
{
  NapeDateTimeRow *self = NAPE_DATE_TIME_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), NAPE_TYPE_DATE_TIME_ROW);

  G_OBJECT_CLASS (nape_date_time_row_parent_class)->dispose (object);
}

static void
nape_date_time_row_finalize (GObject *object)
{
  NapeDateTimeRow *self = NAPE_DATE_TIME_ROW (object);

  g_clear_pointer (&self->date_time, g_date_time_unref);

  G_OBJECT_CLASS (nape_date_time_row_parent_class)->finalize (object);
}

static void
nape_date_time_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NapeDateTimeRow *self = NAPE_DATE_TIME_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE_TIME:
      g_value_set_boxed (value, self->date_time);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_date_time_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NapeDateTimeRow *self = NAPE_DATE_TIME_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE_TIME:
      if (g_value_get_boxed (value) != NULL)
        nape_date_time_row_set_date_time (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_date_time_row_class_init (NapeDateTimeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_date_time_row_dispose;
  object_class->finalize = nape_date_time_row_finalize;
  object_class->get_property = nape_date_time_row_get_property;
  object_class->set_property = nape_date_time_row_set_property;

  /**
   * NapeDateTimeRow:date-time:
   *
   * The day and time shown, in local time, to the minute. Starts at the current minute.
   */
  properties[PROP_DATE_TIME] =
    g_param_spec_boxed ("date-time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-date-time-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeDateTimeRow, date_button);
  gtk_widget_class_bind_template_child (widget_class, NapeDateTimeRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, NapeDateTimeRow, hour);
  gtk_widget_class_bind_template_child (widget_class, NapeDateTimeRow, minute);
  gtk_widget_class_bind_template_callback (widget_class, time_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, time_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
}

static void
nape_date_time_row_init (NapeDateTimeRow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  write_controls (self, now);
}

/**
 * nape_date_time_row_new:
 *
 * Returns: (transfer floating): a new row showing the current minute
 */
GtkWidget *
nape_date_time_row_new (void)
{
  return g_object_new (NAPE_TYPE_DATE_TIME_ROW, NULL);
}

/**
 * nape_date_time_row_get_date_time:
 * @self: a #NapeDateTimeRow
 *
 * Returns: (transfer none): the day and time shown, in local time, with no seconds
 */
GDateTime *
nape_date_time_row_get_date_time (NapeDateTimeRow *self)
{
  g_return_val_if_fail (NAPE_IS_DATE_TIME_ROW (self), NULL);

  return self->date_time;
}

/**
 * nape_date_time_row_set_date_time:
 * @self: a #NapeDateTimeRow
 * @date_time: the time to show; it is shown in local time, and its seconds are dropped
 *
 * Shows @date_time. #NapeDateTimeRow:date-time is notified once, and only if the minute
 * shown changes.
 */
void
nape_date_time_row_set_date_time (NapeDateTimeRow *self,
                                  GDateTime       *date_time)
{
  g_return_if_fail (NAPE_IS_DATE_TIME_ROW (self));
  g_return_if_fail (date_time != NULL);

  write_controls (self, date_time);
}

/**
 * nape_date_time_row_format_day:
 * @self: a #NapeDateTimeRow
 *
 * The editors show this under their title.
 *
 * Returns: (transfer full): the day shown, in words, such as "Tuesday 4 March"
 */
char *
nape_date_time_row_format_day (NapeDateTimeRow *self)
{
  g_autofree char *day = NULL;

  g_return_val_if_fail (NAPE_IS_DATE_TIME_ROW (self), NULL);

  /* Translators: an editor's subtitle, the day of the headache, medicine or session; see strftime */
  day = g_date_time_format (self->date_time, _("%A %-d %B"));

  return g_strdup (g_strstrip (day));
}
