/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-month-calendar.c: one month as a grid of days, the headache days shaded by how bad
 * they were. Drawn in snapshot; the colours come from the theme, so dark mode follows. The
 * keyboard moves a focused day through the grid, and screen readers hear that day told in
 * words, since GTK 4.8 cannot give each drawn day an accessible object of its own. */

#define G_LOG_DOMAIN "nape-month-calendar"
/* For the week's first day in nl_langinfo(). */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#if HAVE__NL_TIME_FIRST_WEEKDAY
#include <langinfo.h>
#endif
#include <math.h>

#include "nape-drawn-focus.h"
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
  /* The day the keyboard is on, always within the month shown. */
  int       focus_day;
  /* The day last clicked or chosen with Enter, in the month shown, or 0. */
  int       selected_day;
  /* The first column's weekday: 0 for Sunday … 6 for Saturday. */
  int       week_start;
};

G_DEFINE_FINAL_TYPE (NapeMonthCalendar, nape_month_calendar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED_DAY,
  N_PROPS
};

enum {
  DAY_ACTIVATED,
  CHANGE_MONTH,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Arrows move a day or a week, Page Up and Page Down a month; the grid is drawn left to
 * right in every locale. */
static const struct
{
  guint key;
  int   days;
  int   months;
} focus_moves[] = {
  { GDK_KEY_Right, 1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
  { GDK_KEY_Left, -1, 0 }, { GDK_KEY_KP_Left, -1, 0 },
  { GDK_KEY_Down, 7, 0 }, { GDK_KEY_KP_Down, 7, 0 },
  { GDK_KEY_Up, -7, 0 }, { GDK_KEY_KP_Up, -7, 0 },
  { GDK_KEY_Page_Down, 0, 1 }, { GDK_KEY_KP_Page_Down, 0, 1 },
  { GDK_KEY_Page_Up, 0, -1 }, { GDK_KEY_KP_Page_Up, 0, -1 },
};

/* Home and End go to the first and last day of the month. */
static const struct
{
  guint key;
  int   direction;
} edge_moves[] = {
  { GDK_KEY_Home, -1 }, { GDK_KEY_KP_Home, -1 }, { GDK_KEY_End, 1 }, { GDK_KEY_KP_End, 1 },
};

static const guint activate_keys[] = {
  GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space,
};

static int
days_in_month (int year,
               int month)
{
  return g_date_get_days_in_month (month, year);
}

/* The day a week starts on where the user lives, as GtkCalendar takes it, so that this
 * grid and the date pickers agree: 0 for Sunday … 6 for Saturday. Monday without glibc. */
static int
locale_week_start (void)
{
#if HAVE__NL_TIME_FIRST_WEEKDAY
  union { unsigned int word; char *string; } week_origin;
  int first_weekday = nl_langinfo (_NL_TIME_FIRST_WEEKDAY)[0];
  int origin_day;

  /* The week is counted from an origin, a Sunday or a Monday in 1997, and the first
   * weekday from 1 for that origin's day. */
  week_origin.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  if (week_origin.word == 19971130)
    origin_day = 0;
  else if (week_origin.word == 19971201)
    origin_day = 1;
  else
    return 1;

  return (origin_day + first_weekday - 1 + 7) % 7;
#else
  return 1;
#endif
}

/* The column of the month's first day. */
static int
first_column (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (self->year, self->month, 1, 0, 0, 0);

  return (g_date_time_get_day_of_week (first) % 7 - self->week_start + 7) % 7;
}

static gboolean
is_today (NapeMonthCalendar *self,
          int                day,
          GDateTime         *now)
{
  return g_date_time_get_year (now) == self->year
         && g_date_time_get_month (now) == self->month
         && g_date_time_get_day_of_month (now) == day;
}

/* Where the keyboard starts in a month: today if it is shown, else the 1st, as the Diary
 * page chooses its day. */
static int
starting_day (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (now) == self->year && g_date_time_get_month (now) == self->month)
    return g_date_time_get_day_of_month (now);

  return 1;
}

static void
update_label (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) first = g_date_time_new_local (self->year, self->month, 1, 0, 0, 0);
  /* Translators: the month shown above the calendar; see strftime */
  g_autofree char *month_name = g_date_time_format (first, _("%B %Y"));
  g_autofree char *label = NULL;

  /* Translators: what a screen reader calls the month grid on the Diary page, with the
   * month and year, e.g. "Headache calendar, March 2024" */
  label = g_strdup_printf (_("Headache calendar, %s"), month_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* The label names the grid and stays; the focused day goes in the description, GTK 4.8
 * having no accessible object per drawn day to put it on. */
static void
update_description (NapeMonthCalendar *self)
{
  g_autofree char *description = nape_month_calendar_describe_day (self, self->focus_day);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
set_focus_day (NapeMonthCalendar *self,
               int                day)
{
  g_assert (day >= 1 && day <= days_in_month (self->year, self->month));

  if (self->focus_day == day)
    return;

  self->focus_day = day;
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Moves the focus to @date; a date in another month asks for that month through
 * ::change-month first, and stays put if nobody shows it. */
static void
focus_date (NapeMonthCalendar *self,
            const GDate       *date)
{
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);

  if (year != self->year || month != self->month)
    {
      g_signal_emit (self, signals[CHANGE_MONTH], 0,
                     (year - self->year) * 12 + (month - self->month));
      if (year != self->year || month != self->month)
        return;
    }

  set_focus_day (self, g_date_get_day (date));
}

static void
get_focus_date (NapeMonthCalendar *self,
                GDate             *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, self->focus_day, self->month, self->year);
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
                double         radius,
                const GdkRGBA *color)
{
  GskRoundedRect rect;

  gsk_rounded_rect_init_from_rect (&rect, &GRAPHENE_RECT_INIT (x, y, size, size), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rect);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x, y, size, size));
  gtk_snapshot_pop (snapshot);
}

/* A 2 px ring of @color around a disc of @size centred on @cx, @cy. */
static void
append_ring (GtkSnapshot   *snapshot,
             double         cx,
             double         cy,
             double         size,
             const GdkRGBA *color)
{
  GskRoundedRect ring;
  GdkRGBA colors[4] = { *color, *color, *color, *color };
  float widths[4] = { 2, 2, 2, 2 };

  gsk_rounded_rect_init_from_rect (&ring,
                                   &GRAPHENE_RECT_INIT (cx - size / 2, cy - size / 2, size, size),
                                   size / 2);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

static void
nape_month_calendar_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) week = NULL;
  double cell = cell_size (self);
  double x0 = (gtk_widget_get_width (widget) - cell * N_COLUMNS) / 2;
  int offset = first_column (self);
  int n_days = days_in_month (self->year, self->month);
  GdkRGBA fg, dim, pain, accent, chosen, on_pain = { 1, 1, 1, 1 };

  gtk_style_context_get_color (context, &fg);
  dim = fg;
  dim.alpha *= 0.55;
  if (!gtk_style_context_lookup_color (context, "nape_pain_color", &pain)
      && !gtk_style_context_lookup_color (context, "error_color", &pain))
    gdk_rgba_parse (&pain, "#c01c28");
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  chosen = accent;
  chosen.alpha *= 0.3;

  /* Weekday names, from a week known to start on a Sunday. */
  week = g_date_time_new_local (2023, 12, 31, 0, 0, 0);
  for (int c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (week, self->week_start + c);
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
      gboolean today = is_today (self, d, now);
      gboolean future = !today && (self->year > g_date_time_get_year (now)
                                   || (self->year == g_date_time_get_year (now)
                                       && (self->month > g_date_time_get_month (now)
                                           || (self->month == g_date_time_get_month (now)
                                               && d > g_date_time_get_day_of_month (now)))));
      const GdkRGBA *text_color = future ? &dim : &fg;
      char number[4];

      /* The chosen day is a tile, square where the rings and the shading are round, so it
       * shows around a shaded day and beside today and the keyboard focus. */
      if (d == self->selected_day)
        append_rounded (snapshot, cx - cell / 2 + 1, cy - cell / 2 + 1, cell - 2, 6, &chosen);

      if (intensity >= 0)
        {
          GdkRGBA shade = pain;

          /* Mild days are a light tint, the worst ones almost solid. */
          shade.alpha = 0.18 + 0.075 * CLAMP (intensity, 0, 10);
          append_rounded (snapshot, cx - disc / 2, cy - disc / 2, disc, disc / 2, &shade);
          if (shade.alpha > 0.55)
            text_color = &on_pain;
        }

      if (today)
        append_ring (snapshot, cx, cy, disc, &accent);

      /* Only for the keyboard, like GTK's own focus rings, and just outside the today
       * ring so both can be seen on the same day. The full accent, not libadwaita's
       * half-strength focus colour: that one fades into a shaded day in dark mode. */
      if (d == self->focus_day && gtk_widget_has_visible_focus (widget))
        append_ring (snapshot, cx, cy, disc + 6, &accent);

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
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  double cell = cell_size (self);
  double x0 = (gtk_widget_get_width (GTK_WIDGET (self)) - cell * N_COLUMNS) / 2;
  int column = (int) floor ((x - x0) / cell);
  int row = (int) floor (y / cell) - 1;
  int day;

  /* As in GNOME's calendars, a click brings the keyboard along, so the arrows go on from
   * there; the ring waits for a key, the pointer having shown where it is. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_focus_visible (GTK_WINDOW (root), FALSE);

  if (column < 0 || column >= N_COLUMNS || row < 0)
    return;

  day = row * N_COLUMNS + column - first_column (self) + 1;
  if (day < 1 || day > days_in_month (self->year, self->month))
    return;

  /* The keyboard carries on from the day clicked. */
  set_focus_day (self, day);
  nape_month_calendar_set_selected_day (self, day);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, day);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (widget);
  int days, months;
  GDate date;

  g_variant_get (parameter, "(ii)", &days, &months);
  get_focus_date (self, &date);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  /* GDate keeps the day of the month, or the month's last day when it is shorter. */
  if (months >= 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);
  focus_date (self, &date);
}

static void
move_to_edge_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (widget);

  set_focus_day (self, g_variant_get_int32 (parameter) < 0
                       ? 1 : days_in_month (self->year, self->month));
}

static void
activate_day_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (widget);

  nape_month_calendar_set_selected_day (self, self->focus_day);
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, self->focus_day);
}

static void
nape_month_calendar_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      g_value_set_int (value, self->selected_day);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_month_calendar_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  NapeMonthCalendar *self = NAPE_MONTH_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_SELECTED_DAY:
      nape_month_calendar_set_selected_day (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_month_calendar_class_init (NapeMonthCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = nape_month_calendar_get_property;
  object_class->set_property = nape_month_calendar_set_property;

  widget_class->snapshot = nape_month_calendar_snapshot;
  widget_class->measure = nape_month_calendar_measure;

  /**
   * NapeMonthCalendar:selected-day:
   *
   * The day marked as chosen, in the month shown, or 0 for none. A click or Enter on a day
   * chooses it; showing another month forgets it.
   */
  properties[PROP_SELECTED_DAY] =
    g_param_spec_int ("selected-day", NULL, NULL, 0, 31, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NapeMonthCalendar::day-activated:
   * @day: the day of the month that was clicked, or chosen with Enter or Space
   */
  signals[DAY_ACTIVATED] =
    g_signal_new ("day-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  /**
   * NapeMonthCalendar::change-month:
   * @months: how many months to go, back if negative
   *
   * The keyboard left the month shown (Page Up, Page Down, or an arrow past its first or
   * last day). The calendar does not load days itself: a handler shows the month with
   * nape_month_calendar_set_month() and shades it, and the focus then lands on the day
   * asked for. Unhandled, the month and the focus stay.
   */
  signals[CHANGE_MONTH] =
    g_signal_new ("change-month", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_install_action (widget_class, "calendar.move-focus", "(ii)",
                                   move_focus_action);
  gtk_widget_class_install_action (widget_class, "calendar.move-to-edge", "i",
                                   move_to_edge_action);
  gtk_widget_class_install_action (widget_class, "calendar.activate-day", NULL,
                                   activate_day_action);
  for (guint i = 0; i < G_N_ELEMENTS (focus_moves); i++)
    gtk_widget_class_add_binding_action (widget_class, focus_moves[i].key, 0,
                                         "calendar.move-focus", "(ii)",
                                         focus_moves[i].days, focus_moves[i].months);
  for (guint i = 0; i < G_N_ELEMENTS (edge_moves); i++)
    gtk_widget_class_add_binding_action (widget_class, edge_moves[i].key, 0,
                                         "calendar.move-to-edge", "i", edge_moves[i].direction);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0,
                                         "calendar.activate-day", NULL);

  gtk_widget_class_set_css_name (widget_class, "nape-month-calendar");
  /* A grid the arrows move through; the focused day is told in the description. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
nape_month_calendar_init (NapeMonthCalendar *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->year = g_date_time_get_year (now);
  self->month = g_date_time_get_month (now);
  self->week_start = locale_week_start ();
  for (int d = 0; d < 31; d++)
    self->intensity[d] = -1;
  self->focus_day = starting_day (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  nape_widget_track_drawn_focus (GTK_WIDGET (self));

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  update_label (self);
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
 * Shows another month and forgets the shaded days. The keyboard focus moves to today, or
 * to the 1st, and the chosen day is forgotten, unless the month is the one already shown.
 */
void
nape_month_calendar_set_month (NapeMonthCalendar *self,
                               int                year,
                               int                month)
{
  g_return_if_fail (NAPE_IS_MONTH_CALENDAR (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (self->year != year || self->month != month)
    {
      self->year = year;
      self->month = month;
      self->focus_day = starting_day (self);
      update_label (self);
      nape_month_calendar_set_selected_day (self, 0);
    }
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
  /* Only the focused day is told to screen readers. */
  if (day == self->focus_day)
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

/**
 * nape_month_calendar_get_week_start:
 * @self: a #NapeMonthCalendar
 *
 * Returns: the weekday of the first column, the locale's first day of the week: 0 for
 *   Sunday … 6 for Saturday
 */
int
nape_month_calendar_get_week_start (NapeMonthCalendar *self)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), 1);

  return self->week_start;
}

/**
 * nape_month_calendar_get_focus_day:
 * @self: a #NapeMonthCalendar
 *
 * Returns: the day of the month the keyboard is on; Enter or Space activates it
 */
int
nape_month_calendar_get_focus_day (NapeMonthCalendar *self)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), 1);

  return self->focus_day;
}

int
nape_month_calendar_get_selected_day (NapeMonthCalendar *self)
{
  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), 0);

  return self->selected_day;
}

/**
 * nape_month_calendar_set_selected_day:
 * @self: a #NapeMonthCalendar
 * @day: a day of the month shown, or 0 for none
 *
 * Marks @day as the chosen one, as a click on it does.
 */
void
nape_month_calendar_set_selected_day (NapeMonthCalendar *self,
                                      int                day)
{
  g_return_if_fail (NAPE_IS_MONTH_CALENDAR (self));
  g_return_if_fail (day >= 0 && day <= days_in_month (self->year, self->month));

  if (self->selected_day == day)
    return;

  self->selected_day = day;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_DAY]);
}

/**
 * nape_month_calendar_describe_day:
 * @self: a #NapeMonthCalendar
 * @day: a day of the month shown
 *
 * Returns: (transfer full): the day in words, as a screen reader hears it when the
 *   keyboard reaches it, e.g. "Friday 15 March, today, worst pain 6 of 10"
 */
char *
nape_month_calendar_describe_day (NapeMonthCalendar *self,
                                  int                day)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  gboolean today;
  int intensity;

  g_return_val_if_fail (NAPE_IS_MONTH_CALENDAR (self), NULL);
  g_return_val_if_fail (day >= 1 && day <= days_in_month (self->year, self->month), NULL);

  now = g_date_time_new_now_local ();
  today = is_today (self, day, now);
  noon = g_date_time_new_local (self->year, self->month, day, 12, 0, 0);
  /* Translators: a day of the headache calendar as a screen reader says it; the month and
   * year are in the calendar's name already. See strftime */
  date = g_date_time_format (noon, _("%A %-d %B"));
  intensity = self->intensity[day - 1];

  /* Whole sentences, so that translators see the pain with the day it belongs to. */
  if (today && intensity >= 0)
    /* Translators: today in the headache calendar and its worst pain on the 0–10 scale,
     * e.g. "Friday 15 March, today, worst pain 6 of 10" */
    return g_strdup_printf (_("%s, today, worst pain %d of 10"), date, intensity);
  if (today)
    /* Translators: today in the headache calendar, e.g. "Friday 15 March, today, no headache" */
    return g_strdup_printf (_("%s, today, no headache"), date);
  if (intensity >= 0)
    /* Translators: a day of the headache calendar and its worst pain on the 0–10 scale,
     * e.g. "Friday 15 March, worst pain 6 of 10" */
    return g_strdup_printf (_("%s, worst pain %d of 10"), date, intensity);

  /* Translators: a day of the headache calendar without a headache written down, e.g.
   * "Friday 15 March, no headache" */
  return g_strdup_printf (_("%s, no headache"), date);
}
