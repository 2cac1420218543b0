package record

// view.go: the record as the slide shows it, its cursor and its keys.

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// View draws the record in h rows of w cells: its heading, one row per
// entry (scrolled to keep the chosen one in sight), the chosen entry in
// full when there is room, and the form at the bottom while it is open.
func (p *Panel) View(w, h int) string {
	st, t := p.c.Styles, p.c.T
	if !p.loaded {
		return t.Loading
	}
	var form string
	if p.form != nil {
		form = p.form.View(w, max(h-1, 4))
		h -= lipgloss.Height(form)
		if h <= 0 {
			return common.ClampHeight(form, h+lipgloss.Height(form))
		}
	}
	lines := []string{st.Slide.Label.Render(common.Truncate(t.RecordTitle(common.OneLine(p.slide.Item.Title), len(p.entries)), w))}
	if len(p.entries) == 0 {
		lines = append(lines, st.Roster.Empty.Render(common.Truncate(t.Record.Empty, w)))
	}
	note := !p.slide.Projector && p.form == nil && h >= 6
	rows := h - 1
	if note {
		rows--
	}
	detail := p.detail(w)
	if p.form != nil || len(detail) == 0 || rows-len(p.entries) < len(detail)+1 {
		detail = nil // no room: the row is all there is
	} else {
		rows -= len(detail) + 1
	}
	rows = max(rows, 1)
	top := common.ScrollWindow(0, p.cursor, len(p.entries), rows)
	today := model.DateOf(p.c.Now())
	for i := top; i < len(p.entries) && i < top+rows; i++ {
		e := p.entries[i]
		if i == p.cursor {
			lines = append(lines, st.Roster.Selected.Render(common.Fit("> "+p.plainLine(e, today), w)))
			continue
		}
		lines = append(lines, common.Truncate("  "+p.line(e, today), w))
	}
	if detail != nil {
		lines = append(lines, "")
		lines = append(lines, detail...)
	}
	body := common.ClampHeight(strings.Join(lines, "\n"), h)
	if note {
		body = common.PadHeight(body, h-1) + "\n" + st.Form.Hint.Render(common.Truncate(t.Record.ProjectorNote, w))
	}
	if form != "" {
		body = common.PadHeight(body, h) + "\n" + form
	}
	return body
}

// parts are the pieces of an entry's row: its tag, its text, and for an
// action item who, by when and its state.
func (p *Panel) parts(e model.Entry, today model.Date) (tag, text, meta, state string) {
	t := p.c.T
	r := t.Record
	tag, text = r.Tags[e.Kind], common.OneLine(e.Text)
	switch e.Kind {
	case model.EntryQA:
		text = r.QuestionMark + text
		if e.Answer != "" {
			text += t.Marks.Gap + r.AnswerMark + common.OneLine(e.Answer)
		}
	case model.EntryAction:
		var m []string
		if who := e.Assignee(p.people); who != "" {
			m = append(m, r.Assignee(who))
		}
		if !e.Due.IsZero() {
			m = append(m, r.Due(t.ShortDay(e.Due)))
		}
		meta = strings.Join(m, " ")
		switch {
		case !e.DoneAt.IsZero():
			state = r.Done(t.ShortDay(model.DateOf(e.DoneAt)))
		case e.Overdue(today):
			state = r.Overdue
		}
	}
	return tag, text, meta, state
}

// plainLine is an entry's row without colours, for the chosen row.
func (p *Panel) plainLine(e model.Entry, today model.Date) string {
	tag, text, meta, state := p.parts(e, today)
	return strings.Join(nonEmpty(tag+text, meta, state), "  ")
}

// line is an entry's row: decisions marked, an overdue or done state
// coloured.
func (p *Panel) line(e model.Entry, today model.Date) string {
	st := p.c.Styles
	tag, text, meta, state := p.parts(e, today)
	if e.Kind == model.EntryDecision {
		tag = st.Slide.Choice.Render(tag)
	}
	switch {
	case !e.DoneAt.IsZero():
		state = st.Agenda.Done.Render(state)
	case state != "":
		state = st.Poll.Warning.Render(state)
	}
	return strings.Join(nonEmpty(tag+text, meta, state), "  ")
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// detail is the chosen entry in full, wrapped to w, when it is longer
// than its row shows; at most 4 lines.
func (p *Panel) detail(w int) []string {
	e, ok := p.selected()
	if !ok {
		return nil
	}
	r := p.c.T.Record
	full := e.Text
	if e.Kind == model.EntryQA {
		full = r.QuestionMark + e.Text
		if e.Answer != "" {
			full += "\n" + r.AnswerMark + e.Answer
		}
	}
	if !strings.Contains(full, "\n") && lipgloss.Width(p.plainLine(e, model.DateOf(p.c.Now())))+2 <= w {
		return nil
	}
	lines := strings.Split(common.Wrap(full, w), "\n")
	if len(lines) > 4 {
		lines = append(lines[:3], "…")
	}
	for i, l := range lines {
		lines[i] = p.c.Styles.Slide.Body.Render(l)
	}
	return lines
}

// Cursor is the form's text cursor relative to the top of the record's
// area of w × h: the form sits at its bottom.
func (p *Panel) Cursor(w, h int) *tea.Cursor {
	if p.form == nil {
		return nil
	}
	fh := max(h-1, 4)
	c := p.form.Cursor(w, fh)
	if c == nil {
		return nil
	}
	c.Y += max(h-lipgloss.Height(p.form.View(w, fh)), 0)
	return c
}

// ShortHelp is the footer while the record is open: the form's keys while
// it is open, else the record's.
func (p *Panel) ShortHelp() []key.Binding {
	k := p.c.Keys
	if p.form != nil {
		return []key.Binding{k.Save, k.NextField, k.Cancel}
	}
	return []key.Binding{k.Add, k.Edit, k.Delete, k.MarkDone, k.Undo, k.MoveUp, k.Back}
}

// FullHelp is the record's keys for the ? overlay.
func (p *Panel) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{
		{k.Add, k.Edit, k.Delete, k.MoveUp, k.MoveDown, k.Undo, k.Redo, k.MarkDone, k.Record, k.Back},
		{k.Save, k.NextField, k.PrevField, k.Left, k.Right, k.Cancel},
	}
}
