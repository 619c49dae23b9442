/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-technique-row.c: a technique on a muscle's page: its name and what it is for,
 * opening onto how to do it. */

#define G_LOG_DOMAIN "nape-technique-row"

#include "config.h"

#include "nape-technique-row.h"

struct _NapeTechniqueRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkLabel       *how_label;
};

G_DEFINE_FINAL_TYPE (NapeTechniqueRow, nape_technique_row, ADW_TYPE_EXPANDER_ROW)

static void
nape_technique_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAPE_TYPE_TECHNIQUE_ROW);

  G_OBJECT_CLASS (nape_technique_row_parent_class)->dispose (object);
}

static void
nape_technique_row_class_init (NapeTechniqueRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_technique_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-technique-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeTechniqueRow, how_label);
}

static void
nape_technique_row_init (NapeTechniqueRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_technique_row_new:
 * @technique: the technique
 *
 * Returns: (transfer full): a new row for @technique that expands to how to do it
 */
GtkWidget *
nape_technique_row_new (NapeTechnique *technique)
{
  NapeTechniqueRow *self;

  g_return_val_if_fail (NAPE_IS_TECHNIQUE (technique), NULL);

  self = g_object_new (NAPE_TYPE_TECHNIQUE_ROW,
                       "title", nape_technique_get_name (technique),
                       "subtitle", nape_technique_get_summary (technique),
                       NULL);
  gtk_label_set_label (self->how_label, nape_technique_get_how (technique));

  return GTK_WIDGET (self);
}
