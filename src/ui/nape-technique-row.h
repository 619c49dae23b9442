/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-technique.h"

G_BEGIN_DECLS

#define NAPE_TYPE_TECHNIQUE_ROW (nape_technique_row_get_type ())

G_DECLARE_FINAL_TYPE (NapeTechniqueRow, nape_technique_row, NAPE, TECHNIQUE_ROW, AdwExpanderRow)

GtkWidget *nape_technique_row_new (NapeTechnique *technique);

G_END_DECLS
