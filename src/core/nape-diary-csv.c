/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-csv.c — the diary as one RFC 4180 CSV table, for spreadsheets, and reading it back */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "nape-diary-private.h"

/* The layout is documented at nape_diary_export(); keep the two in step. */
enum {
  COL_RECORD,
  COL_UUID,
  COL_START,
  COL_END,
  COL_ENTERED_LIVE,
  COL_PEAK_INTENSITY,
  COL_INTENSITY,
  COL_KIND,
  COL_SIDE,
  COL_QUALITY,
  COL_AURA,
  COL_SYMPTOMS,
  COL_TRIGGERS,
  COL_AREAS,
  COL_DRUG,
  COL_HEADACHE,
  COL_NAME,
  COL_OVERUSE_CLASS,
  COL_PREVENTIVE,
  COL_DOSE,
  COL_UNIT,
  COL_EFFECT,
  COL_ROUTINE,
  COL_ZONES,
  COL_STEPS_DONE,
  COL_DURATION,
  COL_PAIN_BEFORE,
  COL_PAIN_AFTER,
  COL_HELPED_STEP,
  COL_DATE,
  COL_SLEEP_HOURS,
  COL_STRESS,
  COL_MISSED_WORK,
  COL_REDUCED_WORK,
  COL_MISSED_HOME,
  COL_REDUCED_HOME,
  COL_MISSED_SOCIAL,
  COL_NOTES,
  N_COLUMNS
};

static const char * const column_names[N_COLUMNS] = {
  "record", "uuid", "start", "end", "entered_live", "peak_intensity", "intensity", "kind",
  "side", "quality", "aura", "symptoms", "triggers", "areas", "drug", "headache", "name",
  "overuse_class", "preventive", "dose", "unit", "effect", "routine", "zones", "steps_done",
  "duration", "pain_before", "pain_after", "helped_step", "date", "sleep_hours", "stress",
  "missed_work", "reduced_work", "missed_home", "reduced_home", "missed_social", "notes",
};

/* ------------------------------------------------------------------ */
/* Writing                                                             */

typedef struct
{
  char *cells[N_COLUMNS];
} Row;

static void
row_clear (Row *row)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&row->cells[i], g_free);
}

static void
append_cell (GString    *out,
             const char *cell)
{
  if (cell == NULL)
    return;

  if (strpbrk (cell, ",\"\r\n") == NULL && cell[0] != ' ' && cell[0] != '\t')
    {
      g_string_append (out, cell);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString    *out,
            const char *const *cells)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_cell (out, cells[i]);
    }
  g_string_append (out, "\r\n");
}

static void
flush_row (GString *out,
           Row     *row)
{
  append_row (out, (const char * const *) row->cells);
  row_clear (row);
}

static char *
format_time (GDateTime *time)
{
  return time != NULL ? g_date_time_format_iso8601 (time) : NULL;
}

static char *
format_known_int (int value)
{
  return value >= 0 ? g_strdup_printf ("%d", value) : NULL;
}

static char *
format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  return value >= 0 ? g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)) : NULL;
}

static char *
format_bool (gboolean value)
{
  return g_strdup (value ? "1" : "0");
}

static char *
format_list (const char * const *items)
{
  return g_strjoinv (";", (char **) items);
}

static char *
format_side (NapeSide side)
{
  static const NapeSide sides[] = { NAPE_SIDE_LEFT, NAPE_SIDE_CENTER, NAPE_SIDE_RIGHT };
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sides); i++)
    {
      if (side & sides[i])
        g_string_append_printf (text, "%s%s", text->len > 0 ? ";" : "", nape_side_to_string (sides[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_intensity (NapeHeadache *headache)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const NapeIntensitySample *samples;
  guint n_samples;

  samples = nape_headache_get_intensities (headache, &n_samples);
  for (guint i = 0; i < n_samples; i++)
    {
      g_autoptr(GDateTime) when = nape_diary_date_time_new (samples[i].time, samples[i].utc_offset);
      g_autofree char *time = g_date_time_format_iso8601 (when);

      g_string_append_printf (text, "%s%s=%d", i > 0 ? ";" : "", time, samples[i].intensity);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

GBytes *
nape_diary_contents_to_csv (NapeDiaryContents *contents)
{
  GString *out = g_string_sized_new (4096);
  Row row = { { NULL, } };
  GPtrArray *term_lists[] = { contents->symptoms, contents->triggers };
  const char *term_records[] = { "symptom", "trigger" };

  append_row (out, (const char * const *) column_names);

  for (guint t = 0; t < G_N_ELEMENTS (term_lists); t++)
    {
      for (guint i = 0; i < term_lists[t]->len; i++)
        {
          NapeDiaryTermDef *def = term_lists[t]->pdata[i];

          row.cells[COL_RECORD] = g_strdup (term_records[t]);
          row.cells[COL_UUID] = g_strdup (def->id);
          row.cells[COL_NAME] = g_strdup (def->label);
          flush_row (out, &row);
        }
    }

  for (guint i = 0; i < contents->drugs->len; i++)
    {
      NapeDrug *drug = contents->drugs->pdata[i];

      row.cells[COL_RECORD] = g_strdup ("drug");
      row.cells[COL_UUID] = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
      row.cells[COL_NAME] = g_strdup (nape_drug_get_name (drug));
      row.cells[COL_OVERUSE_CLASS] = g_strdup (nape_overuse_class_to_string (nape_drug_get_overuse_class (drug)));
      row.cells[COL_PREVENTIVE] = format_bool (nape_drug_get_preventive (drug));
      row.cells[COL_UNIT] = g_strdup (nape_drug_get_unit (drug));
      flush_row (out, &row);
    }

  for (guint i = 0; i < contents->headaches->len; i++)
    {
      NapeHeadache *headache = contents->headaches->pdata[i];

      row.cells[COL_RECORD] = g_strdup ("headache");
      row.cells[COL_UUID] = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      row.cells[COL_START] = format_time (nape_headache_get_start (headache));
      row.cells[COL_END] = format_time (nape_headache_get_end (headache));
      row.cells[COL_ENTERED_LIVE] = format_bool (nape_headache_get_entered_live (headache));
      row.cells[COL_PEAK_INTENSITY] = format_known_int (nape_headache_get_peak_intensity (headache));
      row.cells[COL_INTENSITY] = format_intensity (headache);
      row.cells[COL_KIND] = g_strdup (nape_headache_kind_to_string (nape_headache_get_kind (headache)));
      row.cells[COL_SIDE] = format_side (nape_headache_get_side (headache));
      row.cells[COL_QUALITY] = g_strdup (nape_headache_quality_to_string (nape_headache_get_quality (headache)));
      row.cells[COL_AURA] = format_bool (nape_headache_get_aura (headache));
      row.cells[COL_SYMPTOMS] = format_list (nape_headache_get_symptoms (headache));
      row.cells[COL_TRIGGERS] = format_list (nape_headache_get_triggers (headache));
      row.cells[COL_AREAS] = format_list (nape_headache_get_areas (headache));
      row.cells[COL_NOTES] = g_strdup (nape_headache_get_notes (headache));
      flush_row (out, &row);
    }

  for (guint i = 0; i < contents->intakes->len; i++)
    {
      NapeIntake *intake = contents->intakes->pdata[i];

      row.cells[COL_RECORD] = g_strdup ("intake");
      row.cells[COL_UUID] = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
      row.cells[COL_START] = format_time (nape_intake_get_time (intake));
      row.cells[COL_DRUG] = g_strdup (nape_intake_get_drug_uuid (intake));
      row.cells[COL_HEADACHE] = g_strdup (nape_intake_get_headache_uuid (intake));
      row.cells[COL_DOSE] = nape_intake_get_dose (intake) > 0 ? format_double (nape_intake_get_dose (intake)) : NULL;
      row.cells[COL_UNIT] = g_strdup (nape_intake_get_unit (intake));
      row.cells[COL_EFFECT] = format_known_int (nape_intake_get_effect (intake));
      row.cells[COL_NOTES] = g_strdup (nape_intake_get_notes (intake));
      flush_row (out, &row);
    }

  for (guint i = 0; i < contents->massage_sessions->len; i++)
    {
      NapeMassageSession *session = contents->massage_sessions->pdata[i];

      row.cells[COL_RECORD] = g_strdup ("massage-session");
      row.cells[COL_UUID] = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
      row.cells[COL_START] = format_time (nape_massage_session_get_start (session));
      row.cells[COL_ROUTINE] = g_strdup (nape_massage_session_get_routine_id (session));
      row.cells[COL_ZONES] = format_list (nape_massage_session_get_zones (session));
      row.cells[COL_STEPS_DONE] = format_known_int (nape_massage_session_get_steps_done (session));
      row.cells[COL_DURATION] = format_known_int (nape_massage_session_get_duration (session));
      row.cells[COL_PAIN_BEFORE] = format_known_int (nape_massage_session_get_pain_before (session));
      row.cells[COL_PAIN_AFTER] = format_known_int (nape_massage_session_get_pain_after (session));
      row.cells[COL_HELPED_STEP] = format_known_int (nape_massage_session_get_helped_step (session));
      row.cells[COL_HEADACHE] = g_strdup (nape_massage_session_get_headache_uuid (session));
      row.cells[COL_NOTES] = g_strdup (nape_massage_session_get_notes (session));
      flush_row (out, &row);
    }

  for (guint i = 0; i < contents->day_factors->len; i++)
    {
      NapeDayFactors *day = contents->day_factors->pdata[i];

      row.cells[COL_RECORD] = g_strdup ("day");
      row.cells[COL_UUID] = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (day)));
      row.cells[COL_DATE] = g_strdup (nape_day_factors_get_date (day));
      row.cells[COL_SLEEP_HOURS] = format_double (nape_day_factors_get_sleep_hours (day));
      row.cells[COL_STRESS] = format_known_int (nape_day_factors_get_stress (day));
      row.cells[COL_MISSED_WORK] = format_bool (nape_day_factors_get_missed_work (day));
      row.cells[COL_REDUCED_WORK] = format_bool (nape_day_factors_get_reduced_work (day));
      row.cells[COL_MISSED_HOME] = format_bool (nape_day_factors_get_missed_home (day));
      row.cells[COL_REDUCED_HOME] = format_bool (nape_day_factors_get_reduced_home (day));
      row.cells[COL_MISSED_SOCIAL] = format_bool (nape_day_factors_get_missed_social (day));
      row.cells[COL_NOTES] = g_strdup (nape_day_factors_get_notes (day));
      flush_row (out, &row);
    }

  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------------ */
/* Reading                                                             */

typedef struct
{
  const char *data;
  gsize       size;
  gsize       pos;
  guint       line;             /* the physical line at pos, from 1 */
} Scanner;

/* Reads one record into @cells (each an owned string, "" for an empty
 * cell).  Returns FALSE at the end of the data or on an error. */
static gboolean
scan_record (Scanner    *scanner,
             GPtrArray  *cells,
             GError    **error)
{
  GString *cell = g_string_new (NULL);
  guint start_line = scanner->line;

  g_ptr_array_set_size (cells, 0);

  if (scanner->pos >= scanner->size)
    {
      g_string_free (cell, TRUE);
      return FALSE;
    }

  for (;;)
    {
      char c;

      if (scanner->pos < scanner->size && scanner->data[scanner->pos] == '"')
        {
          /* A quoted cell runs to the next lone quote. */
          scanner->pos++;
          for (;;)
            {
              if (scanner->pos >= scanner->size)
                {
                  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                               _("line %u: a quoted cell is never closed"), start_line);
                  g_string_free (cell, TRUE);
                  return FALSE;
                }
              c = scanner->data[scanner->pos++];
              if (c == '"')
                {
                  if (scanner->pos < scanner->size && scanner->data[scanner->pos] == '"')
                    {
                      g_string_append_c (cell, '"');
                      scanner->pos++;
                      continue;
                    }
                  break;
                }
              if (c == '\n')
                scanner->line++;
              if (c == '\0')
                {
                  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                               _("line %u: the file holds a NUL byte"), scanner->line);
                  g_string_free (cell, TRUE);
                  return FALSE;
                }
              g_string_append_c (cell, c);
            }

          if (scanner->pos < scanner->size
              && scanner->data[scanner->pos] != ','
              && scanner->data[scanner->pos] != '\r'
              && scanner->data[scanner->pos] != '\n')
            {
              g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                           _("line %u: text after a closing quote"), scanner->line);
              g_string_free (cell, TRUE);
              return FALSE;
            }
        }
      else
        {
          while (scanner->pos < scanner->size)
            {
              c = scanner->data[scanner->pos];
              if (c == ',' || c == '\r' || c == '\n')
                break;
              if (c == '"')
                {
                  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                               _("line %u: a quote inside a cell that does not start with one"),
                               scanner->line);
                  g_string_free (cell, TRUE);
                  return FALSE;
                }
              if (c == '\0')
                {
                  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                               _("line %u: the file holds a NUL byte"), scanner->line);
                  g_string_free (cell, TRUE);
                  return FALSE;
                }
              g_string_append_c (cell, c);
              scanner->pos++;
            }
        }

      g_ptr_array_add (cells, g_string_free (cell, FALSE));
      cell = g_string_new (NULL);

      if (scanner->pos >= scanner->size)
        break;
      c = scanner->data[scanner->pos++];
      if (c == ',')
        continue;
      if (c == '\r' && scanner->pos < scanner->size && scanner->data[scanner->pos] == '\n')
        scanner->pos++;
      scanner->line++;
      break;
    }

  g_string_free (cell, TRUE);
  return TRUE;
}

typedef struct
{
  char  **cells;                /* N_COLUMNS, borrowed */
  guint   line;
  GError **error;
} Record;

static gboolean
refuse (Record     *record,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (Record     *record,
        const char *format,
        ...)
{
  va_list args;

  va_start (args, format);
  nape_diary_bad_line_valist (record->error, record->line, format, args);
  va_end (args);

  return FALSE;
}

static const char *
cell (Record *record,
      int     column)
{
  const char *text = record->cells[column];

  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
get_required (Record      *record,
              int          column,
              const char **value)
{
  *value = cell (record, column);
  if (*value == NULL)
    return refuse (record, _("“%s” is empty"), column_names[column]);
  return TRUE;
}

static gboolean
get_uuid (Record      *record,
          int          column,
          gboolean     nullable,
          const char **value)
{
  *value = cell (record, column);
  if (*value == NULL)
    return nullable ? TRUE : refuse (record, _("“%s” is empty"), column_names[column]);
  if (!g_uuid_string_is_valid (*value))
    return refuse (record, _("“%s” is not a UUID"), *value);
  return TRUE;
}

/* Every time the file holds is read here, and refused outside the years a diary can
 * hold. */
static gboolean
parse_time (Record      *record,
            const char  *name,
            const char  *text,
            GDateTime  **value)
{
  *value = g_date_time_new_from_iso8601 (text, NULL);
  if (*value == NULL)
    return refuse (record, _("“%s” is not a time such as 2024-03-31T14:05:00+02:00"), text);
  if (!nape_diary_time_is_plausible (*value))
    return refuse (record, _("“%s” is %s, not a time from %d to now"), name, text,
                   NAPE_DIARY_EARLIEST_YEAR);
  return TRUE;
}

static gboolean
get_time (Record      *record,
          int          column,
          gboolean     nullable,
          GDateTime  **value)
{
  const char *text = cell (record, column);

  *value = NULL;
  if (text == NULL)
    return nullable ? TRUE : refuse (record, _("“%s” is empty"), column_names[column]);
  return parse_time (record, column_names[column], text, value);
}

static gboolean
get_int (Record *record,
         int     column,
         gint64  min,
         gint64  max,
         int    *value)
{
  const char *text = cell (record, column);
  gint64 v;

  *value = -1;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, &v, NULL))
    return refuse (record, _("“%s” must be a whole number from %lld to %lld, not “%s”"),
                   column_names[column], (long long) min, (long long) max, text);
  *value = (int) v;
  return TRUE;
}

static gboolean
get_double (Record *record,
            int     column,
            double  min,
            double  max,
            double *value)
{
  const char *text = cell (record, column);
  char *end = NULL;
  double v;

  *value = -1;
  if (text == NULL)
    return TRUE;
  v = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(v >= min && v <= max))
    return refuse (record, _("“%s” must be a number from %g to %g, not “%s”"),
                   column_names[column], min, max, text);
  *value = v;
  return TRUE;
}

static gboolean
get_bool (Record   *record,
          int       column,
          gboolean *value)
{
  const char *text = cell (record, column);

  *value = FALSE;
  if (text == NULL || strcmp (text, "0") == 0)
    return TRUE;
  if (strcmp (text, "1") == 0)
    {
      *value = TRUE;
      return TRUE;
    }
  return refuse (record, _("“%s” must be 0 or 1, not “%s”"), column_names[column], text);
}

static gboolean
get_token (Record *record,
           int     column,
           GType   enum_type,
           int    *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  const char *text = cell (record, column);
  GEnumValue *found;

  *value = 0;
  if (text == NULL)
    return TRUE;
  found = g_enum_get_value_by_nick (klass, text);
  if (found == NULL)
    return refuse (record, _("“%s” is not a valid %s"), text, column_names[column]);
  *value = found->value;
  return TRUE;
}

static GStrv
get_list (Record *record,
          int     column)
{
  const char *text = cell (record, column);

  if (text == NULL)
    return g_new0 (char *, 1);
  return g_strsplit (text, ";", -1);
}

static gboolean
read_term (Record    *record,
           GPtrArray *terms)
{
  const char *id;

  if (!get_required (record, COL_UUID, &id))
    return FALSE;
  if (!nape_diary_term_id_is_valid (id))
    return refuse (record, _("“%s” is not a valid id"), id);

  g_ptr_array_add (terms, nape_diary_term_def_new (id, cell (record, COL_NAME), record->line));
  return TRUE;
}

static gboolean
read_drug (Record            *record,
           NapeDiaryContents *contents)
{
  const char *uuid, *name;
  int klass;
  gboolean preventive;
  NapeDrug *drug;

  if (!get_uuid (record, COL_UUID, FALSE, &uuid)
      || !get_required (record, COL_NAME, &name)
      || !get_token (record, COL_OVERUSE_CLASS, NAPE_TYPE_OVERUSE_CLASS, &klass)
      || !get_bool (record, COL_PREVENTIVE, &preventive))
    return FALSE;

  drug = nape_drug_new_with_uuid (uuid);
  nape_drug_set_name (drug, name);
  nape_drug_set_overuse_class (drug, klass);
  nape_drug_set_preventive (drug, preventive);
  nape_drug_set_unit (drug, cell (record, COL_UNIT));
  nape_diary_entry_set_line (drug, record->line);
  g_ptr_array_add (contents->drugs, drug);
  return TRUE;
}

static gboolean
read_headache (Record            *record,
               NapeDiaryContents *contents)
{
  const char *uuid;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;
  g_autoptr(NapeHeadache) headache = NULL;
  g_auto(GStrv) sides = get_list (record, COL_SIDE);
  g_auto(GStrv) symptoms = get_list (record, COL_SYMPTOMS);
  g_auto(GStrv) triggers = get_list (record, COL_TRIGGERS);
  g_auto(GStrv) areas = get_list (record, COL_AREAS);
  g_auto(GStrv) points = get_list (record, COL_INTENSITY);
  gboolean entered_live, aura;
  int peak, kind, quality;
  NapeSide side = 0;

  if (!get_uuid (record, COL_UUID, FALSE, &uuid)
      || !get_time (record, COL_START, FALSE, &start)
      || !get_time (record, COL_END, TRUE, &end)
      || !get_bool (record, COL_ENTERED_LIVE, &entered_live)
      || !get_int (record, COL_PEAK_INTENSITY, 0, 10, &peak)
      || !get_token (record, COL_KIND, NAPE_TYPE_HEADACHE_KIND, &kind)
      || !get_token (record, COL_QUALITY, NAPE_TYPE_HEADACHE_QUALITY, &quality)
      || !get_bool (record, COL_AURA, &aura))
    return FALSE;
  if (nape_diary_headache_too_long (start, end))
    return refuse (record, _("the headache lasts more than %d days"), NAPE_DIARY_LONGEST_HEADACHE_DAYS);

  for (guint i = 0; sides[i] != NULL; i++)
    {
      NapeSide one = nape_side_from_string (sides[i]);

      if (one == 0)
        return refuse (record, _("“%s” is not a side"), sides[i]);
      side |= one;
    }

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
  nape_headache_set_notes (headache, cell (record, COL_NOTES));

  for (guint i = 0; points[i] != NULL; i++)
    {
      char *equals = strrchr (points[i], '=');
      g_autoptr(GDateTime) when = NULL;
      gint64 value;

      if (equals == NULL)
        return refuse (record, _("“%s” is not an intensity point TIME=VALUE"), points[i]);
      *equals = '\0';
      if (!parse_time (record, column_names[COL_INTENSITY], points[i], &when))
        return FALSE;
      if (!g_ascii_string_to_signed (equals + 1, 10, 0, 10, &value, NULL))
        return refuse (record, _("“%s” is not an intensity from 0 to 10"), equals + 1);
      nape_headache_add_intensity (headache, when, (int) value);
    }

  nape_diary_entry_set_line (headache, record->line);
  g_ptr_array_add (contents->headaches, g_steal_pointer (&headache));
  return TRUE;
}

static gboolean
read_intake (Record            *record,
             NapeDiaryContents *contents)
{
  const char *uuid, *drug, *headache;
  g_autoptr(GDateTime) time = NULL;
  NapeIntake *intake;
  double dose;
  int effect;

  if (!get_uuid (record, COL_UUID, FALSE, &uuid)
      || !get_time (record, COL_START, FALSE, &time)
      || !get_uuid (record, COL_DRUG, FALSE, &drug)
      || !get_uuid (record, COL_HEADACHE, TRUE, &headache)
      || !get_double (record, COL_DOSE, 0, 1e9, &dose)
      || !get_int (record, COL_EFFECT, 0, 3, &effect))
    return FALSE;

  intake = nape_intake_new_with_uuid (uuid);
  nape_intake_set_time (intake, time);
  nape_intake_set_drug_uuid (intake, drug);
  nape_intake_set_headache_uuid (intake, headache);
  nape_intake_set_dose (intake, MAX (dose, 0));
  nape_intake_set_unit (intake, cell (record, COL_UNIT));
  nape_intake_set_effect (intake, effect);
  nape_intake_set_notes (intake, cell (record, COL_NOTES));
  nape_diary_entry_set_line (intake, record->line);
  g_ptr_array_add (contents->intakes, intake);
  return TRUE;
}

static gboolean
read_massage_session (Record            *record,
                      NapeDiaryContents *contents)
{
  const char *uuid, *headache;
  g_autoptr(GDateTime) start = NULL;
  g_auto(GStrv) zones = get_list (record, COL_ZONES);
  NapeMassageSession *session;
  int steps_done, duration, pain_before, pain_after, helped_step;

  if (!get_uuid (record, COL_UUID, FALSE, &uuid)
      || !get_time (record, COL_START, FALSE, &start)
      || !get_int (record, COL_STEPS_DONE, 0, G_MAXINT, &steps_done)
      || !get_int (record, COL_DURATION, 0, G_MAXINT, &duration)
      || !get_int (record, COL_PAIN_BEFORE, 0, 10, &pain_before)
      || !get_int (record, COL_PAIN_AFTER, 0, 10, &pain_after)
      || !get_int (record, COL_HELPED_STEP, 0, G_MAXINT, &helped_step)
      || !get_uuid (record, COL_HEADACHE, TRUE, &headache))
    return FALSE;

  session = nape_massage_session_new_with_uuid (uuid);
  nape_massage_session_set_start (session, start);
  nape_massage_session_set_routine_id (session, cell (record, COL_ROUTINE));
  nape_massage_session_set_zones (session, (const char * const *) zones);
  nape_massage_session_set_steps_done (session, MAX (steps_done, 0));
  nape_massage_session_set_duration (session, MAX (duration, 0));
  nape_massage_session_set_pain_before (session, pain_before);
  nape_massage_session_set_pain_after (session, pain_after);
  nape_massage_session_set_helped_step (session, helped_step);
  nape_massage_session_set_headache_uuid (session, headache);
  nape_massage_session_set_notes (session, cell (record, COL_NOTES));
  nape_diary_entry_set_line (session, record->line);
  g_ptr_array_add (contents->massage_sessions, session);
  return TRUE;
}

static gboolean
read_day (Record            *record,
          NapeDiaryContents *contents)
{
  const char *uuid, *date;
  NapeDayFactors *day;
  double sleep;
  int stress;
  gboolean missed_work, reduced_work, missed_home, reduced_home, missed_social;

  if (!get_uuid (record, COL_UUID, FALSE, &uuid)
      || !get_required (record, COL_DATE, &date)
      || !get_double (record, COL_SLEEP_HOURS, 0, 24, &sleep)
      || !get_int (record, COL_STRESS, 0, 3, &stress)
      || !get_bool (record, COL_MISSED_WORK, &missed_work)
      || !get_bool (record, COL_REDUCED_WORK, &reduced_work)
      || !get_bool (record, COL_MISSED_HOME, &missed_home)
      || !get_bool (record, COL_REDUCED_HOME, &reduced_home)
      || !get_bool (record, COL_MISSED_SOCIAL, &missed_social))
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
  nape_day_factors_set_notes (day, cell (record, COL_NOTES));
  nape_diary_entry_set_line (day, record->line);
  g_ptr_array_add (contents->day_factors, day);
  return TRUE;
}

NapeDiaryContents *
nape_diary_contents_from_csv (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(NapeDiaryContents) contents = nape_diary_contents_new ();
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  Scanner scanner = { 0, };
  const char *invalid_utf8;
  int map[N_COLUMNS];
  int n_header;

  scanner.data = g_bytes_get_data (bytes, &scanner.size);
  scanner.line = 1;

  if (!g_utf8_validate_len (scanner.data, scanner.size, &invalid_utf8))
    {
      guint line = 1;

      for (const char *p = scanner.data; p < invalid_utf8; p++)
        if (*p == '\n')
          line++;
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                   _("line %u: the file is not UTF-8 text"), line);
      return NULL;
    }

  /* A spreadsheet may add a byte order mark. */
  if (scanner.size >= 3 && memcmp (scanner.data, "\xEF\xBB\xBF", 3) == 0)
    scanner.pos = 3;

  if (!scan_record (&scanner, cells, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                     _("line %u: the file is empty"), 1u);
      return NULL;
    }

  /* The header names the columns; their order may differ from ours, and
   * the "record", "uuid" columns are required. */
  n_header = cells->len;
  for (guint c = 0; c < N_COLUMNS; c++)
    map[c] = -1;
  for (int i = 0; i < n_header; i++)
    {
      const char *name = cells->pdata[i];
      guint c;

      for (c = 0; c < N_COLUMNS; c++)
        if (strcmp (name, column_names[c]) == 0)
          break;
      if (c == N_COLUMNS)
        {
          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                       _("line %u: unknown column “%s”; this is not a Nape diary"), 1u, name);
          return NULL;
        }
      if (map[c] >= 0)
        {
          g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                       _("line %u: the column “%s” appears twice"), 1u, name);
          return NULL;
        }
      map[c] = i;
    }
  if (map[COL_RECORD] < 0 || map[COL_UUID] < 0)
    {
      g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_BAD_FILE,
                   _("line %u: the header needs the columns “record” and “uuid”"), 1u);
      return NULL;
    }

  for (;;)
    {
      char *by_column[N_COLUMNS];
      Record record = { by_column, scanner.line, error };
      const char *kind;
      gboolean ok;

      if (!scan_record (&scanner, cells, error))
        {
          if (error != NULL && *error != NULL)
            return NULL;
          break;
        }

      /* A last line break followed by nothing is not a record. */
      if (cells->len == 1 && *(char *) cells->pdata[0] == '\0' && scanner.pos >= scanner.size)
        break;

      if ((int) cells->len != n_header)
        {
          refuse (&record, _("%u cells where the header has %d"), cells->len, n_header);
          return NULL;
        }

      for (guint c = 0; c < N_COLUMNS; c++)
        by_column[c] = map[c] >= 0 ? cells->pdata[map[c]] : NULL;

      kind = cell (&record, COL_RECORD);
      if (g_strcmp0 (kind, "symptom") == 0)
        ok = read_term (&record, contents->symptoms);
      else if (g_strcmp0 (kind, "trigger") == 0)
        ok = read_term (&record, contents->triggers);
      else if (g_strcmp0 (kind, "drug") == 0)
        ok = read_drug (&record, contents);
      else if (g_strcmp0 (kind, "headache") == 0)
        ok = read_headache (&record, contents);
      else if (g_strcmp0 (kind, "intake") == 0)
        ok = read_intake (&record, contents);
      else if (g_strcmp0 (kind, "massage-session") == 0)
        ok = read_massage_session (&record, contents);
      else if (g_strcmp0 (kind, "day") == 0)
        ok = read_day (&record, contents);
      else
        ok = refuse (&record, _("unknown record “%s”"), kind != NULL ? kind : "");

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&contents);
}
