/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define NAPE_TYPE_PROGRESS_RING (nape_progress_ring_get_type ())

G_DECLARE_FINAL_TYPE (NapeProgressRing, nape_progress_ring, NAPE, PROGRESS_RING, GtkWidget)

GtkWidget *nape_progress_ring_new          (void);
double     nape_progress_ring_get_fraction (NapeProgressRing *self);
void       nape_progress_ring_set_fraction (NapeProgressRing *self,
                                            double            fraction);

G_END_DECLS
