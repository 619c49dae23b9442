/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-atlas.c — loads atlas.xml into zones, areas, techniques and cautions, and answers "where does it hurt" */

#define G_LOG_DOMAIN "nape-atlas"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-atlas.h"
#include "nape-atlas-private.h"
#include "nape-content-parser.h"

struct _NapeAtlas
{
  GObject     parent_instance;

  GListStore *zones;
  GListStore *areas;
  GListStore *techniques;
  GListStore *cautions;

  /* id → object; keys and values are owned by the stores above */
  GHashTable *zones_by_id;
  GHashTable *areas_by_id;
  GHashTable *techniques_by_id;
  GHashTable *cautions_by_id;
};

typedef enum
{
  STATE_DOCUMENT,
  STATE_ATLAS,
  STATE_RECORD,
  STATE_LOCATE,
  STATE_TEXT,
  STATE_LEAF,
  STATE_END,
} AtlasState;

typedef enum
{
  RECORD_TECHNIQUE,
  RECORD_CAUTION,
  RECORD_AREA,
  RECORD_ZONE,
  N_RECORDS
} RecordKind;

#define MAX_FIELDS 4
#define LATIN_FIELD 1

/* The text children of each record, all required, in the order reported. */
static const struct
{
  const char *element;
  const char *fields[MAX_FIELDS + 1];
} records[N_RECORDS] = {
  [RECORD_TECHNIQUE] = { "technique", { "name", "summary", "how", "suits", NULL } },
  [RECORD_CAUTION] = { "caution", { "title", "text", NULL } },
  [RECORD_AREA] = { "area", { "name", NULL } },
  [RECORD_ZONE] = { "zone", { "name", "latin", "summary", "pain", NULL } },
};

/* A reference from a zone, resolved once the whole file is read. */
typedef struct
{
  RecordKind          kind;
  NapeZone           *zone;
  char               *id;
  NapeReferralWeight  weight;
  int                 line;
} Reference;

typedef struct
{
  NapeContentParser  parser;

  NapeAtlas         *atlas;
  AtlasState         state;
  AtlasState         text_parent;

  /* the record being read */
  RecordKind         kind;
  int                record_line;
  char              *id;
  guint              views;
  guint              sides;
  NapeCautionLevel   level;
  char              *fields[MAX_FIELDS];
  GPtrArray         *locate;
  GPtrArray         *sources;

  /* the text element being read; field -1 is a locate step */
  int                field;
  int                locate_line;

  GArray            *references;
  guint              first_reference;
} AtlasParser;

G_DEFINE_FINAL_TYPE (NapeAtlas, nape_atlas, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ZONES,
  PROP_AREAS,
  PROP_TECHNIQUES,
  PROP_CAUTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const reference_names[N_RECORDS] = {
  [RECORD_TECHNIQUE] = "technique",
  [RECORD_CAUTION] = "caution",
  [RECORD_AREA] = "area",
};

static void
clear_reference (gpointer data)
{
  Reference *reference = data;

  g_clear_pointer (&reference->id, g_free);
}

static void
atlas_parser_clear_record (AtlasParser *self)
{
  g_clear_pointer (&self->id, g_free);
  for (guint i = 0; i < MAX_FIELDS; i++)
    g_clear_pointer (&self->fields[i], g_free);
  g_clear_pointer (&self->locate, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  self->views = 0;
  self->sides = 0;
  self->level = NAPE_CAUTION_LEVEL_GENERAL;
}

static void
atlas_parser_clear (AtlasParser *self)
{
  atlas_parser_clear_record (self);
  g_clear_pointer (&self->references, g_array_unref);
  g_clear_object (&self->atlas);
}

static GHashTable *
nape_atlas_get_table (NapeAtlas  *self,
                      RecordKind  kind)
{
  switch (kind)
    {
    case RECORD_TECHNIQUE:
      return self->techniques_by_id;
    case RECORD_CAUTION:
      return self->cautions_by_id;
    case RECORD_AREA:
      return self->areas_by_id;
    case RECORD_ZONE:
      return self->zones_by_id;
    case N_RECORDS:
    default:
      g_assert_not_reached ();
    }
}

static GListStore *
nape_atlas_get_store (NapeAtlas  *self,
                      RecordKind  kind)
{
  switch (kind)
    {
    case RECORD_TECHNIQUE:
      return self->techniques;
    case RECORD_CAUTION:
      return self->cautions;
    case RECORD_AREA:
      return self->areas;
    case RECORD_ZONE:
      return self->zones;
    case N_RECORDS:
    default:
      g_assert_not_reached ();
    }
}

static void
nape_atlas_add (NapeAtlas  *self,
                RecordKind  kind,
                const char *id,
                gpointer    object)
{
  g_list_store_append (nape_atlas_get_store (self, kind), object);
  g_hash_table_insert (nape_atlas_get_table (self, kind), (gpointer) id, object);
}

static gboolean
start_record (AtlasParser  *self,
              RecordKind    kind,
              const char  **attribute_names,
              const char  **attribute_values,
              GError      **error)
{
  const char *element = records[kind].element;
  const char *id = NULL;
  const char *views = NULL;
  const char *sides = NULL;
  const char *level = NULL;
  const NapeContentAttribute technique_attributes[] = {
    { "id", TRUE, &id },
    { NULL },
  };
  const NapeContentAttribute caution_attributes[] = {
    { "id", TRUE, &id },
    { "level", TRUE, &level },
    { NULL },
  };
  const NapeContentAttribute drawn_attributes[] = {
    { "id", TRUE, &id },
    { "views", TRUE, &views },
    { "sides", TRUE, &sides },
    { NULL },
  };
  const NapeContentAttribute *attributes;

  if (kind == RECORD_TECHNIQUE)
    attributes = technique_attributes;
  else if (kind == RECORD_CAUTION)
    attributes = caution_attributes;
  else
    attributes = drawn_attributes;

  atlas_parser_clear_record (self);
  self->kind = kind;
  self->record_line = nape_content_parser_get_line (&self->parser);

  if (!nape_content_parser_collect_attributes (&self->parser, element,
                                               attribute_names, attribute_values,
                                               attributes, error))
    return FALSE;

  if (!nape_content_parser_check_id (&self->parser, element, id, error))
    return FALSE;

  if (g_hash_table_contains (nape_atlas_get_table (self->atlas, kind), id))
    {
      nape_content_parser_set_error (&self->parser, error, self->record_line,
                                     NAPE_CONTENT_ERROR_DUPLICATE_ID,
                                     "duplicate %s id “%s”", element, id);
      return FALSE;
    }

  if (level != NULL)
    {
      int value;

      if (!nape_content_parser_parse_enum (&self->parser, "level", level,
                                           NAPE_TYPE_CAUTION_LEVEL, &value, error))
        return FALSE;
      self->level = value;
    }

  if (views != NULL
      && !nape_content_parser_parse_flags (&self->parser, "views", views,
                                           NAPE_TYPE_VIEW, &self->views, error))
    return FALSE;

  if (sides != NULL
      && !nape_content_parser_parse_flags (&self->parser, "sides", sides,
                                           NAPE_TYPE_SIDE, &self->sides, error))
    return FALSE;

  self->id = g_strdup (id);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->first_reference = self->references->len;
  self->state = STATE_RECORD;

  return TRUE;
}

static gboolean
start_text (AtlasParser  *self,
            const char   *element_name,
            int           field,
            const char  **attribute_names,
            const char  **attribute_values,
            GError      **error)
{
  if (!nape_content_parser_start_text (&self->parser, records[self->kind].element,
                                       element_name, field >= 0 && self->fields[field] != NULL,
                                       attribute_names, attribute_values, error))
    return FALSE;

  self->field = field;
  self->text_parent = self->state;
  self->state = STATE_TEXT;

  return TRUE;
}

static gboolean
add_reference (AtlasParser         *self,
               RecordKind           kind,
               const char          *id,
               NapeReferralWeight   weight,
               GError             **error)
{
  int line = nape_content_parser_get_line (&self->parser);
  Reference reference;

  if (!nape_content_parser_check_id (&self->parser, reference_names[kind], id, error))
    return FALSE;

  for (guint i = self->first_reference; i < self->references->len; i++)
    {
      const Reference *other = &g_array_index (self->references, Reference, i);

      if (other->kind == kind && strcmp (other->id, id) == 0)
        {
          nape_content_parser_set_error (&self->parser, error, line,
                                         NAPE_CONTENT_ERROR_DUPLICATE_ID,
                                         "zone “%s” names %s “%s” twice",
                                         self->id, reference_names[kind], id);
          return FALSE;
        }
    }

  reference.kind = kind;
  reference.zone = NULL;
  reference.id = g_strdup (id);
  reference.weight = weight;
  reference.line = line;
  g_array_append_val (self->references, reference);

  return TRUE;
}

static gboolean
start_zone_child (AtlasParser  *self,
                  const char   *element_name,
                  const char  **attribute_names,
                  const char  **attribute_values,
                  GError      **error)
{
  const char *ref = NULL;
  const char *area = NULL;
  const char *weight = NULL;
  const char *seed = NULL;
  const NapeContentAttribute no_attributes[] = { { NULL } };
  const NapeContentAttribute ref_attributes[] = {
    { "ref", TRUE, &ref },
    { NULL },
  };
  const NapeContentAttribute refers_attributes[] = {
    { "area", TRUE, &area },
    { "weight", TRUE, &weight },
    { NULL },
  };
  const NapeContentAttribute source_attributes[] = {
    { "seed", TRUE, &seed },
    { NULL },
  };

  if (strcmp (element_name, "locate") == 0)
    {
      if (!nape_content_parser_collect_attributes (&self->parser, element_name,
                                                   attribute_names, attribute_values,
                                                   no_attributes, error))
        return FALSE;

      self->locate_line = nape_content_parser_get_line (&self->parser);
      if (self->locate != NULL)
        {
          nape_content_parser_set_error (&self->parser, error, self->locate_line,
                                         NAPE_CONTENT_ERROR_INVALID_VALUE,
                                         "<zone> has more than one <locate>");
          return FALSE;
        }

      self->locate = g_ptr_array_new_with_free_func (g_free);
      self->state = STATE_LOCATE;
      return TRUE;
    }

  if (strcmp (element_name, "technique") == 0 || strcmp (element_name, "caution") == 0)
    {
      RecordKind kind = element_name[0] == 't' ? RECORD_TECHNIQUE : RECORD_CAUTION;

      if (!nape_content_parser_collect_attributes (&self->parser, element_name,
                                                   attribute_names, attribute_values,
                                                   ref_attributes, error)
          || !add_reference (self, kind, ref, NAPE_REFERRAL_WEIGHT_PRIMARY, error))
        return FALSE;
    }
  else if (strcmp (element_name, "refers") == 0)
    {
      int value;

      if (!nape_content_parser_collect_attributes (&self->parser, element_name,
                                                   attribute_names, attribute_values,
                                                   refers_attributes, error)
          || !nape_content_parser_parse_enum (&self->parser, "weight", weight,
                                              NAPE_TYPE_REFERRAL_WEIGHT, &value, error)
          || !add_reference (self, RECORD_AREA, area, value, error))
        return FALSE;
    }
  else if (strcmp (element_name, "source") == 0)
    {
      if (!nape_content_parser_collect_attributes (&self->parser, element_name,
                                                   attribute_names, attribute_values,
                                                   source_attributes, error)
          || !nape_content_parser_check_seed (&self->parser, seed, error))
        return FALSE;

      g_ptr_array_add (self->sources, g_strdup (seed));
    }
  else
    {
      nape_content_parser_unknown_element (&self->parser, element_name, error);
      return FALSE;
    }

  self->state = STATE_LEAF;
  return TRUE;
}

static void
atlas_start_element (GMarkupParseContext  *context,
                     const char           *element_name,
                     const char          **attribute_names,
                     const char          **attribute_values,
                     gpointer              user_data,
                     GError              **error)
{
  AtlasParser *self = user_data;

  switch (self->state)
    {
    case STATE_DOCUMENT:
      if (nape_content_parser_start_root (&self->parser, "atlas", element_name,
                                          attribute_names, attribute_values, error))
        self->state = STATE_ATLAS;
      return;

    case STATE_ATLAS:
      for (guint kind = 0; kind < N_RECORDS; kind++)
        {
          if (strcmp (element_name, records[kind].element) == 0)
            {
              start_record (self, kind, attribute_names, attribute_values, error);
              return;
            }
        }
      break;

    case STATE_RECORD:
      for (int i = 0; records[self->kind].fields[i] != NULL; i++)
        {
          if (strcmp (element_name, records[self->kind].fields[i]) == 0)
            {
              start_text (self, element_name, i, attribute_names, attribute_values, error);
              return;
            }
        }
      if (self->kind == RECORD_ZONE)
        {
          start_zone_child (self, element_name, attribute_names, attribute_values, error);
          return;
        }
      break;

    case STATE_LOCATE:
      if (strcmp (element_name, "step") == 0)
        {
          start_text (self, element_name, -1, attribute_names, attribute_values, error);
          return;
        }
      break;

    case STATE_TEXT:
    case STATE_LEAF:
    case STATE_END:
    default:
      break;
    }

  nape_content_parser_unknown_element (&self->parser, element_name, error);
}

static gboolean
end_text (AtlasParser  *self,
          const char   *element_name,
          GError      **error)
{
  /* Latin names are not translated. */
  gboolean plain = self->kind == RECORD_ZONE && self->field == LATIN_FIELD;
  g_autofree char *text = nape_content_parser_end_text (&self->parser, element_name,
                                                        plain, error);

  if (text == NULL)
    return FALSE;

  if (self->field >= 0)
    self->fields[self->field] = g_steal_pointer (&text);
  else
    g_ptr_array_add (self->locate, g_steal_pointer (&text));

  self->state = self->text_parent;
  return TRUE;
}

static gboolean
end_record (AtlasParser  *self,
            GError      **error)
{
  const char *element = records[self->kind].element;
  const char *missing = NULL;
  gboolean has_technique = FALSE;
  gboolean has_area = FALSE;
  g_autoptr(GObject) object = NULL;

  for (guint i = 0; records[self->kind].fields[i] != NULL && missing == NULL; i++)
    {
      if (self->fields[i] == NULL)
        missing = records[self->kind].fields[i];
    }

  if (self->kind == RECORD_ZONE && missing == NULL)
    {
      for (guint i = self->first_reference; i < self->references->len; i++)
        {
          const Reference *reference = &g_array_index (self->references, Reference, i);

          has_technique |= reference->kind == RECORD_TECHNIQUE;
          has_area |= reference->kind == RECORD_AREA;
        }

      if (self->locate == NULL)
        missing = "locate";
      else if (!has_technique)
        missing = "technique";
      else if (!has_area)
        missing = "refers";
      else if (self->sources->len == 0)
        missing = "source";
    }

  if (missing != NULL)
    {
      nape_content_parser_set_error (&self->parser, error, self->record_line,
                                     NAPE_CONTENT_ERROR_MISSING,
                                     "<%s> is missing <%s>", element, missing);
      return FALSE;
    }

  switch (self->kind)
    {
    case RECORD_TECHNIQUE:
      object = G_OBJECT (nape_technique_new (self->id, self->fields[0], self->fields[1],
                                             self->fields[2], self->fields[3]));
      nape_atlas_add (self->atlas, self->kind,
                      nape_technique_get_id (NAPE_TECHNIQUE (object)), object);
      break;

    case RECORD_CAUTION:
      object = G_OBJECT (nape_caution_new (self->id, self->level,
                                           self->fields[0], self->fields[1]));
      nape_atlas_add (self->atlas, self->kind,
                      nape_caution_get_id (NAPE_CAUTION (object)), object);
      break;

    case RECORD_AREA:
      object = G_OBJECT (nape_area_new (self->id, self->fields[0],
                                        self->views, self->sides));
      nape_atlas_add (self->atlas, self->kind,
                      nape_area_get_id (NAPE_AREA (object)), object);
      break;

    case RECORD_ZONE:
      g_ptr_array_add (self->locate, NULL);
      g_ptr_array_add (self->sources, NULL);
      object = G_OBJECT (nape_zone_new (self->id, self->fields[0], self->fields[1],
                                        self->fields[2], self->fields[3],
                                        (const char * const *) self->locate->pdata,
                                        (const char * const *) self->sources->pdata,
                                        self->views, self->sides));
      nape_atlas_add (self->atlas, self->kind,
                      nape_zone_get_id (NAPE_ZONE (object)), object);

      /* The atlas keeps the zone alive for the references. */
      for (guint i = self->first_reference; i < self->references->len; i++)
        g_array_index (self->references, Reference, i).zone = NAPE_ZONE (object);
      break;

    case N_RECORDS:
    default:
      g_assert_not_reached ();
    }

  atlas_parser_clear_record (self);
  self->state = STATE_ATLAS;

  return TRUE;
}

static void
atlas_end_element (GMarkupParseContext  *context,
                   const char           *element_name,
                   gpointer              user_data,
                   GError              **error)
{
  AtlasParser *self = user_data;

  switch (self->state)
    {
    case STATE_TEXT:
      end_text (self, element_name, error);
      break;

    case STATE_LEAF:
      self->state = STATE_RECORD;
      break;

    case STATE_LOCATE:
      if (self->locate->len == 0)
        nape_content_parser_set_error (&self->parser, error, self->locate_line,
                                       NAPE_CONTENT_ERROR_MISSING,
                                       "<locate> has no <step>");
      self->state = STATE_RECORD;
      break;

    case STATE_RECORD:
      end_record (self, error);
      break;

    case STATE_ATLAS:
      self->state = STATE_END;
      break;

    case STATE_DOCUMENT:
    case STATE_END:
    default:
      g_assert_not_reached ();
    }
}

static void
atlas_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 text_len,
            gpointer              user_data,
            GError              **error)
{
  AtlasParser *self = user_data;

  nape_content_parser_add_text (&self->parser, self->state == STATE_TEXT,
                                text, text_len, error);
}

static const GMarkupParser atlas_markup = {
  atlas_start_element,
  atlas_end_element,
  atlas_text,
  NULL,
  NULL,
};

static gboolean
resolve_references (AtlasParser  *self,
                    GError      **error)
{
  for (guint i = 0; i < self->references->len; i++)
    {
      const Reference *reference = &g_array_index (self->references, Reference, i);
      gpointer object = g_hash_table_lookup (nape_atlas_get_table (self->atlas, reference->kind),
                                             reference->id);

      if (object == NULL)
        {
          nape_content_parser_set_error (&self->parser, error, reference->line,
                                         NAPE_CONTENT_ERROR_UNKNOWN_ID,
                                         "zone “%s” names unknown %s “%s”",
                                         nape_zone_get_id (reference->zone),
                                         reference_names[reference->kind],
                                         reference->id);
          return FALSE;
        }

      switch (reference->kind)
        {
        case RECORD_TECHNIQUE:
          nape_zone_add_technique (reference->zone, object);
          break;

        case RECORD_CAUTION:
          nape_zone_add_caution (reference->zone, object);
          break;

        case RECORD_AREA:
          nape_zone_add_referral (reference->zone, object, reference->weight);
          break;

        case RECORD_ZONE:
        case N_RECORDS:
        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static void
nape_atlas_dispose (GObject *object)
{
  NapeAtlas *self = (NapeAtlas *) object;

  g_clear_pointer (&self->zones_by_id, g_hash_table_unref);
  g_clear_pointer (&self->areas_by_id, g_hash_table_unref);
  g_clear_pointer (&self->techniques_by_id, g_hash_table_unref);
  g_clear_pointer (&self->cautions_by_id, g_hash_table_unref);
  g_clear_object (&self->zones);
  g_clear_object (&self->areas);
  g_clear_object (&self->techniques);
  g_clear_object (&self->cautions);

  G_OBJECT_CLASS (nape_atlas_parent_class)->dispose (object);
}

static void
nape_atlas_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  NapeAtlas *self = NAPE_ATLAS (object);

  switch (prop_id)
    {
    case PROP_ZONES:
      g_value_set_object (value, nape_atlas_get_zones (self));
      break;

    case PROP_AREAS:
      g_value_set_object (value, nape_atlas_get_areas (self));
      break;

    case PROP_TECHNIQUES:
      g_value_set_object (value, nape_atlas_get_techniques (self));
      break;

    case PROP_CAUTIONS:
      g_value_set_object (value, nape_atlas_get_cautions (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_atlas_class_init (NapeAtlasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nape_atlas_dispose;
  object_class->get_property = nape_atlas_get_property;

  properties[PROP_ZONES] =
    g_param_spec_object ("zones", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREAS] =
    g_param_spec_object ("areas", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TECHNIQUES] =
    g_param_spec_object ("techniques", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAUTIONS] =
    g_param_spec_object ("cautions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_atlas_init (NapeAtlas *self)
{
  self->zones = g_list_store_new (NAPE_TYPE_ZONE);
  self->areas = g_list_store_new (NAPE_TYPE_AREA);
  self->techniques = g_list_store_new (NAPE_TYPE_TECHNIQUE);
  self->cautions = g_list_store_new (NAPE_TYPE_CAUTION);
  self->zones_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->areas_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->techniques_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->cautions_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

NapeAtlas *
nape_atlas_new_from_bytes (GBytes      *xml,
                           const char  *filename,
                           GError     **error)
{
  AtlasParser parser = { 0 };
  NapeAtlas *atlas = NULL;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser.atlas = g_object_new (NAPE_TYPE_ATLAS, NULL);
  parser.state = STATE_DOCUMENT;
  parser.references = g_array_new (FALSE, FALSE, sizeof (Reference));
  g_array_set_clear_func (parser.references, clear_reference);

  if (nape_content_parser_run (&parser.parser, &atlas_markup, xml, filename, error)
      && resolve_references (&parser, error))
    atlas = g_steal_pointer (&parser.atlas);

  atlas_parser_clear (&parser);

  return atlas;
}

NapeAtlas *
nape_atlas_new_from_resource (const char  *resource_path,
                              GError     **error)
{
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *filename = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  xml = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (xml == NULL)
    return NULL;

  filename = g_path_get_basename (resource_path);
  return nape_atlas_new_from_bytes (xml, filename, error);
}

NapeZone *
nape_atlas_get_zone (NapeAtlas  *self,
                     const char *id)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->zones_by_id, id);
}

NapeArea *
nape_atlas_get_area (NapeAtlas  *self,
                     const char *id)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->areas_by_id, id);
}

NapeTechnique *
nape_atlas_get_technique (NapeAtlas  *self,
                          const char *id)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->techniques_by_id, id);
}

NapeCaution *
nape_atlas_get_caution (NapeAtlas  *self,
                        const char *id)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->cautions_by_id, id);
}

GListModel *
nape_atlas_get_zones (NapeAtlas *self)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);

  return G_LIST_MODEL (self->zones);
}

GListModel *
nape_atlas_get_areas (NapeAtlas *self)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);

  return G_LIST_MODEL (self->areas);
}

GListModel *
nape_atlas_get_techniques (NapeAtlas *self)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);

  return G_LIST_MODEL (self->techniques);
}

GListModel *
nape_atlas_get_cautions (NapeAtlas *self)
{
  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);

  return G_LIST_MODEL (self->cautions);
}

GListModel *
nape_atlas_zones_for_area (NapeAtlas  *self,
                           const char *area_id)
{
  static const NapeReferralWeight ranking[] = {
    NAPE_REFERRAL_WEIGHT_PRIMARY,
    NAPE_REFERRAL_WEIGHT_SECONDARY,
  };
  GListStore *zones;
  guint n_zones;

  g_return_val_if_fail (NAPE_IS_ATLAS (self), NULL);
  g_return_val_if_fail (area_id != NULL, NULL);

  zones = g_list_store_new (NAPE_TYPE_ZONE);
  n_zones = g_list_model_get_n_items (G_LIST_MODEL (self->zones));

  for (guint rank = 0; rank < G_N_ELEMENTS (ranking); rank++)
    {
      for (guint i = 0; i < n_zones; i++)
        {
          g_autoptr(NapeZone) zone = g_list_model_get_item (G_LIST_MODEL (self->zones), i);
          NapeReferralWeight weight;

          if (nape_zone_get_referral_weight (zone, area_id, &weight)
              && weight == ranking[rank])
            g_list_store_append (zones, zone);
        }
    }

  return G_LIST_MODEL (zones);
}
