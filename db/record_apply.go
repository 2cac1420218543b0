package db

import (
	"database/sql"
	"errors"
	"time"

	"yoriai/model"
)

// applyEntryStep writes each change of step to the record of item itemID
// inside tx, and returns the step as applied: added entries with their
// ids and places, every entry as it now stands. An entry's done mark is
// never written here (SetActionDone keeps it), so undoing an edit does not
// reopen an action item done since.
func applyEntryStep(tx *sql.Tx, workshopID, itemID int64, step model.EntryStep, at time.Time) (model.EntryStep, error) {
	var out model.EntryStep
	for _, ch := range step.Entries {
		if ch.After == nil {
			if ch.Before == nil {
				return out, errors.New("an entry change with neither side")
			}
			if err := mustAffect(tx.Exec(`UPDATE entry SET deleted_at = ? WHERE id = ? AND workshop_id = ? AND item_id = ?
				AND deleted_at IS NULL`, ms(at), ch.Before.ID, workshopID, itemID)); err != nil {
				return out, err
			}
			out.Entries = append(out.Entries, ch)
			continue
		}
		e, err := model.CleanEntry(*ch.After)
		if err != nil {
			return out, err
		}
		if e.ItemID != itemID {
			return out, ErrNotFound
		}
		if e.AssigneeID != 0 { // one of this workshop's people; their name is kept as it is now
			var name string
			err := tx.QueryRow(`SELECT name FROM participant WHERE id = ? AND workshop_id = ?`, e.AssigneeID, workshopID).Scan(&name)
			if errors.Is(err, sql.ErrNoRows) {
				return out, ErrNotFound
			}
			if err != nil {
				return out, err
			}
			e.AssigneeName = name
		}
		var id int64
		switch {
		case ch.Before == nil && e.ID == 0:
			if id, err = insertEntry(tx, workshopID, e, at); err != nil {
				return out, err
			}
		default:
			restore := ""
			if ch.Before == nil {
				restore = ", deleted_at = NULL"
			}
			if err := mustAffect(tx.Exec(`UPDATE entry SET kind = ?, text = ?, answer = ?, assignee_id = ?, assignee_name = ?,
				due = ?, position = ?, updated_at = ?`+restore+` WHERE id = ? AND workshop_id = ? AND item_id = ?`,
				string(e.Kind), e.Text, e.Answer, nullID(e.AssigneeID), e.AssigneeName, e.Due.String(), e.Position, ms(at),
				e.ID, workshopID, itemID)); err != nil {
				return out, err
			}
			id = e.ID
		}
		stored, err := scanEntry(tx.QueryRow(entryCols+` WHERE e.id = ?`, id))
		if err != nil {
			return out, err
		}
		ch.After = &stored
		out.Entries = append(out.Entries, ch)
	}
	return out, nil
}

// insertEntry adds e at the end of its item's record.
func insertEntry(tx *sql.Tx, workshopID int64, e model.Entry, at time.Time) (int64, error) {
	var meetingID int64
	if err := tx.QueryRow(`SELECT meeting_id FROM agenda_item WHERE id = ?`, e.ItemID).Scan(&meetingID); err != nil {
		return 0, err
	}
	if err := tx.QueryRow(`SELECT coalesce(max(position), -1) + 1 FROM entry WHERE item_id = ? AND deleted_at IS NULL`,
		e.ItemID).Scan(&e.Position); err != nil {
		return 0, err
	}
	r, err := tx.Exec(`INSERT INTO entry (workshop_id, meeting_id, item_id, kind, text, answer, assignee_id, assignee_name,
		due, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		workshopID, meetingID, e.ItemID, string(e.Kind), e.Text, e.Answer, nullID(e.AssigneeID), e.AssigneeName,
		e.Due.String(), e.Position, ms(at), ms(at))
	if err != nil {
		return 0, err
	}
	return r.LastInsertId()
}
