/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-anatomy-renderer.c: the renderer picks exactly what is drawn — checked against
 * each element rendered alone with librsvg — at several sizes and both device scales,
 * and its overlays, modes and avoid places behave. */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "nape-anatomy-drawing.h"
#include "nape-anatomy-renderer.h"

static const char *view_files[] = { "back.svg", "side.svg", "front.svg" };

static const struct
{
  int width;
  int height;
} sizes[] = {
  { 300, 360 },
  { 640, 480 },
  { 1200, 900 },
};

static const NapeAnatomyMode modes[] = { NAPE_ANATOMY_MODE_MUSCLES, NAPE_ANATOMY_MODE_PAIN };

typedef enum
{
  COVER_EMPTY,
  COVER_EDGE,
  COVER_SOLID,
} Cover;

/* Each element rendered alone by librsvg into a canvas-sized A8 surface, at one device
 * size: the independent truth the renderer is checked against. */
typedef struct
{
  NapeAnatomyDrawing *drawing;
  int                 device_width;
  int                 device_height;
  GHashTable         *alone;   /* id → cairo_surface_t (A8) */
} Truth;

static NapeAnatomyDrawing *
load_drawing (const char *file)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "anatomy", file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  char *contents;
  gsize len;
  NapeAnatomyDrawing *drawing;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  svg = g_bytes_new_take (contents, len);
  drawing = nape_anatomy_drawing_new_from_bytes (svg, file, &error);
  g_assert_no_error (error);

  return drawing;
}

static Truth *
truth_new (NapeAnatomyDrawing *drawing,
           int                 device_width,
           int                 device_height)
{
  Truth *truth = g_new0 (Truth, 1);
  const char * const *ids = nape_anatomy_drawing_get_ids (drawing);
  RsvgHandle *handle = nape_anatomy_drawing_get_handle (drawing);
  RsvgRectangle viewport = { 0, 0, device_width, device_height };

  truth->drawing = g_object_ref (drawing);
  truth->device_width = device_width;
  truth->device_height = device_height;
  truth->alone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) cairo_surface_destroy);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *fragment = g_strconcat ("#", ids[i], NULL);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8,
                                                             device_width, device_height);
      cairo_t *cr = cairo_create (surface);

      rsvg_handle_render_layer (handle, cr, fragment, &viewport, &error);
      g_assert_no_error (error);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_hash_table_insert (truth->alone, g_strdup (ids[i]), surface);
    }

  return truth;
}

static void
truth_free (Truth *truth)
{
  g_hash_table_unref (truth->alone);
  g_object_unref (truth->drawing);
  g_free (truth);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Truth, truth_free)

static guint8
alpha_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  if (x < 0 || y < 0
      || x >= cairo_image_surface_get_width (surface)
      || y >= cairo_image_surface_get_height (surface))
    return 0;

  return cairo_image_surface_get_data (surface)[(gsize) y * cairo_image_surface_get_stride (surface) + x];
}

static guint8
truth_alpha (Truth      *truth,
             const char *id,
             int         x,
             int         y)
{
  cairo_surface_t *surface = g_hash_table_lookup (truth->alone, id);

  g_assert_nonnull (surface);

  return alpha_at (surface, x, y);
}

/* Solid: the element covers the pixel and its eight neighbours; empty: none of them. */
static Cover
truth_cover (Truth      *truth,
             const char *id,
             int         x,
             int         y)
{
  guint n = 0;

  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (truth_alpha (truth, id, x + dx, y + dy) > 0)
        n++;

  return n == 0 ? COVER_EMPTY : n == 9 ? COVER_SOLID : COVER_EDGE;
}

static gboolean
is_drawn_in_mode (const char      *id,
                  NapeAnatomyMode  mode)
{
  if (g_str_has_prefix (id, "avoid-"))
    return TRUE;
  if (mode == NAPE_ANATOMY_MODE_MUSCLES)
    return g_str_has_prefix (id, "zone-");
  return g_str_has_prefix (id, "area-");
}

/* What pick must answer at a device pixel, from the elements drawn alone: the topmost
 * element that reaches the pixel, if it covers it solidly (an avoid place answers NULL).
 * Returns FALSE when the answer depends on an edge pixel. */
static gboolean
truth_expected_pick (Truth            *truth,
                     NapeAnatomyMode   mode,
                     int               x,
                     int               y,
                     const char      **expected)
{
  const char * const *ids = nape_anatomy_drawing_get_ids (truth->drawing);
  guint n = g_strv_length ((GStrv) ids);

  *expected = NULL;

  for (guint i = n; i-- > 0;)
    {
      Cover cover;

      if (!is_drawn_in_mode (ids[i], mode))
        continue;

      cover = truth_cover (truth, ids[i], x, y);
      if (cover == COVER_EMPTY)
        continue;
      if (cover == COVER_EDGE)
        return FALSE;

      *expected = g_str_has_prefix (ids[i], "avoid-") ? NULL : ids[i];
      return TRUE;
    }

  return TRUE;
}

/* A point inside an element found from its lone rendering only: the centre of the
 * longest run of covered pixels in the middle row of its bounding box. */
static gboolean
truth_inner_pixel (Truth      *truth,
                   const char *id,
                   int        *out_x,
                   int        *out_y)
{
  int top = -1, bottom = -1, best_start = 0, best_length = 0, row;

  for (int y = 0; y < truth->device_height; y++)
    for (int x = 0; x < truth->device_width; x++)
      if (truth_alpha (truth, id, x, y) > 0)
        {
          if (top < 0)
            top = y;
          bottom = y;
          break;
        }

  if (top < 0)
    return FALSE;

  row = (top + bottom) / 2;
  for (int x = 0; x < truth->device_width;)
    {
      int start = x;

      while (x < truth->device_width && truth_alpha (truth, id, x, row) > 0)
        x++;
      if (x - start > best_length)
        {
          best_start = start;
          best_length = x - start;
        }
      x = MAX (x, start + 1);
    }

  *out_x = best_start + best_length / 2;
  *out_y = row;

  return TRUE;
}

static NapeAnatomyRenderer *
renderer_at (NapeAnatomyDrawing *drawing,
             int                 width,
             int                 height,
             int                 scale,
             NapeAnatomyMode     mode)
{
  NapeAnatomyRenderer *renderer = nape_anatomy_renderer_new (drawing);

  nape_anatomy_renderer_set_size (renderer, width, height, scale);
  nape_anatomy_renderer_set_mode (renderer, mode);

  return renderer;
}

/* Every pickable element picks itself at its own point, and at an inner point found
 * independently picks itself or whatever is drawn on top of it there. */
static void
check_elements_pick_themselves (NapeAnatomyRenderer *renderer,
                                Truth               *truth,
                                int                  scale,
                                NapeAnatomyMode      mode)
{
  const char * const *pickable = nape_anatomy_renderer_get_pickable_ids (renderer);

  g_assert_nonnull (pickable);
  g_assert_cmpuint (g_strv_length ((GStrv) pickable), >, 0);

  for (guint i = 0; pickable[i] != NULL; i++)
    {
      const char *id = pickable[i];
      const char *expected;
      double x, y;
      int px, py;

      g_assert_true (g_str_has_prefix (id, mode == NAPE_ANATOMY_MODE_MUSCLES ? "zone-" : "area-"));

      /* The renderer's own point: inside the element by its lone rendering, and picked
       * as the element itself. */
      if (!nape_anatomy_renderer_get_element_point (renderer, id, &x, &y))
        g_error ("%s is not drawn at %d×%d", id, truth->device_width, truth->device_height);
      px = (int) floor (x * scale);
      py = (int) floor (y * scale);
      g_assert_cmpuint (truth_alpha (truth, id, px, py), >, 0);
      g_assert_cmpstr (nape_anatomy_renderer_pick (renderer, x, y), ==, id);
      if (truth_expected_pick (truth, mode, px, py, &expected))
        g_assert_cmpstr (expected, ==, id);

      /* An inner point found without the renderer. */
      g_assert_true (truth_inner_pixel (truth, id, &px, &py));
      g_assert_cmpuint (truth_alpha (truth, id, px, py), >, 0);
      if (truth_expected_pick (truth, mode, px, py, &expected))
        g_assert_cmpstr (nape_anatomy_renderer_pick (renderer,
                                                     (px + 0.5) / scale,
                                                     (py + 0.5) / scale), ==, expected);
    }
}

/* Over a grid of points, pick agrees with the lone renderings wherever they are
 * unambiguous, never answers an avoid place, and answers NULL on the background. */
static void
check_grid_against_truth (NapeAnatomyRenderer *renderer,
                          Truth               *truth,
                          int                  scale,
                          NapeAnatomyMode      mode)
{
  int step = MAX (2, truth->device_width / 150);
  guint checked = 0, ambiguous = 0, hits = 0;

  for (int py = 0; py < truth->device_height; py += step)
    for (int px = 0; px < truth->device_width; px += step)
      {
        const char *expected;
        const char *picked = nape_anatomy_renderer_pick (renderer,
                                                         (px + 0.5) / scale,
                                                         (py + 0.5) / scale);

        if (picked != NULL)
          {
            g_assert_false (g_str_has_prefix (picked, "avoid-"));
            hits++;
          }

        if (!truth_expected_pick (truth, mode, px, py, &expected))
          {
            ambiguous++;
            continue;
          }

        checked++;
        if (g_strcmp0 (picked, expected) != 0)
          g_error ("pick at device pixel %d,%d (%d×%d, mode %d): %s, expected %s",
                   px, py, truth->device_width, truth->device_height, mode,
                   picked ? picked : "(null)", expected ? expected : "(null)");
      }

  g_assert_cmpuint (hits, >, 0);
  /* Edges are a thin share of the picture. */
  g_assert_cmpuint (ambiguous * 10, <, checked);
}

static void
test_pick_matches_drawing (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(Truth) truth = truth_new (drawing, sizes[s].width, sizes[s].height);

      for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
        {
          g_autoptr(NapeAnatomyRenderer) renderer =
            renderer_at (drawing, sizes[s].width, sizes[s].height, 1, modes[m]);

          check_elements_pick_themselves (renderer, truth, 1, modes[m]);
          check_grid_against_truth (renderer, truth, 1, modes[m]);
        }
    }
}

static void
test_pick_matches_drawing_scale2 (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  g_autoptr(Truth) truth = truth_new (drawing, 640 * 2, 480 * 2);

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(NapeAnatomyRenderer) renderer = renderer_at (drawing, 640, 480, 2, modes[m]);

      check_elements_pick_themselves (renderer, truth, 2, modes[m]);
      check_grid_against_truth (renderer, truth, 2, modes[m]);
    }
}

static void
test_background (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  RsvgHandle *handle = nape_anatomy_drawing_get_handle (drawing);
  double svg_width, svg_height;

  g_assert_true (rsvg_handle_get_intrinsic_size_in_pixels (handle, &svg_width, &svg_height));

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
      {
        int width = sizes[s].width, height = sizes[s].height;
        g_autoptr(NapeAnatomyRenderer) renderer = renderer_at (drawing, width, height, 1, modes[m]);
        double fit = MIN (width / svg_width, height / svg_height);
        double left = (width - svg_width * fit) / 2;
        double top = (height - svg_height * fit) / 2;

        g_assert_null (nape_anatomy_renderer_pick (renderer, 0.5, 0.5));
        g_assert_null (nape_anatomy_renderer_pick (renderer, width - 0.5, 0.5));
        g_assert_null (nape_anatomy_renderer_pick (renderer, 0.5, height - 0.5));
        g_assert_null (nape_anatomy_renderer_pick (renderer, width - 0.5, height - 0.5));

        /* Outside the picture and outside the fitted drawing. */
        g_assert_null (nape_anatomy_renderer_pick (renderer, -1, height / 2.0));
        g_assert_null (nape_anatomy_renderer_pick (renderer, width / 2.0, -0.01));
        g_assert_null (nape_anatomy_renderer_pick (renderer, width, height / 2.0));
        g_assert_null (nape_anatomy_renderer_pick (renderer, width / 2.0, height + 10));
        g_assert_null (nape_anatomy_renderer_pick (renderer, NAN, 10));
        if (left >= 2)
          {
            g_assert_null (nape_anatomy_renderer_pick (renderer, left / 2, height / 2.0));
            g_assert_null (nape_anatomy_renderer_pick (renderer, width - left / 2, height / 2.0));
          }
        if (top >= 2)
          g_assert_null (nape_anatomy_renderer_pick (renderer, width / 2.0, top / 2));
      }
}

/* What is on top at a point: the picked id, or the avoid place, or NULL. */
static const char *
topmost_at (NapeAnatomyRenderer *renderer,
            double               x,
            double               y)
{
  const char *id = nape_anatomy_renderer_pick (renderer, x, y);

  return id != NULL ? id : nape_anatomy_renderer_pick_avoid (renderer, x, y);
}

/* The same logical points pick the same ids at scale 1 and 2, except on edge pixels. */
static void
test_scale_stable (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(NapeAnatomyRenderer) one = renderer_at (drawing, 640, 480, 1, modes[m]);
      g_autoptr(NapeAnatomyRenderer) two = renderer_at (drawing, 640, 480, 2, modes[m]);
      guint points = 0, differ = 0, picked = 0;

      for (int y = 0; y < 480; y++)
        for (int x = 0; x < 640; x++)
          {
            double lx = x + 0.5, ly = y + 0.5;
            const char *a = topmost_at (one, lx, ly);
            const char *b = topmost_at (two, lx, ly);
            gboolean edge = FALSE;

            points++;
            if (a != NULL)
              picked++;
            g_assert_true (nape_anatomy_renderer_pick (two, lx, ly) == NULL
                           || b == nape_anatomy_renderer_pick (two, lx, ly));
            if (g_strcmp0 (a, b) == 0)
              continue;

            differ++;
            /* A difference must sit on an edge: a neighbour at scale 1 answers
             * something else. */
            for (int dy = -1; dy <= 1 && !edge; dy++)
              for (int dx = -1; dx <= 1 && !edge; dx++)
                if (g_strcmp0 (topmost_at (one, lx + dx, ly + dy), a) != 0)
                  edge = TRUE;
            if (!edge)
              g_error ("%s: %g,%g picks %s at scale 1 and %s at scale 2, away from any edge",
                       file, lx, ly, a ? a : "(null)", b ? b : "(null)");
          }

      g_test_message ("%s mode %d: %u of %u points differ between scales (%u picked)",
                      file, modes[m], differ, points, picked);
      g_assert_cmpuint (picked, >, points / 50);
      /* Edge pixels only: well under 1 % of the picture. */
      g_assert_cmpuint (differ * 100, <, points);
    }
}

static void
check_overlay (NapeAnatomyRenderer *renderer,
               Truth               *truth,
               const char          *id,
               int                  scale)
{
  cairo_surface_t *overlay;
  double x, y, bx, by, bw, bh, sx, sy;
  int ox, oy, width, height, stride;
  const guint8 *data;
  guint lit = 0, max_alpha = 0;

  overlay = nape_anatomy_renderer_get_overlay (renderer, id, 0.2, 0.4, 0.9, 0.5, &x, &y);
  g_assert_nonnull (overlay);
  g_assert_cmpint (cairo_image_surface_get_format (overlay), ==, CAIRO_FORMAT_ARGB32);
  cairo_surface_get_device_scale (overlay, &sx, &sy);
  g_assert_cmpfloat (sx, ==, scale);
  g_assert_cmpfloat (sy, ==, scale);

  /* Cached per id and colour. */
  g_assert_true (overlay == nape_anatomy_renderer_get_overlay (renderer, id, 0.2, 0.4, 0.9, 0.5, NULL, NULL));
  g_assert_true (overlay != nape_anatomy_renderer_get_overlay (renderer, id, 0.9, 0.4, 0.2, 0.5, NULL, NULL));

  width = cairo_image_surface_get_width (overlay);
  height = cairo_image_surface_get_height (overlay);
  g_assert_true (nape_anatomy_renderer_get_element_bounds (renderer, id, &bx, &by, &bw, &bh));
  g_assert_cmpfloat_with_epsilon (bx, x, 1e-9);
  g_assert_cmpfloat_with_epsilon (by, y, 1e-9);
  g_assert_cmpfloat_with_epsilon (bw * scale, width, 1e-9);
  g_assert_cmpfloat_with_epsilon (bh * scale, height, 1e-9);

  ox = (int) lround (x * scale);
  oy = (int) lround (y * scale);
  data = cairo_image_surface_get_data (overlay);
  stride = cairo_image_surface_get_stride (overlay);

  for (int py = 0; py < height; py++)
    for (int px = 0; px < width; px++)
      {
        guint32 pixel = ((const guint32 *) (gconstpointer) (data + (gsize) py * stride))[px];
        guint alpha = pixel >> 24;

        /* Premultiplied: no channel above alpha. */
        g_assert_cmpuint ((pixel >> 16) & 0xff, <=, alpha);
        g_assert_cmpuint ((pixel >> 8) & 0xff, <=, alpha);
        g_assert_cmpuint (pixel & 0xff, <=, alpha);

        if (alpha == 0)
          continue;
        lit++;
        max_alpha = MAX (max_alpha, alpha);
        if (truth_alpha (truth, id, ox + px, oy + py) == 0)
          g_error ("%s: overlay lit at device pixel %d,%d where the element is not drawn",
                   id, ox + px, oy + py);
      }

  g_assert_cmpuint (lit, >, 0);
  /* Full strength inside, whatever the element's own opacity (areas are faint). */
  g_assert_cmpuint (max_alpha, ==, 128);
}

static void
test_overlay (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  const char * const *ids = nape_anatomy_drawing_get_ids (drawing);

  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(Truth) truth = truth_new (drawing, 640 * scale, 480 * scale);
      g_autoptr(NapeAnatomyRenderer) renderer =
        renderer_at (drawing, 640, 480, scale, NAPE_ANATOMY_MODE_MUSCLES);
      cairo_surface_t *target;
      cairo_t *cr;

      for (guint i = 0; ids[i] != NULL; i++)
        check_overlay (renderer, truth, ids[i], scale);

      /* draw_overlay paints the same tint at the same place. */
      target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 640 * scale, 480 * scale);
      cairo_surface_set_device_scale (target, scale, scale);
      cr = cairo_create (target);
      nape_anatomy_renderer_draw_overlay (renderer, cr, ids[0], 1, 0, 0, 1);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      for (int y = 0; y < 480 * scale; y++)
        for (int x = 0; x < 640 * scale; x++)
          {
            const guint8 *row = cairo_image_surface_get_data (target)
                                + (gsize) y * cairo_image_surface_get_stride (target);
            guint alpha = ((const guint32 *) (gconstpointer) row)[x] >> 24;

            if (alpha != 0)
              g_assert_cmpuint (truth_alpha (truth, ids[0], x, y), >, 0);
          }
      cairo_surface_destroy (target);
    }
}

static void
test_mode_switch (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  g_autoptr(NapeAnatomyRenderer) renderer =
    renderer_at (drawing, 640, 480, 1, NAPE_ANATOMY_MODE_MUSCLES);
  const char * const *zones, * const *areas;
  cairo_surface_t *muscles_base, *pain_base;
  guint changed = 0;

  g_assert_cmpint (nape_anatomy_renderer_get_mode (renderer), ==, NAPE_ANATOMY_MODE_MUSCLES);
  zones = nape_anatomy_renderer_get_pickable_ids (renderer);
  muscles_base = nape_anatomy_renderer_get_base (renderer);
  g_assert_true (muscles_base == nape_anatomy_renderer_get_base (renderer));

  nape_anatomy_renderer_set_mode (renderer, NAPE_ANATOMY_MODE_PAIN);
  g_assert_cmpint (nape_anatomy_renderer_get_mode (renderer), ==, NAPE_ANATOMY_MODE_PAIN);
  areas = nape_anatomy_renderer_get_pickable_ids (renderer);
  pain_base = nape_anatomy_renderer_get_base (renderer);
  g_assert_true (pain_base != muscles_base);
  g_assert_cmpuint (g_strv_length ((GStrv) zones), >, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) areas), >, 0);
  for (guint i = 0; areas[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (areas[i], "area-"));

  /* The pictures differ (areas shown, zones muted). */
  cairo_surface_flush (muscles_base);
  cairo_surface_flush (pain_base);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (muscles_base),
                           cairo_image_surface_get_data (pain_base),
                           (gsize) cairo_image_surface_get_stride (pain_base) * 480), !=, 0);

  /* A zone's point picks the zone in muscles mode, never a zone in pain mode. */
  for (guint i = 0; zones[i] != NULL; i++)
    {
      double x, y;
      const char *picked;

      nape_anatomy_renderer_set_mode (renderer, NAPE_ANATOMY_MODE_MUSCLES);
      g_assert_true (nape_anatomy_renderer_get_element_point (renderer, zones[i], &x, &y));
      g_assert_cmpstr (nape_anatomy_renderer_pick (renderer, x, y), ==, zones[i]);

      nape_anatomy_renderer_set_mode (renderer, NAPE_ANATOMY_MODE_PAIN);
      picked = nape_anatomy_renderer_pick (renderer, x, y);
      g_assert_true (picked == NULL || g_str_has_prefix (picked, "area-"));
      changed++;
    }

  /* And an area's point picks the area only in pain mode. */
  for (guint i = 0; areas[i] != NULL; i++)
    {
      double x, y;
      const char *picked;

      nape_anatomy_renderer_set_mode (renderer, NAPE_ANATOMY_MODE_PAIN);
      g_assert_true (nape_anatomy_renderer_get_element_point (renderer, areas[i], &x, &y));
      g_assert_cmpstr (nape_anatomy_renderer_pick (renderer, x, y), ==, areas[i]);

      nape_anatomy_renderer_set_mode (renderer, NAPE_ANATOMY_MODE_MUSCLES);
      picked = nape_anatomy_renderer_pick (renderer, x, y);
      g_assert_true (picked == NULL || g_str_has_prefix (picked, "zone-"));
    }

  /* Switching back reuses the cached picture. */
  g_assert_true (nape_anatomy_renderer_get_base (renderer) == muscles_base);
  g_assert_cmpuint (changed, >, 0);
}

static void
test_avoid_never_picked (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  const char * const *ids = nape_anatomy_drawing_get_ids (drawing);
  guint n_avoid = 0;

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(NapeAnatomyRenderer) renderer = renderer_at (drawing, 640, 480, 1, modes[m]);
      const char * const *pickable = nape_anatomy_renderer_get_pickable_ids (renderer);

      for (guint i = 0; pickable[i] != NULL; i++)
        g_assert_false (g_str_has_prefix (pickable[i], "avoid-"));

      for (guint i = 0; ids[i] != NULL; i++)
        {
          double x, y;

          if (!g_str_has_prefix (ids[i], "avoid-"))
            continue;
          n_avoid++;

          /* In muscles mode an avoid place is drawn over the zones: it hides them. */
          g_assert_true (nape_anatomy_renderer_get_element_point (renderer, ids[i], &x, &y));
          g_assert_null (nape_anatomy_renderer_pick (renderer, x, y));
          if (modes[m] == NAPE_ANATOMY_MODE_MUSCLES)
            g_assert_cmpstr (nape_anatomy_renderer_pick_avoid (renderer, x, y), ==, ids[i]);
        }

      for (double y = 0.25; y < 480; y += 1)
        for (double x = 0.25; x < 640; x += 1)
          {
            const char *picked = nape_anatomy_renderer_pick (renderer, x, y);

            g_assert_true (picked == NULL || !g_str_has_prefix (picked, "avoid-"));
          }
    }

  g_assert_cmpuint (n_avoid, >, 0);
}

static void
test_base (gconstpointer data)
{
  const char *file = data;
  g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (file);
  g_autoptr(NapeAnatomyRenderer) renderer = nape_anatomy_renderer_new (drawing);
  cairo_surface_t *base;
  double sx, sy, x, y;
  const char *zone;
  int px, py;

  /* No size yet: nothing to draw or pick. */
  g_assert_null (nape_anatomy_renderer_get_base (renderer));
  g_assert_null (nape_anatomy_renderer_pick (renderer, 1, 1));
  zone = nape_anatomy_renderer_get_pickable_ids (renderer)[0];
  g_assert_false (nape_anatomy_renderer_get_element_point (renderer, zone, &x, &y));
  g_assert_null (nape_anatomy_renderer_get_overlay (renderer, zone, 1, 0, 0, 1, NULL, NULL));

  nape_anatomy_renderer_set_size (renderer, 300, 360, 2);
  base = nape_anatomy_renderer_get_base (renderer);
  g_assert_nonnull (base);
  g_assert_cmpint (cairo_image_surface_get_format (base), ==, CAIRO_FORMAT_ARGB32);
  g_assert_cmpint (cairo_image_surface_get_width (base), ==, 600);
  g_assert_cmpint (cairo_image_surface_get_height (base), ==, 720);
  cairo_surface_get_device_scale (base, &sx, &sy);
  g_assert_cmpfloat (sx, ==, 2);
  g_assert_cmpfloat (sy, ==, 2);

  /* The picture is opaque where a zone is, and transparent in the corner. */
  g_assert_true (nape_anatomy_renderer_get_element_point (renderer, zone, &x, &y));
  px = (int) (x * 2);
  py = (int) (y * 2);
  cairo_surface_flush (base);
  g_assert_cmpuint (((guint32 *) (gpointer) (cairo_image_surface_get_data (base)
                                              + (gsize) py * cairo_image_surface_get_stride (base)))[px] >> 24,
                    ==, 255);
  g_assert_cmpuint (((guint32 *) (gpointer) cairo_image_surface_get_data (base))[0], ==, 0);

  /* Unknown ids are not an error: a zone is not drawn in every view. */
  g_assert_false (nape_anatomy_renderer_get_element_point (renderer, "zone-no-such-thing", &x, &y));
  g_assert_false (nape_anatomy_renderer_get_element_bounds (renderer, "zone-no-such-thing",
                                                            NULL, NULL, NULL, NULL));
  g_assert_null (nape_anatomy_renderer_get_overlay (renderer, "zone-no-such-thing", 1, 0, 0, 1, NULL, NULL));

  /* The same size keeps the cache; a new one drops it. */
  nape_anatomy_renderer_set_size (renderer, 300, 360, 2);
  g_assert_true (nape_anatomy_renderer_get_base (renderer) == base);
  nape_anatomy_renderer_set_size (renderer, 0, 0, 1);
  g_assert_null (nape_anatomy_renderer_get_base (renderer));
  g_assert_null (nape_anatomy_renderer_pick (renderer, 10, 10));
}

static void
add_view_test (const char     *name,
               const char     *file,
               GTestDataFunc   func)
{
  g_autofree char *basename = g_strndup (file, strlen (file) - strlen (".svg"));
  g_autofree char *path = g_strdup_printf ("/render/renderer/%s/%s", name, basename);

  g_test_add_data_func (path, file, func);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (view_files); i++)
    {
      add_view_test ("pick-matches-drawing", view_files[i], test_pick_matches_drawing);
      add_view_test ("pick-matches-drawing-scale2", view_files[i], test_pick_matches_drawing_scale2);
      add_view_test ("background", view_files[i], test_background);
      add_view_test ("scale-stable", view_files[i], test_scale_stable);
      add_view_test ("overlay", view_files[i], test_overlay);
      add_view_test ("mode-switch", view_files[i], test_mode_switch);
      add_view_test ("avoid-never-picked", view_files[i], test_avoid_never_picked);
      add_view_test ("base", view_files[i], test_base);
    }

  return g_test_run ();
}
