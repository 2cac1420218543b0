package db

import (
	"database/sql"
	"errors"
	"time"

	"yoriai/model"
)

// AttendanceMarks is what was marked for a meeting itself: 出席, 欠席 or an
// explicit 未定 per participant. People not in it have no mark of their
// own (AttendanceStatus gives them the previous meeting's).
func (s *Store) AttendanceMarks(meetingID int64) (map[int64]model.Presence, error) {
	type row struct {
		id     int64
		status string
	}
	rows, err := queryAll(s.db, func(r scanner) (row, error) {
		var x row
		return x, r.Scan(&x.id, &x.status)
	}, `SELECT participant_id, status FROM attendance WHERE meeting_id = ?`, meetingID)
	out := make(map[int64]model.Presence, len(rows))
	for _, x := range rows {
		out[x.id] = model.Presence(x.status)
	}
	return out, err
}

// AttendanceStatus is every participant's attendance at a meeting: their
// own mark, else the one of the newest earlier meeting that has one (so
// marking a meeting is one pass of corrections to the previous one's
// roster), else 未定; Defaulted tells the two first apart.
func (s *Store) AttendanceStatus(meetingID int64) (map[int64]model.AttendanceMark, error) {
	m, err := scanMeeting(s.db.QueryRow(meetingCols+` WHERE id = ?`, meetingID))
	if err != nil {
		return nil, err
	}
	people, err := s.Participants(m.WorkshopID)
	if err != nil {
		return nil, err
	}
	meetings, err := s.Meetings(m.WorkshopID)
	if err != nil {
		return nil, err
	}
	var history []map[int64]model.Presence
	for _, o := range meetings { // in series order
		if o.Number > m.Number {
			break
		}
		marks, err := s.AttendanceMarks(o.ID)
		if err != nil {
			return nil, err
		}
		history = append(history, marks)
	}
	return model.ResolveAttendance(people, history), nil
}

// SetPresence marks a participant 出席, 欠席 or 未定 for a meeting.
func (s *Store) SetPresence(meetingID, participantID int64, p model.Presence, at time.Time) error {
	if !p.Valid() {
		return errors.New("presence is present, absent or unknown")
	}
	wid, err := s.meetingWorkshop(meetingID)
	if err != nil {
		return err
	}
	payload := map[string]any{"participant_id": participantID, "presence": p}
	return s.write(at, wid, meetingID, "attendance.marked", payload, func(tx *sql.Tx) error {
		if err := onRoster(tx, wid, participantID); err != nil {
			return err
		}
		return setPresence(tx, meetingID, participantID, p)
	})
}

func setPresence(tx *sql.Tx, meetingID, participantID int64, p model.Presence) error {
	_, err := tx.Exec(`INSERT INTO attendance (meeting_id, participant_id, status) VALUES (?, ?, ?)
		ON CONFLICT (meeting_id, participant_id) DO UPDATE SET status = excluded.status`, meetingID, participantID, string(p))
	return err
}

// FillAttendance writes the attendance a meeting takes from the previous
// meetings as the meeting's own marks, for everyone who has none yet, in
// one transaction; later changes to an earlier meeting then no longer
// move it. It returns how many were written.
func (s *Store) FillAttendance(meetingID int64, at time.Time) (int, error) {
	status, err := s.AttendanceStatus(meetingID)
	if err != nil {
		return 0, err
	}
	wid, err := s.meetingWorkshop(meetingID)
	if err != nil {
		return 0, err
	}
	n := 0
	payload := map[string]any{} // filled in before it is logged
	err = s.write(at, wid, meetingID, "attendance.filled", payload, func(tx *sql.Tx) error {
		for id, mark := range status {
			if !mark.Defaulted {
				continue
			}
			// only where there is still no mark: INSERT, never overwrite
			r, err := tx.Exec(`INSERT INTO attendance (meeting_id, participant_id, status) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING`, meetingID, id, string(mark.Presence))
			if err != nil {
				return err
			}
			k, _ := r.RowsAffected()
			n += int(k)
		}
		payload["count"] = n
		return nil
	})
	return n, err
}

// SetRecorder sets who takes a meeting's minutes (記録者): a participant of
// its workshop, or a typed name; the zero Recorder clears it.
func (s *Store) SetRecorder(meetingID int64, r model.Recorder, at time.Time) error {
	name, cut := model.CleanLine(r.Name, model.MaxNameRunes)
	if cut {
		return errors.New("the recorder's name is too long")
	}
	r.Name = name
	wid, err := s.meetingWorkshop(meetingID)
	if err != nil {
		return err
	}
	return s.write(at, wid, meetingID, "meeting.recorder", map[string]any{"participant_id": r.ParticipantID, "name": r.Name},
		func(tx *sql.Tx) error {
			if r.ParticipantID != 0 { // the name as it is now, kept should they leave the roster
				err := tx.QueryRow(`SELECT name FROM participant WHERE id = ? AND workshop_id = ?`, r.ParticipantID, wid).Scan(&r.Name)
				if errors.Is(err, sql.ErrNoRows) {
					return ErrNotFound
				}
				if err != nil {
					return err
				}
			}
			return mustAffect(tx.Exec(`UPDATE meeting SET recorder_id = ?, recorder_name = ? WHERE id = ?`,
				nullID(r.ParticipantID), r.Name, meetingID))
		})
}

// Recorder is who takes a meeting's minutes; the zero Recorder when none
// is set.
func (s *Store) Recorder(meetingID int64) (model.Recorder, error) {
	var r model.Recorder
	var id sql.NullInt64
	err := s.db.QueryRow(`SELECT recorder_id, recorder_name FROM meeting WHERE id = ?`, meetingID).Scan(&id, &r.Name)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	r.ParticipantID = id.Int64
	return r, err
}

// meetingWorkshop is the workshop of a meeting.
func (s *Store) meetingWorkshop(meetingID int64) (int64, error) {
	var wid int64
	err := s.db.QueryRow(`SELECT workshop_id FROM meeting WHERE id = ?`, meetingID).Scan(&wid)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return wid, err
}

// onRoster checks that a participant belongs to the workshop.
func onRoster(tx *sql.Tx, workshopID, participantID int64) error {
	var n int
	if err := tx.QueryRow(`SELECT count(*) FROM participant WHERE id = ? AND workshop_id = ?`, participantID, workshopID).
		Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}
