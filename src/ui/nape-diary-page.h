/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-atlas.h"
#include "nape-day-editor.h"
#include "nape-diary.h"
#include "nape-headache-editor.h"
#include "nape-intake-editor.h"
#include "nape-quick-log.h"
#include "nape-session-editor.h"

G_BEGIN_DECLS

#define NAPE_TYPE_DIARY_PAGE (nape_diary_page_get_type ())

G_DECLARE_FINAL_TYPE (NapeDiaryPage, nape_diary_page, NAPE, DIARY_PAGE, AdwBin)

gboolean            nape_diary_page_open            (NapeDiaryPage *self,
                                                     const char    *path);
void                nape_diary_page_open_async      (NapeDiaryPage *self,
                                                     const char    *path);
void                nape_diary_page_set_content     (NapeDiaryPage *self,
                                                     NapeAtlas     *atlas,
                                                     GListModel    *routines);
NapeDiary          *nape_diary_page_get_diary       (NapeDiaryPage *self);
GListModel         *nape_diary_page_get_entries     (NapeDiaryPage *self);
void                nape_diary_page_rebuild_entries (NapeDiaryPage *self);
NapeQuickLog       *nape_diary_page_log_headache    (NapeDiaryPage *self);
NapeHeadacheEditor *nape_diary_page_edit_headache   (NapeDiaryPage *self,
                                                     const char    *uuid);
NapeIntakeEditor   *nape_diary_page_edit_intake     (NapeDiaryPage *self,
                                                     const char    *uuid);
NapeSessionEditor  *nape_diary_page_edit_session    (NapeDiaryPage *self,
                                                     const char    *uuid);
NapeDayEditor      *nape_diary_page_edit_day        (NapeDiaryPage *self,
                                                     const char    *date);
void                nape_diary_page_show_month      (NapeDiaryPage *self,
                                                     int            year,
                                                     int            month);

G_END_DECLS
