/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-area-row.c: a place where it hurts, found by a search; it opens "where does it
 * hurt?" with that place chosen. */

#define G_LOG_DOMAIN "nape-area-row"

#include "config.h"

#include "nape-area-row.h"

struct _NapeAreaRow
{
  AdwActionRow  parent_instance;

  char         *area_id;
};

G_DEFINE_FINAL_TYPE (NapeAreaRow, nape_area_row, ADW_TYPE_ACTION_ROW)

static void
nape_area_row_finalize (GObject *object)
{
  NapeAreaRow *self = NAPE_AREA_ROW (object);

  g_free (self->area_id);

  G_OBJECT_CLASS (nape_area_row_parent_class)->finalize (object);
}

static void
nape_area_row_class_init (NapeAreaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nape_area_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-area-row.ui");
}

static void
nape_area_row_init (NapeAreaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_area_row_new:
 * @area: the place where it hurts
 *
 * Returns: (transfer full): a new activatable row for @area
 */
GtkWidget *
nape_area_row_new (NapeArea *area)
{
  NapeAreaRow *self;

  g_return_val_if_fail (NAPE_IS_AREA (area), NULL);

  self = g_object_new (NAPE_TYPE_AREA_ROW, "title", nape_area_get_name (area), NULL);
  self->area_id = g_strdup (nape_area_get_id (area));

  return GTK_WIDGET (self);
}

/**
 * nape_area_row_get_area_id:
 * @self: a #NapeAreaRow
 *
 * Returns: the id of the place the row chooses
 */
const char *
nape_area_row_get_area_id (NapeAreaRow *self)
{
  g_return_val_if_fail (NAPE_IS_AREA_ROW (self), NULL);

  return self->area_id;
}
