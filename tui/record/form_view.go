package record

// form_view.go: how the entry form is drawn: its fields in a box, the
// hint line, and where the cursor stands.

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// layout is how many rows the text areas get in a box at most h rows
// high: the text up to 3, the answer up to 2, and the title when there
// is room.
func (f *entryForm) layout(h int) (title bool, textH, answerH int) {
	fixed := 4 // border, kind, hint
	if f.kindOf() == model.EntryAction {
		fixed += 2
	}
	answerH = 0
	if f.kindOf() == model.EntryQA {
		answerH = max(min(2, h-fixed-1), 1)
		fixed += answerH
	}
	textH = max(min(3, h-fixed), 1)
	title = h-fixed-textH >= 1
	return title, textH, answerH
}

// View draws the form in a box w cells wide and at most h rows high.
func (f *entryForm) View(w, h int) string {
	st, t := f.c.Styles, f.c.T
	inner := max(w-4, 10)
	title, textH, answerH := f.layout(h)
	var lines []string
	if title {
		head := t.Record.AddTitle
		if f.orig.ID != 0 {
			head = t.Record.EditTitle
		}
		lines = append(lines, st.Form.Title.Render(common.Truncate(head, inner)))
	}
	lines = append(lines, common.Truncate(f.label(fieldKind, t.Record.FieldKind)+f.kindChooser(), inner))
	f.text.SetWidth(inner)
	f.text.SetHeight(textH)
	lines = append(lines, f.text.View())
	switch f.kindOf() {
	case model.EntryQA:
		f.answer.SetWidth(inner - 6)
		f.answer.SetHeight(answerH)
		lines = append(lines, lipgloss.JoinHorizontal(lipgloss.Top, f.label(fieldAnswer, t.Record.FieldAnswer), f.answer.View()))
	case model.EntryAction:
		f.who.SetWidth(inner - 6)
		f.due.SetWidth(inner - 6)
		lines = append(lines, f.label(fieldWho, t.Record.FieldAssignee)+f.who.View(), f.label(fieldDue, t.Record.FieldDue)+f.due.View())
	}
	hint := t.Record.FormHint
	switch f.focus {
	case fieldWho:
		hint = t.Record.AssigneeHint
	case fieldDue:
		hint = t.Record.DueHint
	}
	if f.note != "" {
		hint = f.note
	}
	lines = append(lines, f.Hint(f.c, hint, inner))
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}

// label is a field's name as a fixed 6-cell label, marked while focused.
func (f *entryForm) label(x field, name string) string {
	st := f.c.Styles.Form
	text := common.Fit(name+f.c.T.Marks.Colon, 6)
	if f.focus == x {
		return st.Focused.Render(text)
	}
	return st.Label.Render(text)
}

func (f *entryForm) kindChooser() string {
	st, t := f.c.Styles.Form, f.c.T
	var parts []string
	for i, k := range entryKinds {
		name := t.Record.Kinds[k]
		switch {
		case i == f.kind && f.focus == fieldKind:
			parts = append(parts, st.Choice.Render("< "+name+" >"))
		case i == f.kind:
			parts = append(parts, st.Choice.Render("["+name+"]"))
		default:
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, " ")
}

// Cursor is the focused field's cursor relative to the top of the box
// drawn View(w, h); nil on the kind chooser and while saving.
func (f *entryForm) Cursor(w, h int) *tea.Cursor {
	if f.Saving() {
		return nil
	}
	f.View(w, h) // sizes the fields as drawn
	title, textH, _ := f.layout(h)
	row := 2 // border and the kind line
	if title {
		row++
	}
	var c *tea.Cursor
	switch f.focus {
	case fieldText:
		c = f.text.Cursor()
	case fieldAnswer:
		if c = f.answer.Cursor(); c != nil {
			c.X += 6
		}
		row += textH
	case fieldWho:
		if c = f.who.Cursor(); c != nil {
			c.X += 6
		}
		row += textH
	case fieldDue:
		if c = f.due.Cursor(); c != nil {
			c.X += 6
		}
		row += textH + 1
	}
	if c == nil {
		return nil
	}
	c.X += 2 // border and padding
	c.Y += row
	return c
}
