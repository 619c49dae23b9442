/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-atlas.h"
#include "nape-diary.h"

G_BEGIN_DECLS

#define NAPE_TYPE_HEADACHE_EDITOR (nape_headache_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeHeadacheEditor, nape_headache_editor, NAPE, HEADACHE_EDITOR, AdwWindow)

NapeHeadacheEditor *nape_headache_editor_new          (NapeDiary          *diary,
                                                       NapeHeadache       *headache,
                                                       NapeAtlas          *atlas);
NapeHeadache       *nape_headache_editor_get_headache (NapeHeadacheEditor *self);

G_END_DECLS
