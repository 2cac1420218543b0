package model

import (
	"fmt"
	"time"
)

// Template describes a whole workshop before it exists: the group, its
// pillars and its series of meetings with their agendas. The default one is
// the 鹿島市 kickoff and series; another city writes its own file.
type Template struct {
	Workshop WorkshopSpec
	Pillars  []PillarSpec
	Diagrams Diagrams
	Meetings []MeetingSpec
}

// WorkshopSpec is the template's description of the workshop itself.
type WorkshopSpec struct {
	// ID is the workshop's stable identity (optional): `yoriai template
	// --db F` writes it, so that an edited file still names its workshop.
	ID               string
	Title            string
	Organisation     string
	Vision           string
	TargetFiscalYear string
}

// PillarSpec is one pillar of a template.
type PillarSpec struct {
	Name        string
	Description string
}

// MeetingSpec is one meeting of a template.
type MeetingSpec struct {
	Number     int
	Title      string
	Date       string // YYYY-MM-DD or empty
	Start, End string // HH:MM or empty
	Place      string
	FiscalYear string
	Topics     []string
	Agenda     []ItemSpec
}

// ItemSpec is one agenda item of a template meeting.
type ItemSpec struct {
	Kind      ItemKind
	Title     string
	Body      string
	Notes     string
	Minutes   int
	Speaker   string
	Source    string
	URL       string
	Question  string
	Questions []PollQuestion
	Diagram   DiagramKind
	// Skipped marks an item a meeting passed over (written by yoriai
	// template --db; a workshop made from it starts with the item skipped).
	Skipped bool
}

// Limits a template must keep, so that a mistyped file cannot fill the screen
// or the database.
const (
	MaxTitleRunes    = 200
	MaxBodyRunes     = 20000
	MaxMeetings      = 100
	MaxAgendaItems   = 100
	MaxPillars       = 12
	MaxChoices       = 20
	MaxItemMinutes   = 24 * 60
	MaxTemplateBytes = 1 << 20
)

// Problem says what is wrong with a template field.
type Problem string

// The problems a template can have. The user interface words them in the
// user's language.
const (
	ProblemRequired      Problem = "required"       // must not be empty
	ProblemTooLong       Problem = "too_long"       // over the rune limit
	ProblemTooMany       Problem = "too_many"       // list over its limit
	ProblemBadKind       Problem = "bad_kind"       // unknown item kind
	ProblemBadQuestion   Problem = "bad_question"   // unknown question kind
	ProblemBadDate       Problem = "bad_date"       // not YYYY-MM-DD
	ProblemBadTime       Problem = "bad_time"       // not HH:MM
	ProblemEndBeforeFrom Problem = "end_before"     // end time not after start time
	ProblemBadMinutes    Problem = "bad_minutes"    // planned minutes out of range
	ProblemBadNumber     Problem = "bad_number"     // meeting numbers must run 1, 2, 3, …
	ProblemNoChoices     Problem = "no_choices"     // a choice question needs two choices
	ProblemNoQuestions   Problem = "no_questions"   // a poll needs a question
	ProblemOverSlot      Problem = "over_slot"      // agenda minutes exceed the meeting's time
	ProblemNotAMapping   Problem = "not_a_mapping"  // the file's shape is wrong (parser)
	ProblemUnknownField  Problem = "unknown_field"  // a key the template does not know (parser)
	ProblemWrongType     Problem = "wrong_type"     // e.g. text where a number belongs (parser)
	ProblemSyntax        Problem = "syntax"         // the file cannot be read (parser)
	ProblemBadEncoding   Problem = "bad_encoding"   // not UTF-8 text (parser)
	ProblemFileTooLarge  Problem = "file_too_large" // over MaxTemplateBytes (parser)
	ProblemBadID         Problem = "bad_id"         // workshop.id: letters, digits, - and _ only, at most MaxIDRunes
)

// MaxIDRunes is the longest workshop.id a template may give.
const MaxIDRunes = 64

// FieldError is one problem found in a template, at a field path written
// the way the file nests it: "meetings[1].agenda[3].minutes".
type FieldError struct {
	Path    string
	Problem Problem
	Limit   int    // the limit broken, for ProblemTooLong, ProblemTooMany, ProblemOverSlot
	Value   string // the offending value, when it helps
}

// Error words the problem in English; the user interface uses its own
// catalogue instead.
func (e FieldError) Error() string {
	s := fmt.Sprintf("%s: %s", e.Path, e.Problem)
	if e.Value != "" {
		s += fmt.Sprintf(" (%q)", e.Value)
	}
	return s
}

// Validate checks every field of t and returns the problems found, in file
// order; nil means the template can be used.
func (t Template) Validate() []FieldError {
	var v validator
	if !ValidWorkshopID(t.Workshop.ID) {
		v.add("workshop.id", ProblemBadID, MaxIDRunes, t.Workshop.ID)
	}
	v.text("workshop.title", t.Workshop.Title, true, MaxTitleRunes)
	v.text("workshop.organisation", t.Workshop.Organisation, false, MaxTitleRunes)
	v.text("workshop.vision", t.Workshop.Vision, false, MaxTitleRunes)
	v.text("workshop.target_fiscal_year", t.Workshop.TargetFiscalYear, false, MaxTitleRunes)
	v.count("pillars", len(t.Pillars), 1, MaxPillars)
	for i, p := range t.Pillars {
		at := fmt.Sprintf("pillars[%d]", i)
		v.text(at+".name", p.Name, true, MaxTitleRunes)
		v.text(at+".description", p.Description, false, MaxBodyRunes)
	}
	v.diagrams(t.Diagrams)
	v.count("meetings", len(t.Meetings), 1, MaxMeetings)
	for i, m := range t.Meetings {
		v.meeting(fmt.Sprintf("meetings[%d]", i), i, m)
		for j, it := range m.Agenda {
			at := fmt.Sprintf("meetings[%d].agenda[%d].diagram", i, j)
			switch {
			case !it.Diagram.Valid():
				v.add(at, ProblemBadDiagram, 0, string(it.Diagram))
			case it.Diagram == DiagramOrg && len(t.Diagrams.Org) == 0,
				it.Diagram == DiagramStages && len(t.Diagrams.Stages) == 0:
				v.add(at, ProblemNoDiagram, 0, string(it.Diagram))
			}
		}
	}
	return v.errs
}

type validator struct{ errs []FieldError }

func (v *validator) add(path string, p Problem, limit int, value string) {
	v.errs = append(v.errs, FieldError{Path: path, Problem: p, Limit: limit, Value: value})
}

func (v *validator) text(path, s string, required bool, maxRunes int) {
	switch {
	case required && isBlank(s):
		v.add(path, ProblemRequired, 0, "")
	case runeCount(s) > maxRunes:
		v.add(path, ProblemTooLong, maxRunes, "")
	}
}

func (v *validator) count(path string, n, least, most int) {
	switch {
	case n < least:
		v.add(path, ProblemRequired, 0, "")
	case n > most:
		v.add(path, ProblemTooMany, most, "")
	}
}

func (v *validator) meeting(at string, i int, m MeetingSpec) {
	if m.Number != i+1 {
		v.add(at+".number", ProblemBadNumber, i+1, fmt.Sprint(m.Number))
	}
	v.text(at+".title", m.Title, true, MaxTitleRunes)
	if _, err := ParseDate(m.Date); err != nil {
		v.add(at+".date", ProblemBadDate, 0, m.Date)
	}
	start, okStart := v.clock(at+".start", m.Start)
	end, okEnd := v.clock(at+".end", m.End)
	slot := 0
	if okStart && okEnd && m.Start != "" && m.End != "" {
		if end <= start {
			v.add(at+".end", ProblemEndBeforeFrom, 0, m.End)
		} else {
			slot = end - start
		}
	}
	v.text(at+".place", m.Place, false, MaxTitleRunes)
	v.text(at+".fiscal_year", m.FiscalYear, false, MaxTitleRunes)
	for j, s := range m.Topics {
		v.text(fmt.Sprintf("%s.topics[%d]", at, j), s, true, MaxTitleRunes)
	}
	v.count(at+".agenda", len(m.Agenda), 1, MaxAgendaItems)
	total := 0
	for j, it := range m.Agenda {
		v.item(fmt.Sprintf("%s.agenda[%d]", at, j), it)
		if !it.Skipped {
			total += it.Minutes
		}
	}
	if slot > 0 && total > slot {
		v.add(at+".agenda", ProblemOverSlot, slot, fmt.Sprint(total))
	}
}

func (v *validator) clock(path, s string) (int, bool) {
	if s == "" {
		return 0, true
	}
	min, err := ParseClock(s)
	if err != nil {
		v.add(path, ProblemBadTime, 0, s)
		return 0, false
	}
	return min, true
}

func (v *validator) item(at string, it ItemSpec) {
	if !it.Kind.Valid() {
		v.add(at+".kind", ProblemBadKind, 0, string(it.Kind))
	}
	v.text(at+".title", it.Title, true, MaxTitleRunes)
	v.text(at+".body", it.Body, false, MaxBodyRunes)
	v.text(at+".notes", it.Notes, false, MaxBodyRunes)
	v.text(at+".speaker", it.Speaker, false, MaxTitleRunes)
	v.text(at+".source", it.Source, false, MaxTitleRunes)
	v.text(at+".url", it.URL, false, MaxTitleRunes)
	v.text(at+".question", it.Question, it.Kind == KindPrompt, MaxBodyRunes)
	if it.Minutes < 0 || it.Minutes > MaxItemMinutes {
		v.add(at+".minutes", ProblemBadMinutes, MaxItemMinutes, fmt.Sprint(it.Minutes))
	}
	if it.Kind == KindPoll && len(it.Questions) == 0 {
		v.add(at+".questions", ProblemNoQuestions, 0, "")
	}
	for k, q := range it.Questions {
		qa := fmt.Sprintf("%s.questions[%d]", at, k)
		v.text(qa+".text", q.Text, true, MaxBodyRunes)
		switch q.Kind {
		case QuestionChoice:
			if len(q.Choices) < 2 {
				v.add(qa+".choices", ProblemNoChoices, 2, "")
			}
			v.count(qa+".choices", len(q.Choices), 0, MaxChoices)
			for c, s := range q.Choices {
				v.text(fmt.Sprintf("%s.choices[%d]", qa, c), s, true, MaxTitleRunes)
			}
		case QuestionText:
		default:
			v.add(qa+".kind", ProblemBadQuestion, 0, string(q.Kind))
		}
	}
}

// Items turns the template's items for one meeting into agenda items, all
// pending, with their planned times.
func (m MeetingSpec) Items() []AgendaItem {
	items := make([]AgendaItem, len(m.Agenda))
	for i, s := range m.Agenda {
		items[i] = AgendaItem{
			Position:  i,
			Kind:      s.Kind,
			Title:     s.Title,
			Body:      s.Body,
			Notes:     s.Notes,
			Speaker:   s.Speaker,
			Source:    s.Source,
			URL:       s.URL,
			Question:  s.Question,
			Questions: s.Questions,
			Diagram:   s.Diagram,
			Planned:   time.Duration(s.Minutes) * time.Minute,
			State:     ItemPending,
			Skipped:   s.Skipped,
		}
	}
	return items
}

// ValidWorkshopID reports whether id can be a workshop's identity: empty
// (none given), or up to MaxIDRunes ASCII letters, digits, '-' and '_'.
func ValidWorkshopID(id string) bool {
	if len(id) > MaxIDRunes {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\n' && r != '\r' && r != '　' {
			return false
		}
	}
	return true
}

func runeCount(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}
