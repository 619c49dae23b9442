/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "nape-anatomy-renderer.h"
#include "nape-atlas.h"

G_BEGIN_DECLS

/**
 * NapeAnatomyHighlight:
 * @NAPE_ANATOMY_HIGHLIGHT_PRIMARY: where a muscle often sends pain
 * @NAPE_ANATOMY_HIGHLIGHT_SECONDARY: where it sometimes sends pain
 * @NAPE_ANATOMY_HIGHLIGHT_CHOSEN: a pain area the user picked; drawn above the others
 * @NAPE_ANATOMY_HIGHLIGHT_SOURCE: a muscle that often sends pain to the chosen areas
 * @NAPE_ANATOMY_HIGHLIGHT_MINOR_SOURCE: a muscle that sometimes does
 * @NAPE_ANATOMY_HIGHLIGHT_STEP: the zone of the current routine step
 *
 * How a drawn element is lit besides hover, focus and selection.
 */
typedef enum
{
  NAPE_ANATOMY_HIGHLIGHT_PRIMARY,
  NAPE_ANATOMY_HIGHLIGHT_SECONDARY,
  NAPE_ANATOMY_HIGHLIGHT_CHOSEN,
  NAPE_ANATOMY_HIGHLIGHT_SOURCE,
  NAPE_ANATOMY_HIGHLIGHT_MINOR_SOURCE,
  NAPE_ANATOMY_HIGHLIGHT_STEP,
} NapeAnatomyHighlight;

#define NAPE_TYPE_ANATOMY_VIEW (nape_anatomy_view_get_type ())

G_DECLARE_FINAL_TYPE (NapeAnatomyView, nape_anatomy_view, NAPE, ANATOMY_VIEW, GtkWidget)

GtkWidget           *nape_anatomy_view_new              (void);
void                 nape_anatomy_view_set_drawing      (NapeAnatomyView      *self,
                                                         NapeAtlas            *atlas,
                                                         NapeAnatomyDrawing   *drawing,
                                                         const char           *description);
NapeAnatomyRenderer *nape_anatomy_view_get_renderer     (NapeAnatomyView      *self);
void                 nape_anatomy_view_set_mode         (NapeAnatomyView      *self,
                                                         NapeAnatomyMode       mode);
const char          *nape_anatomy_view_get_selected     (NapeAnatomyView      *self);
void                 nape_anatomy_view_set_selected     (NapeAnatomyView      *self,
                                                         const char           *drawn_id);
const char          *nape_anatomy_view_get_focus_id     (NapeAnatomyView      *self);
void                 nape_anatomy_view_clear_highlights (NapeAnatomyView      *self);
void                 nape_anatomy_view_add_highlight    (NapeAnatomyView      *self,
                                                         const char           *drawn_id,
                                                         NapeAnatomyHighlight  kind);
char                *nape_anatomy_view_describe         (NapeAnatomyView      *self,
                                                         const char           *drawn_id);

G_END_DECLS
