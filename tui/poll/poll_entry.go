package poll

// poll_entry.go: what the poll does while someone types: the ballot and
// the facilitator's PIN, a named answer, a reason heard or a label.

import (
	"fmt"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

func (p *Panel) updateBallot(msg tea.Msg) tea.Cmd {
	k, t := p.c.Keys, p.c.T
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
			poll, now := p.data.poll, p.c.Now()
			return p.pollWriteCmd(func(st Store) error { return st.SetBallotOpen(poll, false, "", now) }, true, true, "")
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
	cmd, out := common.UpdateForm(p.ballot, msg)
	if out == common.FormSubmitted {
		return p.castBallotCmd(p.data.poll, p.ballot.value())
	}
	return cmd
}

// updatePIN takes the PIN that will end a new ballot, typed twice.
func (p *Panel) updatePIN(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k, t := p.c.Keys, p.c.T
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

func (p *Panel) updateForm(msg tea.Msg) tea.Cmd {
	cmd, out := common.UpdateForm(p.form, msg)
	switch out {
	case common.FormClosed:
		p.form = nil
		return nil
	case common.FormStill:
		return cmd
	}
	poll, who, answers, now := p.data.poll, p.formFor, p.form.value(), p.c.Now()
	return p.pollWriteCmd(func(st Store) error { return st.SetNamed(poll, who, answers, now) }, true, true, "")
}

func (p *Panel) updateLine(msg tea.Msg) tea.Cmd {
	cmd, out := common.UpdateForm(p.line, msg)
	switch out {
	case common.FormClosed:
		p.line = nil
	case common.FormSubmitted:
		return p.saveLine()
	}
	return cmd
}

func (p *Panel) saveLine() tea.Cmd {
	l, t := p.line, p.c.T
	text := l.Value()
	poll, now := p.data.poll, p.c.Now()
	if p.labelOf != nil {
		r := *p.labelOf
		return p.pollWriteCmd(func(st Store) error { return st.SetReasonLabel(poll, r, text, now) }, true, true, "")
	}
	if text == "" {
		l.Fail(t.ReasonRequired)
		return nil
	}
	q, _ := p.textQuestion()
	return p.pollWriteCmd(func(st Store) error { return st.AddPollReason(poll, q, text, now) }, true, true, "")
}

// openLine opens the entry of a reason heard (reason nil) or of the label
// of reason.
func (p *Panel) openLine(reason *model.PollReason) tea.Cmd {
	t := p.c.T
	p.labelOf = reason
	if reason == nil {
		p.line = common.NewLineEntry(p.c, t.AddReason, t.ReasonHint, model.MaxCardRunes, "", nil)
		p.line.AskBeforeDiscard = true // a reason heard from the room
		return p.line.KeepDraft(p.st, p.id, fmt.Sprintf("poll:%d:reason:new", p.data.poll.ID))
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
	p.line = common.NewLineEntry(p.c, t.Labelled(t.LabelTitle, common.OneLine(reason.Text)), t.LabelHint, model.MaxLabelRunes, reason.Label, labels)
	return nil
}
