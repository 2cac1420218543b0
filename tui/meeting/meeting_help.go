package meeting

// meeting_help.go: the meeting's keys as the help shows them: on a slide
// the panel's first, then the run's.

import (
	"charm.land/bubbles/v2/key"
)

// ShortHelp is the footer: the panel's while its slide is shown.
func (s *Screen) ShortHelp() []key.Binding {
	k := s.c.Keys
	switch {
	case s.edit != nil:
		return s.editHelp()
	case s.confirm != confirmNone:
		return []key.Binding{k.Yes, k.No}
	case s.slide && s.rec != nil:
		return s.rec.ShortHelp()
	case s.slide && !s.big && s.panel != nil && s.onVideo():
		return append([]key.Binding{k.OpenVideo}, s.panel.ShortHelp()...)
	case s.slide && !s.big && s.panel != nil:
		return s.panel.ShortHelp()
	case s.slide || s.big:
		return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Back}
	}
	return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Open, k.EditItem, k.Actions, k.Back}
}

// onVideo reports whether the item on the slide has a video to open (o).
func (s *Screen) onVideo() bool {
	it, ok := s.onSlide()
	return ok && kindOf(it.Kind).playable
}

// FullHelp is the ? overlay: the keys of the item on the slide first (its
// ideas, its poll, the Task ① board or Task ②), then the run and the
// lists, so that on a narrow screen what works here is what shows.
func (s *Screen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	var groups [][]key.Binding
	switch {
	case s.slide && s.rec != nil:
		groups = append(groups, s.rec.FullHelp()...)
	case s.slide && s.panel != nil:
		groups = append(groups, s.panel.FullHelp()...)
	}
	return append(groups,
		[]key.Binding{k.Next, k.Prev, k.Timer, k.ResetTimer, k.BigTimer, k.EndMeeting, k.Record},
		s.editGroup(),
		[]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back})
}
