/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content-parser.h — GMarkup plumbing shared by the atlas and routine loaders (private) */

#pragma once

#include <glib-object.h>

#include "nape-content-error.h"

G_BEGIN_DECLS

/*
 * The loaders embed a NapeContentParser as the first member of their own
 * state, so the GMarkup callbacks can hand it to the helpers below.
 */
typedef struct
{
  GMarkupParseContext *context;
  const char          *filename;
  /* the document, and where each '\n' is, to find where a tag starts */
  const char          *data;
  gsize                size;
  GArray              *newlines;
} NapeContentParser;

/*
 * One attribute an element accepts.  @value receives the attribute's value,
 * or NULL when the attribute is optional and absent.
 */
typedef struct
{
  const char  *name;
  gboolean     required;
  const char **value;
} NapeContentAttribute;

/* Parses @xml with @markup; the callbacks receive @self as user data. */
gboolean     nape_content_parser_run                (NapeContentParser          *self,
                                                     const GMarkupParser        *markup,
                                                     GBytes                     *xml,
                                                     const char                 *filename,
                                                     GError                    **error);

/* In a start-element callback, the line where the tag starts ('<'). */
int          nape_content_parser_get_line           (NapeContentParser          *self);

/* Sets @error to "FILE:LINE: message" in the NAPE_CONTENT_ERROR domain. */
void         nape_content_parser_set_error          (NapeContentParser          *self,
                                                     GError                    **error,
                                                     int                         line,
                                                     NapeContentError            code,
                                                     const char                 *format,
                                                     ...) G_GNUC_PRINTF (5, 6);

/* Fails on unknown, repeated or missing attributes. */
gboolean     nape_content_parser_collect_attributes (NapeContentParser          *self,
                                                     const char                 *element_name,
                                                     const char                **attribute_names,
                                                     const char                **attribute_values,
                                                     const NapeContentAttribute *attributes,
                                                     GError                    **error);

/* Reports @element_name as not allowed inside the element now open. */
void         nape_content_parser_unknown_element    (NapeContentParser          *self,
                                                     const char                 *element_name,
                                                     GError                    **error);

/* Fails unless @text is only white space (for elements without text). */
gboolean     nape_content_parser_check_no_text      (NapeContentParser          *self,
                                                     const char                 *text,
                                                     gsize                       text_len,
                                                     GError                    **error);

/* Ids are non-empty and made of a–z, 0–9 and '-'. */
gboolean     nape_content_parser_check_id           (NapeContentParser          *self,
                                                     const char                 *element_name,
                                                     const char                 *id,
                                                     GError                    **error);

/* A space-separated list of the nicks of @flags_type; at least one. */
gboolean     nape_content_parser_parse_flags        (NapeContentParser          *self,
                                                     const char                 *attribute,
                                                     const char                 *value,
                                                     GType                       flags_type,
                                                     guint                      *flags,
                                                     GError                    **error);

/* One nick of @enum_type. */
gboolean     nape_content_parser_parse_enum         (NapeContentParser          *self,
                                                     const char                 *attribute,
                                                     const char                 *value,
                                                     GType                       enum_type,
                                                     int                        *result,
                                                     GError                    **error);

/* A decimal integer within [@min, @max]. */
gboolean     nape_content_parser_parse_int          (NapeContentParser          *self,
                                                     const char                 *attribute,
                                                     const char                 *value,
                                                     int                         min,
                                                     int                         max,
                                                     int                        *result,
                                                     GError                    **error);

/* A decimal number greater than 0 and at most @max. */
gboolean     nape_content_parser_parse_positive     (NapeContentParser          *self,
                                                     const char                 *attribute,
                                                     const char                 *value,
                                                     double                      max,
                                                     double                     *result,
                                                     GError                    **error);

/* Collapses runs of white space into one space and trims both ends, as
 * xgettext does with ITS rules. */
char        *nape_content_normalize_text            (const char                 *text);

/* The msgid xgettext 0.21 extracts for element text: normalized, with
 * '&', '<' and '>' written as entities. */
char        *nape_content_text_to_msgid             (const char                 *text);

/* Translates a msgid made by nape_content_text_to_msgid() and returns
 * displayable text (entities decoded); the result lives forever. */
const char  *nape_content_translate                 (const char                 *msgid);

G_END_DECLS
