package tui

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
type lineField struct {
	ta    textarea.Model
	limit int
}

func newLineField(c Common, limit int) lineField {
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = limit
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.KeyMap.Paste.SetEnabled(false) // pastes come as bracketed paste
	ta.SetVirtualCursor(false)
	ta.SetHeight(1)
	return lineField{ta: ta, limit: limit}
}

// Update passes a key to the field. A paste is cleaned first: escape
// sequences and control characters go, line breaks become spaces and the
// whole is cut to what still fits; cut reports that something was dropped.
func (f lineField) Update(msg tea.Msg) (lineField, tea.Cmd, bool) {
	cut := false
	if p, ok := msg.(tea.PasteMsg); ok {
		msg, cut = cleanPaste(p, f.ta.Value(), f.limit, false)
	}
	var cmd tea.Cmd
	f.ta, cmd = f.ta.Update(msg)
	return f, cmd, cut
}

// Value is the field's text, cleaned.
func (f lineField) Value() string {
	v, _ := model.CleanLine(f.ta.Value(), f.limit)
	return v
}

func (f *lineField) SetValue(s string) { f.ta.SetValue(s); f.ta.MoveToEnd() }
func (f *lineField) SetWidth(w int)    { f.ta.SetWidth(max(w, 4)) }
func (f *lineField) Focus() tea.Cmd    { return f.ta.Focus() }
func (f *lineField) Blur()             { f.ta.Blur() }
func (f lineField) View() string       { return f.ta.View() }

// Cursor is the terminal cursor relative to the field, nil when blurred.
func (f lineField) Cursor() *tea.Cursor { return f.ta.Cursor() }

// cleanPaste cleans a paste for a field that holds current and takes at
// most limit runes: escape sequences and control characters go, line
// breaks become spaces unless multiline, and what does not fit is cut; cut
// reports that something was dropped.
func cleanPaste(p tea.PasteMsg, current string, limit int, multiline bool) (tea.PasteMsg, bool) {
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
type lineEntry struct {
	title, hint string
	field       lineField
	labels      []string
	next        int
	err         string
	saving      bool
}

func newLineEntry(c Common, title, hint string, limit int, value string, labels []string) *lineEntry {
	e := &lineEntry{title: title, hint: hint, field: newLineField(c, limit), labels: labels}
	e.field.SetValue(value)
	e.field.Focus()
	return e
}

// update passes a key or a paste to the field; enter and esc are the
// owner's, reported as the action.
func (e *lineEntry) update(c Common, msg tea.Msg) (tea.Cmd, editorAction) {
	if e.saving {
		return nil, editorNone
	}
	k := c.Keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			return nil, editorCancel
		case key.Matches(km, k.Save):
			return nil, editorSave
		case key.Matches(km, k.NextField) && len(e.labels) > 0:
			e.field.SetValue(e.labels[e.next%len(e.labels)])
			e.next++
			return nil, editorNone
		}
	}
	var cmd tea.Cmd
	var cut bool
	if e.field, cmd, cut = e.field.Update(msg); cut {
		e.err = c.T.PasteCut
	}
	return cmd, editorNone
}

// view draws the entry in a box w cells wide: its title, the field, and
// the hint (or that it is saving, or the error).
func (e *lineEntry) view(c Common, w int) string {
	st, t := c.Styles, c.T
	inner := max(w-4, 10)
	e.field.SetWidth(inner)
	hint := st.Form.Hint.Render(truncate(e.hint, inner))
	switch {
	case e.saving:
		hint = st.Form.Hint.Render(truncate(t.Saving, inner))
	case e.err != "":
		hint = st.Form.Error.Render(truncate(e.err, inner))
	}
	return st.Form.Box.Width(w).Render(st.Form.Title.Render(truncate(e.title, inner)) + "\n" + e.field.View() + "\n" + hint)
}

// cursor is the field's cursor when the entry's box sits at the bottom of
// an area h rows high.
func (e *lineEntry) cursor(c Common, w, h int) *tea.Cursor {
	if e.saving {
		return nil
	}
	cur := e.field.Cursor()
	if cur == nil {
		return nil
	}
	cur.X += 2                                     // border and padding
	cur.Y += h - lipgloss.Height(e.view(c, w)) + 2 // the box's top, its border and title
	return cur
}

// expandHome turns a leading ~ into the home directory, as a shell would.
func expandHome(p string) string {
	if len(p) >= 2 && p[0] == '~' && (p[1] == '/' || p[1] == '\\') {
		if home, err := os.UserHomeDir(); err == nil {
			return home + p[1:]
		}
	}
	return p
}

// pinDigit is the ASCII digit a key types, also for the full-width digits
// a Japanese IME may send.
func pinDigit(km tea.KeyPressMsg) (byte, bool) {
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
