/* SPDX-License-Identifier: GPL-3.0-or-later */
/* timer.c — how late a session's step boundaries come on the real main loop, against chained g_timeout_add */

/*
 * A routine of 200 steps of 100 ms.  Steps are timed in whole seconds (the
 * routine model), so the session plays 200 steps of 1 s on a clock that
 * runs ten times fast: FastClock below maps its time line onto
 * NapeSystemClock's, now = origin + 10 × real elapsed, and a deadline at
 * session time d fires at real time origin + (d − origin) / 10.  The
 * session's code is unchanged and its deadlines are real NapeSystemClock
 * GSources, so what is measured is the engine on the main loop; the only
 * thing scaled is the unit.  Lateness is measured in real time against
 * start + k × 100 ms.
 *
 * Then, in the same process, the naive way: a new g_timeout_add (100) from
 * each step's callback.
 *
 * Prints "BENCH <name> <value> <unit>" lines.
 */

#define G_LOG_DOMAIN "bench-timer"

#include "config.h"

#include <stdlib.h>

#include "bench.h"
#include "nape-routine.h"
#include "nape-session.h"
#include "nape-system-clock.h"

#define N_STEPS     200
#define STEP_MS     100
#define SPEED       10

/* ---- A clock SPEED times as fast as the system clock ---- */

#define BENCH_TYPE_FAST_CLOCK (bench_fast_clock_get_type ())
G_DECLARE_FINAL_TYPE (BenchFastClock, bench_fast_clock, BENCH, FAST_CLOCK, GObject)

struct _BenchFastClock
{
  GObject    parent_instance;
  NapeClock *real;
  gint64     origin_us;      /* real time where both time lines meet */
  gint64     first_now_us;   /* real time of the first now_us (): the session's start */
};

static void bench_fast_clock_iface_init (NapeClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BenchFastClock, bench_fast_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NAPE_TYPE_CLOCK, bench_fast_clock_iface_init))

static gint64
bench_fast_clock_now_us (NapeClock *clock)
{
  BenchFastClock *self = BENCH_FAST_CLOCK (clock);
  gint64 real_us = nape_clock_now_us (self->real);

  if (self->first_now_us == 0)
    self->first_now_us = real_us;

  return self->origin_us + (real_us - self->origin_us) * SPEED;
}

static guint
bench_fast_clock_add_deadline (NapeClock      *clock,
                               gint64          deadline_us,
                               NapeClockFunc   func,
                               gpointer        user_data,
                               GDestroyNotify  destroy)
{
  BenchFastClock *self = BENCH_FAST_CLOCK (clock);
  /* Rounded up, so a deadline never fires before its fast time. */
  gint64 real_us = self->origin_us + (deadline_us - self->origin_us + SPEED - 1) / SPEED;

  return nape_clock_add_deadline (self->real, real_us, func, user_data, destroy);
}

static void
bench_fast_clock_remove_deadline (NapeClock *clock,
                                  guint      id)
{
  nape_clock_remove_deadline (BENCH_FAST_CLOCK (clock)->real, id);
}

static void
bench_fast_clock_iface_init (NapeClockInterface *iface)
{
  iface->now_us = bench_fast_clock_now_us;
  iface->add_deadline = bench_fast_clock_add_deadline;
  iface->remove_deadline = bench_fast_clock_remove_deadline;
}

static void
bench_fast_clock_finalize (GObject *object)
{
  g_clear_object (&BENCH_FAST_CLOCK (object)->real);

  G_OBJECT_CLASS (bench_fast_clock_parent_class)->finalize (object);
}

static void
bench_fast_clock_class_init (BenchFastClockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bench_fast_clock_finalize;
}

static void
bench_fast_clock_init (BenchFastClock *self)
{
  self->real = nape_system_clock_new ();
  self->origin_us = nape_clock_now_us (self->real);
}

/* ---- Measurements ---- */

typedef struct
{
  GMainLoop *loop;
  gint64     start_us;
  gint64     at_us[N_STEPS + 1];  /* real time of boundary k; k = N_STEPS is the end */
  guint      n;
} Run;

static void
report (const char *prefix,
        Run        *run)
{
  double lateness[N_STEPS];
  guint n = 0;

  /* Boundaries 1 … N_STEPS: each step's start after the first, and the end. */
  for (guint k = 1; k <= N_STEPS; k++)
    lateness[n++] = (run->at_us[k] - (run->start_us + (gint64) k * STEP_MS * 1000)) / 1000.0;

  g_print ("BENCH %s-lateness-median %.3f ms\n", prefix, bench_percentile (lateness, n, 0.5));
  g_print ("BENCH %s-lateness-p99 %.3f ms\n", prefix, bench_percentile (lateness, n, 0.99));
  g_print ("BENCH %s-lateness-max %.3f ms\n", prefix, bench_percentile (lateness, n, 1));
  g_print ("BENCH %s-drift-end %.3f ms\n", prefix,
           (run->at_us[N_STEPS] - (run->start_us + (gint64) N_STEPS * STEP_MS * 1000)) / 1000.0);
}

static void
step_changed_cb (NapeSession *session,
                 guint        index,
                 NapeSide     side,
                 Run         *run)
{
  run->at_us[index] = g_get_monotonic_time ();
}

static void
finished_cb (NapeSession *session,
             Run         *run)
{
  run->at_us[N_STEPS] = g_get_monotonic_time ();
  g_main_loop_quit (run->loop);
}

static gboolean
naive_step_cb (gpointer user_data)
{
  Run *run = user_data;

  run->at_us[++run->n] = g_get_monotonic_time ();
  if (run->n == N_STEPS)
    g_main_loop_quit (run->loop);
  else
    g_timeout_add (STEP_MS, naive_step_cb, run);

  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NapeRoutine) routine = nape_routine_new ("bench", "Bench", NULL, NAPE_ROUTINE_FIT_DAILY,
                                                     NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(BenchFastClock) clock = g_object_new (BENCH_TYPE_FAST_CLOCK, NULL);
  g_autoptr(NapeSession) session = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Run run = { loop };
  Run naive = { loop };

  for (guint i = 0; i < N_STEPS; i++)
    {
      g_autoptr(NapeRoutineStep) step =
        nape_routine_step_new ("upper-trapezius", "thumb-index", 0, 1, 0, 0,
                               NAPE_ROUTINE_STEP_NO_INTENSITY, NULL);

      nape_routine_append_step (routine, step);
    }

  session = nape_session_new (routine, NAPE_CLOCK (clock));
  nape_session_set_get_ready_seconds (session, 0);
  g_signal_connect (session, "step-changed", G_CALLBACK (step_changed_cb), &run);
  g_signal_connect (session, "finished", G_CALLBACK (finished_cb), &run);

  nape_session_start (session);
  run.start_us = clock->first_now_us;
  g_main_loop_run (loop);
  report ("timer", &run);

  naive.start_us = g_get_monotonic_time ();
  g_timeout_add (STEP_MS, naive_step_cb, &naive);
  g_main_loop_run (loop);
  report ("timer-naive", &naive);

  return EXIT_SUCCESS;
}
