/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-anatomy-view.h"
#include "nape-atlas.h"
#include "nape-clock.h"
#include "nape-routine.h"
#include "nape-session.h"

G_BEGIN_DECLS

#define NAPE_TYPE_SESSION_VIEW (nape_session_view_get_type ())

G_DECLARE_FINAL_TYPE (NapeSessionView, nape_session_view, NAPE, SESSION_VIEW, AdwBin)

void             nape_session_view_set_clock        (NapeSessionView *self,
                                                     NapeClock       *clock);
void             nape_session_view_prepare          (NapeSessionView *self,
                                                     NapeAtlas       *atlas,
                                                     NapeRoutine     *routine);
void             nape_session_view_start            (NapeSessionView *self);
void             nape_session_view_stop             (NapeSessionView *self);
NapeSession     *nape_session_view_get_session      (NapeSessionView *self);
const char      *nape_session_view_get_stage        (NapeSessionView *self);
NapeAnatomyView *nape_session_view_get_anatomy_view (NapeSessionView *self);
gboolean         nape_session_view_close_request    (NapeSessionView *self);

G_END_DECLS
