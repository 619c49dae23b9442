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
  /* the element whose text is being collected, see _start_text() */
  GString             *text;
  int                  text_line;
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

/* For the document element: fails unless it is <@root> with no attributes. */
gboolean     nape_content_parser_start_root         (NapeContentParser          *self,
                                                     const char                 *root,
                                                     const char                 *element_name,
                                                     const char                **attribute_names,
                                                     const char                **attribute_values,
                                                     GError                    **error);

/* Reports @element_name as not allowed inside the element now open. */
void         nape_content_parser_unknown_element    (NapeContentParser          *self,
                                                     const char                 *element_name,
                                                     GError                    **error);

/* In a start-element callback: starts collecting the text of @element_name,
 * which takes no attributes; @repeated means @parent_name already has one. */
gboolean     nape_content_parser_start_text         (NapeContentParser          *self,
                                                     const char                 *parent_name,
                                                     const char                 *element_name,
                                                     gboolean                    repeated,
                                                     const char                **attribute_names,
                                                     const char                **attribute_values,
                                                     GError                    **error);

/* In a text callback: while @collecting, adds @text to the element's text;
 * otherwise fails unless @text is only white space. */
gboolean     nape_content_parser_add_text           (NapeContentParser          *self,
                                                     gboolean                    collecting,
                                                     const char                 *text,
                                                     gsize                       text_len,
                                                     GError                    **error);

/* In an end-element callback: the collected text as a msgid, or only
 * normalized when @plain; %NULL and an error when it is empty. */
char        *nape_content_parser_end_text           (NapeContentParser          *self,
                                                     const char                 *element_name,
                                                     gboolean                    plain,
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

/* A source's seed is a file name: not empty, no '/'. */
gboolean     nape_content_parser_check_seed         (NapeContentParser          *self,
                                                     const char                 *seed,
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

/* The nick of @value in the enum or flags type @type (for flags, only a
 * single flag has one), or %NULL; nicks are the tokens of the XML files. */
const char  *nape_content_nick_from_value           (GType                       type,
                                                     int                         value);

/* The value whose nick is @nick in the enum or flags type @type; FALSE if
 * there is none. */
gboolean     nape_content_value_from_nick           (GType                       type,
                                                     const char                 *nick,
                                                     int                        *value);

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
