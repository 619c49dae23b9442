/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-widget-tree.h: finding widgets the pages build, for the UI tests. */

#pragma once

#include <gtk/gtk.h>

static inline void
nape_test_collect_widgets (GtkWidget *widget,
                           GType      type,
                           GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      nape_test_collect_widgets (child, type, found);
    }
}

/* Every widget of @type below @root, in the order they are drawn; the widgets are borrowed. */
static inline GPtrArray *
nape_test_find_widgets (GtkWidget *root,
                        GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  nape_test_collect_widgets (root, type, found);

  return found;
}

/* Activates @row the way a click would: through the list it is in. */
static inline void
nape_test_activate_row (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_parent (row);

  g_assert_true (GTK_IS_LIST_BOX (list));
  g_signal_emit_by_name (list, "row-activated", row);
}
