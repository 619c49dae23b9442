/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content-error.h — errors reported when a content file (atlas, routines) is invalid */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * NAPE_CONTENT_ERROR:
 *
 * Error domain of the content loaders.  Every message has the form
 * "FILE:LINE: problem", where FILE is the base name of the file read and
 * LINE the line of the element at fault.
 */
#define NAPE_CONTENT_ERROR (nape_content_error_quark ())

/**
 * NapeContentError:
 * @NAPE_CONTENT_ERROR_MALFORMED: the file is not well-formed XML (the
 *   message carries GMarkup's explanation), or an attribute is repeated
 * @NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT: an element that the schema does not
 *   allow at that place, or text where none is allowed
 * @NAPE_CONTENT_ERROR_UNKNOWN_ID: a reference names an id that does not exist
 * @NAPE_CONTENT_ERROR_DUPLICATE_ID: an id is defined (or referenced) twice
 * @NAPE_CONTENT_ERROR_MISSING: a required element or attribute is absent or empty
 * @NAPE_CONTENT_ERROR_INVALID_VALUE: an attribute value is out of range or not
 *   one of the allowed tokens, or a single element is repeated
 * @NAPE_CONTENT_ERROR_UNKNOWN_ATTRIBUTE: an attribute the schema does not know
 *   (usually a typo)
 *
 * Error codes in the %NAPE_CONTENT_ERROR domain.
 */
typedef enum
{
  NAPE_CONTENT_ERROR_MALFORMED,
  NAPE_CONTENT_ERROR_UNKNOWN_ELEMENT,
  NAPE_CONTENT_ERROR_UNKNOWN_ID,
  NAPE_CONTENT_ERROR_DUPLICATE_ID,
  NAPE_CONTENT_ERROR_MISSING,
  NAPE_CONTENT_ERROR_INVALID_VALUE,
  NAPE_CONTENT_ERROR_UNKNOWN_ATTRIBUTE,
} NapeContentError;

GQuark nape_content_error_quark (void);

/**
 * nape_content_error_describe:
 * @error: why the built-in content or a drawing could not be loaded
 *
 * The sentence the app shows when its own, compiled-in content is damaged.
 *
 * Returns: (transfer full): a translated message that names @error and what to do
 */
char *nape_content_error_describe (const GError *error);

G_END_DECLS
