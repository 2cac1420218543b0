package meeting

// record.go: the record (記録) of the item on the slide (the current one;
// for an ended meeting the one being looked through), for items of every
// kind. w on the slide opens it over the slide's body; while it is open it
// takes every key (esc or w close it) and its keys are the footer. It
// closes when the item changes, and when projector mode comes on: the
// room sees the record only when the facilitator opens it while
// projecting.

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/tui/common"
	"yoriai/tui/record"
)

// recordKey gives a key to the open record, or opens it on w. ok reports
// that the key was the record's.
func (s *Screen) recordKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := s.c.Keys
	if s.rec == nil {
		if !s.slide || s.big || !key.Matches(msg, k.Record) || s.panel != nil && s.panel.Capturing() {
			return nil, false
		}
		return s.openRecord()
	}
	p, cmd, handled := s.rec.Update(msg)
	if !handled { // esc or w: the record closes
		p = nil
	}
	s.rec, _ = p.(*record.Panel)
	return cmd, true
}

// openRecord opens the record of the item on the slide (the current one;
// for an ended meeting the one being looked at). ok reports that there
// was an item to open it for.
func (s *Screen) openRecord() (tea.Cmd, bool) {
	it, ok := s.onSlide()
	if !ok {
		return nil, false
	}
	var cmd tea.Cmd
	s.rec, cmd = record.New(s.c, s.st, common.Slide{Workshop: s.workshop, Pillars: s.pillars, Meeting: s.meeting,
		Item: it, Projector: s.projector})
	return cmd, true
}

// OpenRecord shows meeting id's slide with the record of its current item
// open, as the app resumes where the facilitator left it: the record opens
// once the meeting is loaded (never while projecting).
func (s *Screen) OpenRecord(id int64) tea.Cmd {
	cmd := s.Open(id, true)
	if s.loaded {
		if !s.projector && s.rec == nil {
			open, _ := s.openRecord()
			return tea.Batch(cmd, open)
		}
		return cmd
	}
	s.recordOnLoad = true
	return cmd
}

// OnRecord reports whether the record is open over the slide.
func (s *Screen) OnRecord() bool { return s.rec != nil }

// syncRecord closes the record when its item is no longer on the slide.
func (s *Screen) syncRecord() {
	if s.rec == nil {
		return
	}
	if it, ok := s.onSlide(); !ok || !s.loaded || !s.slide || it.ID != s.rec.ItemID() {
		s.rec = nil
	}
}

// toRecord hands a message (a store result, a paste) to the open record.
func (s *Screen) toRecord(msg tea.Msg) tea.Cmd {
	if s.rec == nil {
		return nil
	}
	_, cmd, _ := s.rec.Update(msg)
	return cmd
}

// projectRecord hides the record when projector mode comes on.
func (s *Screen) projectRecord(on bool) {
	if on {
		s.rec = nil
	}
}

// recordCapturing reports that an entry of the record is being typed.
func (s *Screen) recordCapturing() bool { return s.rec != nil && s.rec.Capturing() }

// recordView is the slide with the record open: one heading line (the
// item's kind, place and countdown) and the record under it.
func (s *Screen) recordView() string {
	st, t := s.c.Styles, s.c.T
	it, _ := s.onSlide()
	label := fmt.Sprintf("%s  %d/%d", t.Kind(it.Kind), it.Position+1, len(s.run.Items))
	timer := s.timerStyle(it, s.now).Render(s.countdown(it, s.now))
	gap := s.w - lipgloss.Width(timer)
	head := st.Slide.Kind.Render(common.Fit(label, gap)) + timer
	if gap < 8 {
		head = common.Truncate(timer, s.w)
	}
	return head + "\n" + s.rec.View(s.w, max(s.h-1, 1))
}

// recordCursor is the record form's cursor, relative to the body; ok is
// false when the record is closed.
func (s *Screen) recordCursor() (*tea.Cursor, bool) {
	if s.rec == nil || !s.slide {
		return nil, false
	}
	c := s.rec.Cursor(s.w, max(s.h-1, 1))
	if c != nil {
		c.Y++
	}
	return c, true
}
