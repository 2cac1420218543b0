package common

// editor.go: the box in which one card is typed (an idea on a prompt, a
// problem or a goal on the Task ① board): several lines and who said it.

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// Update handles a key or a paste in the editor: tab switches between the
// text and the speaker, ←/→ choose the speaker, a paste is cleaned and cut
// to the card's limit, enter ends it as Done (unless the text is empty:
// then it says Required and stays), esc as Cancelled.
func (e *CardEditor) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(DraftLoadedMsg); ok {
		e.restore(dm)
		return nil
	}
	if e.state != FormEditing {
		return nil
	}
	k := e.c.Keys
	if e.AnswerLeave(msg, k) {
		if e.State() == FormCancelled {
			return e.draft.Drop()
		}
		return nil
	}
	if km, ok := msg.(tea.KeyPressMsg); ok {
		e.note = ""
		switch {
		case key.Matches(km, k.Cancel):
			e.Leave(e.Dirty())
			if e.State() == FormCancelled {
				return e.draft.Drop()
			}
			return nil
		case key.Matches(km, k.Save):
			if e.Text() == "" {
				e.Err = e.Required
				return nil
			}
			e.Err = ""
			e.End(FormDone)
			return nil
		case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
			e.onSpeaker = !e.onSpeaker
			if e.onSpeaker {
				e.ta.Blur()
				return nil
			}
			return e.ta.Focus()
		case e.onSpeaker && key.Matches(km, k.Left):
			e.speaker = (e.speaker + len(e.people)) % (len(e.people) + 1)
			return nil
		case e.onSpeaker && key.Matches(km, k.Right):
			e.speaker = (e.speaker + 1) % (len(e.people) + 1)
			return nil
		case e.onSpeaker:
			return nil
		}
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		var cut bool
		if msg, cut = CleanPaste(p, e.ta.Value(), model.MaxCardRunes, true); cut {
			e.Err = e.c.T.PasteCut
		}
	}
	var cmd tea.Cmd
	e.ta, cmd = e.ta.Update(msg)
	return tea.Batch(cmd, e.draft.Changed(e.ta.Value()))
}

// Text is what was typed, cleaned and without blank lines at the ends.
func (e *CardEditor) Text() string {
	text, _ := model.CleanText(e.ta.Value(), model.MaxCardRunes)
	return TrimLines(text)
}

// CardEditor is the box in which one card is typed: several lines (enter
// saves, ctrl+j breaks the line) and who said it.
type CardEditor struct {
	FormEnd
	c        Common
	Title    string // what the box says it is for
	Hint     string // the keys, under the text
	Required string // the message when enter is pressed on no text
	// Card is the card being edited, as it was; ID 0 for a new one.
	Card      model.Card
	ta        textarea.Model
	people    []model.Participant
	speaker   int // 0 anonymous, i for people[i-1]
	onSpeaker bool
	draft     Draft  // where the text is kept as it is typed; none by default
	note      string // a passing notice under the text (the draft came back)
}

// NewCardEditor opens an editor on card, focused, with the roster people
// to choose the speaker from, under title; required is what it says when
// enter is pressed on no text.
func NewCardEditor(c Common, card model.Card, people []model.Participant, title, required string) (*CardEditor, tea.Cmd) {
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = model.MaxCardRunes
	ta.KeyMap.InsertNewline.SetKeys("ctrl+j")
	ta.KeyMap.Paste.SetEnabled(false)
	ta.SetVirtualCursor(false)
	ta.SetHeight(3)
	ta.SetValue(card.Text)
	e := &CardEditor{c: c, Title: title, Hint: c.T.IdeaHint, Required: required, Card: card, ta: ta, people: people}
	for i, p := range people {
		if p.ID == card.AuthorID {
			e.speaker = i + 1
		}
	}
	return e, e.ta.Focus()
}

// SpeakerID is the participant chosen as the speaker; 0 for anonymous.
func (e *CardEditor) SpeakerID() int64 {
	if e.speaker == 0 || e.speaker > len(e.people) {
		return 0
	}
	return e.people[e.speaker-1].ID
}

// TrimLines drops blank lines at both ends and spaces at line ends.
func TrimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " 　")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// FitHeight lets the editor's box take at most h rows: on a short screen
// its text area shrinks (from 3 rows down to 1), keeping the title, the
// speaker, the hint and the border.
func (e *CardEditor) FitHeight(h int) {
	if rows := max(min(h-5, 3), 1); e.ta.Height() != rows {
		e.ta.SetHeight(rows)
	}
}

// View draws the editor in a box w cells wide under its title, with the
// hint (or the state of the save, or the error) at the bottom.
func (e *CardEditor) View(w int) string {
	st, t := e.c.Styles, e.c.T
	e.ta.SetWidth(max(w-4, 10))
	speaker := t.Anonymous
	if e.speaker > 0 && e.speaker <= len(e.people) {
		speaker = e.people[e.speaker-1].Name
	}
	if e.onSpeaker {
		speaker = st.Form.Choice.Render("< " + speaker + " >")
	}
	inner := max(w-4, 10)
	hint := e.FormEnd.Hint(e.c, e.Hint, inner)
	if e.note != "" && !e.Asking() && e.Err == "" && !e.Saving() {
		hint = st.Form.Hint.Render(Truncate(e.note, inner))
	}
	lines := []string{
		st.Form.Title.Render(Truncate(e.Title, inner)),
		e.ta.View(),
		Truncate(st.Form.Label.Render(t.Speaker+t.Marks.Colon)+speaker, inner),
		Truncate(hint, inner),
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}

// Cursor is the editor's text cursor relative to the top of its box, nil
// while the speaker is being chosen or the text is being saved.
func (e *CardEditor) Cursor() *tea.Cursor {
	if e.Saving() || e.onSpeaker {
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

// ClampHeight keeps the first h lines of s.
func ClampHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	return strings.Join(lines, "\n")
}

// PadHeight adds empty lines to s up to h lines.
func PadHeight(s string, h int) string {
	if n := h - (strings.Count(s, "\n") + 1); n > 0 {
		s += strings.Repeat("\n", n)
	}
	return s
}
