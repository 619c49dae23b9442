/* SPDX-License-Identifier: GPL-3.0-or-later */
/* startup.c: the time from exec to the first frame of the main window, for `nape` and for
 * the minimal AdwApplicationWindow program, median of RUNS runs each, and their ratio. */

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define RUNS 15

/* Spawns @program once and returns the microseconds from just before exec to the first
 * frame the program reports. */
static gint64
time_to_first_frame (const char *program)
{
  const char *argv[] = { program, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *line;
  gint64 start, frame;
  int status;

  start = g_get_monotonic_time ();
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                     &status, &error))
    g_error ("%s: %s", program, error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", program, error->message, err);

  line = strstr (out, "FIRST_FRAME ");
  if (line == NULL)
    g_error ("%s printed no FIRST_FRAME line:\n%s%s", program, out, err);
  frame = g_ascii_strtoll (line + strlen ("FIRST_FRAME "), NULL, 10);

  return frame - start;
}

int
main (int   argc,
      char *argv[])
{
  double nape_times[RUNS], floor_times[RUNS];
  g_autofree char *data_dir = NULL;
  double nape_ms, floor_ms;

  if (argc != 3)
    g_error ("usage: %s NAPE FLOOR", argv[0]);

  g_setenv ("NAPE_BENCH_FIRST_FRAME", "1", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* Nape opens a diary; give it an empty folder, never the user's. */
  data_dir = g_dir_make_tmp ("nape-bench-XXXXXX", NULL);
  g_assert (data_dir != NULL);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  /* One run of each first so both start with warm caches; then they alternate, so a
   * change in machine load touches both alike. */
  time_to_first_frame (argv[1]);
  time_to_first_frame (argv[2]);
  for (guint i = 0; i < RUNS; i++)
    {
      floor_times[i] = time_to_first_frame (argv[2]);
      nape_times[i] = time_to_first_frame (argv[1]);
    }
  nape_ms = bench_percentile (nape_times, RUNS, 0.5) / 1000.0;
  floor_ms = bench_percentile (floor_times, RUNS, 0.5) / 1000.0;

  g_print ("BENCH startup-nape %.1f ms\n", nape_ms);
  g_print ("BENCH startup-floor %.1f ms\n", floor_ms);
  g_print ("BENCH startup-ratio %.3f x\n", nape_ms / floor_ms);

  return EXIT_SUCCESS;
}
