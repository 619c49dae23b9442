/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-drug.h — a drug in the medication catalogue, with its ICHD-3 medication-overuse class */

#pragma once

#include <glib-object.h>

#include "nape-diary-entry.h"

G_BEGIN_DECLS

/**
 * NapeOveruseClass:
 * @NAPE_OVERUSE_CLASS_OTHER: anything else; never counted towards overuse ("other")
 * @NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC: paracetamol and other simple analgesics ("simple-analgesic")
 * @NAPE_OVERUSE_CLASS_NSAID: aspirin, ibuprofen and other NSAIDs ("nsaid")
 * @NAPE_OVERUSE_CLASS_TRIPTAN: a triptan ("triptan")
 * @NAPE_OVERUSE_CLASS_ERGOT: an ergot such as ergotamine ("ergot")
 * @NAPE_OVERUSE_CLASS_OPIOID: an opioid ("opioid")
 * @NAPE_OVERUSE_CLASS_COMBINATION: a combination analgesic ("combination")
 *
 * The ICHD-3 medication-overuse class of a drug (ICHD-3 8.2).  Simple
 * analgesics and NSAIDs overuse at 15 days a month, triptans, ergots,
 * opioids and combination analgesics at 10.
 */
typedef enum
{
  NAPE_OVERUSE_CLASS_OTHER = 0,
  NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC,
  NAPE_OVERUSE_CLASS_NSAID,
  NAPE_OVERUSE_CLASS_TRIPTAN,
  NAPE_OVERUSE_CLASS_ERGOT,
  NAPE_OVERUSE_CLASS_OPIOID,
  NAPE_OVERUSE_CLASS_COMBINATION,
} NapeOveruseClass;

#define NAPE_TYPE_OVERUSE_CLASS (nape_overuse_class_get_type ())
GType nape_overuse_class_get_type (void) G_GNUC_CONST;

/**
 * nape_overuse_class_to_string:
 * @value: a #NapeOveruseClass
 *
 * Returns: the token used in the database and in exports, such as "simple-analgesic"
 */
const char *nape_overuse_class_to_string   (NapeOveruseClass  value);

/**
 * nape_overuse_class_from_string:
 * @string: a token such as "simple-analgesic"
 * @value: (out): return location for the value
 *
 * Returns: %TRUE if @string names a value
 */
gboolean    nape_overuse_class_from_string (const char       *string,
                                            NapeOveruseClass *value);

#define NAPE_TYPE_DRUG (nape_drug_get_type ())

G_DECLARE_FINAL_TYPE (NapeDrug, nape_drug, NAPE, DRUG, NapeDiaryEntry)

/**
 * nape_drug_new:
 *
 * Creates an empty drug with a new random UUID.
 *
 * Returns: (transfer full): a new #NapeDrug
 */
NapeDrug        *nape_drug_new               (void);

/**
 * nape_drug_new_with_uuid:
 * @uuid: a UUID string, as g_uuid_string_is_valid() accepts
 *
 * Creates an empty drug with a known UUID, as when loading or importing.
 *
 * Returns: (transfer full): a new #NapeDrug
 */
NapeDrug        *nape_drug_new_with_uuid     (const char *uuid);

/**
 * nape_drug_get_name:
 * @self: a #NapeDrug
 *
 * Returns: (nullable): the name shown to the user, such as "Ibuprofen 400"
 */
const char      *nape_drug_get_name          (NapeDrug *self);

/**
 * nape_drug_set_name:
 * @self: a #NapeDrug
 * @name: (nullable): the new value
 *
 * Sets the value returned by nape_drug_get_name().
 */
void             nape_drug_set_name          (NapeDrug   *self,
                                              const char *name);

/**
 * nape_drug_get_overuse_class:
 * @self: a #NapeDrug
 *
 * Returns: the medication-overuse class
 */
NapeOveruseClass nape_drug_get_overuse_class (NapeDrug *self);

/**
 * nape_drug_set_overuse_class:
 * @self: a #NapeDrug
 * @overuse_class: the new value
 *
 * Sets the value returned by nape_drug_get_overuse_class().
 */
void             nape_drug_set_overuse_class (NapeDrug         *self,
                                              NapeOveruseClass overuse_class);

/**
 * nape_drug_get_preventive:
 * @self: a #NapeDrug
 *
 * Returns: %TRUE for a preventive drug, whose intakes never count as acute medication days
 */
gboolean         nape_drug_get_preventive    (NapeDrug *self);

/**
 * nape_drug_set_preventive:
 * @self: a #NapeDrug
 * @preventive: the new value
 *
 * Sets the value returned by nape_drug_get_preventive().
 */
void             nape_drug_set_preventive    (NapeDrug *self,
                                              gboolean preventive);

/**
 * nape_drug_get_unit:
 * @self: a #NapeDrug
 *
 * Returns: (nullable): the usual unit of a dose, such as "mg", or %NULL
 */
const char      *nape_drug_get_unit          (NapeDrug *self);

/**
 * nape_drug_set_unit:
 * @self: a #NapeDrug
 * @unit: (nullable): the new value
 *
 * Sets the value returned by nape_drug_get_unit().
 */
void             nape_drug_set_unit          (NapeDrug   *self,
                                              const char *unit);

G_END_DECLS
