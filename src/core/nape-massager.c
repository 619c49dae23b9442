/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-massager.c — a powered massager as the session drives it */

#define G_LOG_DOMAIN "nape-massager"

#include "config.h"

#include "nape-massager.h"

G_DEFINE_INTERFACE (NapeMassager, nape_massager, G_TYPE_OBJECT)

static void
nape_massager_default_init (NapeMassagerInterface *iface)
{
}

void
nape_massager_set_level (NapeMassager *self,
                         guint         level)
{
  g_return_if_fail (NAPE_IS_MASSAGER (self));
  g_return_if_fail (level <= 100);

  NAPE_MASSAGER_GET_IFACE (self)->set_level (self, level);
}

void
nape_massager_stop (NapeMassager *self)
{
  g_return_if_fail (NAPE_IS_MASSAGER (self));

  NAPE_MASSAGER_GET_IFACE (self)->stop (self);
}
