// Package roster is the working group's roster screen. It lists the participants (氏名,
// 所属課, role) and, for the meeting in context, who attends; it adds, edits
// and removes people (removal is soft and can be undone).
//
// Consumes: rosterLoadedMsg, participantSavedMsg, participantRemovedMsg,
// participantRestoredMsg, attendanceSetMsg, common.ErrMsg (its own).
// Emits: common.BackMsg, common.FlashMsg.
// Keys: ↑/↓ choose, a add, e/enter edit, d remove, u undo the last removal,
// space mark attendance, esc back; in the form tab/shift+tab, ←/→ role,
// enter save, esc cancel.
package roster

import (
	"strings"
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
	Attendance(meetingID int64) (map[int64]bool, error)
	AddParticipant(p model.Participant, at time.Time) (model.Participant, error)
	UpdateParticipant(p model.Participant, at time.Time) error
	RemoveParticipant(id int64, at time.Time) error
	RestoreParticipant(id int64, at time.Time) error
	SetAttendance(meetingID, participantID int64, present bool, at time.Time) error
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

// New returns the roster screen on st.
func New(c common.Common, st Store) *Screen {
	return &Screen{c: c, st: st, id: c.NewID(), present: map[int64]bool{}}
}

func (s *Screen) loadCmd() tea.Cmd {
	st, wid, meetingID := s.st, s.c.WorkshopID, s.meetingID
	return s.c.Do(s.id, s.c.T.OpLoadRoster, func() (tea.Msg, error) {
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

func (s *Screen) setAttendanceCmd(meetingID, pid int64, present bool, at time.Time) tea.Cmd {
	st := s.st
	return s.c.Do(s.id, s.c.T.OpSetAttendance, func() (tea.Msg, error) {
		return attendanceSetMsg{}, st.SetAttendance(meetingID, pid, present, at)
	})
}

// Open shows the roster with attendance for meeting meetingID (0: none).
func (s *Screen) Open(meetingID int64) tea.Cmd {
	s.meetingID, s.form = meetingID, nil
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

// Capturing is true while the form is open: letters are text then.
func (s *Screen) Capturing() bool { return s.form != nil }

// Cursor is the form's text cursor, relative to the body.
func (s *Screen) Cursor() *tea.Cursor {
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
			s.meeting, s.people, s.present = msg.meeting, msg.people, msg.present
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
		// Attendance is shown before it is committed; after a failure,
		// show what the store really holds.
		return s, s.loadCmd()
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
	s.form = nil
	if msg.added {
		s.people = append(s.people, msg.p)
	} else if i := s.indexOf(msg.p.ID); i >= 0 {
		s.people[i] = msg.p
	}
	s.sortPeople()
	s.cursor = max(s.indexOf(msg.p.ID), 0)
	return common.Flash(s.c.T.SavedParticipant(msg.p.Name))
}

func (s *Screen) updateForm(msg tea.Msg) tea.Cmd {
	f := s.form
	before := f.State()
	cmd := f.Update(msg)
	switch {
	case f.State() == common.FormCancelled:
		s.form = nil
	case f.State() == common.FormDone && before != common.FormDone:
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
	case key.Matches(msg, k.Attend) && ok && s.meetingID != 0:
		now := !s.present[sel.ID]
		s.present[sel.ID] = now
		return s.setAttendanceCmd(s.meetingID, sel.ID, now, s.c.Now())
	}
	return nil
}

func (s *Screen) openForm(p model.Participant) tea.Cmd {
	s.form = newParticipantForm(s.c, p)
	s.form.setWidth(s.formWidth())
	return s.form.focusCmd()
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

// ShortHelp is the footer's keys: the form's while it is open.
func (s *Screen) ShortHelp() []key.Binding {
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

// FullHelp is the keys for the ? overlay.
func (s *Screen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Add, k.Edit, k.Delete, k.Undo, k.Attend, k.Back},
		{k.Save, k.NextField, k.PrevField, k.Left, k.Right, k.Cancel},
	}
}

// View draws the roster, or the form over it.
func (s *Screen) View() string {
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
		return common.Truncate(head, s.w) + "\n" + s.form.view()
	}
	lines := []string{st.Home.Title.Render(common.Truncate(head, s.w))}
	if len(s.people) == 0 {
		return lines[0] + "\n\n" + st.Roster.Empty.Render(common.Wrap(t.RosterEmpty, s.w))
	}
	nameW, deptW, roleW, attW := s.columnWidths()
	widths := []int{nameW, deptW, roleW, attW}
	row := func(v ...string) string { return common.Columns(widths, v...) }
	lines = append(lines, "  "+st.Roster.Header.Render(row(t.FieldName, t.FieldDepartment, t.FieldRole, t.ColAttendance)))
	listH := max(s.h-2, 1)
	top := common.ScrollWindow(0, s.cursor, len(s.people), listH)
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
func (s *Screen) columnWidths() (name, dept, role, att int) {
	role, att = 12, 6
	if s.meetingID == 0 {
		att = 0
	}
	rest := max(s.w-2-role-att, 8)
	name = rest / 2
	return name, rest - name, role, att
}
