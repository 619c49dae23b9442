/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-diary.h"

G_BEGIN_DECLS

#define NAPE_TYPE_SESSION_EDITOR (nape_session_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeSessionEditor, nape_session_editor, NAPE, SESSION_EDITOR, AdwWindow)

NapeSessionEditor  *nape_session_editor_new         (NapeDiary          *diary,
                                                     NapeMassageSession *session,
                                                     const char         *routine_name);
NapeMassageSession *nape_session_editor_get_session (NapeSessionEditor  *self);

G_END_DECLS
