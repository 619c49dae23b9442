/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-area.h"

G_BEGIN_DECLS

#define NAPE_TYPE_AREA_ROW (nape_area_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeAreaRow, nape_area_row, NAPE, AREA_ROW, AdwActionRow)

GtkWidget  *nape_area_row_new         (NapeArea    *area);
const char *nape_area_row_get_area_id (NapeAreaRow *self);

G_END_DECLS
