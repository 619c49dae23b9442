/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diary-store.c — the diary store: files, migrations, saving, models, counting, backups and recovery */

#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <time.h>

#include "diary-test-util.h"

/* ------------------------------------------------------------------ */
/* Opening                                                             */

static int
pragma_int (NapeDiary  *diary,
            const char *pragma)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (diary->db, pragma, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
test_open_new (DiaryFixture  *fixture,
               gconstpointer  data)
{
  g_autofree char *folder = g_path_get_dirname (fixture->path);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_assert_cmpint (pragma_int (fixture->diary, "PRAGMA user_version"), ==, NAPE_DIARY_SCHEMA_VERSION);
  g_assert_cmpint (pragma_int (fixture->diary, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (pragma_int (fixture->diary, "PRAGMA synchronous"), ==, 2);

  g_assert_cmpint (sqlite3_prepare_v2 (fixture->diary->db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");

  g_assert_cmpstr (nape_diary_get_path (fixture->diary), ==, fixture->path);
  g_assert_true (nape_diary_check_integrity (fixture->diary, NULL));
}

static void
test_open_default_path (void)
{
  g_autofree char *path = nape_diary_get_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "nape", "diary.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

/* ------------------------------------------------------------------ */
/* Saving, editing and deleting                                        */

static NapeHeadache *
full_headache (void)
{
  NapeHeadache *headache = nape_headache_new ();
  g_autoptr(GDateTime) start = berlin (2024, 3, 30, 22, 15);
  g_autoptr(GDateTime) end = berlin (2024, 3, 31, 4, 0);
  g_autoptr(GDateTime) p1 = berlin (2024, 3, 30, 23, 0);
  g_autoptr(GDateTime) p2 = berlin (2024, 3, 31, 3, 30);
  const char *symptoms[] = { "nausea", "light-sensitivity", NULL };
  const char *triggers[] = { "poor-sleep", NULL };
  const char *areas[] = { "occiput:left", "temple:right", NULL };

  nape_headache_set_start (headache, start);
  nape_headache_set_end (headache, end);
  nape_headache_set_entered_live (headache, TRUE);
  nape_headache_set_peak_intensity (headache, 7);
  nape_headache_set_kind (headache, NAPE_HEADACHE_KIND_CERVICOGENIC);
  nape_headache_set_side (headache, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  nape_headache_set_quality (headache, NAPE_HEADACHE_QUALITY_PRESSING);
  nape_headache_set_aura (headache, TRUE);
  nape_headache_set_symptoms (headache, symptoms);
  nape_headache_set_triggers (headache, triggers);
  nape_headache_set_areas (headache, areas);
  nape_headache_set_notes (headache, "After a long drive; ñ 😖");
  nape_headache_add_intensity (headache, p2, 3);
  nape_headache_add_intensity (headache, p1, 7);

  return headache;
}

static void
assert_headaches_equal (NapeHeadache *a,
                        NapeHeadache *b)
{
  const NapeIntensitySample *sa, *sb;
  guint na, nb;

  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (a)), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (b)));
  g_assert_true (g_date_time_equal (nape_headache_get_start (a), nape_headache_get_start (b)));
  g_assert_cmpint (g_date_time_get_utc_offset (nape_headache_get_start (a)), ==,
                   g_date_time_get_utc_offset (nape_headache_get_start (b)));
  g_assert_cmpint (nape_headache_get_end (a) == NULL, ==, nape_headache_get_end (b) == NULL);
  if (nape_headache_get_end (a) != NULL)
    {
      g_assert_true (g_date_time_equal (nape_headache_get_end (a), nape_headache_get_end (b)));
      g_assert_cmpint (g_date_time_get_utc_offset (nape_headache_get_end (a)), ==,
                       g_date_time_get_utc_offset (nape_headache_get_end (b)));
    }
  g_assert_cmpint (nape_headache_get_entered_live (a), ==, nape_headache_get_entered_live (b));
  g_assert_cmpint (nape_headache_get_peak_intensity (a), ==, nape_headache_get_peak_intensity (b));
  g_assert_cmpint (nape_headache_get_kind (a), ==, nape_headache_get_kind (b));
  g_assert_cmpint (nape_headache_get_side (a), ==, nape_headache_get_side (b));
  g_assert_cmpint (nape_headache_get_quality (a), ==, nape_headache_get_quality (b));
  g_assert_cmpint (nape_headache_get_aura (a), ==, nape_headache_get_aura (b));
  g_assert_true (g_strv_equal (nape_headache_get_symptoms (a), nape_headache_get_symptoms (b)));
  g_assert_true (g_strv_equal (nape_headache_get_triggers (a), nape_headache_get_triggers (b)));
  g_assert_true (g_strv_equal (nape_headache_get_areas (a), nape_headache_get_areas (b)));
  g_assert_cmpstr (nape_headache_get_notes (a), ==, nape_headache_get_notes (b));

  sa = nape_headache_get_intensities (a, &na);
  sb = nape_headache_get_intensities (b, &nb);
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_cmpint (sa[i].time, ==, sb[i].time);
      g_assert_cmpint (sa[i].utc_offset, ==, sb[i].utc_offset);
      g_assert_cmpint (sa[i].intensity, ==, sb[i].intensity);
    }
}

static void
test_headache_crud (DiaryFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(NapeHeadache) headache = full_headache ();
  g_autoptr(NapeHeadache) loaded = NULL;
  g_autoptr(NapeHeadache) edited = NULL;
  g_autoptr(NapeHeadache) gone = NULL;
  g_autoptr(GError) error = NULL;
  const NapeIntensitySample *samples;
  const char *fewer[] = { "vomiting", NULL };
  guint n;

  g_assert_true (g_uuid_string_is_valid (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache))));
  samples = nape_headache_get_intensities (headache, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (samples[0].intensity, ==, 7);

  g_assert_true (nape_diary_save (fixture->diary, headache, &error));
  g_assert_no_error (error);

  loaded = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_nonnull (loaded);
  g_assert_true (loaded != headache);
  assert_headaches_equal (headache, loaded);

  /* Edit: the same UUID replaces the row and its lists. */
  nape_headache_set_end (loaded, NULL);
  nape_headache_set_peak_intensity (loaded, -1);
  nape_headache_set_symptoms (loaded, fewer);
  nape_headache_set_areas (loaded, NULL);
  nape_headache_clear_intensities (loaded);
  nape_headache_set_notes (loaded, NULL);
  g_assert_true (nape_diary_save (fixture->diary, loaded, &error));
  g_assert_no_error (error);

  edited = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  assert_headaches_equal (loaded, edited);
  g_assert_null (nape_headache_get_end (edited));
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM headache"), ==, 1);

  g_assert_true (nape_diary_delete (fixture->diary, edited, &error));
  g_assert_no_error (error);
  gone = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_null (gone);
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM headache_symptom"), ==, 0);
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM headache_day"), ==, 0);

  g_assert_false (nape_diary_delete (fixture->diary, edited, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND);
}

static void
test_other_entries_crud (DiaryFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDateTime) t = berlin (2024, 5, 2, 9, 30);
  g_autoptr(NapeHeadache) headache = add_headache (fixture->diary, t, NULL, NAPE_HEADACHE_KIND_MIGRAINE);
  g_autoptr(NapeDrug) drug = add_drug (fixture->diary, "Sumatriptan 50", NAPE_OVERUSE_CLASS_TRIPTAN, FALSE);
  g_autoptr(NapeIntake) intake = nape_intake_new ();
  g_autoptr(NapeMassageSession) session = nape_massage_session_new ();
  g_autoptr(NapeDayFactors) day = nape_day_factors_new ();
  g_autoptr(NapeDayFactors) same_date = nape_day_factors_new ();
  g_autoptr(NapeIntake) loaded_intake = NULL;
  g_autoptr(NapeMassageSession) loaded_session = NULL;
  g_autoptr(NapeDayFactors) loaded_day = NULL;
  g_autoptr(NapeDrug) loaded_drug = NULL;
  g_autoptr(GError) error = NULL;
  const char *zones[] = { "suboccipitals:left", "upper-trapezius:right", NULL };

  nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  nape_intake_set_headache_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  nape_intake_set_time (intake, t);
  nape_intake_set_dose (intake, 50);
  nape_intake_set_unit (intake, "mg");
  nape_intake_set_effect (intake, 2);
  g_assert_true (nape_diary_save (fixture->diary, intake, &error));
  g_assert_no_error (error);

  nape_massage_session_set_start (session, t);
  nape_massage_session_set_routine_id (session, "back-of-head-first-week");
  nape_massage_session_set_zones (session, zones);
  nape_massage_session_set_steps_done (session, 6);
  nape_massage_session_set_duration (session, 540);
  nape_massage_session_set_pain_before (session, 6);
  nape_massage_session_set_pain_after (session, 3);
  nape_massage_session_set_helped_step (session, 2);
  nape_massage_session_set_headache_uuid (session, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_true (nape_diary_save (fixture->diary, session, &error));
  g_assert_no_error (error);

  nape_day_factors_set_date (day, "2024-05-02");
  nape_day_factors_set_sleep_hours (day, 5.5);
  nape_day_factors_set_stress (day, 3);
  nape_day_factors_set_reduced_work (day, TRUE);
  g_assert_true (nape_diary_save (fixture->diary, day, &error));
  g_assert_no_error (error);

  /* One day record per date. */
  nape_day_factors_set_date (same_date, "2024-05-02");
  g_assert_false (nape_diary_save (fixture->diary, same_date, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  loaded_intake = nape_diary_lookup (fixture->diary, NAPE_TYPE_INTAKE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
  g_assert_cmpstr (nape_intake_get_drug_uuid (loaded_intake), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  g_assert_cmpstr (nape_intake_get_headache_uuid (loaded_intake), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_cmpfloat (nape_intake_get_dose (loaded_intake), ==, 50);
  g_assert_cmpint (nape_intake_get_effect (loaded_intake), ==, 2);

  loaded_session = nape_diary_lookup (fixture->diary, NAPE_TYPE_MASSAGE_SESSION,
                                      nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
  g_assert_true (g_strv_equal (nape_massage_session_get_zones (loaded_session), zones));
  g_assert_cmpint (nape_massage_session_get_helped_step (loaded_session), ==, 2);
  g_assert_cmpint (nape_massage_session_get_pain_after (loaded_session), ==, 3);

  loaded_day = nape_diary_lookup_day_factors (fixture->diary, "2024-05-02");
  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (loaded_day)), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (day)));
  g_assert_cmpfloat (nape_day_factors_get_sleep_hours (loaded_day), ==, 5.5);
  g_assert_true (nape_day_factors_get_reduced_work (loaded_day));
  g_assert_false (nape_day_factors_get_missed_work (loaded_day));

  loaded_drug = nape_diary_lookup (fixture->diary, NAPE_TYPE_DRUG, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
  g_assert_cmpint (nape_drug_get_overuse_class (loaded_drug), ==, NAPE_OVERUSE_CLASS_TRIPTAN);

  /* A drug with intakes stays. */
  g_assert_false (nape_diary_delete (fixture->diary, drug, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  /* Deleting the headache keeps the intake and the session, without it. */
  g_assert_true (nape_diary_delete (fixture->diary, headache, &error));
  g_assert_no_error (error);
  g_clear_object (&loaded_intake);
  loaded_intake = nape_diary_lookup (fixture->diary, NAPE_TYPE_INTAKE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
  g_assert_nonnull (loaded_intake);
  g_assert_null (nape_intake_get_headache_uuid (loaded_intake));
  g_clear_object (&loaded_session);
  loaded_session = nape_diary_lookup (fixture->diary, NAPE_TYPE_MASSAGE_SESSION,
                                      nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
  g_assert_null (nape_massage_session_get_headache_uuid (loaded_session));

  g_assert_true (nape_diary_delete (fixture->diary, intake, &error));
  g_assert_true (nape_diary_delete (fixture->diary, drug, &error));
  g_assert_true (nape_diary_delete (fixture->diary, session, &error));
  g_assert_true (nape_diary_delete (fixture->diary, day, &error));
  g_assert_no_error (error);
  g_assert_true (nape_diary_check_integrity (fixture->diary, &error));
  g_assert_no_error (error);
}

static void
test_invalid_entries (DiaryFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) start = berlin (2024, 5, 2, 9, 30);
  g_autoptr(GDateTime) before = berlin (2024, 5, 2, 8, 0);
  g_autoptr(NapeHeadache) headache = nape_headache_new ();
  g_autoptr(NapeIntake) intake = nape_intake_new ();
  g_autoptr(NapeDayFactors) day = nape_day_factors_new ();
  g_autoptr(GError) error = NULL;
  const char *unknown[] = { "not-a-symptom", NULL };
  const char *bad_area[] = { "occiput", NULL };
  g_autofree char *random_uuid = g_uuid_string_random ();

  /* No start. */
  g_assert_false (nape_diary_save (fixture->diary, headache, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  nape_headache_set_start (headache, start);
  nape_headache_set_end (headache, before);
  g_assert_false (nape_diary_save (fixture->diary, headache, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  nape_headache_set_end (headache, NULL);
  nape_headache_set_symptoms (headache, unknown);
  g_assert_false (nape_diary_save (fixture->diary, headache, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  nape_headache_set_symptoms (headache, NULL);
  nape_headache_set_areas (headache, bad_area);
  g_assert_false (nape_diary_save (fixture->diary, headache, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  nape_intake_set_time (intake, start);
  nape_intake_set_drug_uuid (intake, random_uuid);
  g_assert_false (nape_diary_save (fixture->diary, intake, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  nape_day_factors_set_date (day, "2024-02-30");
  g_assert_false (nape_diary_save (fixture->diary, day, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was half-written. */
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM headache"), ==, 0);
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM headache_day"), ==, 0);
  g_assert_cmpint (pragma_int (fixture->diary, "SELECT count(*) FROM intake"), ==, 0);
}

static void
test_terms (DiaryFixture  *fixture,
            gconstpointer  data)
{
  g_auto(GStrv) symptoms = nape_diary_list_terms (fixture->diary, NAPE_DIARY_TERM_SYMPTOM);
  g_auto(GStrv) triggers = NULL;
  g_autofree char *label = NULL;
  g_autofree char *own = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = berlin (2024, 5, 2, 9, 30);
  g_autoptr(NapeHeadache) headache = nape_headache_new ();
  const char *with_own[] = { "red-wine", "stress", NULL };
  guint n;

  g_assert_true (g_strv_contains ((const char * const *) symptoms, "nausea"));
  label = nape_diary_get_term_label (fixture->diary, NAPE_DIARY_TERM_SYMPTOM, "nausea");
  g_assert_cmpstr (label, ==, "Nausea");

  g_assert_true (nape_diary_define_term (fixture->diary, NAPE_DIARY_TERM_TRIGGER, "red-wine", "Red wine", &error));
  g_assert_no_error (error);
  g_assert_false (nape_diary_define_term (fixture->diary, NAPE_DIARY_TERM_TRIGGER, "Red Wine", "x", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nape_diary_define_term (fixture->diary, NAPE_DIARY_TERM_TRIGGER, "stress", "x", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  triggers = nape_diary_list_terms (fixture->diary, NAPE_DIARY_TERM_TRIGGER);
  n = g_strv_length (triggers);
  g_assert_cmpstr (triggers[n - 1], ==, "red-wine");
  own = nape_diary_get_term_label (fixture->diary, NAPE_DIARY_TERM_TRIGGER, "red-wine");
  g_assert_cmpstr (own, ==, "Red wine");
  g_assert_null (nape_diary_get_term_label (fixture->diary, NAPE_DIARY_TERM_SYMPTOM, "red-wine"));

  nape_headache_set_start (headache, start);
  nape_headache_set_triggers (headache, with_own);
  g_assert_true (nape_diary_save (fixture->diary, headache, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------------ */
/* Models                                                              */

typedef struct
{
  guint removed;
  guint added;
  guint signals;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *counts)
{
  counts->removed += removed;
  counts->added += added;
  counts->signals++;
}

static void
changed_cb (NapeDiary *diary,
            guint     *count)
{
  (*count)++;
}

static void
test_models (DiaryFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GDateTime) t1 = berlin (2024, 5, 1, 9, 0);
  g_autoptr(GDateTime) t2 = berlin (2024, 5, 3, 9, 0);
  g_autoptr(GDateTime) t3 = berlin (2024, 5, 5, 9, 0);
  g_autoptr(NapeHeadache) first = add_headache (fixture->diary, t1, NULL, NAPE_HEADACHE_KIND_TENSION);
  GListModel *model = nape_diary_get_headaches (fixture->diary);
  g_autoptr(NapeHeadache) second = NULL;
  g_autoptr(NapeHeadache) item = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged counts = { 0, };
  gulong handler;
  guint changed = 0;

  g_assert_true (g_list_model_get_item_type (model) == NAPE_TYPE_HEADACHE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  handler = g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &counts);
  g_signal_connect (fixture->diary, "changed", G_CALLBACK (changed_cb), &changed);

  /* Added: newest first. */
  second = add_headache (fixture->diary, t2, NULL, NAPE_HEADACHE_KIND_MIGRAINE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  item = g_list_model_get_item (model, 0);
  g_assert_true (item == second);
  g_clear_object (&item);
  g_assert_cmpuint (counts.added, ==, 1);

  /* Changed: moves to keep the order. */
  nape_headache_set_start (first, t3);
  g_assert_true (nape_diary_save (fixture->diary, first, &error));
  g_assert_no_error (error);
  item = g_list_model_get_item (model, 0);
  g_assert_true (item == first);
  g_clear_object (&item);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);

  /* The object in the model is what lookup returns. */
  item = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (second)));
  g_assert_true (item == second);
  g_clear_object (&item);

  /* Deleted. */
  g_assert_true (nape_diary_delete (fixture->diary, second, &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpuint (counts.removed, ==, 2);
  g_assert_cmpuint (changed, ==, 3);

  g_signal_handler_disconnect (model, handler);

  /* Each of the other models loads and follows too. */
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_drugs (fixture->diary)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_intakes (fixture->diary)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_massage_sessions (fixture->diary)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_day_factors (fixture->diary)), ==, 0);
  {
    g_autoptr(NapeDrug) b = add_drug (fixture->diary, "B", NAPE_OVERUSE_CLASS_NSAID, FALSE);
    g_autoptr(NapeDrug) a = add_drug (fixture->diary, "A", NAPE_OVERUSE_CLASS_NSAID, FALSE);
    g_autoptr(NapeIntake) intake = add_intake (fixture->diary, a, t1);
    g_autoptr(NapeDrug) head = g_list_model_get_item (nape_diary_get_drugs (fixture->diary), 0);

    g_assert_true (head == a);
    g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_intakes (fixture->diary)), ==, 1);
  }
}

/* ------------------------------------------------------------------ */
/* Migrations                                                          */

static sqlite3 *
raw_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_true (nape_diary_exec (db, "PRAGMA foreign_keys = ON", NULL));
  return db;
}

static int
raw_int (sqlite3    *db,
         const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int (stmt, 0);
}

static void
test_migrate_step_1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_database (path);

  g_assert_true (nape_diary_migrate_step (db, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nape_diary_get_user_version (db, NULL), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM symptom_term WHERE builtin = 1"), ==, 13);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM trigger_term WHERE builtin = 1"), ==, 18);

  /* The CHECK constraints hold. */
  g_assert_false (nape_diary_exec (db, "INSERT INTO headache (uuid, start_time, start_offset, peak_intensity)"
                                       " VALUES ('x', 0, 0, 11)", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nape_diary_exec (db, "INSERT INTO headache (uuid, start_time, start_offset, end_time, end_offset)"
                                       " VALUES ('x', 100, 0, 50, 0)", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  sqlite3_close (db);
  remove_tree (dir);
}

static void
test_migrate_step_2 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_database (path);

  g_assert_true (nape_diary_migrate (db, 0, 1, &error));
  g_assert_true (nape_diary_exec (db, "INSERT INTO headache (uuid, start_time, start_offset)"
                                      " VALUES ('a', 1700000000, 3600)", &error));
  g_assert_true (nape_diary_migrate_step (db, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nape_diary_get_user_version (db, NULL), ==, 2);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM headache"), ==, 1);
  g_assert_true (nape_diary_exec (db, "INSERT INTO day_factors (uuid, date) VALUES ('d', '2024-05-01')", &error));
  g_assert_false (nape_diary_exec (db, "INSERT INTO day_factors (uuid, date) VALUES ('e', '2024-05-01')", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nape_diary_exec (db, "INSERT INTO day_factors (uuid, date) VALUES ('f', 'May 1')", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);

  sqlite3_close (db);
  remove_tree (dir);
}

/* Version 3 fills headache_day from the headaches already there, in the
 * local time they were recorded in. */
static void
test_migrate_step_3 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) a_start = berlin (2024, 3, 30, 23, 30);
  g_autoptr(GDateTime) a_end = berlin (2024, 4, 1, 3, 30);
  g_autoptr(GDateTime) b_start = berlin (2024, 10, 27, 0, 30);
  g_autofree char *insert = NULL;
  sqlite3 *db = raw_database (path);

  g_assert_true (nape_diary_migrate (db, 0, 2, &error));
  insert = g_strdup_printf ("INSERT INTO headache (uuid, start_time, start_offset, end_time, end_offset)"
                            " VALUES ('a', %" G_GINT64_FORMAT ", %d, %" G_GINT64_FORMAT ", %d),"
                            "        ('b', %" G_GINT64_FORMAT ", %d, NULL, NULL)",
                            g_date_time_to_unix (a_start), 3600, g_date_time_to_unix (a_end), 7200,
                            g_date_time_to_unix (b_start), 7200);
  g_assert_true (nape_diary_exec (db, insert, &error));
  g_assert_no_error (error);

  g_assert_true (nape_diary_migrate_step (db, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nape_diary_get_user_version (db, NULL), ==, 3);

  /* Across the spring change and two midnights: 30, 31 March and 1 April. */
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM headache_day hd JOIN headache h ON h.id = hd.headache_id"
                                " WHERE h.uuid = 'a'"), ==, 3);
  g_assert_cmpint (raw_int (db, "SELECT min(day) FROM headache_day hd JOIN headache h ON h.id = hd.headache_id"
                                " WHERE h.uuid = 'a'"), ==, 20240330);
  g_assert_cmpint (raw_int (db, "SELECT max(day) FROM headache_day hd JOIN headache h ON h.id = hd.headache_id"
                                " WHERE h.uuid = 'a'"), ==, 20240401);
  /* 00:30 on 27 October in Berlin is still 26 October in UTC. */
  g_assert_cmpint (raw_int (db, "SELECT day FROM headache_day hd JOIN headache h ON h.id = hd.headache_id"
                                " WHERE h.uuid = 'b'"), ==, 20241027);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM headache_day WHERE migraine = 1"), ==, 0);

  sqlite3_close (db);
  remove_tree (dir);
}

/* Version 4 adds the user's routines; their steps go with them. */
static void
test_migrate_step_4 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_database (path);

  g_assert_true (nape_diary_migrate (db, 0, 3, &error));
  g_assert_true (nape_diary_exec (db, "INSERT INTO headache (uuid, start_time, start_offset)"
                                      " VALUES ('a', 1700000000, 3600)", &error));
  g_assert_true (nape_diary_migrate_step (db, 4, &error));
  g_assert_no_error (error);
  g_assert_cmpint (nape_diary_get_user_version (db, NULL), ==, 4);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM headache"), ==, 1);
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM routine"), ==, 0);

  g_assert_true (nape_diary_exec (db, "INSERT INTO routine (uuid, name, fits, focus, position, created, updated)"
                                      " VALUES ('r', 'Mine', 8, 'neck', 0, 0, 0)", &error));
  g_assert_true (nape_diary_exec (db, "INSERT INTO routine_step (routine, position, zone, technique, sides, seconds)"
                                      " VALUES ('r', 0, 'splenius', 'pressure-motion', 5, 60)", &error));
  g_assert_no_error (error);

  /* A step needs seconds or repetitions, and a routine to belong to. */
  g_assert_false (nape_diary_exec (db, "INSERT INTO routine_step (routine, position, zone, technique)"
                                       " VALUES ('r', 1, 'splenius', 'pressure-motion')", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nape_diary_exec (db, "INSERT INTO routine_step (routine, position, zone, technique, seconds)"
                                       " VALUES ('nobody', 0, 'splenius', 'pressure-motion', 30)", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (nape_diary_exec (db, "INSERT INTO routine (uuid, name, focus, position, created, updated)"
                                       " VALUES ('s', 'Other', 'feet', 1, 0, 0)", &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (nape_diary_exec (db, "DELETE FROM routine WHERE uuid = 'r'", &error));
  g_assert_cmpint (raw_int (db, "SELECT count(*) FROM routine_step"), ==, 0);

  sqlite3_close (db);
  remove_tree (dir);
}

/* Opening an older diary backs it up, migrates it, and keeps its data. */
static void
test_migrate_on_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(NapeDiary) diary = NULL;
  g_autoptr(GArray) days = NULL;
  g_auto(GStrv) backups = NULL;
  sqlite3 *db = raw_database (path);
  g_autoptr(GDateTime) start = berlin (2024, 1, 10, 22, 0);
  g_autofree char *insert = NULL;

  g_assert_true (nape_diary_migrate (db, 0, 1, &error));
  insert = g_strdup_printf ("INSERT INTO headache (uuid, start_time, start_offset, end_time, end_offset)"
                            " VALUES ('%s', %" G_GINT64_FORMAT ", 3600, %" G_GINT64_FORMAT ", 3600)",
                            "5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10",
                            g_date_time_to_unix (start), g_date_time_to_unix (start) + 5 * 3600);
  g_assert_true (nape_diary_exec (db, insert, &error));
  sqlite3_close (db);

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (pragma_int (diary, "PRAGMA user_version"), ==, NAPE_DIARY_SCHEMA_VERSION);

  backups = nape_diary_list_backups (path);
  g_assert_cmpuint (g_strv_length (backups), ==, 1);
  db = raw_database (backups[0]);
  g_assert_cmpint (nape_diary_get_user_version (db, NULL), ==, 1);
  sqlite3_close (db);

  days = nape_diary_count_headache_days (diary, 2024, 1, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_at (days, 0), ==, 2);

  g_assert_finalize_object (g_steal_pointer (&diary));
  remove_tree (dir);
}

static void
test_open_too_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_database (path);
  NapeDiary *diary;

  g_assert_true (nape_diary_migrate (db, 0, NAPE_DIARY_SCHEMA_VERSION, &error));
  g_assert_true (nape_diary_exec (db, "PRAGMA user_version = 99", &error));
  sqlite3_close (db);

  diary = nape_diary_open (path, &error);
  g_assert_null (diary);
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_TOO_NEW);
  remove_tree (dir);
}

/* ------------------------------------------------------------------ */
/* Counting                                                            */

static void
test_count_midnight (DiaryFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GDateTime) a1 = berlin (2024, 1, 10, 22, 0);
  g_autoptr(GDateTime) a2 = berlin (2024, 1, 11, 2, 0);
  g_autoptr(GDateTime) b1 = berlin (2024, 1, 11, 14, 0);   /* same day as a's end */
  g_autoptr(GDateTime) b2 = berlin (2024, 1, 11, 18, 0);
  g_autoptr(GDateTime) c1 = berlin (2024, 1, 31, 23, 0);   /* into February */
  g_autoptr(GDateTime) c2 = berlin (2024, 2, 2, 1, 0);
  g_autoptr(NapeHeadache) a = add_headache (fixture->diary, a1, a2, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(NapeHeadache) b = add_headache (fixture->diary, b1, b2, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(NapeHeadache) c = add_headache (fixture->diary, c1, c2, NAPE_HEADACHE_KIND_MIGRAINE);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) migraine = NULL;
  g_autoptr(GError) error = NULL;

  days = nape_diary_count_headache_days (fixture->diary, 2023, 12, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (days->len, ==, 4);
  g_assert_cmpuint (count_at (days, 0), ==, 0);    /* December */
  g_assert_cmpuint (count_at (days, 1), ==, 3);    /* 10, 11, 31 January */
  g_assert_cmpuint (count_at (days, 2), ==, 2);    /* 1, 2 February */
  g_assert_cmpuint (count_at (days, 3), ==, 0);

  migraine = nape_diary_count_migraine_days (fixture->diary, 2024, 1, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_at (migraine, 0), ==, 1);
  g_assert_cmpuint (count_at (migraine, 1), ==, 2);

  /* The month calendar shades each day by its worst pain, on every day an attack covers. */
  {
    g_autoptr(GArray) worst = NULL;

    nape_headache_set_peak_intensity (a, 6);
    nape_headache_set_peak_intensity (b, 3);
    g_assert_true (nape_diary_save (fixture->diary, a, &error));
    g_assert_true (nape_diary_save (fixture->diary, b, &error));
    worst = nape_diary_get_worst_pain_by_day (fixture->diary, 2024, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (worst->len, ==, 31);
    g_assert_cmpint (g_array_index (worst, int, 8), ==, -1);    /* 9 January */
    g_assert_cmpint (g_array_index (worst, int, 9), ==, 6);     /* 10: a */
    g_assert_cmpint (g_array_index (worst, int, 10), ==, 6);    /* 11: a's end and b */
    g_assert_cmpint (g_array_index (worst, int, 11), ==, -1);
    g_assert_cmpint (g_array_index (worst, int, 30), ==, 0);    /* 31: c, no intensity */
  }

  /* Editing the end moves the days. */
  nape_headache_set_end (c, c1);
  g_assert_true (nape_diary_save (fixture->diary, c, &error));
  g_clear_pointer (&days, g_array_unref);
  days = nape_diary_count_headache_days (fixture->diary, 2024, 2, 1, &error);
  g_assert_cmpuint (count_at (days, 0), ==, 0);
}

static void
test_count_daylight_saving (DiaryFixture  *fixture,
                            gconstpointer  data)
{
  /* Spring: the clocks jump from 02:00 to 03:00 on 31 March 2024. */
  g_autoptr(GDateTime) s1 = berlin (2024, 3, 30, 23, 30);
  g_autoptr(GDateTime) s2 = berlin (2024, 3, 31, 3, 30);
  /* Autumn: 03:00 becomes 02:00 again on 27 October 2024.  00:30 on the
   * 27th is 22:30 UTC on the 26th: a count in UTC would be a day early. */
  g_autoptr(GDateTime) f1 = berlin (2024, 10, 27, 0, 30);
  g_autoptr(GDateTime) f2 = berlin (2024, 10, 27, 2, 30);
  g_autoptr(GDateTime) late = berlin (2024, 10, 31, 23, 45);  /* 22:45 UTC */
  g_autoptr(NapeHeadache) spring = add_headache (fixture->diary, s1, s2, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(NapeHeadache) autumn = add_headache (fixture->diary, f1, f2, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(NapeDrug) drug = add_drug (fixture->diary, "Ibuprofen", NAPE_OVERUSE_CLASS_NSAID, FALSE);
  g_autoptr(NapeIntake) intake = add_intake (fixture->diary, drug, late);
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) meds = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_date_time_get_utc_offset (s1) / G_TIME_SPAN_HOUR, ==, 1);
  g_assert_cmpint (g_date_time_get_utc_offset (s2) / G_TIME_SPAN_HOUR, ==, 2);

  days = nape_diary_count_headache_days (fixture->diary, 2024, 3, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_at (days, 0), ==, 2);    /* 30 and 31 March */
  g_assert_cmpuint (count_at (days, 1), ==, 0);    /* not 1 April */
  g_assert_cmpuint (count_at (days, 6), ==, 0);    /* not 26 September... */
  g_assert_cmpuint (count_at (days, 7), ==, 1);    /* 27 October only */

  meds = nape_diary_count_medication_days (fixture->diary, 2024, 10, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).acute, ==, 1);   /* October, not November */
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_NSAID], ==, 1);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 1).acute, ==, 0);
}

/* The day an entry was recorded on stays its day, whatever time zone the
 * diary is counted in later. */
static void
test_count_other_time_zone (DiaryFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
  g_autoptr(GDateTime) start = g_date_time_new (tokyo, 2024, 6, 1, 7, 0, 0);    /* 31 May in UTC */
  g_autoptr(GDateTime) end = g_date_time_new (tokyo, 2024, 6, 1, 9, 0, 0);
  g_autoptr(NapeHeadache) headache = add_headache (fixture->diary, start, end, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(GArray) days = NULL;

  days = nape_diary_count_headache_days (fixture->diary, 2024, 5, 2, NULL);
  g_assert_cmpuint (count_at (days, 0), ==, 0);
  g_assert_cmpuint (count_at (days, 1), ==, 1);
}

/* A file without the partial index for attacks still going counts them all the same,
 * only by a scan: the index speeds the query up, the query does not depend on it. */
static void
test_count_without_ongoing_index (DiaryFixture  *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -1);
  g_autoptr(NapeHeadache) ongoing = add_headache (fixture->diary, start, NULL,
                                                  NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) days = NULL;
  sqlite3 *db = raw_database (fixture->path);
  guint total = 0;

  g_assert_true (nape_diary_exec (db, "DROP INDEX headache_ongoing", NULL));
  sqlite3_close (db);

  days = nape_diary_count_headache_days (fixture->diary, g_date_time_get_year (now),
                                         g_date_time_get_month (now), 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < days->len; i++)
    total += count_at (days, i);
  /* Yesterday and today, or today alone on the first of a month. */
  g_assert_cmpuint (total, ==, g_date_time_get_day_of_month (now) == 1 ? 1 : 2);
}

/* The quick log asks for the headache still going: the latest one without an end, the
 * object in the model once there is one. */
static void
test_find_ongoing (DiaryFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) monday = berlin (2024, 3, 4, 9, 0);
  g_autoptr(GDateTime) monday_noon = berlin (2024, 3, 4, 12, 0);
  g_autoptr(GDateTime) tuesday = berlin (2024, 3, 5, 9, 0);
  g_autoptr(GDateTime) wednesday = berlin (2024, 3, 6, 9, 0);
  g_autoptr(NapeHeadache) ended = NULL;
  g_autoptr(NapeHeadache) older = NULL;
  g_autoptr(NapeHeadache) newer = NULL;
  g_autoptr(NapeHeadache) found = NULL;
  g_autoptr(NapeHeadache) first = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *headaches;

  g_assert_null (nape_diary_find_ongoing_headache (fixture->diary, &error));
  g_assert_no_error (error);

  ended = add_headache (fixture->diary, monday, monday_noon, NAPE_HEADACHE_KIND_TENSION);
  g_assert_null (nape_diary_find_ongoing_headache (fixture->diary, &error));
  g_assert_no_error (error);

  older = add_headache (fixture->diary, tuesday, NULL, NAPE_HEADACHE_KIND_TENSION);
  newer = add_headache (fixture->diary, wednesday, NULL, NAPE_HEADACHE_KIND_MIGRAINE);
  found = nape_diary_find_ongoing_headache (fixture->diary, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (found)), ==,
                   nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (newer)));
  g_clear_object (&found);

  headaches = nape_diary_get_headaches (fixture->diary);
  found = nape_diary_find_ongoing_headache (fixture->diary, &error);
  first = g_list_model_get_item (headaches, 0);
  g_assert_true (found == first);
}

static void
test_count_ongoing (DiaryFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_add_days (now, -3);
  g_autoptr(GDateTime) other_start = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) other_end = g_date_time_add_seconds (other_start, 60);
  g_autoptr(NapeHeadache) ongoing = add_headache (fixture->diary, start, NULL, NAPE_HEADACHE_KIND_MIGRAINE);
  g_autoptr(NapeHeadache) other = add_headache (fixture->diary, other_start, other_end, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(GDateTime) first_month = g_date_time_add_months (start, 0);
  int y = g_date_time_get_year (first_month), m = g_date_time_get_month (first_month);
  g_autoptr(GArray) days = nape_diary_count_headache_days (fixture->diary, y, m, 2, NULL);
  g_autoptr(GArray) migraine = nape_diary_count_migraine_days (fixture->diary, y, m, 2, NULL);
  guint total = 0, total_migraine = 0;

  for (guint i = 0; i < days->len; i++)
    {
      total += count_at (days, i);
      total_migraine += count_at (migraine, i);
    }

  /* Three days ago, two, yesterday (also the other headache) and today. */
  g_assert_cmpuint (total, ==, 4);
  g_assert_cmpuint (total_migraine, ==, 4);

  /* The calendar shades today too, with the attack still going. */
  nape_headache_set_peak_intensity (ongoing, 7);
  g_assert_true (nape_diary_save (fixture->diary, ongoing, NULL));
  {
    g_autoptr(GArray) worst = nape_diary_get_worst_pain_by_day (fixture->diary,
                                                                g_date_time_get_year (now),
                                                                g_date_time_get_month (now),
                                                                NULL);

    g_assert_cmpint (g_array_index (worst, int, g_date_time_get_day_of_month (now) - 1), ==, 7);
  }
}

static void
test_overuse_thresholds (void)
{
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC), ==, 15);
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_NSAID), ==, 15);
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_TRIPTAN), ==, 10);
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_ERGOT), ==, 10);
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_OPIOID), ==, 10);
  g_assert_cmpuint (nape_overuse_class_get_threshold (NAPE_OVERUSE_CLASS_COMBINATION), ==, 10);

  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_NSAID, 11), ==, NAPE_OVERUSE_LEVEL_NONE);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_NSAID, 12), ==, NAPE_OVERUSE_LEVEL_APPROACHING);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_NSAID, 14), ==, NAPE_OVERUSE_LEVEL_APPROACHING);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_NSAID, 15), ==, NAPE_OVERUSE_LEVEL_REACHED);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_TRIPTAN, 7), ==, NAPE_OVERUSE_LEVEL_NONE);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_TRIPTAN, 8), ==, NAPE_OVERUSE_LEVEL_APPROACHING);
  g_assert_cmpint (nape_overuse_level_for_days (NAPE_OVERUSE_CLASS_TRIPTAN, 10), ==, NAPE_OVERUSE_LEVEL_REACHED);
}

/* Takes @drug at 08:00 and 20:00 (two doses, one day) on days 1..@n_days
 * of the month. */
static void
take_on_days (NapeDiary *diary,
              NapeDrug  *drug,
              int        year,
              int        month,
              int        first_day,
              int        n_days)
{
  for (int d = first_day; d < first_day + n_days; d++)
    {
      g_autoptr(GDateTime) morning = berlin (year, month, d, 8, 0);
      g_autoptr(GDateTime) evening = berlin (year, month, d, 20, 0);
      g_autoptr(NapeIntake) a = add_intake (diary, drug, morning);
      g_autoptr(NapeIntake) b = add_intake (diary, drug, evening);
    }
}

static const NapeOveruseStatus *
status_for (GArray           *statuses,
            NapeOveruseClass  klass,
            gboolean          all_together)
{
  for (guint i = 0; i < statuses->len; i++)
    {
      const NapeOveruseStatus *s = &g_array_index (statuses, NapeOveruseStatus, i);

      if (s->overuse_class == klass && (klass != NAPE_OVERUSE_CLASS_OTHER || all_together))
        return s;
    }
  g_assert_not_reached ();
}

static void
test_count_overuse (DiaryFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(NapeDrug) ibuprofen = add_drug (fixture->diary, "Ibuprofen 400", NAPE_OVERUSE_CLASS_NSAID, FALSE);
  g_autoptr(NapeDrug) paracetamol = add_drug (fixture->diary, "Paracetamol", NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC, FALSE);
  g_autoptr(NapeDrug) sumatriptan = add_drug (fixture->diary, "Sumatriptan", NAPE_OVERUSE_CLASS_TRIPTAN, FALSE);
  g_autoptr(NapeDrug) codeine = add_drug (fixture->diary, "Codeine", NAPE_OVERUSE_CLASS_OPIOID, FALSE);
  g_autoptr(NapeDrug) amitriptyline = add_drug (fixture->diary, "Amitriptyline", NAPE_OVERUSE_CLASS_OTHER, TRUE);
  g_autoptr(GArray) meds = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GArray) migraine = NULL;
  g_autoptr(GError) error = NULL;
  const NapeOveruseStatus *s;

  /* Triptans on 10 days in March, April and May: reached, three months. */
  take_on_days (fixture->diary, sumatriptan, 2024, 3, 1, 10);
  take_on_days (fixture->diary, sumatriptan, 2024, 4, 1, 10);
  take_on_days (fixture->diary, sumatriptan, 2024, 5, 1, 10);
  /* Ibuprofen on 12 days of May: approaching (12 of 15). */
  take_on_days (fixture->diary, ibuprofen, 2024, 5, 1, 12);
  /* Paracetamol on 15 days of June: reached; with codeine on 4 others. */
  take_on_days (fixture->diary, paracetamol, 2024, 6, 1, 15);
  take_on_days (fixture->diary, codeine, 2024, 6, 20, 4);
  /* A preventive drug every day never counts. */
  take_on_days (fixture->diary, amitriptyline, 2024, 5, 1, 31);
  /* Codeine and a simple analgesic, each under the limit, on 11 days together. */
  take_on_days (fixture->diary, codeine, 2024, 7, 1, 6);
  take_on_days (fixture->diary, paracetamol, 2024, 7, 10, 5);

  meds = nape_diary_count_medication_days (fixture->diary, 2024, 5, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_TRIPTAN], ==, 10);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_NSAID], ==, 12);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_OTHER], ==, 0);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).acute, ==, 12);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 1).acute, ==, 19);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 2).overuse_classes, ==, 11);

  statuses = nape_diary_check_medication_overuse (fixture->diary, 2024, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (statuses->len, ==, 7);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_TRIPTAN, FALSE);
  g_assert_cmpuint (s->days, ==, 10);
  g_assert_cmpuint (s->threshold, ==, 10);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_REACHED);
  g_assert_cmpuint (s->months_reached, ==, 3);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_NSAID, FALSE);
  g_assert_cmpuint (s->days, ==, 12);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_APPROACHING);
  g_assert_cmpuint (s->months_reached, ==, 0);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_ERGOT, FALSE);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_NONE);

  g_clear_pointer (&statuses, g_array_unref);
  statuses = nape_diary_check_medication_overuse (fixture->diary, 2024, 6, &error);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC, FALSE);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_REACHED);
  g_assert_cmpuint (s->months_reached, ==, 1);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_TRIPTAN, FALSE);
  g_assert_cmpuint (s->days, ==, 0);
  g_assert_cmpuint (s->months_reached, ==, 0);

  g_clear_pointer (&statuses, g_array_unref);
  statuses = nape_diary_check_medication_overuse (fixture->diary, 2024, 7, &error);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_OPIOID, FALSE);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_NONE);
  s = status_for (statuses, NAPE_OVERUSE_CLASS_OTHER, TRUE);
  g_assert_cmpuint (s->days, ==, 11);
  g_assert_cmpint (s->level, ==, NAPE_OVERUSE_LEVEL_REACHED);

  /* A triptan makes a migraine day even without a headache entry. */
  migraine = nape_diary_count_migraine_days (fixture->diary, 2024, 5, 1, &error);
  g_assert_cmpuint (count_at (migraine, 0), ==, 10);
}

static void
test_count_bad_range (DiaryFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GArray *days = nape_diary_count_headache_days (fixture->diary, 2024, 13, 1, &error);

  g_assert_null (days);
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_INVALID);
}

static void
test_midas (DiaryFixture  *fixture,
            gconstpointer  data)
{
  struct { const char *date; gboolean missed_work, reduced_work, missed_home, reduced_home, missed_social; } days[] = {
    { "2024-02-29", TRUE, TRUE, TRUE, TRUE, TRUE },     /* before the period */
    { "2024-03-01", TRUE, TRUE, FALSE, FALSE, FALSE },  /* reduced work not counted again */
    { "2024-03-15", FALSE, TRUE, FALSE, TRUE, FALSE },
    { "2024-04-10", FALSE, FALSE, TRUE, TRUE, TRUE },
    { "2024-05-31", TRUE, FALSE, FALSE, FALSE, TRUE },
    { "2024-06-01", TRUE, TRUE, TRUE, TRUE, TRUE },     /* after */
  };
  g_autoptr(GDateTime) a1 = berlin (2024, 2, 29, 22, 0);   /* into 1 March */
  g_autoptr(GDateTime) a2 = berlin (2024, 3, 1, 3, 0);
  g_autoptr(GDateTime) b1 = berlin (2024, 4, 10, 9, 0);
  g_autoptr(GDateTime) b2 = berlin (2024, 4, 10, 13, 0);
  g_autoptr(NapeHeadache) a = add_headache (fixture->diary, a1, a2, NAPE_HEADACHE_KIND_TENSION);
  g_autoptr(NapeHeadache) b = add_headache (fixture->diary, b1, b2, NAPE_HEADACHE_KIND_MIGRAINE);
  g_autoptr(GError) error = NULL;
  NapeMidas midas;
  GDate last;

  nape_headache_set_peak_intensity (a, 4);
  nape_headache_set_peak_intensity (b, 7);
  g_assert_true (nape_diary_save (fixture->diary, a, &error));
  g_assert_true (nape_diary_save (fixture->diary, b, &error));

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      g_autoptr(NapeDayFactors) day = nape_day_factors_new ();

      nape_day_factors_set_date (day, days[i].date);
      nape_day_factors_set_missed_work (day, days[i].missed_work);
      nape_day_factors_set_reduced_work (day, days[i].reduced_work);
      nape_day_factors_set_missed_home (day, days[i].missed_home);
      nape_day_factors_set_reduced_home (day, days[i].reduced_home);
      nape_day_factors_set_missed_social (day, days[i].missed_social);
      g_assert_true (nape_diary_save (fixture->diary, day, &error));
      g_assert_no_error (error);
    }

  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, 5, 2024);
  g_assert_true (nape_diary_compute_midas (fixture->diary, &last, &midas, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (midas.answers[0], ==, 2);
  g_assert_cmpuint (midas.answers[1], ==, 1);
  g_assert_cmpuint (midas.answers[2], ==, 1);
  g_assert_cmpuint (midas.answers[3], ==, 1);
  g_assert_cmpuint (midas.answers[4], ==, 2);
  g_assert_cmpuint (midas.score, ==, 7);
  g_assert_cmpuint (midas.grade, ==, 2);
  g_assert_cmpuint (midas.recorded_days, ==, 4);
  g_assert_cmpuint (midas.headache_days, ==, 2);   /* 1 March and 10 April */
  g_assert_cmpfloat_with_epsilon (midas.average_pain, 5.5, 1e-9);
}

/* ------------------------------------------------------------------ */
/* Backups and recovery                                                */

static void
test_backups (DiaryFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) backups = NULL;
  GStatBuf st;

  for (guint i = 0; i < NAPE_DIARY_BACKUPS_KEPT + 2; i++)
    {
      g_autofree char *backup = nape_diary_backup (fixture->diary, &error);

      g_assert_no_error (error);
      g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (g_stat (backup, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }

  backups = nape_diary_list_backups (fixture->path);
  g_assert_cmpuint (g_strv_length (backups), ==, NAPE_DIARY_BACKUPS_KEPT);
  for (guint i = 1; backups[i] != NULL; i++)
    g_assert_cmpint (strcmp (backups[i - 1], backups[i]), >, 0);
}

/* Reopening makes a backup only when the last one is a day old. */
static void
test_backup_daily (DiaryFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) first = NULL;
  g_auto(GStrv) second = NULL;
  g_auto(GStrv) third = NULL;

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  g_assert_no_error (error);
  first = nape_diary_list_backups (fixture->path);
  g_assert_cmpuint (g_strv_length (first), ==, 1);

  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  second = nape_diary_list_backups (fixture->path);
  g_assert_cmpuint (g_strv_length (second), ==, 1);

  /* Make the backup two days old. */
  {
    struct timespec times[2];

    times[0].tv_sec = times[1].tv_sec = time (NULL) - 2 * 24 * 3600;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    g_assert_cmpint (utimensat (AT_FDCWD, second[0], times, 0), ==, 0);
  }
  g_assert_finalize_object (g_steal_pointer (&fixture->diary));
  fixture->diary = nape_diary_open (fixture->path, &error);
  third = nape_diary_list_backups (fixture->path);
  g_assert_cmpuint (g_strv_length (third), ==, 2);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static char *
find_broken (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = g_strconcat (base, ".broken-", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      return g_build_filename (dir, name, NULL);
  return NULL;
}

static void
test_corrupt_start_new (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) moved_bytes = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *found = NULL;
  NapeDiary *diary;
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 20000; i++)
    g_string_append_c (text, (char) g_test_rand_int_range (0, 256));
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
  g_string_free (text, TRUE);
  garbage = read_bytes (path);

  diary = nape_diary_open (path, &error);
  g_assert_null (diary);
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  /* Shown on the page: one short line, not SQLite's list of every broken page. */
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <=, 160);
  g_clear_error (&error);

  /* Untouched. */
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (garbage, after));

  /* No backup to restore: nothing moves. */
  g_assert_false (nape_diary_restore_latest_backup (path, &moved, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NO_BACKUP);
  g_assert_null (moved);
  g_clear_error (&error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (nape_diary_start_new (path, &moved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (moved);
  found = find_broken (path);
  g_assert_cmpstr (found, ==, moved);
  moved_bytes = read_bytes (moved);
  g_assert_true (g_bytes_equal (garbage, moved_bytes));

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_headaches (diary)), ==, 0);
  g_assert_finalize_object (diary);

  /* The broken file is still there. */
  g_assert_true (g_file_test (moved, G_FILE_TEST_IS_REGULAR));
  remove_tree (dir);
}

static void
test_corrupt_restore (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = berlin (2024, 5, 2, 9, 30);
  g_autoptr(NapeHeadache) kept = NULL;
  g_autoptr(NapeHeadache) found = NULL;
  g_autoptr(GBytes) broken = NULL;
  g_autoptr(GBytes) moved_bytes = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *backup = NULL;
  NapeDiary *diary;
  FILE *file;
  long size;

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(NapeHeadache) filler = add_headache (diary, t, NULL, NAPE_HEADACHE_KIND_TENSION);
      g_autofree char *note = g_strnfill (300, 'x');

      nape_headache_set_notes (filler, note);
      g_assert_true (nape_diary_save (diary, filler, NULL));
      if (i == 0)
        kept = g_object_ref (filler);
    }
  backup = nape_diary_backup (diary, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (diary);

  /* Scribble over the middle of the file: b-tree pages, not the header. */
  file = fopen (path, "r+b");
  g_assert_nonnull (file);
  fseek (file, 0, SEEK_END);
  size = ftell (file);
  g_assert_cmpint (size, >, 16 * 4096);
  for (long offset = 4096; offset < size; offset += 4 * 4096)
    {
      fseek (file, offset, SEEK_SET);
      for (guint i = 0; i < 600; i++)
        fputc (0xA5 ^ (int) i, file);
    }
  fclose (file);
  broken = read_bytes (path);

  /* The backup is minutes old, so no daily backup is due: the damage since must be found
   * all the same, not shown as a diary with rows missing. */
  diary = nape_diary_open (path, &error);
  g_assert_null (diary);
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);

  g_assert_true (nape_diary_restore_latest_backup (path, &moved, &error));
  g_assert_no_error (error);
  moved_bytes = read_bytes (moved);
  g_assert_true (g_bytes_equal (broken, moved_bytes));

  diary = nape_diary_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (nape_diary_check_integrity (diary, &error));
  found = nape_diary_lookup (diary, NAPE_TYPE_HEADACHE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (kept)));
  g_assert_nonnull (found);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_headaches (diary)), ==, 200);
  g_assert_finalize_object (diary);
  remove_tree (dir);
}

/* Another program's SQLite file is not a diary and is left alone. */
static void
test_foreign_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db = raw_database (path);
  NapeDiary *diary;

  g_assert_true (nape_diary_exec (db, "CREATE TABLE songs (title TEXT)", NULL));
  sqlite3_close (db);

  diary = nape_diary_open (path, &error);
  g_assert_null (diary);
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT);
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Entries carry their own offsets, but "today" is local. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  tzset ();

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, DiaryFixture, NULL, diary_fixture_set_up, func, diary_fixture_tear_down)

  ADD ("/diary/open/new", test_open_new);
  g_test_add_func ("/diary/open/default-path", test_open_default_path);
  g_test_add_func ("/diary/open/too-new", test_open_too_new);
  g_test_add_func ("/diary/open/foreign-database", test_foreign_database);
  ADD ("/diary/entries/headache", test_headache_crud);
  ADD ("/diary/entries/others", test_other_entries_crud);
  ADD ("/diary/entries/invalid", test_invalid_entries);
  ADD ("/diary/terms", test_terms);
  ADD ("/diary/models", test_models);
  g_test_add_func ("/diary/migrate/v0-to-v1", test_migrate_step_1);
  g_test_add_func ("/diary/migrate/v1-to-v2", test_migrate_step_2);
  g_test_add_func ("/diary/migrate/v2-to-v3", test_migrate_step_3);
  g_test_add_func ("/diary/migrate/v3-to-v4", test_migrate_step_4);
  g_test_add_func ("/diary/migrate/on-open", test_migrate_on_open);
  ADD ("/diary/count/midnight", test_count_midnight);
  ADD ("/diary/count/daylight-saving", test_count_daylight_saving);
  ADD ("/diary/count/other-time-zone", test_count_other_time_zone);
  ADD ("/diary/find-ongoing", test_find_ongoing);
  ADD ("/diary/count/ongoing", test_count_ongoing);
  ADD ("/diary/count/without-ongoing-index", test_count_without_ongoing_index);
  ADD ("/diary/count/overuse", test_count_overuse);
  ADD ("/diary/count/bad-range", test_count_bad_range);
  g_test_add_func ("/diary/overuse/thresholds", test_overuse_thresholds);
  ADD ("/diary/count/midas", test_midas);
  ADD ("/diary/backup/kept", test_backups);
  ADD ("/diary/backup/daily", test_backup_daily);
  g_test_add_func ("/diary/corrupt/start-new", test_corrupt_start_new);
  g_test_add_func ("/diary/corrupt/restore", test_corrupt_restore);

  return g_test_run ();
}
