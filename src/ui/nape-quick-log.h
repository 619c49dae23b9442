/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-diary.h"

G_BEGIN_DECLS

#define NAPE_TYPE_QUICK_LOG (nape_quick_log_get_type ())

G_DECLARE_FINAL_TYPE (NapeQuickLog, nape_quick_log, NAPE, QUICK_LOG, AdwWindow)

NapeQuickLog *nape_quick_log_new           (NapeDiary    *diary);
int           nape_quick_log_get_intensity (NapeQuickLog *self);

G_END_DECLS
