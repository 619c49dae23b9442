/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-session.h — plays a routine: get ready, each step and side on time, pause, back, skip, stop */

#pragma once

#include <glib-object.h>

#include "nape-area.h"
#include "nape-clock.h"
#include "nape-massager.h"
#include "nape-routine.h"
#include "nape-routine-step.h"

G_BEGIN_DECLS

/**
 * NAPE_SESSION_DEFAULT_GET_READY_SECONDS:
 *
 * The default countdown before the first step.
 */
#define NAPE_SESSION_DEFAULT_GET_READY_SECONDS 5

/**
 * NAPE_SESSION_BACK_RESTART_SECONDS:
 *
 * After this long into a step (or side), nape_session_back() restarts it;
 * before, it goes to the previous one, as music players do.
 */
#define NAPE_SESSION_BACK_RESTART_SECONDS 3

/**
 * NapeSessionState:
 * @NAPE_SESSION_STATE_READY: not started
 * @NAPE_SESSION_STATE_GET_READY: counting down before the first step
 * @NAPE_SESSION_STATE_RUNNING: playing a step or a side switch
 * @NAPE_SESSION_STATE_PAUSED: paused, in any phase
 * @NAPE_SESSION_STATE_FINISHED: played to the end
 * @NAPE_SESSION_STATE_STOPPED: stopped by the user
 *
 * Where a session is in its life.  FINISHED and STOPPED are final.
 */
typedef enum
{
  NAPE_SESSION_STATE_READY,
  NAPE_SESSION_STATE_GET_READY,
  NAPE_SESSION_STATE_RUNNING,
  NAPE_SESSION_STATE_PAUSED,
  NAPE_SESSION_STATE_FINISHED,
  NAPE_SESSION_STATE_STOPPED,
} NapeSessionState;

#define NAPE_TYPE_SESSION_STATE (nape_session_state_get_type ())
GType nape_session_state_get_type (void) G_GNUC_CONST;

/**
 * NapeSessionPhase:
 * @NAPE_SESSION_PHASE_NONE: before the start and after the end
 * @NAPE_SESSION_PHASE_GET_READY: the countdown before the first step
 * @NAPE_SESSION_PHASE_STEP: a step, or one side of it
 * @NAPE_SESSION_PHASE_SWITCH: the %NAPE_SIDE_SWITCH_SECONDS pause between
 *   the sides of a step
 *
 * What is being timed.  A paused session keeps the phase it paused in.
 */
typedef enum
{
  NAPE_SESSION_PHASE_NONE,
  NAPE_SESSION_PHASE_GET_READY,
  NAPE_SESSION_PHASE_STEP,
  NAPE_SESSION_PHASE_SWITCH,
} NapeSessionPhase;

#define NAPE_TYPE_SESSION_PHASE (nape_session_phase_get_type ())
GType nape_session_phase_get_type (void) G_GNUC_CONST;

#define NAPE_TYPE_SESSION (nape_session_get_type ())

G_DECLARE_FINAL_TYPE (NapeSession, nape_session, NAPE, SESSION, GObject)

/*
 * Timing.  Every phase's start is an offset from the session start in
 * active (unpaused) time: session time = clock now − start − time paused.
 * One clock deadline is armed at a time, for the next event (phase end,
 * tick or repetition), computed from those offsets and never from the time
 * a previous deadline actually fired, so lateness never accumulates.  A
 * phase that follows a step waiting for the user, or a back or skip, is
 * offset from that moment instead.
 *
 * Signals, in order when a phase begins: notify (state, phase, step-index,
 * side, repetition, remaining-ms), ::phase-changed, ::step-changed (steps
 * only), then ::tick and ::warning.  Handlers may call any method,
 * including pause, skip and stop, and may drop the last reference.
 *
 * ::phase-changed (NapeSessionPhase phase): a phase begins (again, if back
 *   restarted it).
 * ::step-changed (guint step_index, NapeSide side): a step, or one side of
 *   it, begins; side is 0 for a step played once.
 * ::tick: at a phase start and then whenever the seconds left reach a whole
 *   number (a timed phase; every whole second elapsed in a step waiting for
 *   the user); 1 Hz, for the display.  Read remaining-ms / elapsed-ms.
 * ::warning (guint seconds_left): 3, 2 and 1 seconds before a timed phase
 *   (get ready, step, switch) ends.
 * ::finished: the last phase ended.  ::stopped: nape_session_stop().
 */

/**
 * nape_session_new:
 * @routine: the routine to play
 * @clock: the clock to time it with
 *
 * Returns: (transfer full): a session in %NAPE_SESSION_STATE_READY
 */
NapeSession      *nape_session_new                   (NapeRoutine  *routine,
                                                      NapeClock    *clock);

/**
 * nape_session_get_routine:
 * @self: a #NapeSession
 *
 * Returns: (transfer none): the routine being played
 */
NapeRoutine      *nape_session_get_routine           (NapeSession  *self);

/**
 * nape_session_get_clock:
 * @self: a #NapeSession
 *
 * Returns: (transfer none): the clock
 */
NapeClock        *nape_session_get_clock             (NapeSession  *self);

/**
 * nape_session_get_massager:
 * @self: a #NapeSession
 *
 * Returns: (transfer none) (nullable): the massager the steps' intensities
 *   go to
 */
NapeMassager     *nape_session_get_massager          (NapeSession  *self);

/**
 * nape_session_set_massager:
 * @self: a #NapeSession
 * @massager: (nullable): a massager, or %NULL
 *
 * Sets where step intensities go: nape_massager_set_level() at the start
 * of each step or side with an intensity (and on resume into one),
 * nape_massager_stop() on pause, stop, finish, dispose while playing, and
 * when a phase without an intensity follows one with.  A massager that was
 * running is stopped when replaced.
 */
void              nape_session_set_massager          (NapeSession  *self,
                                                      NapeMassager *massager);

/**
 * nape_session_get_get_ready_seconds:
 * @self: a #NapeSession
 *
 * Returns: the countdown before the first step
 */
guint             nape_session_get_get_ready_seconds (NapeSession  *self);

/**
 * nape_session_set_get_ready_seconds:
 * @self: a #NapeSession
 * @seconds: the countdown before the first step, 0 for none
 *
 * Sets the countdown; it counts only if set before nape_session_start().
 * The default is %NAPE_SESSION_DEFAULT_GET_READY_SECONDS.
 */
void              nape_session_set_get_ready_seconds (NapeSession  *self,
                                                      guint         seconds);

/**
 * nape_session_get_state:
 * @self: a #NapeSession
 *
 * Returns: where the session is in its life
 */
NapeSessionState  nape_session_get_state             (NapeSession  *self);

/**
 * nape_session_get_phase:
 * @self: a #NapeSession
 *
 * Returns: what is being timed (kept while paused)
 */
NapeSessionPhase  nape_session_get_phase             (NapeSession  *self);

/**
 * nape_session_get_step_index:
 * @self: a #NapeSession
 *
 * During the countdown this is 0, the step to come; during a side switch,
 * the step being switched.  After the end it keeps the last value.
 *
 * Returns: the current step's index, or -1 before the start
 */
int               nape_session_get_step_index        (NapeSession  *self);

/**
 * nape_session_get_step:
 * @self: a #NapeSession
 *
 * Returns: (transfer none) (nullable): the step at
 *   nape_session_get_step_index(), or %NULL before the start
 */
NapeRoutineStep  *nape_session_get_step              (NapeSession  *self);

/**
 * nape_session_get_side:
 * @self: a #NapeSession
 *
 * Returns: the side being played; during a side switch, the side to come;
 *   0 for a step played once and outside steps
 */
NapeSide          nape_session_get_side              (NapeSession  *self);

/**
 * nape_session_get_repetition:
 * @self: a #NapeSession
 *
 * In a step timed per repetition it advances every rep-seconds; in a step
 * waiting for the user, with nape_session_count_repetition().
 *
 * Returns: the repetitions done in the current step or side
 */
guint             nape_session_get_repetition        (NapeSession  *self);

/**
 * nape_session_get_remaining_ms:
 * @self: a #NapeSession
 *
 * Exact whenever read; notified at each ::tick and when a phase begins.
 *
 * Returns: the milliseconds left in the current phase (rounded up), -1 in
 *   a step waiting for the user, 0 when not started or over
 */
gint64            nape_session_get_remaining_ms      (NapeSession  *self);

/**
 * nape_session_get_elapsed_ms:
 * @self: a #NapeSession
 *
 * Returns: the milliseconds of active time spent in the current phase
 */
gint64            nape_session_get_elapsed_ms        (NapeSession  *self);

/**
 * nape_session_start:
 * @self: a #NapeSession in %NAPE_SESSION_STATE_READY
 *
 * Starts the countdown, or the first step if the countdown is 0.
 */
void              nape_session_start                 (NapeSession  *self);

/**
 * nape_session_pause:
 * @self: a #NapeSession that is counting down or running
 *
 * Freezes the time line and stops the massager.
 */
void              nape_session_pause                 (NapeSession  *self);

/**
 * nape_session_resume:
 * @self: a paused #NapeSession
 *
 * Goes on where it paused; every later boundary moves by the time paused.
 */
void              nape_session_resume                (NapeSession  *self);

/**
 * nape_session_skip:
 * @self: a started #NapeSession that is not over
 *
 * Ends the current phase now: the countdown, a side (the switch pause
 * follows), a switch pause, or a step.  Skipping the last one finishes.
 * A paused session stays paused, at the start of the next phase.
 */
void              nape_session_skip                  (NapeSession  *self);

/**
 * nape_session_back:
 * @self: a started #NapeSession that is not over
 *
 * Restarts the current step or side if it has run for
 * %NAPE_SESSION_BACK_RESTART_SECONDS or more (or is the first), otherwise
 * goes to the start of the previous one.  In a side switch it goes back to
 * the side just played; in the countdown it restarts the countdown.  A
 * paused session stays paused.
 */
void              nape_session_back                  (NapeSession  *self);

/**
 * nape_session_count_repetition:
 * @self: a #NapeSession
 *
 * Counts one repetition of a step waiting for the user; the last one ends
 * the step or side.
 *
 * Returns: %TRUE if counted, %FALSE if the session is not running such a
 *   step
 */
gboolean          nape_session_count_repetition      (NapeSession  *self);

/**
 * nape_session_stop:
 * @self: a #NapeSession that is not over
 *
 * Ends the session for good and stops the massager.
 */
void              nape_session_stop                  (NapeSession  *self);

G_END_DECLS
