/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-content.c — the atlas and routines compiled into Nape, loaded once per process.
 *
 * The application starts loading them on a second thread while GTK starts up on the
 * first; whichever thread asks first does the work and the other waits for it. */

#include "config.h"

#include "nape-content.h"
#include "nape-routine.h"

static NapeAtlas *shared_atlas;
static GListModel *shared_routines;
static GError *shared_error;
G_LOCK_DEFINE_STATIC (shared);

/**
 * nape_content_load:
 * @atlas: (out) (transfer full) (optional): return location for the atlas
 * @routines: (out) (transfer full) (optional): return location for the routines, a
 *   #GListModel of #NapeRoutine
 * @error: return location for a #NapeContentError or #GResourceError
 *
 * Loads %NAPE_ATLAS_RESOURCE and %NAPE_ROUTINES_RESOURCE the first time it is called;
 * every later call, from any thread, returns the same objects, or the same error. The
 * objects are never changed after loading.
 *
 * Returns: %TRUE if both loaded; on %FALSE, @atlas and @routines are left untouched
 */
gboolean
nape_content_load (NapeAtlas  **atlas,
                   GListModel **routines,
                   GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  G_LOCK (shared);
  /* Loaded once: it left either the routines or an error. */
  if (shared_routines == NULL && shared_error == NULL)
    {
      shared_atlas = nape_atlas_new_from_resource (NAPE_ATLAS_RESOURCE, &shared_error);
      if (shared_atlas != NULL)
        shared_routines = nape_routine_list_new_from_resource (NAPE_ROUTINES_RESOURCE,
                                                               shared_atlas, &shared_error);
      if (shared_routines == NULL)
        g_clear_object (&shared_atlas);
    }

  ok = shared_error == NULL;
  if (!ok)
    {
      g_propagate_error (error, g_error_copy (shared_error));
    }
  else
    {
      if (atlas != NULL)
        *atlas = g_object_ref (shared_atlas);
      if (routines != NULL)
        *routines = g_object_ref (shared_routines);
    }
  G_UNLOCK (shared);

  return ok;
}
