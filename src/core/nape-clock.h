/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-clock.h — monotonic time and one-shot deadlines, so a session can run on a fake clock in tests */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NapeClockFunc:
 * @user_data: the data given to nape_clock_add_deadline()
 *
 * Called once when a deadline is reached.  The deadline is already gone
 * when this runs: do not remove it.
 */
typedef void (*NapeClockFunc) (gpointer user_data);

#define NAPE_TYPE_CLOCK (nape_clock_get_type ())

G_DECLARE_INTERFACE (NapeClock, nape_clock, NAPE, CLOCK, GObject)

/**
 * NapeClockInterface:
 * @now_us: returns the monotonic time in microseconds
 * @add_deadline: calls a function once, when the time reaches a deadline;
 *   returns an id greater than 0
 * @remove_deadline: cancels a deadline that has not fired
 *
 * A source of time.  #NapeSystemClock uses the GLib main loop;
 * #NapeManualClock is advanced by hand in tests.
 */
struct _NapeClockInterface
{
  GTypeInterface parent_iface;

  gint64 (*now_us)          (NapeClock      *self);
  guint  (*add_deadline)    (NapeClock      *self,
                             gint64          deadline_us,
                             NapeClockFunc   func,
                             gpointer        user_data,
                             GDestroyNotify  destroy);
  void   (*remove_deadline) (NapeClock      *self,
                             guint           id);
};

/**
 * nape_clock_now_us:
 * @self: a #NapeClock
 *
 * Returns: the current monotonic time in microseconds; it never goes back
 */
gint64 nape_clock_now_us          (NapeClock      *self);

/**
 * nape_clock_add_deadline:
 * @self: a #NapeClock
 * @deadline_us: when to call @func, on the nape_clock_now_us() time line;
 *   a time already past fires as soon as possible
 * @func: the function to call once
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data after @func ran or the deadline
 *   was removed
 *
 * Arms a one-shot deadline.
 *
 * Returns: an id for nape_clock_remove_deadline(), greater than 0
 */
guint  nape_clock_add_deadline    (NapeClock      *self,
                                   gint64          deadline_us,
                                   NapeClockFunc   func,
                                   gpointer        user_data,
                                   GDestroyNotify  destroy);

/**
 * nape_clock_remove_deadline:
 * @self: a #NapeClock
 * @id: an id from nape_clock_add_deadline() that has not fired yet
 *
 * Cancels a deadline; its destroy function runs.
 */
void   nape_clock_remove_deadline (NapeClock      *self,
                                   guint           id);

G_END_DECLS
