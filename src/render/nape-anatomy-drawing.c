/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-anatomy-drawing.c: one view of the head and neck, loaded with librsvg, and the
 * zone, area and avoid ids it draws; the three views of the app's resources are loaded
 * once and shared. */

#define G_LOG_DOMAIN "nape-anatomy-drawing"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "nape-anatomy-drawing.h"

struct _NapeAnatomyDrawing
{
  GObject     parent_instance;

  RsvgHandle *handle;
  GStrv       ids;
};

G_DEFINE_FINAL_TYPE (NapeAnatomyDrawing, nape_anatomy_drawing, G_TYPE_OBJECT)

#define N_VIEWS 3

static const struct
{
  NapeView    view;
  const char *resource;
  const char *description;
} view_info[N_VIEWS] = {
  { NAPE_VIEW_BACK, "/io/github/nape/Nape/anatomy/back.svg", N_("The head and neck from behind") },
  { NAPE_VIEW_SIDE, "/io/github/nape/Nape/anatomy/side.svg", N_("The right side of the head and neck") },
  { NAPE_VIEW_FRONT, "/io/github/nape/Nape/anatomy/front.svg", N_("The head and neck from the front") },
};

/* The drawings loaded so far, one per view, kept until the process exits. */
static NapeAnatomyDrawing *view_drawings[N_VIEWS];
G_LOCK_DEFINE_STATIC (view_drawings);

static int
view_index (NapeView view)
{
  for (int i = 0; i < N_VIEWS; i++)
    {
      if (view_info[i].view == view)
        return i;
    }

  return -1;
}

static gboolean
is_anatomy_id (const char *id)
{
  return g_str_has_prefix (id, "zone-") || g_str_has_prefix (id, "area-")
         || g_str_has_prefix (id, "avoid-");
}

static void
collect_id_start_element (GMarkupParseContext  *context,
                          const char           *element_name,
                          const char          **attribute_names,
                          const char          **attribute_values,
                          gpointer              user_data,
                          GError              **error)
{
  GStrvBuilder *builder = user_data;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (g_str_equal (attribute_names[i], "id") && is_anatomy_id (attribute_values[i]))
        g_strv_builder_add (builder, attribute_values[i]);
    }
}

static GStrv
collect_ids (GBytes      *svg,
             const char  *filename,
             GError     **error)
{
  static const GMarkupParser parser = { collect_id_start_element, NULL, NULL, NULL, NULL };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize len;
  const char *data = g_bytes_get_data (svg, &len);

  context = g_markup_parse_context_new (&parser, G_MARKUP_IGNORE_QUALIFIED, builder, NULL);
  if (!g_markup_parse_context_parse (context, data, len, error)
      || !g_markup_parse_context_end_parse (context, error))
    {
      g_prefix_error (error, "%s: ", filename);
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static void
nape_anatomy_drawing_finalize (GObject *object)
{
  NapeAnatomyDrawing *self = NAPE_ANATOMY_DRAWING (object);

  g_clear_object (&self->handle);
  g_clear_pointer (&self->ids, g_strfreev);

  G_OBJECT_CLASS (nape_anatomy_drawing_parent_class)->finalize (object);
}

static void
nape_anatomy_drawing_class_init (NapeAnatomyDrawingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = nape_anatomy_drawing_finalize;
}

static void
nape_anatomy_drawing_init (NapeAnatomyDrawing *self)
{
}

NapeAnatomyDrawing *
nape_anatomy_drawing_new_from_bytes (GBytes      *svg,
                                     const char  *filename,
                                     GError     **error)
{
  g_autoptr(NapeAnatomyDrawing) self = NULL;
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (svg != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (NAPE_TYPE_ANATOMY_DRAWING, NULL);

  data = g_bytes_get_data (svg, &len);
  self->handle = rsvg_handle_new_from_data (data, len, error);
  if (self->handle == NULL)
    {
      g_prefix_error (error, "%s: ", filename);
      return NULL;
    }

  self->ids = collect_ids (svg, filename, error);
  if (self->ids == NULL)
    return NULL;

  return g_steal_pointer (&self);
}

NapeAnatomyDrawing *
nape_anatomy_drawing_new_from_resource (const char  *resource_path,
                                        GError     **error)
{
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *filename = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  svg = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (svg == NULL)
    return NULL;

  filename = g_path_get_basename (resource_path);

  return nape_anatomy_drawing_new_from_bytes (svg, filename, error);
}

const char * const *
nape_anatomy_drawing_get_ids (NapeAnatomyDrawing *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_DRAWING (self), NULL);

  return (const char * const *) self->ids;
}

gboolean
nape_anatomy_drawing_has_element (NapeAnatomyDrawing *self,
                                  const char         *id)
{
  g_autofree char *fragment = NULL;

  g_return_val_if_fail (NAPE_IS_ANATOMY_DRAWING (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  fragment = g_strconcat ("#", id, NULL);

  return rsvg_handle_has_sub (self->handle, fragment);
}

RsvgHandle *
nape_anatomy_drawing_get_handle (NapeAnatomyDrawing *self)
{
  g_return_val_if_fail (NAPE_IS_ANATOMY_DRAWING (self), NULL);

  return self->handle;
}

char *
nape_anatomy_drawing_format_id (NapeDrawnKind  kind,
                                const char    *atlas_id,
                                NapeSide       side)
{
  g_return_val_if_fail (kind == NAPE_DRAWN_ZONE || kind == NAPE_DRAWN_AREA, NULL);
  g_return_val_if_fail (atlas_id != NULL, NULL);

  return g_strdup_printf ("%s-%s-%s", kind == NAPE_DRAWN_ZONE ? "zone" : "area", atlas_id,
                          nape_side_to_string (side));
}

gboolean
nape_anatomy_drawing_parse_id (const char     *drawn_id,
                               NapeDrawnKind  *kind,
                               char          **atlas_id,
                               NapeSide       *side)
{
  static const struct { const char *prefix; NapeDrawnKind kind; } kinds[] = {
    { "zone-", NAPE_DRAWN_ZONE },
    { "area-", NAPE_DRAWN_AREA },
    { "avoid-", NAPE_DRAWN_AVOID },
  };
  const char *rest = NULL;
  const char *last_dash;
  NapeSide parsed_side;

  g_return_val_if_fail (drawn_id != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds) && rest == NULL; i++)
    {
      if (g_str_has_prefix (drawn_id, kinds[i].prefix))
        {
          rest = drawn_id + strlen (kinds[i].prefix);
          *kind = kinds[i].kind;
        }
    }

  if (rest == NULL || *rest == '\0')
    return FALSE;

  if (*kind == NAPE_DRAWN_AVOID)
    {
      if (atlas_id != NULL)
        *atlas_id = g_strdup (rest);
      if (side != NULL)
        *side = 0;
      return TRUE;
    }

  last_dash = strrchr (rest, '-');
  if (last_dash == NULL || last_dash == rest)
    return FALSE;

  parsed_side = nape_side_from_string (last_dash + 1);
  if (parsed_side == 0)
    return FALSE;

  if (atlas_id != NULL)
    *atlas_id = g_strndup (rest, last_dash - rest);
  if (side != NULL)
    *side = parsed_side;

  return TRUE;
}

NapeAnatomyDrawing *
nape_anatomy_drawing_get_for_view (NapeView   view,
                                   GError   **error)
{
  NapeAnatomyDrawing *drawing;
  int index = view_index (view);

  g_return_val_if_fail (index >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  G_LOCK (view_drawings);
  if (view_drawings[index] == NULL)
    view_drawings[index] = nape_anatomy_drawing_new_from_resource (view_info[index].resource,
                                                                   error);
  drawing = view_drawings[index];
  G_UNLOCK (view_drawings);

  return drawing;
}

const char *
nape_anatomy_drawing_describe_view (NapeView view)
{
  int index = view_index (view);

  g_return_val_if_fail (index >= 0, NULL);

  return _(view_info[index].description);
}
