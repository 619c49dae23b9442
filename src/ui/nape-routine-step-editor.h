/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-atlas.h"
#include "nape-routine-step.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ROUTINE_STEP_EDITOR (nape_routine_step_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutineStepEditor, nape_routine_step_editor, NAPE, ROUTINE_STEP_EDITOR, AdwBin)

NapeRoutineStepEditor *nape_routine_step_editor_new           (NapeAtlas             *atlas,
                                                               NapeRoutineStep       *step);
void                   nape_routine_step_editor_set_place     (NapeRoutineStepEditor *self,
                                                               guint                  index,
                                                               guint                  n_steps);
gboolean               nape_routine_step_editor_select_zone   (NapeRoutineStepEditor *self,
                                                               const char            *zone_id);
gboolean               nape_routine_step_editor_select_technique (NapeRoutineStepEditor *self,
                                                                  const char            *technique_id);
void                   nape_routine_step_editor_set_step      (NapeRoutineStepEditor *self,
                                                               NapeRoutineStep       *step);
NapeRoutineStep       *nape_routine_step_editor_build_step    (NapeRoutineStepEditor *self);

G_END_DECLS
