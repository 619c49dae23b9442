/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-demo-data.c: fills a diary under DIR (used as XDG_DATA_HOME) with a plausible year
 * of headaches, medication and massage sessions, for screenshots and trying the app
 * (`build-aux/dev demo-data DIR`). The same seed always gives the same diary. */

#include "config.h"

#include <locale.h>

#include "nape-day-factors.h"
#include "nape-diary.h"

static NapeDrug *
add_drug (NapeDiary        *diary,
          const char       *name,
          const char       *unit,
          NapeOveruseClass  overuse_class)
{
  g_autoptr(GError) error = NULL;
  NapeDrug *drug = nape_drug_new ();

  nape_drug_set_name (drug, name);
  nape_drug_set_unit (drug, unit);
  nape_drug_set_overuse_class (drug, overuse_class);
  if (!nape_diary_save (diary, drug, &error))
    g_error ("%s", error->message);

  return drug;
}

int
main (int   argc,
      char *argv[])
{
  static const char *symptoms[] = { "neck-pain", "light-sensitivity", "nausea", "fatigue",
                                    "sound-sensitivity", "dizziness" };
  static const char *triggers[] = { "stress", "poor-sleep", "screen-time", "posture",
                                    "skipped-meal", "weather", "dehydration" };
  static const char *areas[] = { "occiput:left", "occiput:right", "neck-back:left",
                                 "neck-back:right", "temple:left", "temple:right" };
  g_autoptr(NapeDiary) diary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240611);
  g_autoptr(NapeDrug) ibuprofen = NULL;
  g_autoptr(NapeDrug) paracetamol = NULL;
  g_autoptr(NapeDrug) sumatriptan = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) today = NULL;
  guint n_headaches = 0;

  setlocale (LC_ALL, "");
  if (argc != 2)
    {
      g_printerr ("usage: nape-demo-data DIR\n");
      return EXIT_FAILURE;
    }

  /* Before anything asks GLib for the user's data folder. */
  g_setenv ("XDG_DATA_HOME", argv[1], TRUE);
  diary = nape_diary_open (NULL, &error);
  if (diary == NULL)
    {
      g_printerr ("nape-demo-data: %s\n", error->message);
      return EXIT_FAILURE;
    }
  if (g_list_model_get_n_items (nape_diary_get_headaches (diary)) > 0)
    {
      g_printerr ("nape-demo-data: %s already has entries\n", nape_diary_get_path (diary));
      return EXIT_FAILURE;
    }

  ibuprofen = add_drug (diary, "Ibuprofen", "mg", NAPE_OVERUSE_CLASS_NSAID);
  paracetamol = add_drug (diary, "Paracetamol", "mg", NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC);
  sumatriptan = add_drug (diary, "Sumatriptan", "mg", NAPE_OVERUSE_CLASS_TRIPTAN);

  now = g_date_time_new_now_local ();
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);

  for (int days_ago = 365; days_ago >= 0; days_ago--)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (today, -days_ago);
      /* Worse in the dark months and on workdays. */
      int month = g_date_time_get_month (day);
      gboolean winter = month <= 2 || month >= 11;
      gboolean workday = g_date_time_get_day_of_week (day) <= 5;
      double chance = 0.16 + (winter ? 0.08 : 0) + (workday ? 0.04 : 0);
      int worst = 0;

      if (g_rand_double (rand) < chance)
        {
          g_autoptr(NapeHeadache) headache = nape_headache_new ();
          /* Today's began a while ago: nothing in the diary lies in the future. */
          g_autoptr(GDateTime) start = days_ago > 0
            ? g_date_time_add_minutes (day, g_rand_int_range (rand, 7 * 60, 20 * 60))
            : g_date_time_add_minutes (now, -g_rand_int_range (rand, 2 * 60, 4 * 60));
          g_autoptr(GDateTime) end = g_date_time_add_minutes (start, g_rand_int_range (rand, 45, 9 * 60));
          gboolean migraine = g_rand_double (rand) < 0.18;
          int intensity = migraine ? g_rand_int_range (rand, 6, 10) : g_rand_int_range (rand, 2, 7);
          const char *chosen_symptoms[4] = { NULL };
          const char *chosen_triggers[3] = { NULL };
          const char *chosen_areas[3] = { NULL };
          guint s = g_rand_int_range (rand, 0, G_N_ELEMENTS (symptoms) - 1);
          guint t = g_rand_int_range (rand, 0, G_N_ELEMENTS (triggers) - 1);
          guint a = g_rand_int_range (rand, 0, G_N_ELEMENTS (areas) / 2) * 2;

          chosen_symptoms[0] = symptoms[s];
          if (migraine)
            chosen_symptoms[1] = symptoms[s + 1];
          chosen_triggers[0] = triggers[t];
          if (g_rand_boolean (rand))
            chosen_triggers[1] = triggers[t + 1];
          chosen_areas[0] = areas[a];
          if (g_rand_boolean (rand))
            chosen_areas[1] = areas[a + 1];

          nape_headache_set_start (headache, start);
          /* The last few days' headache may still be going. */
          if (days_ago > 0)
            nape_headache_set_end (headache, end);
          nape_headache_set_peak_intensity (headache, intensity);
          worst = intensity;
          nape_headache_set_kind (headache, migraine ? NAPE_HEADACHE_KIND_MIGRAINE
                                                     : NAPE_HEADACHE_KIND_TENSION);
          nape_headache_set_quality (headache, migraine ? NAPE_HEADACHE_QUALITY_PULSATING
                                                        : NAPE_HEADACHE_QUALITY_PRESSING);
          nape_headache_set_side (headache, chosen_areas[1] ? NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT
                                                            : NAPE_SIDE_LEFT);
          nape_headache_set_aura (headache, migraine && g_rand_double (rand) < 0.3);
          nape_headache_set_symptoms (headache, chosen_symptoms);
          nape_headache_set_triggers (headache, chosen_triggers);
          nape_headache_set_areas (headache, chosen_areas);
          nape_headache_add_intensity (headache, start, intensity);
          if (!nape_diary_save (diary, headache, &error))
            g_error ("%s", error->message);
          n_headaches++;

          if (intensity >= 4 && g_rand_double (rand) < 0.7)
            {
              g_autoptr(NapeIntake) intake = nape_intake_new ();
              g_autoptr(GDateTime) when = g_date_time_add_minutes (start, g_rand_int_range (rand, 10, 90));
              NapeDrug *drug = migraine ? sumatriptan : g_rand_boolean (rand) ? ibuprofen : paracetamol;

              nape_intake_set_time (intake, when);
              nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
              nape_intake_set_headache_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
              nape_intake_set_dose (intake, drug == sumatriptan ? 50 : drug == ibuprofen ? 400 : 500);
              nape_intake_set_unit (intake, "mg");
              if (!nape_diary_save (diary, intake, &error))
                g_error ("%s", error->message);
            }

          if (!migraine && g_rand_double (rand) < 0.6)
            {
              g_autoptr(NapeMassageSession) session = nape_massage_session_new ();
              g_autoptr(GDateTime) when = g_date_time_add_minutes (start, g_rand_int_range (rand, 5, 40));
              int before = intensity;

              nape_massage_session_set_start (session, when);
              nape_massage_session_set_routine_id (session, "back-of-head-first-week");
              nape_massage_session_set_duration (session, g_rand_int_range (rand, 6, 16) * 60);
              nape_massage_session_set_pain_before (session, before);
              nape_massage_session_set_pain_after (session, MAX (before - g_rand_int_range (rand, 0, 4), 0));
              nape_massage_session_set_headache_uuid (session, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
              if (!nape_diary_save (diary, session, &error))
                g_error ("%s", error->message);
            }
        }

      /* The last two months also note sleep, stress and what the headaches kept the
       * user from, as someone filling in MIDAS would. */
      if (days_ago <= 60 && (worst > 0 || g_rand_double (rand) < 0.5))
        {
          g_autoptr(NapeDayFactors) factors = nape_day_factors_new ();
          g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

          nape_day_factors_set_date (factors, date);
          nape_day_factors_set_sleep_hours (factors, g_rand_int_range (rand, 11, 18) / 2.0);
          nape_day_factors_set_stress (factors, MIN (3, worst / 3 + g_rand_int_range (rand, 0, 2)));
          nape_day_factors_set_missed_work (factors, workday && worst >= 8);
          nape_day_factors_set_reduced_work (factors, workday && worst >= 5 && worst < 8);
          nape_day_factors_set_missed_social (factors, !workday && worst >= 7);
          if (!nape_diary_save (diary, factors, &error))
            g_error ("%s", error->message);
        }
    }

  g_print ("%s: %u headaches\n", nape_diary_get_path (diary), n_headaches);

  return EXIT_SUCCESS;
}
