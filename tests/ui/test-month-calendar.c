/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-month-calendar.c: the Diary's month calendar under Xvfb, without a mouse: Tab reaches
 * it, the keys walk its days across weeks and months, Enter does what a click does, a
 * screen reader hears the day and its pain, the focus ring shows for the keyboard only and
 * follows the keys, the chosen day is marked, and a click brings the keyboard along. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "nape-month-calendar.h"
#include "test-main-loop.h"

static GtkWindow *window;
static GtkWidget *button;
static NapeMonthCalendar *calendar;
static gulong change_month_handler;

static void
settle (void)
{
  nape_test_run_for (200);
}

/* GTK only gives focus to widgets of the active window; meson runs this test alone, so
 * no other test's window on the shared X server holds the keyboard. */
static void
wait_until_active (void)
{
  for (guint i = 0; i < 50 && !gtk_window_is_active (window); i++)
    {
      gtk_window_present (window);
      nape_test_run_for (100);
    }

  g_assert_true (gtk_window_is_active (window));
}

/* Shades a month the way the Diary page does after showing it. */
static void
show_month (int year,
            int month)
{
  nape_month_calendar_set_month (calendar, year, month);
  if (year == 2024 && month == 1)
    {
      nape_month_calendar_set_day (calendar, 8, 6);
      nape_month_calendar_set_day (calendar, 31, 3);
    }
  else if (year == 2024 && month == 2)
    {
      nape_month_calendar_set_day (calendar, 1, 9);
    }
}

/* Stands in for the Diary page, which shows the month the keyboard asks for. */
static void
change_month_cb (NapeMonthCalendar *self,
                 int                months)
{
  int index = nape_month_calendar_get_year (self) * 12
              + nape_month_calendar_get_month (self) - 1 + months;

  show_month (index / 12, index % 12 + 1);
}

static void
day_activated_cb (NapeMonthCalendar *self,
                  int                day,
                  int               *activated)
{
  *activated = day;
}

/* Sends a key's press or release to the key controllers of @widget: GtkWindow's own there
 * decide whether focus rings show, and they need no real event for it. */
static void
emit_key_signal (GtkWidget  *widget,
                 const char *signal,
                 guint       keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;

      if (g_str_equal (signal, "key-pressed"))
        g_signal_emit_by_name (controller, signal, keyval, 0, 0, &handled);
      else
        g_signal_emit_by_name (controller, signal, keyval, 0, 0);
    }
}

static void
activate_binding (guint keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger)
              || gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval
              || gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != 0)
            continue;

          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                       GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                                       GTK_WIDGET (calendar),
                                                       gtk_shortcut_get_arguments (shortcut)));
          return;
        }
    }

  g_error ("the calendar has no binding for %s", gdk_keyval_name (keyval));
}

/* A key press and release on the calendar in the order GTK delivers them: the window in
 * the capture phase, then the calendar's controllers, and the calendar's key binding. */
static void
press_key (guint keyval)
{
  emit_key_signal (GTK_WIDGET (window), "key-pressed", keyval);
  emit_key_signal (GTK_WIDGET (calendar), "key-pressed", keyval);
  activate_binding (keyval);
  emit_key_signal (GTK_WIDGET (window), "key-released", keyval);
  emit_key_signal (GTK_WIDGET (calendar), "key-released", keyval);
}

static void
assert_accessible (GtkAccessibleProperty  property,
                   const char            *expected)
{
  g_autofree char *actual = gtk_test_accessible_check_property (GTK_ACCESSIBLE (calendar),
                                                                property, expected);

  if (actual != NULL)
    g_error ("the calendar says “%s”, not “%s”", actual, expected);
}

static void
assert_focus (int         year,
              int         month,
              int         day,
              const char *description)
{
  g_assert_cmpint (nape_month_calendar_get_year (calendar), ==, year);
  g_assert_cmpint (nape_month_calendar_get_month (calendar), ==, month);
  g_assert_cmpint (nape_month_calendar_get_focus_day (calendar), ==, day);
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
}

/* The centre of @day's cell, in a month that starts on a Monday, on whichever day the
 * week starts. */
static void
cell_centre (int     day,
             double *x,
             double *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (calendar));
  double cell = MIN (width / 7.0, gtk_widget_get_height (GTK_WIDGET (calendar)) / 7.0);
  int index = (1 - nape_month_calendar_get_week_start (calendar) + 7) % 7 + day - 1;

  *x = (width - 7 * cell) / 2 + (index % 7 + 0.5) * cell;
  *y = (index / 7 + 1.5) * cell;
}

/* The week starts where the locale says, as in GtkCalendar's date pickers: on a Sunday in
 * the C locale the tests run in, as in en_US. */
static void
test_week_start_from_locale (void)
{
  g_assert_true (g_str_has_prefix (setlocale (LC_TIME, NULL), "C"));
  g_assert_cmpint (nape_month_calendar_get_week_start (calendar), ==, 0);
}

static void
click (int day)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));
  double x, y;

  cell_centre (day, &x, &y);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "pressed", 1, x, y);
          return;
        }
    }

  g_error ("the calendar cannot be clicked");
}

static void
test_tab_reaches_calendar (void)
{
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (calendar)));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_ROLE_GRID);

  show_month (2024, 1);
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Headache calendar, January 2024");

  wait_until_active ();
  gtk_widget_grab_focus (button);
  g_assert_true (gtk_widget_child_focus (gtk_window_get_child (window), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));
}

static void
test_keys_walk_days (void)
{
  show_month (2024, 1);
  gtk_widget_grab_focus (GTK_WIDGET (calendar));
  assert_focus (2024, 1, 1, "Monday 1 January, no headache");

  press_key (GDK_KEY_Right);
  assert_focus (2024, 1, 2, "Tuesday 2 January, no headache");

  /* Down to the next week, and back over the week's edge to its Sunday. */
  press_key (GDK_KEY_Down);
  assert_focus (2024, 1, 9, "Tuesday 9 January, no headache");
  press_key (GDK_KEY_Left);
  assert_focus (2024, 1, 8, "Monday 8 January, worst pain 6 of 10");
  press_key (GDK_KEY_Left);
  assert_focus (2024, 1, 7, "Sunday 7 January, no headache");
  press_key (GDK_KEY_Down);
  assert_focus (2024, 1, 14, "Sunday 14 January, no headache");
}

static void
test_keys_cross_months (void)
{
  show_month (2024, 1);
  press_key (GDK_KEY_End);
  assert_focus (2024, 1, 31, "Wednesday 31 January, worst pain 3 of 10");

  /* Past the month's last day the calendar asks for February and lands on its 1st. */
  press_key (GDK_KEY_Right);
  assert_focus (2024, 2, 1, "Thursday 1 February, worst pain 9 of 10");
  assert_accessible (GTK_ACCESSIBLE_PROPERTY_LABEL, "Headache calendar, February 2024");

  press_key (GDK_KEY_Left);
  assert_focus (2024, 1, 31, "Wednesday 31 January, worst pain 3 of 10");

  /* A month on keeps the day, or takes the shorter month's last. */
  press_key (GDK_KEY_Page_Down);
  assert_focus (2024, 2, 29, "Thursday 29 February, no headache");
  press_key (GDK_KEY_Page_Up);
  assert_focus (2024, 1, 29, "Monday 29 January, no headache");

  press_key (GDK_KEY_Home);
  assert_focus (2024, 1, 1, "Monday 1 January, no headache");
  press_key (GDK_KEY_Up);
  assert_focus (2023, 12, 25, "Monday 25 December, no headache");

  /* Without anyone to show another month, the focus stays in this one. */
  g_signal_handler_block (calendar, change_month_handler);
  press_key (GDK_KEY_Down);
  press_key (GDK_KEY_Down);
  assert_focus (2023, 12, 25, "Monday 25 December, no headache");
  press_key (GDK_KEY_Page_Down);
  assert_focus (2023, 12, 25, "Monday 25 December, no headache");
  g_signal_handler_unblock (calendar, change_month_handler);
}

static void
test_enter_does_what_a_click_does (void)
{
  int activated = 0;
  gulong handler = g_signal_connect (calendar, "day-activated",
                                     G_CALLBACK (day_activated_cb), &activated);

  show_month (2024, 1);
  settle ();

  click (15);
  g_assert_cmpint (activated, ==, 15);
  /* The keyboard carries on from the day clicked. */
  assert_focus (2024, 1, 15, "Monday 15 January, no headache");

  activated = 0;
  press_key (GDK_KEY_Up);
  press_key (GDK_KEY_Return);
  g_assert_cmpint (activated, ==, 8);

  activated = 0;
  press_key (GDK_KEY_space);
  g_assert_cmpint (activated, ==, 8);

  g_signal_handler_disconnect (calendar, handler);
}

/* The pixels of the calendar as it would draw now, not as it drew at the last frame. */
static GBytes *
render_calendar (void)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (calendar));
  int height = gtk_widget_get_height (GTK_WIDGET (calendar));
  gsize stride = width * 4;
  guchar *data = g_malloc (stride * height);

  GTK_WIDGET_GET_CLASS (calendar)->snapshot (GTK_WIDGET (calendar), snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, stride);

  return g_bytes_new_take (data, stride * height);
}

static void
test_focus_ring_for_keyboard_only (void)
{
  g_autoptr(GBytes) pointer = NULL;
  g_autoptr(GBytes) keyboard = NULL;
  g_autoptr(GBytes) elsewhere = NULL;

  show_month (2024, 1);
  wait_until_active ();

  /* No main loop from here on, so no other window can take the keyboard meanwhile. */
  gtk_widget_grab_focus (GTK_WIDGET (calendar));
  gtk_window_set_focus_visible (window, FALSE);
  g_assert_false (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));
  pointer = render_calendar ();

  gtk_window_set_focus_visible (window, TRUE);
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));
  keyboard = render_calendar ();

  gtk_widget_grab_focus (button);
  g_assert_false (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));
  elsewhere = render_calendar ();

  g_assert_false (g_bytes_equal (pointer, keyboard));
  g_assert_true (g_bytes_equal (pointer, elsewhere));
}

/* GtkWindow hides focus rings a few seconds after the last key, and shows them again only
 * for a key that moves its focus widget: the arrows, which move the calendar's own focus,
 * must show the ring too, or Enter activates a day nobody saw. */
static void
test_focus_ring_follows_keys (void)
{
  show_month (2024, 1);
  wait_until_active ();

  gtk_widget_grab_focus (GTK_WIDGET (calendar));
  press_key (GDK_KEY_Home);
  gtk_window_set_focus_visible (window, FALSE);

  press_key (GDK_KEY_Right);
  assert_focus (2024, 1, 2, "Tuesday 2 January, no headache");
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));

  gtk_window_set_focus_visible (window, FALSE);
  press_key (GDK_KEY_Down);
  assert_focus (2024, 1, 9, "Tuesday 9 January, no headache");
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));
}

static void
test_chosen_day_is_marked (void)
{
  g_autoptr(GBytes) unmarked = NULL;
  g_autoptr(GBytes) marked = NULL;

  show_month (2024, 1);
  nape_month_calendar_set_selected_day (calendar, 0);
  settle ();
  gtk_widget_grab_focus (button);
  unmarked = render_calendar ();

  click (15);
  g_assert_cmpint (nape_month_calendar_get_selected_day (calendar), ==, 15);
  marked = render_calendar ();
  g_assert_false (g_bytes_equal (unmarked, marked));

  gtk_widget_grab_focus (GTK_WIDGET (calendar));
  press_key (GDK_KEY_Up);
  g_assert_cmpint (nape_month_calendar_get_selected_day (calendar), ==, 15);
  press_key (GDK_KEY_Return);
  g_assert_cmpint (nape_month_calendar_get_selected_day (calendar), ==, 8);

  /* Another month forgets it; the same month keeps it. */
  show_month (2024, 1);
  g_assert_cmpint (nape_month_calendar_get_selected_day (calendar), ==, 8);
  show_month (2024, 2);
  g_assert_cmpint (nape_month_calendar_get_selected_day (calendar), ==, 0);
}

/* A click gives the calendar the keyboard, so the arrows move on from the day clicked, and
 * shows no focus ring until a key is pressed. */
static void
test_click_takes_focus (void)
{
  show_month (2024, 1);
  wait_until_active ();

  gtk_widget_grab_focus (button);
  gtk_window_set_focus_visible (window, TRUE);
  click (15);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (calendar)));
  g_assert_false (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));

  press_key (GDK_KEY_Right);
  g_assert_cmpint (nape_month_calendar_get_focus_day (calendar), ==, 16);
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (calendar)));
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *box;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 400, 400);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  button = gtk_button_new_with_label ("Before");
  calendar = NAPE_MONTH_CALENDAR (nape_month_calendar_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (calendar), TRUE);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (calendar));
  gtk_window_set_child (window, box);
  change_month_handler = g_signal_connect (calendar, "change-month",
                                           G_CALLBACK (change_month_cb), NULL);
  g_object_ref (calendar);
  gtk_window_present (window);
  settle ();

  g_test_add_func ("/ui/month-calendar/week-start-from-locale", test_week_start_from_locale);
  g_test_add_func ("/ui/month-calendar/tab-reaches-calendar", test_tab_reaches_calendar);
  g_test_add_func ("/ui/month-calendar/keys-walk-days", test_keys_walk_days);
  g_test_add_func ("/ui/month-calendar/keys-cross-months", test_keys_cross_months);
  g_test_add_func ("/ui/month-calendar/enter-does-what-a-click-does",
                   test_enter_does_what_a_click_does);
  g_test_add_func ("/ui/month-calendar/focus-ring-for-keyboard-only",
                   test_focus_ring_for_keyboard_only);
  g_test_add_func ("/ui/month-calendar/focus-ring-follows-keys", test_focus_ring_follows_keys);
  g_test_add_func ("/ui/month-calendar/chosen-day-is-marked", test_chosen_day_is_marked);
  g_test_add_func ("/ui/month-calendar/click-takes-focus", test_click_takes_focus);
  status = g_test_run ();

  gtk_window_destroy (window);
  settle ();
  g_assert_finalize_object (calendar);

  return status;
}
