package db

import (
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"yoriai/model"
)

// CreateWorkshop makes a workshop from a checked template, with its pillars,
// meetings (all planned) and agendas, in one transaction. Its identity is
// the template's workshop.id, or a new random one; an id another workshop
// of the file has is ErrWorkshopIDTaken.
func (s *Store) CreateWorkshop(t model.Template, templateSHA string, at time.Time) (model.Workshop, error) {
	w := model.Workshop{
		Title: t.Workshop.Title, Organisation: t.Workshop.Organisation, Vision: t.Workshop.Vision,
		TargetFiscalYear: t.Workshop.TargetFiscalYear, Diagrams: t.Diagrams, CreatedAt: time.UnixMilli(at.UnixMilli()),
		UID: t.Workshop.ID,
	}
	if w.UID == "" {
		w.UID = newUID()
	} else if _, taken, err := s.WorkshopByUID(w.UID); err != nil || taken {
		if err == nil {
			err = ErrWorkshopIDTaken
		}
		return w, err
	}
	diagrams, err := json.Marshal(diagramsJSON(t.Diagrams))
	if err != nil {
		return w, err
	}
	tx, err := s.begin()
	if err != nil {
		return w, err
	}
	defer tx.Rollback()
	r, err := tx.Exec(`INSERT INTO workshop (title, organisation, vision, target_fiscal_year, template_sha256, created_at, diagrams, uid)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, w.Title, w.Organisation, w.Vision, w.TargetFiscalYear, templateSHA, ms(at), string(diagrams), w.UID)
	if err != nil {
		return w, err
	}
	if w.ID, err = r.LastInsertId(); err != nil {
		return w, err
	}
	for i, p := range t.Pillars {
		if _, err := tx.Exec(`INSERT INTO pillar (workshop_id, position, name, description) VALUES (?, ?, ?, ?)`,
			w.ID, i, p.Name, p.Description); err != nil {
			return w, err
		}
	}
	for _, m := range t.Meetings {
		if err := insertMeeting(tx, w.ID, m); err != nil {
			return w, err
		}
	}
	if err := s.appendEvent(tx, at, w.ID, 0, "workshop.created", map[string]any{
		"title": w.Title, "template_sha256": templateSHA, "meetings": len(t.Meetings), "uid": w.UID,
	}); err != nil {
		return w, err
	}
	return w, s.commit(tx)
}

func insertMeeting(tx *sql.Tx, workshopID int64, m model.MeetingSpec) error {
	date, _ := model.ParseDate(m.Date) // validated by the template
	topics, err := json.Marshal(nonNil(m.Topics))
	if err != nil {
		return err
	}
	r, err := tx.Exec(`INSERT INTO meeting (workshop_id, number, title, date, start_time, end_time, place, fiscal_year, topics)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		workshopID, m.Number, m.Title, date.String(), m.Start, m.End, m.Place, m.FiscalYear, string(topics))
	if err != nil {
		return err
	}
	mid, err := r.LastInsertId()
	if err != nil {
		return err
	}
	for _, it := range m.Items() {
		if err := insertItem(tx, mid, it); err != nil {
			return err
		}
	}
	return nil
}

func insertItem(tx *sql.Tx, meetingID int64, it model.AgendaItem) error {
	qs, err := json.Marshal(questionsJSON(it.Questions))
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO agenda_item (meeting_id, position, kind, title, body, notes, speaker, source, url,
		question, questions, planned_seconds, diagram, skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		meetingID, it.Position, string(it.Kind), it.Title, it.Body, it.Notes, it.Speaker, it.Source, it.URL,
		it.Question, string(qs), int64(it.Planned/time.Second), string(it.Diagram), it.Skipped)
	return err
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// question is a poll question as stored.
type question struct {
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Choices []string `json:"choices"`
}

func questionsJSON(qs []model.PollQuestion) []question {
	out := make([]question, len(qs))
	for i, q := range qs {
		out[i] = question{Text: q.Text, Kind: string(q.Kind), Choices: nonNil(q.Choices)}
	}
	return out
}

// WorkshopByTemplate finds the workshop a template file made, if any.
func (s *Store) WorkshopByTemplate(sha string) (model.Workshop, bool, error) {
	w, err := scanWorkshop(s.db.QueryRow(workshopCols+` WHERE template_sha256 = ? ORDER BY id LIMIT 1`, sha))
	if errors.Is(err, ErrNotFound) {
		return w, false, nil
	}
	return w, err == nil, err
}

const workshopCols = `SELECT id, title, organisation, vision, target_fiscal_year, created_at, diagrams, uid FROM workshop`

func scanWorkshop(r scanner) (model.Workshop, error) {
	var w model.Workshop
	var created int64
	var diagrams string
	err := r.Scan(&w.ID, &w.Title, &w.Organisation, &w.Vision, &w.TargetFiscalYear, &created, &diagrams, &w.UID)
	if errors.Is(err, sql.ErrNoRows) {
		return w, ErrNotFound
	}
	if err != nil {
		return w, err
	}
	w.CreatedAt = time.UnixMilli(created)
	var d storedDiagrams
	if err := json.Unmarshal([]byte(diagrams), &d); err != nil {
		return w, err
	}
	w.Diagrams = d.model()
	return w, nil
}

// storedDiagrams is model.Diagrams as JSON.
type storedDiagrams struct {
	Org          []storedOrgNode `json:"organisation,omitempty"`
	Stages       []storedStage   `json:"stages,omitempty"`
	CurrentStage int             `json:"current_stage,omitempty"`
}

type storedOrgNode struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Parent  string `json:"parent,omitempty"`
	Advises string `json:"advises,omitempty"`
}

type storedStage struct {
	Title  string   `json:"title"`
	Points []string `json:"points,omitempty"`
}

func diagramsJSON(d model.Diagrams) storedDiagrams {
	s := storedDiagrams{CurrentStage: d.CurrentStage}
	for _, n := range d.Org {
		s.Org = append(s.Org, storedOrgNode{n.ID, n.Label, n.Parent, n.Advises})
	}
	for _, st := range d.Stages {
		s.Stages = append(s.Stages, storedStage{st.Title, st.Points})
	}
	return s
}

func (s storedDiagrams) model() model.Diagrams {
	var d model.Diagrams
	for _, n := range s.Org {
		d.Org = append(d.Org, model.OrgNode{ID: n.ID, Label: n.Label, Parent: n.Parent, Advises: n.Advises})
	}
	for _, st := range s.Stages {
		d.Stages = append(d.Stages, model.Stage{Title: st.Title, Points: st.Points})
	}
	d.CurrentStage = s.CurrentStage
	return d
}

// Workshops lists every workshop, oldest first.
func (s *Store) Workshops() ([]model.Workshop, error) {
	return queryAll(s.db, scanWorkshop, workshopCols+` ORDER BY id`)
}

// Workshop returns a workshop and its pillars in order.
func (s *Store) Workshop(id int64) (model.Workshop, []model.Pillar, error) {
	w, err := scanWorkshop(s.db.QueryRow(workshopCols+` WHERE id = ?`, id))
	if err != nil {
		return w, nil, err
	}
	ps, err := queryAll(s.db, func(r scanner) (model.Pillar, error) {
		var p model.Pillar
		return p, r.Scan(&p.ID, &p.Position, &p.Name, &p.Description)
	}, `SELECT id, position, name, description FROM pillar WHERE workshop_id = ? ORDER BY position`, id)
	return w, ps, err
}
