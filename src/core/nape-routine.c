/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routine.c — a guided routine, and the loader of the built-in ones from routines.xml */

#define G_LOG_DOMAIN "nape-routine"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-content-parser.h"
#include "nape-routine.h"
#include "nape-routine-step-private.h"

struct _NapeRoutine
{
  GObject           parent_instance;

  char             *id;
  char             *name;
  char             *description;
  NapeRoutineFit    fits;
  NapeRoutineFocus  focus;
  GListStore       *steps;
  GStrv             sources;
  /* built-in routines keep msgids and translate on the way out */
  gboolean          translatable;
};

typedef enum
{
  STATE_DOCUMENT,
  STATE_ROUTINES,
  STATE_ROUTINE,
  STATE_STEP,
  STATE_TEXT,
  STATE_LEAF,
  STATE_END,
} RoutinesState;

typedef struct
{
  NapeContentParser  parser;

  NapeAtlas         *atlas;
  GListStore        *routines;
  GHashTable        *ids;
  RoutinesState      state;
  RoutinesState      text_parent;

  /* the routine being read */
  int                routine_line;
  char              *id;
  guint              fits;
  NapeRoutineFocus   focus;
  char              *name;
  char              *description;
  GPtrArray         *steps;
  GPtrArray         *sources;

  /* the step being read */
  int                step_line;
  char              *zone_id;
  char              *technique_id;
  guint              sides;
  int                seconds;
  int                reps;
  double             rep_seconds;
  int                intensity;
  char              *instruction;

  /* where the text element being read goes */
  char             **text_target;
} RoutinesParser;

G_DEFINE_FINAL_TYPE (NapeRoutine, nape_routine, G_TYPE_OBJECT)

G_DEFINE_FLAGS_TYPE (NapeRoutineFit, nape_routine_fit,
                     G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FIT_FIRST_SIGNS, "first-signs"),
                     G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FIT_DURING, "during"),
                     G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FIT_AFTER, "after"),
                     G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FIT_DAILY, "daily"))

G_DEFINE_ENUM_TYPE (NapeRoutineFocus, nape_routine_focus,
                    G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FOCUS_BACK_OF_HEAD, "back-of-head"),
                    G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FOCUS_MIGRAINE, "migraine"),
                    G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FOCUS_NECK, "neck"),
                    G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FOCUS_JAW, "jaw"),
                    G_DEFINE_ENUM_VALUE (NAPE_ROUTINE_FOCUS_MASSAGER, "massager"))

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_FITS,
  PROP_FOCUS,
  PROP_STEPS,
  PROP_SOURCES,
  PROP_TOTAL_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Upper bounds that catch typos such as an extra zero. */
#define MAX_STEP_SECONDS 3600
#define MAX_STEP_REPS 1000
#define MAX_REP_SECONDS 600.0

static void
routines_parser_clear_step (RoutinesParser *self)
{
  g_clear_pointer (&self->zone_id, g_free);
  g_clear_pointer (&self->technique_id, g_free);
  g_clear_pointer (&self->instruction, g_free);
  self->sides = 0;
  self->seconds = 0;
  self->reps = 0;
  self->rep_seconds = 0;
  self->intensity = NAPE_ROUTINE_STEP_NO_INTENSITY;
}

static void
routines_parser_clear_routine (RoutinesParser *self)
{
  routines_parser_clear_step (self);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  self->fits = 0;
  self->focus = NAPE_ROUTINE_FOCUS_BACK_OF_HEAD;
}

static void
routines_parser_clear (RoutinesParser *self)
{
  routines_parser_clear_routine (self);
  g_clear_object (&self->routines);
  g_clear_pointer (&self->ids, g_hash_table_unref);
}

static gboolean
start_routine (RoutinesParser  *self,
               const char     **attribute_names,
               const char     **attribute_values,
               GError         **error)
{
  const char *id = NULL;
  const char *fits = NULL;
  const char *focus = NULL;
  const NapeContentAttribute attributes[] = {
    { "id", TRUE, &id },
    { "fits", TRUE, &fits },
    { "focus", TRUE, &focus },
    { NULL },
  };
  int value;

  routines_parser_clear_routine (self);
  self->routine_line = nape_content_parser_get_line (&self->parser);

  if (!nape_content_parser_collect_attributes (&self->parser, "routine",
                                               attribute_names, attribute_values,
                                               attributes, error)
      || !nape_content_parser_check_id (&self->parser, "routine", id, error))
    return FALSE;

  if (g_hash_table_contains (self->ids, id))
    {
      nape_content_parser_set_error (&self->parser, error, self->routine_line,
                                     NAPE_CONTENT_ERROR_DUPLICATE_ID,
                                     "duplicate routine id “%s”", id);
      return FALSE;
    }

  if (!nape_content_parser_parse_flags (&self->parser, "fits", fits,
                                        NAPE_TYPE_ROUTINE_FIT, &self->fits, error)
      || !nape_content_parser_parse_enum (&self->parser, "focus", focus,
                                          NAPE_TYPE_ROUTINE_FOCUS, &value, error))
    return FALSE;

  self->focus = value;
  self->id = g_strdup (id);
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  self->sources = g_ptr_array_new_with_free_func (g_free);
  self->state = STATE_ROUTINE;

  return TRUE;
}

static gboolean
start_step (RoutinesParser  *self,
            const char     **attribute_names,
            const char     **attribute_values,
            GError         **error)
{
  const char *zone_id = NULL;
  const char *technique_id = NULL;
  const char *sides = NULL;
  const char *seconds = NULL;
  const char *reps = NULL;
  const char *rep_seconds = NULL;
  const char *intensity = NULL;
  const NapeContentAttribute attributes[] = {
    { "zone", TRUE, &zone_id },
    { "technique", TRUE, &technique_id },
    { "sides", FALSE, &sides },
    { "seconds", FALSE, &seconds },
    { "reps", FALSE, &reps },
    { "rep-seconds", FALSE, &rep_seconds },
    { "intensity", FALSE, &intensity },
    { NULL },
  };
  NapeZone *zone;
  int line;

  routines_parser_clear_step (self);
  line = self->step_line = nape_content_parser_get_line (&self->parser);

  if (!nape_content_parser_collect_attributes (&self->parser, "step",
                                               attribute_names, attribute_values,
                                               attributes, error))
    return FALSE;

  zone = nape_atlas_get_zone (self->atlas, zone_id);
  if (zone == NULL)
    {
      nape_content_parser_set_error (&self->parser, error, line,
                                     NAPE_CONTENT_ERROR_UNKNOWN_ID,
                                     "step names unknown zone “%s”", zone_id);
      return FALSE;
    }

  if (nape_atlas_get_technique (self->atlas, technique_id) == NULL)
    {
      nape_content_parser_set_error (&self->parser, error, line,
                                     NAPE_CONTENT_ERROR_UNKNOWN_ID,
                                     "step names unknown technique “%s”", technique_id);
      return FALSE;
    }

  if (sides != NULL)
    {
      NapeSide missing;

      if (!nape_content_parser_parse_flags (&self->parser, "sides", sides,
                                            NAPE_TYPE_SIDE, &self->sides, error))
        return FALSE;

      if ((self->sides & NAPE_SIDE_CENTER) != 0)
        {
          nape_content_parser_set_error (&self->parser, error, line,
                                         NAPE_CONTENT_ERROR_INVALID_VALUE,
                                         "step sides may only be left and right");
          return FALSE;
        }

      missing = self->sides & ~nape_zone_get_sides (zone);
      if (missing != 0)
        {
          nape_content_parser_set_error (&self->parser, error, line,
                                         NAPE_CONTENT_ERROR_INVALID_VALUE,
                                         "zone “%s” has no %s side", zone_id,
                                         (missing & NAPE_SIDE_LEFT) ? "left" : "right");
          return FALSE;
        }
    }

  if (seconds != NULL
      && !nape_content_parser_parse_int (&self->parser, "seconds", seconds,
                                         1, MAX_STEP_SECONDS, &self->seconds, error))
    return FALSE;

  if (reps != NULL
      && !nape_content_parser_parse_int (&self->parser, "reps", reps,
                                         1, MAX_STEP_REPS, &self->reps, error))
    return FALSE;

  if (rep_seconds != NULL)
    {
      if (reps == NULL)
        {
          nape_content_parser_set_error (&self->parser, error, line,
                                         NAPE_CONTENT_ERROR_MISSING,
                                         "step has rep-seconds but no reps");
          return FALSE;
        }

      if (!nape_content_parser_parse_positive (&self->parser, "rep-seconds", rep_seconds,
                                               MAX_REP_SECONDS, &self->rep_seconds, error))
        return FALSE;
    }

  if (intensity != NULL
      && !nape_content_parser_parse_int (&self->parser, "intensity", intensity,
                                         0, 100, &self->intensity, error))
    return FALSE;

  if (seconds == NULL && reps == NULL)
    {
      nape_content_parser_set_error (&self->parser, error, line,
                                     NAPE_CONTENT_ERROR_MISSING,
                                     "step has neither seconds nor reps");
      return FALSE;
    }

  self->zone_id = g_strdup (zone_id);
  self->technique_id = g_strdup (technique_id);
  self->state = STATE_STEP;

  return TRUE;
}

static gboolean
start_text (RoutinesParser  *self,
            const char      *parent_name,
            const char      *element_name,
            char           **target,
            const char     **attribute_names,
            const char     **attribute_values,
            GError         **error)
{
  if (!nape_content_parser_start_text (&self->parser, parent_name, element_name,
                                       *target != NULL,
                                       attribute_names, attribute_values, error))
    return FALSE;

  self->text_target = target;
  self->text_parent = self->state;
  self->state = STATE_TEXT;

  return TRUE;
}

static gboolean
start_source (RoutinesParser  *self,
              const char     **attribute_names,
              const char     **attribute_values,
              GError         **error)
{
  const char *seed = NULL;
  const NapeContentAttribute attributes[] = {
    { "seed", TRUE, &seed },
    { NULL },
  };

  if (!nape_content_parser_collect_attributes (&self->parser, "source",
                                               attribute_names, attribute_values,
                                               attributes, error)
      || !nape_content_parser_check_seed (&self->parser, seed, error))
    return FALSE;

  g_ptr_array_add (self->sources, g_strdup (seed));
  self->state = STATE_LEAF;

  return TRUE;
}

static void
routines_start_element (GMarkupParseContext  *context,
                        const char           *element_name,
                        const char          **attribute_names,
                        const char          **attribute_values,
                        gpointer              user_data,
                        GError              **error)
{
  RoutinesParser *self = user_data;

  switch (self->state)
    {
    case STATE_DOCUMENT:
      if (nape_content_parser_start_root (&self->parser, "routines", element_name,
                                          attribute_names, attribute_values, error))
        self->state = STATE_ROUTINES;
      return;

    case STATE_ROUTINES:
      if (strcmp (element_name, "routine") == 0)
        {
          start_routine (self, attribute_names, attribute_values, error);
          return;
        }
      break;

    case STATE_ROUTINE:
      if (strcmp (element_name, "name") == 0)
        {
          start_text (self, "routine", element_name, &self->name,
                      attribute_names, attribute_values, error);
          return;
        }
      if (strcmp (element_name, "description") == 0)
        {
          start_text (self, "routine", element_name, &self->description,
                      attribute_names, attribute_values, error);
          return;
        }
      if (strcmp (element_name, "step") == 0)
        {
          start_step (self, attribute_names, attribute_values, error);
          return;
        }
      if (strcmp (element_name, "source") == 0)
        {
          start_source (self, attribute_names, attribute_values, error);
          return;
        }
      break;

    case STATE_STEP:
      if (strcmp (element_name, "instruction") == 0)
        {
          start_text (self, "step", element_name, &self->instruction,
                      attribute_names, attribute_values, error);
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
end_text (RoutinesParser  *self,
          const char      *element_name,
          GError         **error)
{
  char *text = nape_content_parser_end_text (&self->parser, element_name, FALSE, error);

  if (text == NULL)
    return FALSE;

  *self->text_target = text;
  self->text_target = NULL;
  self->state = self->text_parent;

  return TRUE;
}

static gboolean
end_step (RoutinesParser  *self,
          GError         **error)
{
  NapeRoutineStep *step;

  if (self->instruction == NULL)
    {
      nape_content_parser_set_error (&self->parser, error, self->step_line,
                                     NAPE_CONTENT_ERROR_MISSING,
                                     "<step> is missing <instruction>");
      return FALSE;
    }

  step = nape_routine_step_new (self->zone_id, self->technique_id, self->sides,
                                self->seconds, self->reps, self->rep_seconds,
                                self->intensity, self->instruction);
  nape_routine_step_set_translatable (step);
  g_ptr_array_add (self->steps, step);

  routines_parser_clear_step (self);
  self->state = STATE_ROUTINE;

  return TRUE;
}

static gboolean
end_routine (RoutinesParser  *self,
             GError         **error)
{
  g_autoptr(NapeRoutine) routine = NULL;
  const char *missing = NULL;

  if (self->name == NULL)
    missing = "name";
  else if (self->description == NULL)
    missing = "description";
  else if (self->steps->len == 0)
    missing = "step";

  if (missing != NULL)
    {
      nape_content_parser_set_error (&self->parser, error, self->routine_line,
                                     NAPE_CONTENT_ERROR_MISSING,
                                     "<routine> is missing <%s>", missing);
      return FALSE;
    }

  routine = nape_routine_new (self->id, self->name, self->description,
                              self->fits, self->focus);
  routine->translatable = TRUE;
  g_ptr_array_add (self->sources, NULL);
  g_strfreev (routine->sources);
  routine->sources = g_strdupv ((char **) self->sources->pdata);
  for (guint i = 0; i < self->steps->len; i++)
    g_list_store_append (routine->steps, g_ptr_array_index (self->steps, i));

  g_hash_table_add (self->ids, g_strdup (self->id));
  g_list_store_append (self->routines, routine);

  routines_parser_clear_routine (self);
  self->state = STATE_ROUTINES;

  return TRUE;
}

static void
routines_end_element (GMarkupParseContext  *context,
                      const char           *element_name,
                      gpointer              user_data,
                      GError              **error)
{
  RoutinesParser *self = user_data;

  switch (self->state)
    {
    case STATE_TEXT:
      end_text (self, element_name, error);
      break;

    case STATE_LEAF:
      self->state = STATE_ROUTINE;
      break;

    case STATE_STEP:
      end_step (self, error);
      break;

    case STATE_ROUTINE:
      end_routine (self, error);
      break;

    case STATE_ROUTINES:
      self->state = STATE_END;
      break;

    case STATE_DOCUMENT:
    case STATE_END:
    default:
      g_assert_not_reached ();
    }
}

static void
routines_text (GMarkupParseContext  *context,
               const char           *text,
               gsize                 text_len,
               gpointer              user_data,
               GError              **error)
{
  RoutinesParser *self = user_data;

  nape_content_parser_add_text (&self->parser, self->state == STATE_TEXT,
                                text, text_len, error);
}

static const GMarkupParser routines_markup = {
  routines_start_element,
  routines_end_element,
  routines_text,
  NULL,
  NULL,
};

static void
nape_routine_dispose (GObject *object)
{
  NapeRoutine *self = (NapeRoutine *) object;

  g_clear_object (&self->steps);

  G_OBJECT_CLASS (nape_routine_parent_class)->dispose (object);
}

static void
nape_routine_finalize (GObject *object)
{
  NapeRoutine *self = (NapeRoutine *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->sources, g_strfreev);

  G_OBJECT_CLASS (nape_routine_parent_class)->finalize (object);
}

static void
nape_routine_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  NapeRoutine *self = NAPE_ROUTINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, nape_routine_get_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, nape_routine_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, nape_routine_get_description (self));
      break;

    case PROP_FITS:
      g_value_set_flags (value, nape_routine_get_fits (self));
      break;

    case PROP_FOCUS:
      g_value_set_enum (value, nape_routine_get_focus (self));
      break;

    case PROP_STEPS:
      g_value_set_object (value, nape_routine_get_steps (self));
      break;

    case PROP_SOURCES:
      g_value_set_boxed (value, nape_routine_get_sources (self));
      break;

    case PROP_TOTAL_SECONDS:
      g_value_set_uint (value, nape_routine_get_total_seconds (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_routine_class_init (NapeRoutineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = nape_routine_dispose;
  object_class->finalize = nape_routine_finalize;
  object_class->get_property = nape_routine_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FITS] =
    g_param_spec_flags ("fits", NULL, NULL, NAPE_TYPE_ROUTINE_FIT, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS] =
    g_param_spec_enum ("focus", NULL, NULL,
                       NAPE_TYPE_ROUTINE_FOCUS, NAPE_ROUTINE_FOCUS_BACK_OF_HEAD,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STEPS] =
    g_param_spec_object ("steps", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL_SECONDS] =
    g_param_spec_uint ("total-seconds", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
nape_routine_init (NapeRoutine *self)
{
  self->steps = g_list_store_new (NAPE_TYPE_ROUTINE_STEP);
  self->sources = g_new0 (char *, 1);
}

GListModel *
nape_routine_list_new_from_bytes (GBytes     *xml,
                                  const char *filename,
                                  NapeAtlas  *atlas,
                                  GError    **error)
{
  RoutinesParser parser = { 0 };
  GListModel *routines = NULL;

  g_return_val_if_fail (xml != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (NAPE_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parser.atlas = atlas;
  parser.routines = g_list_store_new (NAPE_TYPE_ROUTINE);
  parser.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.state = STATE_DOCUMENT;
  parser.intensity = NAPE_ROUTINE_STEP_NO_INTENSITY;

  if (nape_content_parser_run (&parser.parser, &routines_markup, xml, filename, error))
    routines = G_LIST_MODEL (g_steal_pointer (&parser.routines));

  routines_parser_clear (&parser);

  return routines;
}

GListModel *
nape_routine_list_new_from_resource (const char  *resource_path,
                                     NapeAtlas   *atlas,
                                     GError     **error)
{
  g_autoptr(GBytes) xml = NULL;
  g_autofree char *filename = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (NAPE_IS_ATLAS (atlas), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  xml = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (xml == NULL)
    return NULL;

  filename = g_path_get_basename (resource_path);
  return nape_routine_list_new_from_bytes (xml, filename, atlas, error);
}

NapeRoutine *
nape_routine_new (const char       *id,
                  const char       *name,
                  const char       *description,
                  NapeRoutineFit    fits,
                  NapeRoutineFocus  focus)
{
  NapeRoutine *self;

  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (nape_content_nick_from_value (NAPE_TYPE_ROUTINE_FOCUS, focus) != NULL, NULL);

  self = g_object_new (NAPE_TYPE_ROUTINE, NULL);
  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->description = g_strdup (description);
  self->fits = fits;
  self->focus = focus;

  return self;
}

void
nape_routine_append_step (NapeRoutine     *self,
                          NapeRoutineStep *step)
{
  g_return_if_fail (NAPE_IS_ROUTINE (self));
  g_return_if_fail (NAPE_IS_ROUTINE_STEP (step));

  g_list_store_append (self->steps, step);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_SECONDS]);
}

NapeRoutine *
nape_routine_duplicate (NapeRoutine *self,
                        const char  *id,
                        const char  *name)
{
  NapeRoutine *copy;
  guint n_steps;

  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);
  g_return_val_if_fail (id != NULL && id[0] != '\0', NULL);
  g_return_val_if_fail (name != NULL, NULL);

  copy = nape_routine_new (id, name, nape_routine_get_description (self),
                           self->fits, self->focus);

  n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);
      g_autoptr(NapeRoutineStep) step_copy =
        nape_routine_step_new (nape_routine_step_get_zone_id (step),
                               nape_routine_step_get_technique_id (step),
                               nape_routine_step_get_sides (step),
                               nape_routine_step_get_seconds (step),
                               nape_routine_step_get_reps (step),
                               nape_routine_step_get_rep_seconds (step),
                               nape_routine_step_get_intensity (step),
                               nape_routine_step_get_instruction (step));

      g_list_store_append (copy->steps, step_copy);
    }

  return copy;
}

const char *
nape_routine_fit_to_string (NapeRoutineFit fit)
{
  return nape_content_nick_from_value (NAPE_TYPE_ROUTINE_FIT, fit);
}

NapeRoutineFit
nape_routine_fit_from_string (const char *string)
{
  int fit = 0;

  g_return_val_if_fail (string != NULL, 0);

  nape_content_value_from_nick (NAPE_TYPE_ROUTINE_FIT, string, &fit);
  return fit;
}

const char *
nape_routine_focus_to_string (NapeRoutineFocus focus)
{
  const char *nick = nape_content_nick_from_value (NAPE_TYPE_ROUTINE_FOCUS, focus);

  g_return_val_if_fail (nick != NULL, NULL);

  return nick;
}

gboolean
nape_routine_focus_from_string (const char       *string,
                                NapeRoutineFocus *focus)
{
  int result;

  g_return_val_if_fail (string != NULL, FALSE);

  if (!nape_content_value_from_nick (NAPE_TYPE_ROUTINE_FOCUS, string, &result))
    return FALSE;

  if (focus != NULL)
    *focus = result;

  return TRUE;
}

const char *
nape_routine_get_id (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  return self->id;
}

const char *
nape_routine_get_name (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  return self->translatable ? nape_content_translate (self->name) : self->name;
}

const char *
nape_routine_get_description (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  if (self->translatable && self->description != NULL)
    return nape_content_translate (self->description);

  return self->description;
}

NapeRoutineFit
nape_routine_get_fits (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), 0);

  return self->fits;
}

NapeRoutineFocus
nape_routine_get_focus (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NAPE_ROUTINE_FOCUS_BACK_OF_HEAD);

  return self->focus;
}

GListModel *
nape_routine_get_steps (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  return G_LIST_MODEL (self->steps);
}

const char * const *
nape_routine_get_sources (NapeRoutine *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  return (const char * const *) self->sources;
}

/**
 * nape_routine_describe_length:
 * @self: a #NapeRoutine
 *
 * Returns: (transfer full): how long the routine takes and how many steps it has, in
 *   words, e.g. "About 12 minutes · 8 steps"; at least one minute
 */
char *
nape_routine_describe_length (NapeRoutine *self)
{
  guint minutes, n_steps;
  g_autofree char *length = NULL;
  g_autofree char *steps = NULL;

  g_return_val_if_fail (NAPE_IS_ROUTINE (self), NULL);

  minutes = MAX (1, (nape_routine_get_total_seconds (self) + 30) / 60);
  n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  length = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "About %u minute", "About %u minutes",
                                         minutes),
                            minutes);
  steps = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", n_steps),
                           n_steps);

  /* Translators: a routine's length, then its number of steps */
  return g_strdup_printf (_("%s · %s"), length, steps);
}

/**
 * nape_routine_uses_zone:
 * @self: a #NapeRoutine
 * @zone_id: an atlas zone id
 *
 * Returns: %TRUE if a step of the routine works on the zone
 */
gboolean
nape_routine_uses_zone (NapeRoutine *self,
                        const char  *zone_id)
{
  guint n_steps;

  g_return_val_if_fail (NAPE_IS_ROUTINE (self), FALSE);
  g_return_val_if_fail (zone_id != NULL, FALSE);

  n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      if (g_str_equal (nape_routine_step_get_zone_id (step), zone_id))
        return TRUE;
    }

  return FALSE;
}

guint
nape_routine_get_total_seconds (NapeRoutine *self)
{
  guint n_steps;
  guint total = 0;

  g_return_val_if_fail (NAPE_IS_ROUTINE (self), 0);

  n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (G_LIST_MODEL (self->steps), i);

      total += nape_routine_step_get_total_seconds (step);
    }

  return total;
}
