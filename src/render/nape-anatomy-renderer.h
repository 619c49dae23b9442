/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "nape-anatomy-drawing.h"

G_BEGIN_DECLS

/**
 * NapeAnatomyMode:
 * @NAPE_ANATOMY_MODE_MUSCLES: the muscle zones are drawn and picked; the pain areas are
 *   hidden
 * @NAPE_ANATOMY_MODE_PAIN: the pain areas are drawn (in their own semi-transparent style)
 *   over muted zones, and picked
 *
 * What a view shows and answers to. `avoid-` elements (the places never to press) are
 * drawn in both modes and never picked.
 */
typedef enum
{
  NAPE_ANATOMY_MODE_MUSCLES,
  NAPE_ANATOMY_MODE_PAIN,
} NapeAnatomyMode;

#define NAPE_TYPE_ANATOMY_MODE (nape_anatomy_mode_get_type ())

GType nape_anatomy_mode_get_type (void) G_GNUC_CONST;

#define NAPE_TYPE_ANATOMY_RENDERER (nape_anatomy_renderer_get_type ())

G_DECLARE_FINAL_TYPE (NapeAnatomyRenderer, nape_anatomy_renderer, NAPE, ANATOMY_RENDERER, GObject)

/**
 * nape_anatomy_renderer_new:
 * @drawing: the view to draw
 *
 * Creates a renderer for one anatomy view, in %NAPE_ANATOMY_MODE_MUSCLES and with no
 * size: call nape_anatomy_renderer_set_size() before drawing or picking.
 *
 * The renderer never changes @drawing or its handle (no stylesheet is set on it), so
 * several renderers can share one drawing.
 *
 * Returns: (transfer full): a new #NapeAnatomyRenderer
 */
NapeAnatomyRenderer *nape_anatomy_renderer_new                 (NapeAnatomyDrawing   *drawing);

/**
 * nape_anatomy_renderer_get_drawing:
 * @self: a #NapeAnatomyRenderer
 *
 * Returns: (transfer none): the drawing this renderer draws
 */
NapeAnatomyDrawing  *nape_anatomy_renderer_get_drawing         (NapeAnatomyRenderer  *self);

/**
 * nape_anatomy_renderer_set_mode:
 * @self: a #NapeAnatomyRenderer
 * @mode: what to draw and pick
 *
 * Switches between muscles and pain areas. The base picture of each mode is cached
 * separately, so switching back and forth renders each at most once per size.
 */
void                 nape_anatomy_renderer_set_mode            (NapeAnatomyRenderer  *self,
                                                                NapeAnatomyMode       mode);

/**
 * nape_anatomy_renderer_get_mode:
 * @self: a #NapeAnatomyRenderer
 *
 * Returns: the current mode
 */
NapeAnatomyMode      nape_anatomy_renderer_get_mode            (NapeAnatomyRenderer  *self);

/**
 * nape_anatomy_renderer_set_size:
 * @self: a #NapeAnatomyRenderer
 * @width: the width in logical pixels
 * @height: the height in logical pixels
 * @scale: the device scale (1 or 2; at most 4)
 *
 * The drawing is fitted into @width × @height logical pixels, keeping its aspect ratio
 * and centred. Everything is drawn and picked at device resolution (@width × @scale by
 * @height × @scale pixels). The caches are dropped only when a value changes, and
 * rebuilt lazily on the next call that needs them.
 *
 * A size of 0 × 0 (the initial state) draws nothing and picks nothing.
 */
void                 nape_anatomy_renderer_set_size            (NapeAnatomyRenderer  *self,
                                                                int                   width,
                                                                int                   height,
                                                                int                   scale);

/**
 * nape_anatomy_renderer_get_size:
 * @self: a #NapeAnatomyRenderer
 * @width: (out) (optional): the width in logical pixels
 * @height: (out) (optional): the height in logical pixels
 * @scale: (out) (optional): the device scale
 */
void                 nape_anatomy_renderer_get_size            (NapeAnatomyRenderer  *self,
                                                                int                  *width,
                                                                int                  *height,
                                                                int                  *scale);

/**
 * nape_anatomy_renderer_get_base:
 * @self: a #NapeAnatomyRenderer
 *
 * The picture for the current mode and size, without any highlight: an ARGB32 image
 * surface of width × scale by height × scale pixels, with its device scale set to
 * (scale, scale) so that it paints at logical size. Rendered once per mode, size and
 * scale, then cached. Do not draw on it.
 *
 * Returns: (transfer none) (nullable): the base picture, or %NULL when the size is empty
 */
cairo_surface_t     *nape_anatomy_renderer_get_base            (NapeAnatomyRenderer  *self);

/**
 * nape_anatomy_renderer_pick:
 * @self: a #NapeAnatomyRenderer
 * @x: the horizontal position in logical pixels
 * @y: the vertical position in logical pixels
 *
 * Finds the pickable element under a point: a `zone-` id in %NAPE_ANATOMY_MODE_MUSCLES,
 * an `area-` id in %NAPE_ANATOMY_MODE_PAIN. The topmost drawn shape wins, pixel by pixel
 * at device resolution: a pixel belongs to an element when at least half of it is
 * covered by the element's shape (whatever the element's opacity). An `avoid-` element
 * drawn on top (the cervical spine over the neck muscles) hides what is under it, so
 * nobody is invited to press there: the answer is %NULL, and
 * nape_anatomy_renderer_pick_avoid() names it.
 *
 * The first call after a size or mode change builds a label map; later calls are a
 * lookup.
 *
 * Returns: (transfer none) (nullable): the id under the point, or %NULL
 */
const char          *nape_anatomy_renderer_pick                (NapeAnatomyRenderer  *self,
                                                                double                x,
                                                                double                y);

/**
 * nape_anatomy_renderer_pick_avoid:
 * @self: a #NapeAnatomyRenderer
 * @x: the horizontal position in logical pixels
 * @y: the vertical position in logical pixels
 *
 * Like nape_anatomy_renderer_pick(), but answers the `avoid-` id when the topmost
 * element under the point is a place never to press, so the view can warn.
 *
 * Returns: (transfer none) (nullable): an `avoid-` id, or %NULL
 */
const char          *nape_anatomy_renderer_pick_avoid          (NapeAnatomyRenderer  *self,
                                                                double                x,
                                                                double                y);

/**
 * nape_anatomy_renderer_get_overlay:
 * @self: a #NapeAnatomyRenderer
 * @id: a `zone-`, `area-` or `avoid-` id of the drawing
 * @red: red, 0 to 1
 * @green: green, 0 to 1
 * @blue: blue, 0 to 1
 * @alpha: opacity, 0 to 1 (straight, not premultiplied)
 * @x: (out) (optional): the logical position of the overlay's top left corner
 * @y: (out) (optional): the logical position of the overlay's top left corner
 *
 * A tint cut from the element's own outline (the whole element, even where later
 * elements cover it), anti-aliased, at full strength wherever the element is drawn
 * whatever its own opacity. The surface is ARGB32, covers the element's pixel bounding
 * box and has its device scale set, so paint it at (@x, @y) in logical coordinates.
 * Cached per id and colour (quantised to 8 bits per channel) until the size changes.
 *
 * Returns: (transfer none) (nullable): the overlay, or %NULL if the id is unknown or the
 *   element is not drawn at this size
 */
cairo_surface_t     *nape_anatomy_renderer_get_overlay         (NapeAnatomyRenderer  *self,
                                                                const char           *id,
                                                                double                red,
                                                                double                green,
                                                                double                blue,
                                                                double                alpha,
                                                                double               *x,
                                                                double               *y);

/**
 * nape_anatomy_renderer_draw_overlay:
 * @self: a #NapeAnatomyRenderer
 * @cr: a cairo context in logical coordinates
 * @id: a `zone-`, `area-` or `avoid-` id of the drawing
 * @red: red, 0 to 1
 * @green: green, 0 to 1
 * @blue: blue, 0 to 1
 * @alpha: opacity, 0 to 1
 *
 * Paints the overlay of nape_anatomy_renderer_get_overlay() onto @cr, or nothing if
 * the element is not drawn.
 */
void                 nape_anatomy_renderer_draw_overlay        (NapeAnatomyRenderer  *self,
                                                                cairo_t              *cr,
                                                                const char           *id,
                                                                double                red,
                                                                double                green,
                                                                double                blue,
                                                                double                alpha);

/**
 * nape_anatomy_renderer_get_element_point:
 * @self: a #NapeAnatomyRenderer
 * @id: a `zone-`, `area-` or `avoid-` id of the drawing
 * @x: (out) (optional): the horizontal position in logical pixels
 * @y: (out) (optional): the vertical position in logical pixels
 *
 * A point well inside the element: the centre of the pixel farthest from the edge of
 * the element's visible part in the current mode (what nape_anatomy_renderer_pick()
 * answers with @id), or of its whole shape when no part of it is pickable (a zone in
 * pain mode, an area in muscles mode, a covered element). Picking this point returns
 * @id whenever the element is pickable and visible. For focus rings, tooltips and
 * tests.
 *
 * Returns: %TRUE if the element is drawn at this size
 */
gboolean             nape_anatomy_renderer_get_element_point   (NapeAnatomyRenderer  *self,
                                                                const char           *id,
                                                                double               *x,
                                                                double               *y);

/**
 * nape_anatomy_renderer_get_element_bounds:
 * @self: a #NapeAnatomyRenderer
 * @id: a `zone-`, `area-` or `avoid-` id of the drawing
 * @x: (out) (optional): the left edge in logical pixels
 * @y: (out) (optional): the top edge in logical pixels
 * @width: (out) (optional): the width in logical pixels
 * @height: (out) (optional): the height in logical pixels
 *
 * The bounding box of the element's drawn pixels (the same box as its overlay).
 *
 * Returns: %TRUE if the element is drawn at this size
 */
gboolean             nape_anatomy_renderer_get_element_bounds  (NapeAnatomyRenderer  *self,
                                                                const char           *id,
                                                                double               *x,
                                                                double               *y,
                                                                double               *width,
                                                                double               *height);

/**
 * nape_anatomy_renderer_get_pickable_ids:
 * @self: a #NapeAnatomyRenderer
 *
 * The ids nape_anatomy_renderer_pick() can answer in the current mode, in document
 * order (bottom first): the `zone-` ids in muscles mode, the `area-` ids in pain mode.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 */
const char * const  *nape_anatomy_renderer_get_pickable_ids    (NapeAnatomyRenderer  *self);

G_END_DECLS
