package meeting

// meeting_help.go: the meeting's keys as the help shows them: on a slide
// the panel's first, then the run's.

import (
	"slices"

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
	case s.slide && s.rec != nil:
		return s.rec.ShortHelp()
	case s.slide && !s.big && s.panel != nil && s.onVideo():
		return s.offered(append([]key.Binding{k.OpenVideo}, s.panel.ShortHelp()...))
	case s.slide && !s.big && s.panel != nil:
		return s.offered(s.panel.ShortHelp())
	case s.slide || s.big:
		return append(s.runKeys(), k.BigTimer, k.Back)
	}
	return append(s.runKeys(), k.BigTimer, k.Open, k.EditItem, k.Actions, k.Back)
}

// runKeys are n, p and, while the meeting is not ended, the timer: the
// run of an ended meeting stays as it ended, so its timer keys only say
// why and the help does not offer them.
func (s *Screen) runKeys() []key.Binding {
	k := s.c.Keys
	if s.meeting.Status == model.StatusEnded {
		return []key.Binding{k.Next, k.Prev}
	}
	return []key.Binding{k.Next, k.Prev, k.Timer}
}

// offered drops from a panel's footer the timer keys of an ended meeting,
// whose run stays as it ended (they only say so).
func (s *Screen) offered(bs []key.Binding) []key.Binding {
	if s.meeting.Status != model.StatusEnded {
		return bs
	}
	k := s.c.Keys
	return slices.DeleteFunc(bs, func(b key.Binding) bool {
		return slices.Equal(b.Keys(), k.Timer.Keys()) || slices.Equal(b.Keys(), k.ResetTimer.Keys())
	})
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
		s.runGroup(),
		s.editGroup(),
		[]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back})
}

// runGroup is the run's line of the ? overlay: no timer for an ended
// meeting, and E ends or reopens it.
func (s *Screen) runGroup() []key.Binding {
	k := s.c.Keys
	g := s.runKeys()
	if s.meeting.Status != model.StatusEnded {
		g = append(g, k.ResetTimer)
	}
	return append(g, k.BigTimer, k.EndMeeting, k.Record)
}
