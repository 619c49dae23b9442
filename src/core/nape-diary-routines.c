/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-routines.c — the user's own routines in the diary: checking, saving, ordering, the model */

#define G_LOG_DOMAIN "nape-diary"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "nape-diary-private.h"

static gboolean
zone_has_technique (NapeZone   *zone,
                    const char *technique_id)
{
  GListModel *techniques = nape_zone_get_techniques (zone);

  for (guint i = 0; i < g_list_model_get_n_items (techniques); i++)
    {
      g_autoptr(NapeTechnique) technique = g_list_model_get_item (techniques, i);

      if (g_str_equal (nape_technique_get_id (technique), technique_id))
        return TRUE;
    }

  return FALSE;
}

/* The steps name what the atlas has, so the player and the pages can show them.
 * Saving and importing both check here, so a routine the editor refuses is
 * refused in a file too. */
gboolean
nape_diary_check_routine (NapeDiary    *self,
                          NapeRoutine  *routine,
                          GError      **error)
{
  GListModel *steps = nape_routine_get_steps (routine);
  guint n_steps = g_list_model_get_n_items (steps);
  g_autofree char *name = g_strstrip (g_strdup (nape_routine_get_name (routine)));

  /* Only an import gets here without one: the editor saves through a page
   * that has the atlas. */
  if (self->atlas == NULL)
    return nape_diary_invalid (error, _("There is no muscle atlas to check the routine against"));
  if (!g_uuid_string_is_valid (nape_routine_get_id (routine)))
    return nape_diary_invalid (error, _("“%s” is not a UUID"), nape_routine_get_id (routine));
  if (name[0] == '\0')
    return nape_diary_invalid (error, _("A routine needs a name"));
  if (n_steps == 0)
    return nape_diary_invalid (error, _("A routine needs at least one step"));

  for (guint i = 0; i < n_steps; i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      const char *zone_id = nape_routine_step_get_zone_id (step);
      const char *technique_id = nape_routine_step_get_technique_id (step);
      NapeZone *zone = nape_atlas_get_zone (self->atlas, zone_id);
      NapeTechnique *technique = nape_atlas_get_technique (self->atlas, technique_id);

      if (zone == NULL)
        return nape_diary_invalid (error, _("Step %u: there is no muscle “%s”"), i + 1, zone_id);
      if (technique == NULL)
        return nape_diary_invalid (error, _("Step %u: there is no technique “%s”"), i + 1, technique_id);
      if (!zone_has_technique (zone, technique_id))
        return nape_diary_invalid (error, _("Step %u: “%s” does not suit the %s"), i + 1,
                                   nape_technique_get_name (technique), nape_zone_get_name (zone));
      if (nape_routine_step_get_sides (step) != 0
          && (nape_zone_get_sides (zone) & (NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT)) == 0)
        return nape_diary_invalid (error, _("Step %u: the %s has no left and right side"), i + 1,
                                   nape_zone_get_name (zone));
    }

  return TRUE;
}

/* Inside the caller's transaction. */
gboolean
nape_diary_write_routine (NapeDiary    *self,
                          NapeRoutine  *routine,
                          GError      **error)
{
  const char *id = nape_routine_get_id (routine);
  GListModel *steps = nape_routine_get_steps (routine);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  sqlite3_stmt *stmt;

  /* A new routine goes last; a replaced one keeps its place. */
  stmt = nape_diary_statement (self,
                               "INSERT INTO routine (uuid, name, description, fits, focus, position,"
                               "                     created, updated)"
                               " VALUES (?1, ?2, ?3, ?4, ?5,"
                               "         (SELECT coalesce (max (position) + 1, 0) FROM routine), ?6, ?6)"
                               " ON CONFLICT (uuid) DO UPDATE SET name = excluded.name,"
                               "   description = excluded.description, fits = excluded.fits,"
                               "   focus = excluded.focus, updated = excluded.updated",
                               error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, nape_routine_get_name (routine), -1, SQLITE_TRANSIENT);
  if (nape_routine_get_description (routine) != NULL)
    sqlite3_bind_text (stmt, 3, nape_routine_get_description (routine), -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int (stmt, 4, nape_routine_get_fits (routine));
  sqlite3_bind_text (stmt, 5, nape_routine_focus_to_string (nape_routine_get_focus (routine)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, now);
  if (!nape_diary_step_done (self, stmt, "saving a routine", error))
    return FALSE;

  stmt = nape_diary_statement (self, "DELETE FROM routine_step WHERE routine = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (!nape_diary_step_done (self, stmt, "saving a routine", error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      int intensity = nape_routine_step_get_intensity (step);

      stmt = nape_diary_statement (self,
                                   "INSERT INTO routine_step (routine, position, zone, technique, sides,"
                                   "                          seconds, reps, rep_seconds, intensity,"
                                   "                          instruction)"
                                   " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                   error);
      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, nape_routine_step_get_zone_id (step), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, nape_routine_step_get_technique_id (step), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, nape_routine_step_get_sides (step));
      sqlite3_bind_int (stmt, 6, nape_routine_step_get_seconds (step));
      sqlite3_bind_int (stmt, 7, nape_routine_step_get_reps (step));
      sqlite3_bind_double (stmt, 8, nape_routine_step_get_rep_seconds (step));
      if (intensity >= 0)
        sqlite3_bind_int (stmt, 9, intensity);
      else
        sqlite3_bind_null (stmt, 9);
      if (nape_routine_step_get_instruction (step) != NULL)
        sqlite3_bind_text (stmt, 10, nape_routine_step_get_instruction (step), -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_null (stmt, 10);

      if (!nape_diary_step_done (self, stmt, "saving a routine step", error))
        return FALSE;
    }

  return TRUE;
}

/* Rows that break the checks of migration 4 cannot be here; a row the step
 * constructor would still refuse is skipped rather than trusted. */
GPtrArray *
nape_diary_read_routines (NapeDiary  *self,
                          GError    **error)
{
  g_autoptr(GPtrArray) routines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  sqlite3_stmt *stmt;
  int rc;

  stmt = nape_diary_statement (self,
                               "SELECT uuid, name, description, fits, focus FROM routine"
                               " ORDER BY position, created, uuid",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeRoutineFocus focus = NAPE_ROUTINE_FOCUS_BACK_OF_HEAD;
      NapeRoutine *routine;

      nape_routine_focus_from_string ((const char *) sqlite3_column_text (stmt, 4), &focus);
      routine = nape_routine_new ((const char *) sqlite3_column_text (stmt, 0),
                                  (const char *) sqlite3_column_text (stmt, 1),
                                  (const char *) sqlite3_column_text (stmt, 2),
                                  sqlite3_column_int (stmt, 3) & 0xf, focus);
      g_ptr_array_add (routines, routine);
      g_hash_table_insert (by_id, (gpointer) nape_routine_get_id (routine), routine);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading the routines", error);
      return NULL;
    }

  stmt = nape_diary_statement (self,
                               "SELECT routine, zone, technique, sides, seconds, reps, rep_seconds,"
                               "       intensity, instruction"
                               " FROM routine_step ORDER BY routine, position",
                               error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NapeRoutine *routine = g_hash_table_lookup (by_id, sqlite3_column_text (stmt, 0));
      int intensity = sqlite3_column_type (stmt, 7) == SQLITE_NULL
                      ? NAPE_ROUTINE_STEP_NO_INTENSITY : sqlite3_column_int (stmt, 7);
      g_autoptr(NapeRoutineStep) step = NULL;

      if (routine == NULL)
        continue;

      step = nape_routine_step_new ((const char *) sqlite3_column_text (stmt, 1),
                                    (const char *) sqlite3_column_text (stmt, 2),
                                    sqlite3_column_int (stmt, 3),
                                    sqlite3_column_int (stmt, 4),
                                    sqlite3_column_int (stmt, 5),
                                    sqlite3_column_double (stmt, 6),
                                    intensity,
                                    (const char *) sqlite3_column_text (stmt, 8));
      nape_routine_append_step (routine, step);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      nape_diary_sqlite_error (self->db, rc, "reading the routines", error);
      return NULL;
    }

  return g_steal_pointer (&routines);
}

/* After an import or a failed move; a model nobody asked for stays unmade. */
void
nape_diary_reload_routines (NapeDiary *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) routines = NULL;

  if (self->routines == NULL)
    return;

  routines = nape_diary_read_routines (self, &error);
  if (routines == NULL)
    {
      g_warning ("Could not read the routines: %s", error->message);
      return;
    }

  g_list_store_splice (self->routines, 0, g_list_model_get_n_items (G_LIST_MODEL (self->routines)),
                       routines->pdata, routines->len);
}

static gboolean
find_routine (NapeDiary  *self,
              const char *id,
              guint      *position)
{
  GListModel *model = nape_diary_get_routines (self);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (model, i);

      if (g_str_equal (nape_routine_get_id (routine), id))
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
not_found (const char  *id,
           GError     **error)
{
  g_set_error (error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_NOT_FOUND,
               _("There is no routine “%s”"), id);
  return FALSE;
}

void
nape_diary_clear_routines (NapeDiary *self)
{
  g_clear_object (&self->routines);
  g_clear_object (&self->atlas);
}

void
nape_diary_set_atlas (NapeDiary *self,
                      NapeAtlas *atlas)
{
  g_return_if_fail (NAPE_IS_DIARY (self));
  g_return_if_fail (atlas == NULL || NAPE_IS_ATLAS (atlas));

  g_set_object (&self->atlas, atlas);
}

GListModel *
nape_diary_get_routines (NapeDiary *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);

  if (self->routines == NULL)
    {
      self->routines = g_list_store_new (NAPE_TYPE_ROUTINE);
      nape_diary_reload_routines (self);
    }

  return G_LIST_MODEL (self->routines);
}

NapeRoutine *
nape_diary_lookup_routine (NapeDiary  *self,
                           const char *id)
{
  guint position;

  g_return_val_if_fail (NAPE_IS_DIARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!find_routine (self, id, &position))
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->routines), position);
}

gboolean
nape_diary_save_routine (NapeDiary    *self,
                         NapeRoutine  *routine,
                         GError      **error)
{
  guint position;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (NAPE_IS_ROUTINE (routine), FALSE);
  g_return_val_if_fail (self->atlas != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!nape_diary_check_routine (self, routine, error))
    return FALSE;

  if (!nape_diary_begin (self, error))
    return FALSE;
  if (!nape_diary_write_routine (self, routine, error) || !nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  /* The saved object takes the place of the one it replaces. */
  if (find_routine (self, nape_routine_get_id (routine), &position))
    g_list_store_splice (self->routines, position, 1, (gpointer *) &routine, 1);
  else
    g_list_store_append (self->routines, routine);

  return TRUE;
}

gboolean
nape_diary_delete_routine (NapeDiary   *self,
                           const char  *id,
                           GError     **error)
{
  sqlite3_stmt *stmt;
  guint position;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_routine (self, id, &position))
    return not_found (id, error);

  if (!nape_diary_begin (self, error))
    return FALSE;

  stmt = nape_diary_statement (self, "DELETE FROM routine WHERE uuid = ?1", error);
  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (stmt == NULL
      || !nape_diary_step_done (self, stmt, "deleting a routine", error)
      || !nape_diary_commit (self, error))
    {
      nape_diary_rollback (self);
      return FALSE;
    }

  g_list_store_remove (self->routines, position);
  return TRUE;
}

gboolean
nape_diary_move_routine (NapeDiary   *self,
                         const char  *id,
                         guint        new_position,
                         GError     **error)
{
  g_autoptr(NapeRoutine) routine = NULL;
  guint n_routines;
  guint position;

  g_return_val_if_fail (NAPE_IS_DIARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!find_routine (self, id, &position))
    return not_found (id, error);

  n_routines = g_list_model_get_n_items (G_LIST_MODEL (self->routines));
  new_position = MIN (new_position, n_routines - 1);
  if (new_position == position)
    return TRUE;

  /* One splice over the stretch that moves, so that the routine never leaves the model. */
  {
    guint first = MIN (position, new_position);
    guint last = MAX (position, new_position);
    g_autoptr(GPtrArray) stretch = g_ptr_array_new_with_free_func (g_object_unref);

    routine = g_list_model_get_item (G_LIST_MODEL (self->routines), position);
    for (guint i = first; i <= last; i++)
      {
        if (i != position)
          g_ptr_array_add (stretch, g_list_model_get_item (G_LIST_MODEL (self->routines), i));
      }
    g_ptr_array_insert (stretch, new_position - first, g_object_ref (routine));
    g_list_store_splice (self->routines, first, last - first + 1, stretch->pdata, stretch->len);
  }

  /* Number the routines in their new order, all in one transaction. */

  if (!nape_diary_begin (self, error))
    goto failed;

  for (guint i = 0; i < n_routines; i++)
    {
      g_autoptr(NapeRoutine) item = g_list_model_get_item (G_LIST_MODEL (self->routines), i);
      sqlite3_stmt *stmt = nape_diary_statement (self,
                                                 "UPDATE routine SET position = ?2 WHERE uuid = ?1",
                                                 error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_text (stmt, 1, nape_routine_get_id (item), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, i);
      if (!nape_diary_step_done (self, stmt, "moving a routine", error))
        goto failed;
    }

  if (!nape_diary_commit (self, error))
    goto failed;

  return TRUE;

failed:
  nape_diary_rollback (self);
  nape_diary_reload_routines (self);
  return FALSE;
}
