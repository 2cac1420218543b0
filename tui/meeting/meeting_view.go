package meeting

import (
	"fmt"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// View draws the run sheet, the slide, the big countdown or a
// confirmation, as the screen stands.
func (s *Screen) View() string {
	t := s.c.T
	if !s.loaded {
		return t.Loading
	}
	if len(s.run.Items) == 0 {
		return s.headerView() + "\n\n" + t.NoItems
	}
	if s.edit != nil {
		return s.editView()
	}
	if s.confirm != confirmNone {
		return s.dialogView()
	}
	if s.big {
		return s.bigView()
	}
	if s.slide && s.rec != nil {
		return s.recordView()
	}
	if s.slide {
		return s.slideView()
	}
	return s.sheetView()
}

// timerStyle picks the countdown's style from its phase.
func (s *Screen) timerStyle(it model.AgendaItem, now time.Time) lipgloss.Style {
	st := s.c.Styles.Timer
	switch model.PhaseOf(it.Planned, it.Timer.At(now)) {
	case model.PhaseOver:
		return st.Over
	case model.PhaseWarning:
		return st.Warning
	}
	if !it.Timer.Running() {
		return st.Paused
	}
	return st.Normal
}

// countdown is "残り 12:34" or "超過 +1:05", with "停止中" while paused.
func (s *Screen) countdown(it model.AgendaItem, now time.Time) string {
	t := s.c.T
	left := it.Planned - it.Timer.At(now)
	text := t.Remaining(model.FormatCountdown(left))
	if left < 0 {
		text = t.Overrun(model.FormatCountdown(left))
	}
	if !it.Timer.Running() {
		text += " " + t.Paused
	}
	return text
}

// StatusTimer is the current item's countdown for the status bar, empty
// while no meeting is loaded.
func (s *Screen) StatusTimer(now time.Time) string {
	it, ok := s.run.CurrentItem()
	if !s.loaded || !ok {
		return ""
	}
	t := s.c.T
	label := fmt.Sprintf("%d/%d ", it.Position+1, len(s.run.Items))
	// as wide as the countdown can get, so that the bar does not shift as
	// it runs, pauses or overruns
	widest := max(common.Width(t.Remaining("00:00")), common.Width(t.Overrun("+00:00"))) + common.Width(" "+t.Paused)
	text := s.countdown(it, now)
	pad := strings.Repeat(" ", max(widest-common.Width(text), 0)) // right-aligned against the clock
	return s.c.Styles.App.Status.Render(pad+label) + s.timerStyle(it, now).Render(text)
}

// headerView is the meeting's title line: name, when, where, status.
func (s *Screen) headerView() string {
	st, t := s.c.Styles, s.c.T
	m := s.meeting
	line := m.Title + "  " + t.MeetingWhen(m)
	if m.Place != "" {
		line += "  " + m.Place
	}
	status := "[" + t.Status(m.Status) + "]"
	w := s.w - lipgloss.Width(status) - 1
	return st.Agenda.Title.Render(common.Fit(line, w)) + " " + st.Home.Header.Render(status)
}

// bigTimerView is the boxed countdown of the current item.
func (s *Screen) bigTimerView() string {
	st, t := s.c.Styles, s.c.T
	it, _ := s.run.CurrentItem()
	inner := max(s.w-6, 10)
	now := fmt.Sprintf("%s %d/%d  %s", t.NowLabel, it.Position+1, len(s.run.Items), it.Title)
	planned := t.PlannedFor(int(it.Planned / time.Minute))
	timer := s.timerStyle(it, s.now).Render(s.countdown(it, s.now)) + "  " + st.Agenda.Done.Render(planned)
	if s.h < 16 { // short screen: one line, no box
		return common.Truncate(s.timerStyle(it, s.now).Render(s.countdown(it, s.now))+"  "+st.Agenda.Current.Render(now), s.w)
	}
	return st.Agenda.Big.Width(s.w).Render(common.Truncate(now, inner) + "\n" + common.Truncate(timer, inner))
}

// sheetColumns are the run sheet's column widths; kind and state shrink or
// go when the screen is narrow.
func (s *Screen) sheetColumns() (num, kind, title, planned, actual, state int) {
	t := s.c.T
	// as wide as the longest planned time the language writes ("999分",
	// "999 min") and its header, with a gap
	planned = max(common.Width(t.Minutes(999)), common.Width(t.ColPlanned)) + 1
	num, actual, state = 4, 7, 7
	if s.w >= 60 {
		kind = 9
	} else {
		state = 4
	}
	title = max(s.w-2-num-kind-planned-actual-state, 6)
	return
}

func (s *Screen) sheetView() string {
	st, t := s.c.Styles, s.c.T
	head := s.headerView() + "\n" + s.bigTimerView()
	num, kind, title, planned, actual, state := s.sheetColumns()
	short := kind == 0
	widths := []int{num, kind, title, planned, actual, state}
	row := func(v ...string) string { return common.Columns(widths, v...) }
	lines := []string{head, "  " + st.Agenda.Header.Render(row("#", t.ColKind, t.ColItem, t.ColPlanned, t.ColActual, t.ColState))}
	listH := max(s.h-lipgloss.Height(head)-3, 1)
	top := common.ScrollWindow(0, s.cursor, len(s.run.Items), listH)
	for i := top; i < len(s.run.Items) && i < top+listH; i++ {
		it := s.run.Items[i]
		state := t.ItemState(it.State, short)
		if it.Skipped {
			state = t.OnDay.Skipped
		}
		text := row(fmt.Sprint(i+1), t.Kind(it.Kind), it.Title+t.Workshops.Mark(it.NotInTemplate),
			t.Minutes(int(it.Planned/time.Minute)), model.FormatMinutes(it.Timer.At(s.now)), state)
		style := st.Agenda.Pending
		switch {
		case it.State == model.ItemCurrent:
			style = st.Agenda.Current
		case it.State == model.ItemDone, it.Skipped:
			style = st.Agenda.Done
		}
		prefix := "  "
		if i == s.cursor {
			prefix = "> "
			style = style.Inherit(st.Agenda.Selected)
		}
		lines = append(lines, style.Render(prefix+text))
	}
	total := t.Totals(int(s.run.Planned()/time.Minute), model.FormatMinutes(s.run.Spent(s.now)))
	lines = append(lines, st.Agenda.Done.Render(common.Truncate(total, s.w)))
	return strings.Join(lines, "\n")
}

func (s *Screen) dialogView() string {
	st, t := s.c.Styles, s.c.T
	var q string
	switch s.confirm {
	case confirmReset:
		it, _ := s.run.CurrentItem()
		q = t.ConfirmReset(it.Title)
	case confirmStart:
		q = t.ConfirmStartSecond(s.underWay, s.meeting.Title)
	case confirmEnd:
		q = t.ConfirmEnd(s.meeting.Title)
		if s.meeting.Status == model.StatusEnded {
			q = t.ConfirmReopen(s.meeting.Title)
		}
	}
	box := st.App.Dialog.Render(common.Wrap(q, max(s.w-8, 10)) + "\n\n" + t.YesNo)
	return lipgloss.Place(s.w, s.h, lipgloss.Center, lipgloss.Center, box)
}

// bigView fills the body with the current item's countdown in big digits,
// as large as fits, with the item above it and its state below, for the
// back of the room.
func (s *Screen) bigView() string {
	st, t := s.c.Styles, s.c.T
	it, _ := s.run.CurrentItem()
	left := it.Planned - it.Timer.At(s.now)
	text := model.FormatCountdown(left)
	style := s.timerStyle(it, s.now)
	state := strings.TrimSpace(t.Remaining(""))
	if left < 0 {
		style, state = st.Timer.BigOver, t.OverTime
	}
	if it.Timer.Running() {
		state += "  " + t.Running
	} else {
		state += "  " + t.Paused
	}
	head := fmt.Sprintf("%s %d/%d  %s", t.NowLabel, it.Position+1, len(s.run.Items), it.Title)
	digits := style.Render(text) // too small for big digits
	if sx, sy, ok := common.BigScale(text, s.w, s.h-4); ok {
		digits = style.Render(common.BigDigits(text, sx, sy, st.Ink))
	}
	planned := t.PlannedFor(int(it.Planned / time.Minute))
	foot := common.Truncate(state+"  "+planned, s.w)
	digitsH := lipgloss.Height(digits)
	top := max((s.h-digitsH-4)/2, 0)
	return strings.Repeat("\n", top) +
		common.Center(st.Timer.Label.Render(common.Truncate(head, s.w)), s.w, 1) + "\n\n" +
		common.Center(digits, s.w, digitsH) + "\n\n" +
		common.Center(st.Timer.Label.Render(foot), s.w, 1)
}

// slideTitle is the item's title as a full-width block.
func (s *Screen) slideTitle(it model.AgendaItem) string {
	if s.shortSlide() {
		return s.c.Styles.Slide.Title.PaddingTop(0).PaddingBottom(0).Width(s.w).Render(it.Title)
	}
	return s.c.Styles.Slide.Title.Width(s.w).Render(it.Title)
}

// slideView is the current item full screen: a heading line with the
// item's kind, place in the agenda and countdown, the title, and the
// item's panel below.
func (s *Screen) slideView() string {
	st, t := s.c.Styles, s.c.T
	it, _ := s.onSlide()
	label := fmt.Sprintf("%s  %d/%d", t.Kind(it.Kind), it.Position+1, len(s.run.Items))
	timer := s.timerStyle(it, s.now).Render(s.countdown(it, s.now))
	gap := s.w - lipgloss.Width(timer)
	body := t.Loading
	top := s.headHeight(it)
	if s.panel != nil {
		body = s.panel.View(s.w, max(s.h-top, 1))
	}
	if kindOf(it.Kind).headline { // the panel needs the room: one line of heading
		title := st.Slide.Kind.Render(common.Fit(label+"  "+it.Title, max(gap, 0)))
		if gap < 8 {
			title = ""
		}
		return title + timer + "\n" + body
	}
	head := st.Slide.Kind.Render(common.Fit(label, gap)) + timer
	if gap < 8 {
		head = timer
	}
	if s.shortSlide() {
		return head + "\n" + s.slideTitle(it) + "\n" + body
	}
	return head + "\n" + s.slideTitle(it) + "\n\n" + body
}
