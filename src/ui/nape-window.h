/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-diary-page.h"
#include "nape-learn-page.h"
#include "nape-routines-page.h"

G_BEGIN_DECLS

#define NAPE_TYPE_WINDOW (nape_window_get_type ())

G_DECLARE_FINAL_TYPE (NapeWindow, nape_window, NAPE, WINDOW, AdwApplicationWindow)

NapeWindow       *nape_window_new               (GtkApplication *application);
const char       *nape_window_get_visible_page  (NapeWindow     *self);
NapeLearnPage    *nape_window_get_learn_page    (NapeWindow     *self);
NapeRoutinesPage *nape_window_get_routines_page (NapeWindow     *self);

NapeDiaryPage    *nape_window_get_diary_page    (NapeWindow     *self);

G_END_DECLS
