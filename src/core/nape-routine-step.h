/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-step.h — one step of a routine: a zone, a technique, a time or a count, per side (read-only) */

#pragma once

#include <glib-object.h>

#include "nape-area.h"

G_BEGIN_DECLS

/**
 * NAPE_DEFAULT_REP_PACE_SECONDS:
 *
 * Seconds per repetition assumed when a step counts repetitions without
 * saying how long each takes (such a step waits for the user, so this only
 * feeds the estimated length).
 */
#define NAPE_DEFAULT_REP_PACE_SECONDS 3

/**
 * NAPE_SIDE_SWITCH_SECONDS:
 *
 * The pause between the sides of a step played on both sides.
 */
#define NAPE_SIDE_SWITCH_SECONDS 5

/**
 * NAPE_ROUTINE_STEP_NO_INTENSITY:
 *
 * The intensity of a step that does not set a massager level.
 */
#define NAPE_ROUTINE_STEP_NO_INTENSITY (-1)

#define NAPE_TYPE_ROUTINE_STEP (nape_routine_step_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutineStep, nape_routine_step, NAPE, ROUTINE_STEP, GObject)

/**
 * nape_routine_step_new:
 * @zone_id: the zone to work on (an atlas zone id)
 * @technique_id: the technique to use (an atlas technique id)
 * @sides: 0 to play the step once, or %NAPE_SIDE_LEFT and/or %NAPE_SIDE_RIGHT
 *   to play it once per side, left first
 * @seconds: how long per side, or 0 to count repetitions instead
 * @reps: repetitions per side, or 0; @seconds or @reps must be set
 * @rep_seconds: seconds per repetition, or 0 to let the user count
 * @intensity: massager level 0–100, or %NAPE_ROUTINE_STEP_NO_INTENSITY
 * @instruction: (nullable): what to do, shown as is
 *
 * Makes a step in code, for routines the user builds.  Steps loaded from
 * routines.xml come from nape_routine_list_new_from_bytes().
 *
 * Returns: (transfer full): a new step
 */
NapeRoutineStep *nape_routine_step_new              (const char      *zone_id,
                                                     const char      *technique_id,
                                                     NapeSide         sides,
                                                     guint            seconds,
                                                     guint            reps,
                                                     double           rep_seconds,
                                                     int              intensity,
                                                     const char      *instruction);

/**
 * nape_routine_step_get_zone_id:
 * @self: a #NapeRoutineStep
 *
 * Returns: the atlas id of the zone to work on
 */
const char      *nape_routine_step_get_zone_id      (NapeRoutineStep *self);

/**
 * nape_routine_step_get_technique_id:
 * @self: a #NapeRoutineStep
 *
 * Returns: the atlas id of the technique to use
 */
const char      *nape_routine_step_get_technique_id (NapeRoutineStep *self);

/**
 * nape_routine_step_get_sides:
 * @self: a #NapeRoutineStep
 *
 * Returns: the sides to play, left before right; 0 means once, with no side
 */
NapeSide         nape_routine_step_get_sides        (NapeRoutineStep *self);

/**
 * nape_routine_step_get_n_sides:
 * @self: a #NapeRoutineStep
 *
 * Returns: how many sides the step names: 0, 1 or 2
 */
guint            nape_routine_step_get_n_sides      (NapeRoutineStep *self);

/**
 * nape_routine_step_get_seconds:
 * @self: a #NapeRoutineStep
 *
 * Returns: the seconds per side, or 0 if the step counts repetitions
 */
guint            nape_routine_step_get_seconds      (NapeRoutineStep *self);

/**
 * nape_routine_step_get_reps:
 * @self: a #NapeRoutineStep
 *
 * Returns: the repetitions per side, or 0
 */
guint            nape_routine_step_get_reps         (NapeRoutineStep *self);

/**
 * nape_routine_step_get_rep_seconds:
 * @self: a #NapeRoutineStep
 *
 * Returns: the seconds per repetition, or 0 if the user counts
 */
double           nape_routine_step_get_rep_seconds  (NapeRoutineStep *self);

/**
 * nape_routine_step_get_intensity:
 * @self: a #NapeRoutineStep
 *
 * Returns: the massager level 0–100, or %NAPE_ROUTINE_STEP_NO_INTENSITY
 */
int              nape_routine_step_get_intensity    (NapeRoutineStep *self);

/**
 * nape_routine_step_get_instruction:
 * @self: a #NapeRoutineStep
 *
 * Returns: (nullable): what to do, translated for built-in routines; %NULL
 *   for a user step made without one
 */
const char      *nape_routine_step_get_instruction  (NapeRoutineStep *self);

/**
 * nape_routine_step_get_waits_for_user:
 * @self: a #NapeRoutineStep
 *
 * Returns: %TRUE if the step counts repetitions with no time per
 *   repetition, so the player waits for the user to go on
 */
gboolean         nape_routine_step_get_waits_for_user (NapeRoutineStep *self);

/**
 * nape_routine_step_get_side_seconds:
 * @self: a #NapeRoutineStep
 *
 * The length of one side: the seconds if given, else repetitions ×
 * seconds per repetition (rounded up), else repetitions ×
 * %NAPE_DEFAULT_REP_PACE_SECONDS.
 *
 * Returns: the seconds one side takes
 */
guint            nape_routine_step_get_side_seconds (NapeRoutineStep *self);

/**
 * nape_routine_step_get_total_seconds:
 * @self: a #NapeRoutineStep
 *
 * Returns: the side length once per side (at least once), plus
 *   %NAPE_SIDE_SWITCH_SECONDS between sides
 */
guint            nape_routine_step_get_total_seconds (NapeRoutineStep *self);

G_END_DECLS
