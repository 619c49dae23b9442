/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-intake-row.c: a medicine taken, in the headache editor, with a button that asks
 * for it to be removed. */

#define G_LOG_DOMAIN "nape-intake-row"

#include "config.h"

#include "nape-intake-row.h"

struct _NapeIntakeRow
{
  AdwActionRow  parent_instance;

  NapeIntake   *intake;
};

G_DEFINE_FINAL_TYPE (NapeIntakeRow, nape_intake_row, ADW_TYPE_ACTION_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The handler may take the row out of its list: hold it until the signal is done. */
static void
remove_clicked_cb (NapeIntakeRow *self)
{
  g_autoptr(NapeIntakeRow) hold = g_object_ref (self);

  g_signal_emit (hold, signals[REMOVE], 0);
}

static void
nape_intake_row_dispose (GObject *object)
{
  NapeIntakeRow *self = NAPE_INTAKE_ROW (object);

  g_clear_object (&self->intake);

  G_OBJECT_CLASS (nape_intake_row_parent_class)->dispose (object);
}

static void
nape_intake_row_class_init (NapeIntakeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_intake_row_dispose;

  /**
   * NapeIntakeRow::remove:
   *
   * Emitted when the user asks for the medicine to be taken off the headache.
   */
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-intake-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
nape_intake_row_init (NapeIntakeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_intake_row_new:
 * @intake: the medicine taken
 * @title: what the row says, e.g. "Ibuprofen 400 mg"
 *
 * Returns: (transfer full): a new row for @intake
 */
GtkWidget *
nape_intake_row_new (NapeIntake *intake,
                     const char *title)
{
  NapeIntakeRow *self;

  g_return_val_if_fail (NAPE_IS_INTAKE (intake), NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (NAPE_TYPE_INTAKE_ROW, "title", title, NULL);
  self->intake = g_object_ref (intake);

  return GTK_WIDGET (self);
}

/**
 * nape_intake_row_get_intake:
 * @self: a #NapeIntakeRow
 *
 * Returns: (transfer none): the medicine taken that the row shows
 */
NapeIntake *
nape_intake_row_get_intake (NapeIntakeRow *self)
{
  g_return_val_if_fail (NAPE_IS_INTAKE_ROW (self), NULL);

  return self->intake;
}
