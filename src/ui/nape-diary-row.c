/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-row.c: one row of the diary's list: a day's heading, or an entry with its
 * pain badge or icon, two lines and its edit and delete buttons. */

#define G_LOG_DOMAIN "nape-diary-row"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-diary-row.h"

struct _NapeDiaryRow
{
  GtkBox     parent_instance;

  /* The intensity class on the badge, to take off when the row is reused. */
  char      *badge_class;

  /* Template widgets */
  GtkWidget *heading;
  GtkLabel  *heading_title;
  GtkLabel  *day_summary;
  GtkWidget *day_edit;
  GtkWidget *entry;
  GtkLabel  *badge;
  GtkImage  *icon;
  GtkLabel  *title;
  GtkLabel  *subtitle;
  GtkWidget *edit;
  GtkWidget *delete;
};

G_DEFINE_FINAL_TYPE (NapeDiaryRow, nape_diary_row, GTK_TYPE_BOX)

/* The target first: an action name without its string target would be refused. */
static void
set_action (GtkWidget  *button,
            const char *action,
            const char *target)
{
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

static void
nape_diary_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), NAPE_TYPE_DIARY_ROW);

  G_OBJECT_CLASS (nape_diary_row_parent_class)->dispose (object);
}

static void
nape_diary_row_finalize (GObject *object)
{
  NapeDiaryRow *self = NAPE_DIARY_ROW (object);

  g_free (self->badge_class);

  G_OBJECT_CLASS (nape_diary_row_parent_class)->finalize (object);
}

static void
nape_diary_row_class_init (NapeDiaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_diary_row_dispose;
  object_class->finalize = nape_diary_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-diary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, heading);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, heading_title);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, day_summary);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, day_edit);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, entry);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, badge);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, icon);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, title);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, subtitle);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, edit);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryRow, delete);
}

static void
nape_diary_row_init (NapeDiaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
nape_diary_row_new (void)
{
  return g_object_new (NAPE_TYPE_DIARY_ROW, NULL);
}

/**
 * nape_diary_row_show_day:
 * @self: a #NapeDiaryRow
 * @title: the day, e.g. "Yesterday"
 * @summary: (nullable): what the day record says, e.g. "Slept 7 h · mild stress"
 * @day: (nullable): the day as "YYYY-MM-DD", for its editor; %NULL hides the edit button
 */
void
nape_diary_row_show_day (NapeDiaryRow *self,
                         const char   *title,
                         const char   *summary,
                         const char   *day)
{
  g_return_if_fail (NAPE_IS_DIARY_ROW (self));

  gtk_label_set_label (self->heading_title, title);
  gtk_label_set_label (self->day_summary, summary);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->day_summary), summary);
  gtk_widget_set_visible (self->day_edit, day != NULL);
  if (day != NULL)
    set_action (self->day_edit, "diary.edit-day", day);

  gtk_widget_set_visible (self->heading, TRUE);
  gtk_widget_set_visible (self->entry, FALSE);
}

/**
 * nape_diary_row_show_entry:
 * @self: a #NapeDiaryRow
 * @uuid: the entry, for its edit and delete actions
 * @intensity: the pain 0–10 shown in a badge, or -1 for an icon instead
 * @icon_name: (nullable): the icon when there is no badge
 * @title: the first line
 * @subtitle: the second line
 * @accessible_label: (nullable): what a screen reader says for the row, if not @title
 */
void
nape_diary_row_show_entry (NapeDiaryRow *self,
                           const char   *uuid,
                           int           intensity,
                           const char   *icon_name,
                           const char   *title,
                           const char   *subtitle,
                           const char   *accessible_label)
{
  g_return_if_fail (NAPE_IS_DIARY_ROW (self));
  g_return_if_fail (uuid != NULL);

  if (self->badge_class != NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge), self->badge_class);
      g_clear_pointer (&self->badge_class, g_free);
    }

  if (intensity >= 0)
    {
      g_autofree char *number = g_strdup_printf ("%d", intensity);

      self->badge_class = g_strdup_printf ("nape-intensity-%d", intensity);
      gtk_widget_add_css_class (GTK_WIDGET (self->badge), self->badge_class);
      gtk_label_set_label (self->badge, number);
    }
  else
    gtk_label_set_label (self->badge, "?");

  gtk_widget_set_visible (GTK_WIDGET (self->badge), icon_name == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  gtk_image_set_from_icon_name (self->icon, icon_name);

  gtk_label_set_label (self->title, title);
  gtk_label_set_label (self->subtitle, subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label != NULL ? accessible_label : title,
                                  -1);

  set_action (self->edit, "diary.edit", uuid);
  set_action (self->delete, "diary.delete", uuid);

  gtk_widget_set_visible (self->heading, FALSE);
  gtk_widget_set_visible (self->entry, TRUE);
}
