/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-diary-page.c: the Diary page. A month with the headache days shaded sits beside the
 * entries day by day; a big button logs a headache in three taps. Deleting can be undone,
 * and a damaged diary file is met with a choice, never with lost data. */

#define G_LOG_DOMAIN "nape-diary-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "nape-diary-page.h"
#include "nape-diary-row.h"
#include "nape-diary-statistics.h"
#include "nape-month-calendar.h"
#include "nape-routine.h"

struct _NapeDiaryPage
{
  AdwBin              parent_instance;

  NapeDiary          *diary;
  char               *path;
  NapeAtlas          *atlas;
  /* Day headers (GtkStringObject) and entries, newest first. */
  GListStore         *entries;
  /* The items of @entries, to compare a new build with at the cost of a pointer each. */
  GPtrArray          *shown;
  /* "YYYY-MM-DD" → position of that day's header in @entries. */
  GHashTable         *day_positions;
  /* Entries and day records saved since the list was built: the same object, changed in
   * place by an editor, needs its row bound again. */
  GHashTable         *saved_since;
  /* The day the headings shown were titled on: "Today" and "Yesterday" move at midnight. */
  char               *titled_on;
  /* The Deletion of each entry deleted while the undo toast is up: Undo brings back all. */
  GPtrArray          *deletions;
  AdwToast           *undo_toast;
  GError             *open_error;
  gboolean            recovery_pending;
  /* The day "About This Day…" opens, "YYYY-MM-DD": the one last clicked on the calendar. */
  char               *selected_day;
  /* The day whose heading is being brought to the top of the list, and the frames that
   * has taken: the list is laid out, then around the item, before its row can be found. */
  char               *scroll_day;
  guint               scroll_frames;
  guint               scroll_tick_id;
  /* The built-in routines, for the names of the sessions played. */
  GListModel         *routines;
  /* Cancels an open still running in its thread when the page goes away. */
  GCancellable       *opening;
  /* What the list view shows of the entries: a first screenful at once, then grown a
   * little per idle callback, so that making its rows never holds the window up long. */
  GtkSliceListModel  *shown_slice;
  guint               grow_id;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  GtkStack           *content_stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *month_pane;
  GtkWidget          *entries_pane;
  GtkLabel           *month_label;
  NapeMonthCalendar  *calendar;
  GtkLabel           *month_summary;
  GtkButton          *day_button;
  GtkLabel           *midas_label;
  GtkWidget          *show_entries_button;
  GtkWidget          *back_button;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *error_page;
};

G_DEFINE_FINAL_TYPE (NapeDiaryPage, nape_diary_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DIARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* An entry with its time as integers, so that sorting compares no GDateTimes. */
typedef struct
{
  GObject *entry;
  gint64   seconds;
  int      microsecond;
  /* Where it was collected: equal times keep headaches, intakes, sessions in that order. */
  guint    order;
} SortedEntry;

static void
clear_sorted_entry (gpointer data)
{
  g_object_unref (((SortedEntry *) data)->entry);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SortedEntry *x = a;
  const SortedEntry *y = b;

  if (x->seconds != y->seconds)
    return x->seconds < y->seconds ? 1 : -1;
  if (x->microsecond != y->microsecond)
    return x->microsecond < y->microsecond ? 1 : -1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* A local day, "YYYY-MM-DD", with the seconds since 1970 it spans: entries come sorted, so
 * most are told their day by two comparisons, not by a GDateTime in local time each. */
typedef struct
{
  gint64 start;
  gint64 end;
  char   key[11];
} LocalDay;

static void
local_day_find (LocalDay  *day,
                GTimeZone *local,
                gint64     seconds)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (seconds);
  g_autoptr(GDateTime) time = g_date_time_to_timezone (utc, local);
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;
  int year, month, mday;

  g_date_time_get_ymd (time, &year, &month, &mday);
  /* Where a clock change skips midnight, the day starts when the clock does. */
  midnight = g_date_time_new (local, year, month, mday, 0, 0, 0);
  next = g_date_time_add_days (midnight, 1);
  day->start = MIN (g_date_time_to_unix (midnight), seconds);
  day->end = MAX (g_date_time_to_unix (next), seconds + 1);
  g_snprintf (day->key, sizeof day->key, "%04d-%02d-%02d", year, month, mday);
}

static char *
day_key (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d");
}

/* What the titles of one build's day headings depend on, worked out once for all of them. */
typedef struct
{
  char *today;
  char *yesterday;
  int   year;
} DayTitles;

static void
day_titles_init (DayTitles *titles)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);

  titles->today = day_key (now);
  titles->yesterday = day_key (yesterday);
  titles->year = g_date_time_get_year (now);
}

static void
day_titles_clear (DayTitles *titles)
{
  g_clear_pointer (&titles->today, g_free);
  g_clear_pointer (&titles->yesterday, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DayTitles, day_titles_clear)

/* Noon, local time, on the day @key, "YYYY-MM-DD", and its parts; %NULL if that is no
 * day. */
static GDateTime *
day_noon (const char *key,
          int        *year,
          int        *month,
          int        *day)
{
  if (sscanf (key, "%d-%d-%d", year, month, day) != 3)
    return NULL;
  return g_date_time_new_local (*year, *month, *day, 12, 0, 0);
}

/* The title of the day @key, "YYYY-MM-DD", or %NULL if that is no day. */
static char *
day_title (const DayTitles *titles,
           const char      *key)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *title = NULL;
  int year, month, day;

  if (g_str_equal (key, titles->today))
    return g_strdup (_("Today"));
  if (g_str_equal (key, titles->yesterday))
    return g_strdup (_("Yesterday"));

  if ((local = day_noon (key, &year, &month, &day)) == NULL)
    return NULL;

  if (year == titles->year)
    /* Translators: a day heading in the diary; see strftime */
    title = g_date_time_format (local, _("%A %-d %B"));
  else
    /* Translators: a day heading in the diary, in another year; see strftime */
    title = g_date_time_format (local, _("%A %-d %B %Y"));

  return g_strdup (g_strstrip (title));
}

static char *
format_clock (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%H:%M");
}

typedef GDateTime *(*EntryTimeFunc) (gpointer entry);

/* @get_time: the getter for the model's one type of entry */
static void
collect (GArray        *all,
         GListModel    *model,
         EntryTimeFunc  get_time)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      GObject *entry = g_list_model_get_item (model, i);
      GDateTime *time = get_time (entry);
      SortedEntry sorted = { entry, 0, 0, all->len };

      if (time == NULL)
        {
          g_object_unref (entry);
          continue;
        }
      sorted.seconds = g_date_time_to_unix (time);
      sorted.microsecond = g_date_time_get_microsecond (time);
      g_array_append_val (all, sorted);
    }
}

static void
select_day (NapeDiaryPage *self,
            const char    *key)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autofree char *label = NULL;
  g_autofree char *day = NULL;
  int year, month, mday;

  if (self->selected_day != key)
    {
      g_free (self->selected_day);
      self->selected_day = g_strdup (key);
    }
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->day_button), "s", key);

  if ((noon = day_noon (key, &year, &month, &mday)) == NULL)
    return;

  /* The calendar marks the day the button is about, when it shows that month. */
  if (year == nape_month_calendar_get_year (self->calendar)
      && month == nape_month_calendar_get_month (self->calendar))
    nape_month_calendar_set_selected_day (self->calendar, mday);

  /* Translators: the day on the "About …" button under the month; see strftime */
  day = g_date_time_format (noon, _("%A %-d"));
  /* Translators: the button under the month for sleep, stress and MIDAS of the chosen day */
  label = g_strdup_printf (_("About %s…"), g_strstrip (day));
  gtk_button_set_label (self->day_button, label);
}

/* MIDAS over the three months that end with the month shown, or with today. */
static void
update_midas (NapeDiaryPage *self,
              int            year,
              int            month)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *text = NULL;
  GDate last_day;
  NapeMidas midas;
  char day[64];
  static const char *grades[] = {
    N_("little or no disability"), N_("mild disability"), N_("moderate disability"),
    N_("severe disability"),
  };

  g_date_clear (&last_day, 1);
  if (year > g_date_time_get_year (now)
      || (year == g_date_time_get_year (now) && month >= g_date_time_get_month (now)))
    g_date_set_dmy (&last_day, g_date_time_get_day_of_month (now),
                    g_date_time_get_month (now), g_date_time_get_year (now));
  else
    g_date_set_dmy (&last_day, g_date_get_days_in_month (month, year), month, year);

  if (!nape_diary_compute_midas (self->diary, &last_day, &midas, &error))
    {
      g_warning ("Could not compute MIDAS: %s", error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->midas_label), FALSE);
      return;
    }
  if (midas.recorded_days == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->midas_label), FALSE);
      return;
    }

  /* Translators: the last day of the MIDAS period; see strftime */
  g_date_strftime (day, sizeof day, _("%e %B"), &last_day);
  day_text = g_strdup (g_strstrip (day));
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: MIDAS score, its meaning, the last day, the days noted */
                                       "Headache disability (MIDAS) in the 3 months to %3$s: %1$u, %2$s. From the %4$u day you noted.",
                                       "Headache disability (MIDAS) in the 3 months to %3$s: %1$u, %2$s. From the %4$u days you noted.",
                                       midas.recorded_days),
                          midas.score, _(grades[CLAMP (midas.grade, 1, 4) - 1]), day_text,
                          midas.recorded_days);
  gtk_label_set_label (self->midas_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->midas_label), TRUE);
}

static void
update_month (NapeDiaryPage *self)
{
  int year = nape_month_calendar_get_year (self->calendar);
  int month = nape_month_calendar_get_month (self->calendar);
  g_autoptr(GDateTime) first = g_date_time_new_local (year, month, 1, 0, 0, 0);
  /* Translators: the month shown above the calendar; see strftime */
  g_autofree char *title = g_date_time_format (first, _("%B %Y"));
  g_autofree char *summary = NULL;
  g_autoptr(GArray) worst = NULL;
  g_autoptr(GError) error = NULL;
  guint n_days = 0;

  gtk_label_set_label (self->month_label, title);
  nape_month_calendar_clear_days (self->calendar);

  /* The chosen day stays while its month is shown; otherwise today, or the last day, where
   * MIDAS counts to. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *prefix = g_strdup_printf ("%04d-%02d-", year, month);
    g_autofree char *key = NULL;

    if (self->selected_day != NULL && g_str_has_prefix (self->selected_day, prefix))
      key = g_strdup (self->selected_day);
    else if (g_date_time_get_year (now) == year && g_date_time_get_month (now) == month)
      key = day_key (now);
    else
      key = g_strdup_printf ("%s%02d", prefix, g_date_get_days_in_month (month, year));
    select_day (self, key);
  }

  if (self->diary == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->midas_label), FALSE);
      return;
    }

  update_midas (self, year, month);

  worst = nape_diary_get_worst_pain_by_day (self->diary, year, month, &error);
  if (worst == NULL)
    g_debug ("Could not shade the month: %s", error->message);
  for (int d = 1; worst != NULL && d <= 31; d++)
    nape_month_calendar_set_day (self->calendar, d, g_array_index (worst, int, d - 1));

  for (int d = 1; d <= 31; d++)
    if (nape_month_calendar_get_day (self->calendar, d) >= 0)
      n_days++;

  if (n_days == 0)
    summary = g_strdup (_("No headache days this month."));
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u headache day. The stronger the colour, the worse the pain.",
                                            "%u headache days. The stronger the colour, the worse the pain.",
                                            n_days),
                               n_days);
  gtk_label_set_label (self->month_summary, summary);
}

/* The newest day of the month with a heading in the list, "YYYY-MM-DD", or %NULL. */
static char *
newest_listed_day (NapeDiaryPage *self,
                   int            year,
                   int            month)
{
  g_autofree char *prefix = g_strdup_printf ("%04d-%02d-", year, month);
  const char *newest = NULL;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->day_positions);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, prefix) && (newest == NULL || strcmp (key, newest) > 0))
      newest = key;

  return g_strdup (newest);
}

static int
compare_days_newest_first (gconstpointer a,
                           gconstpointer b)
{
  return -strcmp (nape_day_factors_get_date (*(NapeDayFactors **) a),
                  nape_day_factors_get_date (*(NapeDayFactors **) b));
}

static gboolean
saved_since_built (NapeDiaryPage *self,
                   gpointer       object)
{
  return g_hash_table_size (self->saved_since) > 0
         && g_hash_table_contains (self->saved_since, object);
}

/* A heading keeps its day, "YYYY-MM-DD", for the editor, and the day's record, for the
 * summary under the title. The heading shown for the day stays if neither its title nor
 * its record changed, so that its row is not bound again. */
static void
add_day_heading (NapeDiaryPage   *self,
                 GPtrArray       *items,
                 GHashTable      *day_positions,
                 const DayTitles *titles,
                 const char      *key,
                 NapeDayFactors  *factors)
{
  g_autofree char *title = NULL;
  GObject *heading = NULL;
  gpointer position;

  if (g_hash_table_lookup_extended (self->day_positions, key, NULL, &position))
    {
      GObject *shown = g_ptr_array_index (self->shown, GPOINTER_TO_UINT (position));
      gboolean titled_today = g_strcmp0 (self->titled_on, titles->today) == 0;

      if (!titled_today)
        title = day_title (titles, key);
      if (g_object_get_data (shown, "nape-day-factors") == (gpointer) factors
          && (factors == NULL || !saved_since_built (self, factors))
          && (titled_today
              || g_strcmp0 (title, gtk_string_object_get_string (GTK_STRING_OBJECT (shown))) == 0))
        heading = g_object_ref (shown);
    }

  if (heading == NULL)
    {
      if (title == NULL && (title = day_title (titles, key)) == NULL)
        return;
      heading = G_OBJECT (gtk_string_object_new (title));
      g_object_set_data_full (heading, "nape-day", g_strdup (key), g_free);
      if (factors != NULL)
        g_object_set_data_full (heading, "nape-day-factors", g_object_ref (factors),
                                g_object_unref);
    }

  g_hash_table_insert (day_positions, g_strdup (key), GUINT_TO_POINTER (items->len));
  g_ptr_array_add (items, heading);
}

/* Day headings and entries, newest first, as the list shows them; @day_positions gets
 * where each day's heading is. */
static GPtrArray *
build_entries (NapeDiaryPage *self,
               GHashTable    *day_positions)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (SortedEntry));
  g_autoptr(GPtrArray) noted_days = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  g_auto(DayTitles) titles = { NULL, };
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  LocalDay day = { G_MAXINT64, G_MININT64, "" };
  char previous[11] = "";
  guint next_noted = 0;

  if (self->diary == NULL)
    return items;

  day_titles_init (&titles);
  g_array_set_clear_func (all, clear_sorted_entry);
  collect (all, nape_diary_get_headaches (self->diary), (EntryTimeFunc) nape_headache_get_start);
  collect (all, nape_diary_get_intakes (self->diary), (EntryTimeFunc) nape_intake_get_time);
  collect (all, nape_diary_get_massage_sessions (self->diary),
           (EntryTimeFunc) nape_massage_session_get_start);
  g_array_sort (all, compare_newest_first);

  {
    GListModel *factors = nape_diary_get_day_factors (self->diary);
    guint n_items = g_list_model_get_n_items (factors);

    for (guint i = 0; i < n_items; i++)
      {
        NapeDayFactors *record = g_list_model_get_item (factors, i);

        if (nape_day_factors_get_date (record) != NULL)
          g_ptr_array_add (noted_days, record);
        else
          g_object_unref (record);
      }
    g_ptr_array_sort (noted_days, compare_days_newest_first);
  }

  for (guint i = 0; i <= all->len; i++)
    {
      SortedEntry *sorted = i < all->len ? &g_array_index (all, SortedEntry, i) : NULL;

      const char *key = day.key;

      if (sorted != NULL && (sorted->seconds < day.start || sorted->seconds >= day.end))
        local_day_find (&day, local, sorted->seconds);

      /* Days with only a day record, newer than this entry, come first. */
      while (next_noted < noted_days->len
             && (sorted == NULL
                 || strcmp (nape_day_factors_get_date (noted_days->pdata[next_noted]), key) > 0))
        {
          NapeDayFactors *noted = noted_days->pdata[next_noted++];

          if (strcmp (nape_day_factors_get_date (noted), previous) != 0)
            add_day_heading (self, items, day_positions, &titles,
                             nape_day_factors_get_date (noted), noted);
        }

      if (sorted == NULL)
        break;

      if (strcmp (key, previous) != 0)
        {
          NapeDayFactors *noted = next_noted < noted_days->len
                                  ? noted_days->pdata[next_noted] : NULL;

          /* Not yet passed by the loop above: the record of this very day, if any. */
          if (noted != NULL && strcmp (nape_day_factors_get_date (noted), key) != 0)
            noted = NULL;
          add_day_heading (self, items, day_positions, &titles, key, noted);
          memcpy (previous, key, sizeof previous);
        }
      g_ptr_array_add (items, g_object_ref (sorted->entry));
    }

  g_free (self->titled_on);
  self->titled_on = g_steal_pointer (&titles.today);

  return items;
}

/* Whether the row of @shown can stay for @item: the same object, not saved since. */
static gboolean
unchanged (NapeDiaryPage *self,
           gpointer       shown,
           gpointer       item)
{
  return shown == item && !saved_since_built (self, item);
}

/* Splices the part of @entries from @start that differs from @items, one run of removed
 * and added items at a time: an entry moved to another day takes two small splices, not
 * one over every day between. */
static void
splice_changes (NapeDiaryPage *self,
                GPtrArray     *items,
                guint          start,
                guint          old_end,
                guint          new_end)
{
  g_autoptr(GHashTable) old_index = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) new_index = g_hash_table_new (NULL, NULL);
  guint i = start, j = start, run_i = start, run_j = start, position = start;

  /* Nothing to match: one splice, as when the list is first filled. */
  if (start == old_end || start == new_end)
    {
      g_list_store_splice (self->entries, start, old_end - start, items->pdata + start,
                           new_end - start);
      return;
    }

  for (guint k = start; k < old_end; k++)
    g_hash_table_insert (old_index, self->shown->pdata[k], GUINT_TO_POINTER (k));
  for (guint k = start; k < new_end; k++)
    g_hash_table_insert (new_index, items->pdata[k], GUINT_TO_POINTER (k));

  while (i < old_end || j < new_end)
    {
      gpointer index;

      if (i < old_end && j < new_end && unchanged (self, self->shown->pdata[i], items->pdata[j]))
        {
          if (i > run_i || j > run_j)
            g_list_store_splice (self->entries, position, i - run_i, items->pdata + run_j,
                                 j - run_j);
          position += j - run_j + 1;
          run_i = ++i;
          run_j = ++j;
        }
      /* Gone, or saved since: it goes. */
      else if (i < old_end
               && (!g_hash_table_lookup_extended (new_index, self->shown->pdata[i], NULL, &index)
                   || GPOINTER_TO_UINT (index) < j
                   || saved_since_built (self, self->shown->pdata[i])))
        i++;
      /* New, or saved since: it comes. */
      else if (j < new_end
               && (!g_hash_table_lookup_extended (old_index, items->pdata[j], NULL, &index)
                   || GPOINTER_TO_UINT (index) < i
                   || saved_since_built (self, items->pdata[j])))
        j++;
      /* Both are further on in the other list: let the shown one go and come again later. */
      else
        i++;
    }

  if (i > run_i || j > run_j)
    g_list_store_splice (self->entries, position, i - run_i, items->pdata + run_j, j - run_j);
}

/* GTK 4.8's list view makes a row for up to 200 items around what it shows, each a few
 * milliseconds to build; the first ones go in at once, the rest some at a time. */
#define LIST_FIRST_ROWS 30
#define LIST_MORE_ROWS 30
#define LIST_ROWS_KEPT 200

/* Shows every entry at once: what is still to grow goes in now. */
static void
show_all_entries (NapeDiaryPage *self)
{
  g_clear_handle_id (&self->grow_id, g_source_remove);
  gtk_slice_list_model_set_size (self->shown_slice, G_MAXUINT);
}

static gboolean
grow_list_cb (gpointer user_data)
{
  NapeDiaryPage *self = user_data;
  guint size = gtk_slice_list_model_get_size (self->shown_slice) + LIST_MORE_ROWS;

  /* Past the rows GTK keeps, the rest costs no widgets. */
  if (size >= LIST_ROWS_KEPT)
    {
      self->grow_id = 0;
      show_all_entries (self);
      return G_SOURCE_REMOVE;
    }

  gtk_slice_list_model_set_size (self->shown_slice, size);
  return G_SOURCE_CONTINUE;
}

static void
grow_list_from_start (NapeDiaryPage *self)
{
  g_clear_handle_id (&self->grow_id, g_source_remove);
  gtk_slice_list_model_set_size (self->shown_slice, LIST_FIRST_ROWS);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->entries)) > LIST_FIRST_ROWS)
    self->grow_id = g_idle_add (grow_list_cb, self);
}

static gboolean find_row_top  (NapeDiaryPage *self,
                               guint          position,
                               double        *top);
static void     scroll_to_day (NapeDiaryPage *self,
                               const char    *key);

/* Builds the list anew and splices in only what differs from what it shows, so that the
 * rows of unchanged items keep their widgets, and the list its scroll position and focus;
 * with @replace_all, every item is put in anew, as when a diary is opened. */
static void
rebuild_entries (NapeDiaryPage *self,
                 gboolean       replace_all)
{
  g_autoptr(GHashTable) day_positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                               NULL);
  g_autoptr(GPtrArray) items = NULL;
  double first_top;
  /* Only an update keeps the place in the list; a list put in anew starts at its top. */
  gboolean at_top = !replace_all && find_row_top (self, 0, &first_top) && first_top > -1;
  guint old_end = self->shown->len;
  guint new_end;
  guint start = 0;

  if (replace_all)
    g_hash_table_remove_all (self->day_positions);
  items = build_entries (self, day_positions);
  new_end = items->len;

  if (replace_all)
    {
      grow_list_from_start (self);
      g_list_store_splice (self->entries, 0, old_end, items->pdata, new_end);
    }
  else
    {
      while (start < old_end && start < new_end
             && unchanged (self, self->shown->pdata[start], items->pdata[start]))
        start++;
      while (old_end > start && new_end > start
             && unchanged (self, self->shown->pdata[old_end - 1], items->pdata[new_end - 1]))
        old_end--, new_end--;
      if (start < old_end || start < new_end)
        splice_changes (self, items, start, old_end, new_end);
    }

  g_ptr_array_unref (self->shown);
  self->shown = g_steal_pointer (&items);
  g_hash_table_unref (self->day_positions);
  self->day_positions = g_steal_pointer (&day_positions);
  g_hash_table_remove_all (self->saved_since);

  /* A list read from the top stays there: GTK keeps the row that was first in view, so
   * rows coming in above it, for today most often, would go up out of sight. */
  if (at_top && self->shown->len > 0
      && g_object_get_data (self->shown->pdata[0], "nape-day") != NULL)
    scroll_to_day (self, g_object_get_data (self->shown->pdata[0], "nape-day"));

  gtk_stack_set_visible_child_name (self->list_stack, self->shown->len > 0 ? "list" : "empty");
  update_month (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              NapeDiaryPage            *self)
{
  GtkWidget *row = nape_diary_row_new ();

  /* For finding the row of a position; the item owns the row, so outlives it. */
  g_object_set_data (G_OBJECT (row), "nape-list-item", item);
  gtk_list_item_set_child (item, row);
}

static const char *
kind_label (NapeHeadacheKind kind)
{
  switch (kind)
    {
    case NAPE_HEADACHE_KIND_TENSION:
      return _("Tension-type headache");
    case NAPE_HEADACHE_KIND_MIGRAINE:
      return _("Migraine");
    case NAPE_HEADACHE_KIND_CERVICOGENIC:
      return _("Headache from the neck");
    case NAPE_HEADACHE_KIND_OCCIPITAL_NEURALGIA:
      return _("Occipital neuralgia");
    case NAPE_HEADACHE_KIND_CLUSTER:
      return _("Cluster headache");
    case NAPE_HEADACHE_KIND_UNKNOWN:
    case NAPE_HEADACHE_KIND_OTHER:
    default:
      return _("Headache");
    }
}

static char *
drug_name (NapeDiaryPage *self,
           const char    *uuid)
{
  g_autoptr(NapeDrug) drug = NULL;

  if (uuid != NULL && (drug = nape_diary_lookup (self->diary, NAPE_TYPE_DRUG, uuid)) != NULL)
    return g_strdup (nape_drug_get_name (drug));

  return g_strdup (_("Medicine"));
}

/* "Slept 6.5 h · moderate stress · kept from things", or NULL if nothing was noted. */
static char *
day_summary_text (NapeDayFactors *factors)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double sleep;
  int stress;

  sleep = nape_day_factors_get_sleep_hours (factors);
  stress = nape_day_factors_get_stress (factors);
  if (sleep >= 0)
    /* Translators: hours slept, in the day heading of the diary */
    g_string_append_printf (text, _("Slept %g h"), sleep);
  if (stress >= 0)
    {
      static const char *stress_words[] = {
        N_("no stress"), N_("mild stress"), N_("moderate stress"), N_("high stress"),
      };

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, _(stress_words[MIN (stress, 3)]));
    }
  if (nape_day_factors_get_missed_work (factors) || nape_day_factors_get_reduced_work (factors)
      || nape_day_factors_get_missed_home (factors) || nape_day_factors_get_reduced_home (factors)
      || nape_day_factors_get_missed_social (factors))
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: in a day heading: headache kept the person from work, home or leisure */
      g_string_append (text, _("held back by headache"));
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             NapeDiaryPage            *self)
{
  GObject *object = gtk_list_item_get_item (item);
  NapeDiaryRow *row = NAPE_DIARY_ROW (gtk_list_item_get_child (item));
  g_autofree char *title_text = NULL;
  g_autofree char *subtitle_text = NULL;
  g_autofree char *accessible = NULL;
  const char *icon_name = NULL;
  int intensity = -1;

  gtk_list_item_set_selectable (item, FALSE);

  if (GTK_IS_STRING_OBJECT (object))
    {
      const char *key = g_object_get_data (object, "nape-day");
      NapeDayFactors *factors = g_object_get_data (object, "nape-day-factors");
      g_autofree char *summary = factors != NULL ? day_summary_text (factors) : NULL;

      nape_diary_row_show_day (row, gtk_string_object_get_string (GTK_STRING_OBJECT (object)),
                               summary, key);
      gtk_list_item_set_activatable (item, FALSE);
      return;
    }

  gtk_list_item_set_activatable (item, TRUE);

  if (NAPE_IS_HEADACHE (object))
    {
      NapeHeadache *headache = NAPE_HEADACHE (object);
      g_autofree char *start = format_clock (nape_headache_get_start (headache));

      intensity = nape_headache_get_peak_intensity (headache);
      title_text = g_strdup (kind_label (nape_headache_get_kind (headache)));
      if (nape_headache_get_end (headache) != NULL)
        {
          g_autofree char *end = format_clock (nape_headache_get_end (headache));
          GTimeSpan span = g_date_time_difference (nape_headache_get_end (headache),
                                                   nape_headache_get_start (headache));
          g_autoptr(GDateTime) local_start = g_date_time_to_local (nape_headache_get_start (headache));
          g_autoptr(GDateTime) local_end = g_date_time_to_local (nape_headache_get_end (headache));

          if (span >= G_TIME_SPAN_DAY)
            /* Translators: a headache that lasted more than a day: start time, days */
            subtitle_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "From %s, for %d day",
                                                          "From %s, for %d days",
                                                          (int) (span / G_TIME_SPAN_DAY)),
                                             start, (int) (span / G_TIME_SPAN_DAY));
          else if (g_date_time_get_day_of_year (local_start)
                   != g_date_time_get_day_of_year (local_end))
            /* Translators: a headache from one time of day to another, past midnight; it
             * is listed under the day it began */
            subtitle_text = g_strdup_printf (_("%s to %s the next day"), start, end);
          else
            /* Translators: a headache from one time of day to another */
            subtitle_text = g_strdup_printf (_("%s to %s"), start, end);
        }
      else
        /* Translators: a headache that has not ended yet */
        subtitle_text = g_strdup_printf (_("Since %s, still going"), start);

      if (intensity >= 0)
        accessible = g_strdup_printf (_("%s, pain %d of 10, %s"), title_text, intensity,
                                      subtitle_text);
    }
  else if (NAPE_IS_INTAKE (object))
    {
      NapeIntake *intake = NAPE_INTAKE (object);
      g_autofree char *name = drug_name (self, nape_intake_get_drug_uuid (intake));

      icon_name = "applications-science-symbolic";
      if (nape_intake_get_dose (intake) > 0)
        title_text = g_strdup_printf ("%s %g %s", name, nape_intake_get_dose (intake),
                                      nape_intake_get_unit (intake) ? nape_intake_get_unit (intake) : "");
      else
        title_text = g_strdup (name);
      g_strstrip (title_text);
      subtitle_text = format_clock (nape_intake_get_time (intake));
    }
  else if (NAPE_IS_MASSAGE_SESSION (object))
    {
      NapeMassageSession *session = NAPE_MASSAGE_SESSION (object);
      g_autofree char *start = format_clock (nape_massage_session_get_start (session));
      int before = nape_massage_session_get_pain_before (session);
      int after = nape_massage_session_get_pain_after (session);
      int duration = nape_massage_session_get_duration (session);
      /* As the player's summary says: "about 1 minute" for a short one, never 0. */
      int minutes = duration > 0 ? MAX (1, (duration + 30) / 60) : 0;

      icon_name = "alarm-symbolic";
      title_text = g_strdup (_("Self-massage"));
      if (before >= 0 && after >= 0)
        /* Translators: start time, minutes, pain before and after */
        subtitle_text = g_strdup_printf (_("%s, %d min, pain %d → %d"), start, minutes, before,
                                         after);
      else
        /* Translators: start time and minutes */
        subtitle_text = g_strdup_printf (_("%s, %d min"), start, minutes);
    }

  nape_diary_row_show_entry (row, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (object)), intensity,
                             icon_name, title_text, subtitle_text, accessible);
}

static GObject *
find_entry (NapeDiaryPage *self,
            const char    *uuid)
{
  static GType types[3];
  GObject *entry;

  types[0] = NAPE_TYPE_HEADACHE;
  types[1] = NAPE_TYPE_INTAKE;
  types[2] = NAPE_TYPE_MASSAGE_SESSION;
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if ((entry = nape_diary_lookup (self->diary, types[i], uuid)) != NULL)
      return entry;

  return NULL;
}

/* Opens the editor that fits @entry. */
static void
edit_entry (NapeDiaryPage *self,
            GObject       *entry)
{
  const char *uuid = nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (entry));

  if (NAPE_IS_HEADACHE (entry))
    nape_diary_page_edit_headache (self, uuid);
  else if (NAPE_IS_INTAKE (entry))
    nape_diary_page_edit_intake (self, uuid);
  else if (NAPE_IS_MASSAGE_SESSION (entry))
    nape_diary_page_edit_session (self, uuid);
}

/* Shows an editor or the quick log over the window this page is in. */
static void
present_over_page (NapeDiaryPage *self,
                   GtkWindow     *window)
{
  gtk_window_set_transient_for (window, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (window);
}

static void
show_toast (NapeDiaryPage *self,
            const char    *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
show_open_error (NapeDiaryPage *self)
{
  gboolean corrupt = g_error_matches (self->open_error, NAPE_DIARY_ERROR,
                                      NAPE_DIARY_ERROR_CORRUPT);

  adw_status_page_set_description (self->error_page, self->open_error->message);
  gtk_widget_set_visible (adw_status_page_get_child (self->error_page), corrupt);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      NapeDiaryPage    *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *moved_to = NULL;
  g_autofree char *path = g_strdup (self->path);
  gboolean done;

  if (g_str_equal (response, "restore"))
    done = nape_diary_restore_latest_backup (path, &moved_to, &error);
  else if (g_str_equal (response, "new"))
    done = nape_diary_start_new (path, &moved_to, &error);
  else
    return;

  if (!done)
    {
      g_clear_error (&self->open_error);
      self->open_error = g_steal_pointer (&error);
      show_open_error (self);
      return;
    }

  if (nape_diary_page_open (self, path) && moved_to != NULL)
    {
      g_autofree char *basename = g_path_get_basename (moved_to);
      g_autofree char *message = NULL;

      if (g_str_equal (response, "restore"))
        message = g_strdup_printf (_("Backup restored. The damaged file was kept as %s"), basename);
      else
        message = g_strdup_printf (_("New diary started. The damaged file was kept as %s"),
                                   basename);
      show_toast (self, message);
    }
}

static void
present_recovery_dialog (NapeDiaryPage *self)
{
  g_auto(GStrv) backups = nape_diary_list_backups (self->path);
  gboolean has_backup = backups != NULL && backups[0] != NULL;
  GtkWidget *dialog;

  self->recovery_pending = FALSE;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Your Diary Is Damaged"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog),
                               has_backup
                               ? _("Nape cannot read your diary file. You can go back to the latest backup, or start a new, empty diary. The damaged file is kept either way.")
                               : _("Nape cannot read your diary file, and there is no backup yet. You can start a new, empty diary. The damaged file is kept."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Now"),
                                    "new", _("_Start New Diary"),
                                    NULL);
  /* A choice that cannot be taken is left out, not shown greyed. */
  if (has_backup)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore",
                                       _("_Restore Backup"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           has_backup ? "restore" : "new");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quick_log_saved_cb (NapeDiaryPage *self,
                    NapeHeadache  *headache)
{
  AdwToast *toast = adw_toast_new (_("Headache saved. Rest well."));

  adw_toast_set_button_label (toast, _("Add _Details"));
  adw_toast_set_action_name (toast, "diary.edit");
  adw_toast_set_action_target_value (toast, g_variant_new_string (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache))));
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
diary_changed_cb (NapeDiaryPage *self)
{
  rebuild_entries (self, FALSE);
}

/* An editor changes the entry in place; the diary's models put it in again when it is
 * saved, and so tell which rows to bind again. */
static void
diary_items_changed_cb (GListModel    *model,
                        guint          position,
                        guint          removed,
                        guint          added,
                        NapeDiaryPage *self)
{
  for (guint i = 0; i < added; i++)
    g_hash_table_add (self->saved_since, g_list_model_get_item (model, position + i));
}

static GListModel **
diary_models (NapeDiaryPage *self,
              GListModel    *models[4])
{
  models[0] = nape_diary_get_headaches (self->diary);
  models[1] = nape_diary_get_intakes (self->diary);
  models[2] = nape_diary_get_massage_sessions (self->diary);
  models[3] = nape_diary_get_day_factors (self->diary);

  return models;
}

static void
watch_diary (NapeDiaryPage *self)
{
  GListModel *models[4];

  g_signal_connect_object (self->diary, "changed", G_CALLBACK (diary_changed_cb), self,
                           G_CONNECT_SWAPPED);
  diary_models (self, models);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    g_signal_connect_object (models[i], "items-changed", G_CALLBACK (diary_items_changed_cb),
                             self, 0);
}

static void
unwatch_diary (NapeDiaryPage *self)
{
  GListModel *models[4];

  if (self->diary == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self->diary, diary_changed_cb, self);
  diary_models (self, models);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    g_signal_handlers_disconnect_by_func (models[i], diary_items_changed_cb, self);
}

/* Where the top of the row at @position is, from the top of what the list shows; %FALSE
 * while the list has laid out no row for it. */
static gboolean
find_row_top (NapeDiaryPage *self,
              guint          position,
              double        *top)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *item;
      graphene_point_t point;

      if (row == NULL || !NAPE_IS_DIARY_ROW (row)
          || (item = g_object_get_data (G_OBJECT (row), "nape-list-item")) == NULL
          || gtk_list_item_get_position (item) != position)
        continue;

      if (!gtk_widget_get_child_visible (child)
          || !gtk_widget_compute_point (child, GTK_WIDGET (self->list_view),
                                        &GRAPHENE_POINT_INIT (0, 0), &point))
        return FALSE;
      *top = point.y;
      return TRUE;
    }

  return FALSE;
}

/* GTK 4.8 scrolls an item only just into view, to the bottom edge when it lies below: once
 * the rows around it are laid out, the list is scrolled on by where the heading's row is. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view));
  gpointer position;
  double top, value, target;

  /* Hidden, as on a narrow window that shows the month: it goes on when the list shows. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    {
      self->scroll_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  self->scroll_frames++;
  if (self->scroll_frames <= 12
      && g_hash_table_lookup_extended (self->day_positions, self->scroll_day, NULL, &position))
    {
      /* A list just shown is laid out in the first frame; in the second, around the item,
       * which it makes the rows for. */
      if (self->scroll_frames == 1)
        return G_SOURCE_CONTINUE;
      if (self->scroll_frames == 2)
        {
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                      GPOINTER_TO_UINT (position));
          return G_SOURCE_CONTINUE;
        }
      if (!find_row_top (self, GPOINTER_TO_UINT (position), &top))
        return G_SOURCE_CONTINUE;

      /* Near the end of the list, the heading goes as high as the list can scroll. */
      value = gtk_adjustment_get_value (adjustment);
      target = CLAMP (value + top, gtk_adjustment_get_lower (adjustment),
                      gtk_adjustment_get_upper (adjustment)
                      - gtk_adjustment_get_page_size (adjustment));
      if (ABS (target - value) >= 1)
        {
          gtk_adjustment_set_value (adjustment, target);
          return G_SOURCE_CONTINUE;
        }
    }

  self->scroll_tick_id = 0;
  g_clear_pointer (&self->scroll_day, g_free);

  return G_SOURCE_REMOVE;
}

static void
start_scrolling (NapeDiaryPage *self)
{
  self->scroll_frames = 0;
  if (self->scroll_tick_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb,
                                                         NULL, NULL);
}

/* Scrolls the list so that the heading of @key, "YYYY-MM-DD", is at its top; a list
 * hidden, as on a narrow window that shows the month, when it shows. */
static void
scroll_to_day (NapeDiaryPage *self,
               const char    *key)
{
  gpointer position;

  if (!g_hash_table_lookup_extended (self->day_positions, key, NULL, &position))
    return;

  /* A day further down than the list has grown yet. */
  if (GPOINTER_TO_UINT (position) >= gtk_slice_list_model_get_size (self->shown_slice))
    show_all_entries (self);
  g_free (self->scroll_day);
  self->scroll_day = g_strdup (key);
  start_scrolling (self);
}

static void
list_view_map_cb (NapeDiaryPage *self)
{
  if (self->scroll_day != NULL)
    start_scrolling (self);
}

static void
day_activated_cb (NapeDiaryPage *self,
                  int            day)
{
  g_autofree char *key = g_strdup_printf ("%04d-%02d-%02d",
                                          nape_month_calendar_get_year (self->calendar),
                                          nape_month_calendar_get_month (self->calendar), day);

  select_day (self, key);
  if (!g_hash_table_contains (self->day_positions, key))
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->entries_pane);
  scroll_to_day (self, key);
}

static void
list_activate_cb (NapeDiaryPage *self,
                  guint          position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->entries), position);

  /* Day headers are not entries. */
  if (!NAPE_IS_DIARY_ENTRY (item))
    return;

  edit_entry (self, item);
}

static void
folded_changed_cb (NapeDiaryPage *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->show_entries_button, folded);
  gtk_widget_set_visible (self->back_button, folded);
}

static void
log_headache_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  nape_diary_page_log_headache (NAPE_DIARY_PAGE (widget));
}

static void
add_past_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  nape_diary_page_edit_headache (NAPE_DIARY_PAGE (widget), NULL);
}

static void
add_intake_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  nape_diary_page_edit_intake (NAPE_DIARY_PAGE (widget), NULL);
}

static void
edit_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  nape_diary_page_edit_day (NAPE_DIARY_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  const char *uuid = g_variant_get_string (parameter, NULL);
  g_autoptr(GObject) entry = NULL;

  if (self->diary == NULL || (entry = find_entry (self, uuid)) == NULL)
    return;

  edit_entry (self, entry);
}

/* An entry deleted, and the intakes and sessions that belonged to it (for a headache). */
typedef struct
{
  GObject   *entry;
  GPtrArray *links;
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_object_unref (deletion->entry);
  g_ptr_array_unref (deletion->links);
  g_free (deletion);
}

/* Once the toast has gone, the deletions are for good. */
static void
undo_toast_dismissed_cb (AdwToast      *toast,
                         NapeDiaryPage *self)
{
  if (toast != self->undo_toast)
    return;

  g_clear_object (&self->undo_toast);
  g_ptr_array_set_size (self->deletions, 0);
}

/* One toast for all the deletions not yet for good: a second deletion replaces the toast
 * of the first, and its Undo brings back both. */
static void
show_undo_toast (NapeDiaryPage *self)
{
  Deletion *last = g_ptr_array_index (self->deletions, self->deletions->len - 1);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->undo_toast != NULL)
    {
      g_autoptr(AdwToast) previous = g_steal_pointer (&self->undo_toast);

      adw_toast_dismiss (previous);
    }

  if (self->deletions->len > 1)
    title = g_strdup_printf (ngettext ("%u entry deleted", "%u entries deleted",
                                       self->deletions->len),
                             self->deletions->len);
  else
    title = g_strdup (NAPE_IS_HEADACHE (last->entry) ? _("Headache deleted")
                      : NAPE_IS_INTAKE (last->entry) ? _("Medicine deleted")
                      : _("Session deleted"));

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "diary.undo-delete");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, 0);
  self->undo_toast = g_object_ref (toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  g_autoptr(GObject) entry = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;
  Deletion *deletion;

  if (self->diary == NULL)
    return;

  entry = find_entry (self, g_variant_get_string (parameter, NULL));
  if (entry == NULL)
    return;

  /* Deleting a headache unlinks its intakes and sessions; undo links them again. */
  links = g_ptr_array_new_with_free_func (g_object_unref);
  if (NAPE_IS_HEADACHE (entry))
    {
      const char *uuid = nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (entry));
      GListModel *intakes = nape_diary_get_intakes (self->diary);
      GListModel *sessions = nape_diary_get_massage_sessions (self->diary);

      for (guint i = 0; i < g_list_model_get_n_items (intakes); i++)
        {
          g_autoptr(NapeIntake) intake = g_list_model_get_item (intakes, i);

          if (g_strcmp0 (nape_intake_get_headache_uuid (intake), uuid) == 0)
            g_ptr_array_add (links, g_object_ref (intake));
        }
      for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
        {
          g_autoptr(NapeMassageSession) session = g_list_model_get_item (sessions, i);

          if (g_strcmp0 (nape_massage_session_get_headache_uuid (session), uuid) == 0)
            g_ptr_array_add (links, g_object_ref (session));
        }
    }

  if (!nape_diary_delete (self->diary, entry, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete: %s"), error->message);

      show_toast (self, message);
      return;
    }

  deletion = g_new0 (Deletion, 1);
  deletion->entry = g_steal_pointer (&entry);
  deletion->links = g_steal_pointer (&links);
  g_ptr_array_add (self->deletions, deletion);
  show_undo_toast (self);
}

/* Saves @deletion's entry again and links its intakes and sessions to it again. */
static gboolean
restore (NapeDiaryPage  *self,
         Deletion       *deletion,
         GError        **error)
{
  const char *uuid = nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (deletion->entry));

  if (!nape_diary_save (self->diary, deletion->entry, error))
    return FALSE;

  for (guint i = 0; i < deletion->links->len; i++)
    {
      GObject *link = deletion->links->pdata[i];
      g_autoptr(GError) link_error = NULL;

      if (NAPE_IS_INTAKE (link))
        nape_intake_set_headache_uuid (NAPE_INTAKE (link), uuid);
      else
        nape_massage_session_set_headache_uuid (NAPE_MASSAGE_SESSION (link), uuid);
      if (!nape_diary_save (self->diary, link, &link_error))
        g_warning ("Could not link %s again: %s",
                   nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (link)), link_error->message);
    }

  return TRUE;
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  g_autoptr(GPtrArray) deletions = NULL;

  if (self->diary == NULL)
    return;

  /* Newest first, so an entry comes back before anything deleted earlier refers to it. */
  deletions = g_steal_pointer (&self->deletions);
  self->deletions = g_ptr_array_new_with_free_func (deletion_free);
  for (guint i = deletions->len; i > 0; i--)
    {
      g_autoptr(GError) error = NULL;

      if (!restore (self, deletions->pdata[i - 1], &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

          show_toast (self, message);
          return;
        }
    }
}

static void
change_month (NapeDiaryPage *self,
              int            delta)
{
  int year = nape_month_calendar_get_year (self->calendar);
  int month = nape_month_calendar_get_month (self->calendar) + delta;

  if (month < 1)
    month = 12, year--;
  else if (month > 12)
    month = 1, year++;
  nape_diary_page_show_month (self, year, month);
}

static void
previous_month_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  change_month (NAPE_DIARY_PAGE (widget), -1);
}

static void
next_month_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  change_month (NAPE_DIARY_PAGE (widget), 1);
}

static void
show_entries_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->entries_pane);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->month_pane);
}

static void
recover_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  present_recovery_dialog (NAPE_DIARY_PAGE (widget));
}

static GtkFileFilter *
diary_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Diary files (CSV or JSON)"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "json");

  return filter;
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    NapeDiaryPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_added = 0;

  if (response == GTK_RESPONSE_ACCEPT && self->diary != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      /* The routines in a JSON file are checked against the atlas; the Routines page,
       * which otherwise gives it to the diary, may not have been built yet. */
      if (self->atlas != NULL)
        nape_diary_set_atlas (self->diary, self->atlas);
      if (!nape_diary_import_from_file (self->diary, file, &n_added, &error))
        message = g_strdup_printf (_("Could not import: %s"), error->message);
      else if (n_added == 0)
        message = g_strdup (_("Nothing new to import"));
      else
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry imported",
                                                "%u entries imported", n_added),
                                   n_added);
      show_toast (self, message);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    NapeDiaryPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  NapeDiaryFormat format;

  if (response == GTK_RESPONSE_ACCEPT && self->diary != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      if (!nape_diary_format_for_file (file, &format))
        {
          /* No extension given: CSV, which spreadsheets open. */
          g_autofree char *path = g_file_get_path (file);
          g_autofree char *with_extension = g_strconcat (path, ".csv", NULL);

          g_object_unref (file);
          file = g_file_new_for_path (with_extension);
          format = NAPE_DIARY_FORMAT_CSV;
        }

      if (!nape_diary_export_to_file (self->diary, file, format, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Could not export: %s"), error->message);

          show_toast (self, message);
        }
      else
        show_toast (self, _("Diary exported"));
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = diary_file_filter ();

  chooser = gtk_file_chooser_native_new (_("Import Into Diary"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = diary_file_filter ();

  chooser = gtk_file_chooser_native_new (_("Export Diary"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("headache-diary.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
nape_diary_page_map (GtkWidget *widget)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (widget);

  GTK_WIDGET_CLASS (nape_diary_page_parent_class)->map (widget);

  if (self->recovery_pending)
    present_recovery_dialog (self);
}

static void
nape_diary_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_DIARY:
      g_value_set_object (value, self->diary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nape_diary_page_dispose (GObject *object)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (object);

  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  unwatch_diary (self);
  g_clear_object (&self->diary);
  g_clear_object (&self->atlas);
  g_clear_object (&self->undo_toast);
  g_clear_object (&self->entries);
  g_clear_object (&self->routines);

  G_OBJECT_CLASS (nape_diary_page_parent_class)->dispose (object);
}

static void
nape_diary_page_finalize (GObject *object)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->selected_day, g_free);
  g_clear_pointer (&self->scroll_day, g_free);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->day_positions, g_hash_table_unref);
  g_clear_pointer (&self->saved_since, g_hash_table_unref);
  g_clear_pointer (&self->titled_on, g_free);
  g_clear_pointer (&self->deletions, g_ptr_array_unref);
  g_clear_error (&self->open_error);

  G_OBJECT_CLASS (nape_diary_page_parent_class)->finalize (object);
}

static void
nape_diary_page_class_init (NapeDiaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = nape_diary_page_get_property;
  object_class->dispose = nape_diary_page_dispose;
  object_class->finalize = nape_diary_page_finalize;
  widget_class->map = nape_diary_page_map;

  /**
   * NapeDiaryPage:diary:
   *
   * The open diary, or %NULL while it cannot be opened. Changes when the user restores a
   * backup or starts a new diary.
   */
  properties[PROP_DIARY] =
    g_param_spec_object ("diary", NULL, NULL,
                         NAPE_TYPE_DIARY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (NAPE_TYPE_MONTH_CALENDAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-diary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, month_pane);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, entries_pane);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, month_label);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, month_summary);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, day_button);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, midas_label);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, show_entries_button);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, NapeDiaryPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, day_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_month);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_map_cb);

  gtk_widget_class_install_action (widget_class, "diary.log-headache", NULL, log_headache_action);
  gtk_widget_class_install_action (widget_class, "diary.add-past", NULL, add_past_action);
  gtk_widget_class_install_action (widget_class, "diary.add-intake", NULL, add_intake_action);
  gtk_widget_class_install_action (widget_class, "diary.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "diary.edit-day", "s", edit_day_action);
  gtk_widget_class_install_action (widget_class, "diary.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "diary.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "diary.previous-month", NULL,
                                   previous_month_action);
  gtk_widget_class_install_action (widget_class, "diary.next-month", NULL, next_month_action);
  gtk_widget_class_install_action (widget_class, "diary.show-entries", NULL, show_entries_action);
  gtk_widget_class_install_action (widget_class, "diary.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "diary.recover", NULL, recover_action);
  gtk_widget_class_install_action (widget_class, "diary.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "diary.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "diary.log-headache", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "diary.previous-month", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "diary.next-month", NULL);
}

static void
nape_diary_page_init (NapeDiaryPage *self)
{
  GtkListItemFactory *factory;

  self->entries = g_list_store_new (G_TYPE_OBJECT);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->day_positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->saved_since = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->deletions = g_ptr_array_new_with_free_func (deletion_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  self->shown_slice = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->entries)), 0,
                                                LIST_FIRST_ROWS);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->shown_slice))));
  g_object_unref (gtk_list_view_get_model (self->list_view));

  g_signal_connect_object (self->leaflet, "notify::folded",
                           G_CALLBACK (folded_changed_cb), self, G_CONNECT_SWAPPED);
  folded_changed_cb (self);
  rebuild_entries (self, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.log-headache", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add-past", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add-intake", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.edit-day", FALSE);
}

/* Takes the path to open and lets go of the diary shown until now. */
static void
begin_open (NapeDiaryPage *self,
            const char    *path)
{
  g_autofree char *default_path = NULL;

  if (path == NULL)
    path = default_path = nape_diary_get_default_path ();
  if (self->path != path)
    {
      g_free (self->path);
      self->path = g_strdup (path);
    }

  /* An open still running in its thread would otherwise land on top of this one. */
  g_cancellable_cancel (self->opening);
  g_clear_object (&self->opening);

  unwatch_diary (self);
  g_clear_object (&self->diary);
  g_clear_object (&self->undo_toast);
  g_ptr_array_set_size (self->deletions, 0);
  g_clear_error (&self->open_error);
}

/* Shows the diary just opened, or why it could not be. */
static gboolean
finish_open (NapeDiaryPage *self,
             NapeDiary     *diary,
             GError        *error)
{
  self->open_error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.log-headache", diary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add-past", diary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.add-intake", diary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diary.edit-day", diary != NULL);
  if (diary == NULL)
    {
      show_open_error (self);
      if (g_error_matches (self->open_error, NAPE_DIARY_ERROR, NAPE_DIARY_ERROR_CORRUPT))
        {
          if (gtk_widget_get_mapped (GTK_WIDGET (self)))
            present_recovery_dialog (self);
          else
            self->recovery_pending = TRUE;
        }
      rebuild_entries (self, TRUE);
      return FALSE;
    }

  self->diary = diary;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY]);
  gtk_stack_set_visible_child_name (self->content_stack, "diary");
  rebuild_entries (self, TRUE);
  watch_diary (self);

  return TRUE;
}

static void
open_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  NapeDiary *diary = nape_diary_open (task_data, &error);

  if (diary == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* The models the list is built from are read here too: for a diary of many years that
   * is a good part of a second the window need not wait for. Nothing else holds the diary
   * until the task returns it. */
  nape_diary_get_headaches (diary);
  nape_diary_get_intakes (diary);
  nape_diary_get_massage_sessions (diary);
  nape_diary_get_day_factors (diary);
  nape_diary_get_drugs (diary);
  g_task_return_pointer (task, diary, g_object_unref);
}

static void
opened_cb (GObject      *source_object,
           GAsyncResult *result,
           gpointer      user_data)
{
  NapeDiaryPage *self = NAPE_DIARY_PAGE (source_object);
  GError *error = NULL;
  NapeDiary *diary = g_task_propagate_pointer (G_TASK (result), &error);

  /* The page went away while the file was being opened. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    {
      g_clear_object (&diary);
      g_clear_error (&error);
      return;
    }

  g_clear_object (&self->opening);
  finish_open (self, diary, error);
}

/**
 * nape_diary_page_open:
 * @self: a #NapeDiaryPage
 * @path: (nullable): the diary file, or %NULL for the user's
 *
 * Opens the diary and shows it. A damaged file shows the choice between the latest backup
 * and a new diary as soon as the page is on screen.
 *
 * Returns: %TRUE if the diary is open
 */
gboolean
nape_diary_page_open (NapeDiaryPage *self,
                      const char    *path)
{
  GError *error = NULL;
  NapeDiary *diary;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), FALSE);

  begin_open (self, path);
  diary = nape_diary_open (self->path, &error);

  return finish_open (self, diary, error);
}

/**
 * nape_diary_page_open_async:
 * @self: a #NapeDiaryPage
 * @path: (nullable): the diary file, or %NULL for the user's
 *
 * Like nape_diary_page_open(), but opens the file in a worker thread: the first open of a
 * day checks the whole file and makes a backup, which takes a moment on a diary of many
 * years. The page shows the diary, or the problem, when it is done.
 */
void
nape_diary_page_open_async (NapeDiaryPage *self,
                            const char    *path)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (NAPE_IS_DIARY_PAGE (self));

  begin_open (self, path);
  self->opening = g_cancellable_new ();
  task = g_task_new (self, self->opening, opened_cb, NULL);
  g_task_set_source_tag (task, nape_diary_page_open_async);
  g_task_set_task_data (task, g_strdup (self->path), g_free);
  g_task_run_in_thread (task, open_in_thread);
}

/**
 * nape_diary_page_set_content:
 * @self: a #NapeDiaryPage
 * @atlas: the atlas, for choosing pain areas on the drawing
 * @routines: the built-in routines, for the names of the sessions played
 */
void
nape_diary_page_set_content (NapeDiaryPage *self,
                             NapeAtlas     *atlas,
                             GListModel    *routines)
{
  g_return_if_fail (NAPE_IS_DIARY_PAGE (self));
  g_return_if_fail (NAPE_IS_ATLAS (atlas));
  g_return_if_fail (G_IS_LIST_MODEL (routines));

  g_set_object (&self->atlas, atlas);
  g_set_object (&self->routines, routines);
}

NapeDiary *
nape_diary_page_get_diary (NapeDiaryPage *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);

  return self->diary;
}

/**
 * nape_diary_page_get_entries:
 * @self: a #NapeDiaryPage
 *
 * Returns: (transfer none): what the list shows: a #GtkStringObject heading for each day,
 *   followed by that day's #NapeHeadache, #NapeIntake and #NapeMassageSession entries
 */
GListModel *
nape_diary_page_get_entries (NapeDiaryPage *self)
{
  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * nape_diary_page_rebuild_entries:
 * @self: a #NapeDiaryPage
 *
 * Builds the list again from the whole diary and puts every item in anew, as on opening.
 * The page keeps its list up to date by itself; this is the reference that the benchmark
 * and the tests hold the updates against.
 */
void
nape_diary_page_rebuild_entries (NapeDiaryPage *self)
{
  g_return_if_fail (NAPE_IS_DIARY_PAGE (self));

  rebuild_entries (self, TRUE);
}

/**
 * nape_diary_page_log_headache:
 * @self: a #NapeDiaryPage
 *
 * Opens the quick log.
 *
 * Returns: (transfer none) (nullable): the quick log, or %NULL when no diary is open
 */
NapeQuickLog *
nape_diary_page_log_headache (NapeDiaryPage *self)
{
  NapeQuickLog *quick_log;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);

  if (self->diary == NULL)
    return NULL;

  quick_log = nape_quick_log_new (self->diary);
  g_signal_connect_object (quick_log, "saved", G_CALLBACK (quick_log_saved_cb), self,
                           G_CONNECT_SWAPPED);
  present_over_page (self, GTK_WINDOW (quick_log));

  return quick_log;
}

/**
 * nape_diary_page_edit_headache:
 * @self: a #NapeDiaryPage
 * @uuid: (nullable): the headache to edit, or %NULL to write down a past one
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL if there is no such headache
 */
NapeHeadacheEditor *
nape_diary_page_edit_headache (NapeDiaryPage *self,
                               const char    *uuid)
{
  g_autoptr(NapeHeadache) headache = NULL;
  NapeHeadacheEditor *editor;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);

  if (self->diary == NULL)
    return NULL;

  if (uuid != NULL)
    {
      headache = nape_diary_lookup (self->diary, NAPE_TYPE_HEADACHE, uuid);
      if (headache == NULL)
        return NULL;
    }

  editor = nape_headache_editor_new (self->diary, headache, self->atlas);
  present_over_page (self, GTK_WINDOW (editor));

  return editor;
}

/**
 * nape_diary_page_show_month:
 * @self: a #NapeDiaryPage
 * @year: the year
 * @month: the month, 1–12
 */
void
nape_diary_page_show_month (NapeDiaryPage *self,
                            int            year,
                            int            month)
{
  g_autofree char *newest = NULL;
  gboolean changed;

  g_return_if_fail (NAPE_IS_DIARY_PAGE (self));

  changed = year != nape_month_calendar_get_year (self->calendar)
            || month != nape_month_calendar_get_month (self->calendar);
  nape_month_calendar_set_month (self->calendar, year, month);

  /* The month, the day "About …" names and the list move together: to the newest day
   * written down, unless the month is this one, whose day is today. */
  if (changed && (newest = newest_listed_day (self, year, month)) != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      if (g_date_time_get_year (now) != year || g_date_time_get_month (now) != month)
        select_day (self, newest);
      scroll_to_day (self, newest);
    }
  update_month (self);
}

/**
 * nape_diary_page_edit_intake:
 * @self: a #NapeDiaryPage
 * @uuid: (nullable): the intake to edit, or %NULL to write down a medicine taken now
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL if there is no such intake
 */
NapeIntakeEditor *
nape_diary_page_edit_intake (NapeDiaryPage *self,
                             const char    *uuid)
{
  g_autoptr(NapeIntake) intake = NULL;
  NapeIntakeEditor *editor;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);

  if (self->diary == NULL)
    return NULL;

  if (uuid != NULL)
    {
      intake = nape_diary_lookup (self->diary, NAPE_TYPE_INTAKE, uuid);
      if (intake == NULL)
        return NULL;
    }

  editor = nape_intake_editor_new (self->diary, intake);
  present_over_page (self, GTK_WINDOW (editor));

  return editor;
}

/**
 * nape_diary_page_edit_session:
 * @self: a #NapeDiaryPage
 * @uuid: the massage session to edit
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL if there is no such session
 */
NapeSessionEditor *
nape_diary_page_edit_session (NapeDiaryPage *self,
                              const char    *uuid)
{
  g_autoptr(NapeMassageSession) session = NULL;
  g_autoptr(NapeRoutine) mine = NULL;
  const char *routine_id;
  const char *routine_name = NULL;
  NapeSessionEditor *editor;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (self->diary == NULL
      || (session = nape_diary_lookup (self->diary, NAPE_TYPE_MASSAGE_SESSION, uuid)) == NULL)
    return NULL;

  routine_id = nape_massage_session_get_routine_id (session);
  /* The user's own routines live in the diary, the built-in ones in the content. */
  if (routine_id != NULL && (mine = nape_diary_lookup_routine (self->diary, routine_id)) != NULL)
    routine_name = nape_routine_get_name (mine);
  for (guint i = 0; routine_id != NULL && routine_name == NULL && self->routines != NULL
                    && i < g_list_model_get_n_items (self->routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (self->routines, i);

      /* The model keeps the routine, and so its name, alive. */
      if (g_strcmp0 (nape_routine_get_id (routine), routine_id) == 0)
        routine_name = nape_routine_get_name (routine);
    }

  editor = nape_session_editor_new (self->diary, session, routine_name);
  present_over_page (self, GTK_WINDOW (editor));

  return editor;
}

/**
 * nape_diary_page_edit_day:
 * @self: a #NapeDiaryPage
 * @date: the local day, "YYYY-MM-DD"
 *
 * Opens sleep, stress and the MIDAS questions for @date.
 *
 * Returns: (transfer none) (nullable): the editor, or %NULL when no diary is open
 */
NapeDayEditor *
nape_diary_page_edit_day (NapeDiaryPage *self,
                          const char    *date)
{
  NapeDayEditor *editor;

  g_return_val_if_fail (NAPE_IS_DIARY_PAGE (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (self->diary == NULL)
    return NULL;

  editor = nape_day_editor_new (self->diary, date);
  present_over_page (self, GTK_WINDOW (editor));

  return editor;
}
