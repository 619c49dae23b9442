/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAPE_TYPE_DATE_TIME_ROW (nape_date_time_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeDateTimeRow, nape_date_time_row, NAPE, DATE_TIME_ROW, AdwActionRow)

GtkWidget *nape_date_time_row_new           (void);
GDateTime *nape_date_time_row_get_date_time (NapeDateTimeRow *self);
void       nape_date_time_row_set_date_time (NapeDateTimeRow *self,
                                             GDateTime       *date_time);
char      *nape_date_time_row_format_day    (NapeDateTimeRow *self);

G_END_DECLS
