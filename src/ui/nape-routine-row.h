/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-routine.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ROUTINE_ROW (nape_routine_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutineRow, nape_routine_row, NAPE, ROUTINE_ROW, AdwActionRow)

GtkWidget  *nape_routine_row_new            (NapeRoutine    *routine,
                                             const char     *subtitle);
void        nape_routine_row_set_routine    (NapeRoutineRow *self,
                                             NapeRoutine    *routine,
                                             const char     *subtitle);
const char *nape_routine_row_get_routine_id (NapeRoutineRow *self);
void        nape_routine_row_set_here       (NapeRoutineRow *self,
                                             gboolean        here);

G_END_DECLS
