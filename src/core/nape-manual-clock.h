/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-manual-clock.h — a clock for tests that only moves when told, so a long routine runs in microseconds */

#pragma once

#include "nape-clock.h"

G_BEGIN_DECLS

#define NAPE_TYPE_MANUAL_CLOCK (nape_manual_clock_get_type ())

G_DECLARE_FINAL_TYPE (NapeManualClock, nape_manual_clock, NAPE, MANUAL_CLOCK, GObject)

/**
 * nape_manual_clock_new:
 * @start_us: the time it shows until advanced
 *
 * Makes a #NapeClock that stands still until nape_manual_clock_advance().
 * Nothing needs a main loop.
 *
 * Returns: (transfer full): a new clock
 */
NapeClock *nape_manual_clock_new               (gint64           start_us);

/**
 * nape_manual_clock_advance:
 * @self: a #NapeManualClock
 * @delta_us: how far to move, 0 or more
 *
 * Moves the time forward by @delta_us and fires every deadline that falls
 * within, in order of time (and of arming, for equal times).  While a
 * deadline fires, the clock shows that deadline's time, so a callback sees
 * exactly the moment it asked for; deadlines armed by callbacks fire too if
 * they fall within the span.  Deadlines already past fire first.
 */
void       nape_manual_clock_advance           (NapeManualClock *self,
                                                gint64           delta_us);

/**
 * nape_manual_clock_get_next_deadline:
 * @self: a #NapeManualClock
 * @deadline_us: (out) (optional): where to store the earliest armed deadline
 *
 * Returns: %TRUE if a deadline is armed
 */
gboolean   nape_manual_clock_get_next_deadline (NapeManualClock *self,
                                                gint64          *deadline_us);

/**
 * nape_manual_clock_get_n_deadlines:
 * @self: a #NapeManualClock
 *
 * Returns: how many deadlines are armed
 */
guint      nape_manual_clock_get_n_deadlines   (NapeManualClock *self);

G_END_DECLS
