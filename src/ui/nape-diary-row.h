/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAPE_TYPE_DIARY_ROW (nape_diary_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeDiaryRow, nape_diary_row, NAPE, DIARY_ROW, GtkBox)

GtkWidget *nape_diary_row_new        (void);
void       nape_diary_row_show_day   (NapeDiaryRow *self,
                                      const char   *title,
                                      const char   *summary,
                                      const char   *day);
void       nape_diary_row_show_entry (NapeDiaryRow *self,
                                      const char   *uuid,
                                      int           intensity,
                                      const char   *icon_name,
                                      const char   *title,
                                      const char   *subtitle,
                                      const char   *accessible_label);

G_END_DECLS
