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

// RoundSource is what Gather also reads when the store has it (*db.Store
// does): every round of a poll item and of Task ②, so the minutes give
// back each round and not only the latest. Without it only the latest
// rounds are gathered.
type RoundSource interface {
	PollRounds(itemID int64) ([]model.Poll, error)
	Task2Rounds(workshopID int64) ([]model.Task2State, error)
}

// Data is a workshop as the exports see it.
type Data struct {
	At       time.Time // when it was gathered: the export's time, on the files' zip entries too
	Workshop model.Workshop
	Pillars  []model.Pillar
	Meetings []Meeting
	People   []model.Participant
	Cards    []model.Card // every card on the board, in board order
	Links    model.Links
	Year     model.FiscalYear // the fiscal year the plan is for
	Task2    model.Task2State
	Rounds   []model.Task2State // every Task ② round, the first first (the latest is Task2's)
	Ranked   []model.Ranked     // the problems, ranked by the latest round
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
	Polls   map[int64]Poll         // by agenda item: its latest round
	Rounds  map[int64][]Poll       // by agenda item: every round, the first first
	Ideas   map[int64][]model.Card // by prompt item: every card captured in it, moved on or not
}

// Poll is a poll item's latest round and its results.
type Poll struct {
	Poll    model.Poll
	Results []model.Result
	Reasons []model.PollReason
}

// Gather reads a workshop for export. now is the export's time: it dates
// the plan's fiscal year when the template names none, and the zip entries
// of the workbook and the Word document.
func Gather(src Source, workshopID int64, now time.Time) (Data, error) {
	d := Data{At: now}
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
	if rs, ok := src.(RoundSource); ok {
		if d.Rounds, err = rs.Task2Rounds(workshopID); err != nil {
			return d, err
		}
	} else if d.Task2.HasRound {
		d.Rounds = []model.Task2State{d.Task2}
	}
	d.Ranked = d.Task2.Round.Rank(d.Problems(), d.Task2.Votes.Totals(), d.Task2.Scores, d.Task2.Overrides)
	if err := gatherRecord(src, &d); err != nil {
		return d, err
	}
	return d, nil
}

func gatherMeeting(src Source, id int64, people []model.Participant) (Meeting, error) {
	md := Meeting{Polls: map[int64]Poll{}, Rounds: map[int64][]Poll{}, Ideas: map[int64][]model.Card{}}
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
			// every card captured here, the ideas moved onto the board too
			if md.Ideas[it.ID], err = src.ItemCards(it.ID); err != nil {
				return md, err
			}
		case model.KindPoll:
			rounds, err := pollRounds(src, it.ID)
			if err != nil {
				return md, err
			}
			for _, p := range rounds {
				pd, err := gatherPoll(src, p)
				if err != nil {
					return md, err
				}
				md.Rounds[it.ID] = append(md.Rounds[it.ID], pd)
				md.Polls[it.ID] = pd
			}
		}
	}
	return md, nil
}

// pollRounds are the rounds of a poll item: all of them when the store
// can list them, else the latest.
func pollRounds(src Source, itemID int64) ([]model.Poll, error) {
	if rs, ok := src.(RoundSource); ok {
		return rs.PollRounds(itemID)
	}
	p, ok, err := src.LatestPoll(itemID)
	if err != nil || !ok {
		return nil, err
	}
	return []model.Poll{p}, nil
}

// gatherPoll reads a round's results and reasons, if it was revealed.
func gatherPoll(src Source, p model.Poll) (Poll, error) {
	pd := Poll{Poll: p}
	if !p.Revealed() { // what the room was not shown stays out of the minutes too
		return pd, nil
	}
	var err error
	if pd.Results, err = src.Results(p); err != nil {
		return pd, err
	}
	if pd.Reasons, err = src.PollReasons(p); err != nil {
		return pd, err
	}
	// in text order: the same every time, and nothing about who or when
	slices.SortStableFunc(pd.Reasons, func(a, b model.PollReason) int {
		if a.Question != b.Question {
			return a.Question - b.Question
		}
		return strings.Compare(a.Text, b.Text)
	})
	return pd, nil
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
