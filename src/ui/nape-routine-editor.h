/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-atlas.h"
#include "nape-diary.h"
#include "nape-routine.h"
#include "nape-routine-step-editor.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ROUTINE_EDITOR (nape_routine_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutineEditor, nape_routine_editor, NAPE, ROUTINE_EDITOR, AdwWindow)

NapeRoutineEditor     *nape_routine_editor_new             (NapeDiary         *diary,
                                                            NapeAtlas         *atlas,
                                                            NapeRoutine       *routine);
GtkEditable           *nape_routine_editor_get_name_editable (NapeRoutineEditor *self);
guint                  nape_routine_editor_get_n_steps     (NapeRoutineEditor *self);
NapeRoutineStepEditor *nape_routine_editor_get_step_editor (NapeRoutineEditor *self,
                                                            guint              index);
NapeRoutine           *nape_routine_editor_build_routine   (NapeRoutineEditor *self);

G_END_DECLS
