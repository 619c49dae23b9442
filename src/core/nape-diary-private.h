/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-private.h — what the diary's source files share: the store, SQL helpers, bulk loading */

#pragma once

#include <sqlite3.h>

#include "nape-diary.h"

G_BEGIN_DECLS

struct _NapeDiary
{
  GObject     parent_instance;

  char       *path;
  sqlite3    *db;
  GHashTable *statements;       /* SQL text (static) → sqlite3_stmt */

  GListStore *headaches;        /* each created on first use */
  GListStore *intakes;
  GListStore *drugs;
  GListStore *massage_sessions;
  GListStore *day_factors;
  GListStore *routines;         /* the user's NapeRoutines, in their order */
  NapeAtlas  *atlas;            /* what saved routines are checked against */
};

/* Every entry read in one go, as export and import need them. */
typedef struct
{
  GPtrArray *symptoms;          /* NapeDiaryTermDef, user-defined only */
  GPtrArray *triggers;
  GPtrArray *drugs;
  GPtrArray *headaches;
  GPtrArray *intakes;
  GPtrArray *massage_sessions;
  GPtrArray *day_factors;
  GPtrArray *routines;          /* the user's NapeRoutines, in their order */
} NapeDiaryContents;

typedef struct
{
  char *id;
  char *label;
  guint line;                   /* where an imported term was read */
} NapeDiaryTermDef;

/* nape-diary.c */
sqlite3_stmt      *nape_diary_statement             (NapeDiary          *self,
                                                     const char         *sql,
                                                     GError            **error);
gboolean           nape_diary_sqlite_error          (sqlite3            *db,
                                                     int                 rc,
                                                     const char         *what,
                                                     GError            **error);
gboolean           nape_diary_exec                  (sqlite3            *db,
                                                     const char         *sql,
                                                     GError            **error);
gboolean           nape_diary_step_done             (NapeDiary          *self,
                                                     sqlite3_stmt       *stmt,
                                                     const char         *what,
                                                     GError            **error);
gboolean           nape_diary_invalid               (GError            **error,
                                                     const char         *format,
                                                     ...) G_GNUC_PRINTF (2, 3);
gboolean           nape_diary_bad_line_valist       (GError            **error,
                                                     guint               line,
                                                     const char         *format,
                                                     va_list             args) G_GNUC_PRINTF (3, 0);
gboolean           nape_diary_begin                 (NapeDiary          *self,
                                                     GError            **error);
gboolean           nape_diary_commit                (NapeDiary          *self,
                                                     GError            **error);
void               nape_diary_rollback              (NapeDiary          *self);
gboolean           nape_diary_has_uuid              (NapeDiary          *self,
                                                     GType               entry_type,
                                                     const char         *uuid);
gboolean           nape_diary_term_id_is_valid      (const char         *id);
NapeDiaryContents *nape_diary_read_contents         (NapeDiary          *self,
                                                     GError            **error);
NapeDiaryContents *nape_diary_contents_new          (void);
void               nape_diary_contents_free         (NapeDiaryContents  *contents);
NapeDiaryTermDef  *nape_diary_term_def_new          (const char         *id,
                                                     const char         *label,
                                                     guint               line);
void               nape_diary_term_def_free         (NapeDiaryTermDef   *def);
void               nape_diary_entry_set_line        (gpointer            entry,
                                                     guint               line);
GDateTime         *nape_diary_date_time_new         (gint64              unix_time,
                                                     int                 utc_offset);
int                nape_diary_local_day             (gint64              unix_time,
                                                     int                 utc_offset);
int                nape_diary_day_from_date         (const GDate        *date);
/* What an imported file may hold (both readers): no time before this year, no headache
 * longer than this. */
#define NAPE_DIARY_EARLIEST_YEAR 1900
#define NAPE_DIARY_LONGEST_HEADACHE_DAYS 366
gboolean           nape_diary_time_is_plausible     (GDateTime          *time);
gboolean           nape_diary_date_is_plausible     (const GDate        *date);
gboolean           nape_diary_headache_too_long     (GDateTime          *start,
                                                     GDateTime          *end);
void               nape_diary_date_from_day         (int                 day,
                                                     GDate              *date);

/* nape-diary-routines.c */
void               nape_diary_clear_routines        (NapeDiary          *self);
void               nape_diary_reload_routines       (NapeDiary          *self);
GPtrArray         *nape_diary_read_routines         (NapeDiary          *self,
                                                     GError            **error);
gboolean           nape_diary_check_routine         (NapeDiary          *self,
                                                     NapeRoutine        *routine,
                                                     GError            **error);
gboolean           nape_diary_write_routine         (NapeDiary          *self,
                                                     NapeRoutine        *routine,
                                                     GError            **error);

/* nape-diary-migrations.c */
gboolean           nape_diary_migrate               (sqlite3            *db,
                                                     int                 from_version,
                                                     int                 to_version,
                                                     GError            **error);
gboolean           nape_diary_migrate_step          (sqlite3            *db,
                                                     int                 to_version,
                                                     GError            **error);
int                nape_diary_get_user_version      (sqlite3            *db,
                                                     GError            **error);

/* nape-diary-json.c and nape-diary-csv.c */
GBytes            *nape_diary_contents_to_json      (NapeDiaryContents  *contents);
NapeDiaryContents *nape_diary_contents_from_json    (GBytes             *bytes,
                                                     GError            **error);
GBytes            *nape_diary_contents_to_csv       (NapeDiaryContents  *contents);
NapeDiaryContents *nape_diary_contents_from_csv     (GBytes             *bytes,
                                                     GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NapeDiaryContents, nape_diary_contents_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
