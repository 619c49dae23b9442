/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-technique.h — a self-massage technique of the atlas (read-only) */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NAPE_TYPE_TECHNIQUE (nape_technique_get_type ())

G_DECLARE_FINAL_TYPE (NapeTechnique, nape_technique, NAPE, TECHNIQUE, GObject)

/**
 * nape_technique_get_id:
 * @self: a #NapeTechnique
 *
 * Returns: the stable id, such as "thumb-index"
 */
const char *nape_technique_get_id      (NapeTechnique *self);

/**
 * nape_technique_get_name:
 * @self: a #NapeTechnique
 *
 * Returns: the short name, translated
 */
const char *nape_technique_get_name    (NapeTechnique *self);

/**
 * nape_technique_get_summary:
 * @self: a #NapeTechnique
 *
 * Returns: one sentence saying what the technique is, translated
 */
const char *nape_technique_get_summary (NapeTechnique *self);

/**
 * nape_technique_get_how:
 * @self: a #NapeTechnique
 *
 * Returns: how to do it, in a few sentences, translated
 */
const char *nape_technique_get_how     (NapeTechnique *self);

/**
 * nape_technique_get_suits:
 * @self: a #NapeTechnique
 *
 * Returns: one sentence on what the technique suits, translated
 */
const char *nape_technique_get_suits   (NapeTechnique *self);

G_END_DECLS
