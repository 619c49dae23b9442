/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-anatomy-drawings.c: the drawings and the atlas name the same zones and areas,
 * every zone and area is a filled shape that can be seen and clicked, and the app's three
 * views load from the resources once. */

#include "config.h"

#include <cairo.h>

#include "nape-anatomy-drawing.h"
#include "nape-atlas.h"
#include "nape-content-error.h"

static const struct
{
  NapeView    view;
  const char *file;
  NapeSide    visible_sides;
} views[] = {
  { NAPE_VIEW_BACK, "back.svg", NAPE_SIDE_LEFT | NAPE_SIDE_CENTER | NAPE_SIDE_RIGHT },
  /* The side view shows the right side of the head. */
  { NAPE_VIEW_SIDE, "side.svg", NAPE_SIDE_CENTER | NAPE_SIDE_RIGHT },
  { NAPE_VIEW_FRONT, "front.svg", NAPE_SIDE_LEFT | NAPE_SIDE_CENTER | NAPE_SIDE_RIGHT },
};

static const NapeSide all_sides[] = { NAPE_SIDE_LEFT, NAPE_SIDE_CENTER, NAPE_SIDE_RIGHT };

static const char *avoid_ids[] = {
  "avoid-cervical-spine", "avoid-throat", "avoid-carotid-left", "avoid-carotid-right",
};

static NapeAtlas *
load_atlas (void)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "atlas.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) xml = NULL;
  char *contents;
  gsize len;
  NapeAtlas *atlas;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  xml = g_bytes_new_take (contents, len);
  atlas = nape_atlas_new_from_bytes (xml, "atlas.xml", &error);
  g_assert_no_error (error);

  return atlas;
}

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

static void
test_atlas_is_drawn (void)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  GListModel *zones = nape_atlas_get_zones (atlas);
  GListModel *areas = nape_atlas_get_areas (atlas);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (views[v].file);

      for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
        {
          g_autoptr(NapeZone) zone = g_list_model_get_item (zones, i);

          if (!(nape_zone_get_views (zone) & views[v].view))
            continue;

          for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
            {
              g_autofree char *drawn = NULL;

              if (!(nape_zone_get_sides (zone) & all_sides[s] & views[v].visible_sides))
                continue;

              drawn = nape_anatomy_drawing_format_id (NAPE_DRAWN_ZONE, nape_zone_get_id (zone),
                                                      all_sides[s]);
              if (!nape_anatomy_drawing_has_element (drawing, drawn))
                g_error ("%s does not draw %s", views[v].file, drawn);
            }
        }

      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(NapeArea) area = g_list_model_get_item (areas, i);

          if (!(nape_area_get_views (area) & views[v].view))
            continue;

          for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
            {
              g_autofree char *drawn = NULL;

              if (!(nape_area_get_sides (area) & all_sides[s] & views[v].visible_sides))
                continue;

              drawn = nape_anatomy_drawing_format_id (NAPE_DRAWN_AREA, nape_area_get_id (area),
                                                      all_sides[s]);
              if (!nape_anatomy_drawing_has_element (drawing, drawn))
                g_error ("%s does not draw %s", views[v].file, drawn);
            }
        }
    }
}

static void
test_drawings_name_atlas_entries (void)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (views[v].file);
      const char * const *ids = nape_anatomy_drawing_get_ids (drawing);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_cmpuint (g_strv_length ((char **) ids), >, 0);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_autofree char *id = NULL;
          NapeDrawnKind kind;
          NapeSide side = 0;
          NapeView entry_views = 0;
          NapeSide entry_sides = 0;

          if (!g_hash_table_add (seen, (gpointer) ids[i]))
            g_error ("%s draws %s twice", views[v].file, ids[i]);

          if (!nape_anatomy_drawing_parse_id (ids[i], &kind, &id, &side))
            g_error ("%s: %s is not KIND-ID-SIDE", views[v].file, ids[i]);

          if (kind == NAPE_DRAWN_AVOID)
            {
              if (!g_strv_contains (avoid_ids, ids[i]))
                g_error ("%s: unknown place to avoid %s", views[v].file, ids[i]);
              continue;
            }

          if (kind == NAPE_DRAWN_ZONE && nape_atlas_get_zone (atlas, id) != NULL)
            {
              entry_views = nape_zone_get_views (nape_atlas_get_zone (atlas, id));
              entry_sides = nape_zone_get_sides (nape_atlas_get_zone (atlas, id));
            }
          else if (kind == NAPE_DRAWN_AREA && nape_atlas_get_area (atlas, id) != NULL)
            {
              entry_views = nape_area_get_views (nape_atlas_get_area (atlas, id));
              entry_sides = nape_area_get_sides (nape_atlas_get_area (atlas, id));
            }
          else
            g_error ("%s draws %s, which the atlas does not have", views[v].file, ids[i]);

          if (!(entry_views & views[v].view))
            g_error ("%s draws %s, but the atlas does not list this view for it",
                     views[v].file, ids[i]);
          if (!(entry_sides & side & views[v].visible_sides))
            g_error ("%s draws %s, a side the atlas or the view does not have",
                     views[v].file, ids[i]);
        }
    }
}

static void
test_places_to_avoid_are_marked (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (avoid_ids); i++)
    {
      gboolean found = FALSE;

      for (guint v = 0; v < G_N_ELEMENTS (views) && !found; v++)
        {
          g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (views[v].file);

          found = nape_anatomy_drawing_has_element (drawing, avoid_ids[i]);
        }

      if (!found)
        g_error ("no view marks %s", avoid_ids[i]);
    }
}

/* Renders one element alone and counts the pixels it covers. */
static guint
count_covered_pixels (NapeAnatomyDrawing *drawing,
                      const char         *id,
                      int                 size)
{
  g_autofree char *fragment = g_strconcat ("#", id, NULL);
  RsvgRectangle viewport = { 0, 0, size, size };
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int stride;
  guint covered = 0;

  rsvg_handle_render_layer (nape_anatomy_drawing_get_handle (drawing), cr, fragment, &viewport,
                            &error);
  g_assert_no_error (error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++)
      covered += data[y * stride + x] > 64;

  cairo_surface_destroy (surface);

  return covered;
}

static void
test_every_zone_and_area_is_filled (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(NapeAnatomyDrawing) drawing = load_drawing (views[v].file);
      const char * const *ids = nape_anatomy_drawing_get_ids (drawing);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          /* At 600 px, a zone or area smaller than about 20 px square could not be clicked;
           * a place to avoid is only marked, but must still be seen. */
          guint needed = g_str_has_prefix (ids[i], "avoid-") ? 100 : 400;
          guint covered = count_covered_pixels (drawing, ids[i], 600);

          if (covered < needed)
            g_error ("%s: %s covers only %u pixels at 600 px", views[v].file, ids[i], covered);
        }
    }
}

static void
test_parse_id (void)
{
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  NapeDrawnKind kind;
  NapeSide side;

  g_assert_true (nape_anatomy_drawing_parse_id ("zone-upper-trapezius-left", &kind, &id, &side));
  g_assert_cmpint (kind, ==, NAPE_DRAWN_ZONE);
  g_assert_cmpstr (id, ==, "upper-trapezius");
  g_assert_cmpint (side, ==, NAPE_SIDE_LEFT);

  g_assert_true (nape_anatomy_drawing_parse_id ("avoid-cervical-spine", &kind, &name, &side));
  g_assert_cmpint (kind, ==, NAPE_DRAWN_AVOID);
  g_assert_cmpstr (name, ==, "cervical-spine");
  g_assert_cmpint (side, ==, 0);

  g_assert_false (nape_anatomy_drawing_parse_id ("zone-scalp", &kind, NULL, NULL));
  g_assert_false (nape_anatomy_drawing_parse_id ("zone-scalp-middle", &kind, NULL, NULL));
  g_assert_false (nape_anatomy_drawing_parse_id ("muscle-scalp-center", &kind, NULL, NULL));
  g_assert_false (nape_anatomy_drawing_parse_id ("area-", &kind, NULL, NULL));
}

static void
test_broken_drawing_names_file (void)
{
  g_autoptr(GBytes) svg = g_bytes_new_static ("<svg xmlns=\"http://www.w3.org/2000/svg\"><g>",
                                              44);
  g_autoptr(GError) error = NULL;
  g_autoptr(NapeAnatomyDrawing) drawing = NULL;

  drawing = nape_anatomy_drawing_new_from_bytes (svg, "broken.svg", &error);
  g_assert_null (drawing);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "broken.svg: "));
}

static void
test_views_are_loaded_once (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(GError) error = NULL;
      NapeAnatomyDrawing *drawing = nape_anatomy_drawing_get_for_view (views[v].view, &error);
      NapeAnatomyDrawing *again;

      g_assert_no_error (error);
      g_assert_true (NAPE_IS_ANATOMY_DRAWING (drawing));
      g_assert_cmpuint (g_strv_length ((char **) nape_anatomy_drawing_get_ids (drawing)), >, 0);

      again = nape_anatomy_drawing_get_for_view (views[v].view, &error);
      g_assert_no_error (error);
      g_assert_true (again == drawing);

      for (guint w = 0; w < v; w++)
        g_assert_true (nape_anatomy_drawing_get_for_view (views[w].view, NULL) != drawing);
    }
}

static void
test_views_are_described (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char *description = nape_anatomy_drawing_describe_view (views[v].view);

      g_assert_nonnull (description);
      g_assert_cmpstr (description, !=, "");
      for (guint w = 0; w < v; w++)
        g_assert_cmpstr (nape_anatomy_drawing_describe_view (views[w].view), !=, description);
    }

  g_assert_cmpstr (nape_anatomy_drawing_describe_view (NAPE_VIEW_BACK), ==,
                   "The head and neck from behind");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/drawings/atlas-is-drawn", test_atlas_is_drawn);
  g_test_add_func ("/render/drawings/name-atlas-entries", test_drawings_name_atlas_entries);
  g_test_add_func ("/render/drawings/places-to-avoid", test_places_to_avoid_are_marked);
  g_test_add_func ("/render/drawings/filled-shapes", test_every_zone_and_area_is_filled);
  g_test_add_func ("/render/drawings/parse-id", test_parse_id);
  g_test_add_func ("/render/drawings/broken-file", test_broken_drawing_names_file);
  g_test_add_func ("/render/drawings/views/loaded-once", test_views_are_loaded_once);
  g_test_add_func ("/render/drawings/views/described", test_views_are_described);

  return g_test_run ();
}
