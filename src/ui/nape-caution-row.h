/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-caution.h"

G_BEGIN_DECLS

#define NAPE_TYPE_CAUTION_ROW (nape_caution_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeCautionRow, nape_caution_row, NAPE, CAUTION_ROW, AdwActionRow)

GtkWidget *nape_caution_row_new (NapeCaution *caution);

G_END_DECLS
