package poll

// poll_keys.go: the poll's keys outside the ballot and the entries:
// choosing how a round collects answers, the show of hands, the named
// answers, the reveal, labels and promotion, reopening and clearing.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

func (p *Panel) handleConfirm(km tea.KeyPressMsg) tea.Cmd {
	k, t := p.c.Keys, p.c.T
	c := p.confirm
	switch {
	case key.Matches(km, k.Yes):
		p.confirm = pollConfirmNone
	case key.Matches(km, k.No):
		p.confirm = pollConfirmNone
		return nil
	default:
		return nil
	}
	poll, now := p.data.poll, p.c.Now()
	switch c {
	case pollConfirmReveal:
		if !poll.CanReveal(false) {
			return nil
		}
		return p.pollWriteCmd(func(st Store) error { return st.Reveal(poll, now) }, true, false, "")
	case pollConfirmReset:
		p.cursor = 0
		return p.pollWriteCmd(func(st Store) error { return st.ResetPoll(poll, now) }, true, false, t.ResetFlash)
	case pollConfirmNewRound:
		p.choosing = true
	}
	return nil
}

// handleChoose starts a round in the mode chosen.
func (p *Panel) handleChoose(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	var mode model.PollMode
	switch {
	case key.Matches(km, k.ModeTally):
		mode = model.PollTally
	case key.Matches(km, k.ModeNamed):
		mode = model.PollNamed
	case key.Matches(km, k.ModeBallot):
		p.pin = &pinEntry{}
		return nil, true
	case p.choosing && key.Matches(km, k.Cancel):
		p.choosing = false
		return nil, true
	default:
		return nil, false
	}
	p.busy, p.cursor = true, 0
	wid, item, now := p.c.WorkshopID, p.item, p.c.Now()
	return p.pollWriteCmd(func(st Store) error {
		_, err := st.StartPoll(wid, item, mode, now)
		return err
	}, true, true, ""), true
}

// roundKeys are the keys of a round in any stage but the ballot: reveal,
// clear and start again.
func (p *Panel) roundKeys(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Reveal) && p.data.poll.Stage() == model.StageCollecting:
		p.confirm = pollConfirmReveal
	case key.Matches(km, k.ResetPoll):
		p.confirm = pollConfirmReset
	case key.Matches(km, k.NewRound):
		p.confirm = pollConfirmNewRound
	case key.Matches(km, k.Up) && p.rows() > 0:
		p.cursor, p.fresh = max(p.cursor-1, 0), true
	case key.Matches(km, k.Down) && p.rows() > 0:
		p.cursor, p.fresh = min(p.cursor+1, p.rows()-1), true
	default:
		return nil, false
	}
	return nil, true
}

func (p *Panel) handleCollecting(km tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, used := p.roundKeys(km); used {
		return cmd, true
	}
	k := p.c.Keys
	switch p.data.poll.Mode {
	case model.PollTally:
		if _, ok := p.textQuestion(); ok && key.Matches(km, k.Add) {
			return p.openLine(nil), true
		}
		return p.tallyKey(km)
	case model.PollNamed:
		if key.Matches(km, k.Answer) && p.cursor < len(p.data.people) {
			who := p.data.people[p.cursor]
			p.form = newAnswerForm(p.c, p.c.T.AnswerFor(who.Name), p.data.poll.Questions, p.data.named[who.ID])
			p.form.cancel = &p.c.Keys.Cancel
			p.formFor = who.ID
			return tea.Batch(p.form.focusCmd(), p.form.keepDraft(p.st, p.id, namedDraftKey(p.data.poll, who.ID))), true
		}
	case model.PollAnonymous:
		if key.Matches(km, k.Reopen) {
			p.pin = &pinEntry{}
			return nil, true
		}
	}
	return nil, false
}

// tallyKey changes the count under the cursor and saves the question's
// counts. The screen changes at once; a failed save reloads what is kept.
func (p *Panel) tallyKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	rows := p.tallyRows()
	if p.cursor >= len(rows) || len(p.data.results) != len(p.data.poll.Questions) {
		return nil, false
	}
	k := p.c.Keys
	q, c := rows[p.cursor][0], rows[p.cursor][1]
	counts := append([]int(nil), p.data.results[q].Counts...)
	if c >= len(counts) {
		return nil, false
	}
	switch {
	case key.Matches(km, k.More):
		counts[c] = model.AdjustCount(counts[c], 1)
	case key.Matches(km, k.Less):
		counts[c] = model.AdjustCount(counts[c], -1)
	case key.Matches(km, k.Digits):
		counts[c] = model.TypeDigit(counts[c], int(km.Code-'0'), p.fresh)
	case key.Matches(km, k.Erase):
		counts[c] = model.EraseDigit(counts[c])
	default:
		return nil, false
	}
	p.fresh = key.Matches(km, k.More) || key.Matches(km, k.Less)
	p.data.results[q].Counts = counts
	poll, now := p.data.poll, p.c.Now()
	return p.pollWriteCmd(func(st Store) error { return st.SetTally(poll, q, counts, now) }, false, false, ""), true
}

func (p *Panel) handleRevealed(km tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, used := p.roundKeys(km); used {
		return cmd, true
	}
	k, t := p.c.Keys, p.c.T
	poll, now := p.data.poll, p.c.Now()
	var sel *model.PollReason
	if p.cursor < len(p.data.reasons) {
		r := p.data.reasons[p.cursor]
		sel = &r
	}
	switch {
	case key.Matches(km, k.Reopen):
		return p.pollWriteCmd(func(st Store) error { return st.ReopenPoll(poll, now) }, true, false, t.ReopenedFlash), true
	case key.Matches(km, k.Label) && sel != nil:
		return p.openLine(sel), true
	case key.Matches(km, k.Promote) && sel != nil:
		if sel.CardID != 0 {
			return common.Flash(t.AlreadyPromoted), true
		}
		r := *sel
		return p.pollWriteCmd(func(st Store) error {
			_, err := st.PromoteReason(poll, r, now)
			return err
		}, true, false, t.PromotedFlash), true
	}
	return nil, false
}
