package db

import (
	"database/sql"
	"encoding/json"
	"time"

	"yoriai/model"
)

// ApplyTemplate changes workshop id to what template t describes, keeping
// every idea, vote, card, entry and record: in one transaction it reads
// the workshop, computes the diff (model.DiffTemplate), carries out its
// plan and appends a workshop.template_applied event. A meeting or item
// that holds data and that t lacks stays, marked as not in the template.
// templateSHA is remembered so the same file opens the workshop at once.
// It returns the diff it applied (no change is written when there is
// none).
func (s *Store) ApplyTemplate(id int64, t model.Template, templateSHA string, at time.Time) (model.TemplateDiff, error) {
	tx, err := s.begin()
	if err != nil {
		return model.TemplateDiff{}, err
	}
	defer tx.Rollback()
	cur, err := storedWorkshop(tx, id)
	if err != nil {
		return model.TemplateDiff{}, err
	}
	d := model.DiffTemplate(cur, t)
	if !d.Pending() {
		return d, nil
	}
	if err := applyPlan(tx, id, d, templateSHA); err != nil {
		return d, err
	}
	counts := map[model.ChangeKind]int{}
	for _, c := range d.Changes {
		counts[c.Kind]++
	}
	if err := s.appendEvent(tx, at, id, 0, "workshop.template_applied", map[string]any{
		"template_sha256": templateSHA, "changes": len(d.Changes), "kinds": counts,
	}); err != nil {
		return d, err
	}
	return d, s.commit(tx)
}

func applyPlan(tx *sql.Tx, workshopID int64, d model.TemplateDiff, sha string) error {
	diagrams, err := json.Marshal(diagramsJSON(d.Diagrams))
	if err != nil {
		return err
	}
	w := d.Workshop
	if err := mustAffect(tx.Exec(`UPDATE workshop SET title = ?, organisation = ?, vision = ?, target_fiscal_year = ?,
		diagrams = ?, template_sha256 = ? WHERE id = ?`, w.Title, w.Organisation, w.Vision, w.TargetFiscalYear,
		string(diagrams), sha, workshopID)); err != nil {
		return err
	}
	if err := applyPillars(tx, workshopID, d); err != nil {
		return err
	}
	for _, id := range d.DeleteItems {
		if _, err := tx.Exec(`DELETE FROM agenda_item WHERE id = ?`, id); err != nil {
			return err
		}
	}
	for _, id := range d.DeleteMeetings {
		if _, err := tx.Exec(`DELETE FROM meeting WHERE id = ? AND workshop_id = ?`, id, workshopID); err != nil {
			return err
		}
	}
	// Numbers and positions are unique: move them all out of the way
	// first, then give each its place.
	if _, err := tx.Exec(`UPDATE meeting SET number = -number WHERE workshop_id = ?`, workshopID); err != nil {
		return err
	}
	for _, mp := range d.Meetings {
		if err := applyMeeting(tx, workshopID, mp); err != nil {
			return err
		}
	}
	return nil
}

func applyPillars(tx *sql.Tx, workshopID int64, d model.TemplateDiff) error {
	for _, id := range d.DeletePillars {
		if _, err := tx.Exec(`DELETE FROM pillar WHERE id = ? AND workshop_id = ?`, id, workshopID); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(`UPDATE pillar SET position = -1 - position WHERE workshop_id = ?`, workshopID); err != nil {
		return err
	}
	for _, p := range d.Pillars {
		var err error
		if p.ID == 0 {
			_, err = tx.Exec(`INSERT INTO pillar (workshop_id, position, name, description) VALUES (?, ?, ?, ?)`,
				workshopID, p.Position, p.Spec.Name, p.Spec.Description)
		} else {
			err = mustAffect(tx.Exec(`UPDATE pillar SET position = ?, name = ?, description = ? WHERE id = ? AND workshop_id = ?`,
				p.Position, p.Spec.Name, p.Spec.Description, p.ID, workshopID))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func applyMeeting(tx *sql.Tx, workshopID int64, mp model.MeetingPlan) error {
	if mp.ID == 0 {
		spec := mp.Spec
		spec.Number, spec.Agenda = mp.Number, nil
		for _, ip := range mp.Items {
			spec.Agenda = append(spec.Agenda, ip.Spec)
		}
		return insertMeeting(tx, workshopID, spec)
	}
	if mp.NotInTemplate {
		if err := mustAffect(tx.Exec(`UPDATE meeting SET number = ?, not_in_template = 1 WHERE id = ? AND workshop_id = ?`,
			mp.Number, mp.ID, workshopID)); err != nil {
			return err
		}
	} else {
		s := mp.Spec
		date, _ := model.ParseDate(s.Date) // validated by the template
		topics, err := json.Marshal(nonNil(s.Topics))
		if err != nil {
			return err
		}
		if err := mustAffect(tx.Exec(`UPDATE meeting SET number = ?, title = ?, date = ?, start_time = ?, end_time = ?,
			place = ?, fiscal_year = ?, topics = ?, not_in_template = 0 WHERE id = ? AND workshop_id = ?`,
			mp.Number, s.Title, date.String(), s.Start, s.End, s.Place, s.FiscalYear, string(topics), mp.ID, workshopID)); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(`UPDATE agenda_item SET position = -1 - position WHERE meeting_id = ?`, mp.ID); err != nil {
		return err
	}
	for _, ip := range mp.Items {
		if err := applyItem(tx, mp.ID, ip); err != nil {
			return err
		}
	}
	return nil
}

func applyItem(tx *sql.Tx, meetingID int64, ip model.ItemPlan) error {
	it := model.MeetingSpec{Agenda: []model.ItemSpec{ip.Spec}}.Items()[0]
	it.Position = ip.Position
	if ip.ID == 0 {
		return insertItem(tx, meetingID, it)
	}
	if ip.NotInTemplate {
		return mustAffect(tx.Exec(`UPDATE agenda_item SET position = ?, not_in_template = 1 WHERE id = ? AND meeting_id = ?`,
			ip.Position, ip.ID, meetingID))
	}
	qs, err := json.Marshal(questionsJSON(it.Questions))
	if err != nil {
		return err
	}
	return mustAffect(tx.Exec(`UPDATE agenda_item SET position = ?, title = ?, body = ?, notes = ?, speaker = ?, source = ?,
		url = ?, question = ?, questions = ?, planned_seconds = ?, diagram = ?, not_in_template = 0
		WHERE id = ? AND meeting_id = ?`, it.Position, it.Title, it.Body, it.Notes, it.Speaker, it.Source, it.URL,
		it.Question, string(qs), int64(it.Planned/time.Second), string(it.Diagram), ip.ID, meetingID))
}
