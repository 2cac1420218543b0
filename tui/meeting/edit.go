package meeting

// edit.go: the run sheet's on-the-day edits. e edits the item under the
// cursor (title, minutes, and a video's speaker and URL), M the meeting's
// date, times, place and content, a inserts an item below the cursor, s
// skips an item or brings it back, K/J move it; o opens a video's URL or
// file in the system's browser or player. Each change is one store call
// on the screen's own edit requester; a form stays open until its save is
// committed, a move or a skip shows at once and is read back from the
// store if its save fails. What is typed in a form is kept as a draft as
// it is typed, and comes back when the same form opens after a crash.

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/agendaedit"
	"yoriai/tui/common"
)

// EditStore is what the on-the-day edits need from the database.
type EditStore interface {
	EditMeeting(m model.Meeting, at time.Time) error
	EditItem(it model.AgendaItem, at time.Time) error
	MoveItem(meetingID, itemID int64, to int, at time.Time) error
	InsertItem(meetingID int64, position int, kind model.ItemKind, title string, planned time.Duration, at time.Time) (model.AgendaItem, error)
	SkipItem(meetingID, itemID int64, skipped bool, at time.Time) error
}

// editKind is which form is open.
type editKind int

const (
	editItem editKind = iota
	editMeeting
	editInsert
)

// editing is an open edit form and what it is for.
type editing struct {
	kind editKind
	form *agendaedit.Form
	item int // the run sheet row it edits, or inserts below
}

// Results of the edits.
type (
	itemEditedMsg struct {
		common.Saved
		item model.AgendaItem
	}
	meetingEditedMsg struct {
		common.Saved
		meeting model.Meeting
	}
	insertedMsg struct {
		common.Saved
		item model.AgendaItem
	}
	agendaSavedMsg struct{ common.Saved }
	videoOpenedMsg struct{ target string }
)

// updateEdit handles the results of edits, their failures and, while a
// form is open, every key and paste; ok reports that msg was used up.
func (s *Screen) updateEdit(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case itemEditedMsg:
		for i, it := range s.run.Items {
			if it.ID == msg.item.ID {
				s.run.Items = append([]model.AgendaItem(nil), s.run.Items...)
				s.run.Items[i] = msg.item
			}
		}
		if s.panelItem == msg.item.ID { // the panel shows the item as it was
			s.panel, s.panelItem = nil, 0
		}
		return s.closeEdit(), true
	case meetingEditedMsg:
		s.meeting.Date, s.meeting.Start, s.meeting.End = msg.meeting.Date, msg.meeting.Start, msg.meeting.End
		s.meeting.Place, s.meeting.Topics = msg.meeting.Place, msg.meeting.Topics
		return s.closeEdit(), true
	case insertedMsg:
		s.run = s.run.Insert(msg.item.Position, msg.item)
		s.cursor = msg.item.Position
		return s.closeEdit(), true
	case common.DraftLoadedMsg:
		if s.edit == nil || !s.edit.form.DraftFor(msg) {
			return nil, false
		}
		return s.edit.form.Update(msg), true
	case agendaSavedMsg:
		return nil, true
	case videoOpenedMsg:
		return common.Flash(fmt.Sprintf(s.c.T.OnDay.FmtVideoOpened, msg.target)), true
	case common.ErrMsg:
		if !msg.For(s.editID) {
			return nil, false
		}
		if o := s.c.T.OnDay; msg.Op == o.OpSaveDraft || msg.Op == o.OpLoadDraft {
			return nil, false // the banner says it; the form stays as typed
		}
		if s.edit != nil && s.edit.form.Saving() {
			s.edit.form.Fail(s.c.Problem(msg))
			return s.edit.form.Focus(), true
		}
		return s.loadCmd(s.meetingID), true // a move or a skip: read back what the store holds
	case tea.KeyPressMsg, tea.PasteMsg:
		if s.edit == nil {
			return nil, false
		}
		return s.updateForm(msg), true
	}
	return nil, false
}

// updateForm passes a key or a paste to the open form and acts on how it
// ended: cancelled closes it, done is checked and saved.
func (s *Screen) updateForm(msg tea.Msg) tea.Cmd {
	f := s.edit.form
	cmd, out := common.UpdateForm(f, msg)
	switch out {
	case common.FormClosed: // left: the form let its draft go
		s.edit = nil
	case common.FormSubmitted:
		return tea.Batch(cmd, s.submitEdit())
	}
	return cmd
}

// closeEdit closes the form once it is saved: its draft is done with.
func (s *Screen) closeEdit() tea.Cmd {
	if s.edit == nil {
		return nil
	}
	drop := s.edit.form.DropDraft()
	s.edit = nil
	return drop
}

// fail puts the form back to editing with problem shown.
func (s *Screen) fail(problem string) tea.Cmd {
	s.edit.form.Fail(problem)
	return s.edit.form.Focus()
}

func (s *Screen) submitEdit() tea.Cmd {
	e, st, now, o := s.edit, s.st, s.c.Now(), s.c.T.OnDay
	switch e.kind {
	case editItem:
		it, problem := e.form.Item(s.run.Items[e.item])
		if problem != "" {
			return s.fail(problem)
		}
		items := append([]model.AgendaItem(nil), s.run.Items...)
		items[e.item] = it
		if slot, total, ok := model.FitsSlot(s.meeting, items); !ok {
			return s.fail(o.OverSlot(total, slot))
		}
		return s.c.Do(s.editID, o.OpEditItem, func() (tea.Msg, error) {
			return itemEditedMsg{item: it}, st.EditItem(it, now)
		})
	case editMeeting:
		m, problem := e.form.Meeting(s.meeting)
		if problem != "" {
			return s.fail(problem)
		}
		if slot, total, ok := model.FitsSlot(m, s.run.Items); !ok {
			return s.fail(o.OverSlot(total, slot))
		}
		return s.c.Do(s.editID, o.OpEditMeeting, func() (tea.Msg, error) {
			return meetingEditedMsg{meeting: m}, st.EditMeeting(m, now)
		})
	}
	kind, title, planned, problem := e.form.Insert()
	if problem != "" {
		return s.fail(problem)
	}
	items := append([]model.AgendaItem(nil), s.run.Items...)
	items = append(items, model.AgendaItem{Planned: planned})
	if slot, total, ok := model.FitsSlot(s.meeting, items); !ok {
		return s.fail(o.OverSlot(total, slot))
	}
	mid, at := s.meeting.ID, min(e.item+1, len(s.run.Items))
	return s.c.Do(s.editID, o.OpInsertItem, func() (tea.Msg, error) {
		it, err := st.InsertItem(mid, at, kind, title, planned, now)
		return insertedMsg{item: it}, err
	})
}

// editKey acts on the edit keys of the run sheet and on o; ok reports that
// the key was one of them.
func (s *Screen) editKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k, o := s.c.Keys, s.c.T.OnDay
	if key.Matches(msg, k.OpenVideo) {
		it, ok := s.onSlide() // on the run sheet, the item under the cursor
		if !s.slide && s.cursor >= 0 && s.cursor < len(s.run.Items) {
			it, ok = s.run.Items[s.cursor], true
		}
		if !ok || !kindOf(it.Kind).playable {
			return nil, false
		}
		return s.openVideo(it.URL), true
	}
	if s.slide || s.big || len(s.run.Items) == 0 {
		return nil, false
	}
	i := min(max(s.cursor, 0), len(s.run.Items)-1)
	it := s.run.Items[i]
	st, now, mid := s.st, s.c.Now(), s.meeting.ID
	switch {
	case key.Matches(msg, k.EditItem):
		return s.openForm(editItem, agendaedit.NewItemForm(s.c, it), i, fmt.Sprintf("agenda:item:%d", it.ID)), true
	case key.Matches(msg, k.EditMeeting):
		return s.openForm(editMeeting, agendaedit.NewMeetingForm(s.c, s.meeting), i, fmt.Sprintf("agenda:meeting:%d", mid)), true
	case key.Matches(msg, k.InsertItem):
		return s.openForm(editInsert, agendaedit.NewInsertForm(s.c), i, fmt.Sprintf("agenda:insert:%d:%d", mid, it.ID)), true
	case key.Matches(msg, k.SkipItem):
		r, ok := s.run.SetSkipped(i, !it.Skipped)
		if !ok {
			return common.Flash(o.CannotSkipCurrent), true
		}
		s.run = r
		note := o.FmtUnskipped
		if !it.Skipped {
			note = o.FmtSkipped
		}
		skip := !it.Skipped
		return tea.Batch(common.Flash(fmt.Sprintf(note, it.Title)), s.c.Do(s.editID, o.OpSkipItem, func() (tea.Msg, error) {
			return agendaSavedMsg{}, st.SkipItem(mid, it.ID, skip, now)
		})), true
	case key.Matches(msg, k.ItemUp), key.Matches(msg, k.ItemDown):
		d := 1
		if key.Matches(msg, k.ItemUp) {
			d = -1
		}
		r, ok := s.run.Move(i, d)
		if !ok {
			return nil, true
		}
		s.run, s.cursor = r, i+d
		return s.c.Do(s.editID, o.OpMoveItem, func() (tea.Msg, error) {
			return agendaSavedMsg{}, st.MoveItem(mid, it.ID, i+d, now)
		}), true
	}
	return nil, false
}

// openForm opens form f for what kind and item say, with its draft kept
// under key as it is typed, and reads back the draft kept from before.
func (s *Screen) openForm(kind editKind, f *agendaedit.Form, item int, key string) tea.Cmd {
	s.edit = &editing{kind: kind, form: f, item: item}
	return tea.Batch(f.Focus(), f.KeepDraft(s.st, s.editID, key))
}

// openVideo hands target to the system's browser or player in a Cmd of
// its own, off the store's queue: a slow launcher holds up nothing.
func (s *Screen) openVideo(target string) tea.Cmd {
	if target == "" {
		return common.Flash(s.c.T.OnDay.NoVideoURL)
	}
	// From the screen's own id, which no edit waits on: the banner says it.
	open, from, op := s.c.OpenExternal, s.id, s.c.T.OnDay.OpOpenVideo
	return func() tea.Msg {
		if open == nil {
			return nil
		}
		if err := open(target); err != nil {
			return common.ErrMsg{Op: op, From: from, Err: err}
		}
		return videoOpenedMsg{target: target}
	}
}
