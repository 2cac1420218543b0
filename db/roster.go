package db

import (
	"database/sql"
	"time"

	"yoriai/model"
)

// Participants lists a workshop's roster (not the removed) in the order
// people were added.
func (s *Store) Participants(workshopID int64) ([]model.Participant, error) {
	return queryAll(s.db, func(r scanner) (model.Participant, error) {
		var p model.Participant
		var role string
		err := r.Scan(&p.ID, &p.WorkshopID, &p.Name, &p.Department, &role)
		p.Role = model.Role(role)
		return p, err
	}, `SELECT id, workshop_id, name, department, role FROM participant
		WHERE workshop_id = ? AND removed_at IS NULL ORDER BY id`, workshopID)
}

func participantPayload(p model.Participant) map[string]any {
	return map[string]any{"id": p.ID, "name": p.Name, "department": p.Department, "role": p.Role}
}

// AddParticipant puts p on the roster and returns it with its id.
func (s *Store) AddParticipant(p model.Participant, at time.Time) (model.Participant, error) {
	tx, err := s.begin()
	if err != nil {
		return p, err
	}
	defer tx.Rollback()
	r, err := tx.Exec(`INSERT INTO participant (workshop_id, name, department, role, created_at) VALUES (?, ?, ?, ?, ?)`,
		p.WorkshopID, p.Name, p.Department, string(p.Role), ms(at))
	if err != nil {
		return p, err
	}
	if p.ID, err = r.LastInsertId(); err != nil {
		return p, err
	}
	if err := s.appendEvent(tx, at, p.WorkshopID, 0, "participant.added", participantPayload(p)); err != nil {
		return p, err
	}
	return p, s.commit(tx)
}

// UpdateParticipant changes a participant's name, department and role.
func (s *Store) UpdateParticipant(p model.Participant, at time.Time) error {
	return s.write(at, p.WorkshopID, 0, "participant.updated", participantPayload(p), func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE participant SET name = ?, department = ?, role = ?
			WHERE id = ? AND workshop_id = ? AND removed_at IS NULL`, p.Name, p.Department, string(p.Role), p.ID, p.WorkshopID))
	})
}

// RemoveParticipant takes a participant off the roster; the row stays, so
// RestoreParticipant can undo it and past attendance keeps its names.
func (s *Store) RemoveParticipant(id int64, at time.Time) error {
	return s.setRemoved(id, at, "participant.removed", ms(at))
}

// RestoreParticipant undoes RemoveParticipant.
func (s *Store) RestoreParticipant(id int64, at time.Time) error {
	return s.setRemoved(id, at, "participant.restored", nil)
}

func (s *Store) setRemoved(id int64, at time.Time, kind string, removed any) error {
	var wid int64
	if err := s.db.QueryRow(`SELECT workshop_id FROM participant WHERE id = ?`, id).Scan(&wid); err == sql.ErrNoRows {
		return ErrNotFound
	} else if err != nil {
		return err
	}
	return s.write(at, wid, 0, kind, map[string]any{"id": id}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE participant SET removed_at = ? WHERE id = ?`, removed, id))
	})
}

// Attendance returns who is marked 出席 for a meeting itself (not the
// defaults AttendanceStatus adds).
func (s *Store) Attendance(meetingID int64) (map[int64]bool, error) {
	ids, err := queryAll(s.db, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	}, `SELECT participant_id FROM attendance WHERE meeting_id = ? AND status = 'present'`, meetingID)
	out := make(map[int64]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, err
}

// SetAttendance records whether a participant attends a meeting: true
// marks them 出席, false takes away the meeting's own mark (出席, 欠席 or
// 未定 alike), as the roster's one-key toggle wants. SetPresence sets the
// three states.
func (s *Store) SetAttendance(meetingID, participantID int64, present bool, at time.Time) error {
	var wid int64
	if err := s.db.QueryRow(`SELECT workshop_id FROM meeting WHERE id = ?`, meetingID).Scan(&wid); err == sql.ErrNoRows {
		return ErrNotFound
	} else if err != nil {
		return err
	}
	payload := map[string]any{"participant_id": participantID, "present": present}
	return s.write(at, wid, meetingID, "attendance.set", payload, func(tx *sql.Tx) error {
		if present {
			return setPresence(tx, meetingID, participantID, model.PresencePresent)
		}
		_, err := tx.Exec(`DELETE FROM attendance WHERE meeting_id = ? AND participant_id = ?`, meetingID, participantID)
		return err
	})
}
