/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine-row.c: a routine in a list, with its name and a line or two under it,
 * opening its page; a stage of the program can also say "You are here". */

#define G_LOG_DOMAIN "nape-routine-row"

#include "config.h"

#include "nape-routine-row.h"

struct _NapeRoutineRow
{
  AdwActionRow  parent_instance;

  char         *routine_id;

  /* Template widgets */
  GtkWidget    *here_badge;
};

G_DEFINE_FINAL_TYPE (NapeRoutineRow, nape_routine_row, ADW_TYPE_ACTION_ROW)

static void
nape_routine_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAPE_TYPE_ROUTINE_ROW);

  G_OBJECT_CLASS (nape_routine_row_parent_class)->dispose (object);
}

static void
nape_routine_row_finalize (GObject *object)
{
  NapeRoutineRow *self = NAPE_ROUTINE_ROW (object);

  g_free (self->routine_id);

  G_OBJECT_CLASS (nape_routine_row_parent_class)->finalize (object);
}

static void
nape_routine_row_class_init (NapeRoutineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_routine_row_dispose;
  object_class->finalize = nape_routine_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-routine-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeRoutineRow, here_badge);
}

static void
nape_routine_row_init (NapeRoutineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * nape_routine_row_new:
 * @routine: the routine
 * @subtitle: what is shown under its name
 *
 * Returns: (transfer full): a new activatable row for @routine
 */
GtkWidget *
nape_routine_row_new (NapeRoutine *routine,
                      const char  *subtitle)
{
  NapeRoutineRow *self;

  g_return_val_if_fail (NAPE_IS_ROUTINE (routine), NULL);

  self = g_object_new (NAPE_TYPE_ROUTINE_ROW, NULL);
  nape_routine_row_set_routine (self, routine, subtitle);

  return GTK_WIDGET (self);
}

/**
 * nape_routine_row_set_routine:
 * @self: a #NapeRoutineRow
 * @routine: the routine the row opens
 * @subtitle: what is shown under its name
 */
void
nape_routine_row_set_routine (NapeRoutineRow *self,
                              NapeRoutine    *routine,
                              const char     *subtitle)
{
  g_return_if_fail (NAPE_IS_ROUTINE_ROW (self));
  g_return_if_fail (NAPE_IS_ROUTINE (routine));
  g_return_if_fail (subtitle != NULL);

  g_free (self->routine_id);
  self->routine_id = g_strdup (nape_routine_get_id (routine));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), nape_routine_get_name (routine));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
}

/**
 * nape_routine_row_get_routine_id:
 * @self: a #NapeRoutineRow
 *
 * Returns: (nullable): the id of the routine the row opens, %NULL before one is set
 */
const char *
nape_routine_row_get_routine_id (NapeRoutineRow *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE_ROW (self), NULL);

  return self->routine_id;
}

/**
 * nape_routine_row_set_here:
 * @self: a #NapeRoutineRow
 * @here: whether the user is at this stage of the program
 */
void
nape_routine_row_set_here (NapeRoutineRow *self,
                           gboolean        here)
{
  g_return_if_fail (NAPE_IS_ROUTINE_ROW (self));

  gtk_widget_set_visible (self->here_badge, here);
}
