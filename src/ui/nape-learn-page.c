/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-learn-page.c: the Learn page. The drawing of the head and neck sits beside a panel
 * that lists the muscles, shows one muscle's page, answers "where does it hurt?" and
 * searches the atlas. */

#define G_LOG_DOMAIN "nape-learn-page"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-anatomy-drawing.h"
#include "nape-area-row.h"
#include "nape-content-error.h"
#include "nape-learn-page.h"
#include "nape-routine.h"
#include "nape-routine-row.h"
#include "nape-routine-step.h"
#include "nape-technique-row.h"
#include "nape-zone-row.h"

struct _NapeLearnPage
{
  AdwBin              parent_instance;

  NapeAtlas          *atlas;
  GListModel         *routines;
  NapeView            view;
  /* Drawn in place of a view the build lost, so lookups fail quietly. */
  NapeAnatomyDrawing *empty_drawing;

  /* The muscle whose page is shown, and the side it was chosen on (0: any). */
  char               *zone_id;
  NapeSide            zone_side;
  /* Where the zone page was opened from, for the back button: "browse" or "pain". */
  const char         *zone_opened_from;
  /* Drawn ids of the pain areas the user chose. */
  GPtrArray          *chosen_areas;

  /* Template widgets */
  GtkStack           *content_stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *diagram_pane;
  GtkBox             *view_bar;
  GtkWidget          *panel;
  GtkToggleButton    *back_button;
  GtkToggleButton    *side_button;
  GtkToggleButton    *front_button;
  GtkToggleButton    *pain_button;
  NapeAnatomyView    *anatomy_view;
  GtkLabel           *diagram_hint;
  GtkWidget          *show_panel_button;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkWidget          *panel_back_button;
  GtkLabel           *panel_title;
  GtkStack           *panel_stack;
  GtkListBox         *zone_list;
  GtkScrolledWindow  *zone_scroller;
  GtkLabel           *zone_name;
  GtkLabel           *zone_latin;
  GtkLabel           *zone_summary;
  GtkWidget          *practice_button;
  GtkLabel           *zone_pain;
  GtkListBox         *refers_list;
  GtkLabel           *zone_locate;
  GtkWidget          *cautions_box;
  GtkLabel           *zone_cautions;
  GtkListBox         *techniques_list;
  GtkWidget          *routines_group;
  GtkListBox         *routines_list;
  GtkLabel           *pain_summary;
  GtkListBox         *pain_list;
  GtkWidget          *clear_pain_button;
  GtkStack           *search_stack;
  GtkListBox         *search_list;
  AdwStatusPage      *error_page;
};

G_DEFINE_FINAL_TYPE (NapeLearnPage, nape_learn_page, ADW_TYPE_BIN)

static const NapeSide all_sides[] = { NAPE_SIDE_LEFT, NAPE_SIDE_CENTER, NAPE_SIDE_RIGHT };

/* Drawings are loaded when their view is first shown, to keep start-up short. */
static NapeAnatomyDrawing *
current_drawing (NapeLearnPage *self)
{
  g_autoptr(GError) error = NULL;
  NapeAnatomyDrawing *drawing = nape_anatomy_drawing_get_for_view (self->view, &error);

  /* A damaged build; the error page replaces the atlas and the caller's lookups fail
   * quietly on the empty drawing below. */
  if (drawing == NULL && self->empty_drawing == NULL)
    {
      static const char empty_svg[] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
      g_autoptr(GBytes) empty = g_bytes_new_static (empty_svg, sizeof empty_svg - 1);

      g_autofree char *description = nape_content_error_describe (error);

      nape_learn_page_show_error (self, description);
      self->empty_drawing = nape_anatomy_drawing_new_from_bytes (empty, "empty.svg", NULL);
    }

  return drawing != NULL ? drawing : self->empty_drawing;
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The sides of an area that belong with a muscle worked on @side: pain is sent to the
 * same side, and to the middle. Any side when the muscle's side is not known. */
static gboolean
side_matches (NapeSide muscle_side,
              NapeSide area_side)
{
  return muscle_side == 0 || muscle_side == NAPE_SIDE_CENTER || area_side == NAPE_SIDE_CENTER
         || muscle_side == area_side;
}

/* Something drawn only in some @views is shown in the current view if that is one of
 * them, else in the first of them. */
static void
show_view_among (NapeLearnPage *self,
                 NapeView       views)
{
  if (views & self->view)
    return;

  for (NapeView view = NAPE_VIEW_BACK; view <= NAPE_VIEW_FRONT; view <<= 1)
    {
      if (views & view)
        {
          nape_learn_page_show_view (self, view);
          return;
        }
    }
}

static void
update_panel_chrome (NapeLearnPage *self)
{
  const char *state = gtk_stack_get_visible_child_name (self->panel_stack);
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  if (g_str_equal (state, "zone"))
    gtk_label_set_label (self->panel_title, "");
  else if (g_str_equal (state, "pain"))
    gtk_label_set_label (self->panel_title, _("Where Does It Hurt?"));
  else if (g_str_equal (state, "search"))
    gtk_label_set_label (self->panel_title, _("Search"));
  else
    gtk_label_set_label (self->panel_title, _("Muscles"));

  gtk_widget_set_visible (self->panel_back_button, g_str_equal (state, "zone") || folded);
  gtk_widget_set_visible (self->show_panel_button, folded);

  if (gtk_toggle_button_get_active (self->pain_button))
    gtk_label_set_label (self->diagram_hint,
                         _("Click every place where it hurts; click again to take it back."));
  else
    gtk_label_set_label (self->diagram_hint,
                         _("Click a muscle to learn about it. Striped places are never pressed."));
}

static void
show_panel (NapeLearnPage *self,
            const char    *state)
{
  gtk_stack_set_visible_child_name (self->panel_stack, state);
  update_panel_chrome (self);
}

/* Lights the pain areas of the zone shown, or the muscles behind the chosen pain. */
static void
update_highlights (NapeLearnPage *self)
{
  NapeAnatomyDrawing *drawing = current_drawing (self);

  nape_anatomy_view_clear_highlights (self->anatomy_view);

  if (gtk_toggle_button_get_active (self->pain_button))
    {
      for (guint i = 0; i < self->chosen_areas->len; i++)
        nape_anatomy_view_add_highlight (self->anatomy_view, self->chosen_areas->pdata[i],
                                         NAPE_ANATOMY_HIGHLIGHT_CHOSEN);
      return;
    }

  if (self->zone_id != NULL)
    {
      NapeZone *zone = nape_atlas_get_zone (self->atlas, self->zone_id);

      for (guint i = 0; i < nape_zone_get_n_referrals (zone); i++)
        {
          NapeReferralWeight weight;
          NapeArea *area = nape_zone_get_referral (zone, i, &weight);

          for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
            {
              g_autofree char *id = NULL;

              if (!side_matches (self->zone_side, all_sides[s]))
                continue;

              id = nape_anatomy_drawing_format_id (NAPE_DRAWN_AREA, nape_area_get_id (area),
                                                   all_sides[s]);
              if (nape_anatomy_drawing_has_element (drawing, id))
                nape_anatomy_view_add_highlight (self->anatomy_view, id,
                                                 weight == NAPE_REFERRAL_WEIGHT_PRIMARY
                                                 ? NAPE_ANATOMY_HIGHLIGHT_PRIMARY
                                                 : NAPE_ANATOMY_HIGHLIGHT_SECONDARY);
            }
        }
    }
}

/* Marks the zone shown on the drawing: on its own side when this view draws it, else on
 * whichever side the view shows. */
static void
update_selection (NapeLearnPage *self)
{
  NapeAnatomyDrawing *drawing = current_drawing (self);
  g_autofree char *selected = NULL;

  if (self->zone_id != NULL && !gtk_toggle_button_get_active (self->pain_button))
    {
      if (self->zone_side != 0)
        selected = nape_anatomy_drawing_format_id (NAPE_DRAWN_ZONE, self->zone_id,
                                                   self->zone_side);

      for (guint s = 0; s < G_N_ELEMENTS (all_sides)
                        && (selected == NULL || !nape_anatomy_drawing_has_element (drawing, selected));
           s++)
        {
          g_free (selected);
          selected = nape_anatomy_drawing_format_id (NAPE_DRAWN_ZONE, self->zone_id,
                                                     all_sides[s]);
        }

      if (!nape_anatomy_drawing_has_element (drawing, selected))
        g_clear_pointer (&selected, g_free);
    }

  nape_anatomy_view_set_selected (self->anatomy_view, selected);
}

static void
fill_zone_page (NapeLearnPage *self,
                NapeZone      *zone)
{
  g_autoptr(GString) locate = g_string_new (NULL);
  g_autoptr(GString) cautions = g_string_new (NULL);
  GListModel *model;
  gboolean has_routines = FALSE;

  gtk_label_set_label (self->zone_name, nape_zone_get_name (zone));
  gtk_label_set_label (self->zone_latin, nape_zone_get_latin (zone));
  gtk_label_set_label (self->zone_summary, nape_zone_get_summary (zone));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->practice_button), "s",
                                    nape_zone_get_id (zone));
  gtk_label_set_label (self->zone_pain, nape_zone_get_pain (zone));

  remove_all_rows (self->refers_list);
  for (guint i = 0; i < nape_zone_get_n_referrals (zone); i++)
    {
      NapeReferralWeight weight;
      NapeArea *area = nape_zone_get_referral (zone, i, &weight);

      gtk_list_box_append (self->refers_list,
                           g_object_new (ADW_TYPE_ACTION_ROW,
                                         "title", nape_area_get_name (area),
                                         "subtitle", weight == NAPE_REFERRAL_WEIGHT_PRIMARY
                                                     ? _("Often")
                                                     : _("Sometimes"),
                                         NULL));
    }

  for (guint i = 0; i < nape_zone_get_n_locate_steps (zone); i++)
    g_string_append_printf (locate, "%s%u. %s", i > 0 ? "\n" : "", i + 1,
                            nape_zone_get_locate_step (zone, i));
  gtk_label_set_label (self->zone_locate, locate->str);

  model = nape_zone_get_cautions (zone);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeCaution) caution = g_list_model_get_item (model, i);
      g_autofree char *title = g_markup_escape_text (nape_caution_get_title (caution), -1);
      g_autofree char *text = g_markup_escape_text (nape_caution_get_text (caution), -1);

      g_string_append_printf (cautions, "%s<b>%s</b>\n%s", i > 0 ? "\n\n" : "", title, text);
    }
  gtk_label_set_markup (self->zone_cautions, cautions->str);
  gtk_widget_set_visible (self->cautions_box, cautions->len > 0);

  remove_all_rows (self->techniques_list);
  model = nape_zone_get_techniques (zone);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeTechnique) technique = g_list_model_get_item (model, i);

      gtk_list_box_append (self->techniques_list, nape_technique_row_new (technique));
    }

  remove_all_rows (self->routines_list);
  for (guint i = 0; self->routines != NULL && i < g_list_model_get_n_items (self->routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (self->routines, i);

      if (nape_routine_uses_zone (routine, nape_zone_get_id (zone)))
        {
          g_autofree char *length = nape_routine_describe_length (routine);

          gtk_list_box_append (self->routines_list, nape_routine_row_new (routine, length));
          has_routines = TRUE;
        }
    }
  gtk_widget_set_visible (self->routines_group, has_routines);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->zone_scroller), 0);
}

typedef struct
{
  NapeZone *zone;
  guint     primary;
  guint     secondary;
  guint     order;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  /* Muscles that mostly send pain to a chosen place first, the more places the better,
   * then those that sometimes do; the atlas order breaks ties. */
  if ((x->primary > 0) != (y->primary > 0))
    return x->primary > 0 ? -1 : 1;
  if (x->primary != y->primary)
    return (int) y->primary - (int) x->primary;
  if (x->secondary != y->secondary)
    return (int) y->secondary - (int) x->secondary;

  return (int) x->order - (int) y->order;
}

static void
update_pain_results (NapeLearnPage *self)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GListModel *zones = nape_atlas_get_zones (self->atlas);
  NapeAnatomyDrawing *drawing = current_drawing (self);

  remove_all_rows (self->pain_list);

  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (zones, i);
      Candidate candidate = { zone, 0, 0, i };

      for (guint a = 0; a < self->chosen_areas->len; a++)
        {
          g_autofree char *area_id = NULL;
          NapeReferralWeight weight;
          NapeDrawnKind kind;

          if (!nape_anatomy_drawing_parse_id (self->chosen_areas->pdata[a], &kind, &area_id, NULL))
            continue;
          if (!nape_zone_get_referral_weight (zone, area_id, &weight))
            continue;

          if (weight == NAPE_REFERRAL_WEIGHT_PRIMARY)
            candidate.primary++;
          else
            candidate.secondary++;
        }

      if (candidate.primary + candidate.secondary > 0)
        g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);

  if (self->chosen_areas->len == 0)
    gtk_label_set_label (self->pain_summary,
                         _("Click on the drawing where you feel the pain. Nape lists the "
                           "muscles that can send pain there, the most likely first."));
  else
    gtk_label_set_label (self->pain_summary,
                         _("These muscles can send pain to the places you chose. Feel for a "
                           "tender spot in each, starting at the top of the list."));

  for (guint i = 0; i < candidates->len; i++)
    {
      const Candidate *candidate = &g_array_index (candidates, Candidate, i);

      gtk_list_box_append (self->pain_list,
                           nape_zone_row_new (candidate->zone,
                                         candidate->primary > 0
                                         ? _("Often sends pain here")
                                         : _("Sometimes sends pain here")));

      /* Light the muscle on the drawing, on the side of the pain. */
      for (guint a = 0; a < self->chosen_areas->len; a++)
        {
          NapeDrawnKind kind;
          NapeSide area_side;

          if (!nape_anatomy_drawing_parse_id (self->chosen_areas->pdata[a], &kind, NULL,
                                              &area_side))
            continue;

          for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
            {
              g_autofree char *id = NULL;

              id = nape_anatomy_drawing_format_id (NAPE_DRAWN_ZONE,
                                                   nape_zone_get_id (candidate->zone),
                                                   all_sides[s]);

              if (side_matches (area_side, all_sides[s])
                  && nape_anatomy_drawing_has_element (drawing, id))
                nape_anatomy_view_add_highlight (self->anatomy_view, id,
                                                 candidate->primary > 0
                                                 ? NAPE_ANATOMY_HIGHLIGHT_SOURCE
                                                 : NAPE_ANATOMY_HIGHLIGHT_MINOR_SOURCE);
            }
        }
    }

  gtk_widget_set_visible (GTK_WIDGET (self->pain_list), candidates->len > 0);
  gtk_widget_set_visible (self->clear_pain_button, self->chosen_areas->len > 0);
}

static void
refresh_pain (NapeLearnPage *self)
{
  update_highlights (self);
  update_pain_results (self);
}

static gboolean
matches (const char *text,
         const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;

  folded = g_utf8_casefold (text, -1);

  return strstr (folded, folded_query) != NULL;
}

static void
update_search (NapeLearnPage *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = NULL;
  GListModel *model;
  guint n_results = 0;

  remove_all_rows (self->search_list);

  if (query[0] == '\0')
    {
      show_panel (self, gtk_toggle_button_get_active (self->pain_button) ? "pain" : "browse");
      return;
    }

  folded = g_utf8_casefold (query, -1);

  model = nape_atlas_get_zones (self->atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (model, i);
      GListModel *techniques = nape_zone_get_techniques (zone);
      const char *technique_match = NULL;

      for (guint t = 0; t < g_list_model_get_n_items (techniques) && technique_match == NULL; t++)
        {
          g_autoptr(NapeTechnique) technique = g_list_model_get_item (techniques, t);

          if (matches (nape_technique_get_name (technique), folded))
            technique_match = nape_technique_get_name (technique);
        }

      if (matches (nape_zone_get_name (zone), folded) || matches (nape_zone_get_latin (zone), folded))
        {
          gtk_list_box_append (self->search_list, nape_zone_row_new (zone, _("Muscle")));
          n_results++;
        }
      else if (technique_match != NULL)
        {
          /* Translators: a search result: a muscle found through a technique that suits it */
          g_autofree char *subtitle = g_strdup_printf (_("Technique: %s"), technique_match);

          gtk_list_box_append (self->search_list, nape_zone_row_new (zone, subtitle));
          n_results++;
        }
    }

  model = nape_atlas_get_areas (self->atlas);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeArea) area = g_list_model_get_item (model, i);

      if (!matches (nape_area_get_name (area), folded))
        continue;

      gtk_list_box_append (self->search_list, nape_area_row_new (area));
      n_results++;
    }

  gtk_stack_set_visible_child_name (self->search_stack, n_results > 0 ? "results" : "empty");
  show_panel (self, "search");
}

static void
view_toggled_cb (NapeLearnPage   *self,
                 GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->side_button)
    nape_learn_page_show_view (self, NAPE_VIEW_SIDE);
  else if (button == self->front_button)
    nape_learn_page_show_view (self, NAPE_VIEW_FRONT);
  else
    nape_learn_page_show_view (self, NAPE_VIEW_BACK);
}

static void
pain_toggled_cb (NapeLearnPage *self)
{
  gboolean pain_mode = gtk_toggle_button_get_active (self->pain_button);

  nape_anatomy_view_set_mode (self->anatomy_view,
                              pain_mode ? NAPE_ANATOMY_MODE_PAIN : NAPE_ANATOMY_MODE_MUSCLES);
  update_selection (self);

  if (pain_mode)
    {
      refresh_pain (self);
      show_panel (self, "pain");
    }
  else
    {
      update_highlights (self);
      show_panel (self, self->zone_id != NULL ? "zone" : "browse");
    }
}

static void
anatomy_activated_cb (NapeLearnPage *self,
                      const char    *id)
{
  g_autofree char *atlas_id = NULL;
  NapeDrawnKind kind;
  NapeSide side;
  guint index;

  if (!nape_anatomy_drawing_parse_id (id, &kind, &atlas_id, &side))
    return;

  switch (kind)
    {
    case NAPE_DRAWN_ZONE:
      self->zone_opened_from = "browse";
      nape_learn_page_show_zone (self, atlas_id, side);
      break;

    case NAPE_DRAWN_AREA:
      if (g_ptr_array_find_with_equal_func (self->chosen_areas, id, g_str_equal, &index))
        g_ptr_array_remove_index (self->chosen_areas, index);
      else
        g_ptr_array_add (self->chosen_areas, g_strdup (id));
      refresh_pain (self);
      show_panel (self, "pain");
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      break;

    case NAPE_DRAWN_AVOID:
    default:
      break;
    }
}

static void
zone_row_activated_cb (NapeLearnPage *self,
                       GtkListBoxRow *row,
                       GtkListBox    *list)
{
  const char *zone_id = nape_zone_row_get_zone_id (NAPE_ZONE_ROW (row));

  self->zone_opened_from = list == self->pain_list ? "pain" : "browse";
  if (gtk_toggle_button_get_active (self->pain_button))
    gtk_toggle_button_set_active (self->pain_button, FALSE);
  nape_learn_page_show_zone (self, zone_id, 0);
}

/* The window opens the routine on the Routines page. */
static void
routine_row_activated_cb (NapeLearnPage *self,
                          GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-routine", "s",
                              nape_routine_row_get_routine_id (NAPE_ROUTINE_ROW (row)));
}

static void
search_row_activated_cb (NapeLearnPage *self,
                         GtkListBoxRow *row)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  if (NAPE_IS_ZONE_ROW (row))
    {
      self->zone_opened_from = "browse";
      gtk_toggle_button_set_active (self->pain_button, FALSE);
      nape_learn_page_show_zone (self, nape_zone_row_get_zone_id (NAPE_ZONE_ROW (row)), 0);
    }
  else if (NAPE_IS_AREA_ROW (row))
    {
      const char *area_id = nape_area_row_get_area_id (NAPE_AREA_ROW (row));
      NapeAnatomyDrawing *drawing;

      show_view_among (self, nape_area_get_views (nape_atlas_get_area (self->atlas, area_id)));
      drawing = current_drawing (self);
      g_ptr_array_set_size (self->chosen_areas, 0);
      for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
        {
          g_autofree char *id = NULL;

          id = nape_anatomy_drawing_format_id (NAPE_DRAWN_AREA, area_id, all_sides[s]);

          if (nape_anatomy_drawing_has_element (drawing, id))
            g_ptr_array_add (self->chosen_areas, g_steal_pointer (&id));
        }
      gtk_toggle_button_set_active (self->pain_button, TRUE);
      refresh_pain (self);
    }
}

static void
search_changed_cb (NapeLearnPage *self)
{
  update_search (self);
}

/* Enter opens the first result, the best, as in Nautilus and Settings. */
static void
search_activate_cb (NapeLearnPage *self)
{
  GtkListBoxRow *best;

  /* Enter can come before the delayed search-changed: search for what is typed now. An
   * empty field has no results, and searching for it would leave a muscle's page. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    update_search (self);

  /* The row's own activation, so this does what a click on it does. */
  best = gtk_list_box_get_row_at_index (self->search_list, 0);
  if (best != NULL)
    gtk_widget_activate (GTK_WIDGET (best));
}

/* Down goes on from the field into the results, so the arrows walk them and Enter opens
 * one; GTK would move on to whatever lies below the field, the search button. */
static gboolean
search_key_pressed_cb (NapeLearnPage         *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkListBoxRow *first;

  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
      || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  /* The list keeps the results of a search the pain mode has since hidden. */
  first = gtk_list_box_get_row_at_index (self->search_list, 0);
  if (first == NULL
      || !g_str_equal (gtk_stack_get_visible_child_name (self->panel_stack), "search"))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_grab_focus (GTK_WIDGET (first));

  return GDK_EVENT_STOP;
}

static void
stop_search_cb (NapeLearnPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
search_mode_changed_cb (NapeLearnPage *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
folded_changed_cb (NapeLearnPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* Narrow, the view buttons and "Where does it hurt?" take a line each. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->view_bar),
                                  folded ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (self->view_bar, folded ? 6 : 12);
  update_panel_chrome (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (widget);
  const char *state = gtk_stack_get_visible_child_name (self->panel_stack);

  if (g_str_equal (state, "zone") && !adw_leaflet_get_folded (self->leaflet))
    {
      g_clear_pointer (&self->zone_id, g_free);
      update_selection (self);
      update_highlights (self);
      if (g_strcmp0 (self->zone_opened_from, "pain") == 0)
        gtk_toggle_button_set_active (self->pain_button, TRUE);
      else
        show_panel (self, "browse");
      return;
    }

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_panel_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
clear_pain_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (widget);

  g_ptr_array_set_size (self->chosen_areas, 0);
  refresh_pain (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
nape_learn_page_dispose (GObject *object)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (object);

  /* AdwBin unparents the template's tree itself. */
  g_clear_object (&self->atlas);
  g_clear_object (&self->routines);
  g_clear_object (&self->empty_drawing);

  G_OBJECT_CLASS (nape_learn_page_parent_class)->dispose (object);
}

static void
nape_learn_page_finalize (GObject *object)
{
  NapeLearnPage *self = NAPE_LEARN_PAGE (object);

  g_clear_pointer (&self->zone_id, g_free);
  g_clear_pointer (&self->chosen_areas, g_ptr_array_unref);

  G_OBJECT_CLASS (nape_learn_page_parent_class)->finalize (object);
}

static void
nape_learn_page_class_init (NapeLearnPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_learn_page_dispose;
  object_class->finalize = nape_learn_page_finalize;

  g_type_ensure (NAPE_TYPE_ANATOMY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-learn-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, diagram_pane);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, view_bar);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, panel);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, side_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, front_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, pain_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, anatomy_view);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, diagram_hint);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, show_panel_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, panel_back_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, panel_title);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, panel_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_scroller);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_name);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_latin);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_summary);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, practice_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_pain);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, refers_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_locate);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, cautions_box);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, zone_cautions);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, techniques_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, routines_group);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, routines_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, pain_summary);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, pain_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, clear_pain_button);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, search_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, search_list);
  gtk_widget_class_bind_template_child (widget_class, NapeLearnPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, view_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, pain_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, anatomy_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, zone_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, routine_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  gtk_widget_class_install_action (widget_class, "learn.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "learn.clear-pain", NULL, clear_pain_action);
  gtk_widget_class_install_action (widget_class, "learn.show-panel", NULL, show_panel_action);
  /* Ctrl+F is the window's, so it works wherever the focus is. */
  gtk_widget_class_install_action (widget_class, "learn.search", NULL, search_action);
}

static void
nape_learn_page_init (NapeLearnPage *self)
{
  self->view = NAPE_VIEW_BACK;
  self->zone_opened_from = "browse";
  self->chosen_areas = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (folded_changed_cb), self, G_CONNECT_SWAPPED);
  update_panel_chrome (self);
}

/**
 * nape_learn_page_set_content:
 * @self: a #NapeLearnPage
 * @atlas: the atlas to show
 * @routines: the built-in routines, to list those that work on a muscle
 *
 * Loads the drawings and fills the page. A drawing that cannot be loaded shows the error.
 */
void
nape_learn_page_set_content (NapeLearnPage *self,
                             NapeAtlas     *atlas,
                             GListModel    *routines)
{
  GListModel *zones;

  g_return_if_fail (NAPE_IS_LEARN_PAGE (self));
  g_return_if_fail (NAPE_IS_ATLAS (atlas));
  g_return_if_fail (G_IS_LIST_MODEL (routines));

  g_set_object (&self->atlas, atlas);
  g_set_object (&self->routines, routines);

  remove_all_rows (self->zone_list);
  zones = nape_atlas_get_zones (atlas);
  for (guint i = 0; i < g_list_model_get_n_items (zones); i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (zones, i);

      gtk_list_box_append (self->zone_list, nape_zone_row_new (zone, nape_zone_get_latin (zone)));
    }

  gtk_stack_set_visible_child_name (self->content_stack, "atlas");
  nape_anatomy_view_set_drawing (self->anatomy_view, atlas, current_drawing (self),
                                 nape_anatomy_drawing_describe_view (self->view));
  show_panel (self, "browse");
}

/**
 * nape_learn_page_show_error:
 * @self: a #NapeLearnPage
 * @description: what went wrong, from nape_content_error_describe()
 *
 * Shows the problem in place of the atlas; the rest of the app goes on working.
 */
void
nape_learn_page_show_error (NapeLearnPage *self,
                            const char    *description)
{
  g_return_if_fail (NAPE_IS_LEARN_PAGE (self));
  g_return_if_fail (description != NULL);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

/**
 * nape_learn_page_show_view:
 * @self: a #NapeLearnPage
 * @view: the view of the head to draw
 */
void
nape_learn_page_show_view (NapeLearnPage *self,
                           NapeView       view)
{
  NapeAnatomyDrawing *drawing;

  g_return_if_fail (NAPE_IS_LEARN_PAGE (self));

  if (view == NAPE_VIEW_SIDE)
    gtk_toggle_button_set_active (self->side_button, TRUE);
  else if (view == NAPE_VIEW_FRONT)
    gtk_toggle_button_set_active (self->front_button, TRUE);
  else
    gtk_toggle_button_set_active (self->back_button, TRUE);
  if (self->view == view || self->atlas == NULL)
    {
      self->view = view;
      return;
    }

  self->view = view;
  drawing = current_drawing (self);
  /* Chosen pain areas stay only where this view draws them too. */
  for (guint i = self->chosen_areas->len; i > 0; i--)
    {
      if (!nape_anatomy_drawing_has_element (drawing, self->chosen_areas->pdata[i - 1]))
        g_ptr_array_remove_index (self->chosen_areas, i - 1);
    }

  nape_anatomy_view_set_drawing (self->anatomy_view, self->atlas, drawing,
                                 nape_anatomy_drawing_describe_view (view));
  update_selection (self);
  if (gtk_toggle_button_get_active (self->pain_button))
    refresh_pain (self);
  else
    update_highlights (self);
}

/**
 * nape_learn_page_show_zone:
 * @self: a #NapeLearnPage
 * @zone_id: the atlas id of a muscle zone
 * @side: the side it was chosen on, or 0
 *
 * Opens the muscle's page and lights it and where it sends pain.
 */
void
nape_learn_page_show_zone (NapeLearnPage *self,
                           const char    *zone_id,
                           NapeSide       side)
{
  NapeZone *zone;

  g_return_if_fail (NAPE_IS_LEARN_PAGE (self));
  g_return_if_fail (zone_id != NULL);

  zone = nape_atlas_get_zone (self->atlas, zone_id);
  g_return_if_fail (zone != NULL);

  g_free (self->zone_id);
  self->zone_id = g_strdup (zone_id);
  self->zone_side = side;

  show_view_among (self, nape_zone_get_views (zone));
  fill_zone_page (self, zone);
  update_selection (self);
  update_highlights (self);
  show_panel (self, "zone");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/**
 * nape_learn_page_set_pain_mode:
 * @self: a #NapeLearnPage
 * @pain_mode: %TRUE to ask "where does it hurt?"
 */
void
nape_learn_page_set_pain_mode (NapeLearnPage *self,
                               gboolean       pain_mode)
{
  g_return_if_fail (NAPE_IS_LEARN_PAGE (self));

  gtk_toggle_button_set_active (self->pain_button, pain_mode);
}

/**
 * nape_learn_page_get_shown_zone:
 * @self: a #NapeLearnPage
 *
 * Returns: (nullable): the atlas id of the muscle whose page is shown
 */
const char *
nape_learn_page_get_shown_zone (NapeLearnPage *self)
{
  g_return_val_if_fail (NAPE_IS_LEARN_PAGE (self), NULL);

  return g_str_equal (gtk_stack_get_visible_child_name (self->panel_stack), "zone")
         ? self->zone_id : NULL;
}

NapeAnatomyView *
nape_learn_page_get_anatomy_view (NapeLearnPage *self)
{
  g_return_val_if_fail (NAPE_IS_LEARN_PAGE (self), NULL);

  return self->anatomy_view;
}

GtkListBox *
nape_learn_page_get_pain_list (NapeLearnPage *self)
{
  g_return_val_if_fail (NAPE_IS_LEARN_PAGE (self), NULL);

  return self->pain_list;
}

GtkListBox *
nape_learn_page_get_zone_list (NapeLearnPage *self)
{
  g_return_val_if_fail (NAPE_IS_LEARN_PAGE (self), NULL);

  return self->zone_list;
}
