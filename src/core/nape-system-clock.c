/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-system-clock.c — the real clock, with deadlines as GSources that have a ready time */

#define G_LOG_DOMAIN "nape-system-clock"

#include "config.h"

#include "nape-system-clock.h"

struct _NapeSystemClock
{
  GObject       parent_instance;

  GMainContext *context;
};

static void nape_system_clock_iface_init (NapeClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NapeSystemClock, nape_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NAPE_TYPE_CLOCK,
                                                      nape_system_clock_iface_init))

/* No prepare or check: GLib dispatches a source once its ready time has come. */
static gboolean
deadline_source_dispatch (GSource     *source,
                          GSourceFunc  callback,
                          gpointer     user_data)
{
  NapeClockFunc func = (NapeClockFunc) (void (*) (void)) callback;

  g_source_set_ready_time (source, -1);
  if (func != NULL)
    func (user_data);

  return G_SOURCE_REMOVE;
}

static GSourceFuncs deadline_source_funcs = {
  .dispatch = deadline_source_dispatch,
};

static gint64
nape_system_clock_now_us (NapeClock *clock)
{
  return g_get_monotonic_time ();
}

static guint
nape_system_clock_add_deadline (NapeClock      *clock,
                                gint64          deadline_us,
                                NapeClockFunc   func,
                                gpointer        user_data,
                                GDestroyNotify  destroy)
{
  NapeSystemClock *self = NAPE_SYSTEM_CLOCK (clock);
  GSource *source;
  guint id;

  source = g_source_new (&deadline_source_funcs, sizeof (GSource));
  g_source_set_static_name (source, "NapeSystemClock deadline");
  g_source_set_callback (source, (GSourceFunc) (void (*) (void)) func, user_data, destroy);
  /* -1 means "never" to GLib; any time already past fires at once. */
  g_source_set_ready_time (source, MAX (deadline_us, 0));
  id = g_source_attach (source, self->context);
  g_source_unref (source);

  return id;
}

static void
nape_system_clock_remove_deadline (NapeClock *clock,
                                   guint      id)
{
  NapeSystemClock *self = NAPE_SYSTEM_CLOCK (clock);
  GSource *source;

  source = g_main_context_find_source_by_id (self->context, id);
  if (source == NULL)
    {
      g_critical ("%s: no deadline with id %u", G_STRFUNC, id);
      return;
    }

  g_source_destroy (source);
}

static void
nape_system_clock_iface_init (NapeClockInterface *iface)
{
  iface->now_us = nape_system_clock_now_us;
  iface->add_deadline = nape_system_clock_add_deadline;
  iface->remove_deadline = nape_system_clock_remove_deadline;
}

static void
nape_system_clock_finalize (GObject *object)
{
  NapeSystemClock *self = (NapeSystemClock *) object;

  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (nape_system_clock_parent_class)->finalize (object);
}

static void
nape_system_clock_class_init (NapeSystemClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_system_clock_finalize;
}

static void
nape_system_clock_init (NapeSystemClock *self)
{
  self->context = g_main_context_ref_thread_default ();
}

NapeClock *
nape_system_clock_new (void)
{
  return g_object_new (NAPE_TYPE_SYSTEM_CLOCK, NULL);
}
