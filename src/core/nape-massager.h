/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-massager.h — a powered massager as the session drives it: a level, and an explicit stop */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAPE_TYPE_MASSAGER (nape_massager_get_type ())

G_DECLARE_INTERFACE (NapeMassager, nape_massager, NAPE, MASSAGER, GObject)

/**
 * NapeMassagerInterface:
 * @set_level: runs the massager at a level from 0 to 100
 * @stop: stops the massager
 *
 * A massager a #NapeSession can drive.  Only what the session needs is
 * defined so far; DESIGN.md's connect, battery and state come with the
 * Bluetooth implementation.  Both calls must return at once (queue any
 * device I/O) and must be safe to repeat.
 */
struct _NapeMassagerInterface
{
  GTypeInterface parent_iface;

  void (*set_level) (NapeMassager *self,
                     guint         level);
  void (*stop)      (NapeMassager *self);
};

/**
 * nape_massager_set_level:
 * @self: a #NapeMassager
 * @level: 0 to 100; 0 is "on, but at rest", not a stop
 *
 * Runs the massager at @level.  The session calls this when a step or side
 * with an intensity starts, and when it resumes into one.
 */
void nape_massager_set_level (NapeMassager *self,
                              guint         level);

/**
 * nape_massager_stop:
 * @self: a #NapeMassager
 *
 * Stops the massager.  The session calls this on pause, stop, finish, when
 * it is disposed while playing, and when a phase without an intensity (the
 * side switch, a step with no intensity) follows one with an intensity.
 */
void nape_massager_stop      (NapeMassager *self);

G_END_DECLS
