/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-step-private.h — what the routines.xml loader may do to a step (not for the UI) */

#pragma once

#include "nape-routine-step.h"

G_BEGIN_DECLS

/* The instruction is a msgid from routines.xml: translate it on the way out. */
void nape_routine_step_set_translatable (NapeRoutineStep *self);

G_END_DECLS
