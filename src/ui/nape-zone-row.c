/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-zone-row.c: a muscle in a list, with one line under its name, opening its page. */

#include "config.h"

#include "nape-zone-row.h"

struct _NapeZoneRow
{
  GtkListBoxRow  parent_instance;

  char          *zone_id;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *subtitle_label;
};

G_DEFINE_FINAL_TYPE (NapeZoneRow, nape_zone_row, GTK_TYPE_LIST_BOX_ROW)

static void
nape_zone_row_finalize (GObject *object)
{
  NapeZoneRow *self = NAPE_ZONE_ROW (object);

  g_free (self->zone_id);

  G_OBJECT_CLASS (nape_zone_row_parent_class)->finalize (object);
}

static void
nape_zone_row_class_init (NapeZoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = nape_zone_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-zone-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeZoneRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, NapeZoneRow, subtitle_label);
}

static void
nape_zone_row_init (NapeZoneRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_zone_row_new:
 * @zone: the muscle
 * @subtitle: the line under its name
 *
 * Returns: (transfer full): a new activatable row for @zone
 */
GtkWidget *
nape_zone_row_new (NapeZone   *zone,
                   const char *subtitle)
{
  NapeZoneRow *self;

  g_return_val_if_fail (NAPE_IS_ZONE (zone), NULL);
  g_return_val_if_fail (subtitle != NULL, NULL);

  self = g_object_new (NAPE_TYPE_ZONE_ROW, NULL);
  self->zone_id = g_strdup (nape_zone_get_id (zone));
  gtk_label_set_label (self->title_label, nape_zone_get_name (zone));
  gtk_label_set_label (self->subtitle_label, subtitle);
  /* Read as one item: the muscle's name, then the line under it. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, nape_zone_get_name (zone),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * nape_zone_row_get_zone_id:
 * @self: a #NapeZoneRow
 *
 * Returns: the id of the muscle the row opens
 */
const char *
nape_zone_row_get_zone_id (NapeZoneRow *self)
{
  g_return_val_if_fail (NAPE_IS_ZONE_ROW (self), NULL);

  return self->zone_id;
}
