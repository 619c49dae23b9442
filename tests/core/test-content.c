/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-content.c — loading and validating atlas.xml and routines.xml */

#define G_LOG_DOMAIN "test-content"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-atlas.h"
#include "nape-routine.h"

typedef enum
{
  LOAD_ATLAS,
  LOAD_ROUTINES,
} LoadKind;

typedef struct
{
  const char       *path;
  const char       *fixture;
  LoadKind          kind;
  NapeContentError  code;
  /* the whole message, or only its "FILE:LINE:" start for GMarkup's own errors */
  const char       *message;
  gboolean          prefix_only;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "/content/atlas/error/unclosed-tag", "atlas-unclosed.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MALFORMED, "atlas-unclosed.xml:5: ", TRUE },
  { "/content/atlas/error/unfinished-document", "atlas-unfinished.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MALFORMED, "atlas-unfinished.xml:4: ", TRUE },
  { "/content/atlas/error/wrong-root", "atlas-wrong-root.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
    "atlas-wrong-root.xml:1: expected <atlas> but found <routines>" },
  { "/content/atlas/error/unknown-element", "atlas-unknown-element.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
    "atlas-unknown-element.xml:4: unknown element <colour> inside <technique>" },
  { "/content/atlas/error/stray-text", "atlas-stray-text.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
    "atlas-stray-text.xml:13: unexpected text inside <zone>" },
  { "/content/atlas/error/unknown-attribute", "atlas-unknown-attribute.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ATTRIBUTE,
    "atlas-unknown-attribute.xml:2: <area> has unknown attribute “colour”" },
  { "/content/atlas/error/duplicate-id", "atlas-duplicate-id.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_DUPLICATE_ID,
    "atlas-duplicate-id.xml:5: duplicate area id “occiput”" },
  { "/content/atlas/error/duplicate-refers", "atlas-duplicate-refers.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_DUPLICATE_ID,
    "atlas-duplicate-refers.xml:18: zone “frontalis” names area “temple” twice" },
  { "/content/atlas/error/unknown-area", "atlas-unknown-area.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ID,
    "atlas-unknown-area.xml:17: zone “frontalis” names unknown area “tmple”" },
  { "/content/atlas/error/unknown-technique", "atlas-unknown-technique.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ID,
    "atlas-unknown-technique.xml:16: zone “frontalis” names unknown technique “thumbs”" },
  { "/content/atlas/error/unknown-caution", "atlas-unknown-caution.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_UNKNOWN_ID,
    "atlas-unknown-caution.xml:19: zone “frontalis” names unknown caution “carotid-pulse”" },
  { "/content/atlas/error/missing-name", "atlas-missing-name.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MISSING,
    "atlas-missing-name.xml:11: <zone> is missing <name>" },
  { "/content/atlas/error/missing-refers", "atlas-missing-refers.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MISSING,
    "atlas-missing-refers.xml:11: <zone> is missing <refers>" },
  { "/content/atlas/error/empty-name", "atlas-empty-name.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MISSING,
    "atlas-empty-name.xml:12: <name> is empty" },
  { "/content/atlas/error/empty-locate", "atlas-empty-locate.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_MISSING,
    "atlas-empty-locate.xml:15: <locate> has no <step>" },
  { "/content/atlas/error/second-name", "atlas-second-name.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "atlas-second-name.xml:13: <zone> has more than one <name>" },
  { "/content/atlas/error/bad-weight", "atlas-bad-weight.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "atlas-bad-weight.xml:17: weight “main” is not one of primary, secondary" },
  { "/content/atlas/error/bad-views", "atlas-bad-views.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "atlas-bad-views.xml:2: views “top” is not one of back, side, front" },
  { "/content/atlas/error/bad-level", "atlas-bad-level.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "atlas-bad-level.xml:2: level “urgent” is not one of general, stop, avoid, doctor" },
  { "/content/atlas/error/bad-id", "atlas-bad-id.xml", LOAD_ATLAS,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "atlas-bad-id.xml:2: <area> has invalid id “Temple_1” (use a–z, 0–9 and “-”)" },

  { "/content/routines/error/unclosed-tag", "routines-unclosed.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_MALFORMED, "routines-unclosed.xml:3: ", TRUE },
  { "/content/routines/error/unknown-zone", "routines-unknown-zone.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_UNKNOWN_ID,
    "routines-unknown-zone.xml:5: step names unknown zone “foo”" },
  { "/content/routines/error/unknown-technique", "routines-unknown-technique.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_UNKNOWN_ID,
    "routines-unknown-technique.xml:5: step names unknown technique “thumbs”" },
  { "/content/routines/error/unknown-attribute", "routines-unknown-attribute.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_UNKNOWN_ATTRIBUTE,
    "routines-unknown-attribute.xml:5: <step> has unknown attribute “secs”" },
  { "/content/routines/error/duplicate-id", "routines-duplicate-id.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_DUPLICATE_ID,
    "routines-duplicate-id.xml:7: duplicate routine id “r”" },
  { "/content/routines/error/no-length", "routines-no-length.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_MISSING,
    "routines-no-length.xml:5: step has neither seconds nor reps" },
  { "/content/routines/error/missing-instruction", "routines-missing-instruction.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_MISSING,
    "routines-missing-instruction.xml:5: <step> is missing <instruction>" },
  { "/content/routines/error/no-steps", "routines-no-steps.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_MISSING,
    "routines-no-steps.xml:2: <routine> is missing <step>" },
  { "/content/routines/error/intensity-too-high", "routines-intensity-high.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-intensity-high.xml:5: intensity 140 is outside 0–100" },
  { "/content/routines/error/intensity-negative", "routines-intensity-negative.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-intensity-negative.xml:5: intensity -1 is outside 0–100" },
  { "/content/routines/error/intensity-not-a-number", "routines-intensity-text.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-intensity-text.xml:5: intensity “abc” is not an integer" },
  { "/content/routines/error/zero-seconds", "routines-zero-seconds.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-zero-seconds.xml:5: seconds 0 is outside 1–3600" },
  { "/content/routines/error/negative-rep-seconds", "routines-bad-rep-seconds.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-bad-rep-seconds.xml:5: rep-seconds -2 must be greater than 0 and at most 600" },
  { "/content/routines/error/multi-line-tag", "routines-multiline-tag.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-multiline-tag.xml:5: intensity 101 is outside 0–100" },
  { "/content/routines/error/center-side", "routines-center-side.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-center-side.xml:5: step sides may only be left and right" },
  { "/content/routines/error/bad-focus", "routines-bad-focus.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-bad-focus.xml:2: focus “shoulders” is not one of back-of-head, migraine, neck, jaw, massager" },
  { "/content/routines/error/bad-fits", "routines-bad-fits.xml", LOAD_ROUTINES,
    NAPE_CONTENT_ERROR_INVALID_VALUE,
    "routines-bad-fits.xml:2: fits “weekly” is not one of first-signs, during, after, daily" },
};

static GBytes *
load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static GBytes *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (NAPE_TEST_FIXTURES_DIR, name, NULL);

  return load_file (path);
}

static NapeAtlas *
load_valid_atlas (void)
{
  g_autoptr(GBytes) xml = load_fixture ("valid-atlas.xml");
  g_autoptr(GError) error = NULL;
  NapeAtlas *atlas;

  atlas = nape_atlas_new_from_bytes (xml, "valid-atlas.xml", &error);
  g_assert_no_error (error);
  g_assert_nonnull (atlas);

  return atlas;
}

static void
test_error (gconstpointer data)
{
  const ErrorCase *error_case = data;
  g_autoptr(GBytes) xml = load_fixture (error_case->fixture);
  g_autoptr(GError) error = NULL;

  if (error_case->kind == LOAD_ATLAS)
    {
      g_autoptr(NapeAtlas) atlas = nape_atlas_new_from_bytes (xml, error_case->fixture, &error);

      g_assert_null (atlas);
    }
  else
    {
      g_autoptr(NapeAtlas) atlas = load_valid_atlas ();
      g_autoptr(GListModel) routines = NULL;

      routines = nape_routine_list_new_from_bytes (xml, error_case->fixture, atlas, &error);
      g_assert_null (routines);
      g_assert_finalize_object (g_steal_pointer (&atlas));
    }

  g_assert_error (error, NAPE_CONTENT_ERROR, (int) error_case->code);
  if (error_case->prefix_only)
    {
      if (!g_str_has_prefix (error->message, error_case->message))
        g_error ("“%s” does not start with “%s”", error->message, error_case->message);
    }
  else
    g_assert_cmpstr (error->message, ==, error_case->message);
}

static void
test_atlas_valid (void)
{
  g_autoptr(NapeAtlas) atlas = load_valid_atlas ();
  NapeTechnique *technique;
  NapeCaution *caution;
  NapeArea *area;
  NapeZone *zone;
  NapeReferralWeight weight;
  g_auto(GStrv) locate = NULL;
  g_autoptr(NapeZone) first_zone = NULL;
  g_autoptr(NapeTechnique) second_technique = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_techniques (atlas)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_cautions (atlas)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_areas (atlas)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_zones (atlas)), ==, 4);

  /* file order */
  first_zone = g_list_model_get_item (nape_atlas_get_zones (atlas), 0);
  g_assert_cmpstr (nape_zone_get_id (first_zone), ==, "upper-trapezius");
  second_technique = g_list_model_get_item (nape_atlas_get_techniques (atlas), 1);
  g_assert_cmpstr (nape_technique_get_id (second_technique), ==, "pressure-motion");

  technique = nape_atlas_get_technique (atlas, "thumb-index");
  g_assert_nonnull (technique);
  g_assert_cmpstr (nape_technique_get_name (technique), ==, "Thumb and index");
  /* white space collapsed, entities decoded */
  g_assert_cmpstr (nape_technique_get_how (technique), ==,
                   "Take the muscle between thumb and index finger, squeeze & hold <gently>.");
  g_assert_cmpstr (nape_technique_get_suits (technique), ==, "Muscles you can lift off the bone.");

  caution = nape_atlas_get_caution (atlas, "carotid-pulse");
  g_assert_nonnull (caution);
  g_assert_cmpint (nape_caution_get_level (caution), ==, NAPE_CAUTION_LEVEL_STOP);
  g_assert_cmpstr (nape_caution_get_title (caution), ==, "A pulse means an artery");

  area = nape_atlas_get_area (atlas, "vertex");
  g_assert_nonnull (area);
  g_assert_cmpstr (nape_area_get_name (area), ==, "Top of the head");
  g_assert_cmpuint (nape_area_get_views (area), ==, NAPE_VIEW_BACK | NAPE_VIEW_SIDE | NAPE_VIEW_FRONT);
  g_assert_cmpuint (nape_area_get_sides (area), ==, NAPE_SIDE_CENTER);

  zone = nape_atlas_get_zone (atlas, "upper-trapezius");
  g_assert_nonnull (zone);
  g_assert_cmpstr (nape_zone_get_name (zone), ==, "Upper trapezius");
  g_assert_cmpstr (nape_zone_get_latin (zone), ==, "Musculus trapezius, pars descendens");
  g_assert_cmpuint (nape_zone_get_views (zone), ==, NAPE_VIEW_BACK | NAPE_VIEW_SIDE);
  g_assert_cmpuint (nape_zone_get_sides (zone), ==, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  g_assert_cmpuint (nape_zone_get_n_locate_steps (zone), ==, 2);
  g_assert_cmpstr (nape_zone_get_locate_step (zone, 1), ==,
                   "Lift the muscle between thumb and fingers.");
  locate = nape_zone_dup_locate_steps (zone);
  g_assert_cmpuint (g_strv_length (locate), ==, 2);
  g_assert_cmpstr (locate[0], ==, "Reach across to the other shoulder.");
  g_assert_cmpstrv (nape_zone_get_sources (zone),
                    ((const char * const[]) { "000_7930a75bfdf5cd4f.txt", NULL }));
  g_assert_cmpuint (g_list_model_get_n_items (nape_zone_get_cautions (zone)), ==, 0);

  /* references resolved to the atlas's own objects, forward ones too */
  zone = nape_atlas_get_zone (atlas, "suboccipitals");
  g_assert_cmpuint (g_list_model_get_n_items (nape_zone_get_techniques (zone)), ==, 2);
  {
    g_autoptr(NapeTechnique) item = g_list_model_get_item (nape_zone_get_techniques (zone), 1);

    g_assert_true (item == technique);
  }
  g_assert_cmpuint (g_list_model_get_n_items (nape_zone_get_cautions (zone)), ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) nape_zone_get_sources (zone)), ==, 2);

  zone = nape_atlas_get_zone (atlas, "scm-sternal");
  g_assert_cmpuint (nape_zone_get_n_referrals (zone), ==, 2);
  g_assert_true (nape_zone_get_referral (zone, 1, &weight) == area);
  g_assert_cmpint (weight, ==, NAPE_REFERRAL_WEIGHT_SECONDARY);
  g_assert_true (nape_zone_get_referral_weight (zone, "occiput", &weight));
  g_assert_cmpint (weight, ==, NAPE_REFERRAL_WEIGHT_PRIMARY);
  g_assert_false (nape_zone_get_referral_weight (zone, "temple", NULL));

  g_assert_null (nape_atlas_get_zone (atlas, "nowhere"));
  g_assert_null (nape_atlas_get_area (atlas, "upper-trapezius"));
  g_assert_null (nape_atlas_get_technique (atlas, "occiput"));
  g_assert_null (nape_atlas_get_caution (atlas, "thumb-index"));

  g_assert_finalize_object (g_steal_pointer (&atlas));
}

static void
assert_zone_ids (GListModel *zones,
                 const char *const *ids)
{
  guint n_zones = g_list_model_get_n_items (zones);

  g_assert_cmpuint (n_zones, ==, g_strv_length ((char **) ids));
  for (guint i = 0; i < n_zones; i++)
    {
      g_autoptr(NapeZone) zone = g_list_model_get_item (zones, i);

      g_assert_cmpstr (nape_zone_get_id (zone), ==, ids[i]);
    }
}

static void
test_atlas_zones_for_area (void)
{
  g_autoptr(NapeAtlas) atlas = load_valid_atlas ();
  g_autoptr(GListModel) occiput = NULL;
  g_autoptr(GListModel) temple = NULL;
  g_autoptr(GListModel) nowhere = NULL;

  /* upper-trapezius refers there as secondary but comes first in the file */
  occiput = nape_atlas_zones_for_area (atlas, "occiput");
  g_assert_true (g_list_model_get_item_type (occiput) == NAPE_TYPE_ZONE);
  assert_zone_ids (occiput, (const char * const[]) {
    "suboccipitals", "scm-sternal", "upper-trapezius", NULL });

  temple = nape_atlas_zones_for_area (atlas, "temple");
  assert_zone_ids (temple, (const char * const[]) { "upper-trapezius", "frontalis", NULL });

  nowhere = nape_atlas_zones_for_area (atlas, "nowhere");
  assert_zone_ids (nowhere, (const char * const[]) { NULL });

  g_clear_object (&occiput);
  g_clear_object (&temple);
  g_assert_finalize_object (g_steal_pointer (&atlas));
}

static void
test_atlas_properties (void)
{
  g_autoptr(NapeAtlas) atlas = load_valid_atlas ();
  NapeZone *zone = nape_atlas_get_zone (atlas, "scm-sternal");
  g_autofree char *name = NULL;
  g_auto(GStrv) locate = NULL;
  g_autoptr(GListModel) techniques = NULL;
  NapeView views;

  g_object_get (zone, "name", &name, "locate", &locate, "views", &views,
                "techniques", &techniques, NULL);
  g_assert_cmpstr (name, ==, "SCM, sternal head");
  g_assert_cmpuint (g_strv_length (locate), ==, 2);
  g_assert_cmpuint (views, ==, NAPE_VIEW_SIDE | NAPE_VIEW_FRONT);
  g_assert_true (techniques == nape_zone_get_techniques (zone));
}

static void
test_enum_strings (void)
{
  NapeCautionLevel level;
  NapeReferralWeight weight;
  NapeRoutineFocus focus;

  g_assert_cmpstr (nape_view_to_string (NAPE_VIEW_SIDE), ==, "side");
  g_assert_null (nape_view_to_string (NAPE_VIEW_SIDE | NAPE_VIEW_BACK));
  g_assert_cmpuint (nape_view_from_string ("front"), ==, NAPE_VIEW_FRONT);
  g_assert_cmpuint (nape_view_from_string ("top"), ==, 0);
  g_assert_cmpstr (nape_side_to_string (NAPE_SIDE_CENTER), ==, "center");
  g_assert_cmpuint (nape_side_from_string ("right"), ==, NAPE_SIDE_RIGHT);
  g_assert_cmpstr (nape_caution_level_to_string (NAPE_CAUTION_LEVEL_DOCTOR), ==, "doctor");
  g_assert_true (nape_caution_level_from_string ("avoid", &level));
  g_assert_cmpint (level, ==, NAPE_CAUTION_LEVEL_AVOID);
  g_assert_false (nape_caution_level_from_string ("urgent", &level));
  g_assert_cmpstr (nape_referral_weight_to_string (NAPE_REFERRAL_WEIGHT_SECONDARY), ==, "secondary");
  g_assert_true (nape_referral_weight_from_string ("primary", &weight));
  g_assert_cmpint (weight, ==, NAPE_REFERRAL_WEIGHT_PRIMARY);
  g_assert_cmpstr (nape_routine_fit_to_string (NAPE_ROUTINE_FIT_FIRST_SIGNS), ==, "first-signs");
  g_assert_cmpuint (nape_routine_fit_from_string ("daily"), ==, NAPE_ROUTINE_FIT_DAILY);
  g_assert_cmpstr (nape_routine_focus_to_string (NAPE_ROUTINE_FOCUS_BACK_OF_HEAD), ==, "back-of-head");
  g_assert_true (nape_routine_focus_from_string ("massager", &focus));
  g_assert_cmpint (focus, ==, NAPE_ROUTINE_FOCUS_MASSAGER);
}

static void
test_routines_valid (void)
{
  g_autoptr(NapeAtlas) atlas = load_valid_atlas ();
  g_autoptr(GBytes) xml = load_fixture ("valid-routines.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) routines = NULL;
  g_autoptr(NapeRoutine) routine = NULL;
  g_autoptr(NapeRoutine) quick = NULL;
  GListModel *steps;
  g_autoptr(NapeRoutineStep) step0 = NULL;
  g_autoptr(NapeRoutineStep) step1 = NULL;
  g_autoptr(NapeRoutineStep) step2 = NULL;
  g_autoptr(NapeRoutineStep) step3 = NULL;

  routines = nape_routine_list_new_from_bytes (xml, "valid-routines.xml", atlas, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (routines), ==, 2);

  routine = g_list_model_get_item (routines, 0);
  g_assert_cmpstr (nape_routine_get_id (routine), ==, "first-week");
  g_assert_cmpstr (nape_routine_get_name (routine), ==, "First week");
  g_assert_cmpstr (nape_routine_get_description (routine), ==,
                   "Four steps for the back of the head.");
  g_assert_cmpuint (nape_routine_get_fits (routine), ==,
                    NAPE_ROUTINE_FIT_FIRST_SIGNS | NAPE_ROUTINE_FIT_DAILY);
  g_assert_cmpint (nape_routine_get_focus (routine), ==, NAPE_ROUTINE_FOCUS_BACK_OF_HEAD);
  g_assert_cmpstrv (nape_routine_get_sources (routine),
                    ((const char * const[]) { "004_0cfd76616d591628.txt", NULL }));

  steps = nape_routine_get_steps (routine);
  g_assert_cmpuint (g_list_model_get_n_items (steps), ==, 4);

  /* seconds per side, both sides: 60 + 5 + 60 */
  step0 = g_list_model_get_item (steps, 0);
  g_assert_cmpstr (nape_routine_step_get_zone_id (step0), ==, "upper-trapezius");
  g_assert_cmpstr (nape_routine_step_get_technique_id (step0), ==, "thumb-index");
  g_assert_cmpuint (nape_routine_step_get_sides (step0), ==, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  g_assert_cmpuint (nape_routine_step_get_n_sides (step0), ==, 2);
  g_assert_cmpuint (nape_routine_step_get_seconds (step0), ==, 60);
  g_assert_cmpint (nape_routine_step_get_intensity (step0), ==, NAPE_ROUTINE_STEP_NO_INTENSITY);
  g_assert_cmpstr (nape_routine_step_get_instruction (step0), ==, "Squeeze and hold.");
  g_assert_cmpuint (nape_routine_step_get_side_seconds (step0), ==, 60);
  g_assert_cmpuint (nape_routine_step_get_total_seconds (step0), ==, 125);
  g_assert_false (nape_routine_step_get_waits_for_user (step0));

  /* 20 reps × 3 s, both sides */
  step1 = g_list_model_get_item (steps, 1);
  g_assert_cmpuint (nape_routine_step_get_reps (step1), ==, 20);
  g_assert_cmpfloat (nape_routine_step_get_rep_seconds (step1), ==, 3.0);
  g_assert_cmpint (nape_routine_step_get_intensity (step1), ==, 30);
  g_assert_cmpuint (nape_routine_step_get_side_seconds (step1), ==, 60);
  g_assert_cmpuint (nape_routine_step_get_total_seconds (step1), ==, 125);

  /* 10 reps at the default pace, no sides: played once */
  step2 = g_list_model_get_item (steps, 2);
  g_assert_cmpuint (nape_routine_step_get_n_sides (step2), ==, 0);
  g_assert_true (nape_routine_step_get_waits_for_user (step2));
  g_assert_cmpuint (nape_routine_step_get_side_seconds (step2), ==, 10 * NAPE_DEFAULT_REP_PACE_SECONDS);
  g_assert_cmpuint (nape_routine_step_get_total_seconds (step2), ==, 30);

  /* 4 reps × 2.5 s, one side */
  step3 = g_list_model_get_item (steps, 3);
  g_assert_cmpuint (nape_routine_step_get_sides (step3), ==, NAPE_SIDE_LEFT);
  g_assert_cmpint (nape_routine_step_get_intensity (step3), ==, 0);
  g_assert_cmpuint (nape_routine_step_get_total_seconds (step3), ==, 10);

  g_assert_cmpuint (nape_routine_get_total_seconds (routine), ==, 125 + 125 + 30 + 10);

  quick = g_list_model_get_item (routines, 1);
  g_assert_cmpuint (nape_routine_get_total_seconds (quick), ==, 30);
  g_assert_cmpstrv (nape_routine_get_sources (quick), ((const char * const[]) { NULL }));

  g_clear_object (&routine);
  g_clear_object (&quick);
  g_clear_object (&step0);
  g_clear_object (&step1);
  g_clear_object (&step2);
  g_clear_object (&step3);
  g_assert_finalize_object (g_steal_pointer (&routines));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *n_notifies = user_data;

  (*n_notifies)++;
}

static void
test_routine_in_code (void)
{
  g_autoptr(NapeRoutine) routine = NULL;
  g_autoptr(NapeRoutineStep) timed = NULL;
  g_autoptr(NapeRoutineStep) counted = NULL;
  guint n_notifies = 0;

  routine = nape_routine_new ("user-1", "My evening", NULL,
                              NAPE_ROUTINE_FIT_AFTER, NAPE_ROUTINE_FOCUS_NECK);
  g_signal_connect (routine, "notify::total-seconds", G_CALLBACK (notify_cb), &n_notifies);
  g_assert_cmpstr (nape_routine_get_name (routine), ==, "My evening");
  g_assert_null (nape_routine_get_description (routine));
  g_assert_cmpuint (nape_routine_get_total_seconds (routine), ==, 0);

  timed = nape_routine_step_new ("splenius", "thumb-index", NAPE_SIDE_RIGHT, 45, 0, 0,
                                 NAPE_ROUTINE_STEP_NO_INTENSITY, NULL);
  counted = nape_routine_step_new ("masseter", "pressure-motion",
                                   NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT, 0, 10, 0.3, 50,
                                   "Ten short strokes");
  nape_routine_append_step (routine, timed);
  nape_routine_append_step (routine, counted);

  g_assert_cmpuint (n_notifies, ==, 2);
  g_assert_null (nape_routine_step_get_instruction (timed));
  g_assert_cmpstr (nape_routine_step_get_instruction (counted), ==, "Ten short strokes");
  /* 10 × 0.3 s is 3 s per side, not 4 */
  g_assert_cmpuint (nape_routine_step_get_side_seconds (counted), ==, 3);
  g_assert_cmpuint (nape_routine_get_total_seconds (routine), ==, 45 + 3 + 5 + 3);
  g_assert_cmpuint (g_list_model_get_n_items (nape_routine_get_steps (routine)), ==, 2);

  g_clear_object (&timed);
  g_clear_object (&counted);
  g_assert_finalize_object (g_steal_pointer (&routine));
}

/* The zones and areas the content contract promises (spec/contract.md). */
static const struct
{
  const char *id;
  NapeView    views;
  NapeSide    sides;
} contract_zones[] = {
  { "upper-trapezius", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "scm-sternal", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "scm-clavicular", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "semispinalis", NAPE_VIEW_BACK, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "suboccipitals", NAPE_VIEW_BACK, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "splenius", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "occipitalis", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "temporalis-posterior", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "temporalis-anterior", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "masseter", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "digastric", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "frontalis", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "scalp", NAPE_VIEW_BACK | NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_CENTER },
  { "levator-scapulae", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
}, contract_areas[] = {
  { "occiput", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_CENTER | NAPE_SIDE_RIGHT },
  { "vertex", NAPE_VIEW_BACK | NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_CENTER },
  { "temple", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "forehead", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "eye", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "ear", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "jaw", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "neck-back", NAPE_VIEW_BACK, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "neck-side", NAPE_VIEW_SIDE | NAPE_VIEW_FRONT, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
  { "neck-shoulder", NAPE_VIEW_BACK | NAPE_VIEW_SIDE, NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT },
};

static NapeAtlas *
load_real_atlas (void)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "atlas.xml", NULL);
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  NapeAtlas *atlas;

  xml = load_file (path);
  atlas = nape_atlas_new_from_bytes (xml, "atlas.xml", &error);
  g_assert_no_error (error);

  return atlas;
}

static void
test_real_atlas (void)
{
  g_autoptr(NapeAtlas) atlas = load_real_atlas ();
  guint n_zones;

  n_zones = g_list_model_get_n_items (nape_atlas_get_zones (atlas));
  g_assert_cmpuint (n_zones, ==, G_N_ELEMENTS (contract_zones));
  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_areas (atlas)), ==,
                    G_N_ELEMENTS (contract_areas));

  for (guint i = 0; i < G_N_ELEMENTS (contract_zones); i++)
    {
      NapeZone *zone = nape_atlas_get_zone (atlas, contract_zones[i].id);

      if (zone == NULL)
        g_error ("atlas.xml has no zone “%s”", contract_zones[i].id);
      g_assert_cmpuint (nape_zone_get_views (zone), ==, contract_zones[i].views);
      g_assert_cmpuint (nape_zone_get_sides (zone), ==, contract_zones[i].sides);
    }

  for (guint i = 0; i < G_N_ELEMENTS (contract_areas); i++)
    {
      NapeArea *area = nape_atlas_get_area (atlas, contract_areas[i].id);
      g_autoptr(GListModel) referrers = NULL;

      if (area == NULL)
        g_error ("atlas.xml has no area “%s”", contract_areas[i].id);
      g_assert_cmpuint (nape_area_get_views (area), ==, contract_areas[i].views);
      g_assert_cmpuint (nape_area_get_sides (area), ==, contract_areas[i].sides);

      /* "Where does it hurt?" must have an answer for every area. */
      referrers = nape_atlas_zones_for_area (atlas, contract_areas[i].id);
      if (g_list_model_get_n_items (referrers) == 0)
        g_error ("no zone in atlas.xml refers pain to area “%s”", contract_areas[i].id);
    }

  g_assert_finalize_object (g_steal_pointer (&atlas));
}

static void
test_real_routines (void)
{
  g_autofree char *path = g_build_filename (NAPE_SOURCE_DIR, "data", "content", "routines.xml", NULL);
  g_autoptr(NapeAtlas) atlas = load_real_atlas ();
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) routines = NULL;
  guint n_routines;

  xml = load_file (path);
  routines = nape_routine_list_new_from_bytes (xml, "routines.xml", atlas, &error);
  g_assert_no_error (error);

  n_routines = g_list_model_get_n_items (routines);
  g_assert_cmpuint (n_routines, >, 0);
  for (guint i = 0; i < n_routines; i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (routines, i);

      g_assert_cmpuint (nape_routine_get_total_seconds (routine), >, 0);
    }

  g_assert_finalize_object (g_steal_pointer (&routines));
  g_assert_finalize_object (g_steal_pointer (&atlas));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    g_test_add_data_func (error_cases[i].path, &error_cases[i], test_error);

  g_test_add_func ("/content/atlas/valid", test_atlas_valid);
  g_test_add_func ("/content/atlas/zones-for-area", test_atlas_zones_for_area);
  g_test_add_func ("/content/atlas/properties", test_atlas_properties);
  g_test_add_func ("/content/enums/strings", test_enum_strings);
  g_test_add_func ("/content/routines/valid", test_routines_valid);
  g_test_add_func ("/content/routines/in-code", test_routine_in_code);
  g_test_add_func ("/content/data/atlas", test_real_atlas);
  g_test_add_func ("/content/data/routines", test_real_routines);

  return g_test_run ();
}
