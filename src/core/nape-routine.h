/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine.h — a guided routine of steps, built in (routines.xml) or made by the user */

#pragma once

#include <gio/gio.h>

#include "nape-atlas.h"
#include "nape-content-error.h"
#include "nape-routine-step.h"

G_BEGIN_DECLS

/* The built-in routines compiled into the application. */
#define NAPE_ROUTINES_RESOURCE "/io/github/nape/Nape/content/routines.xml"

/**
 * NapeRoutineFit:
 * @NAPE_ROUTINE_FIT_FIRST_SIGNS: when a headache starts ("first-signs")
 * @NAPE_ROUTINE_FIT_DURING: during a headache ("during")
 * @NAPE_ROUTINE_FIT_AFTER: after one, against lingering tension ("after")
 * @NAPE_ROUTINE_FIT_DAILY: as daily prevention ("daily")
 *
 * When a routine is meant to be used.  The nicks are the routines.xml tokens.
 */
typedef enum /*< flags >*/
{
  NAPE_ROUTINE_FIT_FIRST_SIGNS = 1 << 0,
  NAPE_ROUTINE_FIT_DURING      = 1 << 1,
  NAPE_ROUTINE_FIT_AFTER       = 1 << 2,
  NAPE_ROUTINE_FIT_DAILY       = 1 << 3,
} NapeRoutineFit;

#define NAPE_TYPE_ROUTINE_FIT (nape_routine_fit_get_type ())
GType nape_routine_fit_get_type (void) G_GNUC_CONST;

/**
 * NapeRoutineFocus:
 * @NAPE_ROUTINE_FOCUS_BACK_OF_HEAD: pain at the back of the head ("back-of-head")
 * @NAPE_ROUTINE_FOCUS_MIGRAINE: migraine ("migraine")
 * @NAPE_ROUTINE_FOCUS_NECK: neck tension ("neck")
 * @NAPE_ROUTINE_FOCUS_JAW: jaw and temples ("jaw")
 * @NAPE_ROUTINE_FOCUS_MASSAGER: made for a massager ("massager")
 *
 * What a routine is about.  The nicks are the routines.xml tokens.
 */
typedef enum
{
  NAPE_ROUTINE_FOCUS_BACK_OF_HEAD,
  NAPE_ROUTINE_FOCUS_MIGRAINE,
  NAPE_ROUTINE_FOCUS_NECK,
  NAPE_ROUTINE_FOCUS_JAW,
  NAPE_ROUTINE_FOCUS_MASSAGER,
} NapeRoutineFocus;

#define NAPE_TYPE_ROUTINE_FOCUS (nape_routine_focus_get_type ())
GType nape_routine_focus_get_type (void) G_GNUC_CONST;

/**
 * nape_routine_fit_to_string:
 * @fit: exactly one #NapeRoutineFit flag
 *
 * Returns: (nullable): its token, such as "first-signs", or %NULL if @fit
 *   is not a single flag
 */
const char *nape_routine_fit_to_string     (NapeRoutineFit    fit);

/**
 * nape_routine_fit_from_string:
 * @string: one token such as "daily"
 *
 * Returns: the matching flag, or 0 if @string is no fit token
 */
NapeRoutineFit nape_routine_fit_from_string (const char       *string);

/**
 * nape_routine_focus_to_string:
 * @focus: a #NapeRoutineFocus
 *
 * Returns: its token, such as "back-of-head"
 */
const char *nape_routine_focus_to_string   (NapeRoutineFocus  focus);

/**
 * nape_routine_focus_from_string:
 * @string: a token such as "jaw"
 * @focus: (out): where to store the focus
 *
 * Returns: %TRUE if @string is a focus token
 */
gboolean    nape_routine_focus_from_string (const char       *string,
                                            NapeRoutineFocus *focus);

#define NAPE_TYPE_ROUTINE (nape_routine_get_type ())

G_DECLARE_FINAL_TYPE (NapeRoutine, nape_routine, NAPE, ROUTINE, GObject)

/**
 * nape_routine_list_new_from_bytes:
 * @xml: the contents of a routines.xml file
 * @filename: the name to use in error messages, such as "routines.xml"
 * @atlas: the atlas whose zones and techniques the steps name
 * @error: return location for a #NAPE_CONTENT_ERROR
 *
 * Parses and validates the built-in routines.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #NapeRoutine in
 *   file order, or %NULL with @error set to a message "FILE:LINE: problem"
 */
GListModel       *nape_routine_list_new_from_bytes    (GBytes            *xml,
                                                       const char        *filename,
                                                       NapeAtlas         *atlas,
                                                       GError           **error);

/**
 * nape_routine_list_new_from_resource:
 * @resource_path: a GResource path, such as "/io/github/nape/Nape/content/routines.xml"
 * @atlas: the atlas whose zones and techniques the steps name
 * @error: return location for a #GError
 *
 * Like nape_routine_list_new_from_bytes(), naming the file by the base name
 * of @resource_path.  A missing resource gives a #G_RESOURCE_ERROR.
 *
 * Returns: (transfer full) (nullable): a #GListModel of #NapeRoutine
 */
GListModel       *nape_routine_list_new_from_resource (const char        *resource_path,
                                                       NapeAtlas         *atlas,
                                                       GError           **error);

/**
 * nape_routine_new:
 * @id: a stable id, unique among routines
 * @name: the name, shown as is
 * @description: (nullable): a description, shown as is
 * @fits: when the routine is meant to be used
 * @focus: what it is about
 *
 * Makes an empty routine in code, for routines the user builds; add steps
 * with nape_routine_append_step().
 *
 * Returns: (transfer full): a new routine
 */
NapeRoutine      *nape_routine_new                    (const char        *id,
                                                       const char        *name,
                                                       const char        *description,
                                                       NapeRoutineFit     fits,
                                                       NapeRoutineFocus   focus);

/**
 * nape_routine_append_step:
 * @self: a #NapeRoutine
 * @step: the step to play last
 *
 * Adds @step at the end of the routine.
 */
void              nape_routine_append_step            (NapeRoutine       *self,
                                                       NapeRoutineStep   *step);

/**
 * nape_routine_duplicate:
 * @self: a #NapeRoutine, built in or the user's
 * @id: the copy's id
 * @name: the copy's name, shown as is
 *
 * Makes a user routine from @self, to edit: the description and the steps'
 * instructions are copied as they are shown now (translated, for a built-in
 * routine), and are never translated again.
 *
 * Returns: (transfer full): the copy
 */
NapeRoutine      *nape_routine_duplicate              (NapeRoutine       *self,
                                                       const char        *id,
                                                       const char        *name);

/**
 * nape_routine_get_id:
 * @self: a #NapeRoutine
 *
 * Returns: the stable id
 */
const char       *nape_routine_get_id                 (NapeRoutine       *self);

/**
 * nape_routine_get_name:
 * @self: a #NapeRoutine
 *
 * Returns: the name, translated for built-in routines
 */
const char       *nape_routine_get_name               (NapeRoutine       *self);

/**
 * nape_routine_get_description:
 * @self: a #NapeRoutine
 *
 * Returns: (nullable): the description, translated for built-in routines
 */
const char       *nape_routine_get_description        (NapeRoutine       *self);

/**
 * nape_routine_get_fits:
 * @self: a #NapeRoutine
 *
 * Returns: when the routine is meant to be used
 */
NapeRoutineFit    nape_routine_get_fits               (NapeRoutine       *self);

/**
 * nape_routine_get_focus:
 * @self: a #NapeRoutine
 *
 * Returns: what the routine is about
 */
NapeRoutineFocus  nape_routine_get_focus              (NapeRoutine       *self);

/**
 * nape_routine_get_steps:
 * @self: a #NapeRoutine
 *
 * Returns: (transfer none): a #GListModel of #NapeRoutineStep, in order
 */
GListModel       *nape_routine_get_steps              (NapeRoutine       *self);

/**
 * nape_routine_get_sources:
 * @self: a #NapeRoutine
 *
 * Returns: (transfer none): the seed file names the routine was written
 *   from; empty for user routines
 */
const char * const *nape_routine_get_sources          (NapeRoutine       *self);

char             *nape_routine_describe_length        (NapeRoutine       *self);
gboolean          nape_routine_uses_zone              (NapeRoutine       *self,
                                                       const char        *zone_id);

/**
 * nape_routine_get_total_seconds:
 * @self: a #NapeRoutine
 *
 * The estimated length: the sum of nape_routine_step_get_total_seconds()
 * over the steps.
 *
 * Returns: the length in seconds
 */
guint             nape_routine_get_total_seconds      (NapeRoutine       *self);

G_END_DECLS
