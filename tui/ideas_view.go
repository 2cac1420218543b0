package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// view draws the question's ideas in h rows of w cells: a heading, one row
// per idea (its first line, and who said it), scrolled to keep the chosen
// one in sight, and the editor when it is open. Only the visible rows are
// drawn, however many ideas there are.
func (b *ideaBoard) view(w, h int, intro string) string {
	st, t := b.c.Styles, b.c.T
	if !b.loaded {
		return t.Loading
	}
	var editor string
	if b.editor != nil {
		editor = b.editorView(w)
		h -= strings.Count(editor, "\n") + 1
	}
	lines := []string{st.Slide.Label.Render(truncate(t.IdeasTitle(len(b.cards)), w))}
	if len(b.cards) == 0 {
		lines = append(lines, st.Roster.Empty.Render(truncate(t.NoIdeasYet, w)))
		if intro != "" {
			lines = append(lines, "", st.Slide.Body.Render(wrap(intro, w)))
		}
	}
	rows := max(h-1, 1)
	top := scrollWindow(0, b.cursor, len(b.cards), rows)
	for i := top; i < len(b.cards) && i < top+rows; i++ {
		c := b.cards[i]
		text := "・" + oneLine(c.Text)
		if name := b.name(c.AuthorID); name != "" {
			text += "（" + name + "）"
		}
		if i == b.cursor {
			lines = append(lines, st.Roster.Selected.Render(fit("> "+text, w)))
			continue
		}
		lines = append(lines, st.Roster.Row.Render(truncate("  "+text, w)))
	}
	body := clampHeight(strings.Join(lines, "\n"), h)
	if editor != "" {
		body = padHeight(body, h) + "\n" + editor
	}
	return body
}

func (b *ideaBoard) name(id int64) string {
	for _, p := range b.people {
		if p.ID == id {
			return p.Name
		}
	}
	return ""
}

func (b *ideaBoard) editorView(w int) string {
	st, t := b.c.Styles, b.c.T
	e := b.editor
	e.ta.SetWidth(max(w-4, 10))
	title := t.AddIdea
	if e.card.ID != 0 {
		title = t.EditIdea
	}
	speaker := t.Anonymous
	if e.speaker > 0 && e.speaker <= len(e.people) {
		speaker = e.people[e.speaker-1].Name
	}
	if e.onSpeaker {
		speaker = st.Form.Choice.Render("< " + speaker + " >")
	}
	hint := st.Form.Hint.Render(t.IdeaHint)
	switch {
	case e.saving:
		hint = st.Form.Hint.Render(t.Saving)
	case e.err != "":
		hint = st.Form.Error.Render(e.err)
	}
	inner := max(w-4, 10)
	lines := []string{
		st.Form.Title.Render(truncate(title, inner)),
		e.ta.View(),
		truncate(st.Form.Label.Render(t.Speaker+"：")+speaker, inner),
		truncate(hint, inner),
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}

// textCursor is the editor's text cursor relative to the top of the board's
// area of height h.
func (b *ideaBoard) textCursor(h int, w int) *tea.Cursor {
	if b.editor == nil || b.editor.saving || b.editor.onSpeaker {
		return nil
	}
	c := b.editor.ta.Cursor()
	if c == nil {
		return nil
	}
	editorH := strings.Count(b.editorView(w), "\n") + 1
	c.X += 2               // border and padding
	c.Y += h - editorH + 2 // the editor's top, its border, its title
	return c
}

// clampHeight keeps the first h lines of s.
func clampHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	return strings.Join(lines, "\n")
}

// padHeight adds empty lines to s up to h lines.
func padHeight(s string, h int) string {
	if n := h - (strings.Count(s, "\n") + 1); n > 0 {
		s += strings.Repeat("\n", n)
	}
	return s
}

// isPrompt reports whether the meeting stands at a prompt item.
func (s *meetingScreen) isPrompt() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindPrompt
}

// isPoll reports whether the meeting stands at a poll item.
func (s *meetingScreen) isPoll() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindPoll
}
