package common

import (
	"os"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
)

// LineField is a one-line text field. It is a one-row textarea rather than
// a textinput because the textarea reports its cursor in display cells, so
// the terminal cursor, and with it the IME candidate window, stays right
// after Japanese text (textinput counts runes and drifts).
type LineField struct {
	ta    textarea.Model
	limit int
}

// NewLineField returns an empty field that takes at most limit runes.
func NewLineField(c Common, limit int) LineField {
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = limit
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.KeyMap.Paste.SetEnabled(false) // pastes come as bracketed paste
	ta.SetVirtualCursor(false)
	ta.SetHeight(1)
	return LineField{ta: ta, limit: limit}
}

// Update passes a key to the field. A paste is cleaned first: escape
// sequences and control characters go, line breaks become spaces and the
// whole is cut to what still fits; cut reports that something was dropped.
func (f LineField) Update(msg tea.Msg) (LineField, tea.Cmd, bool) {
	cut := false
	if p, ok := msg.(tea.PasteMsg); ok {
		msg, cut = CleanPaste(p, f.ta.Value(), f.limit, false)
	}
	var cmd tea.Cmd
	f.ta, cmd = f.ta.Update(msg)
	return f, cmd, cut
}

// Value is the field's text, cleaned.
func (f LineField) Value() string {
	v, _ := model.CleanLine(f.ta.Value(), f.limit)
	return v
}

// SetValue replaces the text and puts the cursor at its end.
func (f *LineField) SetValue(s string) { f.ta.SetValue(s); f.ta.MoveToEnd() }

// SetWidth sets the width of the field in cells.
func (f *LineField) SetWidth(w int) {
	f.ta.SetWidth(max(w, 4))
	f.ta.SetHeight(1) // scrolls the one row shown to the cursor's row, which the new width may have moved
}

// Focus gives the field the keyboard.
func (f *LineField) Focus() tea.Cmd { return f.ta.Focus() }

// Blur takes the keyboard away.
func (f *LineField) Blur() { f.ta.Blur() }

// View draws the field.
func (f LineField) View() string { return f.ta.View() }

// Cursor is the terminal cursor relative to the field, nil when blurred.
func (f LineField) Cursor() *tea.Cursor { return f.ta.Cursor() }

// CleanPaste cleans a paste for a field that holds current and takes at
// most limit runes: escape sequences and control characters go, line
// breaks become spaces unless multiline, and what does not fit is cut; cut
// reports that something was dropped.
func CleanPaste(p tea.PasteMsg, current string, limit int, multiline bool) (tea.PasteMsg, bool) {
	room := limit - len([]rune(current))
	if room <= 0 {
		return tea.PasteMsg{}, strings.TrimSpace(p.Content) != ""
	}
	clean, cut := model.CleanLine(p.Content, room)
	if multiline {
		clean, cut = model.CleanText(p.Content, room)
	}
	return tea.PasteMsg{Content: clean}, cut
}

// LineEntry is a one-line entry in a box under a screen: a label, a
// filter, a path, a reason. tab offers the labels given, in turn. enter
// ends it as Done, esc as Cancelled.
type LineEntry struct {
	FormEnd
	c           Common
	title, hint string
	field       LineField
	labels      []string
	next        int
	initial     string
	// AskBeforeDiscard makes esc ask 「入力中の内容を破棄しますか」 when the
	// text was changed: set it where the entry holds the room's words (a
	// reason), not for a filter or a path.
	AskBeforeDiscard bool
	draft            FormDraft // the text as typed, when KeepDraft was called
}

// KeepDraft keeps the entry's text as a draft under key in st as it is
// typed, so that a crash loses nothing, and returns the Cmd that reads back
// the draft kept from before: it comes back while nothing was typed yet.
// The draft goes when the entry is left; its owner drops it (DropDraft)
// once what was typed is saved.
func (e *LineEntry) KeepDraft(st DraftStore, from int64, key string) tea.Cmd {
	return e.draft.Keep(e.c, st, from, key, e.initial)
}

// DropDraft lets the draft go: what was typed is saved.
func (e *LineEntry) DropDraft() tea.Cmd { return e.draft.Drop() }

// NewLineEntry opens an entry under title with hint, holding value, that
// takes at most limit runes and offers labels on tab.
func NewLineEntry(c Common, title, hint string, limit int, value string, labels []string) *LineEntry {
	e := &LineEntry{c: c, title: title, hint: hint, field: NewLineField(c, limit), labels: labels, initial: value}
	e.field.SetValue(value)
	e.field.Focus()
	return e
}

// Value is the text typed, cleaned.
func (e *LineEntry) Value() string { return e.field.Value() }

// Update passes a key or a paste to the field; enter and esc end it.
// The draft, if kept, follows what is typed.
func (e *LineEntry) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(DraftLoadedMsg); ok {
		e.draft.Restore(dm, e.Value, func(text string) bool {
			e.field.SetValue(text)
			return true
		})
		return nil
	}
	if e.state != FormEditing {
		return nil
	}
	e.draft.Seen(msg)
	cmd := e.update(msg)
	return tea.Batch(cmd, e.draft.Follow(e.state, e.Value()))
}

func (e *LineEntry) update(msg tea.Msg) tea.Cmd {
	k := e.c.Keys
	if e.AnswerLeave(msg, k) {
		return nil
	}
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			e.Leave(e.AskBeforeDiscard && e.Value() != e.initial)
			return nil
		case key.Matches(km, k.Save):
			e.Err = ""
			e.End(FormDone)
			return nil
		case key.Matches(km, k.NextField) && len(e.labels) > 0:
			e.field.SetValue(e.labels[e.next%len(e.labels)])
			e.next++
			return nil
		}
	}
	var cmd tea.Cmd
	var cut bool
	if e.field, cmd, cut = e.field.Update(msg); cut {
		e.Err = e.c.T.PasteCut
	}
	return cmd
}

// View draws the entry in a box w cells wide: its title, the field, and
// the hint (or that it is saving, or the error).
func (e *LineEntry) View(w int) string {
	st := e.c.Styles
	inner := max(w-4, 10)
	e.field.SetWidth(inner)
	hint := e.Hint(e.c, e.draft.Hint(e.hint), inner)
	return st.Form.Box.Width(w).Render(st.Form.Title.Render(Truncate(e.title, inner)) + "\n" + e.field.View() + "\n" + hint)
}

// Cursor is the field's cursor when the entry's box, w cells wide, sits at
// the bottom of an area h rows high.
func (e *LineEntry) Cursor(w, h int) *tea.Cursor {
	if e.Saving() {
		return nil
	}
	cur := e.field.Cursor()
	if cur == nil {
		return nil
	}
	cur.X += 2                                  // border and padding
	cur.Y += h - lipgloss.Height(e.View(w)) + 2 // the box's top, its border and title
	return cur
}

// ExpandHome turns a leading ~ into the home directory, as a shell would.
func ExpandHome(p string) string {
	if len(p) >= 2 && p[0] == '~' && (p[1] == '/' || p[1] == '\\') {
		if home, err := os.UserHomeDir(); err == nil {
			return home + p[1:]
		}
	}
	return p
}

// PinDigit is the ASCII digit a key types, also for the full-width digits
// a Japanese IME may send.
func PinDigit(km tea.KeyPressMsg) (byte, bool) {
	r := []rune(km.Text)
	if len(r) != 1 {
		return 0, false
	}
	switch {
	case r[0] >= '0' && r[0] <= '9':
		return byte(r[0]), true
	case r[0] >= '０' && r[0] <= '９':
		return byte('0' + r[0] - '０'), true
	}
	return 0, false
}
