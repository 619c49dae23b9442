/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAPE_TYPE_SAFETY_WINDOW (nape_safety_window_get_type ())

G_DECLARE_FINAL_TYPE (NapeSafetyWindow, nape_safety_window, NAPE, SAFETY_WINDOW, AdwWindow)

NapeSafetyWindow *nape_safety_window_new (void);

G_END_DECLS
