/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-anatomy-renderer.c: draws one anatomy view at a size, picks the zone or area under
 * a point from a label map, and tints elements for highlights — all cached per size. */

#define G_LOG_DOMAIN "nape-anatomy-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-anatomy-renderer.h"

/* How strongly the zones are muted under the pain areas. */
#define PAIN_MODE_ZONE_OPACITY 0.4

/* Masks are first located at 1/ROUGH_FACTOR of the device resolution. */
#define ROUGH_FACTOR 4

/* A pixel belongs to an element in the label map when at least half of it is covered. */
#define LABEL_THRESHOLD 128

typedef enum
{
  ELEMENT_ZONE,
  ELEMENT_AREA,
  ELEMENT_AVOID,
} ElementKind;

typedef struct
{
  char        *id;
  ElementKind  kind;

  /* Per size: the element's coverage (0–255, normalised so that its own opacity does not
   * matter) over its tight pixel bounding box at device resolution. mask == NULL with
   * masks_valid set means the element draws nothing at this size. */
  guint8      *mask;
  int          mask_x;
  int          mask_y;
  int          mask_width;
  int          mask_height;

  /* Per size and mode: the point returned by get_element_point(), in device pixels. */
  gboolean     point_valid[2];
  int          point_x[2];
  int          point_y[2];
} Element;

typedef struct
{
  cairo_surface_t *surface;
  double           x;
  double           y;
} Overlay;

struct _NapeAnatomyRenderer
{
  GObject              parent_instance;

  NapeAnatomyDrawing  *drawing;
  NapeAnatomyMode      mode;

  int                  width;
  int                  height;
  int                  scale;
  int                  device_width;
  int                  device_height;

  Element             *elements;
  guint                n_elements;
  GHashTable          *element_by_id;
  GStrv                pickable_ids[2];

  gboolean             masks_valid;
  cairo_surface_t     *base[2];
  guint16             *labels;
  NapeAnatomyMode      labels_mode;
  GHashTable          *overlays;
};

G_DEFINE_ENUM_TYPE (NapeAnatomyMode, nape_anatomy_mode,
                    G_DEFINE_ENUM_VALUE (NAPE_ANATOMY_MODE_MUSCLES, "muscles"),
                    G_DEFINE_ENUM_VALUE (NAPE_ANATOMY_MODE_PAIN, "pain"))

G_DEFINE_FINAL_TYPE (NapeAnatomyRenderer, nape_anatomy_renderer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DRAWING,
  PROP_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
overlay_free (gpointer data)
{
  Overlay *overlay = data;

  cairo_surface_destroy (overlay->surface);
  g_free (overlay);
}

static gboolean
element_in_label_map (const Element   *element,
                      NapeAnatomyMode  mode)
{
  /* The layers each mode draws, bottom first: muscles draws zones then avoid; pain
   * draws (muted, unpickable) zones, then avoid, then areas. */
  switch (element->kind)
    {
    case ELEMENT_ZONE:
      return mode == NAPE_ANATOMY_MODE_MUSCLES;
    case ELEMENT_AREA:
      return mode == NAPE_ANATOMY_MODE_PAIN;
    case ELEMENT_AVOID:
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
element_is_pickable (const Element   *element,
                     NapeAnatomyMode  mode)
{
  return element->kind != ELEMENT_AVOID && element_in_label_map (element, mode);
}

static void
element_clear_size_cache (Element *element)
{
  g_clear_pointer (&element->mask, g_free);
  element->mask_x = element->mask_y = 0;
  element->mask_width = element->mask_height = 0;
  element->point_valid[0] = element->point_valid[1] = FALSE;
}

static void
clear_size_caches (NapeAnatomyRenderer *self)
{
  for (guint i = 0; i < self->n_elements; i++)
    element_clear_size_cache (&self->elements[i]);

  self->masks_valid = FALSE;
  g_clear_pointer (&self->base[NAPE_ANATOMY_MODE_MUSCLES], cairo_surface_destroy);
  g_clear_pointer (&self->base[NAPE_ANATOMY_MODE_PAIN], cairo_surface_destroy);
  g_clear_pointer (&self->labels, g_free);
  g_hash_table_remove_all (self->overlays);
}

static Element *
lookup_element (NapeAnatomyRenderer *self,
                const char          *id)
{
  /* Not an error: an atlas zone or area is not drawn in every view. */
  return g_hash_table_lookup (self->element_by_id, id);
}

static void
render_layer (RsvgHandle          *handle,
              cairo_t             *cr,
              const char          *fragment,
              const RsvgRectangle *viewport)
{
  g_autoptr(GError) error = NULL;

  if (!rsvg_handle_render_layer (handle, cr, fragment, viewport, &error))
    g_warning ("Could not render %s: %s", fragment, error->message);
}

/* Renders one element alone, with its document transform, into an A8 surface covering
 * the device pixels [x0, x1) × [y0, y1). */
static cairo_surface_t *
render_element_alpha (NapeAnatomyRenderer *self,
                      const char          *fragment,
                      int                  x0,
                      int                  y0,
                      int                  x1,
                      int                  y1)
{
  RsvgHandle *handle = nape_anatomy_drawing_get_handle (self->drawing);
  RsvgRectangle viewport = { 0, 0, self->device_width, self->device_height };
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, x1 - x0, y1 - y0);
  cr = cairo_create (surface);
  cairo_translate (cr, -x0, -y0);
  render_layer (handle, cr, fragment, &viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static gboolean
alpha_touches_cut_edge (cairo_surface_t *surface,
                        gboolean         cut_left,
                        gboolean         cut_top,
                        gboolean         cut_right,
                        gboolean         cut_bottom)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    {
      const guint8 *row = data + (gsize) y * stride;

      if ((cut_left && row[0] != 0) || (cut_right && row[width - 1] != 0))
        return TRUE;
      if ((y == 0 && cut_top) || (y == height - 1 && cut_bottom))
        {
          for (int x = 0; x < width; x++)
            if (row[x] != 0)
              return TRUE;
        }
    }

  return FALSE;
}

/* The element's own opacity (areas are semi-transparent, the avoid hatch is striped)
 * should not weaken its shape: divide the coverage by the most common alpha inside it,
 * which is the alpha of a fully covered pixel of its main fill. */
static guint
typical_alpha (const guint8 *data,
               int           stride,
               int           width,
               int           height)
{
  guint histogram[256] = { 0 };
  guint best = 255;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      histogram[data[(gsize) y * stride + x]]++;

  /* Faint anti-aliasing fringes never stand for the element's fill. */
  for (guint a = 16; a < 256; a++)
    if (histogram[a] > histogram[best])
      best = a;

  return best;
}

/* Where an element draws, roughly: its rendering at a quarter of the resolution, where
 * any touched pixel counts, gives a box that is never too small. (librsvg 2.54's
 * rsvg_handle_get_geometry_for_layer() is unreliable with clip paths.) */
static gboolean
element_find_rough_box (NapeAnatomyRenderer *self,
                        const char          *fragment,
                        int                 *x0,
                        int                 *y0,
                        int                 *x1,
                        int                 *y1)
{
  RsvgHandle *handle = nape_anatomy_drawing_get_handle (self->drawing);
  RsvgRectangle viewport = { 0, 0, self->device_width, self->device_height };
  int width = (self->device_width + ROUGH_FACTOR - 1) / ROUGH_FACTOR;
  int height = (self->device_height + ROUGH_FACTOR - 1) / ROUGH_FACTOR;
  int left = width, top = height, right = -1, bottom = -1;
  cairo_surface_t *surface;
  const guint8 *data;
  cairo_t *cr;
  int stride;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, 1.0 / ROUGH_FACTOR, 1.0 / ROUGH_FACTOR);
  render_layer (handle, cr, fragment, &viewport);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (data[(gsize) y * stride + x] != 0)
        {
          left = MIN (left, x);
          right = MAX (right, x);
          top = MIN (top, y);
          bottom = MAX (bottom, y);
        }
  cairo_surface_destroy (surface);

  if (right < 0)
    return FALSE;

  *x0 = MAX (0, (left - 1) * ROUGH_FACTOR);
  *y0 = MAX (0, (top - 1) * ROUGH_FACTOR);
  *x1 = MIN (self->device_width, (right + 2) * ROUGH_FACTOR);
  *y1 = MIN (self->device_height, (bottom + 2) * ROUGH_FACTOR);

  return *x1 > *x0 && *y1 > *y0;
}

static void
element_render_mask (NapeAnatomyRenderer *self,
                     Element             *element)
{
  g_autofree char *fragment = g_strconcat ("#", element->id, NULL);
  cairo_surface_t *surface;
  const guint8 *data;
  int x0, y0, x1, y1, stride, width, height;
  int left, top, right, bottom;
  guint norm;

  element_clear_size_cache (element);

  if (!element_find_rough_box (self, fragment, &x0, &y0, &x1, &y1))
    return;

  surface = render_element_alpha (self, fragment, x0, y0, x1, y1);

  /* The rough box has a margin; should the shape still reach a cut edge, render the
   * whole canvas instead. */
  if (alpha_touches_cut_edge (surface, x0 > 0, y0 > 0,
                              x1 < self->device_width, y1 < self->device_height))
    {
      cairo_surface_destroy (surface);
      x0 = y0 = 0;
      x1 = self->device_width;
      y1 = self->device_height;
      surface = render_element_alpha (self, fragment, x0, y0, x1, y1);
    }

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  width = x1 - x0;
  height = y1 - y0;

  left = width;
  top = height;
  right = -1;
  bottom = -1;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (data[(gsize) y * stride + x] != 0)
        {
          left = MIN (left, x);
          right = MAX (right, x);
          top = MIN (top, y);
          bottom = MAX (bottom, y);
        }

  if (right >= 0)
    {
      norm = typical_alpha (data, stride, width, height);

      element->mask_x = x0 + left;
      element->mask_y = y0 + top;
      element->mask_width = right - left + 1;
      element->mask_height = bottom - top + 1;
      element->mask = g_malloc ((gsize) element->mask_width * element->mask_height);

      for (int y = 0; y < element->mask_height; y++)
        {
          const guint8 *src = data + (gsize) (y + top) * stride + left;
          guint8 *dst = element->mask + (gsize) y * element->mask_width;

          for (int x = 0; x < element->mask_width; x++)
            dst[x] = MIN (255u, (src[x] * 255u + norm / 2) / norm);
        }
    }

  cairo_surface_destroy (surface);
}

static gboolean
ensure_masks (NapeAnatomyRenderer *self)
{
  if (self->device_width == 0 || self->device_height == 0)
    return FALSE;

  if (!self->masks_valid)
    {
      for (guint i = 0; i < self->n_elements; i++)
        element_render_mask (self, &self->elements[i]);
      self->masks_valid = TRUE;
    }

  return TRUE;
}

static gboolean
ensure_labels (NapeAnatomyRenderer *self)
{
  gsize n_pixels;

  if (self->labels != NULL && self->labels_mode == self->mode)
    return TRUE;

  if (!ensure_masks (self))
    return FALSE;

  n_pixels = (gsize) self->device_width * self->device_height;
  if (self->labels == NULL)
    self->labels = g_new0 (guint16, n_pixels);
  else
    memset (self->labels, 0, n_pixels * sizeof (guint16));

  /* Document order: later elements overwrite earlier ones, as they are drawn on top. */
  for (guint i = 0; i < self->n_elements; i++)
    {
      const Element *element = &self->elements[i];
      guint16 label = i + 1;

      if (element->mask == NULL || !element_in_label_map (element, self->mode))
        continue;

      for (int y = 0; y < element->mask_height; y++)
        {
          const guint8 *src = element->mask + (gsize) y * element->mask_width;
          guint16 *dst = self->labels
                         + (gsize) (element->mask_y + y) * self->device_width + element->mask_x;

          for (int x = 0; x < element->mask_width; x++)
            if (src[x] >= LABEL_THRESHOLD)
              dst[x] = label;
        }
    }

  self->labels_mode = self->mode;

  return TRUE;
}

static const Element *
element_at (NapeAnatomyRenderer *self,
            double               x,
            double               y)
{
  double dx = x * self->scale;
  double dy = y * self->scale;
  guint16 label;

  if (!ensure_labels (self))
    return NULL;

  /* Written so that NaN falls outside too. */
  if (!(dx >= 0 && dy >= 0 && dx < self->device_width && dy < self->device_height))
    return NULL;

  label = self->labels[(gsize) dy * self->device_width + (gsize) dx];
  if (label == 0)
    return NULL;

  return &self->elements[label - 1];
}

/* The pixel of a region farthest from its edge, by a 3-4 chamfer distance transform. */
static void
element_find_point (NapeAnatomyRenderer *self,
                    Element             *element,
                    NapeAnatomyMode      mode)
{
  int width = element->mask_width;
  int height = element->mask_height;
  int padded_width = width + 2;
  guint label = (guint) (element - self->elements) + 1;
  gboolean visible_only = element_in_label_map (element, mode);
  g_autofree guint *distance = NULL;
  guint best = 0;
  int best_x = 0;
  int best_y = 0;

  g_assert (element->mask != NULL);
  g_assert (!visible_only || self->labels != NULL);

  distance = g_new0 (guint, (gsize) padded_width * (height + 2));

  /* Try the visible part, then the whole half-covered shape, then any coverage. */
  for (guint attempt = visible_only ? 0 : 1; attempt < 3 && best == 0; attempt++)
    {
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint8 coverage = element->mask[(gsize) y * width + x];
            gboolean inside;

            if (attempt == 0)
              inside = self->labels[(gsize) (element->mask_y + y) * self->device_width
                                    + element->mask_x + x] == label;
            else if (attempt == 1)
              inside = coverage >= LABEL_THRESHOLD;
            else
              inside = coverage > 0;

            distance[(gsize) (y + 1) * padded_width + x + 1] = inside ? G_MAXUINT / 2 : 0;
          }

      for (int y = 1; y <= height; y++)
        for (int x = 1; x <= width; x++)
          {
            guint *d = &distance[(gsize) y * padded_width + x];

            if (*d == 0)
              continue;
            *d = MIN (*d, d[-1] + 3);
            *d = MIN (*d, d[-padded_width] + 3);
            *d = MIN (*d, d[-padded_width - 1] + 4);
            *d = MIN (*d, d[-padded_width + 1] + 4);
          }

      for (int y = height; y >= 1; y--)
        for (int x = width; x >= 1; x--)
          {
            guint *d = &distance[(gsize) y * padded_width + x];

            if (*d == 0)
              continue;
            *d = MIN (*d, d[1] + 3);
            *d = MIN (*d, d[padded_width] + 3);
            *d = MIN (*d, d[padded_width + 1] + 4);
            *d = MIN (*d, d[padded_width - 1] + 4);
            if (*d > best)
              {
                best = *d;
                best_x = x - 1;
                best_y = y - 1;
              }
          }
    }

  element->point_valid[mode] = TRUE;
  element->point_x[mode] = element->mask_x + best_x;
  element->point_y[mode] = element->mask_y + best_y;
}

static cairo_surface_t *
create_overlay_surface (NapeAnatomyRenderer *self,
                        const Element       *element,
                        guint8               red,
                        guint8               green,
                        guint8               blue,
                        guint8               alpha)
{
  cairo_surface_t *surface;
  guint8 *data;
  int stride;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        element->mask_width, element->mask_height);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < element->mask_height; y++)
    {
      const guint8 *src = element->mask + (gsize) y * element->mask_width;
      guint32 *dst = (guint32 *) (gpointer) (data + (gsize) y * stride);

      for (int x = 0; x < element->mask_width; x++)
        {
          guint a = (src[x] * alpha + 127) / 255;

          /* Premultiplied, native-endian ARGB as cairo wants it. */
          dst[x] = (a << 24)
                   | (((red * a + 127) / 255) << 16)
                   | (((green * a + 127) / 255) << 8)
                   | ((blue * a + 127) / 255);
        }
    }

  cairo_surface_mark_dirty (surface);
  cairo_surface_set_device_scale (surface, self->scale, self->scale);

  return surface;
}

static guint8
quantise_channel (double value)
{
  return (guint8) lround (CLAMP (value, 0.0, 1.0) * 255.0);
}

static void
nape_anatomy_renderer_constructed (GObject *object)
{
  NapeAnatomyRenderer *self = NAPE_ANATOMY_RENDERER (object);
  const char * const *ids;
  g_autoptr(GStrvBuilder) zones = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) areas = g_strv_builder_new ();

  G_OBJECT_CLASS (nape_anatomy_renderer_parent_class)->constructed (object);

  g_assert (self->drawing != NULL);

  ids = nape_anatomy_drawing_get_ids (self->drawing);
  self->n_elements = g_strv_length ((GStrv) ids);
  g_assert (self->n_elements < G_MAXUINT16);
  self->elements = g_new0 (Element, self->n_elements);

  for (guint i = 0; i < self->n_elements; i++)
    {
      Element *element = &self->elements[i];

      element->id = g_strdup (ids[i]);
      if (g_str_has_prefix (ids[i], "zone-"))
        {
          element->kind = ELEMENT_ZONE;
          g_strv_builder_add (zones, ids[i]);
        }
      else if (g_str_has_prefix (ids[i], "area-"))
        {
          element->kind = ELEMENT_AREA;
          g_strv_builder_add (areas, ids[i]);
        }
      else
        {
          element->kind = ELEMENT_AVOID;
        }

      /* A duplicate id draws the first element with it, as librsvg does. */
      if (!g_hash_table_contains (self->element_by_id, element->id))
        g_hash_table_insert (self->element_by_id, element->id, element);
    }

  self->pickable_ids[NAPE_ANATOMY_MODE_MUSCLES] = g_strv_builder_end (zones);
  self->pickable_ids[NAPE_ANATOMY_MODE_PAIN] = g_strv_builder_end (areas);
}

static void
nape_anatomy_renderer_dispose (GObject *object)
{
  NapeAnatomyRenderer *self = NAPE_ANATOMY_RENDERER (object);

  g_clear_object (&self->drawing);

  G_OBJECT_CLASS (nape_anatomy_renderer_parent_class)->dispose (object);
}

static void
nape_anatomy_renderer_finalize (GObject *object)
{
  NapeAnatomyRenderer *self = NAPE_ANATOMY_RENDERER (object);

  clear_size_caches (self);
  for (guint i = 0; i < self->n_elements; i++)
    g_free (self->elements[i].id);
  g_clear_pointer (&self->elements, g_free);
  g_clear_pointer (&self->element_by_id, g_hash_table_unref);
  g_clear_pointer (&self->pickable_ids[NAPE_ANATOMY_MODE_MUSCLES], g_strfreev);
  g_clear_pointer (&self->pickable_ids[NAPE_ANATOMY_MODE_PAIN], g_strfreev);
  g_clear_pointer (&self->overlays, g_hash_table_unref);

  G_OBJECT_CLASS (nape_anatomy_renderer_parent_class)->finalize (object);
}

static void
nape_anatomy_renderer_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  NapeAnatomyRenderer *self = NAPE_ANATOMY_RENDERER (object);

  switch (prop_id)
    {
    case PROP_DRAWING:
      g_value_set_object (value, self->drawing);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_anatomy_renderer_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  NapeAnatomyRenderer *self = NAPE_ANATOMY_RENDERER (object);

  switch (prop_id)
    {
    case PROP_DRAWING:
      self->drawing = g_value_dup_object (value);
      break;

    case PROP_MODE:
      nape_anatomy_renderer_set_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_anatomy_renderer_class_init (NapeAnatomyRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = nape_anatomy_renderer_constructed;
  object_class->dispose = nape_anatomy_renderer_dispose;
  object_class->finalize = nape_anatomy_renderer_finalize;
  object_class->get_property = nape_anatomy_renderer_get_property;
  object_class->set_property = nape_anatomy_renderer_set_property;

  properties[PROP_DRAWING] =
    g_param_spec_object ("drawing", NULL, NULL,
                         NAPE_TYPE_ANATOMY_DRAWING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       NAPE_TYPE_ANATOMY_MODE,
                       NAPE_ANATOMY_MODE_MUSCLES,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_anatomy_renderer_init (NapeAnatomyRenderer *self)
{
  self->mode = NAPE_ANATOMY_MODE_MUSCLES;
  self->scale = 1;
  self->element_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->overlays = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, overlay_free);
}

NapeAnatomyRenderer *
nape_anatomy_renderer_new (NapeAnatomyDrawing *drawing)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_DRAWING (drawing), NULL);

  return g_object_new (NAPE_TYPE_ANATOMY_RENDERER,
                       "drawing", drawing,
                       NULL);
}

NapeAnatomyDrawing *
nape_anatomy_renderer_get_drawing (NapeAnatomyRenderer *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);

  return self->drawing;
}

void
nape_anatomy_renderer_set_mode (NapeAnatomyRenderer *self,
                                NapeAnatomyMode      mode)
{
  g_return_if_fail (NAPE_IS_ANATOMY_RENDERER (self));
  g_return_if_fail (mode == NAPE_ANATOMY_MODE_MUSCLES || mode == NAPE_ANATOMY_MODE_PAIN);

  if (self->mode == mode)
    return;

  /* The masks and both bases stay; the label map is rebuilt from the masks lazily. */
  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

NapeAnatomyMode
nape_anatomy_renderer_get_mode (NapeAnatomyRenderer *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NAPE_ANATOMY_MODE_MUSCLES);

  return self->mode;
}

void
nape_anatomy_renderer_set_size (NapeAnatomyRenderer *self,
                                int                  width,
                                int                  height,
                                int                  scale)
{
  g_return_if_fail (NAPE_IS_ANATOMY_RENDERER (self));
  g_return_if_fail (width >= 0 && width <= 16384);
  g_return_if_fail (height >= 0 && height <= 16384);
  g_return_if_fail (scale >= 1 && scale <= 4);

  if (self->width == width && self->height == height && self->scale == scale)
    return;

  clear_size_caches (self);

  self->width = width;
  self->height = height;
  self->scale = scale;
  self->device_width = width * scale;
  self->device_height = height * scale;
  if (self->device_width == 0 || self->device_height == 0)
    self->device_width = self->device_height = 0;
}

void
nape_anatomy_renderer_get_size (NapeAnatomyRenderer *self,
                                int                 *width,
                                int                 *height,
                                int                 *scale)
{
  g_return_if_fail (NAPE_IS_ANATOMY_RENDERER (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
  if (scale != NULL)
    *scale = self->scale;
}

cairo_surface_t *
nape_anatomy_renderer_get_base (NapeAnatomyRenderer *self)
{
  RsvgHandle *handle;
  RsvgRectangle viewport;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);

  if (self->device_width == 0 || self->device_height == 0)
    return NULL;

  if (self->base[self->mode] != NULL)
    return self->base[self->mode];

  /* Drawn in device pixels with the device scale set only afterwards, so librsvg's
   * intermediate surfaces are full resolution too. The layers are drawn one by one
   * rather than through a stylesheet: librsvg 2.54 cannot take a stylesheet back, and
   * the handle belongs to the drawing. */
  handle = nape_anatomy_drawing_get_handle (self->drawing);
  viewport = (RsvgRectangle) { 0, 0, self->device_width, self->device_height };
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        self->device_width, self->device_height);
  cr = cairo_create (surface);

  render_layer (handle, cr, "#base", &viewport);
  if (self->mode == NAPE_ANATOMY_MODE_MUSCLES)
    {
      render_layer (handle, cr, "#zones", &viewport);
      render_layer (handle, cr, "#avoid", &viewport);
    }
  else
    {
      cairo_push_group (cr);
      render_layer (handle, cr, "#zones", &viewport);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, PAIN_MODE_ZONE_OPACITY);
      render_layer (handle, cr, "#avoid", &viewport);
      render_layer (handle, cr, "#areas", &viewport);
    }

  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_set_device_scale (surface, self->scale, self->scale);
  self->base[self->mode] = surface;

  return surface;
}

const char *
nape_anatomy_renderer_pick (NapeAnatomyRenderer *self,
                            double               x,
                            double               y)
{
  const Element *element;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);

  element = element_at (self, x, y);
  if (element == NULL || !element_is_pickable (element, self->mode))
    return NULL;

  return element->id;
}

const char *
nape_anatomy_renderer_pick_avoid (NapeAnatomyRenderer *self,
                                  double               x,
                                  double               y)
{
  const Element *element;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);

  element = element_at (self, x, y);
  if (element == NULL || element->kind != ELEMENT_AVOID)
    return NULL;

  return element->id;
}

cairo_surface_t *
nape_anatomy_renderer_get_overlay (NapeAnatomyRenderer *self,
                                   const char          *id,
                                   double               red,
                                   double               green,
                                   double               blue,
                                   double               alpha,
                                   double              *x,
                                   double              *y)
{
  Element *element;
  Overlay *overlay;
  guint8 r, g, b, a;
  g_autofree char *key = NULL;

  if (x != NULL)
    *x = 0;
  if (y != NULL)
    *y = 0;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  element = lookup_element (self, id);
  if (element == NULL || !ensure_masks (self) || element->mask == NULL)
    return NULL;

  r = quantise_channel (red);
  g = quantise_channel (green);
  b = quantise_channel (blue);
  a = quantise_channel (alpha);
  key = g_strdup_printf ("%s/%02x%02x%02x%02x", id, r, g, b, a);

  overlay = g_hash_table_lookup (self->overlays, key);
  if (overlay == NULL)
    {
      overlay = g_new0 (Overlay, 1);
      overlay->surface = create_overlay_surface (self, element, r, g, b, a);
      overlay->x = (double) element->mask_x / self->scale;
      overlay->y = (double) element->mask_y / self->scale;
      g_hash_table_insert (self->overlays, g_steal_pointer (&key), overlay);
    }

  if (x != NULL)
    *x = overlay->x;
  if (y != NULL)
    *y = overlay->y;

  return overlay->surface;
}

void
nape_anatomy_renderer_draw_overlay (NapeAnatomyRenderer *self,
                                    cairo_t             *cr,
                                    const char          *id,
                                    double               red,
                                    double               green,
                                    double               blue,
                                    double               alpha)
{
  cairo_surface_t *overlay;
  double x, y;

  g_return_if_fail (NAPE_IS_ANATOMY_RENDERER (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (id != NULL);

  overlay = nape_anatomy_renderer_get_overlay (self, id, red, green, blue, alpha, &x, &y);
  if (overlay == NULL)
    return;

  cairo_save (cr);
  cairo_set_source_surface (cr, overlay, x, y);
  cairo_paint (cr);
  cairo_restore (cr);
}

gboolean
nape_anatomy_renderer_get_element_point (NapeAnatomyRenderer *self,
                                         const char          *id,
                                         double              *x,
                                         double              *y)
{
  Element *element;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  element = lookup_element (self, id);
  if (element == NULL || !ensure_labels (self) || element->mask == NULL)
    return FALSE;

  if (!element->point_valid[self->mode])
    element_find_point (self, element, self->mode);

  /* The centre of the device pixel, so that picking it lands on the same pixel. */
  if (x != NULL)
    *x = (element->point_x[self->mode] + 0.5) / self->scale;
  if (y != NULL)
    *y = (element->point_y[self->mode] + 0.5) / self->scale;

  return TRUE;
}

gboolean
nape_anatomy_renderer_get_element_bounds (NapeAnatomyRenderer *self,
                                          const char          *id,
                                          double              *x,
                                          double              *y,
                                          double              *width,
                                          double              *height)
{
  Element *element;

  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  element = lookup_element (self, id);
  if (element == NULL || !ensure_masks (self) || element->mask == NULL)
    return FALSE;

  if (x != NULL)
    *x = (double) element->mask_x / self->scale;
  if (y != NULL)
    *y = (double) element->mask_y / self->scale;
  if (width != NULL)
    *width = (double) element->mask_width / self->scale;
  if (height != NULL)
    *height = (double) element->mask_height / self->scale;

  return TRUE;
}

const char * const *
nape_anatomy_renderer_get_pickable_ids (NapeAnatomyRenderer *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_RENDERER (self), NULL);

  return (const char * const *) self->pickable_ids[self->mode];
}
