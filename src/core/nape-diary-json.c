/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-json.c — the diary as lossless JSON: writing it, and reading it back with every value checked */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "nape-diary-private.h"

/*
 * {
 *   "format": "nape-diary", "version": 1,
 *   "symptoms": [ { "id", "label" } ],        user-defined entries only
 *   "triggers": [ { "id", "label" } ],
 *   "drugs": [ { "uuid", "name", "overuse_class", "preventive", "unit" } ],
 *   "headaches": [ { "uuid", "start", "end", "entered_live", "peak_intensity", "kind",
 *                    "side": [], "quality", "aura", "symptoms": [], "triggers": [],
 *                    "areas": [], "intensity": [ { "time", "intensity" } ], "notes" } ],
 *   "intakes": [ { "uuid", "time", "drug", "headache", "dose", "unit", "effect", "notes" } ],
 *   "massage_sessions": [ { "uuid", "start", "routine", "zones": [], "steps_done",
 *                           "duration", "pain_before", "pain_after", "helped_step",
 *                           "headache", "notes" } ],
 *   "day_factors": [ { "uuid", "date", "sleep_hours", "stress", "missed_work",
 *                      "reduced_work", "missed_home", "reduced_home", "missed_social",
 *                      "notes" } ],
 *   "routines": [ { "uuid", "name", "description", "fits": [], "focus",
 *                   "steps": [ { "zone", "technique", "sides": [], "seconds", "reps",
 *                                "rep_seconds", "intensity", "instruction" } ] } ]
 * }
 *
 * Times are ISO 8601 with the UTC offset they were recorded in; a value that
 * was not recorded is null.  Flags ("side", "fits", "sides") are lists of
 * their tokens.
 *
 * "routines", the user's own in their order, came later within version 1:
 * it is written only when there are some, so that a diary without any gives
 * the same bytes as before, and a file without it imports as one without
 * routines.  A Nape that predates it ignores it.
 */

#define JSON_FORMAT_NAME "nape-diary"
#define JSON_FORMAT_VERSION 1

/* The format nests six deep at most (the file, "routines", a routine, its
 * "steps", a step, its "sides"); 64 leaves room for what a later version
 * adds, and is far below the tens of thousands of levels at which
 * json-glib's recursive parser overflows the stack. */
#define JSON_MAX_DEPTH 64

/* ------------------------------------------------------------------ */
/* Writing                                                             */

/* Written by hand rather than with JsonBuilder, which is several times
 * slower on ten years of entries: one record per line, members in a fixed
 * order, so that the same diary always gives the same bytes and an error
 * on import names the record's own line. */

static void
append_string (GString    *out,
               const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
member (GString    *out,
        const char *name)
{
  if (out->str[out->len - 1] != '{')
    g_string_append (out, ", ");
  g_string_append_c (out, '"');
  g_string_append (out, name);
  g_string_append (out, "\": ");
}

static void
add_string (GString    *out,
            const char *name,
            const char *value)
{
  member (out, name);
  append_string (out, value);
}

static void
add_time (GString    *out,
          const char *name,
          GDateTime  *time)
{
  g_autofree char *text = time != NULL ? g_date_time_format_iso8601 (time) : NULL;

  add_string (out, name, text);
}

static void
add_known_int (GString    *out,
               const char *name,
               int         value)
{
  member (out, name);
  if (value >= 0)
    g_string_append_printf (out, "%d", value);
  else
    g_string_append (out, "null");
}

static void
add_known_double (GString    *out,
                  const char *name,
                  double      value,
                  gboolean    known)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  member (out, name);
  if (known)
    g_string_append (out, g_ascii_dtostr (buffer, sizeof buffer, value));
  else
    g_string_append (out, "null");
}

static void
add_bool (GString    *out,
          const char *name,
          gboolean    value)
{
  member (out, name);
  g_string_append (out, value ? "true" : "false");
}

static void
add_strv (GString            *out,
          const char         *name,
          const char * const *values)
{
  member (out, name);
  g_string_append_c (out, '[');
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_string (out, values[i]);
    }
  g_string_append_c (out, ']');
}

/* The tokens of the flags set in @value, in the type's order. */
static void
add_flags (GString    *out,
           const char *name,
           GType       flags_type,
           guint       value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_autoptr(GPtrArray) tokens = g_ptr_array_new ();

  for (guint i = 0; i < klass->n_values; i++)
    if (value & klass->values[i].value)
      g_ptr_array_add (tokens, (gpointer) klass->values[i].value_nick);
  g_ptr_array_add (tokens, NULL);
  add_strv (out, name, (const char * const *) tokens->pdata);
}

/* Opens the list @name; each record then starts with begin_record(). */
static void
begin_list (GString    *out,
            const char *name)
{
  g_string_append_printf (out, " \"%s\": [", name);
}

static void
begin_record (GString *out,
              guint    index)
{
  g_string_append (out, index == 0 ? "\n  {" : ",\n  {");
}

static void
end_list (GString  *out,
          guint     n_records,
          gboolean  last)
{
  g_string_append (out, n_records > 0 ? "\n ]" : "]");
  g_string_append (out, last ? "\n" : ",\n");
}

static void
add_terms (GString    *out,
           const char *name,
           GPtrArray  *terms)
{
  begin_list (out, name);
  for (guint i = 0; i < terms->len; i++)
    {
      NapeDiaryTermDef *def = terms->pdata[i];

      begin_record (out, i);
      add_string (out, "id", def->id);
      add_string (out, "label", def->label);
      g_string_append_c (out, '}');
    }
  end_list (out, terms->len, FALSE);
}

GBytes *
nape_diary_contents_to_json (NapeDiaryContents *contents)
{
  GString *out = g_string_sized_new (1024 * 1024);

  g_string_append_printf (out, "{\n \"format\": \"%s\",\n \"version\": %d,\n",
                          JSON_FORMAT_NAME, JSON_FORMAT_VERSION);

  add_terms (out, "symptoms", contents->symptoms);
  add_terms (out, "triggers", contents->triggers);

  begin_list (out, "drugs");
  for (guint i = 0; i < contents->drugs->len; i++)
    {
      NapeDrug *drug = contents->drugs->pdata[i];

      begin_record (out, i);
      add_string (out, "uuid", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
      add_string (out, "name", nape_drug_get_name (drug));
      add_string (out, "overuse_class", nape_overuse_class_to_string (nape_drug_get_overuse_class (drug)));
      add_bool (out, "preventive", nape_drug_get_preventive (drug));
      add_string (out, "unit", nape_drug_get_unit (drug));
      g_string_append_c (out, '}');
    }
  end_list (out, contents->drugs->len, FALSE);

  begin_list (out, "headaches");
  for (guint i = 0; i < contents->headaches->len; i++)
    {
      NapeHeadache *headache = contents->headaches->pdata[i];
      const NapeIntensitySample *samples;
      guint n_samples;

      begin_record (out, i);
      add_string (out, "uuid", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      add_time (out, "start", nape_headache_get_start (headache));
      add_time (out, "end", nape_headache_get_end (headache));
      add_bool (out, "entered_live", nape_headache_get_entered_live (headache));
      add_known_int (out, "peak_intensity", nape_headache_get_peak_intensity (headache));
      add_string (out, "kind", nape_headache_kind_to_string (nape_headache_get_kind (headache)));
      add_flags (out, "side", NAPE_TYPE_SIDE, nape_headache_get_side (headache));
      add_string (out, "quality", nape_headache_quality_to_string (nape_headache_get_quality (headache)));
      add_bool (out, "aura", nape_headache_get_aura (headache));
      add_strv (out, "symptoms", nape_headache_get_symptoms (headache));
      add_strv (out, "triggers", nape_headache_get_triggers (headache));
      add_strv (out, "areas", nape_headache_get_areas (headache));

      member (out, "intensity");
      g_string_append_c (out, '[');
      samples = nape_headache_get_intensities (headache, &n_samples);
      for (guint j = 0; j < n_samples; j++)
        {
          g_autoptr(GDateTime) when = nape_diary_date_time_new (samples[j].time, samples[j].utc_offset);

          g_string_append (out, j > 0 ? ", {" : "{");
          add_time (out, "time", when);
          add_known_int (out, "intensity", samples[j].intensity);
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');

      add_string (out, "notes", nape_headache_get_notes (headache));
      g_string_append_c (out, '}');
    }
  end_list (out, contents->headaches->len, FALSE);

  begin_list (out, "intakes");
  for (guint i = 0; i < contents->intakes->len; i++)
    {
      NapeIntake *intake = contents->intakes->pdata[i];

      begin_record (out, i);
      add_string (out, "uuid", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
      add_time (out, "time", nape_intake_get_time (intake));
      add_string (out, "drug", nape_intake_get_drug_uuid (intake));
      add_string (out, "headache", nape_intake_get_headache_uuid (intake));
      add_known_double (out, "dose", nape_intake_get_dose (intake), nape_intake_get_dose (intake) > 0);
      add_string (out, "unit", nape_intake_get_unit (intake));
      add_known_int (out, "effect", nape_intake_get_effect (intake));
      add_string (out, "notes", nape_intake_get_notes (intake));
      g_string_append_c (out, '}');
    }
  end_list (out, contents->intakes->len, FALSE);

  begin_list (out, "massage_sessions");
  for (guint i = 0; i < contents->massage_sessions->len; i++)
    {
      NapeMassageSession *session = contents->massage_sessions->pdata[i];

      begin_record (out, i);
      add_string (out, "uuid", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
      add_time (out, "start", nape_massage_session_get_start (session));
      add_string (out, "routine", nape_massage_session_get_routine_id (session));
      add_strv (out, "zones", nape_massage_session_get_zones (session));
      add_known_int (out, "steps_done", nape_massage_session_get_steps_done (session));
      add_known_int (out, "duration", nape_massage_session_get_duration (session));
      add_known_int (out, "pain_before", nape_massage_session_get_pain_before (session));
      add_known_int (out, "pain_after", nape_massage_session_get_pain_after (session));
      add_known_int (out, "helped_step", nape_massage_session_get_helped_step (session));
      add_string (out, "headache", nape_massage_session_get_headache_uuid (session));
      add_string (out, "notes", nape_massage_session_get_notes (session));
      g_string_append_c (out, '}');
    }
  end_list (out, contents->massage_sessions->len, FALSE);

  begin_list (out, "day_factors");
  for (guint i = 0; i < contents->day_factors->len; i++)
    {
      NapeDayFactors *day = contents->day_factors->pdata[i];

      begin_record (out, i);
      add_string (out, "uuid", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (day)));
      add_string (out, "date", nape_day_factors_get_date (day));
      add_known_double (out, "sleep_hours", nape_day_factors_get_sleep_hours (day),
                        nape_day_factors_get_sleep_hours (day) >= 0);
      add_known_int (out, "stress", nape_day_factors_get_stress (day));
      add_bool (out, "missed_work", nape_day_factors_get_missed_work (day));
      add_bool (out, "reduced_work", nape_day_factors_get_reduced_work (day));
      add_bool (out, "missed_home", nape_day_factors_get_missed_home (day));
      add_bool (out, "reduced_home", nape_day_factors_get_reduced_home (day));
      add_bool (out, "missed_social", nape_day_factors_get_missed_social (day));
      add_string (out, "notes", nape_day_factors_get_notes (day));
      g_string_append_c (out, '}');
    }
  end_list (out, contents->day_factors->len, contents->routines->len == 0);

  if (contents->routines->len > 0)
    {
      begin_list (out, "routines");
      for (guint i = 0; i < contents->routines->len; i++)
        {
          NapeRoutine *routine = contents->routines->pdata[i];
          GListModel *steps = nape_routine_get_steps (routine);

          begin_record (out, i);
          add_string (out, "uuid", nape_routine_get_id (routine));
          add_string (out, "name", nape_routine_get_name (routine));
          add_string (out, "description", nape_routine_get_description (routine));
          add_flags (out, "fits", NAPE_TYPE_ROUTINE_FIT, nape_routine_get_fits (routine));
          add_string (out, "focus", nape_routine_focus_to_string (nape_routine_get_focus (routine)));

          member (out, "steps");
          g_string_append_c (out, '[');
          for (guint j = 0; j < g_list_model_get_n_items (steps); j++)
            {
              g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, j);

              g_string_append (out, j > 0 ? ", {" : "{");
              add_string (out, "zone", nape_routine_step_get_zone_id (step));
              add_string (out, "technique", nape_routine_step_get_technique_id (step));
              add_flags (out, "sides", NAPE_TYPE_SIDE, nape_routine_step_get_sides (step));
              add_known_int (out, "seconds", nape_routine_step_get_seconds (step));
              add_known_int (out, "reps", nape_routine_step_get_reps (step));
              add_known_double (out, "rep_seconds", nape_routine_step_get_rep_seconds (step), TRUE);
              add_known_int (out, "intensity", nape_routine_step_get_intensity (step));
              add_string (out, "instruction", nape_routine_step_get_instruction (step));
              g_string_append_c (out, '}');
            }
          g_string_append (out, "]}");
        }
      end_list (out, contents->routines->len, TRUE);
    }

  g_string_append (out, "}\n");

  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

typedef struct
{
  GHashTable *lines;            /* JsonObject → the line it ends on */
  GError    **error;
} Reader;

static guint
line_of (Reader     *reader,
         JsonObject *object)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (reader->lines, object));
}

static gboolean
refuse (Reader     *reader,
        JsonObject *object,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static gboolean
refuse (Reader     *reader,
        JsonObject *object,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  nape_diary_bad_line_valist (reader->error, line_of (reader, object), format, args);
  va_end (args);

  return FALSE;
}

static void
object_end_cb (JsonParser *parser,
               JsonObject *object,
               Reader     *reader)
{
  g_hash_table_insert (reader->lines, object, GUINT_TO_POINTER (json_parser_get_current_line (parser)));
}

/* A string member; with @nullable, null and a missing member give NULL. */
static gboolean
get_string (Reader       *reader,
            JsonObject   *object,
            const char   *name,
            gboolean      nullable,
            const char  **value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (nullable)
        return TRUE;
      return refuse (reader, object, _("“%s” is missing"), name);
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return refuse (reader, object, _("“%s” must be a string"), name);

  *value = json_node_get_string (node);
  if (!g_utf8_validate (*value, -1, NULL))
    return refuse (reader, object, _("“%s” is not valid UTF-8"), name);

  return TRUE;
}

static gboolean
get_uuid (Reader       *reader,
          JsonObject   *object,
          const char   *name,
          gboolean      nullable,
          const char  **value)
{
  if (!get_string (reader, object, name, nullable, value))
    return FALSE;
  if (*value != NULL && !g_uuid_string_is_valid (*value))
    return refuse (reader, object, _("“%s” is not a UUID"), *value);

  return TRUE;
}

/* Every time the file holds is read here, and refused outside the years a diary can
 * hold. */
static gboolean
get_time (Reader      *reader,
          JsonObject  *object,
          const char  *name,
          gboolean     nullable,
          GDateTime  **value)
{
  const char *text;

  *value = NULL;
  if (!get_string (reader, object, name, nullable, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *value = g_date_time_new_from_iso8601 (text, NULL);
  if (*value == NULL)
    return refuse (reader, object, _("“%s” is not a time such as 2024-03-31T14:05:00+02:00"), text);
  if (!nape_diary_time_is_plausible (*value))
    return refuse (reader, object, _("“%s” is %s, not a time from %d to now"), name, text,
                   NAPE_DIARY_EARLIEST_YEAR);

  return TRUE;
}

/* An integer member from @min to @max; null or missing gives -1 if
 * @nullable. */
static gboolean
get_int (Reader     *reader,
         JsonObject *object,
         const char *name,
         gboolean    nullable,
         gint64      min,
         gint64      max,
         int        *value)
{
  JsonNode *node = json_object_get_member (object, name);
  gint64 v;

  *value = -1;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (nullable)
        return TRUE;
      return refuse (reader, object, _("“%s” is missing"), name);
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return refuse (reader, object, _("“%s” must be a whole number"), name);

  v = json_node_get_int (node);
  if (v < min || v > max)
    return refuse (reader, object, _("“%s” is %lld, out of %lld–%lld"),
                   name, (long long) v, (long long) min, (long long) max);

  *value = (int) v;
  return TRUE;
}

static gboolean
get_double (Reader     *reader,
            JsonObject *object,
            const char *name,
            double      min,
            double      max,
            double     *value)
{
  JsonNode *node = json_object_get_member (object, name);
  double v;

  *value = -1;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64 && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    return refuse (reader, object, _("“%s” must be a number"), name);

  v = json_node_get_double (node);
  if (!(v >= min && v <= max))
    return refuse (reader, object, _("“%s” is %g, out of %g–%g"), name, v, min, max);

  *value = v;
  return TRUE;
}

static gboolean
get_bool (Reader     *reader,
          JsonObject *object,
          const char *name,
          gboolean   *value)
{
  JsonNode *node = json_object_get_member (object, name);

  *value = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return refuse (reader, object, _("“%s” must be true or false"), name);

  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
get_strv (Reader      *reader,
          JsonObject  *object,
          const char  *name,
          GStrv       *value)
{
  JsonNode *node = json_object_get_member (object, name);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *value = g_new0 (char *, 1);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (reader, object, _("“%s” must be a list"), name);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return refuse (reader, object, _("“%s” must be a list of strings"), name);
      g_strv_builder_add (builder, json_node_get_string (item));
    }

  *value = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
get_token (Reader      *reader,
           JsonObject  *object,
           const char  *name,
           GType        enum_type,
           int         *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  const char *text;
  GEnumValue *found;

  if (!get_string (reader, object, name, TRUE, &text))
    return FALSE;
  if (text == NULL)
    {
      *value = 0;
      return TRUE;
    }

  found = g_enum_get_value_by_nick (klass, text);
  if (found == NULL)
    return refuse (reader, object, _("“%s” is not a valid %s"), text, name);

  *value = found->value;
  return TRUE;
}

/* A list of the tokens of @flags_type; null or missing gives 0. */
static gboolean
get_flags (Reader      *reader,
           JsonObject  *object,
           const char  *name,
           GType        flags_type,
           guint       *value)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_auto(GStrv) tokens = NULL;

  *value = 0;
  if (!get_strv (reader, object, name, &tokens))
    return FALSE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      GFlagsValue *found = g_flags_get_value_by_nick (klass, tokens[i]);

      if (found == NULL)
        return refuse (reader, object, _("“%s” is not a valid %s"), tokens[i], name);
      *value |= found->value;
    }

  return TRUE;
}

/* Calls @read_one on every object of the array member @name of @root, for
 * @into: the contents for the lists of the file, a routine for its steps. */
typedef gboolean (*ReadOneFunc) (Reader     *reader,
                                 JsonObject *object,
                                 gpointer    into);

static gboolean
read_array (Reader      *reader,
            JsonObject  *root,
            const char  *name,
            ReadOneFunc  read_one,
            gpointer     into)
{
  JsonNode *node = json_object_get_member (root, name);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return refuse (reader, root, _("“%s” must be a list"), name);

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return refuse (reader, root, _("every item of “%s” must be an object"), name);
      if (!read_one (reader, json_node_get_object (item), into))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_term (Reader     *reader,
           JsonObject *object,
           GPtrArray  *terms)
{
  const char *id, *label;

  if (!get_string (reader, object, "id", FALSE, &id)
      || !get_string (reader, object, "label", TRUE, &label))
    return FALSE;
  if (!nape_diary_term_id_is_valid (id))
    return refuse (reader, object, _("“%s” is not a valid id"), id);

  g_ptr_array_add (terms, nape_diary_term_def_new (id, label, line_of (reader, object)));
  return TRUE;
}

static gboolean
read_symptom (Reader     *reader,
              JsonObject *object,
              gpointer    into)
{
  NapeDiaryContents *contents = into;

  return read_term (reader, object, contents->symptoms);
}

static gboolean
read_trigger (Reader     *reader,
              JsonObject *object,
              gpointer    into)
{
  NapeDiaryContents *contents = into;

  return read_term (reader, object, contents->triggers);
}

static gboolean
read_drug (Reader     *reader,
           JsonObject *object,
           gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *name, *unit;
  int klass;
  gboolean preventive;
  g_autoptr(NapeDrug) drug = NULL;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_string (reader, object, "name", FALSE, &name)
      || !get_token (reader, object, "overuse_class", NAPE_TYPE_OVERUSE_CLASS, &klass)
      || !get_bool (reader, object, "preventive", &preventive)
      || !get_string (reader, object, "unit", TRUE, &unit))
    return FALSE;

  drug = nape_drug_new_with_uuid (uuid);
  nape_drug_set_name (drug, name);
  nape_drug_set_overuse_class (drug, klass);
  nape_drug_set_preventive (drug, preventive);
  nape_drug_set_unit (drug, unit);
  nape_diary_entry_set_line (drug, line_of (reader, object));
  g_ptr_array_add (contents->drugs, g_steal_pointer (&drug));
  return TRUE;
}

static gboolean
read_headache (Reader     *reader,
               JsonObject *object,
               gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *notes;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  gboolean entered_live, aura;
  int peak, kind, quality;
  guint side;
  g_auto(GStrv) symptoms = NULL;
  g_auto(GStrv) triggers = NULL;
  g_auto(GStrv) areas = NULL;
  g_autoptr(NapeHeadache) headache = NULL;
  JsonNode *intensity;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_time (reader, object, "start", FALSE, &start)
      || !get_time (reader, object, "end", TRUE, &end)
      || !get_bool (reader, object, "entered_live", &entered_live)
      || !get_int (reader, object, "peak_intensity", TRUE, 0, 10, &peak)
      || !get_token (reader, object, "kind", NAPE_TYPE_HEADACHE_KIND, &kind)
      || !get_flags (reader, object, "side", NAPE_TYPE_SIDE, &side)
      || !get_token (reader, object, "quality", NAPE_TYPE_HEADACHE_QUALITY, &quality)
      || !get_bool (reader, object, "aura", &aura)
      || !get_strv (reader, object, "symptoms", &symptoms)
      || !get_strv (reader, object, "triggers", &triggers)
      || !get_strv (reader, object, "areas", &areas)
      || !get_string (reader, object, "notes", TRUE, &notes))
    return FALSE;
  if (nape_diary_headache_too_long (start, end))
    return refuse (reader, object, _("the headache lasts more than %d days"), NAPE_DIARY_LONGEST_HEADACHE_DAYS);

  headache = nape_headache_new_with_uuid (uuid);
  nape_headache_set_start (headache, start);
  nape_headache_set_end (headache, end);
  nape_headache_set_entered_live (headache, entered_live);
  nape_headache_set_peak_intensity (headache, peak);
  nape_headache_set_kind (headache, kind);
  nape_headache_set_side (headache, side);
  nape_headache_set_quality (headache, quality);
  nape_headache_set_aura (headache, aura);
  nape_headache_set_symptoms (headache, (const char * const *) symptoms);
  nape_headache_set_triggers (headache, (const char * const *) triggers);
  nape_headache_set_areas (headache, (const char * const *) areas);
  nape_headache_set_notes (headache, notes);

  intensity = json_object_get_member (object, "intensity");
  if (intensity != NULL && !JSON_NODE_HOLDS_NULL (intensity))
    {
      JsonArray *array;

      if (!JSON_NODE_HOLDS_ARRAY (intensity))
        return refuse (reader, object, _("“intensity” must be a list"));

      array = json_node_get_array (intensity);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autoptr(GDateTime) when = NULL;
          JsonObject *point;
          int value;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            return refuse (reader, object, _("every point of “intensity” must be an object"));
          point = json_node_get_object (item);
          if (!get_time (reader, point, "time", FALSE, &when)
              || !get_int (reader, point, "intensity", FALSE, 0, 10, &value))
            return FALSE;
          nape_headache_add_intensity (headache, when, value);
        }
    }

  nape_diary_entry_set_line (headache, line_of (reader, object));
  g_ptr_array_add (contents->headaches, g_steal_pointer (&headache));
  return TRUE;
}

static gboolean
read_intake (Reader     *reader,
             JsonObject *object,
             gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *drug, *headache, *unit, *notes;
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(NapeIntake) intake = NULL;
  double dose;
  int effect;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_time (reader, object, "time", FALSE, &time)
      || !get_uuid (reader, object, "drug", FALSE, &drug)
      || !get_uuid (reader, object, "headache", TRUE, &headache)
      || !get_double (reader, object, "dose", 0, 1e9, &dose)
      || !get_string (reader, object, "unit", TRUE, &unit)
      || !get_int (reader, object, "effect", TRUE, 0, 3, &effect)
      || !get_string (reader, object, "notes", TRUE, &notes))
    return FALSE;

  intake = nape_intake_new_with_uuid (uuid);
  nape_intake_set_time (intake, time);
  nape_intake_set_drug_uuid (intake, drug);
  nape_intake_set_headache_uuid (intake, headache);
  nape_intake_set_dose (intake, MAX (dose, 0));
  nape_intake_set_unit (intake, unit);
  nape_intake_set_effect (intake, effect);
  nape_intake_set_notes (intake, notes);
  nape_diary_entry_set_line (intake, line_of (reader, object));
  g_ptr_array_add (contents->intakes, g_steal_pointer (&intake));
  return TRUE;
}

static gboolean
read_massage_session (Reader     *reader,
                      JsonObject *object,
                      gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *routine, *headache, *notes;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(NapeMassageSession) session = NULL;
  g_auto(GStrv) zones = NULL;
  int steps_done, duration, pain_before, pain_after, helped_step;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_time (reader, object, "start", FALSE, &start)
      || !get_string (reader, object, "routine", TRUE, &routine)
      || !get_strv (reader, object, "zones", &zones)
      || !get_int (reader, object, "steps_done", TRUE, 0, G_MAXINT, &steps_done)
      || !get_int (reader, object, "duration", TRUE, 0, G_MAXINT, &duration)
      || !get_int (reader, object, "pain_before", TRUE, 0, 10, &pain_before)
      || !get_int (reader, object, "pain_after", TRUE, 0, 10, &pain_after)
      || !get_int (reader, object, "helped_step", TRUE, 0, G_MAXINT, &helped_step)
      || !get_uuid (reader, object, "headache", TRUE, &headache)
      || !get_string (reader, object, "notes", TRUE, &notes))
    return FALSE;

  session = nape_massage_session_new_with_uuid (uuid);
  nape_massage_session_set_start (session, start);
  nape_massage_session_set_routine_id (session, routine);
  nape_massage_session_set_zones (session, (const char * const *) zones);
  nape_massage_session_set_steps_done (session, MAX (steps_done, 0));
  nape_massage_session_set_duration (session, MAX (duration, 0));
  nape_massage_session_set_pain_before (session, pain_before);
  nape_massage_session_set_pain_after (session, pain_after);
  nape_massage_session_set_helped_step (session, helped_step);
  nape_massage_session_set_headache_uuid (session, headache);
  nape_massage_session_set_notes (session, notes);
  nape_diary_entry_set_line (session, line_of (reader, object));
  g_ptr_array_add (contents->massage_sessions, g_steal_pointer (&session));
  return TRUE;
}

static gboolean
read_day_factors (Reader     *reader,
                  JsonObject *object,
                  gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *date, *notes;
  g_autoptr(NapeDayFactors) day = NULL;
  double sleep;
  int stress;
  gboolean missed_work, reduced_work, missed_home, reduced_home, missed_social;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_string (reader, object, "date", FALSE, &date)
      || !get_double (reader, object, "sleep_hours", 0, 24, &sleep)
      || !get_int (reader, object, "stress", TRUE, 0, 3, &stress)
      || !get_bool (reader, object, "missed_work", &missed_work)
      || !get_bool (reader, object, "reduced_work", &reduced_work)
      || !get_bool (reader, object, "missed_home", &missed_home)
      || !get_bool (reader, object, "reduced_home", &reduced_home)
      || !get_bool (reader, object, "missed_social", &missed_social)
      || !get_string (reader, object, "notes", TRUE, &notes))
    return FALSE;

  day = nape_day_factors_new_with_uuid (uuid);
  nape_day_factors_set_date (day, date);
  nape_day_factors_set_sleep_hours (day, sleep);
  nape_day_factors_set_stress (day, stress);
  nape_day_factors_set_missed_work (day, missed_work);
  nape_day_factors_set_reduced_work (day, reduced_work);
  nape_day_factors_set_missed_home (day, missed_home);
  nape_day_factors_set_reduced_home (day, reduced_home);
  nape_day_factors_set_missed_social (day, missed_social);
  nape_day_factors_set_notes (day, notes);
  nape_diary_entry_set_line (day, line_of (reader, object));
  g_ptr_array_add (contents->day_factors, g_steal_pointer (&day));
  return TRUE;
}

/* What nape_routine_step_new() requires is refused here with the step's
 * line; whether the atlas has the zone and the technique, and whether they
 * go together, is checked with the rest of the import. */
static gboolean
read_routine_step (Reader     *reader,
                   JsonObject *object,
                   gpointer    into)
{
  NapeRoutine *routine = into;
  const char *zone, *technique, *instruction;
  guint sides;
  int seconds, reps, intensity;
  double rep_seconds;
  g_autoptr(NapeRoutineStep) step = NULL;

  if (!get_string (reader, object, "zone", FALSE, &zone)
      || !get_string (reader, object, "technique", FALSE, &technique)
      || !get_flags (reader, object, "sides", NAPE_TYPE_SIDE, &sides)
      || !get_int (reader, object, "seconds", TRUE, 0, G_MAXINT, &seconds)
      || !get_int (reader, object, "reps", TRUE, 0, G_MAXINT, &reps)
      || !get_double (reader, object, "rep_seconds", 0, G_MAXINT, &rep_seconds)
      || !get_int (reader, object, "intensity", TRUE, 0, 100, &intensity)
      || !get_string (reader, object, "instruction", TRUE, &instruction))
    return FALSE;

  seconds = MAX (seconds, 0);
  reps = MAX (reps, 0);
  rep_seconds = MAX (rep_seconds, 0);
  if (zone[0] == '\0' || technique[0] == '\0')
    return refuse (reader, object, _("“%s” is missing"), zone[0] == '\0' ? "zone" : "technique");
  if (sides & NAPE_SIDE_CENTER)
    return refuse (reader, object, _("“%s” is not a valid %s"),
                   nape_side_to_string (NAPE_SIDE_CENTER), "sides");
  if (seconds == 0 && reps == 0)
    return refuse (reader, object, _("a step needs “seconds” or “reps”"));
  if (rep_seconds > 0 && reps == 0)
    return refuse (reader, object, _("“rep_seconds” needs “reps”"));

  step = nape_routine_step_new (zone, technique, sides, seconds, reps, rep_seconds,
                                intensity, instruction);
  nape_routine_append_step (routine, step);
  return TRUE;
}

static gboolean
read_routine (Reader     *reader,
              JsonObject *object,
              gpointer    into)
{
  NapeDiaryContents *contents = into;
  const char *uuid, *name, *description;
  guint fits;
  int focus;
  g_autoptr(NapeRoutine) routine = NULL;

  if (!get_uuid (reader, object, "uuid", FALSE, &uuid)
      || !get_string (reader, object, "name", FALSE, &name)
      || !get_string (reader, object, "description", TRUE, &description)
      || !get_flags (reader, object, "fits", NAPE_TYPE_ROUTINE_FIT, &fits)
      || !get_token (reader, object, "focus", NAPE_TYPE_ROUTINE_FOCUS, &focus))
    return FALSE;

  routine = nape_routine_new (uuid, name, description, fits, focus);
  if (!read_array (reader, object, "steps", read_routine_step, routine))
    return FALSE;

  nape_diary_entry_set_line (routine, line_of (reader, object));
  g_ptr_array_add (contents->routines, g_steal_pointer (&routine));
  return TRUE;
}

/* A first pass over the text, for two things json-glib gets wrong: it
 * parses lists and objects by recursing, so that a file of 100 000 "["
 * crashes it; and it wraps a whole number beyond gint64 around, so that
 * 9223372036854775808 reads as -9223372036854775808.  Strings are skipped,
 * escapes and all: brackets and digits in a note count for nothing. */
static gboolean
check_json_text (const char  *data,
                 gsize        size,
                 GError     **error)
{
  guint line = 1;
  guint depth = 0;
  gboolean in_string = FALSE;
  gboolean escaped = FALSE;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        {
          in_string = TRUE;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > JSON_MAX_DEPTH)
            {
              g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                           _("line %u: lists and objects are nested more than %d deep"), line, JSON_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == ']' || c == '}')
        {
          if (depth > 0)
            depth--;
        }
      else if (c == '-' || g_ascii_isdigit (c))
        {
          gsize start = i, end = i + 1;
          g_autofree char *number = NULL;
          g_autoptr(GError) number_error = NULL;

          while (end < size && data[end] != '\0' && strchr ("+-.0123456789Ee", data[end]) != NULL)
            end++;
          i = end - 1;
          /* 18 digits always fit in 64 bits: only longer runs are read again. */
          if (end - start - (data[start] == '-') <= 18)
            continue;
          number = g_strndup (data + start, end - start);

          /* A fraction or an exponent makes a double, which does not wrap;
           * what is not a number at all is json-glib's to refuse. */
          if (strpbrk (number, ".Ee") == NULL
              && !g_ascii_string_to_signed (number, 10, G_MININT64, G_MAXINT64, NULL, &number_error)
              && g_error_matches (number_error, G_NUMBER_PARSER_ERROR, G_NUMBER_PARSER_ERROR_OUT_OF_BOUNDS))
            {
              g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                           _("line %u: the number %s is out of range"), line, number);
              return FALSE;
            }
        }
    }

  return TRUE;
}

NapeDiaryContents *
nape_diary_contents_from_json (GBytes  *bytes,
                               GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) lines = g_hash_table_new (NULL, NULL);
  g_autoptr(NapeDiaryContents) contents = nape_diary_contents_new ();
  g_autoptr(GError) parse_error = NULL;
  Reader reader = { lines, error };
  const char *data;
  gsize size;
  JsonNode *root;
  JsonObject *object;
  const char *format;
  int version;

  data = g_bytes_get_data (bytes, &size);
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                   _("line %u: the file is not UTF-8 text"), 1u);
      return NULL;
    }
  if (!check_json_text (data, size, error))
    return NULL;

  g_signal_connect (parser, "object-end", G_CALLBACK (object_end_cb), &reader);
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: REASON". */
      const char *message = parse_error->message;
      const char *p = g_str_has_prefix (message, "<data>:") ? message + strlen ("<data>:") : message;
      char *end = NULL;
      guint64 line = g_ascii_strtoull (p, &end, 10);

      if (end != p && *end == ':')
        {
          const char *reason = strstr (end, ": ");

          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE, _("line %u: %s"),
                       (guint) MAX (line, 1), reason != NULL ? reason + 2 : message);
        }
      else
        {
          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE, _("line %u: %s"), 1u, message);
        }
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                   _("line %u: not a Nape diary: the file must hold one JSON object"), 1u);
      return NULL;
    }

  object = json_node_get_object (root);
  if (!get_string (&reader, object, "format", TRUE, &format))
    return NULL;
  if (g_strcmp0 (format, JSON_FORMAT_NAME) != 0)
    {
      refuse (&reader, object, _("not a Nape diary: “format” must be “%s”"), JSON_FORMAT_NAME);
      return NULL;
    }
  if (!get_int (&reader, object, "version", FALSE, 1, G_MAXINT, &version))
    return NULL;
  if (version > JSON_FORMAT_VERSION)
    {
      refuse (&reader, object, _("written by a newer Nape (format version %d)"), version);
      return NULL;
    }

  if (!read_array (&reader, object, "symptoms", read_symptom, contents)
      || !read_array (&reader, object, "triggers", read_trigger, contents)
      || !read_array (&reader, object, "drugs", read_drug, contents)
      || !read_array (&reader, object, "headaches", read_headache, contents)
      || !read_array (&reader, object, "intakes", read_intake, contents)
      || !read_array (&reader, object, "massage_sessions", read_massage_session, contents)
      || !read_array (&reader, object, "day_factors", read_day_factors, contents)
      || !read_array (&reader, object, "routines", read_routine, contents))
    return NULL;

  return g_steal_pointer (&contents);
}
