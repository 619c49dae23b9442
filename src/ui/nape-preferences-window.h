/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAPE_TYPE_PREFERENCES_WINDOW (nape_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (NapePreferencesWindow, nape_preferences_window, NAPE, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

NapePreferencesWindow *nape_preferences_window_new (void);

G_END_DECLS
