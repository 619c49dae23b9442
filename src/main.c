/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: sets up translations and hands the command line to NapeApplication. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "nape-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NapeApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* What the desktop and windows without a title of their own show, not "nape". */
  g_set_application_name (_("Nape"));

  app = nape_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
