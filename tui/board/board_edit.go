package board

// board_edit.go: what the board asks for while the facilitator types or
// chooses: the card editor, the pickers that move and link a card, the
// one-line entries for a label and the filter, and the chat import dialog.

import (
	"fmt"
	"sort"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

func (b *Panel) openEditor(c model.Card, title string, linkTo int64) tea.Cmd {
	var cmd tea.Cmd
	b.editor, cmd = common.NewCardEditor(b.c, c, b.people, title, b.c.T.IdeaRequired)
	b.linkTo = linkTo
	return tea.Batch(cmd, b.editor.KeepDraft(b.st, b.id, draftKey(c, linkTo)))
}

// draftKey is what the editor's draft is for: the card edited, or the new
// card of a pillar and kind (a goal under its problem).
func draftKey(c model.Card, linkTo int64) string {
	switch {
	case c.ID != 0:
		return fmt.Sprintf("card:%d", c.ID)
	case linkTo != 0:
		return fmt.Sprintf("board:goal:%d:new", linkTo)
	}
	return fmt.Sprintf("board:%d:%s:new", c.PillarID, c.Kind)
}

func (b *Panel) updateEditor(msg tea.Msg) tea.Cmd {
	e := b.editor
	cmd, out := common.UpdateForm(e, msg)
	switch out {
	case common.FormClosed:
		b.editor = nil
	case common.FormSubmitted:
		return b.saveEditor()
	}
	return cmd
}

// saveEditor stores the card being typed: a new one (a goal added under a
// problem is linked in the same step) or the changed one.
func (b *Panel) saveEditor() tea.Cmd {
	e := b.editor
	card := e.Card
	card.Text, card.AuthorID = e.Text(), e.SpeakerID()
	if card.AuthorID != 0 {
		card.AuthorName = ""
	}
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.Source = b.c.WorkshopID, b.meeting.ID, model.SourceTyped
		step := model.BoardStep{Cards: []model.CardChange{{After: &card}}}
		if b.linkTo != 0 {
			step.Links = []model.LinkChange{{Goal: model.NewCard, After: b.linkTo}}
		}
		return b.applyCmd(step, "")
	}
	before := e.Card
	return b.applyCmd(model.BoardStep{Cards: []model.CardChange{{Before: &before, After: &card}}}, "")
}

// moveTarget is a place a card can be moved to.
type moveTarget struct {
	pillarID int64
	kind     model.CardKind
}

func (b *Panel) openMovePicker(c model.Card) {
	t := b.c.T
	var options []string
	var targets []moveTarget
	if c.PillarID != 0 {
		options, targets = append(options, t.ToInbox), append(targets, moveTarget{0, c.Kind})
	}
	for _, p := range b.pillars {
		for _, kind := range []model.CardKind{model.CardProblem, model.CardGoal} {
			if p.ID == c.PillarID && kind == c.Kind {
				continue
			}
			options = append(options, p.Name+t.Marks.Slash+t.KindNames[kind])
			targets = append(targets, moveTarget{p.ID, kind})
		}
	}
	b.picker = &common.Picker{Title: t.Labelled(t.MoveTitle, common.OneLine(c.Text)), Options: options}
	b.pick = func(i int) tea.Cmd {
		step, err := model.MoveCard(c, targets[i].pillarID, targets[i].kind, b.cards, b.links)
		if err != nil {
			return nil
		}
		return b.applyCmd(step, "")
	}
}

func (b *Panel) openLinkPicker(goal model.Card) tea.Cmd {
	t := b.c.T
	if goal.Kind != model.CardGoal || goal.PillarID == 0 {
		return common.Flash(t.NotAGoal)
	}
	var problems []model.Card
	for _, c := range b.cards {
		if c.Kind == model.CardProblem && c.PillarID == goal.PillarID {
			problems = append(problems, c)
		}
	}
	if len(problems) == 0 {
		return common.Flash(t.NoProblems)
	}
	sort.Slice(problems, func(i, j int) bool { return problems[i].BoardPos < problems[j].BoardPos })
	options := []string{t.Unlink}
	cursor := 0
	for i, p := range problems {
		options = append(options, common.OneLine(p.Text))
		if b.links[goal.ID] == p.ID {
			cursor = i + 1
		}
	}
	b.picker = &common.Picker{Title: t.Labelled(t.LinkTitle, common.OneLine(goal.Text)), Options: options, Cursor: cursor}
	b.pick = func(i int) tea.Cmd {
		target := model.Card{}
		if i > 0 {
			target = problems[i-1]
		}
		step, err := model.LinkGoal(goal, target, b.links)
		if err != nil {
			return nil
		}
		return b.applyCmd(step, "")
	}
	return nil
}

func (b *Panel) updatePicker(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	p := b.picker
	p.Update(km, b.c.Keys)
	switch p.State() {
	case common.FormCancelled:
		b.picker, b.pick = nil, nil
	case common.FormDone:
		pick := b.pick
		b.picker, b.pick = nil, nil
		return pick(p.Cursor)
	}
	return nil
}

func (b *Panel) openEntry(kind entryKind, value string) {
	t := b.c.T
	b.entryFor = kind
	switch kind {
	case entryLabel:
		var labels []string
		seen := map[string]bool{}
		for _, c := range b.cards {
			if c.Label != "" && !seen[c.Label] && c.PillarID == b.column().pillarID {
				seen[c.Label] = true
				labels = append(labels, c.Label)
			}
		}
		sort.Strings(labels)
		b.entry = common.NewLineEntry(b.c, t.GroupTitle, t.LabelHint, model.MaxLabelRunes, value, labels)
	case entryFilter:
		b.entry = common.NewLineEntry(b.c, t.FilterTitle, t.FilterHint, model.MaxLabelRunes, value, nil)
	}
}

func (b *Panel) updateEntry(msg tea.Msg) tea.Cmd {
	e := b.entry
	cmd, out := common.UpdateForm(e, msg)
	switch out {
	case common.FormClosed:
		b.entry = nil
	case common.FormSubmitted:
		return b.submitEntry()
	}
	return cmd
}

func (b *Panel) submitEntry() tea.Cmd {
	e := b.entry
	value := e.Value()
	switch b.entryFor {
	case entryFilter:
		b.filter, b.entry = value, nil
		b.rebuild()
		return nil
	}
	sel, ok := b.selected()
	if !ok {
		b.entry = nil
		return nil
	}
	step, err := model.LabelCard(sel, value)
	if err != nil {
		b.entry = nil
		return nil
	}
	return b.applyCmd(step, "")
}

// updateChat hands a message to the chat import dialog; once it asks to
// import, the checked messages are written in a Cmd and the dialog shows
// that it is importing until the report (or a failure) comes back.
func (b *Panel) updateChat(msg tea.Msg) tea.Cmd {
	d := b.chat
	cmd, out := common.UpdateForm(d, msg)
	switch out {
	case common.FormClosed:
		b.chat = nil
	case common.FormSubmitted:
		return tea.Batch(cmd, b.importChatCmd(d.Selected()))
	}
	return cmd
}
