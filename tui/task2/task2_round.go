package task2

// task2_round.go: a round of prioritising set up (dots typed in, dots per
// participant within a budget, or scores), closed and revealed.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

func (p *Panel) updateSetup(km tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	s := p.setup
	if s.asking {
		switch {
		case key.Matches(km, k.Yes), key.Matches(km, k.No) && !key.Matches(km, k.Cancel):
			return p.startRound(key.Matches(km, k.Yes))
		case key.Matches(km, k.Cancel):
			s.asking = false
		}
		return nil
	}
	switch {
	case key.Matches(km, k.Cancel):
		p.setup = nil
	case key.Matches(km, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(km, k.Down):
		s.cursor = min(s.cursor+1, 2)
	case s.cursor == 1 && key.Matches(km, k.More):
		s.budget = min(s.budget+1, model.MaxBudget)
	case s.cursor == 1 && key.Matches(km, k.Less):
		s.budget = max(s.budget-1, 1)
	case key.Matches(km, k.Save):
		if s.cursor == 1 {
			s.asking = true
			return nil
		}
		return p.startRound(false)
	}
	return nil
}

func (p *Panel) startRound(hidden bool) tea.Cmd {
	s := p.setup
	p.setup = nil
	r := model.VoteRound{WorkshopID: p.c.WorkshopID, MeetingID: p.meeting.ID, Method: model.MethodDots,
		Mode: model.VoteTally, Budget: s.budget, Hidden: hidden}
	switch s.cursor {
	case 1:
		r.Mode = model.VoteParticipant
	case 2:
		r.Method = model.MethodScore
	}
	now := p.c.Now()
	p.cursors[viewVote], p.voter, p.shown = 0, 0, viewVote
	return p.writeCmd(func(st Store) error {
		_, err := st.StartRound(r, now)
		return err
	}, "")
}

func (p *Panel) handleConfirm(km tea.KeyPressMsg) tea.Cmd {
	k := p.c.Keys
	c := p.confirm
	switch {
	case key.Matches(km, k.Yes):
		p.confirm = t2None
	case key.Matches(km, k.No):
		p.confirm = t2None
		return nil
	default:
		return nil
	}
	r, now := p.state.Round, p.c.Now()
	switch c {
	case t2Close:
		return p.writeCmd(func(st Store) error { return st.CloseRound(r, now) }, "")
	case t2Reveal:
		return p.writeCmd(func(st Store) error { return st.RevealRound(r, now) }, "")
	case t2NewRound:
		p.setup = &roundSetup{budget: model.DefaultBudget}
	}
	return nil
}
