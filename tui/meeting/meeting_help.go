package meeting

// meeting_help.go: the meeting's keys as the help shows them: on a slide
// the panel's first, then the run's.

import (
	"charm.land/bubbles/v2/key"

	"yoriai/model"
)

// ShortHelp is the footer: the panel's while its slide is shown.
func (s *Screen) ShortHelp() []key.Binding {
	k := s.c.Keys
	switch {
	case s.edit != nil:
		return s.editHelp()
	case s.confirm != confirmNone:
		return []key.Binding{k.Yes, k.No}
	case s.slide && !s.big && s.panel != nil && s.onVideo():
		return append([]key.Binding{k.OpenVideo}, s.panel.ShortHelp()...)
	case s.slide && !s.big && s.panel != nil:
		return s.panel.ShortHelp()
	case s.slide || s.big:
		return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Back}
	}
	return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Open, k.EditItem, k.Back}
}

// onVideo reports whether the current item is a video (o opens it).
func (s *Screen) onVideo() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindVideo
}

// FullHelp is the ? overlay: the keys of the item on the slide first (its
// ideas, its poll, the Task ① board or Task ②), then the run and the
// lists, so that on a narrow screen what works here is what shows.
func (s *Screen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	var groups [][]key.Binding
	if s.slide && s.panel != nil {
		groups = append(groups, s.panel.FullHelp()...)
	}
	return append(groups,
		[]key.Binding{k.Next, k.Prev, k.Timer, k.ResetTimer, k.BigTimer, k.EndMeeting},
		s.editGroup(),
		[]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back})
}
