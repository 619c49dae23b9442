/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-clock.c — monotonic time and one-shot deadlines */

#define G_LOG_DOMAIN "nape-clock"

#include "config.h"

#include "nape-clock.h"

G_DEFINE_INTERFACE (NapeClock, nape_clock, G_TYPE_OBJECT)

static void
nape_clock_default_init (NapeClockInterface *iface)
{
}

gint64
nape_clock_now_us (NapeClock *self)
{
  g_return_val_if_fail (NAPE_IS_CLOCK (self), 0);

  return NAPE_CLOCK_GET_IFACE (self)->now_us (self);
}

guint
nape_clock_add_deadline (NapeClock      *self,
                         gint64          deadline_us,
                         NapeClockFunc   func,
                         gpointer        user_data,
                         GDestroyNotify  destroy)
{
  g_return_val_if_fail (NAPE_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  return NAPE_CLOCK_GET_IFACE (self)->add_deadline (self, deadline_us, func, user_data, destroy);
}

void
nape_clock_remove_deadline (NapeClock *self,
                            guint      id)
{
  g_return_if_fail (NAPE_IS_CLOCK (self));
  g_return_if_fail (id > 0);

  NAPE_CLOCK_GET_IFACE (self)->remove_deadline (self, id);
}
