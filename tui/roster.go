package tui

// roster.go: the working group's roster. It lists the participants (氏名,
// 所属課, role) and, for the meeting in context, who attends; it adds, edits
// and removes people (removal is soft and can be undone).
//
// Consumes: rosterLoadedMsg, participantSavedMsg, participantRemovedMsg,
// participantRestoredMsg, attendanceSetMsg, errMsg. Emits: backMsg, flashMsg.
// Keys: ↑/↓ choose, a add, e/enter edit, d remove, u undo the last removal,
// space mark attendance, esc back; in the form tab/shift+tab, ←/→ role,
// enter save, esc cancel.

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

type rosterScreen struct {
	c         Common
	w, h      int
	meetingID int64
	meeting   model.Meeting
	loaded    bool
	people    []model.Participant
	present   map[int64]bool
	cursor    int
	form      *participantForm
	removed   []model.Participant // most recent last, for undo
}

// rosterLoadedMsg carries the roster and the attendance of meetingID.
type rosterLoadedMsg struct {
	meetingID int64
	meeting   model.Meeting
	people    []model.Participant
	present   map[int64]bool
}

// participantSavedMsg reports a committed add or edit.
type participantSavedMsg struct {
	saved
	p     model.Participant
	added bool
}

// participantRemovedMsg and participantRestoredMsg report a committed
// removal and its undoing.
type participantRemovedMsg struct {
	saved
	p model.Participant
}

type participantRestoredMsg struct {
	saved
	p model.Participant
}

// attendanceSetMsg reports committed attendance.
type attendanceSetMsg struct{ saved }

func newRosterScreen(c Common) *rosterScreen {
	return &rosterScreen{c: c, present: map[int64]bool{}}
}

func loadRosterCmd(c Common, meetingID int64) tea.Cmd {
	wid := c.WorkshopID
	return c.do(c.T.OpLoadRoster, func(st Store) (tea.Msg, error) {
		msg := rosterLoadedMsg{meetingID: meetingID, present: map[int64]bool{}}
		var err error
		if msg.people, err = st.Participants(wid); err != nil {
			return nil, err
		}
		if meetingID != 0 {
			if msg.meeting, _, err = st.Meeting(meetingID); err != nil {
				return nil, err
			}
			if msg.present, err = st.Attendance(meetingID); err != nil {
				return nil, err
			}
		}
		return msg, nil
	})
}

func saveParticipantCmd(c Common, p model.Participant, at time.Time) tea.Cmd {
	return c.do(c.T.OpSaveParticipant, func(st Store) (tea.Msg, error) {
		if p.ID == 0 {
			added, err := st.AddParticipant(p, at)
			return participantSavedMsg{p: added, added: true}, err
		}
		return participantSavedMsg{p: p}, st.UpdateParticipant(p, at)
	})
}

func removeParticipantCmd(c Common, p model.Participant, at time.Time) tea.Cmd {
	return c.do(c.T.OpRemoveParticipant, func(st Store) (tea.Msg, error) {
		return participantRemovedMsg{p: p}, st.RemoveParticipant(p.ID, at)
	})
}

func restoreParticipantCmd(c Common, p model.Participant, at time.Time) tea.Cmd {
	return c.do(c.T.OpRestoreParticipant, func(st Store) (tea.Msg, error) {
		return participantRestoredMsg{p: p}, st.RestoreParticipant(p.ID, at)
	})
}

func setAttendanceCmd(c Common, meetingID, pid int64, present bool, at time.Time) tea.Cmd {
	return c.do(c.T.OpSetAttendance, func(st Store) (tea.Msg, error) {
		return attendanceSetMsg{}, st.SetAttendance(meetingID, pid, present, at)
	})
}

// open shows the roster with attendance for meeting meetingID (0: none).
func (s *rosterScreen) open(meetingID int64) tea.Cmd {
	s.meetingID, s.form = meetingID, nil
	return loadRosterCmd(s.c, meetingID)
}

func (s *rosterScreen) Init() tea.Cmd { return loadRosterCmd(s.c, s.meetingID) }

func (s *rosterScreen) SetSize(w, h int) {
	s.w, s.h = w, h
	if s.form != nil {
		s.form.setWidth(s.formWidth())
	}
}

func (s *rosterScreen) formWidth() int { return min(s.w, 64) }

// Capturing is true while the form is open: letters are text then.
func (s *rosterScreen) Capturing() bool { return s.form != nil }

// Cursor is the form's text cursor, relative to the body.
func (s *rosterScreen) Cursor() *tea.Cursor {
	if s.form == nil {
		return nil
	}
	c := s.form.cursor()
	if c != nil {
		c.Y++ // the heading line above the form
	}
	return c
}

func (s *rosterScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case rosterLoadedMsg:
		if msg.meetingID == s.meetingID {
			s.loaded = true
			s.meeting, s.people, s.present = msg.meeting, msg.people, msg.present
			s.cursor = min(s.cursor, max(len(s.people)-1, 0))
		}
		return s, nil
	case participantSavedMsg:
		return s, s.handleSaved(msg)
	case participantRemovedMsg:
		s.drop(msg.p.ID)
		s.removed = append(s.removed, msg.p)
		return s, flash(s.c.T.Removed(msg.p.Name))
	case participantRestoredMsg:
		s.people = append(s.people, msg.p)
		s.sortPeople()
		s.cursor = s.indexOf(msg.p.ID)
		return s, flash(s.c.T.Restored(msg.p.Name))
	case errMsg:
		if s.form != nil {
			s.form.saving, s.form.err = false, msg.Error()
			return s, nil
		}
		// Attendance is shown before it is committed; after a failure,
		// show what the store really holds.
		return s, loadRosterCmd(s.c, s.meetingID)
	}
	if s.form != nil {
		return s, s.updateForm(msg)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok && s.loaded {
		return s, s.handleKey(msg)
	}
	return s, nil
}

func (s *rosterScreen) handleSaved(msg participantSavedMsg) tea.Cmd {
	s.form = nil
	if msg.added {
		s.people = append(s.people, msg.p)
	} else if i := s.indexOf(msg.p.ID); i >= 0 {
		s.people[i] = msg.p
	}
	s.sortPeople()
	s.cursor = max(s.indexOf(msg.p.ID), 0)
	return flash(s.c.T.SavedParticipant(msg.p.Name))
}

func (s *rosterScreen) updateForm(msg tea.Msg) tea.Cmd {
	cmd, submit, cancel := s.form.update(msg)
	switch {
	case cancel:
		s.form = nil
	case submit:
		p, problem := s.form.participant(s.c.WorkshopID)
		if problem != "" {
			s.form.err = problem
			return nil
		}
		s.form.saving, s.form.err = true, ""
		return saveParticipantCmd(s.c, p, s.c.Now())
	}
	return cmd
}

func (s *rosterScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	sel, ok := s.selected()
	switch {
	case key.Matches(msg, k.Back):
		return goBack
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.people)-1, 0))
	case key.Matches(msg, k.Add):
		return s.openForm(model.Participant{Role: model.RoleMember})
	case key.Matches(msg, k.Edit) && ok:
		return s.openForm(sel)
	case key.Matches(msg, k.Delete) && ok:
		return removeParticipantCmd(s.c, sel, s.c.Now())
	case key.Matches(msg, k.Undo):
		if n := len(s.removed); n > 0 {
			p := s.removed[n-1]
			s.removed = s.removed[:n-1]
			return restoreParticipantCmd(s.c, p, s.c.Now())
		}
		return flash(s.c.T.NothingToUndo)
	case key.Matches(msg, k.Attend) && ok && s.meetingID != 0:
		now := !s.present[sel.ID]
		s.present[sel.ID] = now
		return setAttendanceCmd(s.c, s.meetingID, sel.ID, now, s.c.Now())
	}
	return nil
}

func (s *rosterScreen) openForm(p model.Participant) tea.Cmd {
	s.form = newParticipantForm(s.c, p)
	s.form.setWidth(s.formWidth())
	return s.form.focusCmd()
}

func (s *rosterScreen) selected() (model.Participant, bool) {
	if s.cursor >= 0 && s.cursor < len(s.people) {
		return s.people[s.cursor], true
	}
	return model.Participant{}, false
}

func (s *rosterScreen) indexOf(id int64) int {
	for i, p := range s.people {
		if p.ID == id {
			return i
		}
	}
	return -1
}

func (s *rosterScreen) drop(id int64) {
	if i := s.indexOf(id); i >= 0 {
		s.people = append(s.people[:i:i], s.people[i+1:]...)
	}
	s.cursor = min(s.cursor, max(len(s.people)-1, 0))
}

// sortPeople keeps the roster in the order people were added.
func (s *rosterScreen) sortPeople() {
	ps := s.people
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].ID < ps[j-1].ID; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func (s *rosterScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.form != nil {
		return []key.Binding{k.Save, k.NextField, k.Left, k.Cancel}
	}
	b := []key.Binding{k.Add, k.Edit, k.Delete}
	if s.meetingID != 0 {
		b = append(b, k.Attend)
	}
	return append(b, k.Back)
}

func (s *rosterScreen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Add, k.Edit, k.Delete, k.Undo, k.Attend, k.Back},
		{k.Save, k.NextField, k.PrevField, k.Left, k.Right, k.Cancel},
	}
}

func (s *rosterScreen) View() string {
	st, t := s.c.Styles, s.c.T
	if !s.loaded {
		return t.Loading
	}
	head := t.RosterTitle(len(s.people))
	if s.meetingID != 0 {
		n := 0
		for _, p := range s.people {
			if s.present[p.ID] {
				n++
			}
		}
		head += "  " + t.AttendanceOf(s.meeting.Title, n)
	} else {
		head += "  " + t.NoMeetingForAttendance
	}
	if s.form != nil {
		return truncate(head, s.w) + "\n" + s.form.view()
	}
	lines := []string{st.Home.Title.Render(truncate(head, s.w))}
	if len(s.people) == 0 {
		return lines[0] + "\n\n" + st.Roster.Empty.Render(wrap(t.RosterEmpty, s.w))
	}
	nameW, deptW, roleW, attW := s.columnWidths()
	widths := []int{nameW, deptW, roleW, attW}
	row := func(v ...string) string { return columns(widths, v...) }
	lines = append(lines, "  "+st.Roster.Header.Render(row(t.FieldName, t.FieldDepartment, t.FieldRole, t.ColAttendance)))
	listH := max(s.h-2, 1)
	top := scrollWindow(0, s.cursor, len(s.people), listH)
	for i := top; i < len(s.people) && i < top+listH; i++ {
		p := s.people[i]
		att := t.Absent
		if s.present[p.ID] {
			att = t.Present
		}
		text := row(p.Name, p.Department, t.Role(p.Role), att)
		if i == s.cursor {
			lines = append(lines, st.Roster.Selected.Render("> "+text))
			continue
		}
		style := st.Roster.Row
		if attW > 0 && !s.present[p.ID] {
			style = st.Roster.Absent
		}
		lines = append(lines, "  "+style.Render(text))
	}
	return strings.Join(lines, "\n")
}

// columns share the width: name and department get what role and
// attendance leave.
func (s *rosterScreen) columnWidths() (name, dept, role, att int) {
	role, att = 12, 6
	if s.meetingID == 0 {
		att = 0
	}
	rest := max(s.w-2-role-att, 8)
	name = rest / 2
	return name, rest - name, role, att
}
