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
	title := b.c.T.AddIdea
	if b.editor.card.ID != 0 {
		title = b.c.T.EditIdea
	}
	return b.editor.view(b.c, w, title, b.c.T.IdeaHint)
}

// view draws the editor in a box w cells wide under title, with hint (or
// the state of the save, or the error) at the bottom.
func (e *ideaEditor) view(c Common, w int, title, hintText string) string {
	st, t := c.Styles, c.T
	e.ta.SetWidth(max(w-4, 10))
	speaker := t.Anonymous
	if e.speaker > 0 && e.speaker <= len(e.people) {
		speaker = e.people[e.speaker-1].Name
	}
	if e.onSpeaker {
		speaker = st.Form.Choice.Render("< " + speaker + " >")
	}
	hint := st.Form.Hint.Render(hintText)
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

// cursor is the editor's text cursor relative to the top of its box, nil
// while the speaker is being chosen or the text is being saved.
func (e *ideaEditor) cursor() *tea.Cursor {
	if e.saving || e.onSpeaker {
		return nil
	}
	c := e.ta.Cursor()
	if c == nil {
		return nil
	}
	c.X += 2 // border and padding
	c.Y += 2 // border and title
	return c
}

// textCursor is the editor's text cursor relative to the top of the board's
// area of height h.
func (b *ideaBoard) textCursor(h int, w int) *tea.Cursor {
	if b.editor == nil {
		return nil
	}
	c := b.editor.cursor()
	if c == nil {
		return nil
	}
	c.Y += h - (strings.Count(b.editorView(w), "\n") + 1) // the editor's top
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

// isTask1 reports whether the meeting stands at a Task ① item.
func (s *meetingScreen) isTask1() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindTask1
}

// isTask2 reports whether the meeting stands at a Task ② item.
func (s *meetingScreen) isTask2() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindTask2
}
