package actions

import (
	"strings"
	"time"

	"yoriai/model"
	"yoriai/tui/common"
)

// columns share the width: the text gets what the others leave; where it
// came from and 担当 go on a narrow screen (the chosen one's details below
// still say them).
func (s *Screen) columns() (state, text, who, due, from int) {
	state, who, due, from = 13, 11, 9, 22
	// Widened for a language whose days are longer (20 Jan 2023 against
	// R5.1.20), so no date is cut.
	longest := s.c.T.ShortDay(model.Date{Year: 2023, Month: time.January, Day: 20})
	due = max(due, common.Width(longest)+1)
	state = max(state, common.Width(s.c.T.Record.StateDone+" "+longest)+1)
	if s.w < 100 {
		from = 0
	}
	if s.w < 60 {
		who = 0
	}
	text = max(s.w-2-state-who-due-from, 8)
	return
}

// View draws the list: a heading with the counts and where a 完了 is
// recorded, a row per action item, and the chosen one in full.
func (s *Screen) View() string {
	st, t := s.c.Styles, s.c.T
	r := t.Record
	if !s.loaded {
		return t.Loading
	}
	open := 0
	for _, e := range s.entries {
		if e.DoneAt.IsZero() {
			open++
		}
	}
	where := r.OutsideMeeting
	if m, ok := s.meetings[s.meetingID]; ok {
		where = r.InMeeting(m.Title)
	}
	lines := []string{
		st.Home.Title.Render(common.Truncate(t.ActionsTitle(open, len(s.entries)-open), s.w)),
		st.Form.Hint.Render(common.Truncate(where, s.w)),
	}
	if len(s.entries) == 0 {
		return strings.Join(lines, "\n") + "\n\n" + st.Roster.Empty.Render(common.Wrap(r.ActionsEmpty, s.w))
	}
	state, text, who, due, from := s.columns()
	widths := []int{state, text, who, due, from}
	row := func(v ...string) string { return common.Columns(widths, v...) }
	lines = append(lines, "  "+st.Roster.Header.Render(row(r.ColState, r.ColText, r.ColAssignee, r.ColDue, r.ColFrom)))
	detail := s.detail()
	listH := max(s.h-len(lines)-len(detail)-1, 1)
	if s.h-len(lines)-len(detail)-1 < 2 {
		detail, listH = nil, max(s.h-len(lines), 1)
	}
	top := common.ScrollWindow(0, s.cursor, len(s.entries), listH)
	today := model.DateOf(s.c.Now())
	for i := top; i < len(s.entries) && i < top+listH; i++ {
		e := s.entries[i]
		dueText := ""
		if !e.Due.IsZero() {
			dueText = t.ShortDay(e.Due)
		}
		line := row(s.state(e, today), e.Text, e.Assignee(s.people), dueText, s.from(e))
		switch {
		case i == s.cursor:
			lines = append(lines, st.Roster.Selected.Render("> "+line))
		case !e.DoneAt.IsZero():
			lines = append(lines, "  "+st.Agenda.Done.Render(line))
		case e.Overdue(today):
			lines = append(lines, "  "+st.Poll.Warning.Render(line))
		default:
			lines = append(lines, "  "+st.Roster.Row.Render(line))
		}
	}
	body := strings.Join(lines, "\n")
	if detail != nil {
		body = common.PadHeight(body, s.h-len(detail)) + "\n" + strings.Join(detail, "\n")
	}
	return common.ClampHeight(body, s.h)
}

// state is 未完了, 期限切れ or 完了 with its day.
func (s *Screen) state(e model.Entry, today model.Date) string {
	r := s.c.T.Record
	switch {
	case !e.DoneAt.IsZero():
		return r.StateDone + " " + s.c.T.ShortDay(model.DateOf(e.DoneAt))
	case e.Overdue(today):
		return r.StateOverdue
	}
	return r.StateOpen
}

// from is the meeting and item an action item was recorded at.
func (s *Screen) from(e model.Entry) string {
	return s.c.T.Record.From(s.meetings[e.MeetingID].Title, s.items[e.ItemID])
}

// detail is the chosen action item in full: its text, 担当 and 期限, where
// it came from and, once done, when and in which meeting.
func (s *Screen) detail() []string {
	if s.cursor >= len(s.entries) || s.w < 20 {
		return nil
	}
	t, st := s.c.T, s.c.Styles
	r := t.Record
	e := s.entries[s.cursor]
	var meta []string
	if who := e.Assignee(s.people); who != "" {
		meta = append(meta, r.Assignee(who))
	}
	if !e.Due.IsZero() {
		meta = append(meta, r.Due(t.Day(e.Due)))
	}
	where := []string{s.from(e)}
	if !e.DoneAt.IsZero() {
		in := r.OutsideMeeting
		if m, ok := s.meetings[e.DoneMeeting]; ok {
			in = m.Title
		}
		if e.DoneMeeting == 0 {
			in = "—"
		}
		where = append(where, r.DoneIn(t.Day(model.DateOf(e.DoneAt)), in))
	}
	text := strings.Split(common.Wrap(common.OneLine(e.Text), s.w), "\n")
	if len(text) > 2 {
		text = append(text[:1], common.Truncate(text[1]+"…", s.w))
	}
	out := make([]string, 0, len(text)+2)
	for _, l := range text {
		out = append(out, st.Slide.Body.Render(l))
	}
	if len(meta) > 0 {
		out = append(out, st.Slide.Meta.Render(common.Truncate(strings.Join(meta, "  "), s.w)))
	}
	return append(out, st.Slide.Meta.Render(common.Truncate(strings.Join(where, "  "), s.w)))
}
