package db

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"

	"yoriai/model"
)

// ErrWorkshopIDTaken is returned when a new workshop would take the
// identity (workshop.id) another workshop of the file already has.
var ErrWorkshopIDTaken = errors.New("another workshop of this file has that id")

// newUID is a new random workshop identity: 16 hex digits.
func newUID() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	return hex.EncodeToString(b[:])
}

// WorkshopByUID finds the workshop whose stable identity is uid, if any.
func (s *Store) WorkshopByUID(uid string) (model.Workshop, bool, error) {
	if uid == "" {
		return model.Workshop{}, false, nil
	}
	w, err := scanWorkshop(s.db.QueryRow(workshopCols+` WHERE uid = ?`, uid))
	if errors.Is(err, ErrNotFound) {
		return w, false, nil
	}
	return w, err == nil, err
}

// StoredWorkshop reads a workshop with its pillars, meetings and agendas,
// and what each of them holds, for comparing it with a template.
func (s *Store) StoredWorkshop(id int64) (model.StoredWorkshop, error) {
	return storedWorkshop(s.db, id)
}

// TemplateDiff compares workshop id with template t: what applying it
// would change. It writes nothing.
func (s *Store) TemplateDiff(id int64, t model.Template) (model.TemplateDiff, error) {
	cur, err := storedWorkshop(s.db, id)
	if err != nil {
		return model.TemplateDiff{}, err
	}
	return model.DiffTemplate(cur, t), nil
}

// storedWorkshop reads workshop id and what its parts hold through q, a
// connection or a transaction.
func storedWorkshop(q querier, id int64) (model.StoredWorkshop, error) {
	var out model.StoredWorkshop
	w, err := scanWorkshop(q.QueryRow(workshopCols+` WHERE id = ?`, id))
	if err != nil {
		return out, err
	}
	out.Workshop = w
	used, err := idSet(q, `SELECT p.id FROM pillar p WHERE p.workshop_id = ? AND (
		EXISTS (SELECT 1 FROM card c WHERE c.pillar_id = p.id) OR EXISTS (SELECT 1 FROM initiative i WHERE i.pillar_id = p.id))`, id)
	if err != nil {
		return out, err
	}
	ps, err := queryRows(q, func(r scanner) (model.Pillar, error) {
		var p model.Pillar
		return p, r.Scan(&p.ID, &p.Position, &p.Name, &p.Description)
	}, `SELECT id, position, name, description FROM pillar WHERE workshop_id = ? ORDER BY position`, id)
	if err != nil {
		return out, err
	}
	for _, p := range ps {
		out.Pillars = append(out.Pillars, model.StoredPillar{Pillar: p, HasData: used[p.ID]})
	}
	// What counts as data: anything the room or the facilitator left.
	heldMeetings, err := idSet(q, `SELECT m.id FROM meeting m WHERE m.workshop_id = ? AND (
		m.status <> 'planned' OR m.started_at IS NOT NULL OR m.current_item_id IS NOT NULL
		OR m.recorder_id IS NOT NULL OR m.recorder_name <> ''
		OR EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id)
		OR EXISTS (SELECT 1 FROM card c WHERE c.meeting_id = m.id)
		OR EXISTS (SELECT 1 FROM poll p WHERE p.meeting_id = m.id)
		OR EXISTS (SELECT 1 FROM entry e WHERE e.meeting_id = m.id OR e.done_meeting_id = m.id)
		OR EXISTS (SELECT 1 FROM vote_round v WHERE v.meeting_id = m.id))`, id)
	if err != nil {
		return out, err
	}
	heldItems, err := idSet(q, `SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE m.workshop_id = ? AND (
		i.state <> 'pending' OR i.elapsed_ms > 0 OR i.running_since IS NOT NULL OR m.current_item_id = i.id
		OR EXISTS (SELECT 1 FROM card c WHERE c.item_id = i.id)
		OR EXISTS (SELECT 1 FROM poll p WHERE p.item_id = i.id)
		OR EXISTS (SELECT 1 FROM entry e WHERE e.item_id = i.id))`, id)
	if err != nil {
		return out, err
	}
	ms, err := queryRows(q, scanMeeting, meetingCols+` WHERE workshop_id = ? ORDER BY number`, id)
	if err != nil {
		return out, err
	}
	for _, m := range ms {
		items, err := agendaOf(q, m.ID)
		if err != nil {
			return out, err
		}
		sm := model.StoredMeeting{Meeting: m, HasData: heldMeetings[m.ID]}
		for _, it := range items {
			sm.Items = append(sm.Items, model.StoredItem{Item: it, HasData: heldItems[it.ID]})
		}
		out.Meetings = append(out.Meetings, sm)
	}
	return out, nil
}

// TemplateOf writes workshop id as a template, as it now is: the file
// `yoriai template --db F` prints, with the workshop's identity as
// workshop.id. Meetings and items marked as not in the template are left
// out, and the meetings numbered 1, 2, 3… again.
func (s *Store) TemplateOf(id int64) (model.Template, error) {
	cur, err := storedWorkshop(s.db, id)
	if err != nil {
		return model.Template{}, err
	}
	w := cur.Workshop
	t := model.Template{
		Workshop: model.WorkshopSpec{ID: w.UID, Title: w.Title, Organisation: w.Organisation, Vision: w.Vision,
			TargetFiscalYear: w.TargetFiscalYear},
		Diagrams: w.Diagrams,
	}
	for _, p := range cur.Pillars {
		t.Pillars = append(t.Pillars, model.PillarSpec{Name: p.Pillar.Name, Description: p.Pillar.Description})
	}
	for _, m := range cur.Meetings {
		if m.Meeting.NotInTemplate {
			continue
		}
		var agenda []model.ItemSpec
		for _, it := range m.Items {
			if !it.Item.NotInTemplate {
				agenda = append(agenda, model.ItemSpecOf(it.Item))
			}
		}
		spec := model.MeetingSpecOf(m.Meeting, agenda)
		spec.Number = len(t.Meetings) + 1
		t.Meetings = append(t.Meetings, spec)
	}
	return t, nil
}

// idSet runs a query of ids and returns them as a set.
func idSet(q querier, query string, args ...any) (map[int64]bool, error) {
	ids, err := queryRows(q, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	}, query, args...)
	set := make(map[int64]bool, len(ids))
	for _, id := range ids {
		set[id] = true
	}
	return set, err
}

// queryRows is queryAll through a connection or a transaction.
func queryRows[T any](q querier, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := q.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

var _ querier = (*sql.Tx)(nil)
