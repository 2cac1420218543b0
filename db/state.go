package db

import (
	"database/sql"
	"errors"
	"time"

	"yoriai/model"
)

// Resume returns where the facilitator was; the zero Resume when nothing
// was saved yet.
func (s *Store) Resume() (model.Resume, error) {
	var r model.Resume
	var screen string
	var projector int
	err := s.db.QueryRow(`SELECT workshop_id, meeting_id, screen, projector, item_id FROM app_state WHERE id = 1`).
		Scan(&r.WorkshopID, &r.MeetingID, &screen, &projector, &r.ItemID)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Resume{}, nil
	}
	r.Screen, r.Projector = model.Screen(screen), projector != 0
	return r, err
}

// SaveResume records where the facilitator is. Moving around is not a
// change of content, so it writes no event.
func (s *Store) SaveResume(r model.Resume, at time.Time) error {
	projector := 0
	if r.Projector {
		projector = 1
	}
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	_, err = tx.Exec(`INSERT INTO app_state (id, workshop_id, meeting_id, screen, projector, item_id, updated_at)
		VALUES (1, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET workshop_id = excluded.workshop_id, meeting_id = excluded.meeting_id,
			screen = excluded.screen, projector = excluded.projector, item_id = excluded.item_id,
			updated_at = excluded.updated_at`,
		r.WorkshopID, r.MeetingID, string(r.Screen), projector, r.ItemID, ms(at))
	if err != nil {
		return err
	}
	return s.commit(tx)
}

// Events lists a workshop's change log, oldest first.
func (s *Store) Events(workshopID int64) ([]model.Event, error) {
	return queryAll(s.db, func(r scanner) (model.Event, error) {
		var e model.Event
		var at int64
		var mid sql.NullInt64
		err := r.Scan(&e.ID, &at, &e.WorkshopID, &mid, &e.Actor, &e.Kind, &e.Payload)
		e.At, e.MeetingID = time.UnixMilli(at), mid.Int64
		return e, err
	}, `SELECT id, at, workshop_id, meeting_id, actor, kind, payload FROM event
		WHERE workshop_id = ? ORDER BY at, id`, workshopID)
}
