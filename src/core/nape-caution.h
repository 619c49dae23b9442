/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-caution.h — a safety caution of the atlas (read-only) */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NapeCautionLevel:
 * @NAPE_CAUTION_LEVEL_GENERAL: good to know ("general")
 * @NAPE_CAUTION_LEVEL_STOP: stop the massage if this happens ("stop")
 * @NAPE_CAUTION_LEVEL_AVOID: a place or move never to use ("avoid")
 * @NAPE_CAUTION_LEVEL_DOCTOR: ask a doctor first or seek care ("doctor")
 *
 * How serious a caution is.  The nicks are the atlas.xml tokens.
 */
typedef enum
{
  NAPE_CAUTION_LEVEL_GENERAL,
  NAPE_CAUTION_LEVEL_STOP,
  NAPE_CAUTION_LEVEL_AVOID,
  NAPE_CAUTION_LEVEL_DOCTOR,
} NapeCautionLevel;

#define NAPE_TYPE_CAUTION_LEVEL (nape_caution_level_get_type ())
GType nape_caution_level_get_type (void) G_GNUC_CONST;

/**
 * nape_caution_level_to_string:
 * @level: a #NapeCautionLevel
 *
 * Returns: the atlas.xml token of @level, such as "stop"
 */
const char *nape_caution_level_to_string   (NapeCautionLevel  level);

/**
 * nape_caution_level_from_string:
 * @string: a token such as "doctor"
 * @level: (out): where to store the level
 *
 * Returns: %TRUE if @string is a level token
 */
gboolean    nape_caution_level_from_string (const char       *string,
                                            NapeCautionLevel *level);

#define NAPE_TYPE_CAUTION (nape_caution_get_type ())

G_DECLARE_FINAL_TYPE (NapeCaution, nape_caution, NAPE, CAUTION, GObject)

/**
 * nape_caution_get_id:
 * @self: a #NapeCaution
 *
 * Returns: the stable id, such as "carotid-pulse"
 */
const char       *nape_caution_get_id    (NapeCaution *self);

/**
 * nape_caution_get_level:
 * @self: a #NapeCaution
 *
 * Returns: how serious the caution is
 */
NapeCautionLevel  nape_caution_get_level (NapeCaution *self);

/**
 * nape_caution_get_title:
 * @self: a #NapeCaution
 *
 * Returns: a short title, translated
 */
const char       *nape_caution_get_title (NapeCaution *self);

/**
 * nape_caution_get_text:
 * @self: a #NapeCaution
 *
 * Returns: the caution itself, translated
 */
const char       *nape_caution_get_text  (NapeCaution *self);

G_END_DECLS
