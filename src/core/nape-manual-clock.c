/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-manual-clock.c — a clock for tests that only moves when told */

#define G_LOG_DOMAIN "nape-manual-clock"

#include "config.h"

#include "nape-manual-clock.h"

typedef struct
{
  guint          id;
  gint64         deadline_us;
  NapeClockFunc  func;
  gpointer       user_data;
  GDestroyNotify destroy;
} Deadline;

struct _NapeManualClock
{
  GObject  parent_instance;

  gint64   now_us;
  guint    last_id;
  /* Deadline*, sorted by time then id; a handful at most, so a list is fine. */
  GList   *deadlines;
};

static void nape_manual_clock_iface_init (NapeClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (NapeManualClock, nape_manual_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (NAPE_TYPE_CLOCK,
                                                      nape_manual_clock_iface_init))

static void
deadline_free (Deadline *deadline)
{
  if (deadline->destroy != NULL)
    deadline->destroy (deadline->user_data);

  g_free (deadline);
}

static int
deadline_compare (gconstpointer a,
                  gconstpointer b)
{
  const Deadline *da = a;
  const Deadline *db = b;

  if (da->deadline_us != db->deadline_us)
    return da->deadline_us < db->deadline_us ? -1 : 1;

  return da->id < db->id ? -1 : (da->id > db->id);
}

static gint64
nape_manual_clock_now_us (NapeClock *clock)
{
  return NAPE_MANUAL_CLOCK (clock)->now_us;
}

static guint
nape_manual_clock_add_deadline (NapeClock      *clock,
                                gint64          deadline_us,
                                NapeClockFunc   func,
                                gpointer        user_data,
                                GDestroyNotify  destroy)
{
  NapeManualClock *self = NAPE_MANUAL_CLOCK (clock);
  Deadline *deadline = g_new0 (Deadline, 1);

  deadline->id = ++self->last_id;
  deadline->deadline_us = deadline_us;
  deadline->func = func;
  deadline->user_data = user_data;
  deadline->destroy = destroy;
  self->deadlines = g_list_insert_sorted (self->deadlines, deadline, deadline_compare);

  return deadline->id;
}

static void
nape_manual_clock_remove_deadline (NapeClock *clock,
                                   guint      id)
{
  NapeManualClock *self = NAPE_MANUAL_CLOCK (clock);

  for (GList *l = self->deadlines; l != NULL; l = l->next)
    {
      Deadline *deadline = l->data;

      if (deadline->id == id)
        {
          self->deadlines = g_list_delete_link (self->deadlines, l);
          deadline_free (deadline);
          return;
        }
    }

  g_critical ("%s: no deadline with id %u", G_STRFUNC, id);
}

static void
nape_manual_clock_iface_init (NapeClockInterface *iface)
{
  iface->now_us = nape_manual_clock_now_us;
  iface->add_deadline = nape_manual_clock_add_deadline;
  iface->remove_deadline = nape_manual_clock_remove_deadline;
}

static void
nape_manual_clock_finalize (GObject *object)
{
  NapeManualClock *self = (NapeManualClock *) object;

  g_list_free_full (g_steal_pointer (&self->deadlines), (GDestroyNotify) deadline_free);

  G_OBJECT_CLASS (nape_manual_clock_parent_class)->finalize (object);
}

static void
nape_manual_clock_class_init (NapeManualClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_manual_clock_finalize;
}

static void
nape_manual_clock_init (NapeManualClock *self)
{
}

NapeClock *
nape_manual_clock_new (gint64 start_us)
{
  NapeManualClock *self = g_object_new (NAPE_TYPE_MANUAL_CLOCK, NULL);

  self->now_us = start_us;

  return NAPE_CLOCK (self);
}

void
nape_manual_clock_advance (NapeManualClock *self,
                           gint64           delta_us)
{
  gint64 target_us;

  g_return_if_fail (NAPE_IS_MANUAL_CLOCK (self));
  g_return_if_fail (delta_us >= 0);

  target_us = self->now_us + delta_us;

  g_object_ref (self);

  /* Take the earliest each time round: callbacks may add or remove deadlines. */
  while (self->deadlines != NULL)
    {
      Deadline *deadline = self->deadlines->data;

      if (deadline->deadline_us > target_us)
        break;

      self->deadlines = g_list_delete_link (self->deadlines, self->deadlines);
      self->now_us = MAX (self->now_us, deadline->deadline_us);
      deadline->func (deadline->user_data);
      deadline_free (deadline);
    }

  self->now_us = target_us;

  g_object_unref (self);
}

gboolean
nape_manual_clock_get_next_deadline (NapeManualClock *self,
                                     gint64          *deadline_us)
{
  g_return_val_if_fail (NAPE_IS_MANUAL_CLOCK (self), FALSE);

  if (self->deadlines == NULL)
    return FALSE;

  if (deadline_us != NULL)
    *deadline_us = ((Deadline *) self->deadlines->data)->deadline_us;

  return TRUE;
}

guint
nape_manual_clock_get_n_deadlines (NapeManualClock *self)
{
  g_return_val_if_fail (NAPE_IS_MANUAL_CLOCK (self), 0);

  return g_list_length (self->deadlines);
}
