/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-learn.c: the Learn page under Xvfb: clicking and the keyboard open every zone, every
 * zone can be reached by assistive technology, "where does it hurt?" ranks the right
 * muscles first, search finds what another view draws, and the page fits a narrow window. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "nape-anatomy-drawing.h"
#include "nape-area-row.h"
#include "nape-content-error.h"
#include "nape-learn-page.h"
#include "nape-routine.h"
#include "nape-technique-row.h"
#include "nape-zone-row.h"
#include "test-main-loop.h"
#include "test-widget-tree.h"

static NapeAtlas *atlas;
static GtkWindow *window;
static NapeLearnPage *page;

/* Lets the window lay out and draw. */
static void
settle (void)
{
  nape_test_run_for (300);
}

static NapeAnatomyView *
anatomy_view (void)
{
  return nape_learn_page_get_anatomy_view (page);
}

static GtkWidget *
template_child (const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), NAPE_TYPE_LEARN_PAGE,
                                                    name));
}

static const char * const *
drawn_ids (void)
{
  NapeAnatomyRenderer *renderer = nape_anatomy_view_get_renderer (anatomy_view ());

  return nape_anatomy_drawing_get_ids (nape_anatomy_renderer_get_drawing (renderer));
}

static char *
zone_of (const char *drawn_id)
{
  NapeDrawnKind kind;
  char *zone_id = NULL;

  g_assert_true (nape_anatomy_drawing_parse_id (drawn_id, &kind, &zone_id, NULL));
  g_assert_cmpint (kind, ==, NAPE_DRAWN_ZONE);

  return zone_id;
}

static void
test_click_opens_every_zone (void)
{
  static const NapeView views[] = { NAPE_VIEW_BACK, NAPE_VIEW_SIDE, NAPE_VIEW_FRONT };
  g_autoptr(GHashTable) opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char * const *ids;

      nape_learn_page_show_view (page, views[v]);
      settle ();
      ids = drawn_ids ();

      for (guint i = 0; ids[i] != NULL; i++)
        {
          NapeAnatomyRenderer *renderer = nape_anatomy_view_get_renderer (anatomy_view ());
          g_autofree char *zone_id = NULL;
          const char *picked;
          double x, y;

          if (!g_str_has_prefix (ids[i], "zone-"))
            continue;

          /* Where a click on the zone lands, and what the view does with it. */
          g_assert_true (nape_anatomy_renderer_get_element_point (renderer, ids[i], &x, &y));
          picked = nape_anatomy_renderer_pick (renderer, x, y);
          g_assert_cmpstr (picked, ==, ids[i]);
          g_signal_emit_by_name (anatomy_view (), "activated", picked);

          zone_id = zone_of (ids[i]);
          g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, zone_id);
          g_assert_cmpstr (nape_anatomy_view_get_selected (anatomy_view ()), ==, ids[i]);
          g_hash_table_add (opened, g_steal_pointer (&zone_id));
        }
    }

  g_assert_cmpuint (g_hash_table_size (opened), ==,
                    g_list_model_get_n_items (nape_atlas_get_zones (atlas)));
}

static void
test_keyboard_reaches_every_zone (void)
{
  static const NapeView views[] = { NAPE_VIEW_BACK, NAPE_VIEW_SIDE, NAPE_VIEW_FRONT };
  g_autoptr(GHashTable) opened = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      GtkWidget *view;
      const char * const *ids;
      g_autoptr(GHashTable) reached = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
      guint n_zones = 0;

      nape_learn_page_show_view (page, views[v]);
      settle ();
      view = GTK_WIDGET (anatomy_view ());
      ids = drawn_ids ();

      /* Tab into the drawing, then walk it with the arrow keys' action. */
      gtk_widget_grab_focus (GTK_WIDGET (page));
      g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_widget_has_focus (view));

      for (;;)
        {
          g_autofree char *focused = g_strdup (nape_anatomy_view_get_focus_id (anatomy_view ()));
          g_autofree char *zone_id = NULL;

          g_assert_nonnull (focused);
          g_assert_false (g_hash_table_contains (reached, focused));
          g_hash_table_add (reached, g_strdup (focused));

          /* Enter opens the zone. */
          g_assert_true (gtk_widget_activate_action (view, "anatomy.activate-focus", NULL));
          zone_id = zone_of (focused);
          g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, zone_id);
          g_hash_table_add (opened, g_steal_pointer (&zone_id));

          gtk_widget_activate_action (view, "anatomy.move-focus", "i", 1);
          if (g_strcmp0 (nape_anatomy_view_get_focus_id (anatomy_view ()), focused) == 0)
            break;
        }

      for (guint i = 0; ids[i] != NULL; i++)
        {
          if (!g_str_has_prefix (ids[i], "zone-"))
            continue;
          n_zones++;
          if (!g_hash_table_contains (reached, ids[i]))
            g_error ("the keyboard never reaches %s", ids[i]);
        }
      g_assert_cmpuint (g_hash_table_size (reached), ==, n_zones);

      /* Tab goes on past the last zone and leaves the drawing. */
      g_assert_false (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
    }

  g_assert_cmpuint (g_hash_table_size (opened), ==,
                    g_list_model_get_n_items (nape_atlas_get_zones (atlas)));
}

static void
test_zones_are_accessible (void)
{
  GListModel *zones = nape_atlas_get_zones (atlas);
  GtkListBox *list = nape_learn_page_get_zone_list (page);
  GtkWidget *view = GTK_WIDGET (anatomy_view ());
  guint i = 0;

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));

  /* The list beside the drawing names every zone, in atlas order, as a list item. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row), i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (zones, i);

      g_assert_nonnull (zone);
      g_assert_cmpstr (nape_zone_row_get_zone_id (NAPE_ZONE_ROW (row)), ==,
                       nape_zone_get_id (zone));
      gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           nape_zone_get_name (zone));
      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
    }
  g_assert_cmpuint (i, ==, g_list_model_get_n_items (zones));

  /* Moving the keyboard over the drawing tells what is under it. */
  gtk_widget_grab_focus (view);
  gtk_widget_activate_action (view, "anatomy.move-focus", "i", 1);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (view),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
}

static guint
rank_in_pain_list (const char *zone_id)
{
  GtkListBox *list = nape_learn_page_get_pain_list (page);
  guint rank = 1;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row), rank++)
    {
      if (g_strcmp0 (nape_zone_row_get_zone_id (NAPE_ZONE_ROW (row)), zone_id) == 0)
        return rank;
    }

  return G_MAXUINT;
}

static void
test_where_does_it_hurt (void)
{
  NapeAnatomyView *view = anatomy_view ();

  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  nape_learn_page_set_pain_mode (page, TRUE);
  settle ();

  /* In this mode the drawing answers with pain areas. */
  {
    NapeAnatomyRenderer *renderer = nape_anatomy_view_get_renderer (view);
    double x, y;

    g_assert_true (nape_anatomy_renderer_get_element_point (renderer, "area-occiput-center",
                                                            &x, &y));
    g_assert_cmpstr (nape_anatomy_renderer_pick (renderer, x, y), ==, "area-occiput-center");
  }

  /* Nothing chosen yet, nothing to clear. */
  g_assert_false (gtk_widget_get_visible (template_child ("clear_pain_button")));
  g_signal_emit_by_name (view, "activated", "area-occiput-center");
  g_assert_true (gtk_widget_get_visible (template_child ("clear_pain_button")));
  g_assert_cmpuint (rank_in_pain_list ("upper-trapezius"), <=, 4);
  g_assert_cmpuint (rank_in_pain_list ("suboccipitals"), <=, 4);
  /* The masseter does not send pain to the back of the head. */
  g_assert_cmpuint (rank_in_pain_list ("masseter"), ==, G_MAXUINT);

  /* Choosing a second place keeps those on top; a row opens the muscle's page. */
  g_signal_emit_by_name (view, "activated", "area-occiput-left");
  g_assert_cmpuint (rank_in_pain_list ("upper-trapezius"), <=, 4);
  g_signal_emit_by_name (nape_learn_page_get_pain_list (page), "row-activated",
                         gtk_list_box_get_row_at_index (nape_learn_page_get_pain_list (page), 0));
  g_assert_nonnull (nape_learn_page_get_shown_zone (page));

  nape_learn_page_set_pain_mode (page, FALSE);
}

/* A muscle's page lists its techniques, each opening onto how to do it, in full. */
static void
test_technique_rows (void)
{
  NapeZone *zone = nape_atlas_get_zone (atlas, "upper-trapezius");
  GListModel *techniques = nape_zone_get_techniques (zone);
  g_autoptr(GPtrArray) rows = NULL;

  nape_learn_page_show_zone (page, "upper-trapezius", 0);
  settle ();

  rows = nape_test_find_widgets (GTK_WIDGET (page), NAPE_TYPE_TECHNIQUE_ROW);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (techniques));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(NapeTechnique) technique = g_list_model_get_item (techniques, i);
      g_autoptr(GPtrArray) labels = nape_test_find_widgets (rows->pdata[i], GTK_TYPE_LABEL);
      gboolean how_shown = FALSE;

      g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[i]), ==,
                       nape_technique_get_name (technique));
      g_assert_cmpstr (adw_expander_row_get_subtitle (rows->pdata[i]), ==,
                       nape_technique_get_summary (technique));
      for (guint l = 0; l < labels->len; l++)
        {
          if (g_strcmp0 (gtk_label_get_label (labels->pdata[l]),
                         nape_technique_get_how (technique)) == 0)
            {
              g_assert_true (gtk_label_get_wrap (labels->pdata[l]));
              how_shown = TRUE;
            }
        }
      g_assert_true (how_shown);
    }
}

static void
test_search (void)
{
  g_autoptr(GPtrArray) area_rows = NULL;
  GtkWidget *entry = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "learn.search", NULL));
  entry = gtk_window_get_focus (window);
  g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_SEARCH_ENTRY (entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "suboccip");
  settle ();
  g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, NULL);

  /* A place where it hurts opens "where does it hurt?" with that place chosen. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "back of the head");
  settle ();
  area_rows = nape_test_find_widgets (GTK_WIDGET (page), NAPE_TYPE_AREA_ROW);
  g_assert_cmpuint (area_rows->len, ==, 1);
  g_assert_cmpstr (nape_area_row_get_area_id (area_rows->pdata[0]), ==, "occiput");
  nape_test_activate_row (area_rows->pdata[0]);
  settle ();
  g_assert_cmpuint (rank_in_pain_list ("suboccipitals"), <=, 4);
  nape_learn_page_set_pain_mode (page, FALSE);

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Opens the search from the Back view and types @query; returns the search entry. */
static GtkWidget *
search_from_back_view (const char *query)
{
  GtkWidget *entry;

  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "learn.search", NULL));
  entry = gtk_window_get_focus (window);
  g_assert_true (GTK_IS_TEXT (entry) || GTK_IS_SEARCH_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), query);
  settle ();

  return entry;
}

/* A place found by search that the current view does not draw is shown in a view that
 * draws it, chosen, with the muscles that send pain there. */
static void
test_search_area_in_other_view (void)
{
  GtkToggleButton *pain_button = GTK_TOGGLE_BUTTON (template_child ("pain_button"));
  g_autoptr(GPtrArray) area_rows = NULL;
  NapeAnatomyRenderer *renderer;
  GtkWidget *entry = search_from_back_view ("jaw");

  area_rows = nape_test_find_widgets (GTK_WIDGET (page), NAPE_TYPE_AREA_ROW);
  g_assert_cmpuint (area_rows->len, ==, 1);
  g_assert_cmpstr (nape_area_row_get_area_id (area_rows->pdata[0]), ==, "jaw");
  nape_test_activate_row (area_rows->pdata[0]);
  settle ();

  g_assert_true (gtk_toggle_button_get_active (pain_button));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (template_child ("side_button"))));
  renderer = nape_anatomy_view_get_renderer (anatomy_view ());
  g_assert_true (nape_anatomy_drawing_has_element (nape_anatomy_renderer_get_drawing (renderer),
                                                   "area-jaw-right"));
  /* The masseter mostly sends pain to the jaw. */
  g_assert_cmpuint (rank_in_pain_list ("masseter"), <=, 4);

  nape_learn_page_set_pain_mode (page, FALSE);
  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* A muscle found by search that the current view does not draw opens in a view that does. */
static void
test_search_zone_in_other_view (void)
{
  g_autoptr(GPtrArray) zone_rows = NULL;
  GtkWidget *entry = search_from_back_view ("masseter");

  zone_rows = nape_test_find_widgets (GTK_WIDGET (template_child ("search_list")),
                                      NAPE_TYPE_ZONE_ROW);
  g_assert_cmpuint (zone_rows->len, ==, 1);
  nape_test_activate_row (zone_rows->pdata[0]);
  settle ();

  g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, "masseter");
  g_assert_true (g_str_has_prefix (nape_anatomy_view_get_selected (anatomy_view ()),
                                   "zone-masseter-"));

  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  gtk_widget_activate_action (GTK_WIDGET (page), "learn.back", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static GtkListBox *
search_results (void)
{
  return GTK_LIST_BOX (template_child ("search_list"));
}

static gboolean
search_is_open (void)
{
  return gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (template_child ("search_bar")));
}

/* Enter in the search field opens the first result, the best, as a click on it does: a
 * muscle's page, or "where does it hurt?" with the place chosen; without results, nothing. */
static void
test_search_enter_opens_first_result (void)
{
  GtkToggleButton *pain_button = GTK_TOGGLE_BUTTON (template_child ("pain_button"));
  GtkListBoxRow *first;
  GtkWidget *entry;

  /* The focus widget is the field's text, whose Enter the search entry passes on. */
  entry = search_from_back_view ("sternocleidomastoid");
  first = gtk_list_box_get_row_at_index (search_results (), 0);
  g_assert_true (NAPE_IS_ZONE_ROW (first));
  g_assert_cmpstr (nape_zone_row_get_zone_id (NAPE_ZONE_ROW (first)), ==, "scm-sternal");
  g_assert_nonnull (gtk_list_box_get_row_at_index (search_results (), 1));
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, "scm-sternal");
  g_assert_true (g_str_has_prefix (nape_anatomy_view_get_selected (anatomy_view ()),
                                   "zone-scm-sternal-"));
  g_assert_false (search_is_open ());
  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  gtk_widget_activate_action (GTK_WIDGET (page), "learn.back", NULL);

  entry = search_from_back_view ("back of the head");
  first = gtk_list_box_get_row_at_index (search_results (), 0);
  g_assert_true (NAPE_IS_AREA_ROW (first));
  g_assert_cmpstr (nape_area_row_get_area_id (NAPE_AREA_ROW (first)), ==, "occiput");
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_true (gtk_toggle_button_get_active (pain_button));
  g_assert_cmpuint (rank_in_pain_list ("suboccipitals"), <=, 4);
  g_assert_false (search_is_open ());
  gtk_widget_activate_action (GTK_WIDGET (page), "learn.clear-pain", NULL);
  nape_learn_page_set_pain_mode (page, FALSE);

  entry = search_from_back_view ("no such muscle");
  g_assert_null (gtk_list_box_get_row_at_index (search_results (), 0));
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_null (nape_learn_page_get_shown_zone (page));
  g_assert_false (gtk_toggle_button_get_active (pain_button));
  g_assert_true (search_is_open ());

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (template_child ("search_bar")), FALSE);
}

/* Enter soon after typing, before the field's delayed search has run, opens the best
 * result for all that was typed, not for what the list still shows. */
static void
test_search_enter_before_search_runs (void)
{
  GtkWidget *entry = search_from_back_view ("mass");
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (search_results (), 0);
  int position = strlen ("mass");

  /* Muscles worked with a massage technique come before the masseter. */
  g_assert_true (NAPE_IS_ZONE_ROW (first));
  g_assert_cmpstr (nape_zone_row_get_zone_id (NAPE_ZONE_ROW (first)), !=, "masseter");

  gtk_editable_insert_text (GTK_EDITABLE (entry), "eter", -1, &position);
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==, "masseter");
  g_assert_false (search_is_open ());

  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  gtk_widget_activate_action (GTK_WIDGET (page), "learn.back", NULL);
}

/* The page fits a 360 pixel wide window without widening it, folded or not: the leaflet
 * only learns it must fold once it has been given too little room. */
static void
test_fits_narrow_window (void)
{
  GtkWindow *narrow = GTK_WINDOW (gtk_window_new ());
  NapeLearnPage *narrow_page = g_object_new (NAPE_TYPE_LEARN_PAGE, NULL);
  g_autoptr(GListModel) routines = NULL;
  AdwLeaflet *leaflet;
  int minimum;

  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (template_child ("leaflet"))));
  gtk_widget_measure (GTK_WIDGET (page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL,
                      NULL);
  g_assert_cmpint (minimum, <=, 360);

  routines = nape_routine_list_new_from_resource (NAPE_ROUTINES_RESOURCE, atlas, NULL);
  gtk_window_set_default_size (narrow, 400, 760);
  gtk_window_set_child (narrow, GTK_WIDGET (narrow_page));
  nape_learn_page_set_content (narrow_page, atlas, routines);
  gtk_window_present (narrow);
  settle ();

  leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (narrow_page),
                                                        NAPE_TYPE_LEARN_PAGE, "leaflet"));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_widget_measure (GTK_WIDGET (narrow_page), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (narrow)), <=, 400);
  /* The button's label may wrap; what it says is read out whole. */
  gtk_test_accessible_assert_property (template_child ("pain_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Where Does It Hurt?");

  gtk_window_destroy (narrow);
}

static void
test_content_error_is_shown (void)
{
  g_autoptr(GError) error = g_error_new (G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE,
                                         "atlas.xml:3: broken");
  g_autofree char *description = nape_content_error_describe (error);
  NapeLearnPage *broken = g_object_ref_sink (g_object_new (NAPE_TYPE_LEARN_PAGE, NULL));

  /* The message names the problem, so a bug report can quote it. */
  g_assert_nonnull (strstr (description, "atlas.xml:3: broken"));
  nape_learn_page_show_error (broken, description);
  g_assert_finalize_object (broken);
}

/* Hands a key to the key handlers of @focus and its ancestors as GTK delivers it: from
 * the window down in the capture phase (the window's handlers there decide whether focus
 * rings show), then from @focus back up in the bubble phase, until one takes it. Key
 * bindings are not run: a test cannot trigger them. Nor is the page's handler, the search
 * bar's key capture: it passes the event itself on to the search field, and there is no
 * event here; it takes no arrow keys. Returns whether a handler took the key. */
static gboolean
deliver_key (GtkWidget *focus,
             guint      keyval,
             gboolean   released)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  /* @focus first, the window last. */
  for (GtkWidget *widget = focus; widget != NULL; widget = gtk_widget_get_parent (widget))
    g_ptr_array_add (path, widget);

  for (guint step = 0; step < 2 * path->len; step++)
    {
      gboolean capture = step < path->len;
      GtkWidget *widget = path->pdata[capture ? path->len - 1 - step : step - path->len];
      g_autoptr(GListModel) controllers = NULL;

      if (widget == GTK_WIDGET (page))
        continue;

      controllers = gtk_widget_observe_controllers (widget);
      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
          GtkPropagationPhase phase;
          gboolean handled = FALSE;

          if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
            continue;
          phase = gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller));
          if (capture ? phase != GTK_PHASE_CAPTURE
                      : phase != GTK_PHASE_BUBBLE
                        && (phase != GTK_PHASE_TARGET || widget != focus))
            continue;

          if (released)
            g_signal_emit_by_name (controller, "key-released", keyval, 0, 0);
          else
            g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          if (handled)
            return TRUE;
        }
    }

  return FALSE;
}

/* Presses and releases @keyval, each where GTK sends it: to the focus widget of the moment.
 * Returns whether a handler took the press. */
static gboolean
press_key (guint keyval)
{
  gboolean handled = deliver_key (gtk_window_get_focus (window), keyval, FALSE);

  deliver_key (gtk_window_get_focus (window), keyval, TRUE);

  return handled;
}

/* Right on the drawing, with its key binding between the press and the release. */
static void
press_right (GtkWidget *view)
{
  deliver_key (view, GDK_KEY_Right, FALSE);
  gtk_widget_activate_action (view, "anatomy.move-focus", "i", 1);
  deliver_key (view, GDK_KEY_Right, TRUE);
}

/* GtkWindow hides focus rings a few seconds after the last key, and shows them again only
 * for a key that moves its focus widget: the arrows, which move the drawing's own focus,
 * must show the mark too, or Enter opens a muscle nobody saw marked. */
static void
test_focus_mark_follows_arrows (void)
{
  GtkWidget *view;
  g_autofree char *first = NULL;

  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  settle ();
  view = GTK_WIDGET (anatomy_view ());
  gtk_widget_grab_focus (GTK_WIDGET (page));
  g_assert_true (gtk_widget_child_focus (view, GTK_DIR_TAB_FORWARD));
  first = g_strdup (nape_anatomy_view_get_focus_id (anatomy_view ()));

  gtk_window_set_focus_visible (window, FALSE);
  g_assert_false (gtk_widget_has_visible_focus (view));
  press_right (view);
  g_assert_cmpstr (nape_anatomy_view_get_focus_id (anatomy_view ()), !=, first);
  g_assert_true (gtk_widget_has_visible_focus (view));
}

/* Down in the search field moves on to the first result, so the arrows walk the results
 * and Enter opens one; without results, Down is left to GTK. */
static void
test_search_down_focuses_first_result (void)
{
  GtkListBoxRow *first, *second;
  GtkWidget *entry;

  search_from_back_view ("sternocleidomastoid");
  first = gtk_list_box_get_row_at_index (search_results (), 0);
  second = gtk_list_box_get_row_at_index (search_results (), 1);
  g_assert_nonnull (second);

  g_assert_true (press_key (GDK_KEY_Down));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (first)));
  g_assert_true (gtk_widget_has_visible_focus (GTK_WIDGET (first)));

  /* Down again is the list's own binding, which moves on from the row focused. */
  g_signal_emit_by_name (search_results (), "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1,
                         FALSE, FALSE);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (second)));
  g_assert_true (gtk_widget_activate (GTK_WIDGET (second)));
  g_assert_cmpstr (nape_learn_page_get_shown_zone (page), ==,
                   nape_zone_row_get_zone_id (NAPE_ZONE_ROW (second)));
  nape_learn_page_show_view (page, NAPE_VIEW_BACK);
  gtk_widget_activate_action (GTK_WIDGET (page), "learn.back", NULL);

  entry = search_from_back_view ("no such muscle");
  g_assert_false (press_key (GDK_KEY_Down));

  /* Nor while "where does it hurt?" hides the results. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "masseter");
  settle ();
  g_assert_nonnull (gtk_list_box_get_row_at_index (search_results (), 0));
  nape_learn_page_set_pain_mode (page, TRUE);
  g_assert_false (press_key (GDK_KEY_Down));
  nape_learn_page_set_pain_mode (page, FALSE);

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (template_child ("search_bar")), FALSE);
}

/* Draws the anatomy view the way its window would, at the window's scale, into an
 * ARGB32-ordered buffer of width × scale by height × scale pixels. */
static guchar *
render_anatomy_view (gsize *stride)
{
  GtkWidget *view = GTK_WIDGET (anatomy_view ());
  int scale = gtk_widget_get_scale_factor (view);
  int width = gtk_widget_get_width (view) * scale;
  int height = gtk_widget_get_height (view) * scale;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data;

  gtk_snapshot_scale (snapshot, scale, scale);
  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  *stride = width * 4;
  data = g_malloc (*stride * height);
  gdk_texture_download (texture, data, *stride);

  return data;
}

/* The view paints its drawing through a texture for the GL renderer and straight from
 * the cairo surface for the cairo renderer (meson runs this test under both, the cairo
 * one at scale 2): either way the picture on screen must be the renderer's own, and a
 * highlight must land on its muscle and nowhere else. */
static void
test_drawing_is_painted (void)
{
  NapeAnatomyView *view = anatomy_view ();
  NapeAnatomyRenderer *renderer = nape_anatomy_view_get_renderer (view);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (view));
  const char *id = nape_anatomy_renderer_get_pickable_ids (renderer)[0];
  cairo_surface_t *base;
  g_autofree guchar *plain = NULL;
  g_autofree guchar *chosen = NULL;
  double x, y, width, height;
  gsize stride, base_stride;
  guint changed = 0;
  const guchar *expected;
  int rows, columns;

  gtk_window_set_focus_visible (window, FALSE);
  nape_anatomy_view_set_selected (view, NULL);
  nape_anatomy_view_clear_highlights (view);
  plain = render_anatomy_view (&stride);

  base = nape_anatomy_renderer_get_base (renderer);
  cairo_surface_flush (base);
  expected = cairo_image_surface_get_data (base);
  base_stride = cairo_image_surface_get_stride (base);
  columns = cairo_image_surface_get_width (base);
  rows = cairo_image_surface_get_height (base);
  g_assert_cmpuint (stride, ==, (gsize) columns * 4);
  for (int row = 0; row < rows; row++)
    for (int byte = 0; byte < columns * 4; byte++)
      g_assert_cmpint (ABS (plain[row * stride + byte] - expected[row * base_stride + byte]), <=, 1);

  nape_anatomy_view_set_selected (view, id);
  chosen = render_anatomy_view (&stride);
  nape_anatomy_view_set_selected (view, NULL);
  g_assert_true (nape_anatomy_renderer_get_element_bounds (renderer, id, &x, &y, &width, &height));
  for (int row = 0; row < rows; row++)
    for (int column = 0; column < columns; column++)
      {
        gsize at = row * stride + column * 4;

        if (memcmp (plain + at, chosen + at, 4) == 0)
          continue;
        changed++;
        g_assert_cmpfloat (column, >=, (x - 1) * scale);
        g_assert_cmpfloat (column, <=, (x + width + 1) * scale);
        g_assert_cmpfloat (row, >=, (y - 1) * scale);
        g_assert_cmpfloat (row, <=, (y + height + 1) * scale);
      }
  g_assert_cmpuint (changed, >, (guint) (width * height * scale * scale / 10));
}

/* In "where does it hurt?", the muscles behind the chosen places are marked too and
 * often overlap them; the chosen places must stay on top, whichever was marked first. */
static void
test_chosen_area_on_top (void)
{
  NapeAnatomyView *view = anatomy_view ();
  NapeAnatomyRenderer *renderer = nape_anatomy_view_get_renderer (view);
  const char * const *ids = drawn_ids ();
  const char *area = NULL, *zone = NULL;
  g_autofree guchar *chosen_first = NULL;
  g_autofree guchar *chosen_last = NULL;
  gsize stride;
  int rows = gtk_widget_get_height (GTK_WIDGET (view))
             * gtk_widget_get_scale_factor (GTK_WIDGET (view));

  /* An area and a muscle whose outlines overlap. */
  for (guint i = 0; ids[i] != NULL && zone == NULL; i++)
    {
      double ax, ay, aw, ah;

      if (!g_str_has_prefix (ids[i], "area-"))
        continue;
      g_assert_true (nape_anatomy_renderer_get_element_bounds (renderer, ids[i], &ax, &ay,
                                                               &aw, &ah));
      for (guint j = 0; ids[j] != NULL && zone == NULL; j++)
        {
          double zx, zy, zw, zh;

          if (g_str_has_prefix (ids[j], "zone-")
              && nape_anatomy_renderer_get_element_bounds (renderer, ids[j], &zx, &zy, &zw, &zh)
              && zx < ax + aw / 2 && ax + aw / 2 < zx + zw && zy < ay + ah / 2
              && ay + ah / 2 < zy + zh)
            {
              area = ids[i];
              zone = ids[j];
            }
        }
    }
  g_assert_nonnull (zone);

  gtk_window_set_focus_visible (window, FALSE);
  nape_anatomy_view_set_selected (view, NULL);
  nape_anatomy_view_clear_highlights (view);
  nape_anatomy_view_add_highlight (view, area, NAPE_ANATOMY_HIGHLIGHT_CHOSEN);
  nape_anatomy_view_add_highlight (view, zone, NAPE_ANATOMY_HIGHLIGHT_SOURCE);
  chosen_first = render_anatomy_view (&stride);

  nape_anatomy_view_clear_highlights (view);
  nape_anatomy_view_add_highlight (view, zone, NAPE_ANATOMY_HIGHLIGHT_SOURCE);
  nape_anatomy_view_add_highlight (view, area, NAPE_ANATOMY_HIGHLIGHT_CHOSEN);
  chosen_last = render_anatomy_view (&stride);
  nape_anatomy_view_clear_highlights (view);

  g_assert_true (memcmp (chosen_first, chosen_last, stride * rows) == 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) routines = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  atlas = nape_atlas_new_from_resource (NAPE_ATLAS_RESOURCE, &error);
  g_assert_no_error (error);
  routines = nape_routine_list_new_from_resource (NAPE_ROUTINES_RESOURCE, atlas, &error);
  g_assert_no_error (error);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1100, 760);
  page = g_object_new (NAPE_TYPE_LEARN_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  nape_learn_page_set_content (page, atlas, routines);
  gtk_window_present (window);
  settle ();

  g_test_add_func ("/ui/learn/click-opens-every-zone", test_click_opens_every_zone);
  g_test_add_func ("/ui/learn/keyboard-reaches-every-zone", test_keyboard_reaches_every_zone);
  g_test_add_func ("/ui/learn/zones-are-accessible", test_zones_are_accessible);
  g_test_add_func ("/ui/learn/where-does-it-hurt", test_where_does_it_hurt);
  g_test_add_func ("/ui/learn/technique-rows", test_technique_rows);
  g_test_add_func ("/ui/learn/search", test_search);
  g_test_add_func ("/ui/learn/search-area-in-other-view", test_search_area_in_other_view);
  g_test_add_func ("/ui/learn/search-zone-in-other-view", test_search_zone_in_other_view);
  g_test_add_func ("/ui/learn/search-enter-opens-first-result",
                   test_search_enter_opens_first_result);
  g_test_add_func ("/ui/learn/search-enter-before-search-runs",
                   test_search_enter_before_search_runs);
  g_test_add_func ("/ui/learn/fits-narrow-window", test_fits_narrow_window);
  g_test_add_func ("/ui/learn/content-error", test_content_error_is_shown);
  g_test_add_func ("/ui/learn/focus-mark-follows-arrows", test_focus_mark_follows_arrows);
  g_test_add_func ("/ui/learn/search-down-focuses-first-result",
                   test_search_down_focuses_first_result);
  g_test_add_func ("/ui/learn/drawing-is-painted", test_drawing_is_painted);
  g_test_add_func ("/ui/learn/chosen-area-on-top", test_chosen_area_on_top);

  status = g_test_run ();

  gtk_window_destroy (window);
  g_object_unref (atlas);

  return status;
}
