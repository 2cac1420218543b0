package meeting

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// editView is the meeting's title line and the open edit form under it.
func (s *Screen) editView() string {
	return s.headerView() + "\n" + s.edit.form.View(min(s.w, 72))
}

// editCursor is the form's cursor, relative to the body.
func (s *Screen) editCursor() *tea.Cursor {
	c := s.edit.form.Cursor()
	if c != nil {
		c.Y += lipgloss.Height(s.headerView())
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
