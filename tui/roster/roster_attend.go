package roster

// roster_attend.go: attendance per meeting in three states and the 記録者.
// A meeting's marks start from the previous meeting's (AttendanceStatus),
// so taking attendance is one pass of corrections: space cycles the chosen
// person's mark, c writes every mark still taken from before as the
// meeting's own, w makes the chosen person 記録者 and W takes a typed name.

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// presenceSetMsg reports a committed mark.
type presenceSetMsg struct{ common.Saved }

// filledMsg reports how many marks taken from before were confirmed.
type filledMsg struct {
	common.Saved
	n int
}

// recorderSetMsg reports a committed 記録者 (the zero Recorder: none).
type recorderSetMsg struct {
	common.Saved
	meetingID int64
	r         model.Recorder
}

func (s *Screen) setPresenceCmd(pid int64, p model.Presence) tea.Cmd {
	st, mid, now := s.st, s.meetingID, s.c.Now()
	return s.c.Do(s.id, s.c.T.OpSetAttendance, func() (tea.Msg, error) {
		return presenceSetMsg{}, st.SetPresence(mid, pid, p, now)
	})
}

func (s *Screen) fillCmd() tea.Cmd {
	st, mid, now := s.st, s.meetingID, s.c.Now()
	return s.c.Do(s.id, s.c.T.Review.OpFillAttendance, func() (tea.Msg, error) {
		n, err := st.FillAttendance(mid, now)
		return filledMsg{n: n}, err
	})
}

func (s *Screen) setRecorderCmd(r model.Recorder) tea.Cmd {
	st, mid, now := s.st, s.meetingID, s.c.Now()
	return s.c.Do(s.id, s.c.T.Review.OpSetRecorder, func() (tea.Msg, error) {
		return recorderSetMsg{meetingID: mid, r: r}, st.SetRecorder(mid, r, now)
	})
}

// updateAttendance takes the results of attendance and 記録者 writes, and
// the keys of the 記録者 entry while it is open; ok is false for anything
// else.
func (s *Screen) updateAttendance(msg tea.Msg) (tea.Cmd, bool) {
	t := s.c.T
	switch msg := msg.(type) {
	case presenceSetMsg:
		return nil, true
	case filledMsg:
		text := t.Review.NothingToFill
		if msg.n > 0 {
			text = fmt.Sprintf(t.Review.FmtFilled, msg.n)
		}
		return tea.Batch(s.loadCmd(), common.Flash(text)), true
	case recorderSetMsg:
		s.entry = nil
		if msg.meetingID != s.meetingID {
			return nil, true
		}
		s.recorder = msg.r
		if msg.r.IsZero() {
			return common.Flash(t.Review.RecorderCleared), true
		}
		return common.Flash(fmt.Sprintf(t.Review.FmtRecorderSet, msg.r.NameIn(s.people))), true
	}
	if s.entry == nil {
		return nil, false
	}
	e := s.entry
	cmd, out := common.UpdateForm(e, msg)
	switch out {
	case common.FormClosed:
		s.entry = nil
	case common.FormSubmitted:
		return s.setRecorderCmd(model.Recorder{Name: e.Value()}), true
	}
	return cmd, true
}

// attendanceKey acts on the keys of attendance for the meeting in
// context; sel is the chosen person, ok false when there is none.
func (s *Screen) attendanceKey(msg tea.KeyPressMsg, sel model.Participant, ok bool) tea.Cmd {
	k, t := s.c.Keys, s.c.T
	switch {
	case key.Matches(msg, k.Attend) && ok:
		// Shown before it is committed; a failure reads the store again.
		next := s.marks[sel.ID].Presence.Next()
		s.marks[sel.ID] = model.AttendanceMark{Presence: next}
		return s.setPresenceCmd(sel.ID, next)
	case key.Matches(msg, k.ConfirmAll):
		return s.fillCmd()
	case key.Matches(msg, k.Recorder) && ok:
		r := model.Recorder{ParticipantID: sel.ID}
		if s.recorder.ParticipantID == sel.ID {
			r = model.Recorder{}
		}
		return s.setRecorderCmd(r)
	case key.Matches(msg, k.TypeRecorder):
		name := ""
		if s.recorder.ParticipantID == 0 {
			name = s.recorder.Name
		}
		s.entry = common.NewLineEntry(s.c, t.Review.RecorderTitle, t.Review.RecorderHint, model.MaxNameRunes, name, nil)
		return nil
	}
	return nil
}

// entryCursor is the 記録者 entry's cursor, relative to the body: the
// entry is drawn under the heading line.
func (s *Screen) entryCursor() *tea.Cursor {
	w := s.formWidth()
	return s.entry.Cursor(w, 1+lipgloss.Height(s.entry.View(w)))
}

// counts is how many of the roster are 出席, 欠席 and 未定 at the meeting.
func (s *Screen) counts() (present, absent, unknown int, defaulted bool) {
	for _, p := range s.people {
		m := s.marks[p.ID]
		switch m.Presence {
		case model.PresencePresent:
			present++
		case model.PresenceAbsent:
			absent++
		default:
			unknown++
		}
		defaulted = defaulted || m.Defaulted
	}
	return present, absent, unknown, defaulted
}
