/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content-error.c — the error domain of the content loaders */

#define G_LOG_DOMAIN "nape-content-error"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-content-error.h"

G_DEFINE_QUARK (nape-content-error-quark, nape_content_error)

char *
nape_content_error_describe (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  return g_strdup_printf (_("Nape’s built-in content is damaged: %s. Please reinstall Nape or "
                            "report this problem."),
                          error->message);
}
