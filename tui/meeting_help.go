package tui

// meeting_help.go: the meeting's keys as the help shows them, which
// depend on what is on the slide.

import (
	"charm.land/bubbles/v2/key"
)

func (s *meetingScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.confirm != confirmNone {
		return []key.Binding{k.Yes, k.No}
	}
	if s.slide && !s.big && s.isPrompt() {
		if s.ideas.editing() {
			return []key.Binding{k.Save, k.NextField, k.Cancel}
		}
		return []key.Binding{k.Add, k.Edit, k.Delete, k.Undo, k.Next, k.Prev, k.Timer, k.Back}
	}
	if s.slide && !s.big && s.isPoll() {
		if b := s.poll.help(); s.poll.capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.slide && !s.big && s.isTask2() {
		if b := s.task2.help(); s.task2.capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.slide && !s.big && s.isTask1() {
		if b := s.board.help(); s.board.capturing() {
			return b
		} else if len(b) > 0 {
			return append(b, k.Next, k.Prev, k.Back)
		}
	}
	if s.slide || s.big {
		return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Back}
	}
	return []key.Binding{k.Next, k.Prev, k.Timer, k.BigTimer, k.Open, k.Back}
}

func (s *meetingScreen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{
		{k.Next, k.Prev, k.Timer, k.ResetTimer, k.BigTimer, k.EndMeeting},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Open, k.Back},
		{k.Add, k.Edit, k.Delete, k.Undo, k.Redo},
		{k.ModeTally, k.ModeNamed, k.ModeBallot, k.More, k.Less, k.Digits, k.Answer},
		{k.Reveal, k.Reopen, k.ResetPoll, k.NewRound, k.Label, k.Promote},
		{k.NextColumn, k.PrevColumn, k.AddGoal, k.Move, k.Link, k.Group, k.Collapse, k.MoveUp, k.MoveDown, k.Filter, k.Focus, k.Import},
		{k.NextView, k.Voter, k.CloseRound, k.Matrix, k.Choose},
	}
}
