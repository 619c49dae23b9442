/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-anatomy-view.h"
#include "nape-atlas.h"

G_BEGIN_DECLS

#define NAPE_TYPE_LEARN_PAGE (nape_learn_page_get_type ())

G_DECLARE_FINAL_TYPE (NapeLearnPage, nape_learn_page, NAPE, LEARN_PAGE, AdwBin)

void             nape_learn_page_set_content      (NapeLearnPage *self,
                                                   NapeAtlas     *atlas,
                                                   GListModel    *routines);
void             nape_learn_page_show_error       (NapeLearnPage *self,
                                                   const char    *description);
void             nape_learn_page_show_view        (NapeLearnPage *self,
                                                   NapeView       view);
void             nape_learn_page_show_zone        (NapeLearnPage *self,
                                                   const char    *zone_id,
                                                   NapeSide       side);
void             nape_learn_page_set_pain_mode    (NapeLearnPage *self,
                                                   gboolean       pain_mode);
const char      *nape_learn_page_get_shown_zone   (NapeLearnPage *self);
NapeAnatomyView *nape_learn_page_get_anatomy_view (NapeLearnPage *self);
GtkListBox      *nape_learn_page_get_pain_list    (NapeLearnPage *self);
GtkListBox      *nape_learn_page_get_zone_list    (NapeLearnPage *self);

G_END_DECLS
