/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-progress-ring.c: a ring that fills clockwise from the top as a phase of a routine
 * runs. Its colour is the CSS colour of the node (the accent, set in style.css), the
 * track a faint version of it, so it follows the accent and dark mode. */

#define G_LOG_DOMAIN "nape-progress-ring"

#include "config.h"

#include <math.h>

#include "nape-progress-ring.h"

#define RING_WIDTH 10.0

struct _NapeProgressRing
{
  GtkWidget  parent_instance;

  double     fraction;
};

G_DEFINE_FINAL_TYPE (NapeProgressRing, nape_progress_ring, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
nape_progress_ring_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  NapeProgressRing *self = NAPE_PROGRESS_RING (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double radius = MIN (width, height) / 2.0 - RING_WIDTH / 2.0;
  GdkRGBA color;
  cairo_t *cr;

  if (radius <= 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, RING_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha * 0.18);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_stroke (cr);

  if (self->fraction > 0)
    {
      gdk_cairo_set_source_rgba (cr, &color);
      cairo_arc (cr, width / 2.0, height / 2.0, radius,
                 -G_PI / 2, -G_PI / 2 + 2 * G_PI * self->fraction);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
nape_progress_ring_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  NapeProgressRing *self = NAPE_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_progress_ring_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  NapeProgressRing *self = NAPE_PROGRESS_RING (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      nape_progress_ring_set_fraction (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_progress_ring_class_init (NapeProgressRingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = nape_progress_ring_get_property;
  object_class->set_property = nape_progress_ring_set_property;

  widget_class->snapshot = nape_progress_ring_snapshot;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "nape-progress-ring");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PROGRESS_BAR);
}

static void
nape_progress_ring_init (NapeProgressRing *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 1.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}

GtkWidget *
nape_progress_ring_new (void)
{
  return g_object_new (NAPE_TYPE_PROGRESS_RING, NULL);
}

double
nape_progress_ring_get_fraction (NapeProgressRing *self)
{
  g_return_val_if_fail (NAPE_IS_PROGRESS_RING (self), 0.0);

  return self->fraction;
}

/* @fraction: how much of the phase has passed, 0 to 1 (clamped) */
void
nape_progress_ring_set_fraction (NapeProgressRing *self,
                                 double            fraction)
{
  g_return_if_fail (NAPE_IS_PROGRESS_RING (self));

  fraction = CLAMP (fraction, 0.0, 1.0);
  if (fabs (self->fraction - fraction) < 1e-4)
    return;

  self->fraction = fraction;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, fraction, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}
