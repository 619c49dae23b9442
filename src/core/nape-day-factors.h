/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-day-factors.h — what the person noted about one day: sleep, stress, and the MIDAS questions */

#pragma once

#include <glib-object.h>

#include "nape-diary-entry.h"

G_BEGIN_DECLS

#define NAPE_TYPE_DAY_FACTORS (nape_day_factors_get_type ())

G_DECLARE_FINAL_TYPE (NapeDayFactors, nape_day_factors, NAPE, DAY_FACTORS, NapeDiaryEntry)

/**
 * nape_day_factors_new:
 *
 * Creates an empty day record with a new random UUID.
 *
 * Returns: (transfer full): a new #NapeDayFactors
 */
NapeDayFactors *nape_day_factors_new               (void);

/**
 * nape_day_factors_new_with_uuid:
 * @uuid: a UUID string, as g_uuid_string_is_valid() accepts
 *
 * Creates an empty day record with a known UUID, as when loading or importing.
 *
 * Returns: (transfer full): a new #NapeDayFactors
 */
NapeDayFactors *nape_day_factors_new_with_uuid     (const char *uuid);

/**
 * nape_day_factors_get_date:
 * @self: a #NapeDayFactors
 *
 * Returns: (nullable): the local calendar day, "YYYY-MM-DD"
 */
const char     *nape_day_factors_get_date          (NapeDayFactors *self);

/**
 * nape_day_factors_set_date:
 * @self: a #NapeDayFactors
 * @date: (nullable): the new value
 *
 * Sets the value returned by nape_day_factors_get_date().
 */
void            nape_day_factors_set_date          (NapeDayFactors *self,
                                                    const char     *date);

/**
 * nape_day_factors_get_sleep_hours:
 * @self: a #NapeDayFactors
 *
 * Returns: hours slept the night before, or -1 if not recorded
 */
double          nape_day_factors_get_sleep_hours   (NapeDayFactors *self);

/**
 * nape_day_factors_set_sleep_hours:
 * @self: a #NapeDayFactors
 * @sleep_hours: the new value, from -1 to 24
 *
 * Sets the value returned by nape_day_factors_get_sleep_hours().
 */
void            nape_day_factors_set_sleep_hours   (NapeDayFactors *self,
                                                    double         sleep_hours);

/**
 * nape_day_factors_get_stress:
 * @self: a #NapeDayFactors
 *
 * Returns: stress: 0 none, 1 mild, 2 moderate, 3 high, or -1 if not recorded
 */
int             nape_day_factors_get_stress        (NapeDayFactors *self);

/**
 * nape_day_factors_set_stress:
 * @self: a #NapeDayFactors
 * @stress: the new value, from -1 to 3
 *
 * Sets the value returned by nape_day_factors_get_stress().
 */
void            nape_day_factors_set_stress        (NapeDayFactors *self,
                                                    int            stress);

/**
 * nape_day_factors_get_missed_work:
 * @self: a #NapeDayFactors
 *
 * Returns: %TRUE if work or school was missed because of headache (MIDAS 1)
 */
gboolean        nape_day_factors_get_missed_work   (NapeDayFactors *self);

/**
 * nape_day_factors_set_missed_work:
 * @self: a #NapeDayFactors
 * @missed_work: the new value
 *
 * Sets the value returned by nape_day_factors_get_missed_work().
 */
void            nape_day_factors_set_missed_work   (NapeDayFactors *self,
                                                    gboolean       missed_work);

/**
 * nape_day_factors_get_reduced_work:
 * @self: a #NapeDayFactors
 *
 * Returns: %TRUE if work or school productivity was cut by half or more (MIDAS 2)
 */
gboolean        nape_day_factors_get_reduced_work  (NapeDayFactors *self);

/**
 * nape_day_factors_set_reduced_work:
 * @self: a #NapeDayFactors
 * @reduced_work: the new value
 *
 * Sets the value returned by nape_day_factors_get_reduced_work().
 */
void            nape_day_factors_set_reduced_work  (NapeDayFactors *self,
                                                    gboolean       reduced_work);

/**
 * nape_day_factors_get_missed_home:
 * @self: a #NapeDayFactors
 *
 * Returns: %TRUE if no household work was done (MIDAS 3)
 */
gboolean        nape_day_factors_get_missed_home   (NapeDayFactors *self);

/**
 * nape_day_factors_set_missed_home:
 * @self: a #NapeDayFactors
 * @missed_home: the new value
 *
 * Sets the value returned by nape_day_factors_get_missed_home().
 */
void            nape_day_factors_set_missed_home   (NapeDayFactors *self,
                                                    gboolean       missed_home);

/**
 * nape_day_factors_get_reduced_home:
 * @self: a #NapeDayFactors
 *
 * Returns: %TRUE if household productivity was cut by half or more (MIDAS 4)
 */
gboolean        nape_day_factors_get_reduced_home  (NapeDayFactors *self);

/**
 * nape_day_factors_set_reduced_home:
 * @self: a #NapeDayFactors
 * @reduced_home: the new value
 *
 * Sets the value returned by nape_day_factors_get_reduced_home().
 */
void            nape_day_factors_set_reduced_home  (NapeDayFactors *self,
                                                    gboolean       reduced_home);

/**
 * nape_day_factors_get_missed_social:
 * @self: a #NapeDayFactors
 *
 * Returns: %TRUE if family, social or leisure activities were missed (MIDAS 5)
 */
gboolean        nape_day_factors_get_missed_social (NapeDayFactors *self);

/**
 * nape_day_factors_set_missed_social:
 * @self: a #NapeDayFactors
 * @missed_social: the new value
 *
 * Sets the value returned by nape_day_factors_get_missed_social().
 */
void            nape_day_factors_set_missed_social (NapeDayFactors *self,
                                                    gboolean       missed_social);

/**
 * nape_day_factors_get_notes:
 * @self: a #NapeDayFactors
 *
 * Returns: (nullable): free text, or %NULL
 */
const char     *nape_day_factors_get_notes         (NapeDayFactors *self);

/**
 * nape_day_factors_set_notes:
 * @self: a #NapeDayFactors
 * @notes: (nullable): the new value
 *
 * Sets the value returned by nape_day_factors_get_notes().
 */
void            nape_day_factors_set_notes         (NapeDayFactors *self,
                                                    const char     *notes);

G_END_DECLS
