/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "nape-diary.h"

G_BEGIN_DECLS

#define NAPE_TYPE_INTAKE_EDITOR (nape_intake_editor_get_type ())

G_DECLARE_FINAL_TYPE (NapeIntakeEditor, nape_intake_editor, NAPE, INTAKE_EDITOR, AdwWindow)

NapeIntakeEditor *nape_intake_editor_new        (NapeDiary        *diary,
                                                 NapeIntake       *intake);
NapeIntake       *nape_intake_editor_get_intake (NapeIntakeEditor *self);

G_END_DECLS
