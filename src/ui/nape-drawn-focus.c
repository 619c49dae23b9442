/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-drawn-focus.c: keeping the focus mark visible in widgets that draw a focus of their
 * own, moved by the arrow keys inside them. */

#include "config.h"

#include "nape-drawn-focus.h"

/* GtkWindow shows focus rings again only for a key that moves its focus widget, and hides
 * them after a few idle seconds; a widget moving a focus of its own inside shows them on
 * each key it gets, after the window has had its say in the capture phase. */
static void
show_focus_on_key (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (GTK_IS_WINDOW (root) && gtk_widget_has_focus (widget))
    gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
}

static gboolean
drawn_focus_key_pressed_cb (GtkEventControllerKey *controller,
                            guint                  keyval,
                            guint                  keycode,
                            GdkModifierType        state,
                            GtkWidget             *widget)
{
  show_focus_on_key (widget);

  return GDK_EVENT_PROPAGATE;
}

static void
drawn_focus_key_released_cb (GtkEventControllerKey *controller,
                             guint                  keyval,
                             guint                  keycode,
                             GdkModifierType        state,
                             GtkWidget             *widget)
{
  show_focus_on_key (widget);
}

/* The focus mark is drawn in snapshot: no style change redraws it. */
static void
drawn_focus_state_flags_changed_cb (GtkWidget     *widget,
                                    GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

/**
 * nape_widget_track_drawn_focus:
 * @widget: a widget that draws the mark of a focus it moves itself, like the day of
 *   #NapeMonthCalendar or the zone of #NapeAnatomyView
 *
 * Redraws @widget when GTK shows or hides focus rings, and shows them on every key @widget
 * gets: GtkWindow shows them only for keys that move its focus widget, so the mark would
 * stay hidden while the arrows move it. Call once, from the instance init.
 */
void
nape_widget_track_drawn_focus (GtkWidget *widget)
{
  GtkEventController *keys;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (drawn_focus_key_pressed_cb), widget);
  g_signal_connect (keys, "key-released", G_CALLBACK (drawn_focus_key_released_cb), widget);
  gtk_widget_add_controller (widget, keys);

  g_signal_connect (widget, "state-flags-changed",
                    G_CALLBACK (drawn_focus_state_flags_changed_cb), NULL);
}
