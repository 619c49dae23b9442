/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-atlas.h — the knowledge base of zones, pain areas, techniques and cautions, loaded from atlas.xml */

#pragma once

#include <gio/gio.h>

#include "nape-area.h"
#include "nape-caution.h"
#include "nape-content-error.h"
#include "nape-technique.h"
#include "nape-zone.h"

G_BEGIN_DECLS

/* The atlas compiled into the application. */
#define NAPE_ATLAS_RESOURCE "/io/github/nape/Nape/content/atlas.xml"

#define NAPE_TYPE_ATLAS (nape_atlas_get_type ())

G_DECLARE_FINAL_TYPE (NapeAtlas, nape_atlas, NAPE, ATLAS, GObject)

/**
 * nape_atlas_new_from_bytes:
 * @xml: the contents of an atlas.xml file
 * @filename: the name to use in error messages, such as "atlas.xml"
 * @error: return location for a #NAPE_CONTENT_ERROR
 *
 * Parses and validates an atlas.  References from zones to techniques,
 * cautions and areas are resolved once the whole file is read.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL with @error set
 *   to a message "FILE:LINE: problem"
 */
NapeAtlas     *nape_atlas_new_from_bytes      (GBytes      *xml,
                                               const char  *filename,
                                               GError     **error);

/**
 * nape_atlas_new_from_resource:
 * @resource_path: a GResource path, such as "/io/github/nape/Nape/content/atlas.xml"
 * @error: return location for a #GError
 *
 * Like nape_atlas_new_from_bytes(), naming the file by the base name of
 * @resource_path.  A missing resource gives a #G_RESOURCE_ERROR.
 *
 * Returns: (transfer full) (nullable): the atlas, or %NULL with @error set
 */
NapeAtlas     *nape_atlas_new_from_resource   (const char  *resource_path,
                                               GError     **error);

/**
 * nape_atlas_get_zone:
 * @self: a #NapeAtlas
 * @id: a zone id
 *
 * Returns: (transfer none) (nullable): the zone, or %NULL if there is none
 */
NapeZone      *nape_atlas_get_zone            (NapeAtlas   *self,
                                               const char  *id);

/**
 * nape_atlas_get_area:
 * @self: a #NapeAtlas
 * @id: an area id
 *
 * Returns: (transfer none) (nullable): the area, or %NULL if there is none
 */
NapeArea      *nape_atlas_get_area            (NapeAtlas   *self,
                                               const char  *id);

/**
 * nape_atlas_get_technique:
 * @self: a #NapeAtlas
 * @id: a technique id
 *
 * Returns: (transfer none) (nullable): the technique, or %NULL if there is none
 */
NapeTechnique *nape_atlas_get_technique       (NapeAtlas   *self,
                                               const char  *id);

/**
 * nape_atlas_get_caution:
 * @self: a #NapeAtlas
 * @id: a caution id
 *
 * Returns: (transfer none) (nullable): the caution, or %NULL if there is none
 */
NapeCaution   *nape_atlas_get_caution         (NapeAtlas   *self,
                                               const char  *id);

/**
 * nape_atlas_get_zones:
 * @self: a #NapeAtlas
 *
 * Returns: (transfer none): a #GListModel of every #NapeZone, in file order
 */
GListModel    *nape_atlas_get_zones           (NapeAtlas   *self);

/**
 * nape_atlas_get_areas:
 * @self: a #NapeAtlas
 *
 * Returns: (transfer none): a #GListModel of every #NapeArea, in file order
 */
GListModel    *nape_atlas_get_areas           (NapeAtlas   *self);

/**
 * nape_atlas_get_techniques:
 * @self: a #NapeAtlas
 *
 * Returns: (transfer none): a #GListModel of every #NapeTechnique, in file order
 */
GListModel    *nape_atlas_get_techniques      (NapeAtlas   *self);

/**
 * nape_atlas_get_cautions:
 * @self: a #NapeAtlas
 *
 * Returns: (transfer none): a #GListModel of every #NapeCaution, in file order
 */
GListModel    *nape_atlas_get_cautions        (NapeAtlas   *self);

/**
 * nape_atlas_zones_for_area:
 * @self: a #NapeAtlas
 * @area_id: where it hurts, such as "occiput"
 *
 * Ranks the zones that send pain to @area_id: those that refer there as
 * primary come first, then the secondary ones, each group in file order.
 *
 * Returns: (transfer full): a new #GListModel of #NapeZone, empty if no
 *   zone refers to @area_id
 */
GListModel    *nape_atlas_zones_for_area      (NapeAtlas   *self,
                                               const char  *area_id);

G_END_DECLS
