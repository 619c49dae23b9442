/* SPDX-License-Identifier: GPL-3.0-or-later */
/* nape-routines-page.c: the Routines page. Lists the routines by what they are for, with
 * the back-of-head program and where the user is in it; a routine's page lists its steps
 * and starts it in the session view. */

#define G_LOG_DOMAIN "nape-routines-page"

#include "config.h"

#include <glib/gi18n.h>

#include "nape-routine-editor.h"
#include "nape-routine-row.h"
#include "nape-routines-page.h"

/* Days of the first-week routine before the full program is suggested. */
#define PROGRAM_FIRST_STAGE_DAYS 5
#define PROGRAM_FIRST_WEEK_ID "back-of-head-first-week"
#define PROGRAM_FULL_ID "back-of-head-full"

struct _NapeRoutinesPage
{
  AdwBin            parent_instance;

  NapeAtlas        *atlas;
  GListModel       *routines;
  NapeDiary        *diary;
  NapeRoutine      *shown;
  /* Where the session view goes back to: "list" or "routine". */
  const char       *session_return;
  /* The user's routine deleted last, and where it was, for Undo. */
  NapeRoutine      *deleted;
  guint             deleted_position;
  NapeRoutineEditor *editor;            /* weak */

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *content_stack;
  GtkWidget        *my_group;
  GtkListBox       *my_list;
  GtkWidget        *move_up_button;
  GtkWidget        *move_down_button;
  GtkWidget        *user_actions;
  GtkWidget        *duplicate_builtin_button;
  GtkWidget        *program_group;
  NapeRoutineRow   *first_week_row;
  NapeRoutineRow   *full_row;
  GtkListBox       *back_of_head_list;
  GtkListBox       *migraine_list;
  GtkListBox       *neck_list;
  GtkListBox       *jaw_list;
  GtkListBox       *massager_list;
  GtkScrolledWindow *routine_scroller;
  GtkLabel         *routine_name;
  GtkLabel         *routine_facts;
  GtkLabel         *routine_description;
  GtkListBox       *steps_list;
  NapeSessionView  *session_view;
  AdwStatusPage    *error_page;
};

G_DEFINE_FINAL_TYPE (NapeRoutinesPage, nape_routines_page, ADW_TYPE_BIN)

enum {
  SESSION_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The groups of the list, in the template, and what their routines are for. */
static const struct
{
  NapeRoutineFocus  focus;
  gsize             list_offset;
} focus_groups[] = {
  { NAPE_ROUTINE_FOCUS_BACK_OF_HEAD, G_STRUCT_OFFSET (NapeRoutinesPage, back_of_head_list) },
  { NAPE_ROUTINE_FOCUS_MIGRAINE, G_STRUCT_OFFSET (NapeRoutinesPage, migraine_list) },
  { NAPE_ROUTINE_FOCUS_NECK, G_STRUCT_OFFSET (NapeRoutinesPage, neck_list) },
  { NAPE_ROUTINE_FOCUS_JAW, G_STRUCT_OFFSET (NapeRoutinesPage, jaw_list) },
  { NAPE_ROUTINE_FOCUS_MASSAGER, G_STRUCT_OFFSET (NapeRoutinesPage, massager_list) },
};

static NapeRoutine *
find_user_routine (NapeRoutinesPage *self,
                   const char       *routine_id)
{
  g_autoptr(NapeRoutine) routine = NULL;

  if (self->diary == NULL)
    return NULL;

  /* The diary's model holds the routine; a borrowed pointer is enough. */
  routine = nape_diary_lookup_routine (self->diary, routine_id);
  return routine;
}

static guint
user_routine_position (NapeRoutinesPage *self,
                       NapeRoutine      *routine)
{
  guint position = G_MAXUINT;

  if (self->diary != NULL)
    g_list_store_find (G_LIST_STORE (nape_diary_get_routines (self->diary)), routine, &position);

  return position;
}

static NapeRoutine *
find_routine (NapeRoutinesPage *self,
              const char       *routine_id)
{
  NapeRoutine *mine = find_user_routine (self, routine_id);

  if (mine != NULL)
    return mine;

  for (guint i = 0; self->routines != NULL && i < g_list_model_get_n_items (self->routines); i++)
    {
      g_autoptr(NapeRoutine) routine = g_list_model_get_item (self->routines, i);

      /* The list holds the routine; a borrowed pointer is enough. */
      if (g_str_equal (nape_routine_get_id (routine), routine_id))
        return routine;
    }

  return NULL;
}

static char *
describe_fits (NapeRoutine *routine)
{
  static const struct { NapeRoutineFit fit; const char *text; } fits[] = {
    { NAPE_ROUTINE_FIT_DAILY, N_("Every day") },
    { NAPE_ROUTINE_FIT_FIRST_SIGNS, N_("At the first signs") },
    { NAPE_ROUTINE_FIT_DURING, N_("During a headache") },
    { NAPE_ROUTINE_FIT_AFTER, N_("After a headache") },
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fits); i++)
    {
      if (nape_routine_get_fits (routine) & fits[i].fit)
        g_strv_builder_add (builder, _(fits[i].text));
    }

  parts = g_strv_builder_end (builder);
  return g_strjoinv (" · ", parts);
}

/* How long it takes, and on a second line when it fits, if the routine says. */
static char *
describe_facts (NapeRoutine *routine)
{
  g_autofree char *length = nape_routine_describe_length (routine);
  g_autofree char *fits = describe_fits (routine);

  if (*fits == '\0')
    return g_steal_pointer (&length);
  return g_strdup_printf ("%s\n%s", length, fits);
}

static GtkWidget *
new_routine_row (NapeRoutine *routine)
{
  g_autofree char *subtitle = describe_facts (routine);

  return nape_routine_row_new (routine, subtitle);
}

static GtkWidget *
create_user_row (gpointer item,
                 gpointer user_data)
{
  return new_routine_row (NAPE_ROUTINE (item));
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A group is shown only when it has routines. */
static void
fill_groups (NapeRoutinesPage *self)
{
  for (guint g = 0; g < G_N_ELEMENTS (focus_groups); g++)
    {
      GtkListBox *list = G_STRUCT_MEMBER (GtkListBox *, self, focus_groups[g].list_offset);
      gboolean filled = FALSE;

      remove_all_rows (list);
      for (guint i = 0; i < g_list_model_get_n_items (self->routines); i++)
        {
          g_autoptr(NapeRoutine) routine = g_list_model_get_item (self->routines, i);

          if (nape_routine_get_focus (routine) != focus_groups[g].focus)
            continue;

          gtk_list_box_append (list, new_routine_row (routine));
          filled = TRUE;
        }
      gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (list),
                                                       ADW_TYPE_PREFERENCES_GROUP),
                              filled);
    }
}

/* The days on which the first-week routine was played, as the diary knows them. */
static guint
count_program_days (NapeRoutinesPage *self)
{
  g_autoptr(GHashTable) days = NULL;
  GListModel *sessions;

  if (self->diary == NULL)
    return 0;

  days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sessions = nape_diary_get_massage_sessions (self->diary);
  for (guint i = 0; i < g_list_model_get_n_items (sessions); i++)
    {
      g_autoptr(NapeMassageSession) session = g_list_model_get_item (sessions, i);
      GDateTime *start = nape_massage_session_get_start (session);

      if (start != NULL
          && g_strcmp0 (nape_massage_session_get_routine_id (session), PROGRAM_FIRST_WEEK_ID) == 0)
        g_hash_table_add (days, g_date_time_format (start, "%F"));
    }

  return g_hash_table_size (days);
}

static void
update_program (NapeRoutinesPage *self)
{
  NapeRoutine *first = find_routine (self, PROGRAM_FIRST_WEEK_ID);
  NapeRoutine *full = find_routine (self, PROGRAM_FULL_ID);
  guint days = count_program_days (self);
  gboolean second_stage = days >= PROGRAM_FIRST_STAGE_DAYS;
  g_autofree char *first_subtitle = NULL;
  g_autofree char *full_subtitle = NULL;
  g_autofree char *full_length = NULL;

  gtk_widget_set_visible (self->program_group, first != NULL && full != NULL);
  if (first == NULL || full == NULL)
    return;

  if (days == 0)
    first_subtitle = g_strdup (_("The first days, once a day. Not started yet."));
  else
    first_subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   "The first days, once a day. Done on %u day.",
                                                   "The first days, once a day. Done on %u days.",
                                                   days),
                                      days);
  full_length = nape_routine_describe_length (full);
  full_subtitle = g_strdup_printf (_("Then, the whole program. %s."), full_length);

  nape_routine_row_set_routine (self->first_week_row, first, first_subtitle);
  nape_routine_row_set_routine (self->full_row, full, full_subtitle);
  nape_routine_row_set_here (self->first_week_row, !second_stage);
  nape_routine_row_set_here (self->full_row, second_stage);
}

/* Edit, Duplicate, Delete and moving for the user's routines; Duplicate to Edit for
 * built-in ones. */
static void
update_shown_actions (NapeRoutinesPage *self)
{
  guint position = self->shown != NULL ? user_routine_position (self, self->shown) : G_MAXUINT;
  gboolean mine = position != G_MAXUINT;
  guint n_mine = self->diary != NULL ? g_list_model_get_n_items (nape_diary_get_routines (self->diary)) : 0;

  gtk_widget_set_visible (self->user_actions, mine);
  gtk_widget_set_visible (self->move_up_button, mine);
  gtk_widget_set_visible (self->move_down_button, mine);
  gtk_widget_set_visible (self->duplicate_builtin_button, !mine && self->diary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.edit-shown", mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.delete-shown", mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.move-shown-up", mine && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.move-shown-down",
                                 mine && position + 1 < n_mine);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.duplicate-shown",
                                 self->shown != NULL && self->diary != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "routines.new", self->diary != NULL && self->atlas != NULL);
}

static void
fill_routine_page (NapeRoutinesPage *self,
                   NapeRoutine      *routine)
{
  GListModel *steps = nape_routine_get_steps (routine);
  g_autofree char *facts = describe_facts (routine);
  const char *description = nape_routine_get_description (routine);

  gtk_label_set_label (self->routine_name, nape_routine_get_name (routine));
  gtk_label_set_label (self->routine_facts, facts);
  gtk_label_set_label (self->routine_description, description != NULL ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->routine_description), description != NULL);

  remove_all_rows (self->steps_list);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(NapeRoutineStep) step = g_list_model_get_item (steps, i);
      NapeZone *zone = nape_atlas_get_zone (self->atlas, nape_routine_step_get_zone_id (step));
      NapeTechnique *technique = nape_atlas_get_technique (self->atlas,
                                                           nape_routine_step_get_technique_id (step));
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1,
                                                zone != NULL ? nape_zone_get_name (zone)
                                                : nape_routine_step_get_zone_id (step));
      g_autofree char *amount = NULL;
      g_autofree char *subtitle = NULL;
      const char *sides;
      GtkWidget *row;

      if (nape_routine_step_get_seconds (step) > 0)
        amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u second", "%u seconds",
                                               nape_routine_step_get_seconds (step)),
                                  nape_routine_step_get_seconds (step));
      else
        amount = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u time", "%u times",
                                               nape_routine_step_get_reps (step)),
                                  nape_routine_step_get_reps (step));

      if (nape_routine_step_get_sides (step) == (NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT))
        sides = _("each side");
      else if (nape_routine_step_get_sides (step) == NAPE_SIDE_LEFT)
        sides = _("left side");
      else if (nape_routine_step_get_sides (step) == NAPE_SIDE_RIGHT)
        sides = _("right side");
      else
        sides = NULL;

      /* Translators: a step: the technique, how long or how often, and on which side */
      if (sides != NULL)
        subtitle = g_strdup_printf (_("%s · %s, %s"),
                                    technique != NULL ? nape_technique_get_name (technique) : "",
                                    amount, sides);
      else
        subtitle = g_strdup_printf (_("%s · %s"),
                                    technique != NULL ? nape_technique_get_name (technique) : "",
                                    amount);

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", title,
                          "subtitle", subtitle,
                          "use-markup", FALSE,
                          NULL);
      gtk_widget_set_tooltip_text (row, nape_routine_step_get_instruction (step));
      gtk_list_box_append (self->steps_list, row);
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->routine_scroller), 0);
  update_shown_actions (self);
}

/* A saved routine replaces the object in the diary's model; follow it, or leave its page
 * if it is gone. */
static void
user_routines_changed_cb (NapeRoutinesPage *self)
{
  if (self->shown != NULL && user_routine_position (self, self->shown) == G_MAXUINT)
    {
      NapeRoutine *now = find_user_routine (self, nape_routine_get_id (self->shown));

      if (now != NULL)
        {
          g_set_object (&self->shown, now);
          fill_routine_page (self, now);
        }
      else if (find_routine (self, nape_routine_get_id (self->shown)) == NULL)
        {
          g_clear_object (&self->shown);
          if (g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "routine"))
            gtk_stack_set_visible_child_name (self->content_stack, "list");
        }
    }

  update_shown_actions (self);
}

static void
editor_saved_cb (NapeRoutinesPage *self,
                 NapeRoutine      *routine)
{
  nape_routines_page_show_routine (self, nape_routine_get_id (routine));
}

static void
open_editor (NapeRoutinesPage *self,
             NapeRoutine      *routine)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_return_if_fail (self->diary != NULL && self->atlas != NULL);

  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));

  self->editor = nape_routine_editor_new (self->diary, self->atlas, routine);
  g_object_add_weak_pointer (G_OBJECT (self->editor), (gpointer *) &self->editor);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (self->editor), GTK_WINDOW (root));
  g_signal_connect_object (self->editor, "saved", G_CALLBACK (editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->editor));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (NAPE_ROUTINES_PAGE (widget), NULL);
}

static void
edit_shown_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);

  if (self->shown != NULL)
    open_editor (self, self->shown);
}

static void
duplicate_shown_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *name = NULL;
  g_autoptr(NapeRoutine) copy = NULL;

  if (self->shown == NULL)
    return;

  /* Translators: the name of a copy of a routine, to edit */
  name = g_strdup_printf (_("%s (Copy)"), nape_routine_get_name (self->shown));
  copy = nape_routine_duplicate (self->shown, id, name);
  open_editor (self, copy);
}

static void
move_shown (NapeRoutinesPage *self,
            int               delta)
{
  guint position = self->shown != NULL ? user_routine_position (self, self->shown) : G_MAXUINT;
  g_autoptr(GError) error = NULL;

  if (position == G_MAXUINT || (delta < 0 && position == 0))
    return;

  if (!nape_diary_move_routine (self->diary, nape_routine_get_id (self->shown),
                                position + delta, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
  update_shown_actions (self);
}

static void
move_shown_up_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  move_shown (NAPE_ROUTINES_PAGE (widget), -1);
}

static void
move_shown_down_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_shown (NAPE_ROUTINES_PAGE (widget), 1);
}

static void
delete_shown_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);
  g_autoptr(NapeRoutine) routine = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;

  if (self->shown == NULL || (position = user_routine_position (self, self->shown)) == G_MAXUINT)
    return;

  routine = g_object_ref (self->shown);
  if (!nape_diary_delete_routine (self->diary, nape_routine_get_id (routine), &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }

  g_set_object (&self->deleted, routine);
  self->deleted_position = position;

  /* Translators: a toast; %s is the name of a routine */
  title = g_strdup_printf (_("“%s” deleted"), nape_routine_get_name (routine));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "routines.undo-delete");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);
  g_autoptr(NapeRoutine) routine = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (routine == NULL || self->diary == NULL)
    return;

  if (!nape_diary_save_routine (self->diary, routine, &error)
      || !nape_diary_move_routine (self->diary, nape_routine_get_id (routine),
                                   self->deleted_position, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
routine_row_activated_cb (NapeRoutinesPage *self,
                          GtkListBoxRow    *row)
{
  const char *routine_id = nape_routine_row_get_routine_id (NAPE_ROUTINE_ROW (row));

  if (routine_id != NULL)
    nape_routines_page_show_routine (self, routine_id);
}

static void
session_closed_cb (NapeRoutinesPage *self)
{
  gtk_stack_set_visible_child_name (self->content_stack, self->session_return);
}

static void
session_finished_cb (NapeRoutinesPage   *self,
                     NapeMassageSession *entry)
{
  if (self->diary != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!nape_diary_save (self->diary, entry, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
          GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root)
                                                                           : NULL,
                                                      _("The Session Could Not Be Saved"),
                                                      error->message);

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_signal_emit (self, signals[SESSION_FINISHED], 0, entry);
}

static void
diary_changed_cb (NapeRoutinesPage *self)
{
  update_program (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);

  if (g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "routine"))
    gtk_stack_set_visible_child_name (self->content_stack, "list");
}

static void
play_shown_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (widget);

  if (self->shown != NULL)
    nape_routines_page_play (self, self->shown);
}

static void
nape_routines_page_dispose (GObject *object)
{
  NapeRoutinesPage *self = NAPE_ROUTINES_PAGE (object);

  if (self->diary != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->diary, self);
      g_signal_handlers_disconnect_by_data (nape_diary_get_routines (self->diary), self);
    }
  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  g_clear_object (&self->diary);
  g_clear_object (&self->shown);
  g_clear_object (&self->deleted);
  g_clear_object (&self->atlas);
  g_clear_object (&self->routines);

  G_OBJECT_CLASS (nape_routines_page_parent_class)->dispose (object);
}

static void
nape_routines_page_class_init (NapeRoutinesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nape_routines_page_dispose;

  /**
   * NapeRoutinesPage::session-finished:
   * @entry: the #NapeMassageSession the user chose to keep
   *
   * Emitted after the entry was saved to the diary, if one is set.
   */
  signals[SESSION_FINISHED] =
    g_signal_new ("session-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, NAPE_TYPE_MASSAGE_SESSION);

  g_type_ensure (NAPE_TYPE_ROUTINE_ROW);
  g_type_ensure (NAPE_TYPE_SESSION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/nape/Nape/ui/nape-routines-page.ui");
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, my_group);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, my_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, user_actions);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, duplicate_builtin_button);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, program_group);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, first_week_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, full_row);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, back_of_head_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, migraine_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, neck_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, jaw_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, massager_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, routine_scroller);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, routine_name);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, routine_facts);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, routine_description);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, session_view);
  gtk_widget_class_bind_template_child (widget_class, NapeRoutinesPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, routine_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_finished_cb);

  gtk_widget_class_install_action (widget_class, "routines.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "routines.play-shown", NULL, play_shown_action);
  gtk_widget_class_install_action (widget_class, "routines.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "routines.edit-shown", NULL, edit_shown_action);
  gtk_widget_class_install_action (widget_class, "routines.duplicate-shown", NULL,
                                   duplicate_shown_action);
  gtk_widget_class_install_action (widget_class, "routines.delete-shown", NULL, delete_shown_action);
  gtk_widget_class_install_action (widget_class, "routines.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "routines.move-shown-up", NULL,
                                   move_shown_up_action);
  gtk_widget_class_install_action (widget_class, "routines.move-shown-down", NULL,
                                   move_shown_down_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "routines.back", NULL);
}

static void
nape_routines_page_init (NapeRoutinesPage *self)
{
  self->session_return = "list";

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (self->my_group, FALSE);
  update_shown_actions (self);
}

/**
 * nape_routines_page_set_content:
 * @self: a #NapeRoutinesPage
 * @atlas: the atlas the routines' steps name
 * @routines: the built-in routines
 */
void
nape_routines_page_set_content (NapeRoutinesPage *self,
                                NapeAtlas        *atlas,
                                GListModel       *routines)
{
  g_return_if_fail (NAPE_IS_ROUTINES_PAGE (self));
  g_return_if_fail (NAPE_IS_ATLAS (atlas));
  g_return_if_fail (G_IS_LIST_MODEL (routines));

  g_set_object (&self->atlas, atlas);
  g_set_object (&self->routines, routines);
  if (self->diary != NULL)
    nape_diary_set_atlas (self->diary, atlas);

  fill_groups (self);
  update_program (self);
  gtk_stack_set_visible_child_name (self->content_stack, "list");
}

/**
 * nape_routines_page_set_diary:
 * @self: a #NapeRoutinesPage
 * @diary: (nullable): where played sessions are saved, and where the program's progress
 *   is read from
 */
void
nape_routines_page_set_diary (NapeRoutinesPage *self,
                              NapeDiary        *diary)
{
  g_return_if_fail (NAPE_IS_ROUTINES_PAGE (self));
  g_return_if_fail (diary == NULL || NAPE_IS_DIARY (diary));

  if (self->diary == diary)
    return;

  if (self->diary != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->diary, self);
      g_signal_handlers_disconnect_by_data (nape_diary_get_routines (self->diary), self);
    }
  g_set_object (&self->diary, diary);
  g_clear_object (&self->deleted);
  if (diary != NULL)
    {
      GListModel *mine = nape_diary_get_routines (diary);

      /* The diary checks the user's routines against the atlas the page shows. */
      if (self->atlas != NULL)
        nape_diary_set_atlas (diary, self->atlas);
      g_signal_connect_object (diary, "changed", G_CALLBACK (diary_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (mine, "items-changed", G_CALLBACK (user_routines_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_bind_model (self->my_list, mine, create_user_row, NULL, NULL);
    }
  else
    {
      gtk_list_box_bind_model (self->my_list, NULL, NULL, NULL, NULL);
    }
  gtk_widget_set_visible (self->my_group, diary != NULL);
  update_program (self);
  update_shown_actions (self);
}

/**
 * nape_routines_page_show_error:
 * @self: a #NapeRoutinesPage
 * @description: what went wrong, from nape_content_error_describe()
 */
void
nape_routines_page_show_error (NapeRoutinesPage *self,
                               const char       *description)
{
  g_return_if_fail (NAPE_IS_ROUTINES_PAGE (self));
  g_return_if_fail (description != NULL);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
}

/**
 * nape_routines_page_show_routine:
 * @self: a #NapeRoutinesPage
 * @routine_id: the id of a built-in routine or one of the user's
 *
 * Opens the routine's page.
 *
 * Returns: %TRUE if there is such a routine
 */
gboolean
nape_routines_page_show_routine (NapeRoutinesPage *self,
                                 const char       *routine_id)
{
  NapeRoutine *routine;

  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), FALSE);
  g_return_val_if_fail (routine_id != NULL, FALSE);

  routine = find_routine (self, routine_id);
  if (routine == NULL)
    return FALSE;

  g_set_object (&self->shown, routine);
  fill_routine_page (self, routine);
  gtk_stack_set_visible_child_name (self->content_stack, "routine");

  return TRUE;
}

/**
 * nape_routines_page_play:
 * @self: a #NapeRoutinesPage
 * @routine: any routine, built in, the user's or made for one muscle
 *
 * Opens the session view on @routine: first pain now and the safety reminders, then the
 * player. When the user is done, the page goes back to where it was.
 */
void
nape_routines_page_play (NapeRoutinesPage *self,
                         NapeRoutine      *routine)
{
  const char *current;

  g_return_if_fail (NAPE_IS_ROUTINES_PAGE (self));
  g_return_if_fail (NAPE_IS_ROUTINE (routine));
  g_return_if_fail (self->atlas != NULL);

  current = gtk_stack_get_visible_child_name (self->content_stack);
  if (g_str_equal (current, "routine") || g_str_equal (current, "list"))
    self->session_return = g_str_equal (current, "routine") ? "routine" : "list";

  nape_session_view_prepare (self->session_view, self->atlas, routine);
  gtk_stack_set_visible_child_name (self->content_stack, "session");
}

/**
 * nape_routines_page_new_zone_routine:
 * @self: a #NapeRoutinesPage with content
 * @zone_id: an atlas zone id
 *
 * Makes a short routine for one muscle: a minute of each of its techniques, on each side
 * it has.
 *
 * Returns: (transfer full) (nullable): the routine, or %NULL if there is no such zone
 */
NapeRoutine *
nape_routines_page_new_zone_routine (NapeRoutinesPage *self,
                                     const char       *zone_id)
{
  NapeZone *zone;
  GListModel *techniques;
  NapeRoutine *routine;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  NapeSide sides;

  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), NULL);
  g_return_val_if_fail (zone_id != NULL, NULL);
  g_return_val_if_fail (self->atlas != NULL, NULL);

  zone = nape_atlas_get_zone (self->atlas, zone_id);
  if (zone == NULL)
    return NULL;

  id = g_strdup_printf ("practice-%s", zone_id);
  /* Translators: the name of a routine for one muscle */
  name = g_strdup_printf (_("Practice: %s"), nape_zone_get_name (zone));
  routine = nape_routine_new (id, name, NULL, NAPE_ROUTINE_FIT_DAILY, NAPE_ROUTINE_FOCUS_NECK);

  /* Muscles on the midline are worked once. */
  sides = nape_zone_get_sides (zone) & (NAPE_SIDE_LEFT | NAPE_SIDE_RIGHT);
  techniques = nape_zone_get_techniques (zone);
  for (guint i = 0; i < MIN (g_list_model_get_n_items (techniques), 3); i++)
    {
      g_autoptr(NapeTechnique) technique = g_list_model_get_item (techniques, i);
      g_autoptr(NapeRoutineStep) step = nape_routine_step_new (zone_id,
                                                               nape_technique_get_id (technique),
                                                               sides, 60, 0, 0,
                                                               NAPE_ROUTINE_STEP_NO_INTENSITY,
                                                               NULL);

      nape_routine_append_step (routine, step);
    }

  return routine;
}

/**
 * nape_routines_page_practice_zone:
 * @self: a #NapeRoutinesPage with content
 * @zone_id: an atlas zone id
 *
 * Plays nape_routines_page_new_zone_routine(): "Practice this muscle" on the Learn page.
 */
void
nape_routines_page_practice_zone (NapeRoutinesPage *self,
                                  const char       *zone_id)
{
  g_autoptr(NapeRoutine) routine = NULL;

  g_return_if_fail (NAPE_IS_ROUTINES_PAGE (self));

  routine = nape_routines_page_new_zone_routine (self, zone_id);
  g_return_if_fail (routine != NULL);

  nape_routines_page_play (self, routine);
}

/**
 * nape_routines_page_get_shown:
 * @self: a #NapeRoutinesPage
 *
 * Returns: "list", "routine", "session" or "error"
 */
const char *
nape_routines_page_get_shown (NapeRoutinesPage *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->content_stack);
}

/**
 * nape_routines_page_get_program_days:
 * @self: a #NapeRoutinesPage
 *
 * Returns: the days on which the diary holds a first-week session of the back-of-head program
 */
guint
nape_routines_page_get_program_days (NapeRoutinesPage *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), 0);

  return count_program_days (self);
}

/**
 * nape_routines_page_close_request:
 * @self: a #NapeRoutinesPage
 *
 * For the window about to close: see nape_session_view_close_request().
 *
 * Returns: %TRUE if the window must stay open
 */
gboolean
nape_routines_page_close_request (NapeRoutinesPage *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), FALSE);

  return g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), "session")
         && nape_session_view_close_request (self->session_view);
}

NapeSessionView *
nape_routines_page_get_session_view (NapeRoutinesPage *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), NULL);

  return self->session_view;
}

/**
 * nape_routines_page_get_editor:
 * @self: a #NapeRoutinesPage
 *
 * Returns: (transfer none) (nullable): the routine editor the page opened, while it is open
 */
NapeRoutineEditor *
nape_routines_page_get_editor (NapeRoutinesPage *self)
{
  g_return_val_if_fail (NAPE_IS_ROUTINES_PAGE (self), NULL);

  return self->editor;
}
