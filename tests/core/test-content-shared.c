/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-content-shared.c: the compiled-in atlas and routines are loaded once per process,
 * whichever threads ask for them and in whatever order. */

#include "config.h"

#include "nape-content.h"

#define N_THREADS 8

typedef struct
{
  NapeAtlas  *atlas;
  GListModel *routines;
} Loaded;

static gint start;

static gpointer
load_thread (gpointer data)
{
  Loaded *loaded = data;
  g_autoptr(GError) error = NULL;

  /* Every thread asks at the same moment, so they meet in the loader. */
  while (!g_atomic_int_get (&start))
    g_thread_yield ();
  g_assert_true (nape_content_load (&loaded->atlas, &loaded->routines, &error));
  g_assert_no_error (error);

  return NULL;
}

static void
test_loaded_once (void)
{
  Loaded loaded[N_THREADS] = { { NULL, NULL } };
  GThread *threads[N_THREADS];
  g_autoptr(NapeAtlas) atlas = NULL;
  g_autoptr(GListModel) routines = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("loader", load_thread, &loaded[i]);
  g_atomic_int_set (&start, TRUE);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);

  g_assert_nonnull (loaded[0].atlas);
  g_assert_cmpuint (g_list_model_get_n_items (nape_atlas_get_zones (loaded[0].atlas)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (loaded[0].routines), >, 0);
  for (guint i = 1; i < N_THREADS; i++)
    {
      g_assert_true (loaded[i].atlas == loaded[0].atlas);
      g_assert_true (loaded[i].routines == loaded[0].routines);
    }

  /* A later caller gets the same objects, with a reference of its own. */
  g_assert_true (nape_content_load (&atlas, &routines, &error));
  g_assert_no_error (error);
  g_assert_true (atlas == loaded[0].atlas);
  g_assert_true (routines == loaded[0].routines);
  for (guint i = 0; i < N_THREADS; i++)
    {
      g_object_unref (loaded[i].atlas);
      g_object_unref (loaded[i].routines);
    }
  g_assert_cmpuint (G_OBJECT (atlas)->ref_count, >=, 2);

  /* Either result may be left out. */
  g_assert_true (nape_content_load (NULL, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/shared/loaded-once", test_loaded_once);

  return g_test_run ();
}
