package db

import (
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"yoriai/model"
)

const meetingCols = `SELECT id, workshop_id, number, title, date, start_time, end_time, place, fiscal_year, topics,
	status, started_at, ended_at, current_item_id, not_in_template FROM meeting`

func scanMeeting(r scanner) (model.Meeting, error) {
	var m model.Meeting
	var date, topics, status string
	var started, ended, current sql.NullInt64
	err := r.Scan(&m.ID, &m.WorkshopID, &m.Number, &m.Title, &date, &m.Start, &m.End, &m.Place, &m.FiscalYear,
		&topics, &status, &started, &ended, &current, &m.NotInTemplate)
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	if err != nil {
		return m, err
	}
	if m.Date, err = model.ParseDate(date); err != nil {
		return m, err
	}
	if err := json.Unmarshal([]byte(topics), &m.Topics); err != nil {
		return m, err
	}
	m.Status = model.MeetingStatus(status)
	m.StartedAt, m.EndedAt = fromMS(started), fromMS(ended)
	m.CurrentItemID = current.Int64
	return m, nil
}

// Meetings lists a workshop's meetings in series order.
func (s *Store) Meetings(workshopID int64) ([]model.Meeting, error) {
	return queryAll(s.db, scanMeeting, meetingCols+` WHERE workshop_id = ? ORDER BY number`, workshopID)
}

// Meeting returns a meeting and its agenda in order, timers included.
func (s *Store) Meeting(id int64) (model.Meeting, []model.AgendaItem, error) {
	m, err := scanMeeting(s.db.QueryRow(meetingCols+` WHERE id = ?`, id))
	if err != nil {
		return m, nil, err
	}
	items, err := agendaOf(s.db, id)
	return m, items, err
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	Query(query string, args ...any) (*sql.Rows, error)
	QueryRow(query string, args ...any) *sql.Row
}

// agendaOf reads a meeting's agenda in order, timers included.
func agendaOf(q querier, meetingID int64) ([]model.AgendaItem, error) {
	rows, err := q.Query(`SELECT id, meeting_id, position, kind, title, body, notes, speaker, source, url, question,
		questions, planned_seconds, elapsed_ms, running_since, state, diagram, not_in_template, skipped FROM agenda_item
		WHERE meeting_id = ? ORDER BY position`, meetingID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []model.AgendaItem
	for rows.Next() {
		var it model.AgendaItem
		var kind, qs, state, diagram string
		var planned, elapsed int64
		var since sql.NullInt64
		if err := rows.Scan(&it.ID, &it.MeetingID, &it.Position, &kind, &it.Title, &it.Body, &it.Notes, &it.Speaker,
			&it.Source, &it.URL, &it.Question, &qs, &planned, &elapsed, &since, &state, &diagram, &it.NotInTemplate, &it.Skipped); err != nil {
			return nil, err
		}
		var stored []question
		if err := json.Unmarshal([]byte(qs), &stored); err != nil {
			return nil, err
		}
		for _, q := range stored {
			pq := model.PollQuestion{Text: q.Text, Kind: model.QuestionKind(q.Kind)}
			if len(q.Choices) > 0 {
				pq.Choices = q.Choices
			}
			it.Questions = append(it.Questions, pq)
		}
		it.Kind, it.State, it.Diagram = model.ItemKind(kind), model.ItemState(state), model.DiagramKind(diagram)
		it.Planned = time.Duration(planned) * time.Second
		it.Timer = model.Timer{Elapsed: time.Duration(elapsed) * time.Millisecond, Since: fromMS(since)}
		items = append(items, it)
	}
	return items, rows.Err()
}

// SaveRun writes where a meeting stands: its status and current item, and
// each item's state and timer, with an event of the given kind.
func (s *Store) SaveRun(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) error {
	var cur string
	for _, it := range items {
		if it.ID == m.CurrentItemID {
			cur = it.Title
		}
	}
	payload := map[string]any{"status": m.Status, "current_item_id": m.CurrentItemID, "current_item": cur}
	return s.write(at, m.WorkshopID, m.ID, kind, payload, func(tx *sql.Tx) error {
		if err := mustAffect(tx.Exec(`UPDATE meeting SET status = ?, started_at = ?, ended_at = ?, current_item_id = ?
			WHERE id = ? AND workshop_id = ?`, string(m.Status), msPtr(m.StartedAt), msPtr(m.EndedAt), nullID(m.CurrentItemID),
			m.ID, m.WorkshopID)); err != nil {
			return err
		}
		for _, it := range items {
			if err := mustAffect(tx.Exec(`UPDATE agenda_item SET state = ?, elapsed_ms = ?, running_since = ?
				WHERE id = ? AND meeting_id = ?`, string(it.State), it.Timer.Elapsed.Milliseconds(), msPtr(it.Timer.Since),
				it.ID, m.ID)); err != nil {
				return err
			}
		}
		return nil
	})
}
