/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <librsvg/rsvg.h>

#include "nape-area.h"

G_BEGIN_DECLS

#define NAPE_TYPE_ANATOMY_DRAWING (nape_anatomy_drawing_get_type ())

G_DECLARE_FINAL_TYPE (NapeAnatomyDrawing, nape_anatomy_drawing, NAPE, ANATOMY_DRAWING, GObject)

/**
 * NapeDrawnKind:
 * @NAPE_DRAWN_ZONE: a muscle zone, `zone-<id>-<side>`
 * @NAPE_DRAWN_AREA: a pain area, `area-<id>-<side>`
 * @NAPE_DRAWN_AVOID: a place never to press, `avoid-<name>`
 *
 * What a drawn element stands for.
 */
typedef enum
{
  NAPE_DRAWN_ZONE,
  NAPE_DRAWN_AREA,
  NAPE_DRAWN_AVOID,
} NapeDrawnKind;

/**
 * nape_anatomy_drawing_parse_id:
 * @drawn_id: an element id such as "zone-upper-trapezius-left"
 * @kind: (out): what the element stands for
 * @atlas_id: (out) (optional) (transfer full): the zone or area id ("upper-trapezius"), or
 *   for a place to avoid its name ("cervical-spine")
 * @side: (out) (optional): the side; 0 for a place to avoid
 *
 * Splits an id of the drawings into its parts.
 *
 * Returns: %TRUE if @drawn_id has one of the three forms
 */
gboolean            nape_anatomy_drawing_parse_id          (const char          *drawn_id,
                                                            NapeDrawnKind       *kind,
                                                            char               **atlas_id,
                                                            NapeSide            *side);

/**
 * nape_anatomy_drawing_format_id:
 * @kind: %NAPE_DRAWN_ZONE or %NAPE_DRAWN_AREA
 * @atlas_id: the zone or area id, e.g. "upper-trapezius"
 * @side: the side, exactly one #NapeSide flag
 *
 * The counterpart of nape_anatomy_drawing_parse_id(): the id the drawings give to
 * @atlas_id on @side, e.g. "zone-upper-trapezius-left".
 *
 * Returns: (transfer full): the drawn id
 */
char               *nape_anatomy_drawing_format_id         (NapeDrawnKind        kind,
                                                            const char          *atlas_id,
                                                            NapeSide             side);

/**
 * nape_anatomy_drawing_new_from_bytes:
 * @svg: the SVG document
 * @filename: the name used in error messages, e.g. "back.svg"
 * @error: return location for an error
 *
 * Loads one view of the head and neck and indexes the ids it draws: every element whose
 * id starts with `zone-`, `area-` or `avoid-`.
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL with @error set
 */
NapeAnatomyDrawing *nape_anatomy_drawing_new_from_bytes    (GBytes              *svg,
                                                            const char          *filename,
                                                            GError             **error);

/**
 * nape_anatomy_drawing_new_from_resource:
 * @resource_path: e.g. "/io/github/nape/Nape/anatomy/back.svg"
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the drawing, or %NULL with @error set
 */
NapeAnatomyDrawing *nape_anatomy_drawing_new_from_resource (const char          *resource_path,
                                                            GError             **error);

/**
 * nape_anatomy_drawing_get_for_view:
 * @view: exactly one #NapeView flag
 * @error: return location for an error
 *
 * Gets the drawing of @view from the app's resources, loading it the first time it is
 * asked for. A drawing never changes once loaded, so every caller shares one per view for
 * the life of the process. A drawing that failed to load is tried again on the next call.
 *
 * Returns: (transfer none) (nullable): the drawing, or %NULL with @error set
 */
NapeAnatomyDrawing *nape_anatomy_drawing_get_for_view      (NapeView             view,
                                                            GError             **error);

/**
 * nape_anatomy_drawing_describe_view:
 * @view: exactly one #NapeView flag
 *
 * What the drawing of @view shows, for screen readers, e.g. "The head and neck from
 * behind".
 *
 * Returns: (transfer none): the translated description
 */
const char         *nape_anatomy_drawing_describe_view     (NapeView             view);

/**
 * nape_anatomy_drawing_get_ids:
 * @self: a #NapeAnatomyDrawing
 *
 * Returns: (transfer none): the `zone-`, `area-` and `avoid-` ids in document order
 */
const char * const *nape_anatomy_drawing_get_ids           (NapeAnatomyDrawing  *self);

/**
 * nape_anatomy_drawing_has_element:
 * @self: a #NapeAnatomyDrawing
 * @id: an element id without the leading '#', e.g. "zone-scalp-center"
 *
 * Asks librsvg whether the document can draw an element with this id.
 *
 * Returns: %TRUE if the element exists
 */
gboolean            nape_anatomy_drawing_has_element       (NapeAnatomyDrawing  *self,
                                                            const char          *id);

/**
 * nape_anatomy_drawing_get_handle:
 * @self: a #NapeAnatomyDrawing
 *
 * Returns: (transfer none): the loaded librsvg handle
 */
RsvgHandle         *nape_anatomy_drawing_get_handle        (NapeAnatomyDrawing  *self);

G_END_DECLS
