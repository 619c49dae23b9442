/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diary-crash.c — a writer killed with SIGKILL at random moments never loses an acknowledged entry */

#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diary-test-util.h"

#define N_KILLS 50
#define DRUG_UUID "0f6b6c1e-2d57-4f0c-9a39-6c2f4a1d7e01"

static const char *self_path;

/* The child: writes headaches and intakes as fast as it can, and prints
 * each UUID only after nape_diary_save() has returned. */
static int
child_main (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NapeDiary) diary = nape_diary_open (path, &error);
  g_autoptr(NapeDrug) drug = NULL;
  g_autofree char *note = g_strnfill (400, 'n');

  if (diary == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }

  drug = nape_drug_new_with_uuid (DRUG_UUID);
  nape_drug_set_name (drug, "Ibuprofen");
  nape_drug_set_overuse_class (drug, NAPE_OVERUSE_CLASS_NSAID);
  if (!nape_diary_save (diary, drug, &error))
    return 1;

  for (guint i = 0; ; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_new_now_local ();
      g_autoptr(GDateTime) end = g_date_time_add_hours (start, 2);
      g_autoptr(NapeHeadache) headache = nape_headache_new ();
      g_autoptr(NapeIntake) intake = nape_intake_new ();
      const char *symptoms[] = { "nausea", "neck-pain", NULL };
      char line[64];

      nape_headache_set_start (headache, start);
      nape_headache_set_end (headache, end);
      nape_headache_set_symptoms (headache, symptoms);
      nape_headache_set_notes (headache, note);
      nape_headache_add_intensity (headache, start, 5);
      if (!nape_diary_save (diary, headache, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      g_snprintf (line, sizeof line, "H %s\n", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 1;

      nape_intake_set_drug_uuid (intake, DRUG_UUID);
      nape_intake_set_headache_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
      nape_intake_set_time (intake, start);
      if (!nape_diary_save (diary, intake, &error))
        {
          g_printerr ("child: %s\n", error->message);
          return 1;
        }
      g_snprintf (line, sizeof line, "I %s\n", nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
      if (write (STDOUT_FILENO, line, strlen (line)) < 0)
        return 1;
    }
}

static void
test_kill_writer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nape-diary-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "nape", "diary.db", NULL);
  g_autoptr(GPtrArray) headaches = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) intakes = g_ptr_array_new_with_free_func (g_free);
  guint iterations_with_writes = 0;

  for (guint round = 0; round < N_KILLS; round++)
    {
      const char *argv[] = { self_path, "--child", path, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) output = g_string_new (NULL);
      g_autoptr(NapeDiary) diary = NULL;
      g_auto(GStrv) lines = NULL;
      GPid pid;
      int out_fd, status;
      char buffer[4096];
      gssize n;
      guint before = headaches->len;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      g_usleep (g_test_rand_int_range (5000, 60000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      if (!WIFSIGNALED (status))
        g_error ("the writer exited by itself (status %d)", status);

      while ((n = read (out_fd, buffer, sizeof buffer)) > 0)
        g_string_append_len (output, buffer, n);
      close (out_fd);

      /* Only whole lines are acknowledged writes. */
      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
        {
          if (g_str_has_prefix (lines[i], "H "))
            g_ptr_array_add (headaches, g_strdup (lines[i] + 2));
          else if (g_str_has_prefix (lines[i], "I "))
            g_ptr_array_add (intakes, g_strdup (lines[i] + 2));
        }
      if (headaches->len > before)
        iterations_with_writes++;

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        continue;

      diary = nape_diary_open (path, &error);
      g_assert_no_error (error);
      g_assert_true (nape_diary_check_integrity (diary, &error));
      g_assert_no_error (error);

      for (guint i = 0; i < headaches->len; i++)
        if (!nape_diary_has_uuid (diary, NAPE_TYPE_HEADACHE, headaches->pdata[i]))
          g_error ("round %u: acknowledged headache %s is missing", round, (char *) headaches->pdata[i]);
      for (guint i = 0; i < intakes->len; i++)
        if (!nape_diary_has_uuid (diary, NAPE_TYPE_INTAKE, intakes->pdata[i]))
          g_error ("round %u: acknowledged intake %s is missing", round, (char *) intakes->pdata[i]);
    }

  g_test_message ("%u kills, %u with writes, %u headaches and %u intakes acknowledged",
                  N_KILLS, iterations_with_writes, headaches->len, intakes->len);
  g_assert_cmpuint (iterations_with_writes, >=, N_KILLS / 4);

  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--child"))
    return child_main (argv[2]);

  self_path = argv[0];
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/diary/crash/kill-writer", test_kill_writer);

  return g_test_run ();
}
