/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-atlas-private.h — how the atlas loader builds its objects (not for the UI) */

#pragma once

#include "nape-area.h"
#include "nape-caution.h"
#include "nape-technique.h"
#include "nape-zone.h"

G_BEGIN_DECLS

/*
 * Human-readable text is passed as msgids made by nape_content_text_to_msgid()
 * and translated by the getters; ids, Latin names and seed names are plain.
 */

NapeTechnique *nape_technique_new      (const char          *id,
                                        const char          *name,
                                        const char          *summary,
                                        const char          *how,
                                        const char          *suits);

NapeCaution   *nape_caution_new        (const char          *id,
                                        NapeCautionLevel     level,
                                        const char          *title,
                                        const char          *text);

NapeArea      *nape_area_new           (const char          *id,
                                        const char          *name,
                                        NapeView             views,
                                        NapeSide             sides);

NapeZone      *nape_zone_new           (const char          *id,
                                        const char          *name,
                                        const char          *latin,
                                        const char          *summary,
                                        const char          *pain,
                                        const char * const  *locate,
                                        const char * const  *sources,
                                        NapeView             views,
                                        NapeSide             sides);

/* Only while loading: a zone is immutable once the atlas is returned. */
void           nape_zone_add_technique (NapeZone            *self,
                                        NapeTechnique       *technique);
void           nape_zone_add_caution   (NapeZone            *self,
                                        NapeCaution         *caution);
void           nape_zone_add_referral  (NapeZone            *self,
                                        NapeArea            *area,
                                        NapeReferralWeight   weight);

G_END_DECLS
