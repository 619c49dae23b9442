/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-statistics.h — counting the diary: headache, migraine and medication days, overuse thresholds */

#pragma once

#include "nape-diary.h"

G_BEGIN_DECLS

/*
 * Every count is of local calendar days, each day being the one shown on the
 * clock where the entry was recorded (times keep their UTC offset), so a
 * daylight-saving change or a trip never moves a past entry to another day.
 * A headache counts on every day it covers, so an attack across midnight
 * counts twice; one still going counts up to today.  Months are calendar
 * months; a range starts at (@year, @month) and runs for @n_months.
 */

/**
 * NAPE_OVERUSE_N_CLASSES:
 *
 * The number of #NapeOveruseClass values, for arrays indexed by class.
 */
#define NAPE_OVERUSE_N_CLASSES (NAPE_OVERUSE_CLASS_COMBINATION + 1)

/**
 * NapeOveruseLevel:
 * @NAPE_OVERUSE_LEVEL_NONE: under the warning level
 * @NAPE_OVERUSE_LEVEL_APPROACHING: at 80 % of the threshold or more (8 days
 *   of 10, 12 of 15)
 * @NAPE_OVERUSE_LEVEL_REACHED: at the ICHD-3 threshold or over it
 *
 * How close a month's use of a drug class is to medication overuse.
 */
typedef enum
{
  NAPE_OVERUSE_LEVEL_NONE,
  NAPE_OVERUSE_LEVEL_APPROACHING,
  NAPE_OVERUSE_LEVEL_REACHED,
} NapeOveruseLevel;

/**
 * NapeMedicationDays:
 * @acute: days with any intake of a drug that is not preventive
 * @overuse_classes: days with an intake of any class that can be overused
 *   (every class but %NAPE_OVERUSE_CLASS_OTHER)
 * @by_class: days with an intake of each class, indexed by #NapeOveruseClass
 *
 * Medication days in one month.  Preventive drugs are never counted.
 */
typedef struct
{
  guint acute;
  guint overuse_classes;
  guint by_class[NAPE_OVERUSE_N_CLASSES];
} NapeMedicationDays;

/**
 * NapeOveruseStatus:
 * @overuse_class: the class; %NAPE_OVERUSE_CLASS_OTHER stands for all
 *   classes together (ICHD-3 8.2.6: several classes, none overused alone,
 *   on 10 days or more)
 * @days: the days with an intake in the month
 * @threshold: the ICHD-3 threshold: 15 days for simple analgesics and
 *   NSAIDs, 10 for the other classes and for all together
 * @level: how close @days is to @threshold
 * @months_reached: how many months in a row, ending with this one, reached
 *   the threshold (ICHD-3 asks for more than 3), counting at most 12
 *
 * Medication overuse of one class in one month.
 */
typedef struct
{
  NapeOveruseClass overuse_class;
  guint            days;
  guint            threshold;
  NapeOveruseLevel level;
  guint            months_reached;
} NapeOveruseStatus;

/**
 * NapeMidas:
 * @answers: the five MIDAS answers, each a number of days in the period:
 *   1 missed work or school; 2 work or school productivity cut by half or
 *   more (days of 1 not counted again); 3 no household work; 4 household
 *   productivity cut by half or more (days of 3 not counted again); 5 missed
 *   family, social or leisure activities
 * @score: the sum of @answers
 * @grade: the MIDAS grade, 1 (0–5, little or no disability) to 4 (21 or
 *   more, severe)
 * @headache_days: question A, the days with a headache
 * @average_pain: question B, the average peak intensity (0–10) of the
 *   headaches in the period that have one, or -1 if none has
 * @recorded_days: how many days of the period have a day record: the
 *   answers only count what was recorded
 *
 * The Migraine Disability Assessment (Stewart et al., Neurology 2001) over
 * three months, filled in from the day records.
 */
typedef struct
{
  guint  answers[5];
  guint  score;
  guint  grade;
  guint  headache_days;
  double average_pain;
  guint  recorded_days;
} NapeMidas;

/**
 * nape_overuse_class_get_threshold:
 * @overuse_class: a class
 *
 * Returns: the ICHD-3 days per month at which intake becomes overuse: 15 for
 *   simple analgesics and NSAIDs, 10 for triptans, ergots, opioids and
 *   combinations, and 10 for %NAPE_OVERUSE_CLASS_OTHER meaning all together
 */
guint            nape_overuse_class_get_threshold         (NapeOveruseClass  overuse_class);

/**
 * nape_overuse_level_for_days:
 * @overuse_class: a class
 * @days: days with an intake in one month
 *
 * Returns: whether @days is under, approaching or at the threshold
 */
NapeOveruseLevel nape_overuse_level_for_days              (NapeOveruseClass  overuse_class,
                                                           guint             days);

/**
 * nape_diary_count_headache_days:
 * @self: a #NapeDiary
 * @year: the first month's year
 * @month: the first month, 1–12
 * @n_months: how many months, at least 1
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Returns: (transfer full) (element-type guint) (nullable): for each month,
 *   the days with a headache of any kind, or %NULL with @error set
 */
GArray          *nape_diary_count_headache_days           (NapeDiary        *self,
                                                           int               year,
                                                           int               month,
                                                           guint             n_months,
                                                           GError          **error);

/**
 * nape_diary_count_migraine_days:
 * @self: a #NapeDiary
 * @year: the first month's year
 * @month: the first month, 1–12
 * @n_months: how many months, at least 1
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * A migraine day (after van der Arend et al., Cephalalgia 2023) is a day
 * covered by a headache recorded as a migraine or with an aura, or a day on
 * which a triptan or an ergot was taken.
 *
 * Returns: (transfer full) (element-type guint) (nullable): for each month,
 *   the migraine days, or %NULL with @error set
 */
GArray          *nape_diary_count_migraine_days           (NapeDiary        *self,
                                                           int               year,
                                                           int               month,
                                                           guint             n_months,
                                                           GError          **error);

/**
 * nape_diary_count_medication_days:
 * @self: a #NapeDiary
 * @year: the first month's year
 * @month: the first month, 1–12
 * @n_months: how many months, at least 1
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Counts days with an intake (not doses), as the ICHD-3 overuse criteria do.
 *
 * Returns: (transfer full) (element-type NapeMedicationDays) (nullable): for
 *   each month, its #NapeMedicationDays, or %NULL with @error set
 */
GArray          *nape_diary_count_medication_days         (NapeDiary        *self,
                                                           int               year,
                                                           int               month,
                                                           guint             n_months,
                                                           GError          **error);

/**
 * nape_diary_check_medication_overuse:
 * @self: a #NapeDiary
 * @year: the year
 * @month: the month, 1–12
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Compares one month's medication days with the ICHD-3 8.2 thresholds.
 *
 * Returns: (transfer full) (element-type NapeOveruseStatus) (nullable): one
 *   #NapeOveruseStatus for each class that can be overused, in
 *   #NapeOveruseClass order, then one for all classes together
 *   (%NAPE_OVERUSE_CLASS_OTHER); or %NULL with @error set
 */
GArray          *nape_diary_check_medication_overuse      (NapeDiary        *self,
                                                           int               year,
                                                           int               month,
                                                           GError          **error);

/**
 * nape_diary_compute_midas:
 * @self: a #NapeDiary
 * @last_day: the last day of the period; the period is the three months
 *   that end with it (1 March to 31 May for 31 May)
 * @midas: (out caller-allocates): return location for the result
 * @error: return location for a #NAPE_DIARY_ERROR
 *
 * Fills in MIDAS from the day records and the headaches.
 *
 * Returns: %TRUE on success
 */
gboolean         nape_diary_compute_midas                 (NapeDiary        *self,
                                                           const GDate      *last_day,
                                                           NapeMidas        *midas,
                                                           GError          **error);

/**
 * nape_diary_get_worst_pain_by_day:
 * @self: a #NapeDiary
 * @year: the year
 * @month: the month, 1–12
 * @error: return location for an error
 *
 * The worst pain of each day of a month, in local time: a headache counts on every day it
 * covers, one still going up to today. For the month calendar.
 *
 * Returns: (transfer full) (element-type int): 31 ints, the worst peak intensity 0–10 of
 *   each day (a headache with no intensity noted counts as 0), -1 for a day without
 *   headache or past the end of the month; %NULL with @error set
 */
GArray          *nape_diary_get_worst_pain_by_day         (NapeDiary        *self,
                                                           int               year,
                                                           int               month,
                                                           GError          **error);

G_END_DECLS
