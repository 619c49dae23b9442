/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-caution-row.c: a safety reminder before a routine: a warning sign, what to watch
 * for and why, wrapped to as many lines as it takes. */

#define G_LOG_DOMAIN "nape-caution-row"

#include "config.h"

#include "nape-caution-row.h"

struct _NapeCautionRow
{
  AdwActionRow parent_instance;
};

G_DEFINE_FINAL_TYPE (NapeCautionRow, nape_caution_row, ADW_TYPE_ACTION_ROW)

static void
nape_caution_row_class_init (NapeCautionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-caution-row.ui");
}

static void
nape_caution_row_init (NapeCautionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_caution_row_new:
 * @caution: the safety reminder
 *
 * Returns: (transfer full): a new row showing @caution
 */
GtkWidget *
nape_caution_row_new (NapeCaution *caution)
{
  g_return_val_if_fail (NAPE_IS_CAUTION (caution), NULL);

  return g_object_new (NAPE_TYPE_CAUTION_ROW,
                       "title", nape_caution_get_title (caution),
                       "subtitle", nape_caution_get_text (caution),
                       NULL);
}
