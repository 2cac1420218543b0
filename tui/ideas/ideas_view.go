package ideas

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"yoriai/tui/common"
)

// View draws the question and its ideas in h rows of w cells: a heading,
// one row per idea (its first line, and who said it), scrolled to keep the
// chosen one in sight, and the editor at the bottom when it is open. Only
// the visible rows are drawn, however many ideas there are.
func (p *Panel) View(w, h int) string {
	st, t := p.c.Styles, p.c.T
	it := p.slide.Item
	q := st.Slide.Meta.Render(common.Wrap(t.QuestionLabel+it.Question, w))
	qh := strings.Count(q, "\n") + 2
	if p.editor != nil && h-qh < editorRows+2 { // short screen: the editor and the list take the room
		return p.listView(w, h, it.Body)
	}
	return q + "\n\n" + p.listView(w, max(h-qh, 1), it.Body)
}

// editorRows is the height of the open editor's box at its fullest.
const editorRows = 8

func (p *Panel) listView(w, h int, intro string) string {
	st, t := p.c.Styles, p.c.T
	if !p.loaded {
		return t.Loading
	}
	var editor string
	if p.editor != nil {
		p.editor.FitHeight(h)
		editor = p.editor.View(w)
		h -= strings.Count(editor, "\n") + 1
		if h <= 0 {
			return editor
		}
	}
	lines := []string{st.Slide.Label.Render(common.Truncate(t.IdeasTitle(len(p.cards)), w))}
	if len(p.cards) == 0 {
		lines = append(lines, st.Roster.Empty.Render(common.Truncate(t.NoIdeasYet, w)))
		if intro != "" {
			lines = append(lines, "", st.Slide.Body.Render(common.Wrap(intro, w)))
		}
	}
	rows := max(h-1, 1)
	top := common.ScrollWindow(0, p.cursor, len(p.cards), rows)
	for i := top; i < len(p.cards) && i < top+rows; i++ {
		c := p.cards[i]
		text := t.Marks.Bullet + common.OneLine(c.Text)
		if name := p.name(c.AuthorID); name != "" {
			text += t.Aside(name)
		}
		if i == p.cursor {
			lines = append(lines, st.Roster.Selected.Render(common.Fit("> "+text, w)))
			continue
		}
		lines = append(lines, st.Roster.Row.Render(common.Truncate("  "+text, w)))
	}
	body := common.ClampHeight(strings.Join(lines, "\n"), h)
	if editor != "" {
		body = common.PadHeight(body, h) + "\n" + editor
	}
	return body
}

func (p *Panel) name(id int64) string {
	for _, person := range p.people {
		if person.ID == id {
			return person.Name
		}
	}
	return ""
}

// Cursor is the editor's text cursor relative to the top of the panel's
// area of h rows: the editor sits at its bottom.
func (p *Panel) Cursor(w, h int) *tea.Cursor {
	if p.editor == nil {
		return nil
	}
	p.editor.FitHeight(h)
	c := p.editor.Cursor()
	if c == nil {
		return nil
	}
	c.Y += h - (strings.Count(p.editor.View(w), "\n") + 1) // the editor's top
	return c
}
