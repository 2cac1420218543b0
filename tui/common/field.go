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

// lineField is a one-line text field. It is a one-row textarea rather than
// a textinput because the textarea reports its cursor in display cells, so
// the terminal cursor, and with it the IME candidate window, stays right
// after Japanese text (textinput counts runes and drifts).
type LineField struct {
	ta    textarea.Model
	limit int
}

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

func (f *LineField) SetValue(s string) { f.ta.SetValue(s); f.ta.MoveToEnd() }
func (f *LineField) SetWidth(w int)    { f.ta.SetWidth(max(w, 4)) }
func (f *LineField) Focus() tea.Cmd    { return f.ta.Focus() }
func (f *LineField) Blur()             { f.ta.Blur() }
func (f LineField) View() string       { return f.ta.View() }

// Cursor is the terminal cursor relative to the field, nil when blurred.
func (f LineField) Cursor() *tea.Cursor { return f.ta.Cursor() }

// cleanPaste cleans a paste for a field that holds current and takes at
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

// lineEntry is a one-line entry in a box under a screen: a label, a
// filter, a path, a reason. tab offers the labels given, in turn.
type LineEntry struct {
	title, hint string
	Field       LineField
	labels      []string
	next        int
	Err         string
	Saving      bool
}

func NewLineEntry(c Common, title, hint string, limit int, value string, labels []string) *LineEntry {
	e := &LineEntry{title: title, hint: hint, Field: NewLineField(c, limit), labels: labels}
	e.Field.SetValue(value)
	e.Field.Focus()
	return e
}

// update passes a key or a paste to the field; enter and esc are the
// owner's, reported as the action.
func (e *LineEntry) Update(c Common, msg tea.Msg) (tea.Cmd, editorAction) {
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
		case key.Matches(km, k.NextField) && len(e.labels) > 0:
			e.Field.SetValue(e.labels[e.next%len(e.labels)])
			e.next++
			return nil, editorNone
		}
	}
	var cmd tea.Cmd
	var cut bool
	if e.Field, cmd, cut = e.Field.Update(msg); cut {
		e.Err = c.T.PasteCut
	}
	return cmd, editorNone
}

// view draws the entry in a box w cells wide: its title, the field, and
// the hint (or that it is saving, or the error).
func (e *LineEntry) View(c Common, w int) string {
	st, t := c.Styles, c.T
	inner := max(w-4, 10)
	e.Field.SetWidth(inner)
	hint := st.Form.Hint.Render(Truncate(e.hint, inner))
	switch {
	case e.Saving:
		hint = st.Form.Hint.Render(Truncate(t.Saving, inner))
	case e.Err != "":
		hint = st.Form.Error.Render(Truncate(e.Err, inner))
	}
	return st.Form.Box.Width(w).Render(st.Form.Title.Render(Truncate(e.title, inner)) + "\n" + e.Field.View() + "\n" + hint)
}

// cursor is the field's cursor when the entry's box sits at the bottom of
// an area h rows high.
func (e *LineEntry) Cursor(c Common, w, h int) *tea.Cursor {
	if e.Saving {
		return nil
	}
	cur := e.Field.Cursor()
	if cur == nil {
		return nil
	}
	cur.X += 2                                     // border and padding
	cur.Y += h - lipgloss.Height(e.View(c, w)) + 2 // the box's top, its border and title
	return cur
}

// expandHome turns a leading ~ into the home directory, as a shell would.
func ExpandHome(p string) string {
	if len(p) >= 2 && p[0] == '~' && (p[1] == '/' || p[1] == '\\') {
		if home, err := os.UserHomeDir(); err == nil {
			return home + p[1:]
		}
	}
	return p
}

// pinDigit is the ASCII digit a key types, also for the full-width digits
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
