/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-diary.h"

G_BEGIN_DECLS

#define NAPE_TYPE_DAY_EDITOR (nape_day_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeDayEditor, nape_day_editor, NAPE, DAY_EDITOR, AdwWindow)

NapeDayEditor *nape_day_editor_new      (NapeDiary     *diary,
                                         const char    *date);
const char    *nape_day_editor_get_date (NapeDayEditor *self);

G_END_DECLS
