/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-massage-session.h — one self-massage session: the routine, the zones, how far it got, and the pain before and after */

#pragma once

#include <glib-object.h>

#include "nape-diary-entry.h"

G_BEGIN_DECLS

#define NAPE_TYPE_MASSAGE_SESSION (nape_massage_session_get_type ())

G_DECLARE_FINAL_TYPE (NapeMassageSession, nape_massage_session, NAPE, MASSAGE_SESSION, NapeDiaryEntry)

/**
 * nape_massage_session_new:
 *
 * Creates an empty massage session with a new random UUID.
 *
 * Returns: (transfer full): a new #NapeMassageSession
 */
NapeMassageSession *nape_massage_session_new               (void);

/**
 * nape_massage_session_new_with_uuid:
 * @uuid: a UUID string, as g_uuid_string_is_valid() accepts
 *
 * Creates an empty massage session with a known UUID, as when loading or importing.
 *
 * Returns: (transfer full): a new #NapeMassageSession
 */
NapeMassageSession *nape_massage_session_new_with_uuid     (const char *uuid);

/**
 * nape_massage_session_get_start:
 * @self: a #NapeMassageSession
 *
 * Returns: (transfer none) (nullable): when the session began
 */
GDateTime          *nape_massage_session_get_start         (NapeMassageSession *self);

/**
 * nape_massage_session_set_start:
 * @self: a #NapeMassageSession
 * @start: (nullable): the new value
 *
 * Sets the value returned by nape_massage_session_get_start().
 */
void                nape_massage_session_set_start         (NapeMassageSession *self,
                                                            GDateTime          *start);

/**
 * nape_massage_session_get_routine_id:
 * @self: a #NapeMassageSession
 *
 * Returns: (nullable): the id of the #NapeRoutine played, or %NULL for free massage
 */
const char         *nape_massage_session_get_routine_id    (NapeMassageSession *self);

/**
 * nape_massage_session_set_routine_id:
 * @self: a #NapeMassageSession
 * @routine_id: (nullable): the new value
 *
 * Sets the value returned by nape_massage_session_get_routine_id().
 */
void                nape_massage_session_set_routine_id    (NapeMassageSession *self,
                                                            const char         *routine_id);

/**
 * nape_massage_session_get_zones:
 * @self: a #NapeMassageSession
 *
 * Returns: (transfer none) (array zero-terminated=1): the zones worked on, as "ZONE:SIDE" pairs such as "upper-trapezius:left"; never %NULL
 */
const char * const *nape_massage_session_get_zones         (NapeMassageSession *self);

/**
 * nape_massage_session_set_zones:
 * @self: a #NapeMassageSession
 * @zones: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the value returned by nape_massage_session_get_zones().
 */
void                nape_massage_session_set_zones         (NapeMassageSession *self,
                                                            const char * const *zones);

/**
 * nape_massage_session_get_steps_done:
 * @self: a #NapeMassageSession
 *
 * Returns: how many steps were finished
 */
int                 nape_massage_session_get_steps_done    (NapeMassageSession *self);

/**
 * nape_massage_session_set_steps_done:
 * @self: a #NapeMassageSession
 * @steps_done: the new value, from 0 to G_MAXINT
 *
 * Sets the value returned by nape_massage_session_get_steps_done().
 */
void                nape_massage_session_set_steps_done    (NapeMassageSession *self,
                                                            int                steps_done);

/**
 * nape_massage_session_get_duration:
 * @self: a #NapeMassageSession
 *
 * Returns: how long it lasted, in seconds
 */
int                 nape_massage_session_get_duration      (NapeMassageSession *self);

/**
 * nape_massage_session_set_duration:
 * @self: a #NapeMassageSession
 * @duration: the new value, from 0 to G_MAXINT
 *
 * Sets the value returned by nape_massage_session_get_duration().
 */
void                nape_massage_session_set_duration      (NapeMassageSession *self,
                                                            int                duration);

/**
 * nape_massage_session_get_pain_before:
 * @self: a #NapeMassageSession
 *
 * Returns: the pain before, 0–10, or -1 if not recorded
 */
int                 nape_massage_session_get_pain_before   (NapeMassageSession *self);

/**
 * nape_massage_session_set_pain_before:
 * @self: a #NapeMassageSession
 * @pain_before: the new value, from -1 to 10
 *
 * Sets the value returned by nape_massage_session_get_pain_before().
 */
void                nape_massage_session_set_pain_before   (NapeMassageSession *self,
                                                            int                pain_before);

/**
 * nape_massage_session_get_pain_after:
 * @self: a #NapeMassageSession
 *
 * Returns: the pain after, 0–10, or -1 if not recorded
 */
int                 nape_massage_session_get_pain_after    (NapeMassageSession *self);

/**
 * nape_massage_session_set_pain_after:
 * @self: a #NapeMassageSession
 * @pain_after: the new value, from -1 to 10
 *
 * Sets the value returned by nape_massage_session_get_pain_after().
 */
void                nape_massage_session_set_pain_after    (NapeMassageSession *self,
                                                            int                pain_after);

/**
 * nape_massage_session_get_helped_step:
 * @self: a #NapeMassageSession
 *
 * Returns: the index of the step that helped most, or -1 if none was chosen
 */
int                 nape_massage_session_get_helped_step   (NapeMassageSession *self);

/**
 * nape_massage_session_set_helped_step:
 * @self: a #NapeMassageSession
 * @helped_step: the new value, from -1 to G_MAXINT
 *
 * Sets the value returned by nape_massage_session_get_helped_step().
 */
void                nape_massage_session_set_helped_step   (NapeMassageSession *self,
                                                            int                helped_step);

/**
 * nape_massage_session_get_headache_uuid:
 * @self: a #NapeMassageSession
 *
 * Returns: (nullable): the UUID of the #NapeHeadache it was for, or %NULL
 */
const char         *nape_massage_session_get_headache_uuid (NapeMassageSession *self);

/**
 * nape_massage_session_set_headache_uuid:
 * @self: a #NapeMassageSession
 * @headache_uuid: (nullable): the new value
 *
 * Sets the value returned by nape_massage_session_get_headache_uuid().
 */
void                nape_massage_session_set_headache_uuid (NapeMassageSession *self,
                                                            const char         *headache_uuid);

/**
 * nape_massage_session_get_notes:
 * @self: a #NapeMassageSession
 *
 * Returns: (nullable): free text, or %NULL
 */
const char         *nape_massage_session_get_notes         (NapeMassageSession *self);

/**
 * nape_massage_session_set_notes:
 * @self: a #NapeMassageSession
 * @notes: (nullable): the new value
 *
 * Sets the value returned by nape_massage_session_get_notes().
 */
void                nape_massage_session_set_notes         (NapeMassageSession *self,
                                                            const char         *notes);

G_END_DECLS
