/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-month-calendar.c: one month as a grid of days, the headache days shaded by how bad
 * they were. Drawn in snapshot; the colours come from the theme, so dark mode follows. */

#define G_LOG_DOMAIN "nape-month-calendar"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "nape-month-calendar.h"

#define N_COLUMNS 7
/* A weekday header and up to six weeks. */
#define N_ROWS 7
#define MIN_CELL 36
#define NAT_CELL 44

struct _NapeMonthCalendar
{
  GtkWidget parent_instance;

  int       year;
  int       month;
  /* The worst pain of each day, 0–10, or -1 for a day without a headache. */
  int       intensity[31];
};

G_DEFINE_FINAL_TYPE (NapeMonthCalendar, nape_month_calendar, GTK_TYPE_WIDGET)

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static int
days_in_month (int year,
               int month)
{
  return g_date_get_days_in_month (month, year);
}

/* Monday first: 0 for Monday … 6 for Sunday. */
static int
first_weekday (int year,
               int month)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (year, month, 1, 0, 0, 0);

  return g_date_time_get_day_of_week (first) - 1;
}

static void
update_description (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (self->year, self->month, 1, 0, 0, 0);
  g_autofree char *month_name = g_date_time_format (first, "%B %Y");
  g_autofree char *description = NULL;
  guint n_days = 0;

  for (int d = 0; d < 31; d++)
    if (self->intensity[d] >= 0)
      n_days++;

  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s: %u day with a headache",
                                              "%s: %u days with a headache", n_days),
                                 month_name, n_days);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static double
cell_size (NapeMonthCalendar *self)
{
  return MIN (gtk_widget_get_width (GTK_WIDGET (self)) / (double) N_COLUMNS,
              gtk_widget_get_height (GTK_WIDGET (self)) / (double) N_ROWS);
}

static void
append_centered_text (GtkWidget      *widget,
                      GtkSnapshot    *snapshot,
                      const char     *text,
                      gboolean        bold,
                      double          cx,
                      double          cy,
                      const GdkRGBA  *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  if (bold)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
    }

  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (floor (cx - width / 2.0),
                                                          floor (cy - height / 2.0)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
append_rounded (GtkSnapshot   *snapshot,
                double         x,
                double         y,
                double         size,
                const GdkRGBA *color)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, size, size), size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, size, size));
  gtk_snapshot_pop (snapshot);
}

static void
nape_month_calendar_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) monday = NULL;
  double cell = cell_size (self);
  double x0 = (gtk_widget_get_width (widget) - cell * N_COLUMNS) / 2;
  int offset = first_weekday (self->year, self->month);
  int n_days = days_in_month (self->year, self->month);
  GdkRGBA fg, dim, pain, accent, on_pain = { 1, 1, 1, 1 };

  gtk_style_context_get_color (context, &fg);
  dim = fg;
  dim.alpha *= 0.55;
  if (!gtk_style_context_lookup_color (context, "nape_pain_color", &pain)
      && !gtk_style_context_lookup_color (context, "error_color", &pain))
    gdk_rgba_parse (&pain, "#c01c28");
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;

  /* Weekday initials, from a week known to start on a Monday. */
  monday = g_date_time_new_local (2024, 1, 1, 0, 0, 0);
  for (int c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (monday, c);
      g_autofree char *name = g_date_time_format (day, "%a");

      append_centered_text (widget, snapshot, name, FALSE,
                            x0 + (c + 0.5) * cell, 0.5 * cell, &dim);
    }

  for (int d = 1; d <= n_days; d++)
    {
      int index = offset + d - 1;
      double cx = x0 + (index % N_COLUMNS + 0.5) * cell;
      double cy = (index / N_COLUMNS + 1.5) * cell;
      double disc = cell - 6;
      int intensity = self->intensity[d - 1];
      gboolean today = g_date_time_get_year (now) == self->year
                       && g_date_time_get_month (now) == self->month
                       && g_date_time_get_day_of_month (now) == d;
      gboolean future = !today && (self->year > g_date_time_get_year (now)
                                   || (self->year == g_date_time_get_year (now)
                                       && (self->month > g_date_time_get_month (now)
                                           || (self->month == g_date_time_get_month (now)
                                               && d > g_date_time_get_day_of_month (now)))));
      const GdkRGBA *text_color = future ? &dim : &fg;
      char number[4];

      if (intensity >= 0)
        {
          GdkRGBA shade = pain;

          /* Mild days are a light tint, the worst ones almost solid. */
          shade.alpha = 0.18 + 0.075 * CLAMP (intensity, 0, 10);
          append_rounded (snapshot, cx - disc / 2, cy - disc / 2, disc, &shade);
          if (shade.alpha > 0.55)
            text_color = &on_pain;
        }

      if (today)
        {
          GskRoundedRect ring;
          GdkRGBA colors[4] = { accent, accent, accent, accent };
          float widths[4] = { 2, 2, 2, 2 };

          gsk_rounded_rect_init_from_rect (&ring,
                                           &GRAPHENE_RECT_INIT (cx - disc / 2, cy - disc / 2,
                                                                disc, disc),
                                           disc / 2);
          gtk_snapshot_append_border (snapshot, &ring, widths, colors);
        }

      g_snprintf (number, sizeof number, "%d", d);
      append_centered_text (widget, snapshot, number, today || intensity >= 0, cx, cy,
                            text_color);
    }
}

static void
nape_month_calendar_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  int n = orientation == GTK_ORIENTATION_HORIZONTAL ? N_COLUMNS : N_ROWS;

  *minimum = n * MIN_CELL;
  *natural = n * NAT_CELL;
}

static void
pressed_cb (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            NapeMonthCalendar *self)
{
  double cell = cell_size (self);
  double x0 = (gtk_widget_get_width (GTK_WIDGET (self)) - cell * N_COLUMNS) / 2;
  int column = (int) floor ((x - x0) / cell);
  int row = (int) floor (y / cell) - 1;
  int day;

  if (column < 0 || column >= N_COLUMNS || row < 0)
    return;

  day = row * N_COLUMNS + column - first_weekday (self->year, self->month) + 1;
  if (day >= 1 && day <= days_in_month (self->year, self->month))
    g_signal_emit (self, signals[DAY_ACTIVATED], 0, day);
}

static void
nape_month_calendar_class_init (NapeMonthCalendarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = nape_month_calendar_snapshot;
  widget_class->measure = nape_month_calendar_measure;

  /**
   * NapeMonthCalendar::day-activated:
   * @day: the day of the month that was clicked
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "nape-month-calendar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nape_month_calendar_init (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->year = g_date_time_get_year (now);
  self->month = g_date_time_get_month (now);
  for (int d = 0; d < 31; d++)
    self->intensity[d] = -1;

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  update_description (self);
}

GtkWidget *
nape_month_calendar_new (void)
{
  return g_object_new (NAPE_TYPE_MONTH_CALENDAR, NULL);
}

/**
 * nape_month_calendar_set_month:
 * @self: a #NapeMonthCalendar
 * @year: the year
 * @month: the month, 1–12
 *
 * Shows another month and forgets the shaded days.
 */
void
nape_month_calendar_set_month (NapeMonthCalendar *self,
                               int                year,
                               int                month)
{
  g_return_if_fail (NAPE_IS_MONTH_CALENDAR (self));
  g_return_if_fail (month >= 1 && month <= 12);

  self->year = year;
  self->month = month;
  nape_month_calendar_clear_days (self);
}

int
nape_month_calendar_get_year (NapeMonthCalendar *self)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), 0);

  return self->year;
}

int
nape_month_calendar_get_month (NapeMonthCalendar *self)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), 0);

  return self->month;
}

void
nape_month_calendar_clear_days (NapeMonthCalendar *self)
{
  g_return_if_fail (NAPE_IS_MONTH_CALENDAR (self));

  for (int d = 0; d < 31; d++)
    self->intensity[d] = -1;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * nape_month_calendar_set_day:
 * @self: a #NapeMonthCalendar
 * @day: the day of the month, 1–31
 * @intensity: the worst pain that day, 0–10, or -1 for no headache
 *
 * Shades a day; a day with several headaches keeps the worst.
 */
void
nape_month_calendar_set_day (NapeMonthCalendar *self,
                             int                day,
                             int                intensity)
{
  g_return_if_fail (NAPE_IS_MONTH_CALENDAR (self));
  g_return_if_fail (day >= 1 && day <= 31);

  self->intensity[day - 1] = CLAMP (intensity, -1, 10);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
nape_month_calendar_get_day (NapeMonthCalendar *self,
                             int                day)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), -1);
  g_return_val_if_fail (day >= 1 && day <= 31, -1);

  return self->intensity[day - 1];
}
