/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-system-clock.h — the real clock: g_get_monotonic_time() and deadlines on the GLib main loop */

#pragma once

#include "nape-clock.h"

G_BEGIN_DECLS

#define NAPE_TYPE_SYSTEM_CLOCK (nape_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (NapeSystemClock, nape_system_clock, NAPE, SYSTEM_CLOCK, GObject)

/**
 * nape_system_clock_new:
 *
 * Makes a #NapeClock on g_get_monotonic_time().  Deadlines are #GSource s
 * with a ready time, so they wake the loop to the microsecond the kernel
 * allows rather than to a rounded millisecond; they are attached to the
 * thread-default main context at the time of this call.
 *
 * Returns: (transfer full): a new clock
 */
NapeClock *nape_system_clock_new (void);

G_END_DECLS
