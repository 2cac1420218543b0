package poll

import (
	"sort"

	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"

	// poll_entry.go: what the poll does while someone types: the ballot and
	// the facilitator's PIN, a named answer, a reason heard or a label.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

func (p *PollPanel) updateBallot(msg tea.Msg) tea.Cmd {
	k, t := p.C.Keys, p.C.T
	km, isKey := msg.(tea.KeyPressMsg)
	if p.pin != nil { // the facilitator ending the ballot
		if !isKey {
			return nil
		}
		switch {
		case key.Matches(km, k.Cancel):
			p.pin = nil
			return p.ballot.focusCmd()
		case key.Matches(km, k.Save):
			if !model.CheckPIN(p.pin.digits, p.data.poll.PINHash) {
				p.pin.digits, p.pin.err = "", t.PINWrong
				return nil
			}
			p.busy = true
			poll, now := p.data.poll, p.C.Now()
			return p.pollWriteCmd(func(st common.Store) error { return st.SetBallotOpen(poll, false, "", now) }, true, true, "")
		default:
			p.pin.key(km, k)
		}
		return nil
	}
	if isKey && key.Matches(km, k.Unlock) {
		p.pin = &pinEntry{unlock: true}
		return nil
	}
	if p.thanks {
		if isKey && key.Matches(km, k.NextBallot) {
			p.thanks = false
			return p.ballot.focusCmd()
		}
		return nil
	}
	cmd, submit := p.ballot.update(msg)
	if submit {
		p.ballot.saving = true
		return castBallotCmd(p.C, p.Item.ID, p.data.poll, p.ballot.value())
	}
	return cmd
}

// updatePIN takes the PIN that will end a new ballot, typed twice.
func (p *PollPanel) updatePIN(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k, t := p.C.Keys, p.C.T
	e := p.pin
	switch {
	case key.Matches(km, k.Cancel):
		p.pin = nil
	case key.Matches(km, k.Save):
		switch {
		case !model.ValidPIN(e.digits):
			e.digits, e.err = "", t.PINInvalid
		case e.first == "":
			e.first, e.digits = e.digits, ""
		case e.first != e.digits:
			*e = pinEntry{err: t.PINMismatch}
		default:
			p.busy = true
			return p.openBallotCmd(e.digits, !p.data.has || p.choosing)
		}
	default:
		e.key(km, k)
	}
	return nil
}

func (p *PollPanel) updateForm(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok && key.Matches(km, p.C.Keys.Cancel) && !p.form.saving {
		p.form = nil
		return nil
	}
	cmd, submit := p.form.update(msg)
	if !submit {
		return cmd
	}
	p.form.saving = true
	poll, who, answers, now := p.data.poll, p.formFor, p.form.value(), p.C.Now()
	return p.pollWriteCmd(func(st common.Store) error { return st.SetNamed(poll, who, answers, now) }, true, true, "")
}

func (p *PollPanel) updateLine(msg tea.Msg) tea.Cmd {
	cmd, act := p.line.Update(p.C, msg)
	switch act {
	case common.EditorCancel:
		p.line = nil
	case common.EditorSave:
		return p.saveLine()
	}
	return cmd
}

func (p *PollPanel) saveLine() tea.Cmd {
	l, t := p.line, p.C.T
	text := l.Field.Value()
	poll, now := p.data.poll, p.C.Now()
	if p.labelOf != nil {
		r := *p.labelOf
		l.Saving, l.Err = true, ""
		return p.pollWriteCmd(func(st common.Store) error { return st.SetReasonLabel(poll, r, text, now) }, true, true, "")
	}
	if text == "" {
		l.Err = t.ReasonRequired
		return nil
	}
	q, _ := p.textQuestion()
	l.Saving, l.Err = true, ""
	return p.pollWriteCmd(func(st common.Store) error { return st.AddPollReason(poll, q, text, now) }, true, true, "")
}

// openLine opens the entry of a reason heard (reason nil) or of the label
// of reason.
func (p *PollPanel) openLine(reason *model.PollReason) tea.Cmd {
	t := p.C.T
	p.labelOf = reason
	if reason == nil {
		p.line = common.NewLineEntry(p.C, t.AddReason, t.ReasonHint, model.MaxCardRunes, "", nil)
		return nil
	}
	var labels []string
	seen := map[string]bool{}
	for _, r := range p.data.reasons {
		if r.Label != "" && !seen[r.Label] {
			seen[r.Label] = true
			labels = append(labels, r.Label)
		}
	}
	sort.Strings(labels)
	p.line = common.NewLineEntry(p.C, t.LabelTitle+"："+common.OneLine(reason.Text), t.LabelHint, model.MaxLabelRunes, reason.Label, labels)
	return nil
}
