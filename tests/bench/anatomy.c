/* SPDX-License-Identifier: GPL-3.0-or-later */
/* anatomy.c: how fast the anatomy renderer picks and draws a hover frame, against the
 * naive way of rendering the SVG again for every frame.
 *
 * Usage: bench-anatomy [FILE.svg]   (default: data/anatomy/back.svg) */

#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench.h"
#include "nape-anatomy-drawing.h"
#include "nape-anatomy-renderer.h"

#define WIDTH 1200
#define HEIGHT 900
#define GRID 100
#define PICK_BATCH 100       /* picks per timed batch: one pick is too short to time */
#define PICK_ROUNDS 5        /* the grid is walked this many times */
#define HOVER_FRAMES 200
#define NAIVE_FRAMES 20

static double
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void
bench_pick (NapeAnatomyRenderer *renderer,
            int                  scale)
{
  guint n_batches = GRID * GRID / PICK_BATCH * PICK_ROUNDS;
  g_autofree double *per_pick = g_new (double, n_batches);
  double xs[GRID], ys[GRID];
  guint hits = 0, batch = 0;

  for (int i = 0; i < GRID; i++)
    {
      xs[i] = (i + 0.5) * WIDTH / GRID;
      ys[i] = (i + 0.5) * HEIGHT / GRID;
    }

  /* The first pick builds the label map: that is set-up, not picking. */
  nape_anatomy_renderer_pick (renderer, 0, 0);

  for (int round = 0; round < PICK_ROUNDS; round++)
    for (int start = 0; start < GRID * GRID; start += PICK_BATCH)
      {
        double t0 = now_ns ();

        for (int k = start; k < start + PICK_BATCH; k++)
          if (nape_anatomy_renderer_pick (renderer, xs[k % GRID], ys[k / GRID]) != NULL)
            hits++;

        per_pick[batch++] = (now_ns () - t0) / PICK_BATCH;
      }

  g_assert (hits > 0);
  printf ("BENCH anatomy-pick-median-scale%d %.3f us\n", scale,
          bench_percentile (per_pick, n_batches, 0.5) / 1e3);
  printf ("BENCH anatomy-pick-p99-scale%d %.3f us\n", scale,
          bench_percentile (per_pick, n_batches, 0.99) / 1e3);
}

/* What the widget does on hover: the cached picture, then one cached tint. */
static double
bench_hover_frame (NapeAnatomyRenderer *renderer,
                   cairo_surface_t     *target,
                   int                  scale)
{
  const char * const *zones = nape_anatomy_renderer_get_pickable_ids (renderer);
  guint n_zones = g_strv_length ((GStrv) zones);
  double times[HOVER_FRAMES];
  double median;

  /* Warm the caches, as the widget would have after the first frames. */
  nape_anatomy_renderer_get_base (renderer);
  for (guint i = 0; i < n_zones; i++)
    nape_anatomy_renderer_get_overlay (renderer, zones[i], 0.21, 0.52, 0.89, 0.45, NULL, NULL);

  for (guint frame = 0; frame < HOVER_FRAMES; frame++)
    {
      double t0 = now_ns ();
      cairo_t *cr = cairo_create (target);

      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (cr, nape_anatomy_renderer_get_base (renderer), 0, 0);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      nape_anatomy_renderer_draw_overlay (renderer, cr, zones[frame % n_zones],
                                          0.21, 0.52, 0.89, 0.45);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      times[frame] = now_ns () - t0;
    }

  median = bench_percentile (times, HOVER_FRAMES, 0.5) / 1e6;
  printf ("BENCH anatomy-hover-frame-scale%d %.3f ms\n", scale, median);
  printf ("BENCH anatomy-hover-frame-p99-scale%d %.3f ms\n", scale,
          bench_percentile (times, HOVER_FRAMES, 0.99) / 1e6);

  return median;
}

/* The naive way: render the whole SVG again, then the hovered zone tinted through its
 * own rendering as a mask. */
static double
bench_naive_frame (NapeAnatomyDrawing  *drawing,
                   NapeAnatomyRenderer *renderer,
                   cairo_surface_t     *target,
                   int                  scale)
{
  RsvgHandle *handle = nape_anatomy_drawing_get_handle (drawing);
  const char * const *zones = nape_anatomy_renderer_get_pickable_ids (renderer);
  guint n_zones = g_strv_length ((GStrv) zones);
  RsvgRectangle viewport = { 0, 0, WIDTH * scale, HEIGHT * scale };
  double times[NAIVE_FRAMES];
  double median;

  for (guint frame = 0; frame < NAIVE_FRAMES; frame++)
    {
      g_autofree char *fragment = g_strconcat ("#", zones[frame % n_zones], NULL);
      double t0 = now_ns ();
      cairo_t *cr = cairo_create (target);
      cairo_pattern_t *zone;

      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
      rsvg_handle_render_document (handle, cr, &viewport, NULL);
      cairo_push_group (cr);
      rsvg_handle_render_layer (handle, cr, fragment, &viewport, NULL);
      zone = cairo_pop_group (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.45);
      cairo_mask (cr, zone);
      cairo_pattern_destroy (zone);
      cairo_destroy (cr);
      cairo_surface_flush (target);
      times[frame] = now_ns () - t0;
    }

  median = bench_percentile (times, NAIVE_FRAMES, 0.5) / 1e6;
  printf ("BENCH anatomy-naive-frame-scale%d %.3f ms\n", scale, median);

  return median;
}

static void
bench_scale (NapeAnatomyDrawing *drawing,
             int                 scale)
{
  g_autoptr(NapeAnatomyRenderer) renderer = nape_anatomy_renderer_new (drawing);
  cairo_surface_t *target;
  double t0, cached, naive;

  /* The one-off costs a resize pays: the picture, then the masks and label map. */
  nape_anatomy_renderer_set_size (renderer, WIDTH, HEIGHT, scale);
  t0 = now_ns ();
  nape_anatomy_renderer_get_base (renderer);
  printf ("BENCH anatomy-base-render-scale%d %.1f ms\n", scale, (now_ns () - t0) / 1e6);
  t0 = now_ns ();
  nape_anatomy_renderer_pick (renderer, 0, 0);
  printf ("BENCH anatomy-label-map-scale%d %.1f ms\n", scale, (now_ns () - t0) / 1e6);

  bench_pick (renderer, scale);

  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);
  cairo_surface_set_device_scale (target, scale, scale);
  cached = bench_hover_frame (renderer, target, scale);
  cairo_surface_set_device_scale (target, 1, 1);
  naive = bench_naive_frame (drawing, renderer, target, scale);
  cairo_surface_destroy (target);

  printf ("BENCH anatomy-naive-ratio-scale%d %.1f x\n", scale, naive / cached);
}

int
main (int   argc,
      char *argv[])
{
  const char *path = argc > 1 ? argv[1] : NAPE_SOURCE_DIR "/data/anatomy/back.svg";
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(NapeAnatomyDrawing) drawing = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  char *contents;
  gsize len;

  if (!g_file_get_contents (path, &contents, &len, &error))
    {
      fprintf (stderr, "bench-anatomy: %s\n", error->message);
      return EXIT_FAILURE;
    }
  svg = g_bytes_new_take (contents, len);
  drawing = nape_anatomy_drawing_new_from_bytes (svg, basename, &error);
  if (drawing == NULL)
    {
      fprintf (stderr, "bench-anatomy: %s\n", error->message);
      return EXIT_FAILURE;
    }

  bench_scale (drawing, 1);
  bench_scale (drawing, 2);

  return EXIT_SUCCESS;
}
