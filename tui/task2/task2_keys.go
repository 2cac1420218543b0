package task2

// task2_keys.go: Task ②'s keys in each view: dots and scores while
// voting, moves with their reasons and the choice for the fiscal year in
// the ranking, and the initiatives of the plan.

import (
	"errors"
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// voterID is the participant whose dots are entered now; 0 for a tally.
func (p *Panel) voterID() int64 {
	if p.state.Round.Mode != model.VoteParticipant || p.voter >= len(p.people) {
		return 0
	}
	return p.people[p.voter].ID
}

func (p *Panel) voteKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := p.c.Keys, p.c.T
	r := p.state.Round
	if !p.state.HasRound {
		return nil, false
	}
	switch {
	case key.Matches(km, k.CloseRound) && !r.Closed():
		p.confirm = t2Close
		return nil, true
	case key.Matches(km, k.Reveal) && r.Hidden && r.RevealedAt.IsZero():
		p.confirm = t2Reveal
		return nil, true
	case key.Matches(km, k.Matrix) && r.Method == model.MethodScore:
		p.matrix = !p.matrix
		return nil, true
	case r.Method == model.MethodDots && r.Mode == model.VoteParticipant && key.Matches(km, k.Voter) && len(p.people) > 0:
		if key.Matches(km, k.Left) {
			p.voter = (p.voter + len(p.people) - 1) % len(p.people)
		} else {
			p.voter = (p.voter + 1) % len(p.people)
		}
		return nil, true
	case r.Method == model.MethodScore && (key.Matches(km, k.Left) || key.Matches(km, k.Right)):
		p.scoreAt = 1 - p.scoreAt
		return nil, true
	}
	i := p.cursors[viewVote]
	if i >= len(p.problems) {
		return nil, false
	}
	card := p.problems[i]
	if r.Method == model.MethodScore {
		d, ok := common.PinDigit(km)
		if !ok || d < '1' || d > '5' {
			return nil, false
		}
		if r.Closed() {
			return common.Flash(t.ErrClosedRound), true
		}
		sc := p.state.Scores[card.ID]
		if p.scoreAt == 0 {
			sc.Impact = int(d - '0')
		} else {
			sc.Feasibility = int(d - '0')
		}
		p.state.Scores[card.ID] = sc
		now := p.c.Now()
		return p.writeCmd(func(st Store) error { return st.SetScore(r, card.ID, sc, now) }, ""), true
	}
	who := p.voterID()
	cur := p.state.Votes[who][card.ID]
	n := cur
	switch {
	case key.Matches(km, k.More):
		n = cur + 1
	case key.Matches(km, k.Less):
		n = max(cur-1, 0)
	case key.Matches(km, k.Digits):
		n = model.TypeDigit(cur, int(km.Code-'0'), p.fresh)
	case key.Matches(km, k.Erase):
		n = model.EraseDigit(cur)
	default:
		return nil, false
	}
	p.fresh = false
	n, err := r.SetDots(p.state.Votes, who, card.ID, n)
	switch {
	case errors.Is(err, model.ErrOverBudget):
		return common.Flash(t.OverBudget), true
	case errors.Is(err, model.ErrRoundClosed):
		return common.Flash(t.ErrClosedRound), true
	case err != nil:
		return nil, true
	}
	if p.state.Votes[who] == nil {
		p.state.Votes[who] = map[int64]int{}
	}
	p.state.Votes[who][card.ID] = n
	now := p.c.Now()
	return p.writeCmd(func(st Store) error { return st.SetVote(r, who, card.ID, n, now) }, ""), true
}

func (p *Panel) rankKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	i := p.cursors[viewRank]
	if i >= len(p.ranked) {
		return nil, false
	}
	card := p.ranked[i].Card
	switch {
	case key.Matches(km, k.Choose):
		on := !p.state.Chosen[card.ID]
		wid, mid, fy, now := p.c.WorkshopID, p.meeting.ID, p.fy, p.c.Now()
		return p.writeCmd(func(st Store) error { return st.SetChosen(wid, mid, card.ID, fy, on, now) }, ""), true
	case key.Matches(km, k.MoveUp) && p.state.HasRound && i > 0:
		return p.askReason(model.Override{CardID: card.ID, Delta: -1}), true
	case key.Matches(km, k.MoveDown) && p.state.HasRound && i < len(p.ranked)-1:
		return p.askReason(model.Override{CardID: card.ID, Delta: 1}), true
	}
	return nil, false
}

// askReason opens the entry of why the problem moves by o, its text kept
// as a draft as it is typed.
func (p *Panel) askReason(o model.Override) tea.Cmd {
	p.moving = o
	p.reason = common.NewLineEntry(p.c, p.c.T.MoveReasonTitle, p.c.T.ReasonHint, model.MaxInitiativeShort, "", nil)
	p.reason.AskBeforeDiscard = true // the reason for a move, as the room gave it
	return p.reason.KeepDraft(p.st, p.id, fmt.Sprintf("task2:move:%d:%d", p.state.Round.ID, o.CardID))
}

func (p *Panel) updateReason(msg tea.Msg) tea.Cmd {
	e := p.reason
	cmd, out := common.UpdateForm(e, msg)
	switch out {
	case common.FormClosed:
		p.reason = nil
	case common.FormSubmitted:
		o := p.moving
		if o.Reason = e.Value(); o.Reason == "" {
			e.Fail(p.c.T.MoveReasonRequired)
			return nil
		}
		r, now := p.state.Round, p.c.Now()
		p.cursors[viewRank] = min(max(p.cursors[viewRank]+o.Delta, 0), len(p.ranked)-1)
		return p.writeCmd(func(st Store) error { return st.AddOverride(r, o, now) }, "")
	}
	return cmd
}

func (p *Panel) planKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	i := p.cursors[viewPlan]
	switch {
	case key.Matches(km, k.Add):
		in := model.Initiative{WorkshopID: p.c.WorkshopID, Status: model.StatusNotStarted}
		if sel, ok := p.selectedPlan(); ok {
			in.PillarID = sel.PillarID
		} else if len(p.pillars) > 0 {
			in.PillarID = p.pillars[0].ID
		}
		p.form = p.newPlanForm(in, p.c.T.AddPlan)
		return tea.Batch(p.form.focusCmd(), p.form.keepDraft()), true
	case key.Matches(km, k.Edit) && i < len(p.planRows):
		p.form = p.newPlanForm(p.planRows[i], p.c.T.EditPlan)
		return tea.Batch(p.form.focusCmd(), p.form.keepDraft()), true
	case key.Matches(km, k.Delete) && i < len(p.planRows):
		in, now := p.planRows[i], p.c.Now()
		return p.writeCmd(func(st Store) error { return st.DeleteInitiative(in, now) }, ""), true
	}
	return nil, false
}

func (p *Panel) selectedPlan() (model.Initiative, bool) {
	i := p.cursors[viewPlan]
	if i < len(p.planRows) {
		return p.planRows[i], true
	}
	return model.Initiative{}, false
}
