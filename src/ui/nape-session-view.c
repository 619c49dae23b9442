/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-session-view.c: plays a routine. Before: pain now and the safety reminders of its
 * muscles. While it runs: a countdown in a ring, the step, the side, the muscle lit on the
 * drawing, sounds, notifications while the window is in the background, and no suspend or
 * screen lock. After: pain now, the step that helped most and notes. */

#define G_LOG_DOMAIN "nape-session-view"

#include "config.h"

#include <glib/gi18n.h>
#include <gsound.h>

#include "nape-anatomy-drawing.h"
#include "nape-caution-row.h"
#include "nape-massage-session.h"
#include "nape-progress-ring.h"
#include "nape-session-view.h"
#include "nape-system-clock.h"

struct _NapeSessionView
{
  AdwBin              parent_instance;

  GSettings          *settings;
  NapeClock          *clock;
  NapeAtlas          *atlas;
  NapeRoutine        *routine;
  NapeSession        *session;
  GSoundContext      *sound;
  gboolean            sound_failed;
  guint               inhibit_cookie;
  guint               ring_tick_id;
  /* The step whose text is shown, to refill it only when it changes. */
  int                 shown_step;
  gboolean            shown_get_ready;

  /* What goes into the diary. */
  GDateTime          *started_at;
  gint64              started_us;
  gint64              duration_s;
  /* Steps begun so far (all once finished); of those, the ones skipped are not done. */
  guint               steps_reached;
  GArray             *skipped;
  GPtrArray          *zones_worked;
  gboolean            paused_to_ask;
  /* "Stop the Routine?" while it is open, so asking again brings it forward. */
  GtkWidget          *stop_dialog;

  /* Template widgets */
  GtkStack           *stack;
  GtkLabel           *before_title;
  GtkLabel           *before_facts;
  GtkScale           *pain_before_scale;
  GtkWidget          *cautions_group;
  GtkListBox         *cautions_list;
  AdwLeaflet         *leaflet;
  NapeAnatomyView    *anatomy_view;
  GtkWidget          *info_pane;
  GtkLabel           *step_label;
  GtkLabel           *side_label;
  NapeProgressRing   *ring;
  GtkLabel           *countdown_label;
  GtkLabel           *countdown_caption;
  GtkWidget          *count_button;
  GtkLabel           *zone_label;
  GtkLabel           *technique_label;
  GtkLabel           *instruction_label;
  AdwExpanderRow     *how_row;
  GtkLabel           *how_label;
  GtkLabel           *next_label;
  GtkButton          *pause_button;
  GtkLabel           *after_title;
  GtkLabel           *after_summary;
  GtkScale           *pain_after_scale;
  AdwComboRow        *helped_row;
  GtkTextView        *notes_view;
};

G_DEFINE_FINAL_TYPE (NapeSessionView, nape_session_view, ADW_TYPE_BIN)

enum {
  CLOSED,
  SESSION_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const NapeSide all_sides[] = { NAPE_SIDE_LEFT, NAPE_SIDE_CENTER, NAPE_SIDE_RIGHT };

static NapeRoutineStep *
step_at (NapeSessionView *self,
         int              index)
{
  GListModel *steps = nape_routine_get_steps (self->routine);
  g_autoptr(NapeRoutineStep) step = NULL;

  if (index < 0 || (guint) index >= g_list_model_get_n_items (steps))
    return NULL;

  /* The routine holds the step; a borrowed pointer is enough. */
  step = g_list_model_get_item (steps, index);
  return step;
}

static guint
n_steps (NapeSessionView *self)
{
  return g_list_model_get_n_items (nape_routine_get_steps (self->routine));
}

static const char *
side_name (NapeSide side)
{
  switch (side)
    {
    case NAPE_SIDE_LEFT:
      return _("Left side");
    case NAPE_SIDE_RIGHT:
      return _("Right side");
    case NAPE_SIDE_CENTER:
    default:
      return NULL;
    }
}

static void
play_sound (NapeSessionView *self,
            const char      *event_id,
            const char      *description)
{
  g_autoptr(GError) error = NULL;

  if (!g_settings_get_boolean (self->settings, "sounds-enabled") || self->sound_failed)
    return;

  if (self->sound == NULL)
    {
      self->sound = gsound_context_new (NULL, &error);
      if (self->sound == NULL)
        {
          /* No sound server (a test, a headless session): go on quietly. */
          g_debug ("No sounds: %s", error->message);
          self->sound_failed = TRUE;
          return;
        }
    }

  if (!gsound_context_play_simple (self->sound, NULL, &error,
                                   GSOUND_ATTR_EVENT_ID, event_id,
                                   GSOUND_ATTR_EVENT_DESCRIPTION, description,
                                   NULL))
    {
      /* Most likely no sound device: stay quiet for the rest of this session. */
      g_debug ("Could not play “%s”: %s", event_id, error->message);
      self->sound_failed = TRUE;
    }
}

static GApplication *
application (NapeSessionView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!GTK_IS_WINDOW (root))
    return NULL;

  return G_APPLICATION (gtk_window_get_application (GTK_WINDOW (root)));
}

static void
notify_step (NapeSessionView *self,
             const char      *title,
             const char      *body)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GApplication *app = application (self);
  g_autoptr(GNotification) notification = NULL;

  if (app == NULL || gtk_window_is_active (GTK_WINDOW (root)))
    return;

  notification = g_notification_new (title);
  if (body != NULL)
    g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_application_send_notification (app, "routine-step", notification);
}

static void
set_inhibited (NapeSessionView *self,
               gboolean         inhibited)
{
  GtkApplication *app = GTK_APPLICATION (application (self));

  if (inhibited && self->inhibit_cookie == 0 && app != NULL)
    self->inhibit_cookie = gtk_application_inhibit (app,
                                                    GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                    GTK_APPLICATION_INHIBIT_SUSPEND
                                                    | GTK_APPLICATION_INHIBIT_IDLE,
                                                    _("A massage routine is playing"));
  else if (!inhibited && self->inhibit_cookie != 0)
    {
      if (app != NULL)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* Shows the zone of @step in the first view that draws it, lit on @side when that side is
 * drawn there, else on whichever side is. */
static void
show_zone (NapeSessionView *self,
           NapeRoutineStep *step,
           NapeSide         side)
{
  const char *zone_id = nape_routine_step_get_zone_id (step);
  NapeZone *zone = nape_atlas_get_zone (self->atlas, zone_id);
  g_autoptr(GError) error = NULL;
  NapeAnatomyDrawing *drawing = NULL;
  NapeView view = NAPE_VIEW_BACK;

  for (NapeView v = NAPE_VIEW_BACK; v <= NAPE_VIEW_FRONT && zone != NULL; v <<= 1)
    {
      if (nape_zone_get_views (zone) & v)
        {
          view = v;
          break;
        }
    }

  /* Drawings are loaded when a step first needs them. */
  drawing = nape_anatomy_drawing_get_for_view (view, &error);
  if (drawing == NULL)
    {
      g_debug ("No drawing: %s", error->message);
      return;
    }

  if (nape_anatomy_view_get_renderer (self->anatomy_view) == NULL
      || nape_anatomy_renderer_get_drawing (nape_anatomy_view_get_renderer (self->anatomy_view)) != drawing)
    nape_anatomy_view_set_drawing (self->anatomy_view, self->atlas, drawing,
                                   nape_anatomy_drawing_describe_view (view));

  nape_anatomy_view_clear_highlights (self->anatomy_view);
  for (int pass = 0; pass < 2; pass++)
    {
      gboolean found = FALSE;

      for (guint s = 0; s < G_N_ELEMENTS (all_sides); s++)
        {
          g_autofree char *id = NULL;

          /* First pass: only the side being worked; second: any side drawn. */
          if (pass == 0 && side != 0 && all_sides[s] != side)
            continue;

          id = nape_anatomy_drawing_format_id (NAPE_DRAWN_ZONE, zone_id, all_sides[s]);
          if (nape_anatomy_drawing_has_element (drawing, id))
            {
              nape_anatomy_view_add_highlight (self->anatomy_view, id,
                                               NAPE_ANATOMY_HIGHLIGHT_STEP);
              found = TRUE;
            }
        }

      if (found)
        break;
    }
}

static char *
step_title (NapeSessionView *self,
            NapeRoutineStep *step)
{
  NapeZone *zone = nape_atlas_get_zone (self->atlas, nape_routine_step_get_zone_id (step));
  NapeTechnique *technique = nape_atlas_get_technique (self->atlas,
                                                       nape_routine_step_get_technique_id (step));

  if (technique == NULL)
    return g_strdup (zone != NULL ? nape_zone_get_name (zone) : nape_routine_step_get_zone_id (step));

  /* Translators: a routine step: the muscle, then the technique */
  return g_strdup_printf (_("%s: %s"),
                          zone != NULL ? nape_zone_get_name (zone) : nape_routine_step_get_zone_id (step),
                          nape_technique_get_name (technique));
}

static void
fill_step (NapeSessionView *self,
           int              index)
{
  NapeRoutineStep *step = step_at (self, index);
  NapeRoutineStep *next = step_at (self, index + 1);
  NapeZone *zone;
  NapeTechnique *technique;
  const char *instruction;

  if (step == NULL)
    return;

  zone = nape_atlas_get_zone (self->atlas, nape_routine_step_get_zone_id (step));
  technique = nape_atlas_get_technique (self->atlas, nape_routine_step_get_technique_id (step));
  instruction = nape_routine_step_get_instruction (step);

  gtk_label_set_label (self->zone_label, zone != NULL ? nape_zone_get_name (zone) : "");
  gtk_label_set_label (self->technique_label,
                       technique != NULL ? nape_technique_get_name (technique) : "");
  gtk_label_set_label (self->instruction_label,
                       instruction != NULL ? instruction
                       : technique != NULL ? nape_technique_get_summary (technique) : "");
  gtk_label_set_label (self->how_label,
                       technique != NULL ? nape_technique_get_how (technique) : "");
  adw_expander_row_set_subtitle (self->how_row,
                                 technique != NULL ? nape_technique_get_name (technique) : "");

  if (next != NULL)
    {
      g_autofree char *title = step_title (self, next);
      g_autofree char *text = g_strdup_printf (_("Next: %s"), title);

      gtk_label_set_label (self->next_label, text);
    }
  else
    gtk_label_set_label (self->next_label, _("This is the last step."));
}

static char *
format_time (gint64 ms)
{
  gint64 seconds = (ms + 999) / 1000;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", seconds / 60, (int) (seconds % 60));
}

static void
update_ring (NapeSessionView *self)
{
  NapeRoutineStep *step = nape_session_get_step (self->session);
  gint64 remaining = nape_session_get_remaining_ms (self->session);
  gint64 elapsed = nape_session_get_elapsed_ms (self->session);
  double fraction = 0.0;

  if (remaining < 0 && step != NULL && nape_routine_step_get_reps (step) > 0)
    fraction = (double) nape_session_get_repetition (self->session)
               / nape_routine_step_get_reps (step);
  else if (remaining + elapsed > 0)
    fraction = (double) elapsed / (double) (remaining + elapsed);

  nape_progress_ring_set_fraction (self->ring, fraction);
}

static gboolean
ring_tick_cb (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  update_ring (NAPE_SESSION_VIEW (user_data));

  return G_SOURCE_CONTINUE;
}

static void
update_display (NapeSessionView *self)
{
  NapeSessionState state = nape_session_get_state (self->session);
  NapeSessionPhase phase = nape_session_get_phase (self->session);
  NapeRoutineStep *step = nape_session_get_step (self->session);
  int index = nape_session_get_step_index (self->session);
  NapeSide side = nape_session_get_side (self->session);
  gint64 remaining = nape_session_get_remaining_ms (self->session);
  gboolean paused = state == NAPE_SESSION_STATE_PAUSED;
  gboolean waits = step != NULL && phase == NAPE_SESSION_PHASE_STEP
                   && nape_routine_step_get_waits_for_user (step);
  gboolean playing = state == NAPE_SESSION_STATE_RUNNING
                     || state == NAPE_SESSION_STATE_GET_READY;
  g_autofree char *step_text = NULL;
  g_autofree char *countdown = NULL;
  g_autofree char *caption = NULL;
  const char *side_text = NULL;

  if (step == NULL)
    return;

  if (index != self->shown_step || (phase == NAPE_SESSION_PHASE_GET_READY) != self->shown_get_ready)
    {
      fill_step (self, index);
      self->shown_step = index;
      self->shown_get_ready = phase == NAPE_SESSION_PHASE_GET_READY;
    }

  if (phase == NAPE_SESSION_PHASE_GET_READY)
    step_text = g_strdup (_("Get Ready"));
  else
    step_text = g_strdup_printf (_("Step %d of %u"), index + 1, n_steps (self));
  gtk_label_set_label (self->step_label, step_text);

  if (phase == NAPE_SESSION_PHASE_SWITCH)
    side_text = side == NAPE_SIDE_RIGHT ? _("Next: right side") : _("Next: left side");
  else if (phase == NAPE_SESSION_PHASE_STEP)
    side_text = side_name (side);
  gtk_label_set_label (self->side_label, side_text != NULL ? side_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->side_label), side_text != NULL);

  if (waits)
    {
      countdown = g_strdup_printf ("%u", nape_session_get_repetition (self->session));
      caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u time", "of %u times",
                                              nape_routine_step_get_reps (step)),
                                 nape_routine_step_get_reps (step));
    }
  else
    {
      countdown = format_time (remaining);
      if (phase == NAPE_SESSION_PHASE_SWITCH)
        caption = g_strdup (_("Switch sides"));
      else if (phase == NAPE_SESSION_PHASE_STEP && nape_routine_step_get_reps (step) > 0)
        caption = g_strdup_printf (_("%u of %u times"),
                                   MIN (nape_session_get_repetition (self->session) + 1,
                                        nape_routine_step_get_reps (step)),
                                   nape_routine_step_get_reps (step));
    }
  if (paused)
    {
      g_free (caption);
      caption = g_strdup (_("Paused"));
    }

  gtk_label_set_label (self->countdown_label, countdown);
  gtk_label_set_label (self->countdown_caption, caption != NULL ? caption : "");
  gtk_widget_set_visible (GTK_WIDGET (self->countdown_caption), caption != NULL);
  gtk_widget_set_visible (self->count_button, waits);
  if (paused)
    gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "dim-label");

  gtk_button_set_icon_name (self->pause_button, paused ? "media-playback-start-symbolic"
                                                       : "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->pause_button),
                               paused ? _("Resume (Space)") : _("Pause (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pause_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  paused ? _("Resume") : _("Pause"),
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.count-repetition",
                                 waits && !paused);

  update_ring (self);
  if (playing && self->ring_tick_id == 0)
    self->ring_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->ring), ring_tick_cb,
                                                       self, NULL);
  else if (!playing && self->ring_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->ring), self->ring_tick_id);
      self->ring_tick_id = 0;
    }
}

static void
set_running_actions_enabled (NapeSessionView *self,
                             gboolean         enabled)
{
  static const char *actions[] = {
    "session.toggle-pause", "session.space", "session.back", "session.skip", "session.stop",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], enabled);
  if (!enabled)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.count-repetition", FALSE);
}

static void
add_zone_worked (NapeSessionView *self,
                 NapeRoutineStep *step,
                 NapeSide         side)
{
  g_autofree char *place = g_strdup_printf ("%s:%s", nape_routine_step_get_zone_id (step),
                                            nape_side_to_string (side != 0 ? side
                                                                 : NAPE_SIDE_CENTER));

  for (guint i = 0; i < self->zones_worked->len; i++)
    {
      if (g_str_equal (self->zones_worked->pdata[i], place))
        return;
    }

  g_ptr_array_add (self->zones_worked, g_steal_pointer (&place));
}

/* The steps begun and not skipped: what the summary and the diary count as done. */
static guint
steps_done (NapeSessionView *self)
{
  guint done = 0;

  for (guint i = 0; i < self->steps_reached && i < self->skipped->len; i++)
    done += !g_array_index (self->skipped, gboolean, i);

  return done;
}

static void
show_after (NapeSessionView *self,
            gboolean         finished)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *summary = NULL;
  guint minutes;

  self->duration_s = (nape_clock_now_us (self->clock) - self->started_us) / G_USEC_PER_SEC;
  minutes = MAX (1, (self->duration_s + 30) / 60);
  if (finished)
    self->steps_reached = n_steps (self);

  if (!finished)
    gtk_label_set_label (self->after_title, _("Routine Stopped"));
  else if (steps_done (self) == 0)
    gtk_label_set_label (self->after_title, _("Every Step Skipped"));
  else
    gtk_label_set_label (self->after_title, _("Well Done"));
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u of %u steps in about %u minute.",
                                          "%u of %u steps in about %u minutes.", minutes),
                             steps_done (self), n_steps (self), minutes);
  gtk_label_set_label (self->after_summary, summary);

  gtk_string_list_append (choices, _("Not sure"));
  for (guint i = 0; i < n_steps (self); i++)
    {
      g_autofree char *title = step_title (self, step_at (self, i));
      g_autofree char *row = g_strdup_printf ("%u. %s", i + 1, title);

      gtk_string_list_append (choices, row);
    }
  adw_combo_row_set_model (self->helped_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->helped_row, 0);
  gtk_range_set_value (GTK_RANGE (self->pain_after_scale),
                       gtk_range_get_value (GTK_RANGE (self->pain_before_scale)));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), "", -1);

  set_running_actions_enabled (self, FALSE);
  set_inhibited (self, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "after");
}

static void
state_changed_cb (NapeSessionView *self)
{
  NapeSessionState state = nape_session_get_state (self->session);

  set_inhibited (self, state == NAPE_SESSION_STATE_RUNNING
                       || state == NAPE_SESSION_STATE_GET_READY);

  if (state == NAPE_SESSION_STATE_FINISHED || state == NAPE_SESSION_STATE_STOPPED)
    {
      GApplication *app = application (self);

      if (app != NULL)
        g_application_withdraw_notification (app, "routine-step");
      if (state == NAPE_SESSION_STATE_FINISHED)
        {
          play_sound (self, "complete", _("Routine complete"));
          notify_step (self, _("Routine complete"), nape_routine_get_name (self->routine));
        }
      update_display (self);
      show_after (self, state == NAPE_SESSION_STATE_FINISHED);
      return;
    }

  update_display (self);
}

static void
phase_changed_cb (NapeSessionView *self,
                  NapeSessionPhase phase)
{
  if (phase == NAPE_SESSION_PHASE_SWITCH)
    {
      play_sound (self, "message", _("Switch sides"));
      notify_step (self, _("Switch sides"), nape_routine_get_name (self->routine));
    }
  else if (phase == NAPE_SESSION_PHASE_GET_READY)
    {
      NapeRoutineStep *step = nape_session_get_step (self->session);

      if (step != NULL)
        show_zone (self, step, nape_routine_step_get_n_sides (step) > 0 ? NAPE_SIDE_LEFT : 0);
    }

  update_display (self);
}

static void
step_changed_cb (NapeSessionView *self,
                 guint            index,
                 NapeSide         side)
{
  NapeRoutineStep *step = step_at (self, index);
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  const char *side_text = side_name (side);

  g_assert (step != NULL);

  self->steps_reached = MAX (self->steps_reached, index);
  /* A step begun again, with back, is no longer one that was skipped. */
  if (side == 0 || side == NAPE_SIDE_LEFT)
    g_array_index (self->skipped, gboolean, index) = FALSE;
  add_zone_worked (self, step, side);
  show_zone (self, step, side);
  update_display (self);

  play_sound (self, "bell", _("Next step"));

  title = step_title (self, step);
  if (side_text != NULL)
    body = g_strdup_printf (_("Step %u of %u, %s"), index + 1, n_steps (self), side_text);
  else
    body = g_strdup_printf (_("Step %u of %u"), index + 1, n_steps (self));
  notify_step (self, title, body);
}

static void
tick_cb (NapeSessionView *self)
{
  update_display (self);
}

static void
warning_cb (NapeSessionView *self,
            guint            seconds_left)
{
  play_sound (self, "audio-volume-change", _("Countdown"));
}

static void
stop_response_cb (NapeSessionView *self,
                  const char      *response)
{
  if (self->session == NULL)
    return;

  if (g_str_equal (response, "stop"))
    nape_session_view_stop (self);
  else if (self->paused_to_ask
           && nape_session_get_state (self->session) == NAPE_SESSION_STATE_PAUSED)
    nape_session_resume (self->session);

  self->paused_to_ask = FALSE;
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  nape_session_view_start (NAPE_SESSION_VIEW (widget));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
toggle_pause_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);

  switch (nape_session_get_state (self->session))
    {
    case NAPE_SESSION_STATE_PAUSED:
      nape_session_resume (self->session);
      break;

    case NAPE_SESSION_STATE_RUNNING:
    case NAPE_SESSION_STATE_GET_READY:
      nape_session_pause (self->session);
      break;

    case NAPE_SESSION_STATE_READY:
    case NAPE_SESSION_STATE_FINISHED:
    case NAPE_SESSION_STATE_STOPPED:
    default:
      break;
    }
}

static void
count_repetition_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);

  nape_session_count_repetition (self->session);
}

/* Space counts on a step that waits for the user to count, and pauses on any other. */
static void
space_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);

  if (!nape_session_count_repetition (self->session))
    toggle_pause_action (widget, action_name, parameter);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  nape_session_back (NAPE_SESSION_VIEW (widget)->session);
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);
  int index = nape_session_get_step_index (self->session);

  if (index >= 0 && (guint) index < self->skipped->len)
    g_array_index (self->skipped, gboolean, index) = TRUE;
  nape_session_skip (self->session);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwMessageDialog *dialog;
  NapeSessionState state = nape_session_get_state (self->session);

  if (self->stop_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->stop_dialog));
      return;
    }

  /* The clock does not run on while the user decides. */
  if (state == NAPE_SESSION_STATE_RUNNING || state == NAPE_SESSION_STATE_GET_READY)
    {
      nape_session_pause (self->session);
      self->paused_to_ask = TRUE;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                            : NULL,
                                                       _("Stop the Routine?"),
                                                       _("You can still note how you feel "
                                                         "and save what you did.")));
  adw_message_dialog_add_responses (dialog,
                                    "continue", _("_Keep Going"),
                                    "stop", _("_Stop"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "stop", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "continue");
  adw_message_dialog_set_close_response (dialog, "continue");
  g_signal_connect_object (dialog, "response", G_CALLBACK (stop_response_cb), self,
                           G_CONNECT_SWAPPED);
  self->stop_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->stop_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Escape steps back: out of the screen before the start, or, while the routine plays, to
 * the question whether to stop it. After the end it does nothing: what was done is only
 * left by saving or by closing on purpose. */
static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  const char *stage = nape_session_view_get_stage (NAPE_SESSION_VIEW (widget));

  if (g_strcmp0 (stage, "before") == 0)
    gtk_widget_activate_action (widget, "session.close", NULL);
  else if (g_strcmp0 (stage, "running") == 0)
    gtk_widget_activate_action (widget, "session.stop", NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (widget);
  g_autoptr(NapeMassageSession) entry = nape_massage_session_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes = NULL;
  guint helped = adw_combo_row_get_selected (self->helped_row);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));

  nape_massage_session_set_start (entry, self->started_at);
  nape_massage_session_set_routine_id (entry, nape_routine_get_id (self->routine));
  nape_massage_session_set_zones (entry, (const char * const *) self->zones_worked->pdata);
  nape_massage_session_set_steps_done (entry, steps_done (self));
  nape_massage_session_set_duration (entry, (int) MIN (self->duration_s, G_MAXINT));
  nape_massage_session_set_pain_before (entry,
                                        (int) gtk_range_get_value (GTK_RANGE (self->pain_before_scale)));
  nape_massage_session_set_pain_after (entry,
                                       (int) gtk_range_get_value (GTK_RANGE (self->pain_after_scale)));
  nape_massage_session_set_helped_step (entry, helped == 0 || helped == GTK_INVALID_LIST_POSITION
                                               ? -1 : (int) helped - 1);
  nape_massage_session_set_notes (entry, *notes != '\0' ? notes : NULL);

  g_signal_emit (self, signals[SESSION_FINISHED], 0, entry);
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
folded_changed_cb (NapeSessionView *self)
{
  /* Narrow: the step and its controls matter more than the drawing. */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->info_pane);
}

static void
disconnect_session (NapeSessionView *self)
{
  if (self->session == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->session, self);
  if (nape_session_get_state (self->session) == NAPE_SESSION_STATE_RUNNING
      || nape_session_get_state (self->session) == NAPE_SESSION_STATE_PAUSED
      || nape_session_get_state (self->session) == NAPE_SESSION_STATE_GET_READY)
    nape_session_stop (self->session);
  g_clear_object (&self->session);
}

static void
nape_session_view_dispose (GObject *object)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (object);

  if (self->stop_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->stop_dialog), (gpointer *) &self->stop_dialog);
  self->stop_dialog = NULL;

  if (self->ring_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->ring), self->ring_tick_id);
      self->ring_tick_id = 0;
    }
  set_inhibited (self, FALSE);
  disconnect_session (self);
  g_clear_object (&self->routine);
  g_clear_object (&self->atlas);
  g_clear_object (&self->clock);
  g_clear_object (&self->settings);
  g_clear_object (&self->sound);

  G_OBJECT_CLASS (nape_session_view_parent_class)->dispose (object);
}

static void
nape_session_view_finalize (GObject *object)
{
  NapeSessionView *self = NAPE_SESSION_VIEW (object);

  g_clear_pointer (&self->started_at, g_date_time_unref);
  g_clear_pointer (&self->zones_worked, g_ptr_array_unref);
  g_clear_pointer (&self->skipped, g_array_unref);

  G_OBJECT_CLASS (nape_session_view_parent_class)->finalize (object);
}

static void
nape_session_view_class_init (NapeSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_session_view_dispose;
  object_class->finalize = nape_session_view_finalize;

  /**
   * NapeSessionView::closed:
   *
   * The user is done with the view: cancelled, discarded or saved.
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * NapeSessionView::session-finished:
   * @entry: the #NapeMassageSession to keep in the diary
   *
   * The user chose to save the session, finished or stopped.
   */
  signals[SESSION_FINISHED] =
    g_signal_new ("session-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NAPE_TYPE_MASSAGE_SESSION);

  g_type_ensure (NAPE_TYPE_ANATOMY_VIEW);
  g_type_ensure (NAPE_TYPE_PROGRESS_RING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, before_title);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, before_facts);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, pain_before_scale);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, cautions_group);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, cautions_list);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, anatomy_view);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, info_pane);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, step_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, side_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, ring);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, countdown_caption);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, count_button);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, zone_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, technique_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, instruction_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, how_row);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, how_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, next_label);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, pause_button);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, after_title);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, after_summary);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, pain_after_scale);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, helped_row);
  gtk_widget_class_bind_template_child (widget_class, NapeSessionView, notes_view);

  gtk_widget_class_install_action (widget_class, "session.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "session.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "session.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "session.toggle-pause", NULL,
                                   toggle_pause_action);
  gtk_widget_class_install_action (widget_class, "session.count-repetition", NULL,
                                   count_repetition_action);
  gtk_widget_class_install_action (widget_class, "session.space", NULL, space_action);
  gtk_widget_class_install_action (widget_class, "session.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "session.skip", NULL, skip_action);
  gtk_widget_class_install_action (widget_class, "session.stop", NULL, stop_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "session.space", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "session.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "session.skip", NULL);
  gtk_widget_class_install_action (widget_class, "session.escape", NULL, escape_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "session.escape", NULL);
}

static void
nape_session_view_init (NapeSessionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->shown_step = -1;
  self->zones_worked = g_ptr_array_new_null_terminated (8, g_free, TRUE);
  self->skipped = g_array_new (FALSE, TRUE, sizeof (gboolean));

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (folded_changed_cb), self, G_CONNECT_SWAPPED);
  set_running_actions_enabled (self, FALSE);
}

/**
 * nape_session_view_set_clock:
 * @self: a #NapeSessionView
 * @clock: (nullable): the clock the next session is timed with; %NULL for the system clock
 *
 * Tests pass a #NapeManualClock to play a routine in virtual time.
 */
void
nape_session_view_set_clock (NapeSessionView *self,
                             NapeClock       *clock)
{
  g_return_if_fail (NAPE_IS_SESSION_VIEW (self));
  g_return_if_fail (clock == NULL || NAPE_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

/**
 * nape_session_view_prepare:
 * @self: a #NapeSessionView
 * @atlas: the atlas the routine's steps name
 * @routine: the routine to play
 *
 * Shows what comes before the routine: pain now and the safety reminders. Any session
 * still playing is stopped.
 */
void
nape_session_view_prepare (NapeSessionView *self,
                           NapeAtlas       *atlas,
                           NapeRoutine     *routine)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *facts = NULL;
  GListModel *steps;
  GtkWidget *child;

  g_return_if_fail (NAPE_IS_SESSION_VIEW (self));
  g_return_if_fail (NAPE_IS_ATLAS (atlas));
  g_return_if_fail (NAPE_IS_ROUTINE (routine));

  disconnect_session (self);
  set_inhibited (self, FALSE);
  set_running_actions_enabled (self, FALSE);
  g_set_object (&self->atlas, atlas);
  g_set_object (&self->routine, routine);
  self->shown_step = -1;

  steps = nape_routine_get_steps (routine);
  gtk_label_set_label (self->before_title, nape_routine_get_name (routine));
  facts = nape_routine_describe_length (routine);
  gtk_label_set_label (self->before_facts, facts);
  gtk_range_set_value (GTK_RANGE (self->pain_before_scale), 0);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->cautions_list))) != NULL)
    gtk_list_box_remove (self->cautions_list, child);

  /* Every caution of every muscle the routine works, once, in the order met. */
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      NapeZone *zone = nape_atlas_get_zone (atlas, nape_routine_step_get_zone_id (step));
      GListModel *cautions = zone != NULL ? nape_zone_get_cautions (zone) : NULL;

      for (guint c = 0; cautions != NULL && c < g_list_model_get_n_items (cautions); c++)
        {
          g_autoptr(NapeCaution) caution = g_list_model_get_item (cautions, c);

          if (!g_hash_table_add (seen, (gpointer) nape_caution_get_id (caution)))
            continue;

          gtk_list_box_append (self->cautions_list, nape_caution_row_new (caution));
        }
    }
  gtk_widget_set_visible (self->cautions_group, g_hash_table_size (seen) > 0);

  gtk_stack_set_visible_child_name (self->stack, "before");
  gtk_widget_grab_focus (GTK_WIDGET (self->pain_before_scale));
}

/**
 * nape_session_view_start:
 * @self: a prepared #NapeSessionView
 *
 * Starts the routine, after a short countdown.
 */
void
nape_session_view_start (NapeSessionView *self)
{
  g_return_if_fail (NAPE_IS_SESSION_VIEW (self));
  g_return_if_fail (self->routine != NULL);

  disconnect_session (self);
  if (self->clock == NULL)
    self->clock = nape_system_clock_new ();

  self->session = nape_session_new (self->routine, self->clock);
  self->shown_step = -1;
  self->sound_failed = FALSE;
  self->steps_reached = 0;
  g_array_set_size (self->skipped, 0);
  g_array_set_size (self->skipped, n_steps (self));
  self->duration_s = 0;
  g_ptr_array_set_size (self->zones_worked, 0);
  g_clear_pointer (&self->started_at, g_date_time_unref);
  self->started_at = g_date_time_new_now_local ();
  self->started_us = nape_clock_now_us (self->clock);

  g_signal_connect_object (self->session, "notify::state", G_CALLBACK (state_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::repetition", G_CALLBACK (tick_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "phase-changed", G_CALLBACK (phase_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "step-changed", G_CALLBACK (step_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "tick", G_CALLBACK (tick_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "warning", G_CALLBACK (warning_cb),
                           self, G_CONNECT_SWAPPED);

  set_running_actions_enabled (self, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "running");
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->info_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  nape_session_start (self->session);
}

/**
 * nape_session_view_stop:
 * @self: a #NapeSessionView
 *
 * Stops the routine without asking, and shows what comes after.
 */
void
nape_session_view_stop (NapeSessionView *self)
{
  NapeSessionState state;

  g_return_if_fail (NAPE_IS_SESSION_VIEW (self));

  if (self->session == NULL)
    return;

  state = nape_session_get_state (self->session);
  if (state != NAPE_SESSION_STATE_FINISHED && state != NAPE_SESSION_STATE_STOPPED
      && state != NAPE_SESSION_STATE_READY)
    nape_session_stop (self->session);
}

/**
 * nape_session_view_close_request:
 * @self: a #NapeSessionView
 *
 * For the window about to close. A routine still playing is not cut short unasked: it
 * pauses and asks, as Escape does, and the window stays open. A routine that ended but
 * was not saved yet is saved as it stands, so closing loses nothing.
 *
 * Returns: %TRUE if the window must stay open
 */
gboolean
nape_session_view_close_request (NapeSessionView *self)
{
  const char *stage;

  g_return_val_if_fail (NAPE_IS_SESSION_VIEW (self), FALSE);

  stage = nape_session_view_get_stage (self);
  if (self->session == NULL)
    return FALSE;

  if (g_strcmp0 (stage, "running") == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "session.stop", NULL);
      return TRUE;
    }
  if (g_strcmp0 (stage, "after") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "session.save", NULL);

  return FALSE;
}

/**
 * nape_session_view_get_session:
 * @self: a #NapeSessionView
 *
 * Returns: (transfer none) (nullable): the session started last
 */
NapeSession *
nape_session_view_get_session (NapeSessionView *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION_VIEW (self), NULL);

  return self->session;
}

/**
 * nape_session_view_get_stage:
 * @self: a #NapeSessionView
 *
 * Returns: "before", "running" or "after"
 */
const char *
nape_session_view_get_stage (NapeSessionView *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

NapeAnatomyView *
nape_session_view_get_anatomy_view (NapeSessionView *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION_VIEW (self), NULL);

  return self->anatomy_view;
}
