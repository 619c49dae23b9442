/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-atlas.h"
#include "nape-diary.h"
#include "nape-routine.h"
#include "nape-routine-editor.h"
#include "nape-session-view.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ROUTINES_PAGE (nape_routines_page_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutinesPage, nape_routines_page, NAPE, ROUTINES_PAGE, AdwBin)

void             nape_routines_page_set_content      (NapeRoutinesPage *self,
                                                      NapeAtlas        *atlas,
                                                      GListModel       *routines);
void             nape_routines_page_set_diary        (NapeRoutinesPage *self,
                                                      NapeDiary        *diary);
void             nape_routines_page_show_error       (NapeRoutinesPage *self,
                                                      const char    *description);
gboolean         nape_routines_page_show_routine     (NapeRoutinesPage *self,
                                                      const char       *routine_id);
void             nape_routines_page_play             (NapeRoutinesPage *self,
                                                      NapeRoutine      *routine);
NapeRoutine     *nape_routines_page_new_zone_routine (NapeRoutinesPage *self,
                                                      const char       *zone_id);
void             nape_routines_page_practice_zone    (NapeRoutinesPage *self,
                                                      const char       *zone_id);
const char      *nape_routines_page_get_shown        (NapeRoutinesPage *self);
guint            nape_routines_page_get_program_days (NapeRoutinesPage *self);
gboolean         nape_routines_page_close_request    (NapeRoutinesPage *self);
NapeSessionView *nape_routines_page_get_session_view (NapeRoutinesPage *self);
NapeRoutineEditor *nape_routines_page_get_editor     (NapeRoutinesPage *self);

G_END_DECLS
