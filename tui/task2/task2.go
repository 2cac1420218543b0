// Package task2 is Task ②, the panel of a task2 item, in three views. 1 vote:
// a round of dot voting (the room's dots typed in, or each participant's
// within a budget, totals optionally hidden until revealed) or scoring
// (効果 and 実現可能性, 1 to 5, with the 2×2 matrix). 2 rank and choose: the
// latest round's ranking, ties marked, moved by hand with a recorded
// reason, and the problems chosen for the target fiscal year, per pillar.
// 3 plan: the initiatives of the 実施計画（案） by pillar, with progress, and
// the form that drafts them (plan_form.go). task2_view.go draws it.
//
// Consumes: loadedMsg, savedMsg, planSavedMsg, common.ErrMsg (its own),
// common.ShownMsg, tea.PasteMsg.
package task2

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

type task2View int

const (
	viewVote task2View = iota
	viewRank
	viewPlan
)

type t2Confirm int

const (
	t2None t2Confirm = iota
	t2Close
	t2Reveal
	t2NewRound
)

// roundSetup is the choice of how a new round runs.
type roundSetup struct {
	cursor int // 0 tally, 1 participant, 2 score
	budget int
	asking bool // asking whether to hide the totals
}

// Panel is Task ② of the workshop, as a meeting shows it.
type Panel struct {
	c        common.Common
	st       Store
	id       int64 // the requester id its store calls carry
	loaded   bool
	meeting  model.Meeting
	pillars  []model.Pillar
	people   []model.Participant // who votes: today's attendance, or the roster
	depts    []string            // the roster's departments, offered for 担当課
	fy       model.FiscalYear
	problems []model.Card // the problem cards on the pillars, in board order
	state    model.Task2State
	shown    task2View
	cursors  [3]int
	voter    int // the participant whose dots are being entered
	scoreAt  int // 0 impact, 1 feasibility
	fresh    bool
	matrix   bool
	setup    *roundSetup
	confirm  t2Confirm
	reason   *common.LineEntry // why a problem moves in the ranking
	moving   model.Override    // the move waiting for its reason
	form     *planForm         // an initiative being drafted
	ranked   []model.Ranked    // the ranking, computed when the state changes
	planRows []model.Initiative
}

// loadedMsg carries everything Task ② shows.
type loadedMsg struct {
	meetingID int64
	pillars   []model.Pillar
	people    []model.Participant
	depts     []string
	fy        model.FiscalYear
	problems  []model.Card
	state     model.Task2State
}

// savedMsg reports a committed change; the state is read again with
// it, so the screen shows what is stored.
type savedMsg struct {
	common.Saved
	state model.Task2State
	flash string
}

// Store is what Task ② needs from the database.
type Store interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Participants(workshopID int64) ([]model.Participant, error)
	Attendance(meetingID int64) (map[int64]bool, error)
	BoardCards(workshopID int64) ([]model.Card, model.Links, error)
	LoadTask2(workshopID int64, fy model.FiscalYear) (model.Task2State, error)
	StartRound(r model.VoteRound, at time.Time) (model.VoteRound, error)
	SetVote(r model.VoteRound, participantID, cardID int64, dots int, at time.Time) error
	SetScore(r model.VoteRound, cardID int64, sc model.Score, at time.Time) error
	AddOverride(r model.VoteRound, o model.Override, at time.Time) error
	CloseRound(r model.VoteRound, at time.Time) error
	RevealRound(r model.VoteRound, at time.Time) error
	SetChosen(workshopID, meetingID, cardID int64, fy model.FiscalYear, on bool, at time.Time) error
	SaveInitiative(in model.Initiative, at time.Time) (model.Initiative, error)
	DeleteInitiative(in model.Initiative, at time.Time) error
	common.DraftStore
}

// loadTask2 reads everything Task ② shows for meeting m.
func loadTask2(st Store, wid int64, m model.Meeting) (loadedMsg, error) {
	msg := loadedMsg{meetingID: m.ID}
	w, pillars, err := st.Workshop(wid)
	if err != nil {
		return msg, err
	}
	msg.pillars = pillars
	msg.fy = targetYear(w, m)
	cards, _, err := st.BoardCards(wid)
	if err != nil {
		return msg, err
	}
	onPillar := map[int64]bool{}
	for _, p := range pillars {
		onPillar[p.ID] = true
	}
	for _, c := range cards {
		if c.Kind == model.CardProblem && onPillar[c.PillarID] {
			msg.problems = append(msg.problems, c)
		}
	}
	slices.SortStableFunc(msg.problems, func(a, b model.Card) int { return int(a.BoardPos - b.BoardPos) })
	people, err := st.Participants(wid)
	if err != nil {
		return msg, err
	}
	present, err := st.Attendance(m.ID)
	if err != nil {
		return msg, err
	}
	for _, p := range people {
		if present[p.ID] {
			msg.people = append(msg.people, p)
		}
		if p.Department != "" && !slices.Contains(msg.depts, p.Department) {
			msg.depts = append(msg.depts, p.Department)
		}
	}
	if len(msg.people) == 0 {
		msg.people = people
	}
	msg.state, err = st.LoadTask2(wid, msg.fy)
	return msg, err
}

// targetYear is the fiscal year the plan is for (see model.TargetYear),
// counted from the meeting's date, or today's when it has none.
func targetYear(w model.Workshop, m model.Meeting) model.FiscalYear {
	d := m.Date
	if d.IsZero() {
		now := time.Now()
		d = model.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()}
	}
	return model.TargetYear(w, d)
}

// loadCmd reads Task ② afresh.
func (p *Panel) loadCmd() tea.Cmd {
	st, wid, m := p.st, p.c.WorkshopID, p.meeting
	return p.c.Do(p.id, p.c.T.OpLoadTask2, func() (tea.Msg, error) { return loadTask2(st, wid, m) })
}

// writeCmd runs write, then reads the state again.
func (p *Panel) writeCmd(write func(Store) error, flash string) tea.Cmd {
	st, wid, fy := p.st, p.c.WorkshopID, p.fy
	return p.c.Do(p.id, p.c.T.OpSaveTask2, func() (tea.Msg, error) {
		if err := write(st); err != nil {
			return nil, err
		}
		state, err := st.LoadTask2(wid, fy)
		return savedMsg{state: state, flash: flash}, err
	})
}

// New opens Task ② on the slide s; it is read when the slide shows it.
func New(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) {
	return &Panel{c: c, st: st, id: c.NewID(), meeting: s.Meeting}, nil
}

// Capturing is true while a round is set up, a confirmation waits, a
// reason or an initiative is typed.
func (p *Panel) Capturing() bool {
	return p.setup != nil || p.confirm != t2None || p.reason != nil || p.form != nil
}

func (p *Panel) setState(s model.Task2State) {
	p.state = s
	p.ranked = s.Round.Rank(p.problems, s.Votes.Totals(), s.Scores, s.Overrides)
	p.planRows = p.planOrder()
	for v, n := range []int{len(p.problems), len(p.ranked), len(p.planRows)} {
		p.cursors[v] = min(p.cursors[v], max(n-1, 0))
	}
}

// planOrder lists the initiatives by pillar, in the pillars' order.
func (p *Panel) planOrder() []model.Initiative {
	var out []model.Initiative
	for _, pl := range p.pillars {
		for _, in := range p.state.Plans {
			if in.PillarID == pl.ID {
				out = append(out, in)
			}
		}
	}
	for _, in := range p.state.Plans {
		if !slices.ContainsFunc(p.pillars, func(pl model.Pillar) bool { return pl.ID == in.PillarID }) {
			out = append(out, in)
		}
	}
	return out
}

// Update handles a message; handled reports that a key was the panel's.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	cmd, handled := p.update(msg)
	return p, cmd, handled
}

func (p *Panel) update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case common.ShownMsg:
		// read afresh each time the slide shows it: votes and problems may
		// have come in meanwhile; the view shown stays
		*p = Panel{c: p.c, st: p.st, id: p.id, meeting: p.meeting, shown: p.shown}
		return p.loadCmd(), false
	case loadedMsg:
		if msg.meetingID == p.meeting.ID {
			p.loaded = true
			p.pillars, p.people, p.depts, p.fy, p.problems = msg.pillars, msg.people, msg.depts, msg.fy, msg.problems
			p.setState(msg.state)
		}
		return nil, false
	case savedMsg:
		p.setState(msg.state)
		var drop tea.Cmd
		if p.reason != nil {
			drop = p.reason.DropDraft() // the move and its reason are stored
		}
		p.reason = nil
		if msg.flash != "" {
			return tea.Batch(drop, common.Flash(msg.flash)), false
		}
		return drop, false
	case planSavedMsg:
		p.setState(msg.state)
		if p.form != nil {
			cmd := p.form.saved(msg.in, p.ranked, p.state.Chosen)
			if p.form.State() != common.FormEditing {
				p.form = nil
			}
			return cmd, false
		}
		return nil, false
	case common.ErrMsg:
		if !msg.For(p.id) {
			return nil, false
		}
		if p.form != nil {
			p.form.Fail(p.c.Problem(msg))
		}
		if p.reason != nil {
			p.reason.Fail(p.c.Problem(msg))
		}
		if p.loaded && (p.state.Round.Mode == model.VoteTally || p.state.Round.Method == model.MethodScore) {
			return p.loadCmd(), false // what was typed in is read back from the store
		}
		return nil, false
	}
	if !p.loaded {
		return nil, false
	}
	if p.form != nil {
		cmd := p.form.Update(msg)
		if p.form.State() != common.FormEditing {
			p.form = nil
		}
		return cmd, true
	}
	if p.reason != nil {
		return p.updateReason(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	if p.setup != nil {
		return p.updateSetup(km), true
	}
	if p.confirm != t2None {
		return p.handleConfirm(km), true
	}
	k := p.c.Keys
	switch {
	case key.Matches(km, k.NextView):
		p.shown = (p.shown + 1) % 3
	case key.Matches(km, k.PrevView):
		p.shown = (p.shown + 2) % 3
	case key.Matches(km, k.NewRound):
		p.confirm = t2NewRound
	case key.Matches(km, k.Up):
		p.move(-1)
	case key.Matches(km, k.Down):
		p.move(1)
	default:
		switch p.shown {
		case viewVote:
			return p.voteKey(km)
		case viewRank:
			return p.rankKey(km)
		default:
			return p.planKey(km)
		}
	}
	return nil, true
}

func (p *Panel) move(d int) {
	n := []int{len(p.problems), len(p.ranked), len(p.planRows)}[p.shown]
	p.cursors[p.shown] = min(max(p.cursors[p.shown]+d, 0), max(n-1, 0))
	p.fresh = true
}

// ShortHelp is the footer on Task ②'s slide.
func (p *Panel) ShortHelp() []key.Binding {
	return common.SlideHelp(p.c.Keys, p.keys(), p.Capturing())
}

// FullHelp is Task ②'s keys for the ? overlay.
func (p *Panel) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{
		{k.NextView, k.NewRound, k.Voter, k.More, k.Less, k.DotDigits, k.ScoreDigits, k.CloseRound, k.Reveal},
		{k.Matrix, k.Choose, k.MoveUp, k.MoveDown, k.Add, k.Edit, k.Delete},
	}
}

// keys is the panel's keys in its present state.
func (p *Panel) keys() []key.Binding {
	k := p.c.Keys
	switch {
	case !p.loaded:
		return nil
	case p.form != nil:
		return []key.Binding{k.NextField, k.Left, k.Toggle, k.Cancel}
	case p.reason != nil:
		return []key.Binding{k.Save, k.Cancel}
	case p.setup != nil:
		return []key.Binding{k.Up, k.Down, k.More, k.Less, k.Save, k.Cancel}
	case p.confirm != t2None:
		return []key.Binding{k.Yes, k.No}
	}
	out := []key.Binding{k.NextView}
	r := p.state.Round
	switch p.shown {
	case viewVote:
		switch {
		case !p.state.HasRound:
		case r.Method == model.MethodScore:
			out = append(out, k.Up, k.Down, k.Left, k.ScoreDigits, k.Matrix, k.CloseRound)
		case r.Mode == model.VoteParticipant:
			out = append(out, k.Voter, k.Up, k.Down, k.More, k.Less, k.CloseRound)
		default:
			out = append(out, k.Up, k.Down, k.More, k.Less, k.DotDigits, k.CloseRound)
		}
		if r.Hidden && r.RevealedAt.IsZero() {
			out = append(out, k.Reveal)
		}
	case viewRank:
		out = append(out, k.Up, k.Down, k.Choose, k.MoveUp, k.MoveDown)
	case viewPlan:
		out = append(out, k.Up, k.Down, k.Add, k.Edit, k.Delete)
	}
	return append(out, k.NewRound)
}
