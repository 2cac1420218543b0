package tui

// board_edit.go: what the board asks for while the facilitator types or
// chooses: the card editor, the pickers that move and link a card, and the
// one-line entries for a label, the filter and the path of a chat file.

import (
	"sort"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

func (b *boardPanel) openEditor(c model.Card, title string, linkTo int64) tea.Cmd {
	b.editor = newIdeaEditor(b.c, c, b.people)
	b.editor.title = title
	b.linkTo = linkTo
	return b.editor.ta.Focus()
}

func (b *boardPanel) updateEditor(msg tea.Msg) tea.Cmd {
	e := b.editor
	cmd, act := e.update(b.c, msg)
	switch act {
	case editorCancel:
		b.editor = nil
	case editorSave:
		return b.saveEditor()
	}
	return cmd
}

// saveEditor stores the card being typed: a new one (a goal added under a
// problem is linked in the same step) or the changed one.
func (b *boardPanel) saveEditor() tea.Cmd {
	e := b.editor
	text := e.text()
	if text == "" {
		e.err = b.c.T.IdeaRequired
		return nil
	}
	card := e.card
	card.Text, card.AuthorID = text, e.speakerID()
	if card.AuthorID != 0 {
		card.AuthorName = ""
	}
	e.saving, e.err = true, ""
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.Source = b.c.WorkshopID, b.meeting.ID, model.SourceTyped
		step := model.BoardStep{Cards: []model.CardChange{{After: &card}}}
		if b.linkTo != 0 {
			step.Links = []model.LinkChange{{Goal: model.NewCard, After: b.linkTo}}
		}
		return b.applyCmd(step, "")
	}
	before := e.card
	return b.applyCmd(model.BoardStep{Cards: []model.CardChange{{Before: &before, After: &card}}}, "")
}

// moveTarget is a place a card can be moved to.
type moveTarget struct {
	pillarID int64
	kind     model.CardKind
}

func (b *boardPanel) openMovePicker(c model.Card) {
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
			options = append(options, p.Name+"／"+t.KindNames[kind])
			targets = append(targets, moveTarget{p.ID, kind})
		}
	}
	b.picker = &picker{title: t.MoveTitle + "：" + oneLine(c.Text), options: options, choose: func(i int) tea.Cmd {
		step, err := model.MoveCard(c, targets[i].pillarID, targets[i].kind, b.cards, b.links)
		if err != nil {
			return nil
		}
		return b.applyCmd(step, "")
	}}
}

func (b *boardPanel) openLinkPicker(goal model.Card) tea.Cmd {
	t := b.c.T
	if goal.Kind != model.CardGoal || goal.PillarID == 0 {
		return flash(t.NotAGoal)
	}
	var problems []model.Card
	for _, c := range b.cards {
		if c.Kind == model.CardProblem && c.PillarID == goal.PillarID {
			problems = append(problems, c)
		}
	}
	if len(problems) == 0 {
		return flash(t.NoProblems)
	}
	sort.Slice(problems, func(i, j int) bool { return problems[i].BoardPos < problems[j].BoardPos })
	options := []string{t.Unlink}
	cursor := 0
	for i, p := range problems {
		options = append(options, oneLine(p.Text))
		if b.links[goal.ID] == p.ID {
			cursor = i + 1
		}
	}
	b.picker = &picker{title: t.LinkTitle + "：" + oneLine(goal.Text), options: options, cursor: cursor,
		choose: func(i int) tea.Cmd {
			target := model.Card{}
			if i > 0 {
				target = problems[i-1]
			}
			step, err := model.LinkGoal(goal, target, b.links)
			if err != nil {
				return nil
			}
			return b.applyCmd(step, "")
		}}
	return nil
}

func (b *boardPanel) updatePicker(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	cmd, done := b.picker.update(km, b.c.Keys)
	if done {
		b.picker = nil
	}
	return cmd
}

func (b *boardPanel) openEntry(kind entryKind, value string) {
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
		b.entry = newLineEntry(b.c, t.GroupTitle, t.LabelHint, model.MaxLabelRunes, value, labels)
	case entryFilter:
		b.entry = newLineEntry(b.c, t.FilterTitle, t.FilterHint, model.MaxLabelRunes, value, nil)
	case entryImport:
		b.entry = newLineEntry(b.c, t.ImportTitle, t.ImportHint, 4096, value, nil)
	}
}

func (b *boardPanel) updateEntry(msg tea.Msg) tea.Cmd {
	cmd, act := b.entry.update(b.c, msg)
	switch act {
	case editorCancel:
		b.entry = nil
	case editorSave:
		return b.submitEntry()
	}
	return cmd
}

func (b *boardPanel) submitEntry() tea.Cmd {
	e := b.entry
	value := e.field.Value()
	switch b.entryFor {
	case entryFilter:
		b.filter, b.entry = value, nil
		b.rebuild()
		return nil
	case entryImport:
		if value == "" {
			return nil
		}
		e.saving, e.err = true, ""
		return b.importChatCmd(expandHome(value))
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
	e.saving = true
	return b.applyCmd(step, "")
}
