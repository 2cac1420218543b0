package task2

import (
	"slices"
	"time"

	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"

	// task2.go: Task ② on the slide of a task2 item, in three views. 1 vote:
	// a round of dot voting (the room's dots typed in, or each participant's
	// within a budget, totals optionally hidden until revealed) or scoring
	// (効果 and 実現可能性, 1 to 5, with the 2×2 matrix). 2 rank and choose: the
	// latest round's ranking, ties marked, moved by hand with a recorded
	// reason, and the problems chosen for the target fiscal year, per pillar.
	// 3 plan: the initiatives of the 実施計画（案） by pillar, with progress, and
	// the form that drafts them (plan_form.go). task2_view.go draws it.
	//
	// Consumes: task2LoadedMsg, task2SavedMsg, planSavedMsg, errMsg.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
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

type Task2Panel struct {
	C        common.Common
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

// task2LoadedMsg carries everything Task ② shows.
type Task2LoadedMsg struct {
	meetingID int64
	pillars   []model.Pillar
	people    []model.Participant
	depts     []string
	fy        model.FiscalYear
	problems  []model.Card
	state     model.Task2State
}

// task2SavedMsg reports a committed change; the state is read again with
// it, so the screen shows what is stored.
type Task2SavedMsg struct {
	common.Saved
	state model.Task2State
	flash string
}

func loadTask2(st common.Store, wid int64, m model.Meeting) (Task2LoadedMsg, error) {
	msg := Task2LoadedMsg{meetingID: m.ID}
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

func (p *Task2Panel) loadCmd() tea.Cmd {
	wid, m := p.C.WorkshopID, p.meeting
	return p.C.Do(p.C.T.OpLoadTask2, func(st common.Store) (tea.Msg, error) { return loadTask2(st, wid, m) })
}

// writeCmd runs write, then reads the state again.
func (p *Task2Panel) writeCmd(write func(common.Store) error, flash string) tea.Cmd {
	wid, fy := p.C.WorkshopID, p.fy
	return p.C.Do(p.C.T.OpSaveTask2, func(st common.Store) (tea.Msg, error) {
		if err := write(st); err != nil {
			return nil, err
		}
		state, err := st.LoadTask2(wid, fy)
		return Task2SavedMsg{state: state, flash: flash}, err
	})
}

// open shows Task ② for meeting m, read afresh.
func (p *Task2Panel) Open(m model.Meeting) tea.Cmd {
	if p.loaded && p.meeting.ID == m.ID {
		return nil
	}
	shown := p.shown
	*p = Task2Panel{C: p.C, meeting: m, shown: shown}
	return p.loadCmd()
}

func (p *Task2Panel) Close() { p.loaded = false }

func (p *Task2Panel) Capturing() bool {
	return p.setup != nil || p.confirm != t2None || p.reason != nil || p.form != nil
}

func (p *Task2Panel) setState(s model.Task2State) {
	p.state = s
	p.ranked = s.Round.Rank(p.problems, s.Votes.Totals(), s.Scores, s.Overrides)
	p.planRows = p.planOrder()
	for v, n := range []int{len(p.problems), len(p.ranked), len(p.planRows)} {
		p.cursors[v] = min(p.cursors[v], max(n-1, 0))
	}
}

// planOrder lists the initiatives by pillar, in the pillars' order.
func (p *Task2Panel) planOrder() []model.Initiative {
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

func (p *Task2Panel) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case Task2LoadedMsg:
		if msg.meetingID == p.meeting.ID {
			p.loaded = true
			p.pillars, p.people, p.depts, p.fy, p.problems = msg.pillars, msg.people, msg.depts, msg.fy, msg.problems
			p.setState(msg.state)
		}
		return nil, false
	case Task2SavedMsg:
		p.setState(msg.state)
		p.reason = nil
		if msg.flash != "" {
			return common.Flash(msg.flash), false
		}
		return nil, false
	case PlanSavedMsg:
		p.setState(msg.state)
		if p.form != nil {
			return p.form.saved(msg.in), false
		}
		return nil, false
	case common.ErrMsg:
		if p.form != nil {
			p.form.failed(msg.Error())
		}
		if p.reason != nil {
			p.reason.Saving, p.reason.Err = false, msg.Error()
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
		return p.form.update(msg), true
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
	k := p.C.Keys
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

func (p *Task2Panel) move(d int) {
	n := []int{len(p.problems), len(p.ranked), len(p.planRows)}[p.shown]
	p.cursors[p.shown] = min(max(p.cursors[p.shown]+d, 0), max(n-1, 0))
	p.fresh = true
}

// help is the panel's keys in its present state.
func (p *Task2Panel) Help() []key.Binding {
	k := p.C.Keys
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
			out = append(out, k.Up, k.Down, k.Left, k.Digits, k.Matrix, k.CloseRound)
		case r.Mode == model.VoteParticipant:
			out = append(out, k.Voter, k.Up, k.Down, k.More, k.Less, k.CloseRound)
		default:
			out = append(out, k.Up, k.Down, k.More, k.Less, k.Digits, k.CloseRound)
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
