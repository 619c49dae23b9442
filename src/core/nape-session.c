/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-session.c — plays a routine on a time line computed from its start, so nothing drifts */

#define G_LOG_DOMAIN "nape-session"

#include "config.h"

#include "nape-session.h"

#define SECOND_US G_GINT64_CONSTANT (1000000)

/* One timed (or user-paced) stretch of the session: the countdown, a step
 * or one side of it, or a side switch. */
typedef struct
{
  NapeSessionPhase phase;
  guint            step_index;
  NapeSide         side;
  gint64           duration_us;  /* -1: waits for the user to count */
  guint            reps;
  gint64           rep_us;       /* > 0: repetitions advance by time */
  int              intensity;
} Segment;

struct _NapeSession
{
  GObject           parent_instance;

  NapeRoutine      *routine;
  NapeClock        *clock;
  NapeMassager     *massager;
  guint             get_ready_seconds;

  NapeSessionState  state;
  NapeSessionPhase  phase;
  int               step_index;
  NapeSide          side;
  guint             repetition;

  GArray           *segments;
  guint             current;
  gint64            start_us;          /* clock time of nape_session_start() */
  gint64            paused_us;         /* clock time spent in finished pauses */
  gint64            pause_began_us;
  gint64            segment_start_us;  /* active time the current segment began */
  int               tick_cursor;       /* last tick emitted in the segment, -1 none */
  guint             deadline_id;
  guint             generation;        /* bumped by every move; handlers may move us */
  gboolean          massager_running;
};

G_DEFINE_FINAL_TYPE (NapeSession, nape_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (NapeSessionState, nape_session_state,
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_READY, "ready"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_GET_READY, "get-ready"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_RUNNING, "running"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_PAUSED, "paused"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_FINISHED, "finished"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_STATE_STOPPED, "stopped"))

G_DEFINE_ENUM_TYPE (NapeSessionPhase, nape_session_phase,
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_PHASE_NONE, "none"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_PHASE_GET_READY, "get-ready"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_PHASE_STEP, "step"),
                    G_DEFINE_ENUM_VALUE (NAPE_SESSION_PHASE_SWITCH, "switch"))

enum {
  PROP_0,
  PROP_ROUTINE,
  PROP_CLOCK,
  PROP_MASSAGER,
  PROP_GET_READY_SECONDS,
  PROP_STATE,
  PROP_PHASE,
  PROP_STEP_INDEX,
  PROP_SIDE,
  PROP_REPETITION,
  PROP_REMAINING_MS,
  PROP_ELAPSED_MS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PHASE_CHANGED,
  STEP_CHANGED,
  TICK,
  WARNING,
  FINISHED,
  STOPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void process (NapeSession *self);

static gboolean
is_playing (NapeSession *self)
{
  return self->state == NAPE_SESSION_STATE_GET_READY
         || self->state == NAPE_SESSION_STATE_RUNNING;
}

static gboolean
is_under_way (NapeSession *self)
{
  return is_playing (self) || self->state == NAPE_SESSION_STATE_PAUSED;
}

static const Segment *
current_segment (NapeSession *self)
{
  g_assert (self->segments != NULL && self->current < self->segments->len);

  return &g_array_index (self->segments, Segment, self->current);
}

/* Session time: the clock minus the start and every pause; frozen while paused. */
static gint64
active_now_us (NapeSession *self)
{
  gint64 now_us;

  if (self->state == NAPE_SESSION_STATE_PAUSED)
    now_us = self->pause_began_us;
  else
    now_us = nape_clock_now_us (self->clock);

  return now_us - self->start_us - self->paused_us;
}

static gint64
segment_elapsed_us (NapeSession *self)
{
  return active_now_us (self) - self->segment_start_us;
}

/* Ticks of a timed segment: its start, then each moment the time left is a
 * whole number of seconds.  Tick k (k ≥ 1) has n − k seconds left. */
static int
timed_n_ticks (const Segment *segment)
{
  return (int) ((segment->duration_us + SECOND_US - 1) / SECOND_US);
}

static gint64
tick_offset_us (const Segment *segment,
                int            k)
{
  if (segment->duration_us < 0)
    return k * SECOND_US;

  if (k == 0)
    return 0;

  return segment->duration_us - (timed_n_ticks (segment) - k) * SECOND_US;
}

static int
latest_due_tick (const Segment *segment,
                 gint64         elapsed_us)
{
  gint64 left_us;
  int n;

  if (segment->duration_us < 0)
    return (int) (elapsed_us / SECOND_US);

  n = timed_n_ticks (segment);
  left_us = segment->duration_us - elapsed_us;

  return MAX (0, n - (int) ((left_us + SECOND_US - 1) / SECOND_US));
}

static void
build_segments (NapeSession *self)
{
  static const NapeSide side_order[] = { NAPE_SIDE_LEFT, NAPE_SIDE_CENTER, NAPE_SIDE_RIGHT };
  GListModel *steps = nape_routine_get_steps (self->routine);
  guint n_steps = g_list_model_get_n_items (steps);

  self->segments = g_array_new (FALSE, TRUE, sizeof (Segment));

  if (self->get_ready_seconds > 0)
    {
      Segment segment = {
        .phase = NAPE_SESSION_PHASE_GET_READY,
        .duration_us = self->get_ready_seconds * SECOND_US,
        .intensity = NAPE_ROUTINE_STEP_NO_INTENSITY,
      };

      g_array_append_val (self->segments, segment);
    }

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      NapeSide sides = nape_routine_step_get_sides (step);
      Segment segment = {
        .phase = NAPE_SESSION_PHASE_STEP,
        .step_index = i,
        .reps = nape_routine_step_get_reps (step),
        .intensity = nape_routine_step_get_intensity (step),
      };
      gboolean first = TRUE;

      if (nape_routine_step_get_waits_for_user (step))
        segment.duration_us = -1;
      else
        segment.duration_us = nape_routine_step_get_side_seconds (step) * SECOND_US;

      if (nape_routine_step_get_seconds (step) == 0 && nape_routine_step_get_rep_seconds (step) > 0)
        segment.rep_us = (gint64) (nape_routine_step_get_rep_seconds (step) * SECOND_US + 0.5);

      if (sides == 0)
        {
          g_array_append_val (self->segments, segment);
          continue;
        }

      for (guint s = 0; s < G_N_ELEMENTS (side_order); s++)
        {
          if ((sides & side_order[s]) == 0)
            continue;

          if (!first)
            {
              Segment switch_segment = {
                .phase = NAPE_SESSION_PHASE_SWITCH,
                .step_index = i,
                .side = side_order[s],
                .duration_us = NAPE_SIDE_SWITCH_SECONDS * SECOND_US,
                .intensity = NAPE_ROUTINE_STEP_NO_INTENSITY,
              };

              g_array_append_val (self->segments, switch_segment);
            }

          segment.side = side_order[s];
          g_array_append_val (self->segments, segment);
          first = FALSE;
        }
    }
}

static void
remove_deadline (NapeSession *self)
{
  guint id = self->deadline_id;

  self->deadline_id = 0;
  if (id != 0)
    nape_clock_remove_deadline (self->clock, id);
}

static void
massager_stop (NapeSession *self)
{
  self->massager_running = FALSE;
  if (self->massager != NULL)
    nape_massager_stop (self->massager);
}

/* Brings the massager to what the current segment asks for, while playing. */
static void
massager_follow_segment (NapeSession *self)
{
  const Segment *segment = current_segment (self);

  if (segment->phase == NAPE_SESSION_PHASE_STEP && segment->intensity >= 0)
    {
      self->massager_running = TRUE;
      if (self->massager != NULL)
        nape_massager_set_level (self->massager, segment->intensity);
    }
  else if (self->massager_running)
    {
      massager_stop (self);
    }
}

static void
set_state (NapeSession      *self,
           NapeSessionState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_repetition (NapeSession *self,
                guint        repetition)
{
  if (self->repetition == repetition)
    return;

  self->repetition = repetition;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPETITION]);
}

static void
deadline_cb (gpointer user_data)
{
  NapeSession *self = user_data;

  self->deadline_id = 0;

  g_object_ref (self);
  process (self);
  g_object_unref (self);
}

/* Arms the one deadline, for the next event of the current segment. */
static void
arm (NapeSession *self)
{
  const Segment *segment;
  gint64 next_us = G_MAXINT64;
  int next_tick = self->tick_cursor + 1;

  remove_deadline (self);

  if (!is_playing (self))
    return;

  segment = current_segment (self);

  if (segment->duration_us >= 0)
    next_us = segment->duration_us;

  if (segment->duration_us < 0 || next_tick < timed_n_ticks (segment))
    next_us = MIN (next_us, tick_offset_us (segment, next_tick));

  if (segment->rep_us > 0 && self->repetition < segment->reps)
    next_us = MIN (next_us, (self->repetition + 1) * segment->rep_us);

  self->deadline_id = nape_clock_add_deadline (self->clock,
                                               self->start_us + self->paused_us
                                               + self->segment_start_us + next_us,
                                               deadline_cb, self, NULL);
}

/* Makes segment @index current from active time @start_us and says so.
 * Returns FALSE if a handler moved the session on meanwhile. */
static gboolean
enter_segment (NapeSession *self,
               guint        index,
               gint64       start_us)
{
  GObject *object = G_OBJECT (self);
  const Segment *segment;
  guint generation = ++self->generation;
  NapeSessionPhase old_phase = self->phase;
  int old_step_index = self->step_index;
  NapeSide old_side = self->side;

  self->current = index;
  self->segment_start_us = start_us;
  self->tick_cursor = -1;
  segment = current_segment (self);

  self->phase = segment->phase;
  self->step_index = segment->step_index;
  self->side = segment->side;

  if (is_playing (self))
    massager_follow_segment (self);

  g_object_freeze_notify (object);
  if (self->state == NAPE_SESSION_STATE_GET_READY && segment->phase != NAPE_SESSION_PHASE_GET_READY)
    set_state (self, NAPE_SESSION_STATE_RUNNING);
  if (old_phase != self->phase)
    g_object_notify_by_pspec (object, properties[PROP_PHASE]);
  if (old_step_index != self->step_index)
    g_object_notify_by_pspec (object, properties[PROP_STEP_INDEX]);
  if (old_side != self->side)
    g_object_notify_by_pspec (object, properties[PROP_SIDE]);
  set_repetition (self, 0);
  g_object_notify_by_pspec (object, properties[PROP_REMAINING_MS]);
  g_object_notify_by_pspec (object, properties[PROP_ELAPSED_MS]);
  g_object_thaw_notify (object);
  if (generation != self->generation)
    return FALSE;

  g_signal_emit (self, signals[PHASE_CHANGED], 0, self->phase);
  if (generation != self->generation)
    return FALSE;

  if (segment->phase == NAPE_SESSION_PHASE_STEP)
    {
      g_signal_emit (self, signals[STEP_CHANGED], 0, (guint) self->step_index, self->side);
      if (generation != self->generation)
        return FALSE;
    }

  return TRUE;
}

static void
end_session (NapeSession      *self,
             NapeSessionState  state)
{
  GObject *object = G_OBJECT (self);

  self->generation++;
  remove_deadline (self);
  /* Explicitly, whatever we think the massager is doing (DESIGN.md, Safety). */
  massager_stop (self);

  g_object_freeze_notify (object);
  set_state (self, state);
  if (self->phase != NAPE_SESSION_PHASE_NONE)
    {
      self->phase = NAPE_SESSION_PHASE_NONE;
      g_object_notify_by_pspec (object, properties[PROP_PHASE]);
    }
  if (self->side != 0)
    {
      self->side = 0;
      g_object_notify_by_pspec (object, properties[PROP_SIDE]);
    }
  g_object_notify_by_pspec (object, properties[PROP_REMAINING_MS]);
  g_object_thaw_notify (object);

  g_signal_emit (self, signals[state == NAPE_SESSION_STATE_FINISHED ? FINISHED : STOPPED], 0);
}

/* Goes to the segment after the current one, from active time @start_us,
 * or finishes.  Returns FALSE if the session did not simply go on there. */
static gboolean
enter_next_segment (NapeSession *self,
                    gint64       start_us)
{
  if (self->current + 1 < self->segments->len)
    return enter_segment (self, self->current + 1, start_us);

  end_session (self, NAPE_SESSION_STATE_FINISHED);
  return FALSE;
}

/* Catches up with the clock: every boundary passed, in order, then the
 * latest tick due, then arms the next deadline. */
static void
process (NapeSession *self)
{
  while (is_playing (self))
    {
      const Segment *segment = current_segment (self);
      guint generation = self->generation;
      gint64 elapsed_us = segment_elapsed_us (self);
      int due_tick;

      if (segment->duration_us >= 0 && elapsed_us >= segment->duration_us)
        {
          /* Let a timed count reach its end before the next segment resets it. */
          if (segment->rep_us > 0)
            {
              set_repetition (self, MIN (segment->reps, segment->duration_us / segment->rep_us));
              if (generation != self->generation)
                return;
            }

          /* From the scheduled end, not from now: this is what keeps time. */
          if (!enter_next_segment (self, self->segment_start_us + segment->duration_us))
            return;

          continue;
        }

      if (segment->rep_us > 0)
        {
          set_repetition (self, MIN (segment->reps, elapsed_us / segment->rep_us));
          if (generation != self->generation)
            return;
        }

      due_tick = latest_due_tick (segment, elapsed_us);
      if (due_tick > self->tick_cursor)
        {
          self->tick_cursor = due_tick;

          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING_MS]);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ELAPSED_MS]);
          g_signal_emit (self, signals[TICK], 0);
          if (generation != self->generation)
            return;

          if (segment->duration_us >= 0
              && (due_tick > 0 || segment->duration_us % SECOND_US == 0))
            {
              int seconds_left = timed_n_ticks (segment) - due_tick;

              if (seconds_left >= 1 && seconds_left <= 3)
                {
                  g_signal_emit (self, signals[WARNING], 0, (guint) seconds_left);
                  if (generation != self->generation)
                    return;
                }
            }
        }

      arm (self);
      return;
    }
}

/* Moves to segment @index now, after back or skip; a paused session stays paused. */
static void
jump_to_segment (NapeSession *self,
                 guint        index)
{
  g_object_ref (self);

  if (enter_segment (self, index, active_now_us (self)))
    {
      if (is_playing (self))
        process (self);
      else
        remove_deadline (self);
    }

  g_object_unref (self);
}

static void
nape_session_dispose (GObject *object)
{
  NapeSession *self = (NapeSession *) object;

  remove_deadline (self);

  if (is_under_way (self))
    {
      massager_stop (self);
      self->state = NAPE_SESSION_STATE_STOPPED;
    }

  g_clear_object (&self->massager);
  g_clear_object (&self->clock);
  g_clear_object (&self->routine);

  G_OBJECT_CLASS (nape_session_parent_class)->dispose (object);
}

static void
nape_session_finalize (GObject *object)
{
  NapeSession *self = (NapeSession *) object;

  g_clear_pointer (&self->segments, g_array_unref);

  G_OBJECT_CLASS (nape_session_parent_class)->finalize (object);
}

static void
nape_session_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NapeSession *self = NAPE_SESSION (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      g_value_set_object (value, self->routine);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    case PROP_MASSAGER:
      g_value_set_object (value, self->massager);
      break;

    case PROP_GET_READY_SECONDS:
      g_value_set_uint (value, self->get_ready_seconds);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_STEP_INDEX:
      g_value_set_int (value, self->step_index);
      break;

    case PROP_SIDE:
      g_value_set_flags (value, self->side);
      break;

    case PROP_REPETITION:
      g_value_set_uint (value, self->repetition);
      break;

    case PROP_REMAINING_MS:
      g_value_set_int64 (value, nape_session_get_remaining_ms (self));
      break;

    case PROP_ELAPSED_MS:
      g_value_set_int64 (value, nape_session_get_elapsed_ms (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_session_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  NapeSession *self = NAPE_SESSION (object);

  switch (prop_id)
    {
    case PROP_ROUTINE:
      self->routine = g_value_dup_object (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    case PROP_MASSAGER:
      nape_session_set_massager (self, g_value_get_object (value));
      break;

    case PROP_GET_READY_SECONDS:
      nape_session_set_get_ready_seconds (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_session_class_init (NapeSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nape_session_dispose;
  object_class->finalize = nape_session_finalize;
  object_class->get_property = nape_session_get_property;
  object_class->set_property = nape_session_set_property;

  properties[PROP_ROUTINE] =
    g_param_spec_object ("routine", NULL, NULL, NAPE_TYPE_ROUTINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, NAPE_TYPE_CLOCK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MASSAGER] =
    g_param_spec_object ("massager", NULL, NULL, NAPE_TYPE_MASSAGER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_GET_READY_SECONDS] =
    g_param_spec_uint ("get-ready-seconds", NULL, NULL,
                       0, 60, NAPE_SESSION_DEFAULT_GET_READY_SECONDS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       NAPE_TYPE_SESSION_STATE, NAPE_SESSION_STATE_READY,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       NAPE_TYPE_SESSION_PHASE, NAPE_SESSION_PHASE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STEP_INDEX] =
    g_param_spec_int ("step-index", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SIDE] =
    g_param_spec_flags ("side", NULL, NULL, NAPE_TYPE_SIDE, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REPETITION] =
    g_param_spec_uint ("repetition", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_REMAINING_MS] =
    g_param_spec_int64 ("remaining-ms", NULL, NULL, -1, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ELAPSED_MS] =
    g_param_spec_int64 ("elapsed-ms", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PHASE_CHANGED] =
    g_signal_new ("phase-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NAPE_TYPE_SESSION_PHASE);
  signals[STEP_CHANGED] =
    g_signal_new ("step-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, NAPE_TYPE_SIDE);
  signals[TICK] =
    g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[WARNING] =
    g_signal_new ("warning", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[STOPPED] =
    g_signal_new ("stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
nape_session_init (NapeSession *self)
{
  self->get_ready_seconds = NAPE_SESSION_DEFAULT_GET_READY_SECONDS;
  self->step_index = -1;
  self->tick_cursor = -1;
}

NapeSession *
nape_session_new (NapeRoutine *routine,
                  NapeClock   *clock)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (routine), NULL);
  g_return_val_if_fail (NAPE_IS_CLOCK (clock), NULL);

  return g_object_new (NAPE_TYPE_SESSION,
                       "routine", routine,
                       "clock", clock,
                       NULL);
}

NapeRoutine *
nape_session_get_routine (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), NULL);

  return self->routine;
}

NapeClock *
nape_session_get_clock (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), NULL);

  return self->clock;
}

NapeMassager *
nape_session_get_massager (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), NULL);

  return self->massager;
}

void
nape_session_set_massager (NapeSession  *self,
                           NapeMassager *massager)
{
  g_autoptr(NapeMassager) old = NULL;

  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (massager == NULL || NAPE_IS_MASSAGER (massager));

  if (self->massager == massager)
    return;

  old = g_steal_pointer (&self->massager);
  if (massager != NULL)
    self->massager = g_object_ref (massager);

  if (old != NULL && self->massager_running)
    nape_massager_stop (old);

  self->massager_running = FALSE;
  if (is_playing (self))
    massager_follow_segment (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MASSAGER]);
}

guint
nape_session_get_get_ready_seconds (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), 0);

  return self->get_ready_seconds;
}

void
nape_session_set_get_ready_seconds (NapeSession *self,
                                    guint        seconds)
{
  g_return_if_fail (NAPE_IS_SESSION (self));

  if (self->get_ready_seconds == seconds)
    return;

  self->get_ready_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GET_READY_SECONDS]);
}

NapeSessionState
nape_session_get_state (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), NAPE_SESSION_STATE_READY);

  return self->state;
}

NapeSessionPhase
nape_session_get_phase (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), NAPE_SESSION_PHASE_NONE);

  return self->phase;
}

int
nape_session_get_step_index (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), -1);

  return self->step_index;
}

NapeRoutineStep *
nape_session_get_step (NapeSession *self)
{
  g_autoptr(NapeRoutineStep) step = NULL;

  g_return_val_if_fail (NAPE_IS_SESSION (self), NULL);

  if (self->step_index < 0)
    return NULL;

  /* The routine holds a reference, so the borrowed pointer stays valid. */
  step = g_list_model_get_item (nape_routine_get_steps (self->routine), self->step_index);

  return step;
}

NapeSide
nape_session_get_side (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), 0);

  return self->side;
}

guint
nape_session_get_repetition (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), 0);

  return self->repetition;
}

gint64
nape_session_get_remaining_ms (NapeSession *self)
{
  const Segment *segment;
  gint64 left_us;

  g_return_val_if_fail (NAPE_IS_SESSION (self), 0);

  if (!is_under_way (self))
    return 0;

  segment = current_segment (self);
  if (segment->duration_us < 0)
    return -1;

  left_us = MAX (0, segment->duration_us - segment_elapsed_us (self));

  return (left_us + 999) / 1000;
}

gint64
nape_session_get_elapsed_ms (NapeSession *self)
{
  g_return_val_if_fail (NAPE_IS_SESSION (self), 0);

  if (!is_under_way (self))
    return 0;

  return MAX (0, segment_elapsed_us (self)) / 1000;
}

void
nape_session_start (NapeSession *self)
{
  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (self->state == NAPE_SESSION_STATE_READY);

  build_segments (self);
  self->start_us = nape_clock_now_us (self->clock);
  self->paused_us = 0;

  g_object_ref (self);

  if (self->segments->len == 0)
    {
      end_session (self, NAPE_SESSION_STATE_FINISHED);
    }
  else
    {
      const Segment *first = &g_array_index (self->segments, Segment, 0);

      set_state (self, first->phase == NAPE_SESSION_PHASE_GET_READY
                       ? NAPE_SESSION_STATE_GET_READY : NAPE_SESSION_STATE_RUNNING);
      /* A handler of notify::state may already have paused or stopped us. */
      if (is_under_way (self) && enter_segment (self, 0, 0) && is_playing (self))
        process (self);
    }

  g_object_unref (self);
}

void
nape_session_pause (NapeSession *self)
{
  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (is_playing (self));

  self->generation++;
  remove_deadline (self);
  self->pause_began_us = nape_clock_now_us (self->clock);
  massager_stop (self);
  set_state (self, NAPE_SESSION_STATE_PAUSED);
}

void
nape_session_resume (NapeSession *self)
{
  guint generation;

  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (self->state == NAPE_SESSION_STATE_PAUSED);

  generation = ++self->generation;
  self->paused_us += nape_clock_now_us (self->clock) - self->pause_began_us;

  g_object_ref (self);

  set_state (self, self->phase == NAPE_SESSION_PHASE_GET_READY
                   ? NAPE_SESSION_STATE_GET_READY : NAPE_SESSION_STATE_RUNNING);
  if (generation == self->generation)
    {
      massager_follow_segment (self);
      process (self);
    }

  g_object_unref (self);
}

void
nape_session_skip (NapeSession *self)
{
  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (is_under_way (self));

  if (self->current + 1 < self->segments->len)
    {
      jump_to_segment (self, self->current + 1);
    }
  else
    {
      g_object_ref (self);
      end_session (self, NAPE_SESSION_STATE_FINISHED);
      g_object_unref (self);
    }
}

void
nape_session_back (NapeSession *self)
{
  const Segment *segment;
  guint target;

  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (is_under_way (self));

  segment = current_segment (self);
  target = self->current;

  if (segment->phase == NAPE_SESSION_PHASE_SWITCH
      || (segment->phase == NAPE_SESSION_PHASE_STEP
          && segment_elapsed_us (self) < NAPE_SESSION_BACK_RESTART_SECONDS * SECOND_US))
    {
      for (guint i = self->current; i-- > 0;)
        {
          if (g_array_index (self->segments, Segment, i).phase == NAPE_SESSION_PHASE_STEP)
            {
              target = i;
              break;
            }
        }
    }

  jump_to_segment (self, target);
}

gboolean
nape_session_count_repetition (NapeSession *self)
{
  const Segment *segment;
  guint generation;

  g_return_val_if_fail (NAPE_IS_SESSION (self), FALSE);

  if (self->state != NAPE_SESSION_STATE_RUNNING)
    return FALSE;

  segment = current_segment (self);
  if (segment->phase != NAPE_SESSION_PHASE_STEP || segment->duration_us >= 0)
    return FALSE;

  g_object_ref (self);

  /* Not a move by itself: the armed deadline (the next tick) stays right. */
  generation = self->generation;
  set_repetition (self, self->repetition + 1);
  if (generation == self->generation && self->repetition >= segment->reps)
    {
      /* The step ends now; what follows is timed from this moment. */
      if (enter_next_segment (self, active_now_us (self)))
        process (self);
    }

  g_object_unref (self);

  return TRUE;
}

void
nape_session_stop (NapeSession *self)
{
  g_return_if_fail (NAPE_IS_SESSION (self));
  g_return_if_fail (self->state != NAPE_SESSION_STATE_FINISHED
                    && self->state != NAPE_SESSION_STATE_STOPPED);

  g_object_ref (self);
  end_session (self, NAPE_SESSION_STATE_STOPPED);
  g_object_unref (self);
}
