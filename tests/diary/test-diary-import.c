/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diary-import.c — CSV and JSON export and import: round trips, routines, hostile text, refused files */

#include "config.h"

#include "diary-test-util.h"

static const char *hostile_notes[] = {
  "She said \"stop\", then \"go\"",
  "comma, comma,, comma",
  "line one\nline two\r\nline three\rline four",
  "\"\"\"",
  "emoji 😖🤕💆‍♀️ and ünïcödé",
  "'); DROP TABLE headache; --",
  "Robert\"); DELETE FROM intake WHERE (\"1\"=\"1",
  "  leading and trailing spaces  ",
  "tab\there",
  "=cmd|' /C calc'!A0",
  ";semi;colons;",
};

static NapeRoutine *
new_routine (const char       *name,
             const char       *description,
             NapeRoutineFit    fits,
             NapeRoutineFocus  focus)
{
  g_autofree char *id = g_uuid_string_random ();

  return nape_routine_new (id, name, description, fits, focus);
}

static void
append_new_step (NapeRoutine     *routine,
                 NapeRoutineStep *step)
{
  nape_routine_append_step (routine, step);
  g_object_unref (step);
}

/* Three routines of the user's, every step field set somewhere, in an order
 * that is not the order they were made in. */
static void
fill_routines (NapeDiary *diary)
{
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(NapeRoutine) neck = new_routine ("Evening neck, \"slow\"\n😴",
                                            "Before bed;\r\nthen '); DROP TABLE routine; --",
                                            NAPE_ROUTINE_FIT_AFTER | NAPE_ROUTINE_FIT_DAILY,
                                            NAPE_ROUTINE_FOCUS_NECK);
  g_autoptr(NapeRoutine) scalp = new_routine ("Scalp", NULL, 0, NAPE_ROUTINE_FOCUS_MIGRAINE);
  g_autoptr(NapeRoutine) massager = new_routine ("Massager", "",
                                                NAPE_ROUTINE_FIT_FIRST_SIGNS | NAPE_ROUTINE_FIT_DURING,
                                                NAPE_ROUTINE_FOCUS_MASSAGER);
  g_autoptr(GError) error = NULL;

  append_new_step (neck, nape_routine_step_new ("upper-trapezius", "thumb-index",
                                                NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT, 60, 0, 0,
                                                NAPE_ROUTINE_STEP_NO_INTENSITY, NULL));
  append_new_step (neck, nape_routine_step_new ("suboccipitals", "suboccipital-ball", NAPE_SIDE_LEFT,
                                                0, 10, 1.5, 40, "Slow nods, \"tiny\"\ttabbed"));
  append_new_step (scalp, nape_routine_step_new ("scalp", "scalp-circles", 0, 0, 5, 0, 100, ""));
  append_new_step (massager, nape_routine_step_new ("upper-trapezius", "powered-massager", NAPE_SIDE_RIGHT,
                                                    90, 3, 0.25, 0, "Low"));

  nape_diary_set_atlas (diary, atlas);
  g_assert_true (nape_diary_save_routine (diary, neck, &error));
  g_assert_true (nape_diary_save_routine (diary, scalp, &error));
  g_assert_true (nape_diary_save_routine (diary, massager, &error));
  g_assert_true (nape_diary_move_routine (diary, nape_routine_get_id (massager), 0, &error));
  g_assert_no_error (error);
}

/* Every kind of record, with every field set somewhere. */
static void
fill_sample (NapeDiary *diary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) new_york = g_time_zone_new_identifier ("America/New_York");
  g_autoptr(NapeDrug) ibuprofen = add_drug (diary, "Ibuprofen 400", NAPE_OVERUSE_CLASS_NSAID, FALSE);
  g_autoptr(NapeDrug) triptan = add_drug (diary, "Sumatriptan, 50 mg \"generic\"", NAPE_OVERUSE_CLASS_TRIPTAN, FALSE);
  g_autoptr(NapeDrug) preventive = add_drug (diary, "Amitriptyline", NAPE_OVERUSE_CLASS_OTHER, TRUE);
  const char *symptoms[] = { "nausea", "neck-pain", NULL };
  const char *triggers[] = { "red-wine", "stress", NULL };
  const char *areas[] = { "occiput:left", "occiput:right", "temple:center", NULL };
  const char *zones[] = { "suboccipitals:left", "upper-trapezius:right", NULL };

  g_assert_true (nape_diary_define_term (diary, NAPE_DIARY_TERM_TRIGGER, "red-wine", "Red wine, \"dry\"", &error));
  g_assert_true (nape_diary_define_term (diary, NAPE_DIARY_TERM_SYMPTOM, "jaw-ache", "Jaw ache 😬", &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (hostile_notes) + 3; i++)
    {
      g_autoptr(GDateTime) start = berlin (2024, 1 + i % 12, 1 + i, 21, (5 * i) % 60);
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 3 + i);
      g_autoptr(GDateTime) p1 = g_date_time_add_minutes (start, 30);
      g_autoptr(GDateTime) p2 = g_date_time_add_hours (start, 2);
      g_autoptr(NapeHeadache) headache = nape_headache_new ();
      g_autoptr(NapeIntake) intake = nape_intake_new ();
      g_autoptr(NapeMassageSession) session = nape_massage_session_new ();
      g_autoptr(NapeDayFactors) day = nape_day_factors_new ();
      g_autofree char *date = g_date_time_format (start, "%Y-%m-%d");
      const char *note = i < G_N_ELEMENTS (hostile_notes) ? hostile_notes[i] : NULL;

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, i == 0 ? NULL : end);
      nape_headache_set_entered_live (headache, i % 2);
      nape_headache_set_peak_intensity (headache, i % 3 == 0 ? -1 : (int) (i % 11));
      nape_headache_set_kind (headache, i % 7);
      nape_headache_set_side (headache, i % 8);
      nape_headache_set_quality (headache, i % 7);
      nape_headache_set_aura (headache, i % 3 == 1);
      if (i % 2 == 0)
        {
          nape_headache_set_symptoms (headache, symptoms);
          nape_headache_set_triggers (headache, triggers);
          nape_headache_set_areas (headache, areas);
          nape_headache_add_intensity (headache, p1, 4);
          nape_headache_add_intensity (headache, p2, 8);
        }
      nape_headache_set_notes (headache, note);
      g_assert_true (nape_diary_save (diary, headache, &error));
      g_assert_no_error (error);

      {
        g_autoptr(GDateTime) when = g_date_time_to_timezone (p1, new_york);

        nape_intake_set_time (intake, when);
      }
      nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (i % 3 == 0 ? ibuprofen : i % 3 == 1 ? triptan : preventive)));
      nape_intake_set_headache_uuid (intake, i % 2 ? nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)) : NULL);
      nape_intake_set_dose (intake, i % 4 == 0 ? 0 : 12.5 * i);
      nape_intake_set_unit (intake, i % 4 == 0 ? NULL : "mg");
      nape_intake_set_effect (intake, (int) (i % 5) - 1);
      nape_intake_set_notes (intake, note);
      g_assert_true (nape_diary_save (diary, intake, &error));
      g_assert_no_error (error);

      nape_massage_session_set_start (session, p2);
      nape_massage_session_set_routine_id (session, i % 2 ? "back-of-head-first-week" : NULL);
      nape_massage_session_set_zones (session, i % 2 ? zones : NULL);
      nape_massage_session_set_steps_done (session, i);
      nape_massage_session_set_duration (session, 60 * i);
      nape_massage_session_set_pain_before (session, i % 3 == 0 ? -1 : 7);
      nape_massage_session_set_pain_after (session, i % 3 == 0 ? -1 : 4);
      nape_massage_session_set_helped_step (session, i % 2 ? 1 : -1);
      nape_massage_session_set_headache_uuid (session, i % 2 ? NULL : nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      nape_massage_session_set_notes (session, note);
      g_assert_true (nape_diary_save (diary, session, &error));
      g_assert_no_error (error);

      nape_day_factors_set_date (day, date);
      nape_day_factors_set_sleep_hours (day, i % 3 == 0 ? -1 : 4.25 + i / 2.0);
      nape_day_factors_set_stress (day, (int) (i % 5) - 1);
      nape_day_factors_set_missed_work (day, i % 2);
      nape_day_factors_set_reduced_work (day, i % 3 == 0);
      nape_day_factors_set_missed_home (day, i % 4 == 0);
      nape_day_factors_set_reduced_home (day, i % 5 == 0);
      nape_day_factors_set_missed_social (day, i % 6 == 0);
      nape_day_factors_set_notes (day, note);
      g_assert_true (nape_diary_save (diary, day, &error));
      g_assert_no_error (error);
    }

  fill_routines (diary);
}

static GBytes *
export (NapeDiary       *diary,
        NapeDiaryFormat  format)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = nape_diary_export (diary, format, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* An empty diary next to the fixture's, with the atlas the app gives it. */
static NapeDiary *
open_second (DiaryFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "second", "diary.db", NULL);
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  NapeDiary *diary = nape_diary_open (path, &error);

  g_assert_no_error (error);
  nape_diary_set_atlas (diary, atlas);
  return diary;
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_autofree char *ta = g_strndup (g_bytes_get_data (a, NULL), g_bytes_get_size (a));
      g_autofree char *tb = g_strndup (g_bytes_get_data (b, NULL), g_bytes_get_size (b));

      g_assert_cmpstr (ta, ==, tb);
    }
}

static void
test_round_trip (DiaryFixture  *fixture,
                 gconstpointer  data)
{
  NapeDiaryFormat format = GPOINTER_TO_INT (data);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  NapeDiary *copy;
  guint added = 0;

  fill_sample (fixture->diary);
  first = export (fixture->diary, format);

  copy = open_second (fixture);
  g_assert_true (nape_diary_import (copy, first, format, &added, &error));
  g_assert_no_error (error);
  /* CSV has no place for the three routines. */
  g_assert_cmpuint (added, ==, 2 + 3 + 4 * (G_N_ELEMENTS (hostile_notes) + 3)
                               + (format == NAPE_DIARY_FORMAT_JSON ? 3 : 0));
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (copy)), ==,
                    format == NAPE_DIARY_FORMAT_JSON ? 3 : 0);
  second = export (copy, format);
  assert_bytes_equal (first, second);

  /* Importing the same file again adds nothing. */
  g_assert_true (nape_diary_import (copy, first, format, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_clear_pointer (&second, g_bytes_unref);
  second = export (copy, format);
  assert_bytes_equal (first, second);

  /* And into the diary it came from. */
  g_assert_true (nape_diary_import (fixture->diary, first, format, &added, &error));
  g_assert_cmpuint (added, ==, 0);

  g_assert_true (nape_diary_check_integrity (copy, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (copy);
}

/* CSV is not lossless only in one way: it cannot tell an empty note from
 * none.  Everything else comes back, hostile text included. */
static void
test_csv_hostile (DiaryFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) start = berlin (2024, 2, 29, 23, 59);
  g_autoptr(NapeHeadache) big = nape_headache_new ();
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) megabyte = g_string_new (NULL);
  NapeDiary *copy;
  GListModel *headaches;
  guint added;

  fill_sample (fixture->diary);

  /* A 1 MB note full of everything CSV has to escape. */
  while (megabyte->len < 1024 * 1024)
    g_string_append (megabyte, "\"quoted\", comma\r\nnewline 🤕 '; DROP TABLE intake; -- ");
  nape_headache_set_start (big, start);
  nape_headache_set_notes (big, megabyte->str);
  g_assert_true (nape_diary_save (fixture->diary, big, &error));
  g_assert_no_error (error);

  csv = export (fixture->diary, NAPE_DIARY_FORMAT_CSV);
  g_assert_true (g_utf8_validate (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv), NULL));
  g_assert_true (g_str_has_prefix (g_bytes_get_data (csv, NULL), "record,uuid,start,end,"));

  copy = open_second (fixture);
  g_assert_true (nape_diary_import (copy, csv, NAPE_DIARY_FORMAT_CSV, &added, &error));
  g_assert_no_error (error);

  headaches = nape_diary_get_headaches (copy);
  g_assert_cmpuint (g_list_model_get_n_items (headaches), ==, G_N_ELEMENTS (hostile_notes) + 4);
  for (guint i = 0; i < g_list_model_get_n_items (headaches); i++)
    {
      g_autoptr(NapeHeadache) headache = g_list_model_get_item (headaches, i);
      g_autoptr(NapeHeadache) original = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE,
                                                            nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));

      g_assert_cmpstr (nape_headache_get_notes (headache), ==, nape_headache_get_notes (original));
    }

  /* The SQL in the notes stayed text. */
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_intakes (copy)), ==, G_N_ELEMENTS (hostile_notes) + 3);
  g_assert_true (nape_diary_check_integrity (copy, &error));
  g_assert_finalize_object (copy);
}

typedef struct
{
  const char *name;
  const char *contents;
  guint       line;
  const char *message;          /* the whole message, where the test knows it */
} BadFile;

#define CSV_HEADER \
  "record,uuid,start,end,entered_live,peak_intensity,intensity,kind,side,quality,aura,symptoms," \
  "triggers,areas,drug,headache,name,overuse_class,preventive,dose,unit,effect,routine,zones," \
  "steps_done,duration,pain_before,pain_after,helped_step,date,sleep_hours,stress,missed_work," \
  "reduced_work,missed_home,reduced_home,missed_social,notes\r\n"
#define EMPTY_27 ",,,,,,,,,,,,,,,,,,,,,,,,,,,"
#define GOOD_HEADACHE \
  "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10,2024-03-01T10:00:00+01:00,,0,5,,tension,,,0" EMPTY_27 "\r\n"
#define SOME_UUID "5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11"
#define CSV_SOME_COLUMNS "record,uuid,start,end,intensity,duration\r\n"

static const BadFile bad_csv[] = {
  { "empty", "", 1 },
  { "garbage", "\x01\x02\x03 not, a \"diary", 1 },
  { "no-header", GOOD_HEADACHE, 1 },
  { "unknown-column", "record,uuid,colour\r\n", 1 },
  { "short-row", CSV_HEADER GOOD_HEADACHE "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11\r\n", 3 },
  { "bad-intensity",
    CSV_HEADER GOOD_HEADACHE
    "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,2024-03-01T10:00:00+01:00,,0,11,,tension,,,0" EMPTY_27 "\r\n", 3 },
  { "bad-time",
    CSV_HEADER "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,yesterday,,0,5,,tension,,,0" EMPTY_27 "\r\n", 2 },
  { "end-before-start",
    CSV_HEADER "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,2024-03-01T10:00:00+01:00,"
    "2024-03-01T09:00:00+01:00,0,5,,tension,,,0" EMPTY_27 "\r\n", 2 },
  { "unknown-symptom",
    CSV_HEADER "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,2024-03-01T10:00:00+01:00,,0,5,,tension,,,0,"
    "hiccups" ",,,,,,,,,,,,,,,,,,,,,,,,,,\r\n", 2 },
  { "unknown-drug",
    CSV_HEADER GOOD_HEADACHE
    "intake,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a12,2024-03-01T10:00:00+01:00,,,,,,,,,,,,"
    "5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a99,,,,,,,,,,,,,,,,,,,,,,,\r\n", 3 },
  { "duplicate-uuid", CSV_HEADER GOOD_HEADACHE GOOD_HEADACHE, 3 },
  { "unclosed-quote",
    CSV_HEADER GOOD_HEADACHE
    "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,2024-03-01T10:00:00+01:00,,0,5,,tension,,,0"
    ",,,,,,,,,,,,,,,,,,,,,,,,,,,\"an unfinished\r\nnote", 3 },
  { "stray-quote",
    CSV_HEADER "headache,5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a11,2024-03-01T10:00:00+01:00,,0,5,,tension,,,0"
    ",,,,,,,,,,,,,,,,,,,,,,,,,,,a \"quoted\" word\r\n", 2 },
  { "not-utf8", CSV_HEADER "headache,\xff\xfe,,\r\n", 2 },
  { "unknown-record", CSV_HEADER "migraine-ish" EMPTY_27 ",,,,,,,,,,\r\n", 2 },
  /* Hostile rather than broken: times and lengths no diary holds, a
   * number too large to read. */
  { "start-before-1900",
    CSV_SOME_COLUMNS "headache," SOME_UUID ",0001-01-01T00:00:00Z,,,\r\n",
    2, "“start” is 0001-01-01T00:00:00Z, not a time from 1900 to now" },
  { "intensity-in-future",
    CSV_SOME_COLUMNS "headache," SOME_UUID ",2024-03-01T10:00:00+01:00,,3000-01-01T00:00:00Z=5,\r\n",
    2, "“intensity” is 3000-01-01T00:00:00Z, not a time from 1900 to now" },
  { "headache-too-long",
    CSV_SOME_COLUMNS "headache," SOME_UUID ",2023-01-01T00:00:00Z,2024-01-02T00:00:01Z,,\r\n",
    2, "the headache lasts more than 366 days" },
  { "duration-too-large",
    CSV_SOME_COLUMNS "massage-session," SOME_UUID ",2024-03-01T10:00:00+01:00,,,9223372036854775808\r\n",
    2, "“duration” must be a whole number from 0 to 2147483647, not “9223372036854775808”" },
};

#define JSON_HEAD "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n"
#define TEN_OPEN "[[[[[[[[[["

static const BadFile bad_json[] = {
  { "empty", "", 1 },
  { "garbage", "\x01\x02\x03 not { a diary", 1 },
  { "array", "[1, 2, 3]", 1 },
  { "other-format", "{\n \"format\": \"something-else\",\n \"version\": 1\n}\n", 4 },
  { "newer", "{\n \"format\": \"nape-diary\",\n \"version\": 7\n}\n", 4 },
  { "truncated", "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"headaches\": [\n  {\n   \"uuid\": \"5b1e", 6 },
  { "bad-intensity",
    "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"headaches\": [\n"
    "  {\"uuid\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10\", \"start\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"peak_intensity\": 11}\n ]\n}\n", 6 },
  { "wrong-type",
    "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"headaches\": [\n"
    "  {\"uuid\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10\", \"start\": 1709283600}\n ]\n}\n", 5 },
  { "unknown-drug",
    "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"intakes\": [\n"
    "  {\"uuid\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10\", \"time\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"drug\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a99\"}\n ]\n}\n", 6 },
  { "not-utf8", "{\"format\": \"nape-diary\", \"version\": 1, \"x\": \"\xc3\x28\"}", 1 },
  /* Hostile rather than broken.  The brackets in the string, after an
   * escaped quote and before an escaped backslash, do not count. */
  { "nested-too-deep",
    JSON_HEAD " \"notes\": \"a \\\"[[[{{{\\\" and C:\\\\\",\n \"extra\":\n"
    TEN_OPEN TEN_OPEN TEN_OPEN "\n" TEN_OPEN TEN_OPEN TEN_OPEN "[[[\n[\n",
    8, "lists and objects are nested more than 64 deep" },
  { "start-before-1900",
    JSON_HEAD " \"headaches\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"0001-01-01T00:00:00Z\"}\n ]\n}\n",
    5, "“start” is 0001-01-01T00:00:00Z, not a time from 1900 to now" },
  { "end-in-future",
    JSON_HEAD " \"headaches\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"end\": \"3000-01-01T00:00:00Z\"}\n ]\n}\n",
    6, "“end” is 3000-01-01T00:00:00Z, not a time from 1900 to now" },
  { "intensity-before-1900",
    JSON_HEAD " \"headaches\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"intensity\": [{\"time\": \"1899-12-31T23:59:59+01:00\", \"intensity\": 5}]}\n ]\n}\n",
    6, "“time” is 1899-12-31T23:59:59+01:00, not a time from 1900 to now" },
  { "intake-in-future",
    JSON_HEAD " \"intakes\": [\n  {\"uuid\": \"" SOME_UUID "\", \"time\": \"2999-12-31T23:00:00-05:00\"}\n ]\n}\n",
    5, "“time” is 2999-12-31T23:00:00-05:00, not a time from 1900 to now" },
  { "session-before-1900",
    JSON_HEAD " \"massage_sessions\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"1850-06-01T10:00:00Z\"}\n ]\n}\n",
    5, "“start” is 1850-06-01T10:00:00Z, not a time from 1900 to now" },
  { "headache-too-long",
    JSON_HEAD " \"headaches\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"2023-01-01T00:00:00Z\",\n"
    "   \"end\": \"2024-01-02T00:00:01Z\"}\n ]\n}\n",
    6, "the headache lasts more than 366 days" },
  { "duration-too-large",
    JSON_HEAD " \"massage_sessions\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"duration\": 9223372036854775808}\n ]\n}\n",
    6, "the number 9223372036854775808 is out of range" },
  { "duration-negative",
    JSON_HEAD " \"massage_sessions\": [\n  {\"uuid\": \"" SOME_UUID "\", \"start\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"duration\": -1}\n ]\n}\n",
    6, "“duration” is -1, out of 0–2147483647" },
  { "dose-too-large",
    JSON_HEAD " \"intakes\": [\n  {\"uuid\": \"" SOME_UUID "\", \"time\": \"2024-03-01T10:00:00+01:00\",\n"
    "   \"dose\": -99999999999999999999}\n ]\n}\n",
    6, "the number -99999999999999999999 is out of range" },
  { "day-in-9999",
    JSON_HEAD " \"day_factors\": [\n  {\"uuid\": \"" SOME_UUID "\", \"date\": \"9999-12-31\"}\n ]\n}\n",
    5, "“9999-12-31” is not a day from 1900 to now" },
};

/* The user's routines: what the reader, the atlas and the import refuse. */
#define ROUTINES_BEGIN "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"routines\": [\n"
#define ROUTINES_END " ]\n}\n"
#define ROUTINE_ID "\"uuid\": \"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0\""
#define ROUTINE_HEAD "  {" ROUTINE_ID ", \"name\": \"Neck\", \"fits\": [\"daily\"], \"focus\": \"neck\", "
#define GOOD_STEP "{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"seconds\": 60}"
#define ONE_STEP(step) ROUTINES_BEGIN ROUTINE_HEAD "\"steps\": [" step "]}\n" ROUTINES_END

static const BadFile bad_routines[] = {
  { "unknown-zone",
    ONE_STEP ("{\"zone\": \"big-toe\", \"technique\": \"thumb-index\", \"seconds\": 60}"),
    5, "Step 1: there is no muscle “big-toe”" },
  { "unknown-technique",
    ONE_STEP (GOOD_STEP ", {\"zone\": \"upper-trapezius\", \"technique\": \"tickling\", \"seconds\": 60}"),
    5, "Step 2: there is no technique “tickling”" },
  { "unsuited-technique",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"suboccipital-ball\", \"seconds\": 60}"),
    5, "Step 1: “Ball under the skull” does not suit the Upper trapezius" },
  { "sides-on-midline",
    ONE_STEP ("{\"zone\": \"scalp\", \"technique\": \"scalp-circles\", \"sides\": [\"left\"], \"seconds\": 60}"),
    5, "Step 1: the Scalp has no left and right side" },
  { "no-steps", ONE_STEP (""), 5, "A routine needs at least one step" },
  { "steps-missing",
    ROUTINES_BEGIN "  {" ROUTINE_ID ", \"name\": \"Neck\", \"focus\": \"neck\"}\n" ROUTINES_END,
    5, "A routine needs at least one step" },
  { "not-a-uuid",
    ROUTINES_BEGIN "  {\"uuid\": \"evening-neck\", \"name\": \"Neck\", \"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    5, "“evening-neck” is not a UUID" },
  { "blank-name",
    ROUTINES_BEGIN "  {" ROUTINE_ID ", \"name\": \" \", \"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    5, "A routine needs a name" },
  { "intensity-too-high",
    ROUTINES_BEGIN ROUTINE_HEAD "\"steps\": [\n"
    "   {\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"seconds\": 60, \"intensity\": 101}\n"
    "  ]}\n" ROUTINES_END,
    6, "“intensity” is 101, out of 0–100" },
  { "negative-seconds",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"seconds\": -5}"),
    5, "“seconds” is -5, out of 0–2147483647" },
  { "fractional-reps",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"reps\": 2.5}"),
    5, "“reps” must be a whole number" },
  { "no-length",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"seconds\": 0, \"reps\": 0}"),
    5, "a step needs “seconds” or “reps”" },
  { "rep-seconds-without-reps",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"seconds\": 60, \"rep_seconds\": 2}"),
    5, "“rep_seconds” needs “reps”" },
  { "center-side",
    ONE_STEP ("{\"zone\": \"upper-trapezius\", \"technique\": \"thumb-index\", \"sides\": [\"center\"], \"seconds\": 60}"),
    5, "“center” is not a valid sides" },
  { "empty-zone",
    ONE_STEP ("{\"zone\": \"\", \"technique\": \"thumb-index\", \"seconds\": 60}"),
    5, "“zone” is missing" },
  { "unknown-fits",
    ROUTINES_BEGIN "  {" ROUTINE_ID ", \"name\": \"Neck\", \"fits\": [\"sometimes\"], \"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    5, "“sometimes” is not a valid fits" },
  { "unknown-focus",
    ROUTINES_BEGIN "  {" ROUTINE_ID ", \"name\": \"Neck\", \"focus\": \"toes\", \"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    5, "“toes” is not a valid focus" },
  { "twice-in-file",
    ROUTINES_BEGIN ROUTINE_HEAD "\"steps\": [" GOOD_STEP "]},\n" ROUTINE_HEAD "\"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    6, "the UUID 0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0 appears twice" },
  { "not-a-list",
    "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"routines\": {}\n}\n",
    5, "“routines” must be a list" },
  /* A good routine does not get in when something else in the file is bad. */
  { "good-routine-bad-intake",
    "{\n \"format\": \"nape-diary\",\n \"version\": 1,\n \"intakes\": [\n"
    "  {\"uuid\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a10\", \"time\": \"2024-03-01T10:00:00+01:00\", "
    "\"drug\": \"5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a99\"}\n ],\n \"routines\": [\n"
    ROUTINE_HEAD "\"steps\": [" GOOD_STEP "]}\n" ROUTINES_END,
    5, "unknown drug 5b1e0b4e-6a9f-4f5e-9d35-0c8c3b7f8a99" },
};

static void
check_refused (NapeDiary       *diary,
               NapeDiaryFormat  format,
               const BadFile   *bad,
               GBytes          *before)
{
  g_autoptr(GBytes) contents = g_bytes_new_static (bad->contents, strlen (bad->contents));
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("line %u:", bad->line);
  guint added = 99;

  g_test_message ("%s", bad->name);
  g_assert_false (nape_diary_import (diary, contents, format, &added, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE);
  g_test_message ("  %s", error->message);
  if (!g_str_has_prefix (error->message, expected))
    g_error ("%s: “%s” should start with “%s”", bad->name, error->message, expected);
  if (bad->message != NULL)
    g_assert_cmpstr (error->message + strlen (expected) + 1, ==, bad->message);
  g_assert_cmpuint (added, ==, 0);

  after = export (diary, NAPE_DIARY_FORMAT_JSON);
  assert_bytes_equal (before, after);
}

static void
test_bad_files (DiaryFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) before = NULL;

  fill_sample (fixture->diary);
  before = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);

  for (guint i = 0; i < G_N_ELEMENTS (bad_csv); i++)
    check_refused (fixture->diary, NAPE_DIARY_FORMAT_CSV, &bad_csv[i], before);
  for (guint i = 0; i < G_N_ELEMENTS (bad_json); i++)
    check_refused (fixture->diary, NAPE_DIARY_FORMAT_JSON, &bad_json[i], before);
  for (guint i = 0; i < G_N_ELEMENTS (bad_routines); i++)
    check_refused (fixture->diary, NAPE_DIARY_FORMAT_JSON, &bad_routines[i], before);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 3);
}

/* A good file cut anywhere, or with random bytes flipped, is refused or
 * imported whole; a refused one leaves the diary as it was. */
static void
test_truncated_and_garbled (DiaryFixture  *fixture,
                            gconstpointer  data)
{
  NapeDiaryFormat format = GPOINTER_TO_INT (data);
  g_autoptr(GBytes) full = NULL;
  g_autoptr(GBytes) before = NULL;
  NapeDiary *target;
  const char *text;
  gsize size;

  fill_sample (fixture->diary);
  full = export (fixture->diary, format);
  text = g_bytes_get_data (full, &size);

  target = open_second (fixture);
  {
    g_autoptr(GDateTime) t = berlin (2023, 7, 1, 12, 0);
    g_autoptr(NapeHeadache) existing = add_headache (target, t, NULL, NAPE_HEADACHE_KIND_OTHER);
  }
  before = export (target, NAPE_DIARY_FORMAT_JSON);

  for (guint i = 0; i < 60; i++)
    {
      gsize cut = g_test_rand_int_range (1, (gint32) size - 1);
      g_autoptr(GBytes) piece = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) after = NULL;
      guint added = 0;
      char *copy = g_memdup2 (text, size);

      if (i % 2 == 0)
        {
          piece = g_bytes_new_take (copy, cut);
        }
      else
        {
          for (guint j = 0; j < 8; j++)
            copy[g_test_rand_int_range (0, (gint32) size)] = (char) g_test_rand_int_range (0, 256);
          piece = g_bytes_new_take (copy, size);
        }

      if (nape_diary_import (target, piece, format, &added, &error))
        {
          /* A cut just after a complete record is still a valid file;
           * throw away what it added and go on from a clean copy. */
          g_clear_pointer (&before, g_bytes_unref);
          before = export (target, NAPE_DIARY_FORMAT_JSON);
          continue;
        }

      g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE);
      g_assert_true (g_str_has_prefix (error->message, "line "));
      after = export (target, NAPE_DIARY_FORMAT_JSON);
      assert_bytes_equal (before, after);
    }

  g_assert_true (nape_diary_check_integrity (target, NULL));
  g_assert_finalize_object (target);
}

/* The file the command line was given: a header and 100 000 "[", on which
 * json-glib's recursive parser overflowed the stack.  Refused through the
 * same call as `nape --import`, with the line, and the diary as it was. */
static void
test_json_too_deep (DiaryFixture  *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "deep.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new (JSON_HEAD " \"headaches\": ");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 99;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (text, '[');
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  fill_sample (fixture->diary);
  before = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);

  g_assert_false (nape_diary_import_from_file (fixture->diary, file, &added, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE);
  g_assert_cmpstr (error->message, ==, "line 4: lists and objects are nested more than 64 deep");
  g_assert_cmpuint (added, ==, 0);

  after = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);
  assert_bytes_equal (before, after);
}

/* Unusual but real still imports: a headache in 1990 that lasted 30 days,
 * one of exactly the longest allowed, one on the first day allowed, a time
 * a few hours ahead of the clock, the largest whole numbers, and nesting at
 * the limit. */
static void
test_plausible_edges (DiaryFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_hours (now, 12);
  g_autofree char *soon_text = g_date_time_format_iso8601 (soon);
  g_autoptr(GString) json = g_string_new (JSON_HEAD);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  static const char csv[] =
    CSV_SOME_COLUMNS
    "headache,0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c04,1995-02-01T09:00:00+01:00,1995-03-03T09:00:00+01:00,"
    "1995-02-15T09:00:00+01:00=7,\r\n";
  guint added = 0;

  /* 64 deep with the file's object; the brackets in the strings do not count. */
  g_string_append (json, " \"extra\": [\"]]]\\\\\", \"{\\\"\", ");
  for (guint i = 0; i < 62; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (json, ']');
  g_string_append (json, ",\n \"largest\": [9223372036854775807, -9223372036854775808],\n");
  g_string_append_printf (json,
                          " \"drugs\": [\n"
                          "  {\"uuid\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c00\", \"name\": \"Ibuprofen\"}\n"
                          " ],\n"
                          " \"headaches\": [\n"
                          "  {\"uuid\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c01\", "
                          "\"start\": \"1990-06-01T08:00:00+02:00\", \"end\": \"1990-07-01T08:00:00+02:00\"},\n"
                          "  {\"uuid\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c02\", "
                          "\"start\": \"2023-01-01T00:00:00Z\", \"end\": \"2024-01-02T00:00:00Z\"},\n"
                          "  {\"uuid\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c03\", "
                          "\"start\": \"1900-01-01T00:00:00Z\", \"end\": \"1900-01-01T02:00:00Z\"}\n"
                          " ],\n"
                          " \"intakes\": [\n"
                          "  {\"uuid\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c05\", \"time\": \"%s\", "
                          "\"drug\": \"0b8e7c52-2f4a-4c8e-9a57-3d1f6e2b9c00\"}\n"
                          " ]\n"
                          "}\n",
                          soon_text);
  bytes = g_bytes_new (json->str, json->len);

  g_assert_true (nape_diary_import (fixture->diary, bytes, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1 + 3 + 1);

  /* Every day of June 1990 and the 1 July it ended on. */
  days = nape_diary_count_headache_days (fixture->diary, 1990, 6, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_at (days, 0), ==, 30);
  g_assert_cmpuint (count_at (days, 1), ==, 1);
  g_clear_pointer (&days, g_array_unref);

  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new_static (csv, strlen (csv));
  g_assert_true (nape_diary_import (fixture->diary, bytes, NAPE_DIARY_FORMAT_CSV, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  days = nape_diary_count_headache_days (fixture->diary, 1995, 2, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_at (days, 0), ==, 28);
  g_assert_cmpuint (count_at (days, 1), ==, 3);
}

static void
test_file_api (DiaryFixture  *fixture,
               gconstpointer  data)
{
  g_autofree char *json_path = g_build_filename (fixture->dir, "Export.JSON", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "export.csv", NULL);
  g_autofree char *txt_path = g_build_filename (fixture->dir, "export.txt", NULL);
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt_path);
  g_autoptr(GError) error = NULL;
  NapeDiaryFormat format;
  NapeDiary *copy;
  guint added = 0;

  g_assert_true (nape_diary_format_for_file (json_file, &format));
  g_assert_cmpint (format, ==, NAPE_DIARY_FORMAT_JSON);
  g_assert_true (nape_diary_format_for_file (csv_file, &format));
  g_assert_cmpint (format, ==, NAPE_DIARY_FORMAT_CSV);
  g_assert_false (nape_diary_format_for_file (txt_file, &format));

  fill_sample (fixture->diary);
  g_assert_true (nape_diary_export_to_file (fixture->diary, json_file, NAPE_DIARY_FORMAT_JSON, &error));
  g_assert_no_error (error);
  g_assert_true (nape_diary_export_to_file (fixture->diary, csv_file, NAPE_DIARY_FORMAT_CSV, &error));
  g_assert_no_error (error);

  copy = open_second (fixture);
  g_assert_true (nape_diary_import_from_file (copy, csv_file, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (copy)), ==, 0);
  /* The CSV brought every entry; the JSON adds only the routines CSV has no place for. */
  g_assert_true (nape_diary_import_from_file (copy, json_file, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);

  g_assert_true (g_file_set_contents (txt_path, "hello", -1, NULL));
  g_assert_false (nape_diary_import_from_file (copy, txt_file, &added, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE);
  g_assert_finalize_object (copy);
}

static GBytes *
read_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (NAPE_TEST_FIXTURES_DIR, name, NULL);
  char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* A file written by this format's first version imports, counts as it
 * should, and exports to the very same bytes. */
static void
test_fixture_json (DiaryFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GBytes) golden = read_fixture ("diary-v1.json");
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GArray) headache_days = NULL;
  g_autoptr(GArray) migraine_days = NULL;
  g_autoptr(GArray) meds = NULL;
  g_autoptr(GArray) overuse = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0;

  g_assert_true (nape_diary_import (fixture->diary, golden, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2 + 3 + 2 + 24 + 1 + 1);

  again = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);
  assert_bytes_equal (golden, again);

  /* 30 and 31 March, across the spring change. */
  headache_days = nape_diary_count_headache_days (fixture->diary, 2024, 3, 1, &error);
  g_assert_cmpuint (count_at (headache_days, 0), ==, 2);
  /* The triptan days 1–10 and the migraine on 30–31. */
  migraine_days = nape_diary_count_migraine_days (fixture->diary, 2024, 3, 1, &error);
  g_assert_cmpuint (count_at (migraine_days, 0), ==, 12);
  meds = nape_diary_count_medication_days (fixture->diary, 2024, 3, 1, &error);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_TRIPTAN], ==, 10);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_NSAID], ==, 12);
  overuse = nape_diary_check_medication_overuse (fixture->diary, 2024, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (overuse, NapeOveruseStatus, NAPE_OVERUSE_CLASS_TRIPTAN - 1).level, ==,
                   NAPE_OVERUSE_LEVEL_REACHED);
  g_assert_cmpint (g_array_index (overuse, NapeOveruseStatus, NAPE_OVERUSE_CLASS_NSAID - 1).level, ==,
                   NAPE_OVERUSE_LEVEL_APPROACHING);
}

/* A hand-made CSV as a spreadsheet saves it: a byte order mark, CRLF, only
 * some of the columns and in another order, a quoted note over two lines. */
static void
test_fixture_spreadsheet_csv (DiaryFixture  *fixture,
                              gconstpointer  data)
{
  g_autoptr(GBytes) csv = read_fixture ("spreadsheet.csv");
  g_autoptr(NapeHeadache) headache = NULL;
  g_autoptr(NapeDrug) drug = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) meds = NULL;
  g_autoptr(GError) error = NULL;
  guint added = 0;

  g_assert_true (nape_diary_import (fixture->diary, csv, NAPE_DIARY_FORMAT_CSV, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);

  drug = nape_diary_lookup (fixture->diary, NAPE_TYPE_DRUG, "8d6d6a9e-3c0e-4b55-9a53-2f5f3a0c1e01");
  g_assert_cmpstr (nape_drug_get_name (drug), ==, "Paracetamol, 500 mg");
  g_assert_cmpint (nape_drug_get_overuse_class (drug), ==, NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC);
  headache = nape_diary_lookup (fixture->diary, NAPE_TYPE_HEADACHE, "8d6d6a9e-3c0e-4b55-9a53-2f5f3a0c1e02");
  g_assert_cmpstr (nape_headache_get_notes (headache), ==, "Line one\r\n\"quoted\" line two, with a comma");
  g_assert_cmpint (nape_headache_get_peak_intensity (headache), ==, 6);

  days = nape_diary_count_headache_days (fixture->diary, 2024, 6, 1, &error);
  g_assert_cmpuint (count_at (days, 0), ==, 2);
  meds = nape_diary_count_medication_days (fixture->diary, 2024, 6, 1, &error);
  g_assert_cmpuint (g_array_index (meds, NapeMedicationDays, 0).by_class[NAPE_OVERUSE_CLASS_SIMPLE_ANALGESIC], ==, 1);
}

static void
assert_same_routines (NapeDiary *expected,
                      NapeDiary *actual)
{
  GListModel *a = nape_diary_get_routines (expected);
  GListModel *b = nape_diary_get_routines (actual);

  g_assert_cmpuint (g_list_model_get_n_items (b), ==, g_list_model_get_n_items (a));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(NapeRoutine) x = g_list_model_get_item (a, i);
      g_autoptr(NapeRoutine) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (nape_routine_get_id (y), ==, nape_routine_get_id (x));
      g_assert_cmpstr (nape_routine_get_name (y), ==, nape_routine_get_name (x));
      g_assert_cmpstr (nape_routine_get_description (y), ==, nape_routine_get_description (x));
      g_assert_cmpuint (nape_routine_get_fits (y), ==, nape_routine_get_fits (x));
      g_assert_cmpint (nape_routine_get_focus (y), ==, nape_routine_get_focus (x));
      assert_same_steps (x, y);
    }
}

/* The user's routines travel in JSON, in their order and whole; a second
 * import skips the ones the diary has, keeping what the user changed since. */
static void
test_json_routines (DiaryFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(NapeRoutine) top = NULL;
  g_autoptr(NapeRoutine) renamed = NULL;
  g_autoptr(NapeRoutine) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GListModel *routines;
  NapeDiary *copy;
  guint added = 0;

  fill_routines (fixture->diary);
  first = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);
  text = g_strndup (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_nonnull (strstr (text, "\n \"day_factors\": [],\n \"routines\": [\n  {\"uuid\": "));
  g_assert_nonnull (strstr (text, "\"fits\": [\"first-signs\", \"during\"], \"focus\": \"massager\", \"steps\": "
                                  "[{\"zone\": \"upper-trapezius\", \"technique\": \"powered-massager\", "
                                  "\"sides\": [\"right\"], \"seconds\": 90, \"reps\": 3, \"rep_seconds\": 0.25, "
                                  "\"intensity\": 0, \"instruction\": \"Low\"}]}"));
  g_assert_true (g_str_has_suffix (text, "]}\n ]\n}\n"));

  /* The model a page already shows follows the import. */
  copy = open_second (fixture);
  routines = nape_diary_get_routines (copy);
  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, 0);
  g_assert_true (nape_diary_import (copy, first, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, 3);
  assert_same_routines (fixture->diary, copy);
  second = export (copy, NAPE_DIARY_FORMAT_JSON);
  assert_bytes_equal (first, second);

  /* Read back from the file, not only from the model. */
  g_assert_finalize_object (copy);
  copy = open_second (fixture);
  assert_same_routines (fixture->diary, copy);

  /* Again: nothing added, and a routine renamed since is not put back. */
  top = g_list_model_get_item (nape_diary_get_routines (copy), 0);
  renamed = nape_routine_duplicate (top, nape_routine_get_id (top), "Renamed since");
  g_assert_true (nape_diary_save_routine (copy, renamed, &error));
  g_assert_no_error (error);
  g_assert_true (nape_diary_import (copy, first, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (copy)), ==, 3);
  shown = g_list_model_get_item (nape_diary_get_routines (copy), 0);
  g_assert_cmpstr (nape_routine_get_name (shown), ==, "Renamed since");
  g_assert_cmpstr (nape_routine_get_id (shown), ==, nape_routine_get_id (top));

  g_assert_true (nape_diary_check_integrity (copy, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (copy);
}

/* A file from before routines were exported imports beside the user's
 * routines and leaves them as they are. */
static void
test_json_without_routines (DiaryFixture  *fixture,
                            gconstpointer  data)
{
  g_autoptr(GBytes) golden = read_fixture ("diary-v1.json");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup (g_bytes_get_data (golden, NULL), g_bytes_get_size (golden));
  g_autofree char *routines_before = NULL;
  guint added = 0;

  g_assert_null (strstr (text, "routines"));

  fill_routines (fixture->diary);
  before = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);
  routines_before = g_strdup (strstr (g_bytes_get_data (before, NULL), "\"routines\""));

  g_assert_true (nape_diary_import (fixture->diary, golden, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 2 + 3 + 2 + 24 + 1 + 1);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 3);

  after = export (fixture->diary, NAPE_DIARY_FORMAT_JSON);
  g_assert_nonnull (routines_before);
  g_assert_cmpstr (strstr (g_bytes_get_data (after, NULL), "\"routines\""), ==, routines_before);
}

/* Without an atlas to check them against, routines are refused, not trusted;
 * with one, the same file imports. */
static void
test_json_routines_need_atlas (DiaryFixture  *fixture,
                               gconstpointer  data)
{
  static const char file[] = ONE_STEP (GOOD_STEP);
  g_autoptr(GBytes) contents = g_bytes_new_static (file, strlen (file));
  g_autoptr(NapeAtlas) atlas = load_atlas ();
  g_autoptr(GError) error = NULL;
  guint added = 99;

  g_assert_false (nape_diary_import (fixture->diary, contents, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE);
  g_assert_cmpstr (error->message, ==, "line 5: There is no muscle atlas to check the routine against");
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 0);
  g_clear_error (&error);

  nape_diary_set_atlas (fixture->diary, atlas);
  g_assert_true (nape_diary_import (fixture->diary, contents, NAPE_DIARY_FORMAT_JSON, &added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_routines (fixture->diary)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, data, func) \
  g_test_add (path, DiaryFixture, data, diary_fixture_set_up, func, diary_fixture_tear_down)

  ADD ("/diary/import/json/round-trip", GINT_TO_POINTER (NAPE_DIARY_FORMAT_JSON), test_round_trip);
  ADD ("/diary/import/csv/round-trip", GINT_TO_POINTER (NAPE_DIARY_FORMAT_CSV), test_round_trip);
  ADD ("/diary/import/csv/hostile", NULL, test_csv_hostile);
  ADD ("/diary/import/bad-files", NULL, test_bad_files);
  ADD ("/diary/import/json/truncated-and-garbled", GINT_TO_POINTER (NAPE_DIARY_FORMAT_JSON),
       test_truncated_and_garbled);
  ADD ("/diary/import/csv/truncated-and-garbled", GINT_TO_POINTER (NAPE_DIARY_FORMAT_CSV),
       test_truncated_and_garbled);
  ADD ("/diary/import/json/too-deep", NULL, test_json_too_deep);
  ADD ("/diary/import/plausible-edges", NULL, test_plausible_edges);
  ADD ("/diary/import/file-api", NULL, test_file_api);
  ADD ("/diary/import/fixtures/json-v1", NULL, test_fixture_json);
  ADD ("/diary/import/fixtures/spreadsheet-csv", NULL, test_fixture_spreadsheet_csv);
  ADD ("/diary/import/json/routines/round-trip", NULL, test_json_routines);
  ADD ("/diary/import/json/routines/older-file", NULL, test_json_without_routines);
  ADD ("/diary/import/json/routines/need-atlas", NULL, test_json_routines_need_atlas);

  return g_test_run ();
}
