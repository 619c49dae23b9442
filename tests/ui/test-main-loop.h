/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-main-loop.h: running the main loop for a while, shared by the UI tests and nape-shot. */

#pragma once

#include <glib.h>

/* A timeout callback that sets the gboolean at @user_data. */
static inline gboolean
nape_test_set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds, so windows can lay out and draw. */
static inline void
nape_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, nape_test_set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}
