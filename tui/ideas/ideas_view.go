package ideas

import (
	"strings"

	"yoriai/tui/common"

	tea "charm.land/bubbletea/v2"
)

// view draws the question's ideas in h rows of w cells: a heading, one row
// per idea (its first line, and who said it), scrolled to keep the chosen
// one in sight, and the editor when it is open. Only the visible rows are
// drawn, however many ideas there are.
func (b *IdeaBoard) View(w, h int, intro string) string {
	st, t := b.C.Styles, b.C.T
	if !b.Loaded {
		return t.Loading
	}
	var editor string
	if b.editor != nil {
		editor = b.editorView(w)
		h -= strings.Count(editor, "\n") + 1
	}
	lines := []string{st.Slide.Label.Render(common.Truncate(t.IdeasTitle(len(b.cards)), w))}
	if len(b.cards) == 0 {
		lines = append(lines, st.Roster.Empty.Render(common.Truncate(t.NoIdeasYet, w)))
		if intro != "" {
			lines = append(lines, "", st.Slide.Body.Render(common.Wrap(intro, w)))
		}
	}
	rows := max(h-1, 1)
	top := common.ScrollWindow(0, b.cursor, len(b.cards), rows)
	for i := top; i < len(b.cards) && i < top+rows; i++ {
		c := b.cards[i]
		text := "・" + common.OneLine(c.Text)
		if name := b.name(c.AuthorID); name != "" {
			text += "（" + name + "）"
		}
		if i == b.cursor {
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

func (b *IdeaBoard) name(id int64) string {
	for _, p := range b.people {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

func (b *IdeaBoard) editorView(w int) string {
	title := b.C.T.AddIdea
	if b.editor.Card.ID != 0 {
		title = b.C.T.EditIdea
	}
	return b.editor.View(b.C, w, title, b.C.T.IdeaHint)
}

// textCursor is the editor's text cursor relative to the top of the board's
// area of height h.
func (b *IdeaBoard) TextCursor(h int, w int) *tea.Cursor {
	if b.editor == nil {
		return nil
	}
	c := b.editor.Cursor()
	if c == nil {
		return nil
	}
	c.Y += h - (strings.Count(b.editorView(w), "\n") + 1) // the editor's top
	return c
}
