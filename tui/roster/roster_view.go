package roster

// roster_view.go: the roster's rows, its heading (the meeting's
// attendance and 記録者) and its help.

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"yoriai/model"
	"yoriai/tui/common"
)

// ShortHelp is the footer's keys: the form's while it is open.
func (s *Screen) ShortHelp() []key.Binding {
	k := s.c.Keys
	if s.form != nil || s.entry != nil {
		return []key.Binding{k.Save, k.NextField, k.Left, k.Cancel}
	}
	b := []key.Binding{k.Add, k.Edit, k.Delete}
	if s.meetingID != 0 {
		b = append(b, k.Attend, k.ConfirmAll, k.Recorder)
	}
	return append(b, k.Back)
}

// FullHelp is the keys for the ? overlay.
func (s *Screen) FullHelp() [][]key.Binding {
	k := s.c.Keys
	return [][]key.Binding{
		{k.Up, k.Down, k.Add, k.Edit, k.Delete, k.Undo, k.Back},
		{k.Attend, k.ConfirmAll, k.Recorder, k.TypeRecorder},
		{k.Save, k.NextField, k.PrevField, k.Left, k.Right, k.Cancel},
	}
}

// heading is the roster's size and, for a meeting, its attendance and
// 記録者.
func (s *Screen) heading() string {
	t := s.c.T
	head := t.RosterTitle(len(s.people))
	if s.meetingID == 0 {
		return head + "  " + t.NoMeetingForAttendance
	}
	present, _, _, _ := s.counts()
	rec := t.Review.NoRecorder
	if !s.recorder.IsZero() {
		rec = t.Review.Recorder(s.recorder.NameIn(s.people))
	}
	return head + "  " + t.AttendanceOf(s.meeting.Title, present) + "  " + rec
}

// View draws the roster, or the form over it.
func (s *Screen) View() string {
	st, t := s.c.Styles, s.c.T
	if !s.loaded {
		return t.Loading
	}
	head := s.heading()
	if s.form != nil {
		return common.Truncate(head, s.w) + "\n" + s.form.view()
	}
	if s.entry != nil {
		return common.Truncate(head, s.w) + "\n" + s.entry.View(s.formWidth())
	}
	lines := []string{st.Home.Title.Render(common.Truncate(head, s.w))}
	if len(s.people) == 0 {
		return lines[0] + "\n\n" + st.Roster.Empty.Render(common.Wrap(t.RosterEmpty, s.w))
	}
	if s.meetingID != 0 {
		present, absent, unknown, defaulted := s.counts()
		legend := t.Review.AttendanceCounts(present, absent, unknown)
		if defaulted {
			legend += "  " + t.Review.DefaultLegend
		}
		lines = append(lines, st.Roster.Default.Render(common.Truncate(legend, s.w)))
	}
	nameW, deptW, roleW, attW := s.columnWidths()
	// the role column is cut one short to leave a space before attendance
	left := func(v ...string) string { return common.Columns([]int{nameW, deptW, roleW, 0}, v...) }
	lines = append(lines, "  "+st.Roster.Header.Render(left(t.FieldName, t.FieldDepartment, t.FieldRole, "")+
		common.Fit(t.ColAttendance, attW)))
	listH := max(s.h-len(lines), 1)
	top := common.ScrollWindow(0, s.cursor, len(s.people), listH)
	for i := top; i < len(s.people) && i < top+listH; i++ {
		p := s.people[i]
		text := left(p.Name, p.Department, t.Role(p.Role), "")
		mark := s.marks[p.ID]
		att := ""
		if attW > 0 {
			att = common.Fit(t.Presence(mark.Presence), attW)
		}
		rowStyle, attStyle := st.Roster.Row, st.Roster.Present
		switch mark.Presence {
		case model.PresenceAbsent:
			rowStyle, attStyle = st.Roster.Absent, st.Roster.Absent
		case model.PresenceUnknown:
			attStyle = st.Roster.Unknown
		}
		if mark.Defaulted {
			attStyle = st.Roster.Default
		}
		if i == s.cursor {
			sel := st.Roster.Selected
			if mark.Defaulted {
				attStyle = sel.Faint(true)
			} else {
				attStyle = sel
			}
			lines = append(lines, sel.Render("> "+text)+attStyle.Render(att))
			continue
		}
		lines = append(lines, "  "+rowStyle.Render(text)+attStyle.Render(att))
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
