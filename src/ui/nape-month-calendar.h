/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAPE_TYPE_MONTH_CALENDAR (nape_month_calendar_get_type ())

G_DECLARE_FINAL_TYPE (NapeMonthCalendar, nape_month_calendar, NAPE, MONTH_CALENDAR, GtkWidget)

GtkWidget *nape_month_calendar_new              (void);
void       nape_month_calendar_set_month        (NapeMonthCalendar *self,
                                                 int                year,
                                                 int                month);
int        nape_month_calendar_get_year         (NapeMonthCalendar *self);
int        nape_month_calendar_get_month        (NapeMonthCalendar *self);
void       nape_month_calendar_clear_days       (NapeMonthCalendar *self);
void       nape_month_calendar_set_day          (NapeMonthCalendar *self,
                                                 int                day,
                                                 int                intensity);
int        nape_month_calendar_get_day          (NapeMonthCalendar *self,
                                                 int                day);
int        nape_month_calendar_get_focus_day    (NapeMonthCalendar *self);
int        nape_month_calendar_get_week_start   (NapeMonthCalendar *self);
int        nape_month_calendar_get_selected_day (NapeMonthCalendar *self);
void       nape_month_calendar_set_selected_day (NapeMonthCalendar *self,
                                                 int                day);
char      *nape_month_calendar_describe_day     (NapeMonthCalendar *self,
                                                 int                day);

G_END_DECLS
