/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "nape-zone.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ZONE_ROW (nape_zone_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeZoneRow, nape_zone_row, NAPE, ZONE_ROW, GtkListBoxRow)

GtkWidget  *nape_zone_row_new         (NapeZone    *zone,
                                       const char  *subtitle);
const char *nape_zone_row_get_zone_id (NapeZoneRow *self);

G_END_DECLS
