/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ten-years.h: ten years of a heavy user's diary, for the benchmarks of the diary and of
 * the Diary page. */

#pragma once

#include "nape-diary-private.h"

#define TEN_YEARS_HEADACHES 20000
#define TEN_YEARS_INTAKES 30000
#define TEN_YEARS_SESSIONS 10000
#define TEN_YEARS_DAYS (10 * 365)

/* A moment in the ten years from @first, in its time zone. */
static inline GDateTime *
ten_years_random_time (GRand     *rand,
                       GDateTime *first)
{
  return g_date_time_add_seconds (first, g_rand_double (rand) * TEN_YEARS_DAYS * 86400.0);
}

/* Ten years of a heavy user from midnight of @first, always the same for the same seed
 * and @first. */
static inline NapeDiaryContents *
ten_years_generate (guint32    seed,
                    GDateTime *first)
{
  static const char *symptoms[] = {
    "nausea", "light-sensitivity", "sound-sensitivity", "neck-pain", "dizziness",
  };
  static const char *triggers[] = {
    "stress", "poor-sleep", "screen-time", "posture", "weather", "alcohol",
  };
  static const char *areas[] = {
    "occiput:left", "occiput:right", "temple:left", "temple:right", "forehead:center",
  };
  static const char *zones[] = {
    "suboccipitals:left", "suboccipitals:right", "upper-trapezius:left", "upper-trapezius:right",
    "splenius-capitis:left",
  };
  static const struct { const char *name; NapeOveruseClass klass; gboolean preventive; } drugs[] = {
    { "Ibuprofen 400", NAPE_OVERUSE_CLASS_NSAID, FALSE },
    { "Paracetamol 500", NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC, FALSE },
    { "Sumatriptan 50", NAPE_OVERUSE_CLASS_TRIPTAN, FALSE },
    { "Aspirin, caffeine and paracetamol", NAPE_OVERUSE_CLASS_COMBINATION, FALSE },
    { "Tramadol", NAPE_OVERUSE_CLASS_OPIOID, FALSE },
    { "Amitriptyline 10", NAPE_OVERUSE_CLASS_OTHER, TRUE },
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  NapeDiaryContents *contents = nape_diary_contents_new ();

  for (guint i = 0; i < G_N_ELEMENTS (drugs); i++)
    {
      NapeDrug *drug = nape_drug_new ();

      nape_drug_set_name (drug, drugs[i].name);
      nape_drug_set_overuse_class (drug, drugs[i].klass);
      nape_drug_set_preventive (drug, drugs[i].preventive);
      nape_drug_set_unit (drug, "mg");
      g_ptr_array_add (contents->drugs, drug);
    }

  for (guint i = 0; i < TEN_YEARS_HEADACHES; i++)
    {
      NapeHeadache *headache = nape_headache_new ();
      g_autoptr(GDateTime) start = ten_years_random_time (rand, first);
      g_autoptr(GDateTime) end = g_date_time_add_minutes (start,
                                                          g_rand_int_range (rand, 30, 30 * 60));
      const char *some_symptoms[] = { symptoms[g_rand_int_range (rand, 0, 5)], NULL };
      const char *some_triggers[] = { triggers[g_rand_int_range (rand, 0, 6)], NULL };
      const char *some_areas[] = { areas[g_rand_int_range (rand, 0, 5)], NULL };

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, end);
      nape_headache_set_peak_intensity (headache, g_rand_int_range (rand, 2, 10));
      nape_headache_set_kind (headache, g_rand_int_range (rand, 0, 7));
      nape_headache_set_side (headache, g_rand_int_range (rand, 0, 8));
      nape_headache_set_quality (headache, g_rand_int_range (rand, 0, 7));
      nape_headache_set_aura (headache, g_rand_int_range (rand, 0, 10) == 0);
      nape_headache_set_symptoms (headache, some_symptoms);
      nape_headache_set_triggers (headache, some_triggers);
      nape_headache_set_areas (headache, some_areas);
      nape_headache_add_intensity (headache, start, 3);
      nape_headache_add_intensity (headache, end, 1);
      if (i % 4 == 0)
        nape_headache_set_notes (headache, "Started after a long day at the screen, eased with "
                                           "massage and a walk.");
      g_ptr_array_add (contents->headaches, headache);
    }

  for (guint i = 0; i < TEN_YEARS_INTAKES; i++)
    {
      NapeIntake *intake = nape_intake_new ();
      g_autoptr(GDateTime) time = ten_years_random_time (rand, first);
      NapeDiaryEntry *drug = contents->drugs->pdata[g_rand_int_range (rand, 0, 6)];

      nape_intake_set_time (intake, time);
      nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (drug));
      if (i % 2 == 0)
        {
          NapeDiaryEntry *headache =
            contents->headaches->pdata[g_rand_int_range (rand, 0, TEN_YEARS_HEADACHES)];

          nape_intake_set_headache_uuid (intake, nape_diary_entry_get_uuid (headache));
        }
      nape_intake_set_dose (intake, 400);
      nape_intake_set_unit (intake, "mg");
      nape_intake_set_effect (intake, g_rand_int_range (rand, 0, 4));
      g_ptr_array_add (contents->intakes, intake);
    }

  for (guint i = 0; i < TEN_YEARS_SESSIONS; i++)
    {
      NapeMassageSession *session = nape_massage_session_new ();
      g_autoptr(GDateTime) start = ten_years_random_time (rand, first);
      const char *some_zones[] = {
        zones[g_rand_int_range (rand, 0, 5)], zones[g_rand_int_range (rand, 0, 5)], NULL,
      };

      nape_massage_session_set_start (session, start);
      nape_massage_session_set_routine_id (session, "back-of-head-first-week");
      nape_massage_session_set_zones (session, some_zones);
      nape_massage_session_set_steps_done (session, g_rand_int_range (rand, 1, 9));
      nape_massage_session_set_duration (session, g_rand_int_range (rand, 120, 1200));
      nape_massage_session_set_pain_before (session, g_rand_int_range (rand, 3, 9));
      nape_massage_session_set_pain_after (session, g_rand_int_range (rand, 0, 6));
      nape_massage_session_set_helped_step (session, g_rand_int_range (rand, -1, 6));
      g_ptr_array_add (contents->massage_sessions, session);
    }

  for (guint i = 0; i < TEN_YEARS_DAYS; i++)
    {
      NapeDayFactors *factors = nape_day_factors_new ();
      g_autoptr(GDateTime) day = g_date_time_add_days (first, i);
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      nape_day_factors_set_date (factors, date);
      nape_day_factors_set_sleep_hours (factors, g_rand_double_range (rand, 4, 9));
      nape_day_factors_set_stress (factors, g_rand_int_range (rand, 0, 4));
      nape_day_factors_set_reduced_work (factors, g_rand_int_range (rand, 0, 5) == 0);
      g_ptr_array_add (contents->day_factors, factors);
    }

  return contents;
}
