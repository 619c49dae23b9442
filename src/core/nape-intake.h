/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-intake.h — one intake of a drug: when, how much, how well it worked, for which headache */

#pragma once

#include <glib-object.h>

#include "nape-diary-entry.h"

G_BEGIN_DECLS

#define NAPE_TYPE_INTAKE (nape_intake_get_type ())

G_DECLARE_FINAL_TYPE (NapeIntake, nape_intake, NAPE, INTAKE, NapeDiaryEntry)

/**
 * nape_intake_new:
 *
 * Creates an empty intake with a new random UUID.
 *
 * Returns: (transfer full): a new #NapeIntake
 */
NapeIntake *nape_intake_new               (void);

/**
 * nape_intake_new_with_uuid:
 * @uuid: a UUID string, as g_uuid_string_is_valid() accepts
 *
 * Creates an empty intake with a known UUID, as when loading or importing.
 *
 * Returns: (transfer full): a new #NapeIntake
 */
NapeIntake *nape_intake_new_with_uuid     (const char *uuid);

/**
 * nape_intake_get_time:
 * @self: a #NapeIntake
 *
 * Returns: (transfer none) (nullable): when the drug was taken
 */
GDateTime  *nape_intake_get_time          (NapeIntake *self);

/**
 * nape_intake_set_time:
 * @self: a #NapeIntake
 * @time: (nullable): the new value
 *
 * Sets the value returned by nape_intake_get_time().
 */
void        nape_intake_set_time          (NapeIntake *self,
                                           GDateTime  *time);

/**
 * nape_intake_get_drug_uuid:
 * @self: a #NapeIntake
 *
 * Returns: (nullable): the UUID of the #NapeDrug taken
 */
const char *nape_intake_get_drug_uuid     (NapeIntake *self);

/**
 * nape_intake_set_drug_uuid:
 * @self: a #NapeIntake
 * @drug_uuid: (nullable): the new value
 *
 * Sets the value returned by nape_intake_get_drug_uuid().
 */
void        nape_intake_set_drug_uuid     (NapeIntake *self,
                                           const char *drug_uuid);

/**
 * nape_intake_get_headache_uuid:
 * @self: a #NapeIntake
 *
 * Returns: (nullable): the UUID of the #NapeHeadache it was taken for, or %NULL if none
 */
const char *nape_intake_get_headache_uuid (NapeIntake *self);

/**
 * nape_intake_set_headache_uuid:
 * @self: a #NapeIntake
 * @headache_uuid: (nullable): the new value
 *
 * Sets the value returned by nape_intake_get_headache_uuid().
 */
void        nape_intake_set_headache_uuid (NapeIntake *self,
                                           const char *headache_uuid);

/**
 * nape_intake_get_dose:
 * @self: a #NapeIntake
 *
 * Returns: the amount taken, in the unit of nape_intake_get_unit(), or 0 if not recorded
 */
double      nape_intake_get_dose          (NapeIntake *self);

/**
 * nape_intake_set_dose:
 * @self: a #NapeIntake
 * @dose: the new value, from 0 to G_MAXDOUBLE
 *
 * Sets the value returned by nape_intake_get_dose().
 */
void        nape_intake_set_dose          (NapeIntake *self,
                                           double     dose);

/**
 * nape_intake_get_unit:
 * @self: a #NapeIntake
 *
 * Returns: (nullable): the unit of the dose, such as "mg", or %NULL
 */
const char *nape_intake_get_unit          (NapeIntake *self);

/**
 * nape_intake_set_unit:
 * @self: a #NapeIntake
 * @unit: (nullable): the new value
 *
 * Sets the value returned by nape_intake_get_unit().
 */
void        nape_intake_set_unit          (NapeIntake *self,
                                           const char *unit);

/**
 * nape_intake_get_effect:
 * @self: a #NapeIntake
 *
 * Returns: how well it worked: 0 none, 1 a little, 2 well, 3 completely, or -1 if not recorded
 */
int         nape_intake_get_effect        (NapeIntake *self);

/**
 * nape_intake_set_effect:
 * @self: a #NapeIntake
 * @effect: the new value, from -1 to 3
 *
 * Sets the value returned by nape_intake_get_effect().
 */
void        nape_intake_set_effect        (NapeIntake *self,
                                           int        effect);

/**
 * nape_intake_get_notes:
 * @self: a #NapeIntake
 *
 * Returns: (nullable): free text, or %NULL
 */
const char *nape_intake_get_notes         (NapeIntake *self);

/**
 * nape_intake_set_notes:
 * @self: a #NapeIntake
 * @notes: (nullable): the new value
 *
 * Sets the value returned by nape_intake_get_notes().
 */
void        nape_intake_set_notes         (NapeIntake *self,
                                           const char *notes);

G_END_DECLS
