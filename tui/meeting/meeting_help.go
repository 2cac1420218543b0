package meeting

// meeting_help.go: the meeting's keys as the help shows them, which
// depend on what is on the slide.

import (
	"charm.land/bubbles/v2/key"
)

func (s *MeetingScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.confirm != confirmNone {
		return []key.Binding{k.Yes, k.No}
	}
	if s.Slide && !s.Big && s.isPrompt() {
		if s.Ideas.Editing() {
			return []key.Binding{k.Save, k.NextField, k.Cancel}
		}
		return []key.Binding{k.Add, k.Edit, k.Delete, k.Undo, k.Next, k.Prev, k.Timer, k.Back}
	}
	if s.Slide && !s.Big && s.isPoll() {
		if b := s.poll.Help(); s.poll.Capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.Slide && !s.Big && s.isTask2() {
		if b := s.task2.Help(); s.task2.Capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.Slide && !s.Big && s.isTask1() {
		if b := s.board.Help(); s.board.Capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.Slide || s.Big {
		return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Back}
	}
	return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Open, k.Back}
}

// FullHelp is the ? overlay: the keys of the item on the slide first (its
// ideas, its poll, the Task ① board or Task ②), then the run and the
// lists, so that on a narrow screen what works here is what shows.
func (s *MeetingScreen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	var groups [][]key.Binding
	if s.Slide {
		switch {
		case s.isPrompt():
			groups = append(groups, []key.Binding{k.Add, k.Edit, k.Delete, k.Undo, k.Redo})
		case s.isPoll():
			groups = append(groups, []key.Binding{k.ModeTally, k.ModeNamed, k.ModeBallot, k.More, k.Less, k.Digits, k.Answer},
				[]key.Binding{k.Reveal, k.Reopen, k.ResetPoll, k.NewRound, k.Label, k.Promote})
		case s.isTask1():
			groups = append(groups, []key.Binding{k.NextColumn, k.Add, k.AddGoal, k.Edit, k.Delete, k.Move, k.Link},
				[]key.Binding{k.Group, k.Collapse, k.MoveUp, k.MoveDown, k.Filter, k.Focus, k.Import, k.Undo, k.Redo})
		case s.isTask2():
			groups = append(groups, []key.Binding{k.NextView, k.NewRound, k.Voter, k.More, k.Less, k.Digits, k.CloseRound, k.Reveal},
				[]key.Binding{k.Matrix, k.Choose, k.MoveUp, k.MoveDown, k.Add, k.Edit, k.Delete})
		}
	}
	return append(groups,
		[]key.Binding{k.Next, k.Prev, k.Timer, k.ResetTimer, k.BigTimer, k.EndMeeting},
		[]key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back})
}
