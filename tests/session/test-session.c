/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-session.c — the session engine on a manual clock (every built-in routine) and on the real main loop */

#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>

#include "nape-atlas.h"
#include "nape-manual-clock.h"
#include "nape-massager.h"
#include "nape-routine.h"
#include "nape-session.h"
#include "nape-system-clock.h"

#define S_US G_GINT64_CONSTANT (1000000)
#define CLOCK_ORIGIN_US (G_GINT64_CONSTANT (1000) * S_US)

/* What a session did, as "TIME_MS what" lines, TIME_MS from the clock origin. */
typedef struct
{
  NapeClock   *clock;
  NapeSession *session;
  GPtrArray   *events;
  guint        checked;
  gboolean     with_ticks;
  guint        user_pace_seconds;  /* > 0: count a waiting repetition every so often */
} Recorder;

static void
record (Recorder   *recorder,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
record (Recorder   *recorder,
        const char *format,
        ...)
{
  g_autofree char *what = NULL;
  va_list args;
  gint64 ms = (nape_clock_now_us (recorder->clock) - CLOCK_ORIGIN_US) / 1000;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (recorder->events, g_strdup_printf ("%" G_GINT64_FORMAT " %s", ms, what));
}

/* A massager that writes down what it is told. */
#define TEST_TYPE_MASSAGER (test_massager_get_type ())
G_DECLARE_FINAL_TYPE (TestMassager, test_massager, TEST, MASSAGER, GObject)

struct _TestMassager
{
  GObject   parent_instance;
  Recorder *recorder;
  guint     n_stops;
  int       level;  /* -1 stopped */
};

static void test_massager_iface_init (NapeMassagerInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TestMassager, test_massager, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NAPE_TYPE_MASSAGER, test_massager_iface_init))

static void
test_massager_set_level (NapeMassager *massager,
                         guint         level)
{
  TestMassager *self = TEST_MASSAGER (massager);

  self->level = level;
  record (self->recorder, "level %u", level);
}

static void
test_massager_stop (NapeMassager *massager)
{
  TestMassager *self = TEST_MASSAGER (massager);

  self->level = -1;
  self->n_stops++;
  record (self->recorder, "stop");
}

static void
test_massager_iface_init (NapeMassagerInterface *iface)
{
  iface->set_level = test_massager_set_level;
  iface->stop = test_massager_stop;
}

static void
test_massager_class_init (TestMassagerClass *klass)
{
}

static void
test_massager_init (TestMassager *self)
{
  self->level = -1;
}

static TestMassager *
test_massager_new (Recorder *recorder)
{
  TestMassager *self = g_object_new (TEST_TYPE_MASSAGER, NULL);

  self->recorder = recorder;

  return self;
}

static const char *
phase_nick (NapeSessionPhase phase)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (NAPE_TYPE_SESSION_PHASE);

  return g_enum_get_value (klass, phase)->value_nick;
}

static const char *
side_nick (NapeSide side)
{
  return side == 0 ? "once" : nape_side_to_string (side);
}

static void
phase_changed_cb (NapeSession      *session,
                  NapeSessionPhase  phase,
                  Recorder         *recorder)
{
  g_assert_cmpint (phase, ==, nape_session_get_phase (session));
  record (recorder, "phase %s", phase_nick (phase));
}

static void
step_changed_cb (NapeSession *session,
                 guint        index,
                 NapeSide     side,
                 Recorder    *recorder)
{
  g_assert_cmpint (index, ==, nape_session_get_step_index (session));
  g_assert_cmpint (side, ==, nape_session_get_side (session));
  g_assert_cmpuint (nape_session_get_repetition (session), ==, 0);
  record (recorder, "step %u %s", index, side_nick (side));
}

static void
tick_cb (NapeSession *session,
         Recorder    *recorder)
{
  gint64 elapsed_ms = nape_session_get_elapsed_ms (session);

  if (recorder->with_ticks)
    record (recorder, "tick");

  /* The user of a step that waits: one repetition every user_pace_seconds. */
  if (recorder->user_pace_seconds > 0
      && nape_session_get_phase (session) == NAPE_SESSION_PHASE_STEP
      && nape_session_get_remaining_ms (session) == -1
      && elapsed_ms > 0
      && elapsed_ms % (recorder->user_pace_seconds * 1000) == 0)
    g_assert_true (nape_session_count_repetition (session));
}

static void
warning_cb (NapeSession *session,
            guint        seconds_left,
            Recorder    *recorder)
{
  g_assert_cmpint (nape_session_get_remaining_ms (session), ==, seconds_left * 1000);
  record (recorder, "warning %u", seconds_left);
}

static void
repetition_cb (NapeSession *session,
               GParamSpec  *pspec,
               Recorder    *recorder)
{
  if (nape_session_get_repetition (session) > 0)
    record (recorder, "rep %u", nape_session_get_repetition (session));
}

static void
finished_cb (NapeSession *session,
             Recorder    *recorder)
{
  g_assert_cmpint (nape_session_get_state (session), ==, NAPE_SESSION_STATE_FINISHED);
  record (recorder, "finished");
}

static void
stopped_cb (NapeSession *session,
            Recorder    *recorder)
{
  g_assert_cmpint (nape_session_get_state (session), ==, NAPE_SESSION_STATE_STOPPED);
  record (recorder, "stopped");
}

static void
recorder_init (Recorder    *recorder,
               NapeClock   *clock,
               NapeSession *session)
{
  recorder->clock = clock;
  recorder->session = session;
  recorder->events = g_ptr_array_new_with_free_func (g_free);
  recorder->checked = 0;

  g_signal_connect (session, "phase-changed", G_CALLBACK (phase_changed_cb), recorder);
  g_signal_connect (session, "step-changed", G_CALLBACK (step_changed_cb), recorder);
  g_signal_connect (session, "tick", G_CALLBACK (tick_cb), recorder);
  g_signal_connect (session, "warning", G_CALLBACK (warning_cb), recorder);
  g_signal_connect (session, "notify::repetition", G_CALLBACK (repetition_cb), recorder);
  g_signal_connect (session, "finished", G_CALLBACK (finished_cb), recorder);
  g_signal_connect (session, "stopped", G_CALLBACK (stopped_cb), recorder);
}

static void
recorder_clear (Recorder *recorder)
{
  g_clear_pointer (&recorder->events, g_ptr_array_unref);
}

static void
assert_same_events (GPtrArray  *got,
                    guint       from,
                    GPtrArray  *expected,
                    const char *what)
{
  guint n = MIN (got->len - from, expected->len);

  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (g_ptr_array_index (got, from + i), g_ptr_array_index (expected, i)) != 0)
        g_error ("%s: event %u is “%s”, expected “%s”", what, i,
                 (char *) g_ptr_array_index (got, from + i),
                 (char *) g_ptr_array_index (expected, i));
    }

  if (got->len - from != expected->len)
    g_error ("%s: %u events, expected %u; next “%s”", what, got->len - from, expected->len,
             got->len - from > n ? (char *) g_ptr_array_index (got, from + n)
                                 : (char *) g_ptr_array_index (expected, n));
}

/* Checks the events since the last check against a NULL-terminated list. */
static void
assert_events (Recorder *recorder,
               ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  const char *line;
  va_list args;

  va_start (args, recorder);
  while ((line = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, g_strdup (line));
  va_end (args);

  assert_same_events (recorder->events, recorder->checked, expected, "events");
  recorder->checked = recorder->events->len;
}

static void
advance_s (NapeClock *clock,
           double     seconds)
{
  nape_manual_clock_advance (NAPE_MANUAL_CLOCK (clock), (gint64) (seconds * S_US + 0.5));
}

/* ---- The expected time line, worked out from the step data alone ---- */

typedef struct
{
  gint64 ms;
  int    order;  /* at one moment: phase start (-1), repetition (0), tick (1), warning (2) */
  guint  seq;
  char  *what;
} Expected;

static int
expected_compare (gconstpointer a,
                  gconstpointer b)
{
  const Expected *ea = a;
  const Expected *eb = b;

  if (ea->ms != eb->ms)
    return ea->ms < eb->ms ? -1 : 1;
  if (ea->order != eb->order)
    return ea->order < eb->order ? -1 : 1;
  return ea->seq < eb->seq ? -1 : (ea->seq > eb->seq);
}

typedef struct
{
  GPtrArray *events;
  GArray    *phase;
  gboolean   massager_on;
  gint64     now_ms;
} Plan;

static void
plan_add (Plan       *plan,
          gint64      ms,
          int         order,
          const char *format,
          ...) G_GNUC_PRINTF (4, 5);

static void
plan_add (Plan       *plan,
          gint64      ms,
          int         order,
          const char *format,
          ...)
{
  Expected expected = { ms, order, plan->phase->len, NULL };
  va_list args;

  va_start (args, format);
  expected.what = g_strdup_vprintf (format, args);
  va_end (args);

  g_array_append_val (plan->phase, expected);
}

static void
plan_flush (Plan *plan)
{
  g_array_sort (plan->phase, expected_compare);
  for (guint i = 0; i < plan->phase->len; i++)
    {
      Expected *e = &g_array_index (plan->phase, Expected, i);

      g_ptr_array_add (plan->events,
                       g_strdup_printf ("%" G_GINT64_FORMAT " %s", e->ms, e->what));
      g_free (e->what);
    }
  g_array_set_size (plan->phase, 0);
}

/* A timed phase of @seconds: its start, its ticks and its 3-2-1. */
static void
plan_phase (Plan             *plan,
            const char       *phase,
            guint             step,
            const char       *side,
            int               intensity,
            gint64            seconds,
            gint64            reps,
            gint64            rep_ms,
            gboolean          with_ticks)
{
  gint64 start = plan->now_ms;

  if (intensity >= 0)
    {
      plan_add (plan, start, -1, "level %d", intensity);
      plan->massager_on = TRUE;
    }
  else if (plan->massager_on)
    {
      plan_add (plan, start, -1, "stop");
      plan->massager_on = FALSE;
    }

  plan_add (plan, start, -1, "phase %s", phase);
  if (side != NULL)
    plan_add (plan, start, -1, "step %u %s", step, side);

  for (gint64 k = 0; k < seconds && with_ticks; k++)
    plan_add (plan, start + k * 1000, 1, "tick");
  for (gint64 w = 1; w <= 3 && w <= seconds; w++)
    plan_add (plan, start + (seconds - w) * 1000, 2, "warning %" G_GINT64_FORMAT, w);
  for (gint64 j = 1; j <= reps; j++)
    plan_add (plan, start + j * rep_ms, 0, "rep %" G_GINT64_FORMAT, j);

  plan->now_ms = start + seconds * 1000;
  plan_flush (plan);
}

/* A step that waits for a user counting one repetition every @pace seconds. */
static void
plan_waiting_step (Plan       *plan,
                   guint       step,
                   const char *side,
                   int         intensity,
                   gint64      reps,
                   gint64      pace,
                   gboolean    with_ticks)
{
  gint64 start = plan->now_ms;

  if (intensity >= 0)
    {
      plan_add (plan, start, -1, "level %d", intensity);
      plan->massager_on = TRUE;
    }
  else if (plan->massager_on)
    {
      plan_add (plan, start, -1, "stop");
      plan->massager_on = FALSE;
    }
  plan_add (plan, start, -1, "phase step");
  plan_add (plan, start, -1, "step %u %s", step, side);

  /* The user counts from the tick handler: tick first, then the repetition. */
  for (gint64 k = 0; k <= reps * pace && with_ticks; k++)
    plan_add (plan, start + k * 1000, 1, "tick");
  for (gint64 j = 1; j <= reps; j++)
    plan_add (plan, start + j * pace * 1000, 2, "rep %" G_GINT64_FORMAT, j);

  plan->now_ms = start + reps * pace * 1000;
  plan_flush (plan);
}

static GPtrArray *
plan_routine (NapeRoutine *routine,
              guint        get_ready_seconds,
              guint        pace,
              gboolean     with_ticks,
              gint64      *end_ms)
{
  GListModel *steps = nape_routine_get_steps (routine);
  Plan plan = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (Expected)), FALSE, 0 };

  if (get_ready_seconds > 0)
    plan_phase (&plan, "get-ready", 0, NULL, -1, get_ready_seconds, 0, 0, with_ticks);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      NapeSide sides = nape_routine_step_get_sides (step);
      const char *side_names[2] = { NULL, NULL };
      guint n_sides = 0;
      guint seconds = nape_routine_step_get_seconds (step);
      guint reps = nape_routine_step_get_reps (step);
      gint64 rep_ms = (gint64) (nape_routine_step_get_rep_seconds (step) * 1000 + 0.5);
      int intensity = nape_routine_step_get_intensity (step);

      if (sides & NAPE_SIDE_LEFT)
        side_names[n_sides++] = "left";
      if (sides & NAPE_SIDE_RIGHT)
        side_names[n_sides++] = "right";
      if (n_sides == 0)
        side_names[n_sides++] = "once";

      for (guint s = 0; s < n_sides; s++)
        {
          if (s > 0)
            plan_phase (&plan, "switch", i, NULL, -1, NAPE_SIDE_SWITCH_SECONDS, 0, 0, with_ticks);

          if (seconds > 0)
            {
              plan_phase (&plan, "step", i, side_names[s], intensity, seconds, 0, 0, with_ticks);
            }
          else if (rep_ms > 0)
            {
              g_assert_cmpint (reps * rep_ms % 1000, ==, 0);
              plan_phase (&plan, "step", i, side_names[s], intensity, reps * rep_ms / 1000,
                          reps, rep_ms, with_ticks);
            }
          else
            {
              g_assert_cmpuint (pace, >, 0);
              plan_waiting_step (&plan, i, side_names[s], intensity, reps, pace, with_ticks);
            }
        }
    }

  /* The massager is stopped explicitly at the end, whatever ran last. */
  g_ptr_array_add (plan.events, g_strdup_printf ("%" G_GINT64_FORMAT " stop", plan.now_ms));
  g_ptr_array_add (plan.events, g_strdup_printf ("%" G_GINT64_FORMAT " finished", plan.now_ms));

  g_array_unref (plan.phase);
  *end_ms = plan.now_ms;

  return plan.events;
}

/* Plays @routine to the end on a manual clock and checks every event. */
static void
play_and_check (NapeRoutine *routine,
                guint        get_ready_seconds,
                guint        pace)
{
  g_autoptr(NapeClock) clock = nape_manual_clock_new (CLOCK_ORIGIN_US);
  g_autoptr(NapeSession) session = nape_session_new (routine, clock);
  g_autoptr(TestMassager) massager = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  Recorder recorder = { .with_ticks = TRUE, .user_pace_seconds = pace };
  gint64 end_ms = 0;
  guint n_chunks = 0;

  recorder_init (&recorder, clock, session);
  massager = test_massager_new (&recorder);
  nape_session_set_massager (session, NAPE_MASSAGER (massager));
  nape_session_set_get_ready_seconds (session, get_ready_seconds);

  expected = plan_routine (routine, get_ready_seconds, pace, TRUE, &end_ms);

  nape_session_start (session);
  /* Big odd chunks: several boundaries fire within one advance, in order. */
  while (nape_session_get_state (session) != NAPE_SESSION_STATE_FINISHED)
    {
      advance_s (clock, 7.3);
      if (++n_chunks >= 100000)
        {
          for (guint i = 0; i < MIN (recorder.events->len, 60); i++)
            g_printerr ("%s\n", (char *) g_ptr_array_index (recorder.events, i));
          g_error ("never finished");
        }
    }

  assert_same_events (recorder.events, 0, expected, nape_routine_get_id (routine));
  g_assert_cmpint (end_ms, ==, (get_ready_seconds + nape_routine_get_total_seconds (routine)) * 1000);
  g_assert_cmpint (massager->level, ==, -1);
  g_assert_false (nape_manual_clock_get_next_deadline (NAPE_MANUAL_CLOCK (clock), NULL));

  recorder_clear (&recorder);
}

static GListModel *
load_builtin_routines (void)
{
  g_autofree char *atlas_path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "atlas.xml", NULL);
  g_autofree char *routines_path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "routines.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) atlas_xml = NULL;
  g_autoptr(GBytes) routines_xml = NULL;
  g_autoptr(NapeAtlas) atlas = NULL;
  char *contents;
  gsize length;
  GListModel *routines;

  g_file_get_contents (atlas_path, &contents, &length, &error);
  g_assert_no_error (error);
  atlas_xml = g_bytes_new_take (contents, length);
  g_file_get_contents (routines_path, &contents, &length, &error);
  g_assert_no_error (error);
  routines_xml = g_bytes_new_take (contents, length);

  atlas = nape_atlas_new_from_bytes (atlas_xml, "atlas.xml", &error);
  g_assert_no_error (error);
  routines = nape_routine_list_new_from_bytes (routines_xml, "routines.xml", atlas, &error);
  g_assert_no_error (error);

  return routines;
}

static void
test_builtin_routines (void)
{
  g_autoptr(GListModel) routines = load_builtin_routines ();
  guint n = g_list_model_get_n_items (routines);

  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (routines, i);

      g_test_message ("playing %s", nape_routine_get_id (routine));
      play_and_check (routine, NAPE_SESSION_DEFAULT_GET_READY_SECONDS, 0);
    }
}

static NapeRoutine *
routine_of (guint n_steps,
            ...)
{
  NapeRoutine *routine = nape_routine_new ("test", "Test", NULL, NAPE_ROUTINE_FIT_DAILY,
                                           NAPE_ROUTINE_FOCUS_NECK);
  va_list args;

  va_start (args, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      NapeRoutineStep *step = va_arg (args, NapeRoutineStep *);

      nape_routine_append_step (routine, step);
      g_object_unref (step);
    }
  va_end (args);

  return routine;
}

static NapeRoutineStep *
timed_step (guint    seconds,
            NapeSide sides,
            int      intensity)
{
  return nape_routine_step_new ("upper-trapezius", "thumb-index", sides, seconds, 0, 0, intensity, NULL);
}

static NapeRoutineStep *
reps_step (guint    reps,
           double   rep_seconds,
           NapeSide sides)
{
  return nape_routine_step_new ("masseter", "pressure-motion", sides, 0, reps, rep_seconds,
                                NAPE_ROUTINE_STEP_NO_INTENSITY, NULL);
}

/* Waiting steps, sides and intensities together, through the same check. */
static void
test_custom_routine (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (5,
                timed_step (4, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT, 30),
                reps_step (3, 0, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT),
                timed_step (2, 0, 60),
                reps_step (4, 0, 0),
                reps_step (5, 2, NAPE_SIDE_RIGHT));

  /* The user keeps the default pace, so the estimated length is right too. */
  play_and_check (routine, 3, NAPE_DEFAULT_REP_PACE_SECONDS);
  play_and_check (routine, 0, NAPE_DEFAULT_REP_PACE_SECONDS);
}

typedef struct
{
  NapeClock *clock;
  GString   *log;
  guint      n_destroyed;
} ClockFixture;

typedef struct
{
  ClockFixture *fixture;
  const char   *name;
} ClockCall;

static void
clock_call_cb (gpointer user_data)
{
  ClockCall *call = user_data;
  ClockFixture *fixture = call->fixture;

  g_string_append_printf (fixture->log, "%s@%" G_GINT64_FORMAT " ", call->name,
                          nape_clock_now_us (fixture->clock));

  /* A deadline armed from a callback, within the span being advanced. */
  if (g_str_equal (call->name, "b"))
    {
      static ClockCall c = { NULL, "c" };

      c.fixture = fixture;
      nape_clock_add_deadline (fixture->clock, 15, clock_call_cb, &c, NULL);
    }
}

static void
clock_call_destroyed (gpointer user_data)
{
  ClockCall *call = user_data;

  call->fixture->n_destroyed++;
}

static void
test_manual_clock (void)
{
  g_autoptr(NapeClock) clock = nape_manual_clock_new (0);
  ClockFixture fixture = { clock, g_string_new (NULL), 0 };
  ClockCall a = { &fixture, "a" }, b = { &fixture, "b" }, d = { &fixture, "d" }, e = { &fixture, "e" };
  guint id_d;

  nape_clock_add_deadline (clock, 20, clock_call_cb, &a, clock_call_destroyed);
  nape_clock_add_deadline (clock, 10, clock_call_cb, &b, clock_call_destroyed);
  id_d = nape_clock_add_deadline (clock, 22, clock_call_cb, &d, clock_call_destroyed);
  nape_clock_add_deadline (clock, 20, clock_call_cb, &e, clock_call_destroyed);
  g_assert_cmpuint (nape_manual_clock_get_n_deadlines (NAPE_MANUAL_CLOCK (clock)), ==, 4);

  nape_manual_clock_advance (NAPE_MANUAL_CLOCK (clock), 21);
  g_assert_cmpstr (fixture.log->str, ==, "b@10 c@15 a@20 e@20 ");
  g_assert_cmpint (nape_clock_now_us (clock), ==, 21);
  g_assert_cmpuint (fixture.n_destroyed, ==, 3);

  nape_clock_remove_deadline (clock, id_d);
  g_assert_cmpuint (fixture.n_destroyed, ==, 4);
  g_assert_false (nape_manual_clock_get_next_deadline (NAPE_MANUAL_CLOCK (clock), NULL));

  /* A deadline in the past fires at the next advance, even by 0. */
  nape_clock_add_deadline (clock, 5, clock_call_cb, &a, NULL);
  nape_manual_clock_advance (NAPE_MANUAL_CLOCK (clock), 0);
  g_assert_cmpstr (fixture.log->str, ==, "b@10 c@15 a@20 e@20 a@21 ");

  g_string_free (fixture.log, TRUE);
}

/* A session on a manual clock with a massager and a recorder, started. */
typedef struct
{
  NapeClock    *clock;
  NapeSession  *session;
  TestMassager *massager;
  Recorder      recorder;
} Play;

static void
play_start (Play        *play,
            NapeRoutine *routine,
            guint        get_ready_seconds,
            gboolean     with_ticks)
{
  play->clock = nape_manual_clock_new (CLOCK_ORIGIN_US);
  play->session = nape_session_new (routine, play->clock);
  play->recorder = (Recorder) { .with_ticks = with_ticks };
  recorder_init (&play->recorder, play->clock, play->session);
  play->massager = test_massager_new (&play->recorder);
  nape_session_set_massager (play->session, NAPE_MASSAGER (play->massager));
  nape_session_set_get_ready_seconds (play->session, get_ready_seconds);
  nape_session_start (play->session);
}

static void
play_clear (Play *play)
{
  g_clear_object (&play->session);
  g_clear_object (&play->massager);
  g_clear_object (&play->clock);
  recorder_clear (&play->recorder);
}

static guint
n_deadlines (Play *play)
{
  return nape_manual_clock_get_n_deadlines (NAPE_MANUAL_CLOCK (play->clock));
}

static void
test_pause_across_boundary (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (2, timed_step (10, 0, 40), timed_step (10, 0, 50));
  Play play;

  play_start (&play, routine, 0, FALSE);
  assert_events (&play.recorder, "0 level 40", "0 phase step", "0 step 0 once", NULL);
  advance_s (play.clock, 9);
  assert_events (&play.recorder, "7000 warning 3", "8000 warning 2", "9000 warning 1", NULL);

  nape_session_pause (play.session);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_PAUSED);
  assert_events (&play.recorder, "9000 stop", NULL);
  g_assert_cmpuint (n_deadlines (&play), ==, 0);

  advance_s (play.clock, 10);
  assert_events (&play.recorder, NULL);
  g_assert_cmpint (nape_session_get_remaining_ms (play.session), ==, 1000);
  g_assert_cmpint (nape_session_get_step_index (play.session), ==, 0);
  g_assert_cmpint (nape_session_get_phase (play.session), ==, NAPE_SESSION_PHASE_STEP);

  nape_session_resume (play.session);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_RUNNING);
  /* "1 s left" was said before the pause, and is not said twice. */
  assert_events (&play.recorder, "19000 level 40", NULL);
  advance_s (play.clock, 0.999);
  assert_events (&play.recorder, NULL);
  advance_s (play.clock, 0.001);
  assert_events (&play.recorder, "20000 level 50", "20000 phase step", "20000 step 1 once", NULL);

  advance_s (play.clock, 20);
  assert_events (&play.recorder, "27000 warning 3", "28000 warning 2", "29000 warning 1",
                 "30000 stop", "30000 finished", NULL);

  play_clear (&play);
}

static void
test_pause_in_get_ready (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (1, timed_step (2, 0, -1));
  Play play;

  play_start (&play, routine, 5, FALSE);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_GET_READY);
  advance_s (play.clock, 4.5);
  nape_session_pause (play.session);
  advance_s (play.clock, 60);
  nape_session_resume (play.session);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_GET_READY);
  advance_s (play.clock, 0.5);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_RUNNING);
  advance_s (play.clock, 2);
  assert_events (&play.recorder, "0 phase get-ready", "2000 warning 3", "3000 warning 2",
                 "4000 warning 1", "4500 stop", "65000 phase step", "65000 step 0 once",
                 "65000 warning 2", "66000 warning 1", "67000 stop", "67000 finished", NULL);

  play_clear (&play);
}

static void
test_back_skip_first (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (3, timed_step (10, 0, -1), timed_step (10, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT, -1),
                timed_step (10, 0, -1));
  Play play;

  play_start (&play, routine, 5, FALSE);
  play.recorder.checked = play.recorder.events->len;

  /* In the countdown, back restarts it. */
  advance_s (play.clock, 1);
  nape_session_back (play.session);
  assert_events (&play.recorder, "1000 phase get-ready", NULL);
  advance_s (play.clock, 5);
  assert_events (&play.recorder, "3000 warning 3", "4000 warning 2", "5000 warning 1",
                 "6000 phase step", "6000 step 0 once", NULL);

  /* At the first step, back restarts it whether early or late. */
  advance_s (play.clock, 1);
  nape_session_back (play.session);
  assert_events (&play.recorder, "7000 phase step", "7000 step 0 once", NULL);
  advance_s (play.clock, 5);
  nape_session_back (play.session);
  assert_events (&play.recorder, "12000 phase step", "12000 step 0 once", NULL);
  g_assert_cmpint (nape_session_get_remaining_ms (play.session), ==, 10000);

  /* Skip goes to the next step now, and times it from now. */
  advance_s (play.clock, 2);
  nape_session_skip (play.session);
  assert_events (&play.recorder, "14000 phase step", "14000 step 1 left", NULL);
  advance_s (play.clock, 10);
  assert_events (&play.recorder, "21000 warning 3", "22000 warning 2", "23000 warning 1",
                 "24000 phase switch", NULL);
  g_assert_cmpint (nape_session_get_side (play.session), ==, NAPE_SIDE_RIGHT);

  /* Back from the switch replays the side just played. */
  nape_session_back (play.session);
  assert_events (&play.recorder, "24000 phase step", "24000 step 1 left", NULL);
  nape_session_skip (play.session);
  nape_session_skip (play.session);
  assert_events (&play.recorder, "24000 phase switch", "24000 phase step", "24000 step 1 right", NULL);
  /* Early in a side, back goes to the previous side. */
  advance_s (play.clock, 2);
  nape_session_back (play.session);
  assert_events (&play.recorder, "26000 phase step", "26000 step 1 left", NULL);

  play_clear (&play);
}

static void
test_back_skip_last (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (2, timed_step (10, 0, 20), timed_step (10, 0, 30));
  Play play;

  play_start (&play, routine, 0, FALSE);
  nape_session_skip (play.session);
  play.recorder.checked = play.recorder.events->len;

  /* Early in the last step, back goes to the one before. */
  advance_s (play.clock, 1);
  nape_session_back (play.session);
  assert_events (&play.recorder, "1000 level 20", "1000 phase step", "1000 step 0 once", NULL);
  nape_session_skip (play.session);
  advance_s (play.clock, 4);
  /* Late, it restarts the last step. */
  nape_session_back (play.session);
  assert_events (&play.recorder, "1000 level 30", "1000 phase step", "1000 step 1 once",
                 "5000 level 30", "5000 phase step", "5000 step 1 once", NULL);

  /* Skipping the last step finishes, and stops the massager. */
  advance_s (play.clock, 1);
  nape_session_skip (play.session);
  assert_events (&play.recorder, "6000 stop", "6000 finished", NULL);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_FINISHED);
  g_assert_cmpint (nape_session_get_phase (play.session), ==, NAPE_SESSION_PHASE_NONE);
  g_assert_cmpint (nape_session_get_step_index (play.session), ==, 1);
  g_assert_cmpuint (n_deadlines (&play), ==, 0);
  advance_s (play.clock, 100);
  assert_events (&play.recorder, NULL);

  play_clear (&play);
}

static void
test_skip_while_paused (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (2, timed_step (10, 0, 20), timed_step (10, 0, 30));
  Play play;

  play_start (&play, routine, 0, FALSE);
  advance_s (play.clock, 3);
  nape_session_pause (play.session);
  play.recorder.checked = play.recorder.events->len;
  nape_session_skip (play.session);
  /* Paused: no level for the new step until resumed. */
  assert_events (&play.recorder, "3000 phase step", "3000 step 1 once", NULL);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_PAUSED);
  g_assert_cmpuint (n_deadlines (&play), ==, 0);
  advance_s (play.clock, 30);
  nape_session_resume (play.session);
  advance_s (play.clock, 10);
  assert_events (&play.recorder, "33000 level 30", "40000 warning 3", "41000 warning 2",
                 "42000 warning 1", "43000 stop", "43000 finished", NULL);

  play_clear (&play);
}

static void
test_timed_repetitions (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (1, reps_step (4, 2.5, 0));
  Play play;

  play_start (&play, routine, 0, FALSE);
  g_assert_false (nape_session_count_repetition (play.session));
  g_assert_cmpint (nape_session_get_remaining_ms (play.session), ==, 10000);
  advance_s (play.clock, 20);
  assert_events (&play.recorder, "0 phase step", "0 step 0 once", "2500 rep 1", "5000 rep 2",
                 "7000 warning 3", "7500 rep 3", "8000 warning 2", "9000 warning 1",
                 "10000 rep 4", "10000 stop", "10000 finished", NULL);

  play_clear (&play);
}

/* 3 × 0.4 s = 1.2 s rounds up to 2 s: ticks align on whole seconds left. */
static void
test_fractional_step (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (1, reps_step (3, 0.4, 0));
  Play play;

  play_start (&play, routine, 0, TRUE);
  advance_s (play.clock, 5);
  assert_events (&play.recorder, "0 phase step", "0 step 0 once", "0 tick", "0 warning 2",
                 "400 rep 1", "800 rep 2", "1000 tick", "1000 warning 1", "1200 rep 3",
                 "2000 stop", "2000 finished", NULL);

  play_clear (&play);
}

static void
test_waiting_repetitions (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (2, reps_step (3, 0, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT), timed_step (5, 0, -1));
  Play play;
  guint n_ticks = 0;

  play_start (&play, routine, 0, TRUE);
  assert_events (&play.recorder, "0 phase step", "0 step 0 left", "0 tick", NULL);
  g_assert_cmpint (nape_session_get_remaining_ms (play.session), ==, -1);

  /* An hour later it still waits, ticking every second. */
  advance_s (play.clock, 3600);
  for (guint i = play.recorder.checked; i < play.recorder.events->len; i++)
    {
      g_assert_true (g_str_has_suffix (g_ptr_array_index (play.recorder.events, i), " tick"));
      n_ticks++;
    }
  g_assert_cmpuint (n_ticks, ==, 3600);
  play.recorder.checked = play.recorder.events->len;
  g_assert_cmpint (nape_session_get_elapsed_ms (play.session), ==, 3600000);

  play.recorder.with_ticks = FALSE;
  advance_s (play.clock, 0.5);
  g_assert_true (nape_session_count_repetition (play.session));
  g_assert_true (nape_session_count_repetition (play.session));
  g_assert_cmpint (nape_session_get_step_index (play.session), ==, 0);
  g_assert_true (nape_session_count_repetition (play.session));
  /* The switch is timed from the last count. */
  g_assert_cmpint (nape_session_get_phase (play.session), ==, NAPE_SESSION_PHASE_SWITCH);
  g_assert_false (nape_session_count_repetition (play.session));
  advance_s (play.clock, 5);
  advance_s (play.clock, 1);
  nape_session_count_repetition (play.session);
  /* Skip ends a waiting side without counting. */
  nape_session_skip (play.session);
  advance_s (play.clock, 5);
  assert_events (&play.recorder, "3600500 rep 1", "3600500 rep 2", "3600500 rep 3",
                 "3600500 phase switch", "3602500 warning 3", "3603500 warning 2",
                 "3604500 warning 1", "3605500 phase step", "3605500 step 0 right",
                 "3606500 rep 1", "3606500 phase step", "3606500 step 1 once",
                 "3608500 warning 3", "3609500 warning 2", "3610500 warning 1",
                 "3611500 stop", "3611500 finished", NULL);

  play_clear (&play);
}

static void
test_sides_and_massager (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (2, timed_step (10, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT, 40), timed_step (3, 0, -1));
  Play play;

  play_start (&play, routine, 0, FALSE);
  advance_s (play.clock, 60);
  assert_events (&play.recorder,
                 "0 level 40", "0 phase step", "0 step 0 left",
                 "7000 warning 3", "8000 warning 2", "9000 warning 1",
                 "10000 stop", "10000 phase switch",
                 "12000 warning 3", "13000 warning 2", "14000 warning 1",
                 "15000 level 40", "15000 phase step", "15000 step 0 right",
                 "22000 warning 3", "23000 warning 2", "24000 warning 1",
                 "25000 stop", "25000 phase step", "25000 step 1 once",
                 "25000 warning 3", "26000 warning 2", "27000 warning 1",
                 "28000 stop", "28000 finished", NULL);

  play_clear (&play);
}

static void
test_stop (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (2, timed_step (10, 0, 70), timed_step (10, 0, 70));
  Play play;

  play_start (&play, routine, 0, FALSE);
  advance_s (play.clock, 4);
  nape_session_stop (play.session);
  g_assert_cmpint (nape_session_get_state (play.session), ==, NAPE_SESSION_STATE_STOPPED);
  g_assert_cmpuint (n_deadlines (&play), ==, 0);
  advance_s (play.clock, 100);
  assert_events (&play.recorder, "0 level 70", "0 phase step", "0 step 0 once",
                 "4000 stop", "4000 stopped", NULL);
  g_assert_cmpuint (play.massager->n_stops, ==, 1);
  play_clear (&play);

  /* Stop while paused stops the massager explicitly once more. */
  play_start (&play, routine, 0, FALSE);
  nape_session_pause (play.session);
  nape_session_stop (play.session);
  g_assert_cmpuint (play.massager->n_stops, ==, 2);
  play_clear (&play);
}

static void
test_massager_dispose_and_swap (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (2, timed_step (10, 0, 70), timed_step (10, 0, 80));
  g_autoptr(TestMassager) other = NULL;
  Play play;

  play_start (&play, routine, 0, FALSE);
  other = test_massager_new (&play.recorder);

  /* A new massager takes over; the old one is stopped. */
  advance_s (play.clock, 1);
  nape_session_set_massager (play.session, NAPE_MASSAGER (other));
  g_assert_cmpint (play.massager->level, ==, -1);
  g_assert_cmpint (other->level, ==, 70);

  /* Disposing a running session stops the massager. */
  advance_s (play.clock, 10);
  g_assert_cmpint (other->level, ==, 80);
  g_assert_finalize_object (g_steal_pointer (&play.session));
  g_assert_cmpint (other->level, ==, -1);
  assert_events (&play.recorder, "0 level 70", "0 phase step", "0 step 0 once",
                 "1000 stop", "1000 level 70", "7000 warning 3", "8000 warning 2",
                 "9000 warning 1", "10000 level 80", "10000 phase step", "10000 step 1 once",
                 "11000 stop", NULL);

  play_clear (&play);
}

static void
test_ticks_and_warnings (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (2, timed_step (5, 0, -1), timed_step (2, 0, -1));
  Play play;

  play_start (&play, routine, 0, TRUE);
  advance_s (play.clock, 10);
  assert_events (&play.recorder, "0 phase step", "0 step 0 once", "0 tick",
                 "1000 tick", "2000 tick", "2000 warning 3", "3000 tick", "3000 warning 2",
                 "4000 tick", "4000 warning 1",
                 "5000 phase step", "5000 step 1 once", "5000 tick", "5000 warning 2",
                 "6000 tick", "6000 warning 1", "7000 stop", "7000 finished", NULL);

  play_clear (&play);
}

static void
skip_step_one_cb (NapeSession *session,
                  guint        index,
                  NapeSide     side,
                  gpointer     user_data)
{
  if (index == 1)
    nape_session_skip (session);
}

static void
drop_session_cb (NapeSession *session,
                 gpointer     user_data)
{
  NapeSession **pointer = user_data;

  g_clear_object (pointer);
}

/* Handlers may move the session on, and may drop it when it ends. */
static void
test_reentrancy (void)
{
  g_autoptr(NapeRoutine) routine =
    routine_of (3, timed_step (2, 0, -1), timed_step (10, 0, -1), timed_step (2, 0, -1));
  Play play;

  play_start (&play, routine, 0, FALSE);
  g_signal_connect (play.session, "step-changed", G_CALLBACK (skip_step_one_cb), NULL);
  g_signal_connect (play.session, "finished", G_CALLBACK (drop_session_cb), &play.session);
  advance_s (play.clock, 10);
  assert_events (&play.recorder, "0 phase step", "0 step 0 once", "0 warning 2", "1000 warning 1",
                 "2000 phase step", "2000 step 1 once", "2000 phase step", "2000 step 2 once",
                 "2000 warning 2", "3000 warning 1", "4000 stop", "4000 finished", NULL);
  g_assert_null (play.session);
  g_assert_cmpuint (n_deadlines (&play), ==, 0);

  play_clear (&play);
}

/* ---- The system clock, on a real main loop ---- */

typedef struct
{
  GMainLoop *loop;
  gint64     start_us;
  GString   *log;
  gint64     step_at_us[3];
  gint64     finished_at_us;
  gboolean   timed_out;
} RealPlay;

static void
real_step_cb (NapeSession *session,
              guint        index,
              NapeSide     side,
              RealPlay    *play)
{
  play->step_at_us[index] = g_get_monotonic_time () - play->start_us;
  g_string_append_printf (play->log, "step %u, ", index);
}

static void
real_warning_cb (NapeSession *session,
                 guint        seconds_left,
                 RealPlay    *play)
{
  g_string_append_printf (play->log, "warning %u, ", seconds_left);
}

static void
real_finished_cb (NapeSession *session,
                  RealPlay    *play)
{
  play->finished_at_us = g_get_monotonic_time () - play->start_us;
  g_string_append (play->log, "finished");
  g_main_loop_quit (play->loop);
}

static gboolean
real_timeout_cb (gpointer user_data)
{
  RealPlay *play = user_data;

  play->timed_out = TRUE;
  g_main_loop_quit (play->loop);

  return G_SOURCE_REMOVE;
}

static void
test_system_clock (void)
{
  g_autoptr(NapeRoutine) routine = routine_of (3, timed_step (1, 0, -1), timed_step (1, 0, -1),
                                               timed_step (1, 0, -1));
  g_autoptr(NapeClock) clock = nape_system_clock_new ();
  g_autoptr(NapeSession) session = nape_session_new (routine, clock);
  RealPlay play = { g_main_loop_new (NULL, FALSE), 0, g_string_new (NULL), { 0 }, 0, FALSE };
  guint timeout_id;

  nape_session_set_get_ready_seconds (session, 0);
  g_signal_connect (session, "step-changed", G_CALLBACK (real_step_cb), &play);
  g_signal_connect (session, "warning", G_CALLBACK (real_warning_cb), &play);
  g_signal_connect (session, "finished", G_CALLBACK (real_finished_cb), &play);
  timeout_id = g_timeout_add_seconds (10, real_timeout_cb, &play);

  play.start_us = g_get_monotonic_time ();
  nape_session_start (session);
  g_main_loop_run (play.loop);
  g_source_remove (timeout_id);

  g_assert_false (play.timed_out);
  g_assert_cmpstr (play.log->str, ==,
                   "step 0, warning 1, step 1, warning 1, step 2, warning 1, finished");
  /* Generous bounds: a loaded machine may be late, never early. */
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpint (play.step_at_us[i], >=, i * S_US);
      g_assert_cmpint (play.step_at_us[i], <=, i * S_US + 200000);
    }
  g_assert_cmpint (play.finished_at_us, >=, 3 * S_US);
  g_assert_cmpint (play.finished_at_us, <=, 3 * S_US + 200000);
  g_test_message ("finished %.3f ms after schedule", (play.finished_at_us - 3 * S_US) / 1000.0);

  g_string_free (play.log, TRUE);
  g_main_loop_unref (play.loop);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/clock/manual", test_manual_clock);
  g_test_add_func ("/session/routine/builtin", test_builtin_routines);
  g_test_add_func ("/session/routine/custom", test_custom_routine);
  g_test_add_func ("/session/pause/across-boundary", test_pause_across_boundary);
  g_test_add_func ("/session/pause/get-ready", test_pause_in_get_ready);
  g_test_add_func ("/session/navigate/first", test_back_skip_first);
  g_test_add_func ("/session/navigate/last", test_back_skip_last);
  g_test_add_func ("/session/navigate/paused", test_skip_while_paused);
  g_test_add_func ("/session/repetitions/timed", test_timed_repetitions);
  g_test_add_func ("/session/repetitions/fractional", test_fractional_step);
  g_test_add_func ("/session/repetitions/waiting", test_waiting_repetitions);
  g_test_add_func ("/session/sides", test_sides_and_massager);
  g_test_add_func ("/session/stop", test_stop);
  g_test_add_func ("/session/massager/dispose-and-swap", test_massager_dispose_and_swap);
  g_test_add_func ("/session/ticks-and-warnings", test_ticks_and_warnings);
  g_test_add_func ("/session/reentrancy", test_reentrancy);
  g_test_add_func ("/session/system-clock", test_system_clock);

  return g_test_run ();
}
