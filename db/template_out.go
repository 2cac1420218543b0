package db

// template_out.go: a workshop as it now is, as a template, so that next
// year's series starts from this year's: its meetings with their dates,
// times and places, and the agendas as edited on the day (skipped items
// marked).

import (
	"time"

	"yoriai/model"
)

// WorkshopTemplate returns workshop id as a template: its title, pillars,
// diagrams and meetings with their agendas as they stand in the database.
// Nothing recorded in the meetings (cards, votes, timers) is in it.
func (s *Store) WorkshopTemplate(id int64) (model.Template, error) {
	w, pillars, err := s.Workshop(id)
	if err != nil {
		return model.Template{}, err
	}
	t := model.Template{
		Workshop: model.WorkshopSpec{Title: w.Title, Organisation: w.Organisation, Vision: w.Vision, TargetFiscalYear: w.TargetFiscalYear},
		Diagrams: w.Diagrams,
	}
	for _, p := range pillars {
		t.Pillars = append(t.Pillars, model.PillarSpec{Name: p.Name, Description: p.Description})
	}
	meetings, err := s.Meetings(id)
	if err != nil {
		return t, err
	}
	for _, m := range meetings {
		_, items, err := s.Meeting(m.ID)
		if err != nil {
			return t, err
		}
		date := ""
		if !m.Date.IsZero() {
			date = m.Date.String()
		}
		ms := model.MeetingSpec{Number: m.Number, Title: m.Title, Date: date, Start: m.Start, End: m.End, Place: m.Place,
			FiscalYear: m.FiscalYear}
		if len(m.Topics) > 0 {
			ms.Topics = m.Topics
		}
		for _, it := range items {
			ms.Agenda = append(ms.Agenda, model.ItemSpec{Kind: it.Kind, Title: it.Title, Body: it.Body, Notes: it.Notes,
				Minutes: int(it.Planned / time.Minute), Speaker: it.Speaker, Source: it.Source, URL: it.URL, Question: it.Question,
				Questions: it.Questions, Diagram: it.Diagram, Skipped: it.Skipped})
		}
		t.Meetings = append(t.Meetings, ms)
	}
	return t, nil
}
