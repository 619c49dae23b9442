/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void nape_widget_track_drawn_focus (GtkWidget *widget);

G_END_DECLS
