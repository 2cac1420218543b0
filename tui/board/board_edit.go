package board

import (
	"sort"

	"yoriai/tui/common"

	// board_edit.go: what the board asks for while the facilitator types or
	// chooses: the card editor, the pickers that move and link a card, and the
	// one-line entries for a label, the filter and the path of a chat file.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

func (b *BoardPanel) openEditor(c model.Card, title string, linkTo int64) tea.Cmd {
	b.editor = common.NewIdeaEditor(b.C, c, b.people)
	b.editor.Title = title
	b.linkTo = linkTo
	return b.editor.Ta.Focus()
}

func (b *BoardPanel) updateEditor(msg tea.Msg) tea.Cmd {
	e := b.editor
	cmd, act := e.Update(b.C, msg)
	switch act {
	case common.EditorCancel:
		b.editor = nil
	case common.EditorSave:
		return b.saveEditor()
	}
	return cmd
}

// saveEditor stores the card being typed: a new one (a goal added under a
// problem is linked in the same step) or the changed one.
func (b *BoardPanel) saveEditor() tea.Cmd {
	e := b.editor
	text := e.Text()
	if text == "" {
		e.Err = b.C.T.IdeaRequired
		return nil
	}
	card := e.Card
	card.Text, card.AuthorID = text, e.SpeakerID()
	if card.AuthorID != 0 {
		card.AuthorName = ""
	}
	e.Saving, e.Err = true, ""
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.Source = b.C.WorkshopID, b.meeting.ID, model.SourceTyped
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

func (b *BoardPanel) openMovePicker(c model.Card) {
	t := b.C.T
	var options []string
	var targets []moveTarget
	if c.PillarID != 0 {
		options, targets = append(options, t.ToInbox), append(targets, moveTarget{0, c.Kind})
	}
	for _, p := range b.Pillars {
		for _, kind := range []model.CardKind{model.CardProblem, model.CardGoal} {
			if p.ID == c.PillarID && kind == c.Kind {
				continue
			}
			options = append(options, p.Name+"／"+t.KindNames[kind])
			targets = append(targets, moveTarget{p.ID, kind})
		}
	}
	b.picker = &common.Picker{Title: t.MoveTitle + "：" + common.OneLine(c.Text), Options: options, Choose: func(i int) tea.Cmd {
		step, err := model.MoveCard(c, targets[i].pillarID, targets[i].kind, b.Cards, b.Links)
		if err != nil {
			return nil
		}
		return b.applyCmd(step, "")
	}}
}

func (b *BoardPanel) openLinkPicker(goal model.Card) tea.Cmd {
	t := b.C.T
	if goal.Kind != model.CardGoal || goal.PillarID == 0 {
		return common.Flash(t.NotAGoal)
	}
	var problems []model.Card
	for _, c := range b.Cards {
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
		if b.Links[goal.ID] == p.ID {
			cursor = i + 1
		}
	}
	b.picker = &common.Picker{Title: t.LinkTitle + "：" + common.OneLine(goal.Text), Options: options, Cursor: cursor,
		Choose: func(i int) tea.Cmd {
			target := model.Card{}
			if i > 0 {
				target = problems[i-1]
			}
			step, err := model.LinkGoal(goal, target, b.Links)
			if err != nil {
				return nil
			}
			return b.applyCmd(step, "")
		}}
	return nil
}

func (b *BoardPanel) updatePicker(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	cmd, done := b.picker.Update(km, b.C.Keys)
	if done {
		b.picker = nil
	}
	return cmd
}

func (b *BoardPanel) openEntry(kind entryKind, value string) {
	t := b.C.T
	b.entryFor = kind
	switch kind {
	case entryLabel:
		var labels []string
		seen := map[string]bool{}
		for _, c := range b.Cards {
			if c.Label != "" && !seen[c.Label] && c.PillarID == b.column().pillarID {
				seen[c.Label] = true
				labels = append(labels, c.Label)
			}
		}
		sort.Strings(labels)
		b.entry = common.NewLineEntry(b.C, t.GroupTitle, t.LabelHint, model.MaxLabelRunes, value, labels)
	case entryFilter:
		b.entry = common.NewLineEntry(b.C, t.FilterTitle, t.FilterHint, model.MaxLabelRunes, value, nil)
	case entryImport:
		b.entry = common.NewLineEntry(b.C, t.ImportTitle, t.ImportHint, 4096, value, nil)
	}
}

func (b *BoardPanel) updateEntry(msg tea.Msg) tea.Cmd {
	cmd, act := b.entry.Update(b.C, msg)
	switch act {
	case common.EditorCancel:
		b.entry = nil
	case common.EditorSave:
		return b.submitEntry()
	}
	return cmd
}

func (b *BoardPanel) submitEntry() tea.Cmd {
	e := b.entry
	value := e.Field.Value()
	switch b.entryFor {
	case entryFilter:
		b.filter, b.entry = value, nil
		b.Rebuild()
		return nil
	case entryImport:
		if value == "" {
			return nil
		}
		e.Saving, e.Err = true, ""
		return b.importChatCmd(common.ExpandHome(value))
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
	e.Saving = true
	return b.applyCmd(step, "")
}
