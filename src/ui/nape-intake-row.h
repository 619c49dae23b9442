/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-intake.h"

G_BEGIN_DECLS

#define NAPE_TYPE_INTAKE_ROW (nape_intake_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeIntakeRow, nape_intake_row, NAPE, INTAKE_ROW, AdwActionRow)

GtkWidget  *nape_intake_row_new        (NapeIntake    *intake,
                                        const char    *title);
NapeIntake *nape_intake_row_get_intake (NapeIntakeRow *self);

G_END_DECLS
