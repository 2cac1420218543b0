package meeting

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/tui/common"
)

// editView is the meeting's title line and the open edit form under it;
// on a short screen the form alone, scrolled to its focused field.
func (s *Screen) editView() string {
	top := s.fitEdit()
	form := s.edit.form.View(min(s.w, 72))
	if top == 0 {
		return common.ClampHeight(form, s.h)
	}
	return s.headerView() + "\n" + form
}

// fitEdit sizes the form and returns the rows above it: the title line
// when both fit; otherwise none, and the form scrolls within the body.
func (s *Screen) fitEdit() int {
	s.edit.form.SetHeight(0)
	head := lipgloss.Height(s.headerView())
	if head+lipgloss.Height(s.edit.form.View(min(s.w, 72))) <= s.h {
		return head
	}
	s.edit.form.SetHeight(s.h)
	return 0
}

// editCursor is the form's cursor, relative to the body; nil when the
// field is cut off.
func (s *Screen) editCursor() *tea.Cursor {
	top := s.fitEdit()
	c := s.edit.form.Cursor()
	if c != nil {
		c.Y += top
		if c.Y >= s.h {
			return nil
		}
	}
	return c
}

// editHelp is the footer while a form is open.
func (s *Screen) editHelp() []key.Binding {
	k := s.c.Keys
	return []key.Binding{k.Save, k.NextField, k.Cancel}
}

// editGroup is the run sheet's edit keys for the ? overlay.
func (s *Screen) editGroup() []key.Binding {
	k := s.c.Keys
	return []key.Binding{k.EditItem, k.EditMeeting, k.InsertItem, k.SkipItem, k.ItemUp, k.ItemDown, k.OpenVideo}
}
