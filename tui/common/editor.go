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

// editorAction is what a key in a card editor asks its owner to do.
type editorAction int

const (
	editorNone editorAction = iota
	EditorSave
	EditorCancel
)

// update handles a key or a paste in the editor: tab switches between the
// text and the speaker, ←/→ choose the speaker, a paste is cleaned and cut
// to the card's limit. enter and esc are the owner's: update reports them.
func (e *IdeaEditor) Update(c Common, msg tea.Msg) (tea.Cmd, editorAction) {
	if e.Saving {
		return nil, editorNone
	}
	k := c.Keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			return nil, EditorCancel
		case key.Matches(km, k.Save):
			return nil, EditorSave
		case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
			e.onSpeaker = !e.onSpeaker
			if e.onSpeaker {
				e.Ta.Blur()
				return nil, editorNone
			}
			return e.Ta.Focus(), editorNone
		case e.onSpeaker && key.Matches(km, k.Left):
			e.speaker = (e.speaker + len(e.people)) % (len(e.people) + 1)
			return nil, editorNone
		case e.onSpeaker && key.Matches(km, k.Right):
			e.speaker = (e.speaker + 1) % (len(e.people) + 1)
			return nil, editorNone
		case e.onSpeaker:
			return nil, editorNone
		}
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		var cut bool
		if msg, cut = CleanPaste(p, e.Ta.Value(), model.MaxCardRunes, true); cut {
			e.Err = c.T.PasteCut
		}
	}
	var cmd tea.Cmd
	e.Ta, cmd = e.Ta.Update(msg)
	return cmd, editorNone
}

// text is what was typed, cleaned and without blank lines at the ends.
func (e *IdeaEditor) Text() string {
	text, _ := model.CleanText(e.Ta.Value(), model.MaxCardRunes)
	return TrimLines(text)
}

// ideaEditor is the box in which one idea is typed: several lines (enter
// saves, ctrl+j breaks the line) and who said it.
type IdeaEditor struct {
	Title     string // what the box says it is for, where the caller sets it
	Card      model.Card
	Ta        textarea.Model
	people    []model.Participant
	speaker   int // 0 anonymous, i for people[i-1]
	onSpeaker bool
	Err       string
	Saving    bool
}

func NewIdeaEditor(c Common, card model.Card, people []model.Participant) *IdeaEditor {
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
	e := &IdeaEditor{Card: card, Ta: ta, people: people}
	for i, p := range people {
		if p.ID == card.AuthorID {
			e.speaker = i + 1
		}
	}
	return e
}

func (e *IdeaEditor) SpeakerID() int64 {
	if e.speaker == 0 || e.speaker > len(e.people) {
		return 0
	}
	return e.people[e.speaker-1].ID
}

// trimLines drops blank lines at both ends and spaces at line ends.
func TrimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " 　")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// view draws the editor in a box w cells wide under title, with hint (or
// the state of the save, or the error) at the bottom.
func (e *IdeaEditor) View(c Common, w int, title, hintText string) string {
	st, t := c.Styles, c.T
	e.Ta.SetWidth(max(w-4, 10))
	speaker := t.Anonymous
	if e.speaker > 0 && e.speaker <= len(e.people) {
		speaker = e.people[e.speaker-1].Name
	}
	if e.onSpeaker {
		speaker = st.Form.Choice.Render("< " + speaker + " >")
	}
	hint := st.Form.Hint.Render(hintText)
	switch {
	case e.Saving:
		hint = st.Form.Hint.Render(t.Saving)
	case e.Err != "":
		hint = st.Form.Error.Render(e.Err)
	}
	inner := max(w-4, 10)
	lines := []string{
		st.Form.Title.Render(Truncate(title, inner)),
		e.Ta.View(),
		Truncate(st.Form.Label.Render(t.Speaker+"：")+speaker, inner),
		Truncate(hint, inner),
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}

// cursor is the editor's text cursor relative to the top of its box, nil
// while the speaker is being chosen or the text is being saved.
func (e *IdeaEditor) Cursor() *tea.Cursor {
	if e.Saving || e.onSpeaker {
		return nil
	}
	c := e.Ta.Cursor()
	if c == nil {
		return nil
	}
	c.X += 2 // border and padding
	c.Y += 2 // border and title
	return c
}

// clampHeight keeps the first h lines of s.
func ClampHeight(s string, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:max(h, 0)]
	}
	return strings.Join(lines, "\n")
}

// padHeight adds empty lines to s up to h lines.
func PadHeight(s string, h int) string {
	if n := h - (strings.Count(s, "\n") + 1); n > 0 {
		s += strings.Repeat("\n", n)
	}
	return s
}
