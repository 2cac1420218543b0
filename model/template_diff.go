package model

import (
	"fmt"
	"time"
)

// StoredWorkshop is a workshop as the database holds it, with what each of
// its parts holds, for comparing it with a template.
type StoredWorkshop struct {
	Workshop Workshop
	Pillars  []StoredPillar
	Meetings []StoredMeeting // in series order
}

// StoredPillar is a pillar and whether cards or initiatives name it.
type StoredPillar struct {
	Pillar  Pillar
	HasData bool
}

// StoredMeeting is a meeting, its agenda and whether the meeting itself
// holds data (held, attendance, a recorder, cards or rounds of its own).
type StoredMeeting struct {
	Meeting Meeting
	Items   []StoredItem // in run-sheet order
	HasData bool
}

// StoredItem is an agenda item and whether it holds data: cards, polls,
// entries or time.
type StoredItem struct {
	Item    AgendaItem
	HasData bool
}

// holdsData reports whether the meeting, or any of its items, holds data.
func (m StoredMeeting) holdsData() bool {
	if m.HasData {
		return true
	}
	for _, it := range m.Items {
		if it.HasData {
			return true
		}
	}
	return false
}

// ChangeKind is what a template change does to a part of the workshop.
type ChangeKind string

// The kinds of change a template can make.
const (
	ChangeAdded    ChangeKind = "added"    // new in the template
	ChangeRemoved  ChangeKind = "removed"  // gone from the template, and it held nothing: deleted
	ChangeKept     ChangeKind = "kept"     // gone from the template, but it holds data: stays, marked
	ChangeRestored ChangeKind = "restored" // marked as not in the template, and back in it
	ChangeRenamed  ChangeKind = "renamed"  // a new title
	ChangeMoved    ChangeKind = "moved"    // a new place in the order
	ChangeRetimed  ChangeKind = "retimed"  // an item's minutes, a meeting's start or end
	ChangeRedated  ChangeKind = "redated"  // a meeting's date
	ChangePlaced   ChangeKind = "placed"   // a meeting's place
	ChangeText     ChangeKind = "text"     // any other field (Field names it)
)

// ChangeTarget is which part of the workshop a change is about.
type ChangeTarget string

// The parts a change can be about.
const (
	TargetWorkshop ChangeTarget = "workshop"
	TargetPillar   ChangeTarget = "pillar"
	TargetMeeting  ChangeTarget = "meeting"
	TargetItem     ChangeTarget = "item"
)

// Change is one difference between a stored workshop and a template, in
// words the screen and the command line print: the meeting (its number and
// title after the change), the item's title, the field and the values
// before and after.
type Change struct {
	Kind         ChangeKind
	Target       ChangeTarget
	Meeting      int    // the meeting's number; 0 for the workshop and pillars
	MeetingTitle string // the meeting's title, or the pillar's name
	Item         string // the item's title, for TargetItem
	Field        string // the template's field name (title, minutes, date, body…)
	Old, New     string
}

// TemplateDiff is what applying a template to a stored workshop changes:
// the changes in words, and the plan that carries them out. Applying the
// plan to the workshop it was computed from and diffing again gives no
// changes.
type TemplateDiff struct {
	Changes  []Change
	Workshop WorkshopSpec // the workshop's fields after the change
	Diagrams Diagrams
	Pillars  []PillarPlan  // every pillar after the change, in order
	Meetings []MeetingPlan // every meeting after the change, in series order
	// DeleteItems, DeleteMeetings and DeletePillars are the stored parts
	// the template removed that held nothing.
	DeleteItems, DeleteMeetings, DeletePillars []int64
}

// PillarPlan is one pillar after a template change: ID 0 is a new one.
type PillarPlan struct {
	ID       int64
	Position int
	Spec     PillarSpec
}

// MeetingPlan is one meeting after a template change: ID 0 is a new one.
// A meeting NotInTemplate keeps its stored fields; only its number changes.
type MeetingPlan struct {
	ID            int64
	Number        int
	Spec          MeetingSpec // its fields (Spec.Agenda is unused: see Items)
	NotInTemplate bool
	Items         []ItemPlan
}

// ItemPlan is one agenda item after a template change: ID 0 is a new one.
// An item NotInTemplate keeps its stored fields; only its position changes.
type ItemPlan struct {
	ID            int64
	Position      int
	Spec          ItemSpec
	NotInTemplate bool
}

// Pending reports whether the diff changes anything in the database. A
// pillar that holds data and is gone from the template is reported as
// kept, but nothing is written for it.
func (d TemplateDiff) Pending() bool {
	for _, c := range d.Changes {
		if !(c.Target == TargetPillar && c.Kind == ChangeKept) {
			return true
		}
	}
	return false
}

// DiffTemplate compares a stored workshop with a template and returns
// what applying the template changes. Meetings are matched by title (when
// the title is unique on both sides), then by number; items within a
// matched meeting by kind and title, then by kind in order. Nothing that
// holds data is ever planned for deletion: it stays, marked as not in the
// template.
func DiffTemplate(cur StoredWorkshop, t Template) TemplateDiff {
	d := TemplateDiff{Workshop: t.Workshop, Diagrams: t.Diagrams}
	d.Workshop.ID = cur.Workshop.UID
	d.diffWorkshop(cur.Workshop, t)
	d.diffPillars(cur.Pillars, t.Pillars)

	match := matchMeetings(cur.Meetings, t.Meetings)
	used := make([]bool, len(cur.Meetings))
	var matchedOld []int // stored index of each matched meeting, in template order
	for _, si := range match {
		if si >= 0 {
			used[si] = true
			matchedOld = append(matchedOld, si)
		}
	}
	moved := outOfOrder(matchedOld)
	for ti, spec := range t.Meetings {
		mp := MeetingPlan{Number: ti + 1, Spec: spec}
		si := match[ti]
		if si < 0 {
			d.add(Change{Kind: ChangeAdded, Target: TargetMeeting, Meeting: ti + 1, MeetingTitle: spec.Title})
			for i, it := range spec.Agenda {
				mp.Items = append(mp.Items, ItemPlan{Position: i, Spec: it})
			}
			d.Meetings = append(d.Meetings, mp)
			continue
		}
		sm := cur.Meetings[si]
		mp.ID = sm.Meeting.ID
		if sm.Meeting.NotInTemplate {
			d.add(Change{Kind: ChangeRestored, Target: TargetMeeting, Meeting: ti + 1, MeetingTitle: spec.Title})
		}
		if moved[si] {
			d.add(Change{Kind: ChangeMoved, Target: TargetMeeting, Meeting: ti + 1, MeetingTitle: spec.Title,
				Field: "number", Old: fmt.Sprint(sm.Meeting.Number), New: fmt.Sprint(ti + 1)})
		}
		d.diffMeeting(ti+1, sm.Meeting, spec)
		mp.Items = d.diffItems(ti+1, spec.Title, sm.Items, spec.Agenda)
		d.Meetings = append(d.Meetings, mp)
	}
	// Stored meetings the template no longer has: deleted when they hold
	// nothing, else kept after the template's, in their old order.
	for si, sm := range cur.Meetings {
		if used[si] {
			continue
		}
		m := sm.Meeting
		if !sm.holdsData() {
			d.DeleteMeetings = append(d.DeleteMeetings, m.ID)
			d.add(Change{Kind: ChangeRemoved, Target: TargetMeeting, Meeting: m.Number, MeetingTitle: m.Title})
			continue
		}
		if !m.NotInTemplate {
			d.add(Change{Kind: ChangeKept, Target: TargetMeeting, Meeting: m.Number, MeetingTitle: m.Title})
		}
		mp := MeetingPlan{ID: m.ID, Number: len(d.Meetings) + 1, Spec: MeetingSpecOf(m, nil), NotInTemplate: true}
		for i, it := range sm.Items {
			mp.Items = append(mp.Items, ItemPlan{ID: it.Item.ID, Position: i, Spec: ItemSpecOf(it.Item), NotInTemplate: it.Item.NotInTemplate})
		}
		d.Meetings = append(d.Meetings, mp)
	}
	return d
}

func (d *TemplateDiff) add(c Change) { d.Changes = append(d.Changes, c) }

func (d *TemplateDiff) diffWorkshop(w Workshop, t Template) {
	field := func(name, old, new string) {
		if old != new {
			kind := ChangeText
			if name == "title" {
				kind = ChangeRenamed
			}
			d.add(Change{Kind: kind, Target: TargetWorkshop, Field: name, Old: old, New: new})
		}
	}
	field("title", w.Title, t.Workshop.Title)
	field("organisation", w.Organisation, t.Workshop.Organisation)
	field("vision", w.Vision, t.Workshop.Vision)
	field("target_fiscal_year", w.TargetFiscalYear, t.Workshop.TargetFiscalYear)
	if !sameValue(w.Diagrams, t.Diagrams) {
		d.add(Change{Kind: ChangeText, Target: TargetWorkshop, Field: "diagrams"})
	}
}

// diffPillars matches pillars by position.
func (d *TemplateDiff) diffPillars(cur []StoredPillar, specs []PillarSpec) {
	for i, p := range specs {
		if i >= len(cur) {
			d.Pillars = append(d.Pillars, PillarPlan{Position: i, Spec: p})
			d.add(Change{Kind: ChangeAdded, Target: TargetPillar, MeetingTitle: p.Name})
			continue
		}
		old := cur[i].Pillar
		d.Pillars = append(d.Pillars, PillarPlan{ID: old.ID, Position: i, Spec: p})
		if old.Name != p.Name {
			d.add(Change{Kind: ChangeRenamed, Target: TargetPillar, MeetingTitle: p.Name, Field: "name", Old: old.Name, New: p.Name})
		}
		if old.Description != p.Description {
			d.add(Change{Kind: ChangeText, Target: TargetPillar, MeetingTitle: p.Name, Field: "description", Old: old.Description, New: p.Description})
		}
	}
	for i := len(specs); i < len(cur); i++ {
		p := cur[i]
		if p.HasData {
			d.Pillars = append(d.Pillars, PillarPlan{ID: p.Pillar.ID, Position: len(d.Pillars),
				Spec: PillarSpec{Name: p.Pillar.Name, Description: p.Pillar.Description}})
			d.add(Change{Kind: ChangeKept, Target: TargetPillar, MeetingTitle: p.Pillar.Name})
			continue
		}
		d.DeletePillars = append(d.DeletePillars, p.Pillar.ID)
		d.add(Change{Kind: ChangeRemoved, Target: TargetPillar, MeetingTitle: p.Pillar.Name})
	}
}

func (d *TemplateDiff) diffMeeting(number int, m Meeting, s MeetingSpec) {
	c := func(kind ChangeKind, field, old, new string) {
		if old != new {
			d.add(Change{Kind: kind, Target: TargetMeeting, Meeting: number, MeetingTitle: s.Title, Field: field, Old: old, New: new})
		}
	}
	date, _ := ParseDate(s.Date)
	c(ChangeRenamed, "title", m.Title, s.Title)
	c(ChangeRedated, "date", m.Date.String(), date.String())
	c(ChangeRetimed, "start", m.Start, s.Start)
	c(ChangeRetimed, "end", m.End, s.End)
	c(ChangePlaced, "place", m.Place, s.Place)
	c(ChangeText, "fiscal_year", m.FiscalYear, s.FiscalYear)
	if !sameValue(nonEmpty(m.Topics), nonEmpty(s.Topics)) {
		d.add(Change{Kind: ChangeText, Target: TargetMeeting, Meeting: number, MeetingTitle: s.Title, Field: "topics"})
	}
}

// diffItems plans one matched meeting's agenda: the template's items in
// its order, matched to stored ones, with the kept items after the item
// they followed.
func (d *TemplateDiff) diffItems(number int, title string, cur []StoredItem, specs []ItemSpec) []ItemPlan {
	match := matchItems(cur, specs)
	used := make([]bool, len(cur))
	var matchedOld []int
	for _, si := range match {
		if si >= 0 {
			used[si] = true
			matchedOld = append(matchedOld, si)
		}
	}
	moved := outOfOrder(matchedOld)
	item := func(kind ChangeKind, it string) Change {
		return Change{Kind: kind, Target: TargetItem, Meeting: number, MeetingTitle: title, Item: it}
	}
	plans := make([]ItemPlan, 0, len(specs))
	planOf := map[int]int{} // stored index → index in plans
	for ti, s := range specs {
		si := match[ti]
		if si < 0 {
			d.add(item(ChangeAdded, s.Title))
			plans = append(plans, ItemPlan{Spec: s})
			continue
		}
		old := cur[si].Item
		planOf[si] = len(plans)
		plans = append(plans, ItemPlan{ID: old.ID, Spec: s})
		if old.NotInTemplate {
			d.add(item(ChangeRestored, s.Title))
		}
		if moved[si] {
			d.add(item(ChangeMoved, s.Title))
		}
		d.diffItem(item, old, s)
	}
	// Items gone from the template: deleted when they hold nothing, else
	// kept right after the item they followed.
	for si, sit := range cur {
		if used[si] {
			continue
		}
		old := sit.Item
		if !sit.HasData {
			d.DeleteItems = append(d.DeleteItems, old.ID)
			d.add(item(ChangeRemoved, old.Title))
			continue
		}
		if !old.NotInTemplate {
			d.add(item(ChangeKept, old.Title))
		}
		at := 0
		for p := si - 1; p >= 0; p-- {
			if i, ok := planOf[p]; ok {
				at = i + 1
				break
			}
		}
		plans = append(plans[:at], append([]ItemPlan{{ID: old.ID, Spec: ItemSpecOf(old), NotInTemplate: true}}, plans[at:]...)...)
		for k, v := range planOf {
			if v >= at {
				planOf[k] = v + 1
			}
		}
		planOf[si] = at
	}
	for i := range plans {
		plans[i].Position = i
	}
	return plans
}

func (d *TemplateDiff) diffItem(item func(ChangeKind, string) Change, old AgendaItem, s ItemSpec) {
	c := func(kind ChangeKind, field, o, n string) {
		if o != n {
			ch := item(kind, s.Title)
			ch.Field, ch.Old, ch.New = field, o, n
			d.add(ch)
		}
	}
	c(ChangeRenamed, "title", old.Title, s.Title)
	c(ChangeRetimed, "minutes", fmt.Sprint(int(old.Planned/time.Minute)), fmt.Sprint(s.Minutes))
	c(ChangeText, "body", old.Body, s.Body)
	c(ChangeText, "notes", old.Notes, s.Notes)
	c(ChangeText, "speaker", old.Speaker, s.Speaker)
	c(ChangeText, "source", old.Source, s.Source)
	c(ChangeText, "url", old.URL, s.URL)
	c(ChangeText, "question", old.Question, s.Question)
	c(ChangeText, "diagram", string(old.Diagram), string(s.Diagram))
	if !sameValue(normQuestions(old.Questions), normQuestions(s.Questions)) {
		ch := item(ChangeText, s.Title)
		ch.Field = "questions"
		d.add(ch)
	}
}
