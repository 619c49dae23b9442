/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-anatomy-view.c: the interactive drawing of the head and neck. It shows the cached
 * picture of one view and lights zones and areas with overlays cut from their outlines;
 * pointer and keyboard pick the element under them. */

#define G_LOG_DOMAIN "nape-anatomy-view"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-anatomy-view.h"
#include "nape-drawn-focus.h"

typedef struct
{
  char                 *drawn_id;
  NapeAnatomyHighlight  kind;
} Highlight;

struct _NapeAnatomyView
{
  GtkWidget            parent_instance;

  NapeAtlas           *atlas;
  /* One renderer per drawing, so switching views keeps each one's caches. */
  GHashTable          *renderers;
  NapeAnatomyRenderer *renderer;
  NapeAnatomyMode      mode;

  /* GdkTextures made from the renderer's cairo surfaces; cleared whenever the renderer
   * may have replaced them (size, scale, mode or drawing changed). */
  GHashTable          *textures;

  GArray              *highlights;
  char                *selected;
  char                *hover;
  char                *focus_id;
  /* Pickable ids in keyboard order: top to bottom, then left to right. */
  GPtrArray           *focus_order;
};

G_DEFINE_FINAL_TYPE (NapeAnatomyView, nape_anatomy_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  PROP_FOCUS_ID,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Arrow keys walk the zones in reading order; Enter or Space opens the one focused. */
static const struct
{
  guint key;
  int   delta;
} focus_moves[] = {
  { GDK_KEY_Right, 1 }, { GDK_KEY_Down, 1 }, { GDK_KEY_KP_Right, 1 }, { GDK_KEY_KP_Down, 1 },
  { GDK_KEY_Left, -1 }, { GDK_KEY_Up, -1 }, { GDK_KEY_KP_Left, -1 }, { GDK_KEY_KP_Up, -1 },
};

static const guint activate_keys[] = {
  GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space,
};

static void
clear_highlight (gpointer data)
{
  Highlight *highlight = data;

  g_free (highlight->drawn_id);
}

static void
forget_rendered_state (NapeAnatomyView *self)
{
  g_hash_table_remove_all (self->textures);
  g_clear_pointer (&self->focus_order, g_ptr_array_unref);
}

static GdkTexture *
texture_for_surface (NapeAnatomyView *self,
                     cairo_surface_t *surface)
{
  GdkTexture *texture = g_hash_table_lookup (self->textures, surface);
  g_autoptr(GBytes) bytes = NULL;
  int height, stride;

  if (texture != NULL)
    return texture;

  cairo_surface_flush (surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height);
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                    GDK_MEMORY_DEFAULT, bytes, stride);
  g_hash_table_insert (self->textures, surface, texture);

  return texture;
}

/* Draws one of the renderer's surfaces over @bounds. GTK 4.8's cairo renderer converts a
 * texture to a cairo surface through floats on every frame that draws it, a few
 * milliseconds for the whole drawing; painting the surface is one composite. The GL
 * renderer keeps a texture on the GPU from frame to frame, so it gets one. */
static void
append_surface (NapeAnatomyView       *self,
                GtkSnapshot           *snapshot,
                cairo_surface_t       *surface,
                const graphene_rect_t *bounds)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  double device_x, device_y;
  cairo_t *cr;

  if (native == NULL || !GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)))
    {
      gtk_snapshot_append_texture (snapshot, texture_for_surface (self, surface), bounds);
      return;
    }

  /* Cairo already shrinks a source by its device scale. */
  cairo_surface_get_device_scale (surface, &device_x, &device_y);
  cr = gtk_snapshot_append_cairo (snapshot, bounds);
  cairo_translate (cr, bounds->origin.x, bounds->origin.y);
  cairo_scale (cr, bounds->size.width * device_x / cairo_image_surface_get_width (surface),
               bounds->size.height * device_y / cairo_image_surface_get_height (surface));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
}

static void
lookup_color (NapeAnatomyView *self,
              const char      *name,
              GdkRGBA         *color)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, "#3584e4");
}

static void
append_overlay (NapeAnatomyView *self,
                GtkSnapshot     *snapshot,
                const char      *drawn_id,
                const GdkRGBA   *color,
                double           alpha)
{
  cairo_surface_t *overlay;
  double x, y, scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  overlay = nape_anatomy_renderer_get_overlay (self->renderer, drawn_id, color->red,
                                               color->green, color->blue, alpha, &x, &y);
  if (overlay == NULL)
    return;

  append_surface (self, snapshot, overlay,
                  &GRAPHENE_RECT_INIT (x, y,
                                       cairo_image_surface_get_width (overlay) / scale,
                                       cairo_image_surface_get_height (overlay) / scale));
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  NapeAnatomyView *self = user_data;
  const char *id_a = *(const char * const *) a;
  const char *id_b = *(const char * const *) b;
  double row_height = MAX (1.0, gtk_widget_get_height (GTK_WIDGET (self)) / 12.0);
  double ax = 0, ay = 0, bx = 0, by = 0;
  int row_a, row_b;

  nape_anatomy_renderer_get_element_point (self->renderer, id_a, &ax, &ay);
  nape_anatomy_renderer_get_element_point (self->renderer, id_b, &bx, &by);
  row_a = (int) (ay / row_height);
  row_b = (int) (by / row_height);

  if (row_a != row_b)
    return row_a - row_b;

  return (ax > bx) - (ax < bx);
}

static GPtrArray *
get_focus_order (NapeAnatomyView *self)
{
  const char * const *ids;

  if (self->focus_order != NULL)
    return self->focus_order;

  self->focus_order = g_ptr_array_new_with_free_func (g_free);
  if (self->renderer == NULL || gtk_widget_get_width (GTK_WIDGET (self)) == 0)
    return self->focus_order;

  ids = nape_anatomy_renderer_get_pickable_ids (self->renderer);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      double x, y;

      if (nape_anatomy_renderer_get_element_point (self->renderer, ids[i], &x, &y))
        g_ptr_array_add (self->focus_order, g_strdup (ids[i]));
    }
  g_ptr_array_sort_with_data (self->focus_order, compare_reading_order, self);

  return self->focus_order;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static void
update_accessible_label (NapeAnatomyView *self)
{
  g_autofree char *focused = NULL;

  if (self->focus_id != NULL)
    focused = nape_anatomy_view_describe (self, self->focus_id);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  focused != NULL ? focused : "",
                                  -1);
}

static void
set_focus_id (NapeAnatomyView *self,
              const char      *drawn_id)
{
  if (!set_string (&self->focus_id, drawn_id))
    return;

  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_ID]);
}

/* Moves the keyboard focus @delta places along the reading order; FALSE at either end. */
static gboolean
move_focus (NapeAnatomyView *self,
            int              delta)
{
  GPtrArray *order = get_focus_order (self);
  guint index;
  int next;

  if (order->len == 0)
    return FALSE;

  if (self->focus_id == NULL
      || !g_ptr_array_find_with_equal_func (order, self->focus_id, g_str_equal, &index))
    next = delta > 0 ? 0 : (int) order->len - 1;
  else
    next = (int) index + delta;

  if (next < 0 || next >= (int) order->len)
    return FALSE;

  set_focus_id (self, g_ptr_array_index (order, next));

  return TRUE;
}

static void
set_hover (NapeAnatomyView *self,
           const char      *drawn_id)
{
  if (set_string (&self->hover, drawn_id))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           NapeAnatomyView          *self)
{
  if (self->renderer != NULL)
    set_hover (self, nape_anatomy_renderer_pick (self->renderer, x, y));
}

static void
leave_cb (GtkEventControllerMotion *controller,
          NapeAnatomyView          *self)
{
  set_hover (self, NULL);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            NapeAnatomyView *self)
{
  const char *picked;

  if (self->renderer == NULL)
    return;

  picked = nape_anatomy_renderer_pick (self->renderer, x, y);
  if (picked == NULL)
    return;

  set_focus_id (self, picked);
  g_signal_emit (self, signals[ACTIVATED], 0, picked);
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_focus (NAPE_ANATOMY_VIEW (widget), g_variant_get_int32 (parameter));
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (widget);

  if (self->focus_id != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, self->focus_id);
}

static gboolean
query_tooltip_cb (GtkWidget       *widget,
                  int              x,
                  int              y,
                  gboolean         keyboard_mode,
                  GtkTooltip      *tooltip,
                  NapeAnatomyView *self)
{
  const char *drawn_id;
  g_autofree char *text = NULL;

  if (self->renderer == NULL)
    return FALSE;

  drawn_id = keyboard_mode ? self->focus_id : nape_anatomy_renderer_pick (self->renderer, x, y);
  if (drawn_id == NULL)
    return FALSE;

  text = nape_anatomy_view_describe (self, drawn_id);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
scale_factor_changed_cb (NapeAnatomyView *self)
{
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
nape_anatomy_view_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (widget);
  int delta = direction == GTK_DIR_TAB_BACKWARD ? -1 : 1;

  if (!gtk_widget_has_focus (widget))
    {
      /* Entering the drawing starts at the first (or, going back, the last) zone. */
      g_clear_pointer (&self->focus_id, g_free);
      if (!move_focus (self, delta))
        return FALSE;
      gtk_widget_grab_focus (widget);
      return TRUE;
    }

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    return move_focus (self, delta);

  return FALSE;
}

static void
nape_anatomy_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 480 : 576;
}

static void
nape_anatomy_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  int old_width, old_height, old_scale;

  if (self->renderer == NULL)
    return;

  /* Layout passes that keep the size keep every cache. */
  nape_anatomy_renderer_get_size (self->renderer, &old_width, &old_height, &old_scale);
  if (old_width == width && old_height == height && old_scale == scale)
    return;

  nape_anatomy_renderer_set_size (self->renderer, width, height, scale);
  forget_rendered_state (self);
}

static void
nape_anatomy_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA accent, primary, secondary, chosen;

  if (self->renderer == NULL || width <= 0 || height <= 0)
    return;

  lookup_color (self, "accent_bg_color", &accent);
  lookup_color (self, "error_color", &primary);
  lookup_color (self, "warning_color", &secondary);
  lookup_color (self, "destructive_bg_color", &chosen);

  append_surface (self, snapshot, nape_anatomy_renderer_get_base (self->renderer),
                  &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (guint i = 0; i < self->highlights->len; i++)
    {
      const Highlight *highlight = &g_array_index (self->highlights, Highlight, i);

      switch (highlight->kind)
        {
        case NAPE_ANATOMY_HIGHLIGHT_PRIMARY:
          append_overlay (self, snapshot, highlight->drawn_id, &primary, 0.55);
          break;

        case NAPE_ANATOMY_HIGHLIGHT_SECONDARY:
          append_overlay (self, snapshot, highlight->drawn_id, &secondary, 0.45);
          break;

        case NAPE_ANATOMY_HIGHLIGHT_CHOSEN:
          /* Below, on top of the rest. */
          break;

        case NAPE_ANATOMY_HIGHLIGHT_SOURCE:
          append_overlay (self, snapshot, highlight->drawn_id, &accent, 0.6);
          break;

        case NAPE_ANATOMY_HIGHLIGHT_MINOR_SOURCE:
          append_overlay (self, snapshot, highlight->drawn_id, &accent, 0.3);
          break;

        case NAPE_ANATOMY_HIGHLIGHT_STEP:
        default:
          append_overlay (self, snapshot, highlight->drawn_id, &accent, 0.6);
          break;
        }
    }

  /* The places the user chose go on top of everything they led to, whatever the order
   * the highlights came in. */
  for (guint i = 0; i < self->highlights->len; i++)
    {
      const Highlight *highlight = &g_array_index (self->highlights, Highlight, i);

      if (highlight->kind == NAPE_ANATOMY_HIGHLIGHT_CHOSEN)
        append_overlay (self, snapshot, highlight->drawn_id, &chosen, 0.7);
    }

  if (self->selected != NULL)
    append_overlay (self, snapshot, self->selected, &accent, 0.55);
  if (self->hover != NULL && g_strcmp0 (self->hover, self->selected) != 0)
    append_overlay (self, snapshot, self->hover, &accent, 0.3);
  if (self->focus_id != NULL && gtk_widget_has_visible_focus (widget))
    {
      double x, y;

      append_overlay (self, snapshot, self->focus_id, &accent, 0.4);
      if (nape_anatomy_renderer_get_element_point (self->renderer, self->focus_id, &x, &y))
        {
          GskRoundedRect dot;

          gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - 6, y - 6, 12, 12), 6);
          gtk_snapshot_push_rounded_clip (snapshot, &dot);
          gtk_snapshot_append_color (snapshot, &accent, &dot.bounds);
          gtk_snapshot_pop (snapshot);
        }
    }
}

static void
nape_anatomy_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;

    case PROP_FOCUS_ID:
      g_value_set_string (value, self->focus_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_anatomy_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      nape_anatomy_view_set_selected (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_anatomy_view_finalize (GObject *object)
{
  NapeAnatomyView *self = NAPE_ANATOMY_VIEW (object);

  g_clear_object (&self->atlas);
  g_clear_pointer (&self->renderers, g_hash_table_unref);
  g_clear_pointer (&self->textures, g_hash_table_unref);
  g_clear_pointer (&self->highlights, g_array_unref);
  g_clear_pointer (&self->focus_order, g_ptr_array_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->hover, g_free);
  g_clear_pointer (&self->focus_id, g_free);

  G_OBJECT_CLASS (nape_anatomy_view_parent_class)->finalize (object);
}

static void
nape_anatomy_view_class_init (NapeAnatomyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = nape_anatomy_view_get_property;
  object_class->set_property = nape_anatomy_view_set_property;
  object_class->finalize = nape_anatomy_view_finalize;

  widget_class->focus = nape_anatomy_view_focus;
  widget_class->measure = nape_anatomy_view_measure;
  widget_class->size_allocate = nape_anatomy_view_size_allocate;
  widget_class->snapshot = nape_anatomy_view_snapshot;

  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_ID] =
    g_param_spec_string ("focus-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * NapeAnatomyView::activated:
   * @self: the view
   * @drawn_id: the element clicked, or chosen with Enter, e.g. "zone-scalp-center"
   */
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "anatomy.move-focus", "i", move_focus_action);
  gtk_widget_class_install_action (widget_class, "anatomy.activate-focus", NULL,
                                   activate_focus_action);
  for (guint i = 0; i < G_N_ELEMENTS (focus_moves); i++)
    gtk_widget_class_add_binding_action (widget_class, focus_moves[i].key, 0,
                                         "anatomy.move-focus", "i", focus_moves[i].delta);
  for (guint i = 0; i < G_N_ELEMENTS (activate_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, activate_keys[i], 0,
                                         "anatomy.activate-focus", NULL);

  gtk_widget_class_set_css_name (widget_class, "anatomyview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
nape_anatomy_view_init (NapeAnatomyView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->renderers = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->textures = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->highlights = g_array_new (FALSE, FALSE, sizeof (Highlight));
  g_array_set_clear_func (self->highlights, clear_highlight);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  nape_widget_track_drawn_focus (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "pointer");

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);
}

GtkWidget *
nape_anatomy_view_new (void)
{
  return g_object_new (NAPE_TYPE_ANATOMY_VIEW, NULL);
}

/**
 * nape_anatomy_view_set_drawing:
 * @self: a #NapeAnatomyView
 * @atlas: the atlas that names what the drawing shows
 * @drawing: the view to show
 * @description: what the drawing shows, for screen readers, e.g. "The head and neck from
 *   behind"
 *
 * Shows @drawing; hover, focus and selection start afresh.
 */
void
nape_anatomy_view_set_drawing (NapeAnatomyView    *self,
                               NapeAtlas          *atlas,
                               NapeAnatomyDrawing *drawing,
                               const char         *description)
{
  NapeAnatomyRenderer *renderer;

  g_return_if_fail (NAPE_IS_ANATOMY_VIEW (self));
  g_return_if_fail (NAPE_IS_ATLAS (atlas));
  g_return_if_fail (NAPE_IS_ANATOMY_DRAWING (drawing));

  g_set_object (&self->atlas, atlas);

  renderer = g_hash_table_lookup (self->renderers, drawing);
  if (renderer == NULL)
    {
      renderer = nape_anatomy_renderer_new (drawing);
      g_hash_table_insert (self->renderers, g_object_ref (drawing), renderer);
    }
  self->renderer = renderer;
  nape_anatomy_renderer_set_mode (renderer, self->mode);

  set_hover (self, NULL);
  set_focus_id (self, NULL);
  nape_anatomy_view_set_selected (self, NULL);
  forget_rendered_state (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * nape_anatomy_view_get_renderer:
 * @self: a #NapeAnatomyView
 *
 * Returns: (transfer none) (nullable): the renderer of the drawing shown
 */
NapeAnatomyRenderer *
nape_anatomy_view_get_renderer (NapeAnatomyView *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_VIEW (self), NULL);

  return self->renderer;
}

/**
 * nape_anatomy_view_set_mode:
 * @self: a #NapeAnatomyView
 * @mode: muscles (zones are picked) or pain (areas are picked)
 */
void
nape_anatomy_view_set_mode (NapeAnatomyView *self,
                            NapeAnatomyMode  mode)
{
  g_return_if_fail (NAPE_IS_ANATOMY_VIEW (self));

  if (self->mode == mode)
    return;

  self->mode = mode;
  set_hover (self, NULL);
  set_focus_id (self, NULL);
  if (self->renderer != NULL)
    nape_anatomy_renderer_set_mode (self->renderer, mode);
  forget_rendered_state (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
nape_anatomy_view_get_selected (NapeAnatomyView *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_VIEW (self), NULL);

  return self->selected;
}

/**
 * nape_anatomy_view_set_selected:
 * @self: a #NapeAnatomyView
 * @drawn_id: (nullable): the element to mark as selected
 */
void
nape_anatomy_view_set_selected (NapeAnatomyView *self,
                                const char      *drawn_id)
{
  g_return_if_fail (NAPE_IS_ANATOMY_VIEW (self));

  if (!set_string (&self->selected, drawn_id))
    return;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * nape_anatomy_view_get_focus_id:
 * @self: a #NapeAnatomyView
 *
 * Returns: (nullable): the element the keyboard is on
 */
const char *
nape_anatomy_view_get_focus_id (NapeAnatomyView *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_VIEW (self), NULL);

  return self->focus_id;
}

void
nape_anatomy_view_clear_highlights (NapeAnatomyView *self)
{
  g_return_if_fail (NAPE_IS_ANATOMY_VIEW (self));

  g_array_set_size (self->highlights, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * nape_anatomy_view_add_highlight:
 * @self: a #NapeAnatomyView
 * @drawn_id: an element of the drawing; ids the drawing lacks are ignored when drawn
 * @kind: how to light it
 */
void
nape_anatomy_view_add_highlight (NapeAnatomyView      *self,
                                 const char           *drawn_id,
                                 NapeAnatomyHighlight  kind)
{
  Highlight highlight;

  g_return_if_fail (NAPE_IS_ANATOMY_VIEW (self));
  g_return_if_fail (drawn_id != NULL);

  highlight.drawn_id = g_strdup (drawn_id);
  highlight.kind = kind;
  g_array_append_val (self->highlights, highlight);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * nape_anatomy_view_describe:
 * @self: a #NapeAnatomyView
 * @drawn_id: an element of the drawing
 *
 * Returns: (transfer full): the element's name and side, e.g. "Upper trapezius, left"
 */
char *
nape_anatomy_view_describe (NapeAnatomyView *self,
                            const char      *drawn_id)
{
  g_autofree char *atlas_id = NULL;
  const char *name = NULL;
  NapeDrawnKind kind;
  NapeSide side;

  g_return_val_if_fail (NAPE_IS_ANATOMY_VIEW (self), NULL);
  g_return_val_if_fail (drawn_id != NULL, NULL);

  if (self->atlas == NULL || !nape_anatomy_drawing_parse_id (drawn_id, &kind, &atlas_id, &side))
    return g_strdup (drawn_id);

  if (kind == NAPE_DRAWN_ZONE && nape_atlas_get_zone (self->atlas, atlas_id) != NULL)
    name = nape_zone_get_name (nape_atlas_get_zone (self->atlas, atlas_id));
  else if (kind == NAPE_DRAWN_AREA && nape_atlas_get_area (self->atlas, atlas_id) != NULL)
    name = nape_area_get_name (nape_atlas_get_area (self->atlas, atlas_id));
  else if (kind == NAPE_DRAWN_AVOID)
    return g_strdup (_("Do not press here"));

  if (name == NULL)
    return g_strdup (drawn_id);

  switch ((int) side)
    {
    case NAPE_SIDE_LEFT:
      /* Translators: a muscle or pain area and the side of the body, e.g. "Temple, left" */
      return g_strdup_printf (_("%s, left"), name);

    case NAPE_SIDE_RIGHT:
      /* Translators: a muscle or pain area and the side of the body, e.g. "Temple, right" */
      return g_strdup_printf (_("%s, right"), name);

    default:
      return g_strdup (name);
    }
}
