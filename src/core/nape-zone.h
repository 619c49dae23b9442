/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-zone.h — a muscle zone of the atlas: where it is, where it sends pain, how to treat it (read-only) */

#pragma once

#include <gio/gio.h>

#include "nape-area.h"

G_BEGIN_DECLS

/**
 * NapeReferralWeight:
 * @NAPE_REFERRAL_WEIGHT_PRIMARY: the zone usually sends pain there ("primary")
 * @NAPE_REFERRAL_WEIGHT_SECONDARY: it sometimes does, as spill-over ("secondary")
 *
 * How strongly a zone refers pain to an area.  The nicks are the atlas.xml tokens.
 */
typedef enum
{
  NAPE_REFERRAL_WEIGHT_PRIMARY,
  NAPE_REFERRAL_WEIGHT_SECONDARY,
} NapeReferralWeight;

#define NAPE_TYPE_REFERRAL_WEIGHT (nape_referral_weight_get_type ())
GType nape_referral_weight_get_type (void) G_GNUC_CONST;

/**
 * nape_referral_weight_to_string:
 * @weight: a #NapeReferralWeight
 *
 * Returns: "primary" or "secondary"
 */
const char *nape_referral_weight_to_string   (NapeReferralWeight  weight);

/**
 * nape_referral_weight_from_string:
 * @string: "primary" or "secondary"
 * @weight: (out): where to store the weight
 *
 * Returns: %TRUE if @string is a weight token
 */
gboolean    nape_referral_weight_from_string (const char         *string,
                                              NapeReferralWeight *weight);

#define NAPE_TYPE_ZONE (nape_zone_get_type ())

G_DECLARE_FINAL_TYPE (NapeZone, nape_zone, NAPE, ZONE, GObject)

/**
 * nape_zone_get_id:
 * @self: a #NapeZone
 *
 * Returns: the stable id, such as "upper-trapezius"; the diagrams draw it as
 *   "zone-<id>-<side>"
 */
const char          *nape_zone_get_id              (NapeZone           *self);

/**
 * nape_zone_get_name:
 * @self: a #NapeZone
 *
 * Returns: the common name, such as "Upper trapezius", translated
 */
const char          *nape_zone_get_name            (NapeZone           *self);

/**
 * nape_zone_get_latin:
 * @self: a #NapeZone
 *
 * Returns: the Latin anatomical name (never translated)
 */
const char          *nape_zone_get_latin           (NapeZone           *self);

/**
 * nape_zone_get_summary:
 * @self: a #NapeZone
 *
 * Returns: what and where the muscle is and why it matters, translated
 */
const char          *nape_zone_get_summary         (NapeZone           *self);

/**
 * nape_zone_get_pain:
 * @self: a #NapeZone
 *
 * Returns: where the zone sends pain, in words, translated
 */
const char          *nape_zone_get_pain            (NapeZone           *self);

/**
 * nape_zone_get_n_locate_steps:
 * @self: a #NapeZone
 *
 * Returns: how many steps tell how to find the zone with the fingers (≥ 1)
 */
guint                nape_zone_get_n_locate_steps  (NapeZone           *self);

/**
 * nape_zone_get_locate_step:
 * @self: a #NapeZone
 * @position: a step index, below nape_zone_get_n_locate_steps()
 *
 * Returns: the step, translated
 */
const char          *nape_zone_get_locate_step     (NapeZone           *self,
                                                    guint               position);

/**
 * nape_zone_dup_locate_steps:
 * @self: a #NapeZone
 *
 * Returns: (transfer full): the locate steps in order, translated; free
 *   with g_strfreev()
 */
char               **nape_zone_dup_locate_steps    (NapeZone           *self);

/**
 * nape_zone_get_techniques:
 * @self: a #NapeZone
 *
 * Returns: (transfer none): a #GListModel of the #NapeTechnique that suit
 *   the zone, in file order
 */
GListModel          *nape_zone_get_techniques      (NapeZone           *self);

/**
 * nape_zone_get_cautions:
 * @self: a #NapeZone
 *
 * Returns: (transfer none): a #GListModel of #NapeCaution, possibly empty
 */
GListModel          *nape_zone_get_cautions        (NapeZone           *self);

/**
 * nape_zone_get_n_referrals:
 * @self: a #NapeZone
 *
 * Returns: how many areas the zone sends pain to (≥ 1)
 */
guint                nape_zone_get_n_referrals     (NapeZone           *self);

/**
 * nape_zone_get_referral:
 * @self: a #NapeZone
 * @position: an index below nape_zone_get_n_referrals()
 * @weight: (out) (optional): how strongly the zone refers pain there
 *
 * Returns: (transfer none): the area at @position, in file order
 */
NapeArea            *nape_zone_get_referral        (NapeZone           *self,
                                                    guint               position,
                                                    NapeReferralWeight *weight);

/**
 * nape_zone_get_referral_weight:
 * @self: a #NapeZone
 * @area_id: an area id
 * @weight: (out) (optional): how strongly the zone refers pain there
 *
 * Returns: %TRUE if the zone sends pain to @area_id
 */
gboolean             nape_zone_get_referral_weight (NapeZone           *self,
                                                    const char         *area_id,
                                                    NapeReferralWeight *weight);

/**
 * nape_zone_get_sources:
 * @self: a #NapeZone
 *
 * Returns: (transfer none): the seed file names the text was written from
 */
const char * const  *nape_zone_get_sources         (NapeZone           *self);

/**
 * nape_zone_get_views:
 * @self: a #NapeZone
 *
 * Returns: the diagrams the zone is drawn in
 */
NapeView             nape_zone_get_views           (NapeZone           *self);

/**
 * nape_zone_get_sides:
 * @self: a #NapeZone
 *
 * Returns: the sides the zone exists on
 */
NapeSide             nape_zone_get_sides           (NapeZone           *self);

G_END_DECLS
