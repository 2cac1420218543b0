// Package roster is the working group's roster screen. It lists the participants (氏名,
// 所属課, role) and, for the meeting in context, each one's attendance
// (出席 / 欠席 / 未定; a mark taken from the previous meeting is drawn dimmed
// until it is confirmed) and the meeting's 記録者 in the heading; it adds,
// edits and removes people (removal is soft and can be undone).
//
// Consumes: rosterLoadedMsg, participantSavedMsg, participantRemovedMsg,
// participantRestoredMsg, presenceSetMsg, filledMsg, recorderSetMsg,
// common.ErrMsg (its own).
// Emits: common.BackMsg, common.FlashMsg.
// Keys: ↑/↓ choose, a add, e/enter edit, d remove, u undo the last removal,
// space 出席→欠席→未定, c confirm the marks taken from the previous meeting,
// w make the chosen person 記録者 (again: none), W type the 記録者's name,
// esc back; in the form tab/shift+tab, ←/→ role, enter save, esc cancel.
package roster

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the roster needs from the database.
type Store interface {
	Participants(workshopID int64) ([]model.Participant, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	AttendanceStatus(meetingID int64) (map[int64]model.AttendanceMark, error)
	Recorder(meetingID int64) (model.Recorder, error)
	AddParticipant(p model.Participant, at time.Time) (model.Participant, error)
	UpdateParticipant(p model.Participant, at time.Time) error
	RemoveParticipant(id int64, at time.Time) error
	RestoreParticipant(id int64, at time.Time) error
	SetPresence(meetingID, participantID int64, p model.Presence, at time.Time) error
	FillAttendance(meetingID int64, at time.Time) (int, error)
	SetRecorder(meetingID int64, r model.Recorder, at time.Time) error
	common.DraftStore
}

// Screen is the roster, with the attendance of the meeting in context.
type Screen struct {
	c         common.Common
	st        Store
	id        int64 // the requester id of its store calls
	w, h      int
	meetingID int64
	meeting   model.Meeting
	loaded    bool
	people    []model.Participant
	marks     map[int64]model.AttendanceMark
	recorder  model.Recorder
	cursor    int
	form      *participantForm
	entry     *common.LineEntry   // the 記録者's name being typed
	removed   []model.Participant // most recent last, for undo
}

// rosterLoadedMsg carries the roster, and the attendance and 記録者 of
// meetingID.
type rosterLoadedMsg struct {
	meetingID int64
	meeting   model.Meeting
	people    []model.Participant
	marks     map[int64]model.AttendanceMark
	recorder  model.Recorder
}

// participantSavedMsg reports a committed add or edit.
type participantSavedMsg struct {
	common.Saved
	p     model.Participant
	added bool
}

// participantRemovedMsg and participantRestoredMsg report a committed
// removal and its undoing.
type participantRemovedMsg struct {
	common.Saved
	p model.Participant
}

type participantRestoredMsg struct {
	common.Saved
	p model.Participant
}

// New returns the roster screen on st.
func New(c common.Common, st Store) *Screen {
	return &Screen{c: c, st: st, id: c.NewID(), marks: map[int64]model.AttendanceMark{}}
}

func (s *Screen) loadCmd() tea.Cmd {
	st, wid, meetingID := s.st, s.c.WorkshopID, s.meetingID
	return s.c.Do(s.id, s.c.T.OpLoadRoster, func() (tea.Msg, error) {
		msg := rosterLoadedMsg{meetingID: meetingID, marks: map[int64]model.AttendanceMark{}}
		var err error
		if msg.people, err = st.Participants(wid); err != nil {
			return nil, err
		}
		if meetingID != 0 {
			if msg.meeting, _, err = st.Meeting(meetingID); err != nil {
				return nil, err
			}
			if msg.marks, err = st.AttendanceStatus(meetingID); err != nil {
				return nil, err
			}
			if msg.recorder, err = st.Recorder(meetingID); err != nil {
				return nil, err
			}
		}
		return msg, nil
	})
}

func (s *Screen) saveParticipantCmd(p model.Participant, at time.Time) tea.Cmd {
	st := s.st
	return s.c.Do(s.id, s.c.T.OpSaveParticipant, func() (tea.Msg, error) {
		if p.ID == 0 {
			added, err := st.AddParticipant(p, at)
			return participantSavedMsg{p: added, added: true}, err
		}
		return participantSavedMsg{p: p}, st.UpdateParticipant(p, at)
	})
}

func (s *Screen) removeParticipantCmd(p model.Participant, at time.Time) tea.Cmd {
	st := s.st
	return s.c.Do(s.id, s.c.T.OpRemoveParticipant, func() (tea.Msg, error) {
		return participantRemovedMsg{p: p}, st.RemoveParticipant(p.ID, at)
	})
}

func (s *Screen) restoreParticipantCmd(p model.Participant, at time.Time) tea.Cmd {
	st := s.st
	return s.c.Do(s.id, s.c.T.OpRestoreParticipant, func() (tea.Msg, error) {
		return participantRestoredMsg{p: p}, st.RestoreParticipant(p.ID, at)
	})
}

// Open shows the roster with attendance for meeting meetingID (0: none).
func (s *Screen) Open(meetingID int64) tea.Cmd {
	s.meetingID, s.form, s.entry = meetingID, nil, nil
	return s.loadCmd()
}

// MeetingID is the meeting whose attendance is shown; 0 for none.
func (s *Screen) MeetingID() int64 { return s.meetingID }

// Init reads the roster again.
func (s *Screen) Init() tea.Cmd { return s.loadCmd() }

// SetSize sets the body's size.
func (s *Screen) SetSize(w, h int) {
	s.w, s.h = w, h
	if s.form != nil {
		s.form.setWidth(s.formWidth())
	}
}

func (s *Screen) formWidth() int { return min(s.w, 64) }

// Capturing is true while the form or the 記録者 entry is open: letters
// are text then.
func (s *Screen) Capturing() bool { return s.form != nil || s.entry != nil }

// Cursor is the form's text cursor, relative to the body.
func (s *Screen) Cursor() *tea.Cursor {
	if s.entry != nil {
		return s.entryCursor()
	}
	if s.form == nil {
		return nil
	}
	c := s.form.cursor()
	if c != nil {
		c.Y++ // the heading line above the form
	}
	return c
}

// Update handles store results, the form and the keys.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case rosterLoadedMsg:
		if msg.meetingID == s.meetingID {
			s.loaded = true
			s.meeting, s.people, s.marks, s.recorder = msg.meeting, msg.people, msg.marks, msg.recorder
			s.cursor = min(s.cursor, max(len(s.people)-1, 0))
		}
		return s, nil
	case participantSavedMsg:
		return s, s.handleSaved(msg)
	case participantRemovedMsg:
		s.drop(msg.p.ID)
		s.removed = append(s.removed, msg.p)
		return s, common.Flash(s.c.T.Removed(msg.p.Name))
	case participantRestoredMsg:
		s.people = append(s.people, msg.p)
		s.sortPeople()
		s.cursor = s.indexOf(msg.p.ID)
		return s, common.Flash(s.c.T.Restored(msg.p.Name))
	case common.ErrMsg:
		if !msg.For(s.id) {
			return s, nil
		}
		if s.form != nil {
			s.form.Fail(s.c.Problem(msg))
			return s, nil
		}
		if s.entry != nil {
			s.entry.Fail(s.c.Problem(msg))
			return s, nil
		}
		// Attendance is shown before it is committed; after a failure,
		// show what the store really holds.
		return s, s.loadCmd()
	}
	if cmd, ok := s.updateAttendance(msg); ok {
		return s, cmd
	}
	if s.form != nil {
		return s, s.updateForm(msg)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok && s.loaded {
		return s, s.handleKey(msg)
	}
	return s, nil
}

func (s *Screen) handleSaved(msg participantSavedMsg) tea.Cmd {
	var drop tea.Cmd
	if s.form != nil {
		drop = s.form.draft.Drop() // saved: the draft is done with
	}
	s.form = nil
	if msg.added {
		s.people = append(s.people, msg.p)
	} else if i := s.indexOf(msg.p.ID); i >= 0 {
		s.people[i] = msg.p
	}
	s.sortPeople()
	s.cursor = max(s.indexOf(msg.p.ID), 0)
	return tea.Batch(drop, common.Flash(s.c.T.SavedParticipant(msg.p.Name)))
}

func (s *Screen) updateForm(msg tea.Msg) tea.Cmd {
	f := s.form
	cmd, out := common.UpdateForm(f, msg)
	switch out {
	case common.FormClosed:
		s.form = nil
	case common.FormSubmitted:
		p, _ := f.participant(s.c.WorkshopID)
		return s.saveParticipantCmd(p, s.c.Now())
	}
	return cmd
}

func (s *Screen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	sel, ok := s.selected()
	switch {
	case key.Matches(msg, k.Back):
		return common.GoBack
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.people)-1, 0))
	case key.Matches(msg, k.Add):
		return s.openForm(model.Participant{Role: model.RoleMember})
	case key.Matches(msg, k.Edit) && ok:
		return s.openForm(sel)
	case key.Matches(msg, k.Delete) && ok:
		return s.removeParticipantCmd(sel, s.c.Now())
	case key.Matches(msg, k.Undo):
		if n := len(s.removed); n > 0 {
			p := s.removed[n-1]
			s.removed = s.removed[:n-1]
			return s.restoreParticipantCmd(p, s.c.Now())
		}
		return common.Flash(s.c.T.NothingToUndo)
	}
	if s.meetingID != 0 {
		return s.attendanceKey(msg, sel, ok)
	}
	return nil
}

func (s *Screen) openForm(p model.Participant) tea.Cmd {
	s.form = newParticipantForm(s.c, p)
	s.form.setWidth(s.formWidth())
	return tea.Batch(s.form.focusCmd(), s.form.keepDraft(s.st, s.id, participantDraftKey(p, s.c.WorkshopID)))
}

func (s *Screen) selected() (model.Participant, bool) {
	if s.cursor >= 0 && s.cursor < len(s.people) {
		return s.people[s.cursor], true
	}
	return model.Participant{}, false
}

func (s *Screen) indexOf(id int64) int {
	for i, p := range s.people {
		if p.ID == id {
			return i
		}
	}
	return -1
}

func (s *Screen) drop(id int64) {
	if i := s.indexOf(id); i >= 0 {
		s.people = append(s.people[:i:i], s.people[i+1:]...)
	}
	s.cursor = min(s.cursor, max(len(s.people)-1, 0))
}

// sortPeople keeps the roster in the order people were added.
func (s *Screen) sortPeople() {
	ps := s.people
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].ID < ps[j-1].ID; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
