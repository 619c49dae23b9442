/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content.h — the atlas and routines compiled into Nape, loaded once per process */

#pragma once

#include <gio/gio.h>

#include "nape-atlas.h"

G_BEGIN_DECLS

gboolean nape_content_load (NapeAtlas  **atlas,
                            GListModel **routines,
                            GError     **error);

G_END_DECLS
