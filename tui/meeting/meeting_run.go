package meeting

// meeting_run.go: the run of the meeting: its keys (the next and previous
// item, the timer, the item chosen on the run sheet), ending and reopening
// it, looking back through an ended one, and a start held until the
// facilitator confirms it while another meeting is under way. Every move
// of the run is saved at once.

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// pendingStart is a move of the run that would start the meeting, held
// until the facilitator says yes (confirmStart): the run it leads to, the
// event it is saved as, and whether the slide opens with it.
type pendingStart struct {
	run   model.Run
	kind  string
	slide bool
}

func (s *Screen) saveRunCmd(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) tea.Cmd {
	st := s.st
	return s.c.Do(s.id, s.c.T.OpSaveRun, func() (tea.Msg, error) {
		return runSavedMsg{}, st.SaveRun(m, items, kind, at)
	})
}

// LookAt shows item itemID on the slide of an ended meeting, as it was
// being looked back through when the app stopped: now if the meeting is
// loaded, else once it is. An item not in the meeting, or a meeting not
// ended, leaves the slide on its current item.
func (s *Screen) LookAt(itemID int64) {
	s.lookAt = itemID
	if s.loaded {
		s.look()
	}
}

func (s *Screen) look() {
	id := s.lookAt
	s.lookAt = 0
	if id == 0 || s.meeting.Status != model.StatusEnded {
		return
	}
	for i, it := range s.run.Items {
		if it.ID == id {
			s.viewing, s.cursor = i, i
		}
	}
}

// Viewing is the item the slide of an ended meeting shows while it is
// looked back through; 0 otherwise (the slide shows the current item).
func (s *Screen) Viewing() int64 {
	if !s.loaded || !s.slide || s.meeting.Status != model.StatusEnded || s.viewing < 0 || s.viewing >= len(s.run.Items) {
		return 0
	}
	return s.run.Items[s.viewing].ID
}

func (s *Screen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	now := s.c.Now()
	s.now = now
	if s.meeting.Status == model.StatusEnded {
		if cmd, used := s.browse(msg); used {
			return cmd
		}
	}
	switch {
	case key.Matches(msg, k.Back):
		if s.big {
			s.big = false
			return nil
		}
		if s.slide {
			s.slide = false
			return nil
		}
		return common.GoBack
	case key.Matches(msg, k.Next):
		if r, ok := s.run.Next(now); ok {
			return s.move(r, "run.next", now, s.slide)
		}
	case key.Matches(msg, k.Prev):
		if r, ok := s.run.Prev(now); ok {
			return s.move(r, "run.prev", now, s.slide)
		}
	case key.Matches(msg, k.Timer):
		kind := "run.timer_start"
		if s.run.Running() {
			kind = "run.timer_pause"
		}
		return s.move(s.run.ToggleTimer(now), kind, now, s.slide)
	case key.Matches(msg, k.ResetTimer):
		s.confirm = confirmReset
	case key.Matches(msg, k.EndMeeting):
		s.confirm = confirmEnd
	case key.Matches(msg, k.BigTimer):
		s.big = !s.big
	case s.slide: // the rest of the slide's keys are its panel's
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.run.Items)-1, 0))
	case key.Matches(msg, k.Open) && len(s.run.Items) > 0:
		if r, ok := s.run.Goto(s.cursor, now); ok {
			return s.move(r, "run.goto", now, true)
		}
		s.slide = true
	}
	return nil
}

func (s *Screen) handleConfirm(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	c := s.confirm
	switch {
	case key.Matches(msg, k.Yes):
		s.confirm = confirmNone
	case key.Matches(msg, k.No):
		s.confirm, s.pending = confirmNone, nil
		return nil
	default:
		return nil
	}
	now := s.c.Now()
	s.now = now
	if c == confirmStart && s.pending != nil {
		p := s.pending
		s.pending, s.slide = nil, p.slide
		return s.apply(p.run, p.kind, now)
	}
	if c == confirmReset {
		return s.move(s.run.ResetTimer(now), "run.timer_reset", now, s.slide)
	}
	s.viewing = s.run.Current
	if s.meeting.Status == model.StatusEnded {
		s.meeting = s.meeting.Reopened()
		s.run = s.run.Resume()
		return s.save("meeting.reopened", now)
	}
	s.run = s.run.End(now)
	s.meeting = s.meeting.Ended(now)
	return s.save("meeting.ended", now)
}

// browse handles the keys that would move the run of an ended meeting:
// n, p and enter show its items' slides one by one without changing
// what was recorded, and the timer keys say why they do nothing.
func (s *Screen) browse(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.c.Keys
	last := max(len(s.run.Items)-1, 0)
	switch {
	case key.Matches(msg, k.Next):
		s.viewing = min(s.viewing+1, last)
	case key.Matches(msg, k.Prev):
		s.viewing = max(s.viewing-1, 0)
	case !s.slide && key.Matches(msg, k.Open) && len(s.run.Items) > 0:
		s.viewing, s.slide = s.cursor, true
	case key.Matches(msg, k.Timer), key.Matches(msg, k.ResetTimer):
		return common.Flash(s.c.T.MeetingEnded), true // the run of an ended meeting is as it ended
	default:
		return nil, false
	}
	s.cursor = s.viewing
	return nil, true
}

// onSlide is the item the slide shows: the current one, or for an ended
// meeting the one being looked at.
func (s *Screen) onSlide() (model.AgendaItem, bool) {
	if s.meeting.Status == model.StatusEnded && s.viewing >= 0 && s.viewing < len(s.run.Items) {
		return s.run.Items[s.viewing], true
	}
	return s.run.CurrentItem()
}

// move makes r the run, as apply does, showing the slide or not after it.
// A move that would start this meeting while another of the workshop is
// under way is held, and the facilitator asked first (confirmStart): two
// meetings under way at once is nearly always a slip of the run sheet.
func (s *Screen) move(r model.Run, kind string, now time.Time, slide bool) tea.Cmd {
	if s.meeting.Status == model.StatusPlanned && s.underWay != "" {
		s.pending, s.confirm = &pendingStart{run: r, kind: kind, slide: slide}, confirmStart
		return nil
	}
	s.slide = slide
	return s.apply(r, kind, now)
}

// apply makes r the run, starts a meeting not yet under way, and saves.
func (s *Screen) apply(r model.Run, kind string, now time.Time) tea.Cmd {
	s.run = r
	s.cursor = r.Current
	s.meeting = s.meeting.Started(now)
	return s.save(kind, now)
}

func (s *Screen) save(kind string, now time.Time) tea.Cmd {
	if it, ok := s.run.CurrentItem(); ok {
		s.meeting.CurrentItemID = it.ID
	}
	items := append([]model.AgendaItem(nil), s.run.Items...)
	return s.saveRunCmd(s.meeting, items, kind, now)
}
