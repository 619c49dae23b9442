/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-diary.c: the Diary page under Xvfb, on a diary in a fresh temporary folder: a
 * headache logged in three taps, its details added in the editor, deleted and brought
 * back with undo; a medicine added and corrected, a massage session corrected, and a day's
 * sleep and MIDAS answers noted. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "nape-date-time-row.h"
#include "nape-diary-page.h"
#include "nape-diary-row.h"
#include "nape-diary-statistics.h"
#include "nape-intake-row.h"
#include "nape-month-calendar.h"
#include "test-main-loop.h"
#include "test-widget-tree.h"

static GtkWindow *window;
static NapeDiaryPage *page;

static void
settle (void)
{
  nape_test_run_for (200);
}

static guint
count_headaches (void)
{
  return g_list_model_get_n_items (nape_diary_get_headaches (nape_diary_page_get_diary (page)));
}

static NapeHeadache *
first_headache (void)
{
  GListModel *headaches = nape_diary_get_headaches (nape_diary_page_get_diary (page));

  g_assert_cmpuint (g_list_model_get_n_items (headaches), >, 0);
  return g_list_model_get_item (headaches, 0);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_quick_log (void)
{
  NapeQuickLog *quick_log;
  g_autoptr(NapeHeadache) headache = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_assert_cmpuint (count_headaches (), ==, 0);

  /* Tap one: Ctrl+N or the big button. */
  quick_log = nape_diary_page_log_headache (page);
  g_assert_nonnull (quick_log);
  g_object_add_weak_pointer (G_OBJECT (quick_log), (gpointer *) &quick_log);
  settle ();
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.save", NULL)
                  && count_headaches () > 0);

  /* Tap two: how bad. Tap three: save. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.intensity",
                                             "i", 7));
  g_assert_cmpint (nape_quick_log_get_intensity (quick_log), ==, 7);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.save", NULL));
  settle ();
  g_assert_null (quick_log);

  g_assert_cmpuint (count_headaches (), ==, 1);
  headache = first_headache ();
  g_assert_cmpint (nape_headache_get_peak_intensity (headache), ==, 7);
  g_assert_true (nape_headache_get_entered_live (headache));
  g_assert_null (nape_headache_get_end (headache));
  g_assert_cmpint (ABS (g_date_time_difference (now, nape_headache_get_start (headache))), <,
                   5 * G_TIME_SPAN_MINUTE);

  /* A day heading, then the headache. */
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_page_get_entries (page)), ==, 2);
}

static void
test_edit (void)
{
  g_autoptr(NapeHeadache) headache = first_headache ();
  g_autoptr(NapeHeadache) saved = NULL;
  NapeHeadacheEditor *editor;
  GtkTextView *notes;
  GtkScale *scale;
  GtkWidget *chips;
  GtkWidget *first_chip;

  editor = nape_diary_page_edit_headache (page, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();

  notes = GTK_TEXT_VIEW (find_widget (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Better after a walk.", -1);
  scale = GTK_SCALE (find_widget (GTK_WIDGET (editor), GTK_TYPE_SCALE));
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 7);
  gtk_range_set_value (GTK_RANGE (scale), 5);
  chips = find_widget (GTK_WIDGET (editor), GTK_TYPE_FLOW_BOX);
  first_chip = gtk_flow_box_child_get_child (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (chips), 0));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (first_chip), TRUE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (editor);

  g_assert_cmpuint (count_headaches (), ==, 1);
  saved = first_headache ();
  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (saved)), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_cmpstr (nape_headache_get_notes (saved), ==, "Better after a walk.");
  g_assert_cmpint (nape_headache_get_peak_intensity (saved), ==, 5);
  g_assert_cmpuint (g_strv_length ((char **) nape_headache_get_symptoms (saved)), ==, 1);
}

/* While a headache is still going, the quick log adds to it instead of starting a second
 * one, and can end it. */
static void
test_quick_log_ongoing (void)
{
  g_autoptr(NapeHeadache) headache = first_headache ();
  g_autoptr(NapeHeadache) saved = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  NapeQuickLog *quick_log;

  g_assert_cmpuint (count_headaches (), ==, 1);
  g_assert_null (nape_headache_get_end (headache));
  g_assert_cmpint (nape_headache_get_peak_intensity (headache), <, 8);

  quick_log = nape_diary_page_log_headache (page);
  g_object_add_weak_pointer (G_OBJECT (quick_log), (gpointer *) &quick_log);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.intensity",
                                             "i", 8));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.save", NULL));
  settle ();
  g_assert_null (quick_log);
  g_assert_cmpuint (count_headaches (), ==, 1);
  saved = first_headache ();
  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (saved)), ==,
                   nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_cmpint (nape_headache_get_peak_intensity (saved), ==, 8);
  g_assert_null (nape_headache_get_end (saved));
  g_clear_object (&saved);

  /* "It is over", without a new rating: the peak stays. */
  quick_log = nape_diary_page_log_headache (page);
  g_object_add_weak_pointer (G_OBJECT (quick_log), (gpointer *) &quick_log);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.end", NULL));
  settle ();
  g_assert_null (quick_log);
  g_assert_cmpuint (count_headaches (), ==, 1);
  saved = first_headache ();
  g_assert_nonnull (nape_headache_get_end (saved));
  g_assert_cmpint (ABS (g_date_time_difference (nape_headache_get_end (saved), now)), <,
                   5 * G_TIME_SPAN_MINUTE);
  g_assert_cmpint (nape_headache_get_peak_intensity (saved), ==, 8);

  /* Nothing is going any more: the next log starts a new headache, and has nothing to end. */
  quick_log = nape_diary_page_log_headache (page);
  g_object_add_weak_pointer (G_OBJECT (quick_log), (gpointer *) &quick_log);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (quick_log), "quick-log.end", NULL);
  settle ();
  g_assert_nonnull (quick_log);
  g_assert_cmpuint (count_headaches (), ==, 1);
  gtk_window_destroy (GTK_WINDOW (quick_log));
  settle ();
}

/* A medicine typed into the editor gets a row; its button takes it off again. Nothing is
 * saved. */
static void
test_medication_rows (void)
{
  g_autoptr(NapeHeadache) headache = first_headache ();
  NapeHeadacheEditor *editor;
  GtkWidget *entry;
  GtkWidget *row;
  GtkWidget *remove;

  editor = nape_diary_page_edit_headache (page, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_assert_nonnull (editor);
  settle ();
  g_assert_null (find_widget (GTK_WIDGET (editor), NAPE_TYPE_INTAKE_ROW));

  entry = find_widget (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ibuprofen & co 400 mg");
  g_signal_emit_by_name (entry, "apply");
  row = find_widget (GTK_WIDGET (editor), NAPE_TYPE_INTAKE_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Ibuprofen & co 400 mg");
  g_assert_cmpfloat (nape_intake_get_dose (nape_intake_row_get_intake (NAPE_INTAKE_ROW (row))),
                     ==, 400);
  settle ();

  remove = find_widget (row, GTK_TYPE_BUTTON);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove");
  g_signal_emit_by_name (remove, "clicked");
  g_assert_null (find_widget (GTK_WIDGET (editor), NAPE_TYPE_INTAKE_ROW));

  gtk_window_destroy (GTK_WINDOW (editor));
  settle ();
}

static void
test_delete_and_undo (void)
{
  g_autoptr(NapeHeadache) headache = first_headache ();
  g_autofree char *uuid = g_strdup (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
  g_autoptr(NapeHeadache) back = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.delete", "s", uuid));
  settle ();
  g_assert_cmpuint (count_headaches (), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_page_get_entries (page)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.undo-delete", NULL));
  settle ();
  g_assert_cmpuint (count_headaches (), ==, 1);
  back = first_headache ();
  g_assert_cmpstr (nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (back)), ==, uuid);
  g_assert_cmpstr (nape_headache_get_notes (back), ==, "Better after a walk.");
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_page_get_entries (page)), ==, 2);
}

/* Deleting one entry and then another while the first toast is still up: Undo brings back
 * both, not only the last. */
static void
test_undo_two_deletions (void)
{
  NapeDiary *diary = nape_diary_page_get_diary (page);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -40);
  g_autoptr(GDateTime) later = g_date_time_add_days (now, -39);
  g_autoptr(NapeHeadache) first = nape_headache_new ();
  g_autoptr(NapeHeadache) second = nape_headache_new ();
  guint before;

  nape_headache_set_start (first, earlier);
  nape_headache_set_start (second, later);
  g_assert_true (nape_diary_save (diary, first, NULL));
  g_assert_true (nape_diary_save (diary, second, NULL));
  settle ();
  before = count_headaches ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.delete", "s",
                                             nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (first))));
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.delete", "s",
                                             nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (second))));
  settle ();
  g_assert_cmpuint (count_headaches (), ==, before - 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.undo-delete", NULL));
  settle ();
  g_assert_cmpuint (count_headaches (), ==, before);
  for (guint i = 0; i < 2; i++)
    {
      NapeDiaryEntry *deleted = NAPE_DIARY_ENTRY (i == 0 ? first : second);
      g_autoptr(GObject) back = nape_diary_lookup (diary, NAPE_TYPE_HEADACHE,
                                                   nape_diary_entry_get_uuid (deleted));

      g_assert_nonnull (back);
    }

  g_assert_true (nape_diary_delete (diary, first, NULL));
  g_assert_true (nape_diary_delete (diary, second, NULL));
  settle ();
}

static gpointer
template_child (gpointer    editor,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (editor), type, name);

  g_assert_nonnull (child);
  return child;
}

static void
test_add_intake (void)
{
  NapeDiary *diary = nape_diary_page_get_diary (page);
  g_autoptr(NapeHeadache) headache = first_headache ();
  g_autoptr(NapeIntake) intake = NULL;
  g_autoptr(NapeDrug) drug = NULL;
  NapeIntakeEditor *editor;

  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_drugs (diary)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.add-intake", NULL));
  editor = nape_diary_page_edit_intake (page, NULL);
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();

  /* No medicine known yet: the name and the kind are asked for. */
  g_assert_true (gtk_widget_get_visible (template_child (editor, NAPE_TYPE_INTAKE_EDITOR,
                                                         "name_entry")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (template_child (editor, NAPE_TYPE_INTAKE_EDITOR,
                                                         "error_label")));

  gtk_editable_set_text (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "name_entry"),
                         "Ibuprofen");
  adw_combo_row_set_selected (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "class_row"),
                              NAPE_OVERUSE_CLASS_NSAID);
  gtk_spin_button_set_value (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "dose_spin"), 400);
  gtk_editable_set_text (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "unit_entry"), "mg");
  adw_combo_row_set_selected (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "effect_row"), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (editor);

  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_intakes (diary)), ==, 1);
  intake = g_list_model_get_item (nape_diary_get_intakes (diary), 0);
  drug = nape_diary_lookup (diary, NAPE_TYPE_DRUG, nape_intake_get_drug_uuid (intake));
  g_assert_nonnull (drug);
  g_assert_cmpstr (nape_drug_get_name (drug), ==, "Ibuprofen");
  g_assert_cmpint (nape_drug_get_overuse_class (drug), ==, NAPE_OVERUSE_CLASS_NSAID);
  g_assert_cmpfloat (nape_intake_get_dose (intake), ==, 400);
  g_assert_cmpstr (nape_intake_get_unit (intake), ==, "mg");
  g_assert_cmpint (nape_intake_get_effect (intake), ==, 2);
  /* Taken today, so it goes with today's headache. */
  g_assert_cmpstr (nape_intake_get_headache_uuid (intake), ==, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (headache)));
}

static void
test_edit_intake (void)
{
  NapeDiary *diary = nape_diary_page_get_diary (page);
  g_autoptr(NapeIntake) intake = g_list_model_get_item (nape_diary_get_intakes (diary), 0);
  g_autoptr(NapeIntake) saved = NULL;
  g_autofree char *drug_uuid = g_strdup (nape_intake_get_drug_uuid (intake));
  NapeIntakeEditor *editor;

  /* The row's edit button goes through diary.edit, like a headache's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.edit", "s",
                                             nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake))));
  settle ();
  for (GList *l = gtk_window_list_toplevels (); l != NULL; l = g_list_delete_link (l, l))
    if (NAPE_IS_INTAKE_EDITOR (l->data))
      gtk_window_destroy (l->data);

  editor = nape_diary_page_edit_intake (page, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  g_assert_false (gtk_widget_get_visible (template_child (editor, NAPE_TYPE_INTAKE_EDITOR,
                                                          "name_entry")));
  g_assert_cmpfloat (gtk_spin_button_get_value (template_child (editor, NAPE_TYPE_INTAKE_EDITOR,
                                                                "dose_spin")), ==, 400);
  gtk_spin_button_set_value (template_child (editor, NAPE_TYPE_INTAKE_EDITOR, "dose_spin"), 200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (editor);

  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_intakes (diary)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_get_drugs (diary)), ==, 1);
  saved = nape_diary_lookup (diary, NAPE_TYPE_INTAKE, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (intake)));
  g_assert_cmpfloat (nape_intake_get_dose (saved), ==, 200);
  g_assert_cmpstr (nape_intake_get_drug_uuid (saved), ==, drug_uuid);
}

static void
test_edit_session (void)
{
  NapeDiary *diary = nape_diary_page_get_diary (page);
  g_autoptr(NapeMassageSession) session = nape_massage_session_new ();
  g_autoptr(NapeMassageSession) saved = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  NapeSessionEditor *editor;

  nape_massage_session_set_start (session, now);
  nape_massage_session_set_duration (session, 605);
  nape_massage_session_set_pain_before (session, 6);
  g_assert_true (nape_diary_save (diary, session, &error));
  g_assert_no_error (error);

  editor = nape_diary_page_edit_session (page, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  gtk_range_set_value (template_child (editor, NAPE_TYPE_SESSION_EDITOR, "after_scale"), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (editor);

  saved = nape_diary_lookup (diary, NAPE_TYPE_MASSAGE_SESSION,
                             nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (session)));
  g_assert_cmpint (nape_massage_session_get_pain_after (saved), ==, 2);
  g_assert_cmpint (nape_massage_session_get_pain_before (saved), ==, 6);
  /* The minutes were not touched: the seconds recorded stay. */
  g_assert_cmpint (nape_massage_session_get_duration (saved), ==, 605);
}

static void
test_edit_day (void)
{
  NapeDiary *diary = nape_diary_page_get_diary (page);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(NapeDayFactors) factors = NULL;
  g_autoptr(GError) error = NULL;
  NapeDayEditor *editor;
  GDate last_day;
  NapeMidas midas;

  g_assert_null (nape_diary_lookup_day_factors (diary, today));
  editor = nape_diary_page_edit_day (page, today);
  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  gtk_spin_button_set_value (template_child (editor, NAPE_TYPE_DAY_EDITOR, "sleep_spin"), 6.5);
  gtk_switch_set_active (template_child (editor, NAPE_TYPE_DAY_EDITOR, "missed_work_switch"), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  settle ();
  g_assert_null (editor);

  factors = nape_diary_lookup_day_factors (diary, today);
  g_assert_nonnull (factors);
  g_assert_cmpfloat (nape_day_factors_get_sleep_hours (factors), ==, 6.5);
  g_assert_cmpint (nape_day_factors_get_stress (factors), ==, -1);
  g_assert_true (nape_day_factors_get_missed_work (factors));
  g_assert_false (nape_day_factors_get_missed_social (factors));

  g_date_clear (&last_day, 1);
  g_date_set_dmy (&last_day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  g_assert_true (nape_diary_compute_midas (diary, &last_day, &midas, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (midas.answers[0], ==, 1);
  g_assert_cmpuint (midas.recorded_days, ==, 1);
}

/* The files a test left in @dir: the diary and any kept beside it. */
static void
remove_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      if (!g_file_test (file, G_FILE_TEST_IS_DIR))
        g_remove (file);
    }
}

static void
test_corrupt_diary (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-corrupt-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autofree char *moved = NULL;
  g_autoptr(GtkWidget) other = g_object_ref_sink (g_object_new (NAPE_TYPE_DIARY_PAGE, NULL));

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "this is not a diary, only some words", -1, NULL));

  g_assert_false (nape_diary_page_open (NAPE_DIARY_PAGE (other), path));
  g_assert_null (nape_diary_page_get_diary (NAPE_DIARY_PAGE (other)));

  /* "Start a new diary": the broken file is kept beside the new one. */
  g_assert_true (nape_diary_start_new (path, &moved, &error));
  g_assert_no_error (error);
  g_assert_true (nape_diary_page_open (NAPE_DIARY_PAGE (other), path));
  g_assert_true (g_file_test (moved, G_FILE_TEST_EXISTS));

  nape_diary_page_open (NAPE_DIARY_PAGE (other), NULL);
  remove_files (dir);
}

/* What the list shows, item by item: a heading by its day, title and day record, an entry
 * by itself. */
static GPtrArray *
describe_list (GListModel *list)
{
  GPtrArray *described = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      NapeDayFactors *factors = g_object_get_data (item, "nape-day-factors");

      if (GTK_IS_STRING_OBJECT (item))
        g_ptr_array_add (described,
                         g_strdup_printf ("%s %s %s", (char *) g_object_get_data (item, "nape-day"),
                                          gtk_string_object_get_string (GTK_STRING_OBJECT (item)),
                                          factors != NULL ? nape_day_factors_get_date (factors) : "-"));
      else
        g_ptr_array_add (described, g_strdup_printf ("%p", item));
    }

  return described;
}

typedef struct
{
  guint removed;
  guint added;
} Splices;

static void
entries_changed_cb (GListModel *list,
                    guint       position,
                    guint       removed,
                    guint       added,
                    Splices    *splices)
{
  splices->removed += removed;
  splices->added += added;
}

/* The list after the update is the one a full build makes, and the update touched only
 * the items that changed: the rest keep their rows, and the list its place. */
static void
assert_updated_in_place (NapeDiaryPage *other,
                         Splices       *splices,
                         guint          most)
{
  GListModel *list = nape_diary_page_get_entries (other);
  g_autoptr(GPtrArray) updated = describe_list (list);
  g_autoptr(GPtrArray) fresh = NULL;

  g_assert_cmpuint (splices->removed, <=, most);
  g_assert_cmpuint (splices->added, <=, most);
  g_assert_cmpuint (splices->removed + splices->added, >, 0);

  splices->removed = splices->added = 0;
  nape_diary_page_rebuild_entries (other);
  fresh = describe_list (list);
  g_assert_cmpuint (updated->len, ==, fresh->len);
  for (guint i = 0; i < fresh->len; i++)
    g_assert_cmpstr (updated->pdata[i], ==, fresh->pdata[i]);
  /* The full build, for comparison, puts every item in anew. */
  g_assert_cmpuint (splices->added, ==, fresh->len);
  splices->removed = splices->added = 0;
}

static void
test_update_in_place (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-update-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  g_autoptr(GtkWidget) other = g_object_ref_sink (g_object_new (NAPE_TYPE_DIARY_PAGE, NULL));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(NapeHeadache) added = nape_headache_new ();
  g_autoptr(NapeDayFactors) record = nape_day_factors_new ();
  g_autoptr(NapeDrug) drug = nape_drug_new ();
  g_autoptr(GPtrArray) headaches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) moved_to = NULL;
  g_autofree char *day = NULL;
  NapeDiary *diary;
  NapeHeadache *edited;
  Splices splices = { 0, 0 };
  gulong id;

  g_assert_no_error (error);
  g_assert_true (nape_diary_page_open (NAPE_DIARY_PAGE (other), path));
  diary = nape_diary_page_get_diary (NAPE_DIARY_PAGE (other));
  nape_drug_set_name (drug, "Ibuprofen");
  g_assert_true (nape_diary_save (diary, drug, &error));
  g_assert_no_error (error);

  /* Two headaches and a medicine a day over two weeks, and a day with only a record. */
  for (int d = 1; d <= 14; d++)
    for (int h = 0; h < 2; h++)
      {
        g_autoptr(GDateTime) start = g_date_time_add_hours (now, -24 * d - 3 * h);
        g_autoptr(NapeIntake) intake = nape_intake_new ();
        NapeHeadache *headache = nape_headache_new ();

        nape_headache_set_start (headache, start);
        nape_headache_set_peak_intensity (headache, 5);
        g_assert_true (nape_diary_save (diary, headache, &error));
        g_assert_no_error (error);
        g_ptr_array_add (headaches, headache);
        nape_intake_set_time (intake, start);
        nape_intake_set_drug_uuid (intake, nape_diary_entry_get_uuid (NAPE_DIARY_ENTRY (drug)));
        g_assert_true (nape_diary_save (diary, intake, &error));
        g_assert_no_error (error);
      }
  moved_to = g_date_time_add_days (now, -20);
  day = g_date_time_format (moved_to, "%Y-%m-%d");
  nape_day_factors_set_date (record, day);
  nape_day_factors_set_sleep_hours (record, 7);
  g_assert_true (nape_diary_save (diary, record, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (nape_diary_page_get_entries (NAPE_DIARY_PAGE (other))), ==,
                    15 + 14 * 4);

  id = g_signal_connect (nape_diary_page_get_entries (NAPE_DIARY_PAGE (other)), "items-changed",
                         G_CALLBACK (entries_changed_cb), &splices);

  /* An entry corrected in place: its row alone is bound again. */
  edited = headaches->pdata[10];
  nape_headache_set_peak_intensity (edited, 8);
  g_assert_true (nape_diary_save (diary, edited, &error));
  g_assert_no_error (error);
  assert_updated_in_place (NAPE_DIARY_PAGE (other), &splices, 1);

  /* One added on a day of its own: its heading and itself. */
  {
    g_autoptr(GDateTime) start = g_date_time_add_days (now, -16);

    nape_headache_set_start (added, start);
    g_assert_true (nape_diary_save (diary, added, &error));
    g_assert_no_error (error);
    assert_updated_in_place (NAPE_DIARY_PAGE (other), &splices, 2);
  }

  /* Moved to another day, the one with only a record: two small splices, not every day
   * between. */
  nape_headache_set_start (edited, moved_to);
  g_assert_true (nape_diary_save (diary, edited, &error));
  g_assert_no_error (error);
  assert_updated_in_place (NAPE_DIARY_PAGE (other), &splices, 2);

  /* The day's record changed: its heading shows the new summary. */
  nape_day_factors_set_stress (record, 2);
  g_assert_true (nape_diary_save (diary, record, &error));
  g_assert_no_error (error);
  assert_updated_in_place (NAPE_DIARY_PAGE (other), &splices, 1);

  /* Deleted, with the heading of the day it was alone on. */
  g_assert_true (nape_diary_delete (diary, added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (splices.added, ==, 0);
  assert_updated_in_place (NAPE_DIARY_PAGE (other), &splices, 2);

  g_signal_handler_disconnect (nape_diary_page_get_entries (NAPE_DIARY_PAGE (other)), id);
  nape_diary_page_open (NAPE_DIARY_PAGE (other), NULL);
  g_remove (path);
  g_rmdir (dir);
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             guint      *n_notified)
{
  (*n_notified)++;
}

static void
test_open_in_thread (void)
{
  g_autoptr(GtkWidget) other = g_object_ref_sink (g_object_new (NAPE_TYPE_DIARY_PAGE, NULL));
  guint n_notified = 0;
  gulong id;

  /* The window opens the diary this way, off the main loop. */
  id = g_signal_connect (other, "notify::diary", G_CALLBACK (notified_cb), &n_notified);
  nape_diary_page_open_async (NAPE_DIARY_PAGE (other), NULL);
  g_assert_null (nape_diary_page_get_diary (NAPE_DIARY_PAGE (other)));
  while (nape_diary_page_get_diary (NAPE_DIARY_PAGE (other)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_notified, >=, 1);
  g_assert_cmpuint (count_headaches (),
                    ==,
                    g_list_model_get_n_items (nape_diary_get_headaches (
                      nape_diary_page_get_diary (NAPE_DIARY_PAGE (other)))));

  /* A page that goes away while its diary is being opened is left alone. */
  nape_diary_page_open_async (NAPE_DIARY_PAGE (other), NULL);
  g_signal_handler_disconnect (other, id);
}

/* Page Down on the calendar asks the page for the next month, which shows it. */
static void
test_calendar_keys_change_month (void)
{
  GtkWidget *calendar = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                   NAPE_TYPE_DIARY_PAGE,
                                                                   "calendar"));

  nape_diary_page_show_month (page, 2024, 12);
  g_assert_true (gtk_widget_activate_action (calendar, "calendar.move-focus", "(ii)", 0, 1));
  g_assert_cmpint (nape_month_calendar_get_year (NAPE_MONTH_CALENDAR (calendar)), ==, 2025);
  g_assert_cmpint (nape_month_calendar_get_month (NAPE_MONTH_CALENDAR (calendar)), ==, 1);

  g_assert_true (gtk_widget_activate_action (calendar, "calendar.move-focus", "(ii)", 0, -1));
  g_assert_cmpint (nape_month_calendar_get_year (NAPE_MONTH_CALENDAR (calendar)), ==, 2024);
  g_assert_cmpint (nape_month_calendar_get_month (NAPE_MONTH_CALENDAR (calendar)), ==, 12);
}

/* A page of its own in a window of the test's size, on a new diary in @dir. */
static NapeDiaryPage *
open_page_in_window (const char  *dir,
                     GtkWindow  **window_out)
{
  g_autofree char *path = g_build_filename (dir, "diary.db", NULL);
  GtkWindow *other_window = GTK_WINDOW (gtk_window_new ());
  NapeDiaryPage *other = g_object_new (NAPE_TYPE_DIARY_PAGE, NULL);

  gtk_window_set_default_size (other_window, 1000, 760);
  gtk_window_set_child (other_window, GTK_WIDGET (other));
  gtk_window_present (other_window);
  g_assert_true (nape_diary_page_open (other, path));
  *window_out = other_window;

  return other;
}

static void
close_page_in_window (GtkWindow  *other_window,
                      const char *dir)
{
  gtk_window_destroy (other_window);
  settle ();
  remove_files (dir);
  g_rmdir (dir);
}

static void
save_headache_at (NapeDiary *diary,
                  GDateTime *start)
{
  g_autoptr(NapeHeadache) headache = nape_headache_new ();
  g_autoptr(GError) error = NULL;

  nape_headache_set_start (headache, start);
  nape_headache_set_peak_intensity (headache, 4);
  g_assert_true (nape_diary_save (diary, headache, &error));
  g_assert_no_error (error);
}

static int
month_pane_width (NapeDiaryPage *diary_page)
{
  return gtk_widget_get_width (template_child (diary_page, NAPE_TYPE_DIARY_PAGE, "month_pane"));
}

/* The divider between the month and the days stays put, whatever the month shows: shaded
 * days and MIDAS, nothing at all, or an empty diary. */
static void
test_divider_stays_put (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-divider-XXXXXX", &error);
  GtkWindow *other_window;
  NapeDiaryPage *other;
  int width;

  g_assert_no_error (error);
  g_assert_false (adw_leaflet_get_folded (template_child (page, NAPE_TYPE_DIARY_PAGE,
                                                          "leaflet")));
  settle ();
  width = month_pane_width (page);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.previous-month",
                                                 NULL));
      settle ();
      g_assert_cmpint (month_pane_width (page), ==, width);
    }
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "diary.next-month", NULL));

  other = open_page_in_window (dir, &other_window);
  settle ();
  g_assert_cmpint (month_pane_width (other), ==, width);
  close_page_in_window (other_window, dir);
}

/* The heading of a day that is neither today nor yesterday. */
static char *
format_day_title (GDateTime *day)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (g_date_time_get_year (day) == g_date_time_get_year (now))
    return g_date_time_format (day, "%A %-d %B");
  return g_date_time_format (day, "%A %-d %B %Y");
}

/* The row of @list_view that shows the heading @title, or %NULL if none is on screen. */
static GtkWidget *
find_heading_row (GtkWidget  *list_view,
                  const char *title)
{
  g_autoptr(GPtrArray) rows = nape_test_find_widgets (list_view, NAPE_TYPE_DIARY_ROW);

  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *label = template_child (rows->pdata[i], NAPE_TYPE_DIARY_ROW, "heading_title");

      /* A row reused for an entry keeps its old heading, hidden. */
      if (gtk_widget_get_mapped (GTK_WIDGET (label))
          && g_strcmp0 (gtk_label_get_label (label), title) == 0)
        return rows->pdata[i];
    }

  return NULL;
}

/* Whether the heading @title is at the top of the list, give or take less than its row. */
static gboolean
heading_at_top (GtkWidget  *list_view,
                const char *title)
{
  GtkWidget *row = find_heading_row (list_view, title);
  graphene_point_t top;

  return row != NULL
         && gtk_widget_compute_point (row, list_view, &GRAPHENE_POINT_INIT (0, 0), &top)
         && ABS (top.y) < gtk_widget_get_height (row);
}

/* The heading @title comes to the top of the list: the list scrolls over a few frames,
 * more of them on a busy machine, so it is given up to five seconds. */
static void
assert_heading_at_top (GtkWidget  *list_view,
                       const char *title)
{
  GtkWidget *row;
  graphene_point_t top;

  for (guint i = 0; i < 250 && !heading_at_top (list_view, title); i++)
    nape_test_run_for (20);
  row = find_heading_row (list_view, title);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_compute_point (row, list_view, &GRAPHENE_POINT_INIT (0, 0), &top));
  g_assert_cmpfloat (ABS (top.y), <, gtk_widget_get_height (row));
}

/* A month shown brings its newest day to the top of the list and names it on the
 * "About …" button; a day chosen on the calendar far below it comes to the top too, with
 * its entries under it, not to the bottom edge with them out of sight. */
static void
test_day_scrolled_to_top (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-scroll-XXXXXX", &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_months (now, -2);
  g_autoptr(GDateTime) newest = NULL;
  g_autoptr(GDateTime) chosen = NULL;
  g_autofree char *newest_title = NULL;
  g_autofree char *newest_key = NULL;
  g_autofree char *newest_day = NULL;
  g_autofree char *about = NULL;
  g_autofree char *chosen_title = NULL;
  GtkWindow *other_window;
  NapeDiaryPage *other;
  GtkWidget *list_view;
  GtkButton *day_button;
  int year, month;

  g_assert_no_error (error);
  other = open_page_in_window (dir, &other_window);
  /* A headache every day for the last hundred days. */
  for (int d = 0; d < 100; d++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -d);

      save_headache_at (nape_diary_page_get_diary (other), start);
    }
  settle ();

  list_view = template_child (other, NAPE_TYPE_DIARY_PAGE, "list_view");
  day_button = template_child (other, NAPE_TYPE_DIARY_PAGE, "day_button");
  g_date_time_get_ymd (earlier, &year, &month, NULL);

  nape_diary_page_show_month (other, year, month);
  settle ();
  newest = g_date_time_new_local (year, month, g_date_get_days_in_month (month, year), 12, 0, 0);
  newest_title = format_day_title (newest);
  assert_heading_at_top (list_view, newest_title);
  newest_key = g_date_time_format (newest, "%Y-%m-%d");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (day_button)), NULL),
                   ==, newest_key);
  newest_day = g_date_time_format (newest, "%A %-d");
  about = g_strdup_printf ("About %s…", newest_day);
  g_assert_cmpstr (gtk_button_get_label (day_button), ==, about);

  chosen = g_date_time_new_local (year, month, 12, 12, 0, 0);
  chosen_title = format_day_title (chosen);
  g_signal_emit_by_name (template_child (other, NAPE_TYPE_DIARY_PAGE, "calendar"),
                         "day-activated", 12);
  settle ();
  assert_heading_at_top (list_view, chosen_title);

  close_page_in_window (other_window, dir);
}

/* The last Wednesday of September last year: a long heading, with the year. */
static GDateTime *
long_titled_day (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now) - 1;

  for (int d = 30; d > 23; d--)
    {
      GDateTime *day = g_date_time_new_local (year, 9, d, 12, 0, 0);

      if (g_date_time_get_day_of_week (day) == 3)
        return day;
      g_date_time_unref (day);
    }
  g_assert_not_reached ();
}

/* No day of the month is padded: GLib's %e pads with a figure space, strftime's with a space. */
static void
assert_no_padded_day (const char *text)
{
  g_assert_null (strstr (text, "  "));
  g_assert_null (strstr (text, "\u2007"));
}

/* A day's heading keeps its whole date on one line, and the note beside it gives way.
 * Days before the 10th have no gap before them, in the list or on the "About …" button. */
static void
test_day_headings (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-headings-XXXXXX", &error);
  g_autoptr(GDateTime) day = long_titled_day ();
  g_autoptr(GDateTime) single_digit = g_date_time_add_days (day, -21);
  g_autoptr(NapeDayFactors) record = nape_day_factors_new ();
  g_autofree char *key = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *title = format_day_title (day);
  GListModel *entries;
  GtkWindow *other_window;
  NapeDiaryPage *other;
  NapeDiary *diary;
  GtkWidget *row;
  PangoLayout *layout;
  GtkButton *day_button;

  g_assert_no_error (error);
  g_assert_cmpint (g_date_time_get_day_of_month (single_digit), <, 10);
  other = open_page_in_window (dir, &other_window);
  diary = nape_diary_page_get_diary (other);
  save_headache_at (diary, single_digit);
  save_headache_at (diary, day);
  nape_day_factors_set_date (record, key);
  nape_day_factors_set_sleep_hours (record, 7.5);
  nape_day_factors_set_stress (record, 3);
  nape_day_factors_set_missed_work (record, TRUE);
  g_assert_true (nape_diary_save (diary, record, &error));
  g_assert_no_error (error);
  settle ();

  row = find_heading_row (template_child (other, NAPE_TYPE_DIARY_PAGE, "list_view"), title);
  g_assert_nonnull (row);
  layout = gtk_label_get_layout (template_child (row, NAPE_TYPE_DIARY_ROW, "heading_title"));
  g_assert_false (pango_layout_is_ellipsized (layout));
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);

  entries = nape_diary_page_get_entries (other);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (entries, i);

      if (GTK_IS_STRING_OBJECT (item))
        assert_no_padded_day (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
    }

  day_button = template_child (other, NAPE_TYPE_DIARY_PAGE, "day_button");
  nape_diary_page_show_month (other, g_date_time_get_year (single_digit),
                              g_date_time_get_month (single_digit));
  g_signal_emit_by_name (template_child (other, NAPE_TYPE_DIARY_PAGE, "calendar"),
                         "day-activated", g_date_time_get_day_of_month (single_digit));
  g_assert_true (g_str_has_prefix (gtk_button_get_label (day_button), "About "));
  assert_no_padded_day (gtk_button_get_label (day_button));

  close_page_in_window (other_window, dir);
}

/* A list read from the top stays at the top when an entry comes in for today, with the
 * "Today" heading in view, not scrolled away above it. */
static void
test_top_stays_in_view (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-top-XXXXXX", &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GtkWindow *other_window;
  NapeDiaryPage *other;
  GtkWidget *list_view;
  NapeDiary *diary;

  g_assert_no_error (error);
  other = open_page_in_window (dir, &other_window);
  diary = nape_diary_page_get_diary (other);
  for (int d = 1; d < 40; d++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_days (now, -d);

      save_headache_at (diary, start);
    }
  settle ();
  list_view = template_child (other, NAPE_TYPE_DIARY_PAGE, "list_view");
  assert_heading_at_top (list_view, "Yesterday");

  for (int i = 0; i < 3; i++)
    {
      g_autoptr(GDateTime) start = g_date_time_add_minutes (now, -10 * (i + 1));

      save_headache_at (diary, start);
      settle ();
      assert_heading_at_top (list_view, "Today");
    }

  close_page_in_window (other_window, dir);
}

/* A headache past midnight is listed under the day it began; its row says it ended the
 * next day, not as if it had ended before it began. */
static void
test_past_midnight (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nape-midnight-XXXXXX", &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) start = g_date_time_new_local (g_date_time_get_year (now), 1, 10, 22, 59, 0);
  g_autoptr(GDateTime) end = g_date_time_add_minutes (start, 3 * 60 + 1);
  g_autoptr(GDateTime) same_day_start = g_date_time_add_days (start, -3);
  g_autoptr(GDateTime) same_day_end = g_date_time_add_minutes (same_day_start, 30);
  g_autoptr(NapeHeadache) late = nape_headache_new ();
  g_autoptr(NapeHeadache) early = nape_headache_new ();
  g_autoptr(GPtrArray) rows = NULL;
  GtkWindow *other_window;
  NapeDiaryPage *other;
  gboolean next_day_seen = FALSE, same_day_seen = FALSE;

  g_assert_no_error (error);
  other = open_page_in_window (dir, &other_window);
  nape_headache_set_start (late, start);
  nape_headache_set_end (late, end);
  nape_headache_set_start (early, same_day_start);
  nape_headache_set_end (early, same_day_end);
  g_assert_true (nape_diary_save (nape_diary_page_get_diary (other), late, &error));
  g_assert_true (nape_diary_save (nape_diary_page_get_diary (other), early, &error));
  g_assert_no_error (error);
  settle ();

  rows = nape_test_find_widgets (template_child (other, NAPE_TYPE_DIARY_PAGE, "list_view"),
                                 NAPE_TYPE_DIARY_ROW);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkLabel *subtitle = template_child (rows->pdata[i], NAPE_TYPE_DIARY_ROW, "subtitle");

      if (!gtk_widget_get_mapped (GTK_WIDGET (subtitle)))
        continue;
      next_day_seen |= g_strcmp0 (gtk_label_get_label (subtitle), "22:59 to 02:00 the next day") == 0;
      same_day_seen |= g_strcmp0 (gtk_label_get_label (subtitle), "22:59 to 23:29") == 0;
    }
  g_assert_true (next_day_seen);
  g_assert_true (same_day_seen);

  close_page_in_window (other_window, dir);
}

/* A headache written down afterwards starts as one that has ended, an hour long. An end
 * before the start, or at it, is refused, and the error goes as soon as the end is after
 * the start again. */
static void
test_headache_end_fixed (void)
{
  NapeHeadacheEditor *editor = nape_diary_page_edit_headache (page, NULL);
  GtkWidget *error_label;
  NapeDateTimeRow *end_row;
  GDateTime *start;
  g_autoptr(GDateTime) before = NULL;
  g_autoptr(GDateTime) after = NULL;

  g_assert_nonnull (editor);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  settle ();
  error_label = template_child (editor, NAPE_TYPE_HEADACHE_EDITOR, "error_label");
  start = nape_date_time_row_get_date_time (template_child (editor, NAPE_TYPE_HEADACHE_EDITOR,
                                                            "start_time_row"));
  before = g_date_time_add_hours (start, -1);
  after = g_date_time_add_hours (start, 1);

  g_assert_true (adw_expander_row_get_enable_expansion (template_child (editor,
                                                                        NAPE_TYPE_HEADACHE_EDITOR,
                                                                        "end_row")));
  end_row = template_child (editor, NAPE_TYPE_HEADACHE_EDITOR, "end_time_row");
  g_assert_cmpint (g_date_time_difference (nape_date_time_row_get_date_time (end_row), start),
                   ==, G_TIME_SPAN_HOUR);

  nape_date_time_row_set_date_time (template_child (editor, NAPE_TYPE_HEADACHE_EDITOR,
                                                    "end_time_row"), before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (error_label));

  nape_date_time_row_set_date_time (template_child (editor, NAPE_TYPE_HEADACHE_EDITOR,
                                                    "end_time_row"), start);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_visible (error_label));

  nape_date_time_row_set_date_time (template_child (editor, NAPE_TYPE_HEADACHE_EDITOR,
                                                    "end_time_row"), after);
  g_assert_false (gtk_widget_get_visible (error_label));

  gtk_window_destroy (GTK_WINDOW (editor));
  settle ();
  g_assert_null (editor);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("nape-test-diary-XXXXXX", &error);
  int status;

  g_assert_no_error (error);
  /* Before GLib caches the user's data folder: no real diary is ever touched. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1000, 760);
  page = g_object_new (NAPE_TYPE_DIARY_PAGE, NULL);
  gtk_window_set_child (window, GTK_WIDGET (page));
  gtk_window_present (window);
  g_assert_true (nape_diary_page_open (page, NULL));
  g_assert_true (g_str_has_prefix (nape_diary_get_path (nape_diary_page_get_diary (page)),
                                   data_home));
  settle ();

  g_test_add_func ("/diary-page/quick-log", test_quick_log);
  g_test_add_func ("/diary-page/edit", test_edit);
  g_test_add_func ("/diary-page/divider-stays-put", test_divider_stays_put);
  g_test_add_func ("/diary-page/quick-log-ongoing", test_quick_log_ongoing);
  g_test_add_func ("/diary-page/medication-rows", test_medication_rows);
  g_test_add_func ("/diary-page/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/diary-page/undo-two-deletions", test_undo_two_deletions);
  g_test_add_func ("/diary-page/add-intake", test_add_intake);
  g_test_add_func ("/diary-page/edit-intake", test_edit_intake);
  g_test_add_func ("/diary-page/edit-session", test_edit_session);
  g_test_add_func ("/diary-page/edit-day", test_edit_day);
  g_test_add_func ("/diary-page/update-in-place", test_update_in_place);
  g_test_add_func ("/diary-page/calendar-keys-change-month", test_calendar_keys_change_month);
  g_test_add_func ("/diary-page/corrupt-diary", test_corrupt_diary);
  g_test_add_func ("/diary-page/open-in-thread", test_open_in_thread);
  g_test_add_func ("/diary-page/day-scrolled-to-top", test_day_scrolled_to_top);
  g_test_add_func ("/diary-page/day-headings", test_day_headings);
  g_test_add_func ("/diary-page/headache-end-fixed", test_headache_end_fixed);
  g_test_add_func ("/diary-page/past-midnight", test_past_midnight);
  g_test_add_func ("/diary-page/top-stays-in-view", test_top_stays_in_view);
  status = g_test_run ();

  gtk_window_destroy (window);
  settle ();

  return status;
}
