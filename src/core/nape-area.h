/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-area.h — a place where headache pain is felt, plus the view and side flags (read-only) */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * NapeView:
 * @NAPE_VIEW_BACK: the head seen from behind ("back")
 * @NAPE_VIEW_SIDE: the person's right side ("side")
 * @NAPE_VIEW_FRONT: the face ("front")
 *
 * The diagrams a zone or area is drawn in.  The nicks are the content tokens.
 */
typedef enum /*< flags >*/
{
  NAPE_VIEW_BACK  = 1 << 0,
  NAPE_VIEW_SIDE  = 1 << 1,
  NAPE_VIEW_FRONT = 1 << 2,
} NapeView;

#define NAPE_TYPE_VIEW (nape_view_get_type ())
GType nape_view_get_type (void) G_GNUC_CONST;

/**
 * NapeSide:
 * @NAPE_SIDE_LEFT: the person's left ("left")
 * @NAPE_SIDE_CENTER: on the midline ("center")
 * @NAPE_SIDE_RIGHT: the person's right ("right")
 *
 * Sides of the body.  The nicks are the content tokens.
 */
typedef enum /*< flags >*/
{
  NAPE_SIDE_LEFT   = 1 << 0,
  NAPE_SIDE_CENTER = 1 << 1,
  NAPE_SIDE_RIGHT  = 1 << 2,
} NapeSide;

#define NAPE_TYPE_SIDE (nape_side_get_type ())
GType nape_side_get_type (void) G_GNUC_CONST;

/**
 * nape_view_to_string:
 * @view: exactly one #NapeView flag
 *
 * Returns: (nullable): "back", "side" or "front", or %NULL if @view is not
 *   a single flag
 */
const char *nape_view_to_string   (NapeView    view);

/**
 * nape_view_from_string:
 * @string: one token such as "back"
 *
 * Returns: the matching flag, or 0 if @string names no view
 */
NapeView    nape_view_from_string (const char *string);

/**
 * nape_side_to_string:
 * @side: exactly one #NapeSide flag
 *
 * Returns: (nullable): "left", "center" or "right", or %NULL if @side is not
 *   a single flag
 */
const char *nape_side_to_string   (NapeSide    side);

/**
 * nape_side_from_string:
 * @string: one token such as "left"
 *
 * Returns: the matching flag, or 0 if @string names no side
 */
NapeSide    nape_side_from_string (const char *string);

#define NAPE_TYPE_AREA (nape_area_get_type ())

G_DECLARE_FINAL_TYPE (NapeArea, nape_area, NAPE, AREA, GObject)

/**
 * nape_area_get_id:
 * @self: a #NapeArea
 *
 * Returns: the stable id, such as "occiput"; the diagrams draw it as
 *   "area-<id>-<side>"
 */
const char *nape_area_get_id    (NapeArea *self);

/**
 * nape_area_get_name:
 * @self: a #NapeArea
 *
 * Returns: the name, such as "Back of the head", translated
 */
const char *nape_area_get_name  (NapeArea *self);

/**
 * nape_area_get_views:
 * @self: a #NapeArea
 *
 * Returns: the views the area is drawn in
 */
NapeView    nape_area_get_views (NapeArea *self);

/**
 * nape_area_get_sides:
 * @self: a #NapeArea
 *
 * Returns: the sides the area exists on
 */
NapeSide    nape_area_get_sides (NapeArea *self);

G_END_DECLS
