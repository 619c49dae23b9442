/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-headache.h — one headache attack in the diary: when, how bad, what kind, where, and what came with it */

#pragma once

#include <glib-object.h>

#include "nape-area.h"
#include "nape-diary-entry.h"

G_BEGIN_DECLS

/**
 * NapeHeadacheKind:
 * @NAPE_HEADACHE_KIND_UNKNOWN: not known ("unknown")
 * @NAPE_HEADACHE_KIND_TENSION: tension-type headache ("tension")
 * @NAPE_HEADACHE_KIND_MIGRAINE: migraine ("migraine")
 * @NAPE_HEADACHE_KIND_CERVICOGENIC: cervicogenic headache (ICHD-3 11.2.1) ("cervicogenic")
 * @NAPE_HEADACHE_KIND_OCCIPITAL_NEURALGIA: occipital neuralgia (ICHD-3 13.4) ("occipital-neuralgia")
 * @NAPE_HEADACHE_KIND_CLUSTER: cluster headache ("cluster")
 * @NAPE_HEADACHE_KIND_OTHER: another kind ("other")
 *
 * What kind of headache the person believes it was (ICHD-3 groups).
 */
typedef enum
{
  NAPE_HEADACHE_KIND_UNKNOWN = 0,
  NAPE_HEADACHE_KIND_TENSION,
  NAPE_HEADACHE_KIND_MIGRAINE,
  NAPE_HEADACHE_KIND_CERVICOGENIC,
  NAPE_HEADACHE_KIND_OCCIPITAL_NEURALGIA,
  NAPE_HEADACHE_KIND_CLUSTER,
  NAPE_HEADACHE_KIND_OTHER,
} NapeHeadacheKind;

#define NAPE_TYPE_HEADACHE_KIND (nape_headache_kind_get_type ())
GType nape_headache_kind_get_type (void) G_GNUC_CONST;

/**
 * nape_headache_kind_to_string:
 * @value: a #NapeHeadacheKind
 *
 * Returns: the token used in the database and in exports, such as "tension"
 */
const char *nape_headache_kind_to_string   (NapeHeadacheKind  value);

/**
 * nape_headache_kind_from_string:
 * @string: a token such as "tension"
 * @value: (out): return location for the value
 *
 * Returns: %TRUE if @string names a value
 */
gboolean    nape_headache_kind_from_string (const char       *string,
                                            NapeHeadacheKind *value);

/**
 * NapeHeadacheQuality:
 * @NAPE_HEADACHE_QUALITY_UNKNOWN: not recorded ("unknown")
 * @NAPE_HEADACHE_QUALITY_PRESSING: pressing or tightening ("pressing")
 * @NAPE_HEADACHE_QUALITY_PULSATING: pulsating or throbbing ("pulsating")
 * @NAPE_HEADACHE_QUALITY_STABBING: stabbing, shooting or electric ("stabbing")
 * @NAPE_HEADACHE_QUALITY_BURNING: burning ("burning")
 * @NAPE_HEADACHE_QUALITY_DULL: dull ache ("dull")
 * @NAPE_HEADACHE_QUALITY_OTHER: something else ("other")
 *
 * How the pain feels.
 */
typedef enum
{
  NAPE_HEADACHE_QUALITY_UNKNOWN = 0,
  NAPE_HEADACHE_QUALITY_PRESSING,
  NAPE_HEADACHE_QUALITY_PULSATING,
  NAPE_HEADACHE_QUALITY_STABBING,
  NAPE_HEADACHE_QUALITY_BURNING,
  NAPE_HEADACHE_QUALITY_DULL,
  NAPE_HEADACHE_QUALITY_OTHER,
} NapeHeadacheQuality;

#define NAPE_TYPE_HEADACHE_QUALITY (nape_headache_quality_get_type ())
GType nape_headache_quality_get_type (void) G_GNUC_CONST;

/**
 * nape_headache_quality_to_string:
 * @value: a #NapeHeadacheQuality
 *
 * Returns: the token used in the database and in exports, such as "pressing"
 */
const char *nape_headache_quality_to_string   (NapeHeadacheQuality  value);

/**
 * nape_headache_quality_from_string:
 * @string: a token such as "pressing"
 * @value: (out): return location for the value
 *
 * Returns: %TRUE if @string names a value
 */
gboolean    nape_headache_quality_from_string (const char          *string,
                                               NapeHeadacheQuality *value);

/**
 * NapeIntensitySample:
 * @time: when the pain was rated, in Unix seconds
 * @utc_offset: the offset from UTC at that moment where it was rated, in seconds
 * @intensity: the pain, 0–10
 *
 * One point of a headache's intensity curve.
 */
typedef struct
{
  gint64 time;
  int    utc_offset;
  int    intensity;
} NapeIntensitySample;

#define NAPE_TYPE_HEADACHE (nape_headache_get_type ())

G_DECLARE_FINAL_TYPE (NapeHeadache, nape_headache, NAPE, HEADACHE, NapeDiaryEntry)

/**
 * nape_headache_new:
 *
 * Creates an empty headache with a new random UUID.
 *
 * Returns: (transfer full): a new #NapeHeadache
 */
NapeHeadache              *nape_headache_new                (void);

/**
 * nape_headache_new_with_uuid:
 * @uuid: a UUID string, as g_uuid_string_is_valid() accepts
 *
 * Creates an empty headache with a known UUID, as when loading or importing.
 *
 * Returns: (transfer full): a new #NapeHeadache
 */
NapeHeadache              *nape_headache_new_with_uuid      (const char *uuid);

/**
 * nape_headache_get_start:
 * @self: a #NapeHeadache
 *
 * Returns: (transfer none) (nullable): when the headache began, in the time zone it was recorded in
 */
GDateTime                 *nape_headache_get_start          (NapeHeadache *self);

/**
 * nape_headache_set_start:
 * @self: a #NapeHeadache
 * @start: (nullable): the new value
 *
 * Sets the value returned by nape_headache_get_start().
 */
void                       nape_headache_set_start          (NapeHeadache *self,
                                                             GDateTime    *start);

/**
 * nape_headache_get_end:
 * @self: a #NapeHeadache
 *
 * Returns: (transfer none) (nullable): when it ended, or %NULL while it is still going
 */
GDateTime                 *nape_headache_get_end            (NapeHeadache *self);

/**
 * nape_headache_set_end:
 * @self: a #NapeHeadache
 * @end: (nullable): the new value
 *
 * Sets the value returned by nape_headache_get_end().
 */
void                       nape_headache_set_end            (NapeHeadache *self,
                                                             GDateTime    *end);

/**
 * nape_headache_get_entered_live:
 * @self: a #NapeHeadache
 *
 * Returns: %TRUE if it was recorded while it was happening, %FALSE if entered afterwards
 */
gboolean                   nape_headache_get_entered_live   (NapeHeadache *self);

/**
 * nape_headache_set_entered_live:
 * @self: a #NapeHeadache
 * @entered_live: the new value
 *
 * Sets the value returned by nape_headache_get_entered_live().
 */
void                       nape_headache_set_entered_live   (NapeHeadache *self,
                                                             gboolean     entered_live);

/**
 * nape_headache_get_peak_intensity:
 * @self: a #NapeHeadache
 *
 * Returns: the worst pain on a 0–10 scale, or -1 if not recorded
 */
int                        nape_headache_get_peak_intensity (NapeHeadache *self);

/**
 * nape_headache_set_peak_intensity:
 * @self: a #NapeHeadache
 * @peak_intensity: the new value, from -1 to 10
 *
 * Sets the value returned by nape_headache_get_peak_intensity().
 */
void                       nape_headache_set_peak_intensity (NapeHeadache *self,
                                                             int          peak_intensity);

/**
 * nape_headache_get_kind:
 * @self: a #NapeHeadache
 *
 * Returns: the kind of headache
 */
NapeHeadacheKind           nape_headache_get_kind           (NapeHeadache *self);

/**
 * nape_headache_set_kind:
 * @self: a #NapeHeadache
 * @kind: the new value
 *
 * Sets the value returned by nape_headache_get_kind().
 */
void                       nape_headache_set_kind           (NapeHeadache     *self,
                                                             NapeHeadacheKind kind);

/**
 * nape_headache_get_side:
 * @self: a #NapeHeadache
 *
 * Returns: where the pain was: left, right, both (left | right), center, or 0 if not recorded
 */
NapeSide                   nape_headache_get_side           (NapeHeadache *self);

/**
 * nape_headache_set_side:
 * @self: a #NapeHeadache
 * @side: the new value
 *
 * Sets the value returned by nape_headache_get_side().
 */
void                       nape_headache_set_side           (NapeHeadache *self,
                                                             NapeSide     side);

/**
 * nape_headache_get_quality:
 * @self: a #NapeHeadache
 *
 * Returns: how the pain felt
 */
NapeHeadacheQuality        nape_headache_get_quality        (NapeHeadache *self);

/**
 * nape_headache_set_quality:
 * @self: a #NapeHeadache
 * @quality: the new value
 *
 * Sets the value returned by nape_headache_get_quality().
 */
void                       nape_headache_set_quality        (NapeHeadache        *self,
                                                             NapeHeadacheQuality quality);

/**
 * nape_headache_get_aura:
 * @self: a #NapeHeadache
 *
 * Returns: %TRUE if an aura came before or with the headache
 */
gboolean                   nape_headache_get_aura           (NapeHeadache *self);

/**
 * nape_headache_set_aura:
 * @self: a #NapeHeadache
 * @aura: the new value
 *
 * Sets the value returned by nape_headache_get_aura().
 */
void                       nape_headache_set_aura           (NapeHeadache *self,
                                                             gboolean     aura);

/**
 * nape_headache_get_symptoms:
 * @self: a #NapeHeadache
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the symptoms that came with it, from nape_diary_list_terms() with %NAPE_DIARY_TERM_SYMPTOM; never %NULL
 */
const char * const        *nape_headache_get_symptoms       (NapeHeadache *self);

/**
 * nape_headache_set_symptoms:
 * @self: a #NapeHeadache
 * @symptoms: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the value returned by nape_headache_get_symptoms().
 */
void                       nape_headache_set_symptoms       (NapeHeadache       *self,
                                                             const char * const *symptoms);

/**
 * nape_headache_get_triggers:
 * @self: a #NapeHeadache
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the suspected triggers, from nape_diary_list_terms() with %NAPE_DIARY_TERM_TRIGGER; never %NULL
 */
const char * const        *nape_headache_get_triggers       (NapeHeadache *self);

/**
 * nape_headache_set_triggers:
 * @self: a #NapeHeadache
 * @triggers: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the value returned by nape_headache_get_triggers().
 */
void                       nape_headache_set_triggers       (NapeHeadache       *self,
                                                             const char * const *triggers);

/**
 * nape_headache_get_areas:
 * @self: a #NapeHeadache
 *
 * Returns: (transfer none) (array zero-terminated=1): where it hurt, as "AREA:SIDE" pairs such as "occiput:left", AREA being a #NapeArea id and SIDE a nape_side_to_string() token; never %NULL
 */
const char * const        *nape_headache_get_areas          (NapeHeadache *self);

/**
 * nape_headache_set_areas:
 * @self: a #NapeHeadache
 * @areas: (nullable) (array zero-terminated=1): the new value
 *
 * Sets the value returned by nape_headache_get_areas().
 */
void                       nape_headache_set_areas          (NapeHeadache       *self,
                                                             const char * const *areas);

/**
 * nape_headache_get_notes:
 * @self: a #NapeHeadache
 *
 * Returns: (nullable): free text, or %NULL
 */
const char                *nape_headache_get_notes          (NapeHeadache *self);

/**
 * nape_headache_set_notes:
 * @self: a #NapeHeadache
 * @notes: (nullable): the new value
 *
 * Sets the value returned by nape_headache_get_notes().
 */
void                       nape_headache_set_notes          (NapeHeadache *self,
                                                             const char   *notes);

/**
 * nape_headache_add_intensity:
 * @self: a #NapeHeadache
 * @when: when the pain was rated
 * @intensity: the pain, 0–10
 *
 * Adds a point to the intensity curve.  Points stay sorted by time; a point
 * at the same instant as an existing one replaces it.  The peak intensity is
 * not changed.
 */
void                       nape_headache_add_intensity      (NapeHeadache *self,
                                                             GDateTime    *when,
                                                             int          intensity);

/**
 * nape_headache_get_intensities:
 * @self: a #NapeHeadache
 * @n_samples: (out): the number of points
 *
 * Returns: (transfer none) (array length=n_samples): the intensity curve, oldest first
 */
const NapeIntensitySample *nape_headache_get_intensities    (NapeHeadache *self,
                                                             guint        *n_samples);

/**
 * nape_headache_clear_intensities:
 * @self: a #NapeHeadache
 *
 * Removes every point of the intensity curve.
 */
void                       nape_headache_clear_intensities  (NapeHeadache *self);

G_END_DECLS
