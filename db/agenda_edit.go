package db

// agenda_edit.go: the changes a facilitator makes to a meeting on the day:
// its date, times, place and content; an item's title, minutes, speaker
// and video URL; the order of the items, a new item, a skipped one. Each is
// one transaction with its event.

import (
	"database/sql"
	"encoding/json"
	"time"

	"yoriai/model"
)

// writeMeeting is write for a change to meeting meetingID: it finds the
// meeting's workshop inside the transaction, for the event.
func (s *Store) writeMeeting(at time.Time, meetingID int64, kind string, payload any, fn func(*sql.Tx) error) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var wid int64
	if err := tx.QueryRow(`SELECT workshop_id FROM meeting WHERE id = ?`, meetingID).Scan(&wid); err != nil {
		if err == sql.ErrNoRows {
			return ErrNotFound
		}
		return err
	}
	if err := fn(tx); err != nil {
		return err
	}
	if err := s.appendEvent(tx, at, wid, meetingID, kind, payload); err != nil {
		return err
	}
	return s.commit(tx)
}

// EditMeeting writes a meeting's date, start and end times, place and
// topics (its content), as m has them.
func (s *Store) EditMeeting(m model.Meeting, at time.Time) error {
	topics, err := json.Marshal(nonNil(m.Topics))
	if err != nil {
		return err
	}
	payload := map[string]any{"date": m.Date.String(), "start": m.Start, "end": m.End, "place": m.Place, "topics": nonNil(m.Topics)}
	return s.writeMeeting(at, m.ID, "meeting.edited", payload, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE meeting SET date = ?, start_time = ?, end_time = ?, place = ?, topics = ? WHERE id = ?`,
			m.Date.String(), m.Start, m.End, m.Place, string(topics), m.ID))
	})
}

// EditItem writes an agenda item's title, planned minutes, speaker and
// URL, as it has them.
func (s *Store) EditItem(it model.AgendaItem, at time.Time) error {
	payload := map[string]any{"item_id": it.ID, "title": it.Title, "planned_minutes": int(it.Planned / time.Minute),
		"speaker": it.Speaker, "url": it.URL}
	return s.writeMeeting(at, it.MeetingID, "item.edited", payload, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE agenda_item SET title = ?, planned_seconds = ?, speaker = ?, url = ?
			WHERE id = ? AND meeting_id = ?`, it.Title, int64(it.Planned/time.Second), it.Speaker, it.URL, it.ID, it.MeetingID))
	})
}

// MoveItem moves an agenda item of meetingID to position to (0-based,
// clamped to the agenda), the items between shifting by one.
func (s *Store) MoveItem(meetingID, itemID int64, to int, at time.Time) error {
	payload := map[string]any{"item_id": itemID, "position": to}
	return s.writeMeeting(at, meetingID, "item.moved", payload, func(tx *sql.Tx) error {
		var from, n int
		if err := tx.QueryRow(`SELECT position FROM agenda_item WHERE id = ? AND meeting_id = ?`, itemID, meetingID).Scan(&from); err != nil {
			if err == sql.ErrNoRows {
				return ErrNotFound
			}
			return err
		}
		if err := tx.QueryRow(`SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?`, meetingID).Scan(&n); err != nil {
			return err
		}
		to = min(max(to, 0), n-1)
		if to == from {
			return nil
		}
		// Positions are unique per meeting and SQLite checks that row by
		// row, so the item steps aside to -1 and the others shift.
		if _, err := tx.Exec(`UPDATE agenda_item SET position = -1 WHERE id = ?`, itemID); err != nil {
			return err
		}
		lo, hi, by := from+1, to, -1
		if to < from {
			lo, hi, by = to, from-1, 1
		}
		if err := shift(tx, meetingID, lo, hi, by); err != nil {
			return err
		}
		_, err := tx.Exec(`UPDATE agenda_item SET position = ? WHERE id = ?`, to, itemID)
		return err
	})
}

// shift moves the items of a meeting at positions lo..hi by by places,
// through negative positions so that no two items ever share one.
func shift(tx *sql.Tx, meetingID int64, lo, hi, by int) error {
	if _, err := tx.Exec(`UPDATE agenda_item SET position = -(position + ?) - 2 WHERE meeting_id = ? AND position BETWEEN ? AND ?`,
		by, meetingID, lo, hi); err != nil {
		return err
	}
	_, err := tx.Exec(`UPDATE agenda_item SET position = -(position + 2) WHERE meeting_id = ? AND position <= -2`, meetingID)
	return err
}

// InsertItem adds an item of the given kind, title and planned time to a
// meeting's agenda at position (clamped to its ends), pending, and returns
// it with its id. A prompt asks its title; a poll gets one free-text
// question, its title.
func (s *Store) InsertItem(meetingID int64, position int, kind model.ItemKind, title string, planned time.Duration, at time.Time) (model.AgendaItem, error) {
	it := model.AgendaItem{MeetingID: meetingID, Kind: kind, Title: title, Planned: planned, State: model.ItemPending}
	switch kind {
	case model.KindPrompt:
		it.Question = title
	case model.KindPoll:
		it.Questions = []model.PollQuestion{{Text: title, Kind: model.QuestionText}}
	}
	qs, err := json.Marshal(questionsJSON(it.Questions))
	if err != nil {
		return it, err
	}
	payload := map[string]any{"kind": kind, "title": title, "planned_minutes": int(planned / time.Minute), "position": position}
	err = s.writeMeeting(at, meetingID, "item.inserted", payload, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRow(`SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?`, meetingID).Scan(&n); err != nil {
			return err
		}
		it.Position = min(max(position, 0), n)
		if err := shift(tx, meetingID, it.Position, n-1, 1); err != nil {
			return err
		}
		r, err := tx.Exec(`INSERT INTO agenda_item (meeting_id, position, kind, title, question, questions, planned_seconds)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, meetingID, it.Position, string(kind), title, it.Question, string(qs), int64(planned/time.Second))
		if err != nil {
			return err
		}
		it.ID, err = r.LastInsertId()
		return err
	})
	return it, err
}

// SkipItem marks an agenda item skipped (passed over, shown as 「省略」) or
// not.
func (s *Store) SkipItem(meetingID, itemID int64, skipped bool, at time.Time) error {
	kind := "item.skipped"
	if !skipped {
		kind = "item.unskipped"
	}
	return s.writeMeeting(at, meetingID, kind, map[string]any{"item_id": itemID}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE agenda_item SET skipped = ? WHERE id = ? AND meeting_id = ?`, skipped, itemID, meetingID))
	})
}
