/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content-parser.c — GMarkup plumbing shared by the atlas and routine loaders */

#define G_LOG_DOMAIN "nape-content-parser"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "nape-content-parser.h"

static void
nape_content_parser_set_error_valist (NapeContentParser  *self,
                                      GError            **error,
                                      int                 line,
                                      NapeContentError    code,
                                      const char         *format,
                                      va_list             args) G_GNUC_PRINTF (5, 0);

static void
nape_content_parser_set_error_valist (NapeContentParser  *self,
                                      GError            **error,
                                      int                 line,
                                      NapeContentError    code,
                                      const char         *format,
                                      va_list             args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  g_set_error (error, NAPE_CONTENT_ERROR, code, "%s:%d: %s",
               self->filename, line, message);
}

static char *
describe_nicks (GType type)
{
  GString *nicks = g_string_new (NULL);

  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsClass *klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "",
                                klass->values[i].value_nick);
      g_type_class_unref (klass);
    }
  else
    {
      GEnumClass *klass = g_type_class_ref (type);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (nicks, "%s%s", i > 0 ? ", " : "",
                                klass->values[i].value_nick);
      g_type_class_unref (klass);
    }

  return g_string_free (nicks, FALSE);
}

gboolean
nape_content_parser_run (NapeContentParser    *self,
                         const GMarkupParser  *markup,
                         GBytes               *xml,
                         const char           *filename,
                         GError              **error)
{
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize size;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (markup != NULL, FALSE);
  g_return_val_if_fail (xml != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = g_bytes_get_data (xml, &size);
  if (data == NULL)
    data = "";

  context = g_markup_parse_context_new (markup, G_MARKUP_TREAT_CDATA_AS_TEXT, self, NULL);
  self->context = context;
  self->filename = filename;
  self->data = data;
  self->size = size;
  self->newlines = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->text = g_string_new (NULL);
  for (gsize i = 0; i < size; i++)
    {
      if (data[i] == '\n')
        g_array_append_val (self->newlines, i);
    }

  if (g_markup_parse_context_parse (context, data, size, &local_error))
    g_markup_parse_context_end_parse (context, &local_error);

  self->context = NULL;
  self->data = NULL;
  g_clear_pointer (&self->newlines, g_array_unref);
  g_string_free (self->text, TRUE);
  self->text = NULL;

  if (local_error == NULL)
    return TRUE;

  /* Our callbacks already wrote FILE:LINE; GMarkup's own errors need it. */
  if (local_error->domain != NAPE_CONTENT_ERROR)
    {
      int line;

      g_markup_parse_context_get_position (context, &line, NULL);
      g_set_error (error, NAPE_CONTENT_ERROR, NAPE_CONTENT_ERROR_MALFORMED,
                   "%s:%d: %s", filename, line, local_error->message);
      return FALSE;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/*
 * GMarkup reports where it has read to: at a tag's '>' or just past it, which
 * is the next line when the tag ends a line.  It counts columns in bytes and
 * puts each '\n' at column 1 of the line after it.  This finds the byte
 * offset of that position, so callers can walk back to what they report.
 */
static gboolean
get_offset (NapeContentParser *self,
            int               *line,
            gsize             *offset)
{
  int column = 0;

  g_markup_parse_context_get_position (self->context, line, &column);
  if (*line < 1 || column < 1 || (guint) *line - 1 > self->newlines->len)
    return FALSE;

  *offset = column - 1;
  if (*line > 1)
    *offset += g_array_index (self->newlines, gsize, *line - 2);
  *offset = MIN (*offset, self->size);

  return TRUE;
}

int
nape_content_parser_get_line (NapeContentParser *self)
{
  int line = 0;
  gsize offset;
  int newlines;

  g_return_val_if_fail (self != NULL, 0);

  if (self->context == NULL || !get_offset (self, &line, &offset))
    return line;

  newlines = offset < self->size && self->data[offset] == '\n';
  for (gsize i = offset; i > 0; i--)
    {
      char c = self->data[i - 1];

      if (c == '<')
        return line - newlines;
      if (c == '\n')
        newlines++;
    }

  return line;
}

/* In a text callback: the line of the text's last visible character. */
static int
get_text_line (NapeContentParser *self)
{
  int line = 0;
  gsize offset;
  gsize i;
  int newlines = 0;

  if (!get_offset (self, &line, &offset))
    return line;

  /* Text is reported when the next tag's '<' is reached. */
  i = offset;
  while (i > 0 && (i >= self->size || self->data[i] != '<'))
    {
      if (i < self->size && self->data[i] == '\n')
        newlines++;
      i--;
    }

  for (; i > 0 && g_ascii_isspace (self->data[i - 1]); i--)
    {
      if (self->data[i - 1] == '\n')
        newlines++;
    }

  return line - newlines;
}

void
nape_content_parser_set_error (NapeContentParser  *self,
                               GError            **error,
                               int                 line,
                               NapeContentError    code,
                               const char         *format,
                               ...)
{
  va_list args;

  g_return_if_fail (self != NULL);

  va_start (args, format);
  nape_content_parser_set_error_valist (self, error, line, code, format, args);
  va_end (args);
}

gboolean
nape_content_parser_collect_attributes (NapeContentParser           *self,
                                        const char                  *element_name,
                                        const char                 **attribute_names,
                                        const char                 **attribute_values,
                                        const NapeContentAttribute  *attributes,
                                        GError                     **error)
{
  int line = nape_content_parser_get_line (self);

  for (guint i = 0; attributes[i].name != NULL; i++)
    *attributes[i].value = NULL;

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      const NapeContentAttribute *attribute = NULL;

      for (guint j = 0; attributes[j].name != NULL; j++)
        {
          if (strcmp (attributes[j].name, attribute_names[i]) == 0)
            {
              attribute = &attributes[j];
              break;
            }
        }

      if (attribute == NULL)
        {
          nape_content_parser_set_error (self, error, line,
                                         NAPE_CONTENT_ERROR_UNKNOWN_ATTRIBUTE,
                                         "<%s> has unknown attribute “%s”",
                                         element_name, attribute_names[i]);
          return FALSE;
        }

      if (*attribute->value != NULL)
        {
          nape_content_parser_set_error (self, error, line,
                                         NAPE_CONTENT_ERROR_MALFORMED,
                                         "<%s> has attribute “%s” twice",
                                         element_name, attribute_names[i]);
          return FALSE;
        }

      *attribute->value = attribute_values[i];
    }

  for (guint i = 0; attributes[i].name != NULL; i++)
    {
      if (attributes[i].required && *attributes[i].value == NULL)
        {
          nape_content_parser_set_error (self, error, line,
                                         NAPE_CONTENT_ERROR_MISSING,
                                         "<%s> is missing attribute “%s”",
                                         element_name, attributes[i].name);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
nape_content_parser_start_root (NapeContentParser  *self,
                                const char         *root,
                                const char         *element_name,
                                const char        **attribute_names,
                                const char        **attribute_values,
                                GError            **error)
{
  const NapeContentAttribute no_attributes[] = { { NULL } };

  if (strcmp (element_name, root) != 0)
    {
      nape_content_parser_set_error (self, error, nape_content_parser_get_line (self),
                                     NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
                                     "expected <%s> but found <%s>", root, element_name);
      return FALSE;
    }

  return nape_content_parser_collect_attributes (self, element_name,
                                                 attribute_names, attribute_values,
                                                 no_attributes, error);
}

void
nape_content_parser_unknown_element (NapeContentParser  *self,
                                     const char         *element_name,
                                     GError            **error)
{
  const GSList *stack = g_markup_parse_context_get_element_stack (self->context);
  int line = nape_content_parser_get_line (self);

  /* The stack's head is @element_name itself. */
  if (stack != NULL && stack->next != NULL)
    nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
                                   "unknown element <%s> inside <%s>",
                                   element_name, (const char *) stack->next->data);
  else
    nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
                                   "unknown element <%s> at the top level",
                                   element_name);
}

gboolean
nape_content_parser_start_text (NapeContentParser  *self,
                                const char         *parent_name,
                                const char         *element_name,
                                gboolean            repeated,
                                const char        **attribute_names,
                                const char        **attribute_values,
                                GError            **error)
{
  const NapeContentAttribute no_attributes[] = { { NULL } };

  if (!nape_content_parser_collect_attributes (self, element_name,
                                               attribute_names, attribute_values,
                                               no_attributes, error))
    return FALSE;

  if (repeated)
    {
      nape_content_parser_set_error (self, error, nape_content_parser_get_line (self),
                                     NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "<%s> has more than one <%s>",
                                     parent_name, element_name);
      return FALSE;
    }

  self->text_line = nape_content_parser_get_line (self);
  g_string_truncate (self->text, 0);

  return TRUE;
}

gboolean
nape_content_parser_add_text (NapeContentParser  *self,
                              gboolean            collecting,
                              const char         *text,
                              gsize               text_len,
                              GError            **error)
{
  if (!collecting)
    return nape_content_parser_check_no_text (self, text, text_len, error);

  g_string_append_len (self->text, text, text_len);
  return TRUE;
}

char *
nape_content_parser_end_text (NapeContentParser  *self,
                              const char         *element_name,
                              gboolean            plain,
                              GError            **error)
{
  g_autofree char *text = NULL;

  if (plain)
    text = nape_content_normalize_text (self->text->str);
  else
    text = nape_content_text_to_msgid (self->text->str);

  if (text[0] == '\0')
    {
      nape_content_parser_set_error (self, error, self->text_line,
                                     NAPE_CONTENT_ERROR_MISSING,
                                     "<%s> is empty", element_name);
      return NULL;
    }

  return g_steal_pointer (&text);
}

gboolean
nape_content_parser_check_no_text (NapeContentParser  *self,
                                   const char         *text,
                                   gsize               text_len,
                                   GError            **error)
{
  for (gsize i = 0; i < text_len; i++)
    {
      if (!g_ascii_isspace (text[i]))
        {
          const char *element = g_markup_parse_context_get_element (self->context);

          nape_content_parser_set_error (self, error, get_text_line (self),
                                         NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
                                         "unexpected text inside <%s>",
                                         element != NULL ? element : "");
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
nape_content_parser_check_id (NapeContentParser  *self,
                              const char         *element_name,
                              const char         *id,
                              GError            **error)
{
  gboolean valid = id[0] != '\0';

  for (const char *c = id; *c != '\0' && valid; c++)
    valid = g_ascii_islower (*c) || g_ascii_isdigit (*c) || *c == '-';

  if (!valid)
    {
      nape_content_parser_set_error (self, error, nape_content_parser_get_line (self),
                                     NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "<%s> has invalid id “%s” (use a–z, 0–9 and “-”)",
                                     element_name, id);
      return FALSE;
    }

  return TRUE;
}

gboolean
nape_content_parser_check_seed (NapeContentParser  *self,
                                const char         *seed,
                                GError            **error)
{
  if (seed[0] == '\0' || strchr (seed, '/') != NULL)
    {
      nape_content_parser_set_error (self, error, nape_content_parser_get_line (self),
                                     NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "seed “%s” is not a file name", seed);
      return FALSE;
    }

  return TRUE;
}

gboolean
nape_content_parser_parse_flags (NapeContentParser  *self,
                                 const char         *attribute,
                                 const char         *value,
                                 GType               flags_type,
                                 guint              *flags,
                                 GError            **error)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (flags_type);
  g_auto(GStrv) tokens = g_strsplit_set (value, " \t\r\n", -1);
  int line = nape_content_parser_get_line (self);
  guint result = 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      GFlagsValue *flag;

      if (tokens[i][0] == '\0')
        continue;

      flag = g_flags_get_value_by_nick (klass, tokens[i]);
      if (flag == NULL)
        {
          g_autofree char *nicks = describe_nicks (flags_type);

          nape_content_parser_set_error (self, error, line,
                                         NAPE_CONTENT_ERROR_INVALID_VALUE,
                                         "%s “%s” is not one of %s",
                                         attribute, tokens[i], nicks);
          return FALSE;
        }

      result |= flag->value;
    }

  if (result == 0)
    {
      nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_MISSING,
                                     "%s is empty", attribute);
      return FALSE;
    }

  *flags = result;
  return TRUE;
}

gboolean
nape_content_parser_parse_enum (NapeContentParser  *self,
                                const char         *attribute,
                                const char         *value,
                                GType               enum_type,
                                int                *result,
                                GError            **error)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (klass, value);

  if (enum_value == NULL)
    {
      g_autofree char *nicks = describe_nicks (enum_type);

      nape_content_parser_set_error (self, error, nape_content_parser_get_line (self),
                                     NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "%s “%s” is not one of %s",
                                     attribute, value, nicks);
      return FALSE;
    }

  *result = enum_value->value;
  return TRUE;
}

gboolean
nape_content_parser_parse_int (NapeContentParser  *self,
                               const char         *attribute,
                               const char         *value,
                               int                 min,
                               int                 max,
                               int                *result,
                               GError            **error)
{
  int line = nape_content_parser_get_line (self);
  gint64 number;
  g_autoptr(GError) local_error = NULL;

  if (!g_ascii_string_to_signed (value, 10, G_MININT, G_MAXINT, &number, &local_error))
    {
      nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "%s “%s” is not an integer", attribute, value);
      return FALSE;
    }

  if (number < min || number > max)
    {
      nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "%s %" G_GINT64_FORMAT " is outside %d–%d",
                                     attribute, number, min, max);
      return FALSE;
    }

  *result = (int) number;
  return TRUE;
}

gboolean
nape_content_parser_parse_positive (NapeContentParser  *self,
                                    const char         *attribute,
                                    const char         *value,
                                    double              max,
                                    double             *result,
                                    GError            **error)
{
  int line = nape_content_parser_get_line (self);
  char *end = NULL;
  double number;

  number = g_ascii_strtod (value, &end);
  if (value[0] == '\0' || g_ascii_isspace (value[0]) || end == NULL || *end != '\0'
      || !isfinite (number))
    {
      nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "%s “%s” is not a number", attribute, value);
      return FALSE;
    }

  if (!(number > 0) || number > max)
    {
      nape_content_parser_set_error (self, error, line, NAPE_CONTENT_ERROR_INVALID_VALUE,
                                     "%s %s must be greater than 0 and at most %g",
                                     attribute, value, max);
      return FALSE;
    }

  *result = number;
  return TRUE;
}

/* Classes of static types are never freed, so a lasting reference is fine. */
static gpointer
peek_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

const char *
nape_content_nick_from_value (GType type,
                              int   value)
{
  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsValue *flag = g_flags_get_first_value (peek_class (type), (guint) value);

      return flag != NULL && flag->value == (guint) value ? flag->value_nick : NULL;
    }
  else
    {
      GEnumValue *enum_value = g_enum_get_value (peek_class (type), value);

      return enum_value != NULL ? enum_value->value_nick : NULL;
    }
}

gboolean
nape_content_value_from_nick (GType       type,
                              const char *nick,
                              int        *value)
{
  g_return_val_if_fail (nick != NULL, FALSE);

  if (G_TYPE_IS_FLAGS (type))
    {
      GFlagsValue *flag = g_flags_get_value_by_nick (peek_class (type), nick);

      if (flag == NULL)
        return FALSE;
      *value = flag->value;
    }
  else
    {
      GEnumValue *enum_value = g_enum_get_value_by_nick (peek_class (type), nick);

      if (enum_value == NULL)
        return FALSE;
      *value = enum_value->value;
    }

  return TRUE;
}

char *
nape_content_normalize_text (const char *text)
{
  GString *normal;
  gboolean pending_space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  normal = g_string_sized_new (strlen (text));
  for (const char *c = text; *c != '\0'; c++)
    {
      if (g_ascii_isspace (*c))
        {
          pending_space = normal->len > 0;
          continue;
        }

      if (pending_space)
        g_string_append_c (normal, ' ');
      pending_space = FALSE;
      g_string_append_c (normal, *c);
    }

  return g_string_free (normal, FALSE);
}

char *
nape_content_text_to_msgid (const char *text)
{
  g_autofree char *normal = NULL;
  GString *msgid;

  g_return_val_if_fail (text != NULL, NULL);

  normal = nape_content_normalize_text (text);
  msgid = g_string_sized_new (strlen (normal));
  for (const char *c = normal; *c != '\0'; c++)
    {
      switch (*c)
        {
        case '&':
          g_string_append (msgid, "&amp;");
          break;
        case '<':
          g_string_append (msgid, "&lt;");
          break;
        case '>':
          g_string_append (msgid, "&gt;");
          break;
        default:
          g_string_append_c (msgid, *c);
          break;
        }
    }

  return g_string_free (msgid, FALSE);
}

const char *
nape_content_translate (const char *msgid)
{
  static const struct { const char *entity; char c; } entities[] = {
    { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' },
    { "&quot;", '"' }, { "&apos;", '\'' },
  };
  g_autoptr(GString) text = NULL;
  const char *translated;

  g_return_val_if_fail (msgid != NULL, NULL);

  /* The empty msgid would return the catalogue header. */
  if (msgid[0] == '\0')
    return msgid;

  translated = g_dgettext (GETTEXT_PACKAGE, msgid);
  if (strchr (translated, '&') == NULL)
    return translated;

  text = g_string_sized_new (strlen (translated));
  for (const char *c = translated; *c != '\0'; c++)
    {
      gboolean decoded = FALSE;

      if (*c == '&')
        {
          for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
            {
              gsize len = strlen (entities[i].entity);

              if (strncmp (c, entities[i].entity, len) == 0)
                {
                  g_string_append_c (text, entities[i].c);
                  c += len - 1;
                  decoded = TRUE;
                  break;
                }
            }
        }

      if (!decoded)
        g_string_append_c (text, *c);
    }

  /* Interned, so the text lives as long as the catalogue's own strings. */
  return g_intern_string (text->str);
}
