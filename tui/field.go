package tui

import (
	"strings"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

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
