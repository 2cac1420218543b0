package db

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"yoriai/model"
)

// RecordScope names the undo history of the record (記録) of agenda item
// itemID: its memos, decisions, questions and action items.
func RecordScope(itemID int64) string { return fmt.Sprintf("record:%d", itemID) }

const entryCols = `SELECT e.id, e.workshop_id, e.meeting_id, e.item_id, e.kind, e.text, e.answer, e.assignee_id,
	e.assignee_name, e.due, e.done_at, e.done_meeting_id, e.position, e.created_at, e.updated_at FROM entry e`

// entryOrder is the order of a meeting's or a workshop's entries: by
// meeting, then agenda item, then place in the item's record.
const entryOrder = ` ORDER BY m.number, i.position, e.position, e.id`

const entryJoin = ` JOIN meeting m ON m.id = e.meeting_id JOIN agenda_item i ON i.id = e.item_id`

func scanEntry(r scanner) (model.Entry, error) {
	var e model.Entry
	var kind, due string
	var assignee, doneAt, doneMeeting sql.NullInt64
	var created, updated int64
	err := r.Scan(&e.ID, &e.WorkshopID, &e.MeetingID, &e.ItemID, &kind, &e.Text, &e.Answer, &assignee, &e.AssigneeName,
		&due, &doneAt, &doneMeeting, &e.Position, &created, &updated)
	if errors.Is(err, sql.ErrNoRows) {
		return e, ErrNotFound
	}
	if err != nil {
		return e, err
	}
	e.Kind, e.AssigneeID, e.DoneMeeting = model.EntryKind(kind), assignee.Int64, doneMeeting.Int64
	e.DoneAt, e.CreatedAt, e.UpdatedAt = fromMS(doneAt), time.UnixMilli(created), time.UnixMilli(updated)
	e.Due, err = model.ParseDate(due)
	return e, err
}

// ItemEntries is the record of an agenda item, in its order (deleted
// entries left out).
func (s *Store) ItemEntries(itemID int64) ([]model.Entry, error) {
	return queryAll(s.db, scanEntry, entryCols+` WHERE e.item_id = ? AND e.deleted_at IS NULL ORDER BY e.position, e.id`, itemID)
}

// MeetingEntries is the record of every item of a meeting, item by item
// in agenda order.
func (s *Store) MeetingEntries(meetingID int64) ([]model.Entry, error) {
	return queryAll(s.db, scanEntry, entryCols+entryJoin+` WHERE e.meeting_id = ? AND e.deleted_at IS NULL`+entryOrder, meetingID)
}

// WorkshopEntries is the record of every meeting of a workshop, meeting by
// meeting, item by item.
func (s *Store) WorkshopEntries(workshopID int64) ([]model.Entry, error) {
	return queryAll(s.db, scanEntry, entryCols+entryJoin+` WHERE e.workshop_id = ? AND e.deleted_at IS NULL`+entryOrder, workshopID)
}

// Actions lists every action item (宿題) of a workshop, open and done, in
// meeting and agenda order: the workshop-wide list.
func (s *Store) Actions(workshopID int64) ([]model.Entry, error) {
	return queryAll(s.db, scanEntry, entryCols+entryJoin+` WHERE e.workshop_id = ? AND e.kind = 'action'
		AND e.deleted_at IS NULL`+entryOrder, workshopID)
}

// OpenActions lists the action items carried into a meeting: those of the
// meetings before it still open, and those marked done in the meeting
// itself (so that its ふりかえり keeps them, shown as 完了). Overdue is
// theirs to tell (model.Entry.Overdue).
func (s *Store) OpenActions(meetingID int64) ([]model.Entry, error) {
	return queryAll(s.db, scanEntry, entryCols+entryJoin+` JOIN meeting cur ON cur.id = ?
		WHERE e.workshop_id = cur.workshop_id AND m.number < cur.number AND e.kind = 'action' AND e.deleted_at IS NULL
		AND (e.done_at IS NULL OR e.done_meeting_id = cur.id)`+entryOrder, meetingID)
}

// AddEntry adds e at the end of its agenda item's record, as a step the
// item's undo can take back. The item decides the workshop and meeting.
// It returns the entry as stored, with its id, place and times.
func (s *Store) AddEntry(e model.Entry, at time.Time) (model.Entry, error) {
	step, err := s.recordStep(e.ItemID, at, func(*sql.Tx) (model.EntryStep, error) { return model.AddEntry(e) })
	if err != nil {
		return e, err
	}
	return *step.Entries[0].After, nil
}

// UpdateEntry changes an entry's kind, text, answer, 担当 and 期限 (not its
// place or done mark), undoably. It returns the entry as stored.
func (s *Store) UpdateEntry(e model.Entry, at time.Time) (model.Entry, error) {
	item, err := s.entryItem(e.ID)
	if err != nil {
		return e, err
	}
	step, err := s.recordStep(item, at, func(tx *sql.Tx) (model.EntryStep, error) {
		before, err := scanEntry(tx.QueryRow(entryCols+` WHERE e.id = ? AND e.deleted_at IS NULL`, e.ID))
		if err != nil {
			return model.EntryStep{}, err
		}
		return model.EditEntry(before, e)
	})
	if err != nil {
		return e, err
	}
	return *step.Entries[0].After, nil
}

// DeleteEntry deletes an entry softly, undoably.
func (s *Store) DeleteEntry(id int64, at time.Time) error {
	item, err := s.entryItem(id)
	if err != nil {
		return err
	}
	_, err = s.recordStep(item, at, func(tx *sql.Tx) (model.EntryStep, error) {
		e, err := scanEntry(tx.QueryRow(entryCols+` WHERE e.id = ? AND e.deleted_at IS NULL`, id))
		return model.DeleteEntry(e), err
	})
	return err
}

// MoveEntry swaps an entry with the one above it (up) or below it in its
// item's record, undoably; moved is false when it is already first or
// last.
func (s *Store) MoveEntry(id int64, up bool, at time.Time) (moved bool, err error) {
	item, err := s.entryItem(id)
	if err != nil {
		return false, err
	}
	entries, err := s.ItemEntries(item)
	if err != nil {
		return false, err
	}
	for i, e := range entries {
		j := i + 1
		if up {
			j = i - 1
		}
		if e.ID != id {
			continue
		}
		if j < 0 || j >= len(entries) {
			return false, nil
		}
		a, b := e, entries[j]
		if a.Position == b.Position { // places may tie after an old undo: make them distinct
			a.Position, b.Position = i, j
		}
		_, err := s.recordStep(item, at, func(*sql.Tx) (model.EntryStep, error) { return model.SwapEntries(a, b) })
		return err == nil, err
	}
	return false, ErrNotFound
}

// UndoEntry undoes the newest change to an item's record not yet undone,
// also one made before a restart; ok is false when there is none. It
// returns the change applied.
func (s *Store) UndoEntry(itemID int64, at time.Time) (model.EntryStep, bool, error) {
	return s.moveEntryStep(itemID, at, true)
}

// RedoEntry redoes the change to an item's record undone last; ok is
// false when there is none.
func (s *Store) RedoEntry(itemID int64, at time.Time) (model.EntryStep, bool, error) {
	return s.moveEntryStep(itemID, at, false)
}

// SetActionDone marks an action item 完了 at at in meeting meetingID (0
// outside a meeting), or open again when done is false. It is no step of
// the undo history: pressing it again reverses it.
func (s *Store) SetActionDone(id, meetingID int64, done bool, at time.Time) (model.Entry, error) {
	e, err := scanEntry(s.db.QueryRow(entryCols+` WHERE e.id = ? AND e.deleted_at IS NULL`, id))
	if err != nil {
		return e, err
	}
	if e, err = model.MarkDone(e, done, meetingID, time.UnixMilli(ms(at))); err != nil {
		return e, err
	}
	kind := "record.done"
	if !done {
		kind = "record.reopened"
	}
	payload := map[string]any{"id": id, "text": e.Text, "done_meeting_id": e.DoneMeeting}
	err = s.write(at, e.WorkshopID, meetingID, kind, payload, func(tx *sql.Tx) error {
		if meetingID != 0 {
			var n int
			if err := tx.QueryRow(`SELECT count(*) FROM meeting WHERE id = ? AND workshop_id = ?`, meetingID, e.WorkshopID).
				Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return ErrNotFound
			}
		}
		return mustAffect(tx.Exec(`UPDATE entry SET done_at = ?, done_meeting_id = ? WHERE id = ? AND deleted_at IS NULL`,
			msPtr(e.DoneAt), nullID(e.DoneMeeting), id))
	})
	return e, err
}

// entryItem is the agenda item of a live entry.
func (s *Store) entryItem(id int64) (int64, error) {
	var item int64
	err := s.db.QueryRow(`SELECT item_id FROM entry WHERE id = ? AND deleted_at IS NULL`, id).Scan(&item)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return item, err
}

// itemPlace is the workshop and meeting of an agenda item.
func itemPlace(tx *sql.Tx, itemID int64) (workshopID, meetingID int64, err error) {
	err = tx.QueryRow(`SELECT m.workshop_id, m.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = ?`,
		itemID).Scan(&workshopID, &meetingID)
	if errors.Is(err, sql.ErrNoRows) {
		err = ErrNotFound
	}
	return workshopID, meetingID, err
}

// recordStep builds a step inside one transaction and applies it to the
// record of item itemID: it applies the step, drops what could have been
// redone, keeps the step in the item's undo history and logs it.
func (s *Store) recordStep(itemID int64, at time.Time, build func(*sql.Tx) (model.EntryStep, error)) (model.EntryStep, error) {
	tx, err := s.begin()
	if err != nil {
		return model.EntryStep{}, err
	}
	defer tx.Rollback()
	wid, mid, err := itemPlace(tx, itemID)
	if err != nil {
		return model.EntryStep{}, err
	}
	step, err := build(tx)
	if err != nil {
		return step, err
	}
	if step, err = applyEntryStep(tx, wid, itemID, step, at); err != nil {
		return step, err
	}
	scope := RecordScope(itemID)
	if _, err := tx.Exec(`DELETE FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 1`, wid, scope); err != nil {
		return step, err
	}
	body, err := json.Marshal(step)
	if err != nil {
		return step, err
	}
	if _, err := tx.Exec(`INSERT INTO undo_step (workshop_id, scope, change, at) VALUES (?, ?, ?, ?)`,
		wid, scope, string(body), ms(at)); err != nil {
		return step, err
	}
	if err := s.appendEvent(tx, at, wid, mid, "record.changed", step); err != nil {
		return step, err
	}
	return step, s.commit(tx)
}

func (s *Store) moveEntryStep(itemID int64, at time.Time, undo bool) (model.EntryStep, bool, error) {
	var step model.EntryStep
	tx, err := s.begin()
	if err != nil {
		return step, false, err
	}
	defer tx.Rollback()
	wid, mid, err := itemPlace(tx, itemID)
	if err != nil {
		return step, false, err
	}
	q := `SELECT id, change FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 0 ORDER BY id DESC LIMIT 1`
	kind := "record.undone"
	if !undo {
		q = `SELECT id, change FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 1 ORDER BY id LIMIT 1`
		kind = "record.redone"
	}
	var id int64
	var body string
	err = tx.QueryRow(q, wid, RecordScope(itemID)).Scan(&id, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return step, false, nil
	}
	if err != nil {
		return step, false, err
	}
	if err := json.Unmarshal([]byte(body), &step); err != nil {
		return step, false, fmt.Errorf("undo step %d: %w", id, err)
	}
	if undo {
		step = step.Inverse()
	}
	if step, err = applyEntryStep(tx, wid, itemID, step, at); err != nil {
		return step, false, err
	}
	if _, err := tx.Exec(`UPDATE undo_step SET undone = ? WHERE id = ?`, boolInt(undo), id); err != nil {
		return step, false, err
	}
	if err := s.appendEvent(tx, at, wid, mid, kind, map[string]any{"step": id}); err != nil {
		return step, false, err
	}
	return step, true, s.commit(tx)
}
