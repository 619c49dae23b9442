/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NAPE_TYPE_APPLICATION (nape_application_get_type ())

G_DECLARE_FINAL_TYPE (NapeApplication, nape_application, NAPE, APPLICATION, AdwApplication)

/**
 * nape_application_new:
 *
 * Creates the application object for `io.github.nape.Nape`.
 *
 * Returns: (transfer full): a new #NapeApplication
 */
NapeApplication *nape_application_new (void);

/**
 * nape_application_get_settings:
 * @self: a #NapeApplication
 *
 * Returns: (transfer none): the application's #GSettings
 */
GSettings       *nape_application_get_settings (NapeApplication *self);

G_END_DECLS
