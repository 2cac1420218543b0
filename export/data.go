// Package export turns a workshop into the documents a city office
// circulates: the 議事要旨 of a meeting in Markdown, the 実施計画（案） as an
// Excel workbook and as CSV tables. It reads through Source, which the
// database implements, and writes files atomically (write.go).
package export

import (
	"slices"
	"strings"
	"time"

	"yoriai/model"
)

// Source is what the exports read. *db.Store implements it.
type Source interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	Participants(workshopID int64) ([]model.Participant, error)
	Attendance(meetingID int64) (map[int64]bool, error)
	BoardCards(workshopID int64) ([]model.Card, model.Links, error)
	ItemCards(itemID int64) ([]model.Card, error)
	LatestPoll(itemID int64) (model.Poll, bool, error)
	Results(p model.Poll) ([]model.Result, error)
	PollReasons(p model.Poll) ([]model.PollReason, error)
	LoadTask2(workshopID int64, fy model.FiscalYear) (model.Task2State, error)
}

// Data is a workshop as the exports see it.
type Data struct {
	Workshop model.Workshop
	Pillars  []model.Pillar
	Meetings []Meeting
	People   []model.Participant
	Cards    []model.Card // every card on the board, in board order
	Links    model.Links
	Year     model.FiscalYear // the fiscal year the plan is for
	Task2    model.Task2State
	Ranked   []model.Ranked // the problems, ranked by the latest round
	// Entries is the record (記録) of every meeting: memos, decisions,
	// questions and action items, meeting by meeting, item by item.
	Entries []model.Entry
	// Attendance is each meeting's attendance by participant id, by
	// meeting id: its own marks, else the previous meetings' (Defaulted).
	Attendance map[int64]map[int64]model.AttendanceMark
	// Recorders is who took each meeting's minutes (記録者), by meeting id.
	Recorders map[int64]model.Recorder
}

// Meeting is one meeting with what happened in it.
type Meeting struct {
	Meeting model.Meeting
	Items   []model.AgendaItem
	Present []model.Participant
	Polls   map[int64]Poll         // by agenda item
	Ideas   map[int64][]model.Card // by prompt item
}

// Poll is a poll item's latest round and its results.
type Poll struct {
	Poll    model.Poll
	Results []model.Result
	Reasons []model.PollReason
}

// Gather reads a workshop for export. now dates the plan's fiscal year
// when the template names none.
func Gather(src Source, workshopID int64, now time.Time) (Data, error) {
	var d Data
	var err error
	if d.Workshop, d.Pillars, err = src.Workshop(workshopID); err != nil {
		return d, err
	}
	if d.People, err = src.Participants(workshopID); err != nil {
		return d, err
	}
	meetings, err := src.Meetings(workshopID)
	if err != nil {
		return d, err
	}
	for _, m := range meetings {
		md, err := gatherMeeting(src, m.ID, d.People)
		if err != nil {
			return d, err
		}
		d.Meetings = append(d.Meetings, md)
	}
	if d.Cards, d.Links, err = src.BoardCards(workshopID); err != nil {
		return d, err
	}
	slices.SortStableFunc(d.Cards, func(a, b model.Card) int { return int(a.BoardPos - b.BoardPos) })
	d.Year = model.TargetYear(d.Workshop, model.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()})
	if d.Task2, err = src.LoadTask2(workshopID, d.Year); err != nil {
		return d, err
	}
	d.Ranked = d.Task2.Round.Rank(d.Problems(), d.Task2.Votes.Totals(), d.Task2.Scores, d.Task2.Overrides)
	if err := gatherRecord(src, &d); err != nil {
		return d, err
	}
	return d, nil
}

func gatherMeeting(src Source, id int64, people []model.Participant) (Meeting, error) {
	md := Meeting{Polls: map[int64]Poll{}, Ideas: map[int64][]model.Card{}}
	var err error
	if md.Meeting, md.Items, err = src.Meeting(id); err != nil {
		return md, err
	}
	present, err := src.Attendance(id)
	if err != nil {
		return md, err
	}
	for _, p := range people {
		if present[p.ID] {
			md.Present = append(md.Present, p)
		}
	}
	for _, it := range md.Items {
		switch it.Kind {
		case model.KindPrompt:
			cards, err := src.ItemCards(it.ID)
			if err != nil {
				return md, err
			}
			for _, c := range cards {
				if c.Kind == model.CardIdea {
					md.Ideas[it.ID] = append(md.Ideas[it.ID], c)
				}
			}
		case model.KindPoll:
			p, ok, err := src.LatestPoll(it.ID)
			if err != nil || !ok {
				if err != nil {
					return md, err
				}
				continue
			}
			pd := Poll{Poll: p}
			if p.Revealed() { // what the room was not shown stays out of the minutes too
				if pd.Results, err = src.Results(p); err != nil {
					return md, err
				}
				if pd.Reasons, err = src.PollReasons(p); err != nil {
					return md, err
				}
				// in text order: the same every time, and nothing about who or when
				slices.SortStableFunc(pd.Reasons, func(a, b model.PollReason) int {
					if a.Question != b.Question {
						return a.Question - b.Question
					}
					return strings.Compare(a.Text, b.Text)
				})
			}
			md.Polls[it.ID] = pd
		}
	}
	return md, nil
}

// Problems are the problem cards on the pillars, in board order.
func (d Data) Problems() []model.Card {
	on := map[int64]bool{}
	for _, p := range d.Pillars {
		on[p.ID] = true
	}
	var out []model.Card
	for _, c := range d.Cards {
		if c.Kind == model.CardProblem && on[c.PillarID] {
			out = append(out, c)
		}
	}
	return out
}

// Pillar is the name of pillar id.
func (d Data) Pillar(id int64) string {
	for _, p := range d.Pillars {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

// Person is the name of participant id.
func (d Data) Person(id int64) string {
	for _, p := range d.People {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

// author is who a card is by.
func (d Data) author(c model.Card) string {
	if c.AuthorID != 0 {
		return d.Person(c.AuthorID)
	}
	return c.AuthorName
}

// card is the card with id.
func (d Data) card(id int64) (model.Card, bool) {
	for _, c := range d.Cards {
		if c.ID == id {
			return c, true
		}
	}
	return model.Card{}, false
}

// MeetingByNumber is the meeting numbered n (1 for the kickoff).
func (d Data) MeetingByNumber(n int) (Meeting, bool) {
	for _, m := range d.Meetings {
		if m.Meeting.Number == n {
			return m, true
		}
	}
	return Meeting{}, false
}

// plans are the initiatives in the pillars' order.
func (d Data) plans() []model.Initiative {
	var out []model.Initiative
	for _, p := range d.Pillars {
		for _, in := range d.Task2.Plans {
			if in.PillarID == p.ID {
				out = append(out, in)
			}
		}
	}
	for _, in := range d.Task2.Plans {
		if d.Pillar(in.PillarID) == "" {
			out = append(out, in)
		}
	}
	return out
}

// problemTexts names an initiative's problems.
func (d Data) problemTexts(in model.Initiative) []string {
	var out []string
	for _, id := range in.Problems {
		if c, ok := d.card(id); ok {
			out = append(out, c.Text)
		}
	}
	return out
}

// yearPlan is what the initiative does in fiscal year y.
func yearPlan(in model.Initiative, y model.FiscalYear) string {
	for _, p := range in.Schedule {
		if p.Year == y {
			return p.Plan
		}
	}
	return ""
}
