/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content-error.c — the error domain of the content loaders */

#define G_LOG_DOMAIN "nape-content-error"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-content-error.h"

G_DEFINE_QUARK (nape-content-error-quark, nape_content_error)
