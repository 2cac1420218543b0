package roster

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"

	// roster.go: the working group's roster. It lists the participants (氏名,
	// 所属課, role) and, for the meeting in context, who attends; it adds, edits
	// and removes people (removal is soft and can be undone).
	//
	// Consumes: rosterLoadedMsg, participantSavedMsg, participantRemovedMsg,
	// participantRestoredMsg, attendanceSetMsg, errMsg. Emits: backMsg, flashMsg.
	// Keys: ↑/↓ choose, a add, e/enter edit, d remove, u undo the last removal,
	// space mark attendance, esc back; in the form tab/shift+tab, ←/→ role,
	// enter save, esc cancel.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

type RosterScreen struct {
	c         common.Common
	w, h      int
	MeetingID int64
	meeting   model.Meeting
	loaded    bool
	People    []model.Participant
	Present   map[int64]bool
	cursor    int
	Form      *participantForm
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

// attendanceSetMsg reports committed attendance.
type attendanceSetMsg struct{ common.Saved }

func NewRosterScreen(c common.Common) *RosterScreen {
	return &RosterScreen{c: c, Present: map[int64]bool{}}
}

func loadRosterCmd(c common.Common, meetingID int64) tea.Cmd {
	wid := c.WorkshopID
	return c.Do(c.T.OpLoadRoster, func(st common.Store) (tea.Msg, error) {
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

func saveParticipantCmd(c common.Common, p model.Participant, at time.Time) tea.Cmd {
	return c.Do(c.T.OpSaveParticipant, func(st common.Store) (tea.Msg, error) {
		if p.ID == 0 {
			added, err := st.AddParticipant(p, at)
			return participantSavedMsg{p: added, added: true}, err
		}
		return participantSavedMsg{p: p}, st.UpdateParticipant(p, at)
	})
}

func removeParticipantCmd(c common.Common, p model.Participant, at time.Time) tea.Cmd {
	return c.Do(c.T.OpRemoveParticipant, func(st common.Store) (tea.Msg, error) {
		return participantRemovedMsg{p: p}, st.RemoveParticipant(p.ID, at)
	})
}

func restoreParticipantCmd(c common.Common, p model.Participant, at time.Time) tea.Cmd {
	return c.Do(c.T.OpRestoreParticipant, func(st common.Store) (tea.Msg, error) {
		return participantRestoredMsg{p: p}, st.RestoreParticipant(p.ID, at)
	})
}

func setAttendanceCmd(c common.Common, meetingID, pid int64, present bool, at time.Time) tea.Cmd {
	return c.Do(c.T.OpSetAttendance, func(st common.Store) (tea.Msg, error) {
		return attendanceSetMsg{}, st.SetAttendance(meetingID, pid, present, at)
	})
}

// open shows the roster with attendance for meeting meetingID (0: none).
func (s *RosterScreen) Open(meetingID int64) tea.Cmd {
	s.MeetingID, s.Form = meetingID, nil
	return loadRosterCmd(s.c, meetingID)
}

func (s *RosterScreen) Init() tea.Cmd { return loadRosterCmd(s.c, s.MeetingID) }

func (s *RosterScreen) SetSize(w, h int) {
	s.w, s.h = w, h
	if s.Form != nil {
		s.Form.setWidth(s.formWidth())
	}
}

func (s *RosterScreen) formWidth() int { return min(s.w, 64) }

// Capturing is true while the form is open: letters are text then.
func (s *RosterScreen) Capturing() bool { return s.Form != nil }

// Cursor is the form's text cursor, relative to the body.
func (s *RosterScreen) Cursor() *tea.Cursor {
	if s.Form == nil {
		return nil
	}
	c := s.Form.cursor()
	if c != nil {
		c.Y++ // the heading line above the form
	}
	return c
}

func (s *RosterScreen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case rosterLoadedMsg:
		if msg.meetingID == s.MeetingID {
			s.loaded = true
			s.meeting, s.People, s.Present = msg.meeting, msg.people, msg.present
			s.cursor = min(s.cursor, max(len(s.People)-1, 0))
		}
		return s, nil
	case participantSavedMsg:
		return s, s.handleSaved(msg)
	case participantRemovedMsg:
		s.drop(msg.p.ID)
		s.removed = append(s.removed, msg.p)
		return s, common.Flash(s.c.T.Removed(msg.p.Name))
	case participantRestoredMsg:
		s.People = append(s.People, msg.p)
		s.sortPeople()
		s.cursor = s.indexOf(msg.p.ID)
		return s, common.Flash(s.c.T.Restored(msg.p.Name))
	case common.ErrMsg:
		if s.Form != nil {
			s.Form.saving, s.Form.err = false, msg.Error()
			return s, nil
		}
		// Attendance is shown before it is committed; after a failure,
		// show what the store really holds.
		return s, loadRosterCmd(s.c, s.MeetingID)
	}
	if s.Form != nil {
		return s, s.updateForm(msg)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok && s.loaded {
		return s, s.handleKey(msg)
	}
	return s, nil
}

func (s *RosterScreen) handleSaved(msg participantSavedMsg) tea.Cmd {
	s.Form = nil
	if msg.added {
		s.People = append(s.People, msg.p)
	} else if i := s.indexOf(msg.p.ID); i >= 0 {
		s.People[i] = msg.p
	}
	s.sortPeople()
	s.cursor = max(s.indexOf(msg.p.ID), 0)
	return common.Flash(s.c.T.SavedParticipant(msg.p.Name))
}

func (s *RosterScreen) updateForm(msg tea.Msg) tea.Cmd {
	cmd, submit, cancel := s.Form.update(msg)
	switch {
	case cancel:
		s.Form = nil
	case submit:
		p, problem := s.Form.participant(s.c.WorkshopID)
		if problem != "" {
			s.Form.err = problem
			return nil
		}
		s.Form.saving, s.Form.err = true, ""
		return saveParticipantCmd(s.c, p, s.c.Now())
	}
	return cmd
}

func (s *RosterScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	sel, ok := s.selected()
	switch {
	case key.Matches(msg, k.Back):
		return common.GoBack
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.People)-1, 0))
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
		return common.Flash(s.c.T.NothingToUndo)
	case key.Matches(msg, k.Attend) && ok && s.MeetingID != 0:
		now := !s.Present[sel.ID]
		s.Present[sel.ID] = now
		return setAttendanceCmd(s.c, s.MeetingID, sel.ID, now, s.c.Now())
	}
	return nil
}

func (s *RosterScreen) openForm(p model.Participant) tea.Cmd {
	s.Form = newParticipantForm(s.c, p)
	s.Form.setWidth(s.formWidth())
	return s.Form.focusCmd()
}

func (s *RosterScreen) selected() (model.Participant, bool) {
	if s.cursor >= 0 && s.cursor < len(s.People) {
		return s.People[s.cursor], true
	}
	return model.Participant{}, false
}

func (s *RosterScreen) indexOf(id int64) int {
	for i, p := range s.People {
		if p.ID == id {
			return i
		}
	}
	return -1
}

func (s *RosterScreen) drop(id int64) {
	if i := s.indexOf(id); i >= 0 {
		s.People = append(s.People[:i:i], s.People[i+1:]...)
	}
	s.cursor = min(s.cursor, max(len(s.People)-1, 0))
}

// sortPeople keeps the roster in the order people were added.
func (s *RosterScreen) sortPeople() {
	ps := s.People
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].ID < ps[j-1].ID; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func (s *RosterScreen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.Form != nil {
		return []key.Binding{k.Save, k.NextField, k.Left, k.Cancel}
	}
	b := []key.Binding{k.Add, k.Edit, k.Delete}
	if s.MeetingID != 0 {
		b = append(b, k.Attend)
	}
	return append(b, k.Back)
}

func (s *RosterScreen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Add, k.Edit, k.Delete, k.Undo, k.Attend, k.Back},
		{k.Save, k.NextField, k.PrevField, k.Left, k.Right, k.Cancel},
	}
}

func (s *RosterScreen) View() string {
	st, t := s.c.Styles, s.c.T
	if !s.loaded {
		return t.Loading
	}
	head := t.RosterTitle(len(s.People))
	if s.MeetingID != 0 {
		n := 0
		for _, p := range s.People {
			if s.Present[p.ID] {
				n++
			}
		}
		head += "  " + t.AttendanceOf(s.meeting.Title, n)
	} else {
		head += "  " + t.NoMeetingForAttendance
	}
	if s.Form != nil {
		return common.Truncate(head, s.w) + "\n" + s.Form.view()
	}
	lines := []string{st.Home.Title.Render(common.Truncate(head, s.w))}
	if len(s.People) == 0 {
		return lines[0] + "\n\n" + st.Roster.Empty.Render(common.Wrap(t.RosterEmpty, s.w))
	}
	nameW, deptW, roleW, attW := s.columnWidths()
	widths := []int{nameW, deptW, roleW, attW}
	row := func(v ...string) string { return common.Columns(widths, v...) }
	lines = append(lines, "  "+st.Roster.Header.Render(row(t.FieldName, t.FieldDepartment, t.FieldRole, t.ColAttendance)))
	listH := max(s.h-2, 1)
	top := common.ScrollWindow(0, s.cursor, len(s.People), listH)
	for i := top; i < len(s.People) && i < top+listH; i++ {
		p := s.People[i]
		att := t.Absent
		if s.Present[p.ID] {
			att = t.Present
		}
		text := row(p.Name, p.Department, t.Role(p.Role), att)
		if i == s.cursor {
			lines = append(lines, st.Roster.Selected.Render("> "+text))
			continue
		}
		style := st.Roster.Row
		if attW > 0 && !s.Present[p.ID] {
			style = st.Roster.Absent
		}
		lines = append(lines, "  "+style.Render(text))
	}
	return strings.Join(lines, "\n")
}

// columns share the width: name and department get what role and
// attendance leave.
func (s *RosterScreen) columnWidths() (name, dept, role, att int) {
	role, att = 12, 6
	if s.MeetingID == 0 {
		att = 0
	}
	rest := max(s.w-2-role-att, 8)
	name = rest / 2
	return name, rest - name, role, att
}
