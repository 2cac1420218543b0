// Package actions is the workshop-wide list of action items (宿題一覧): every
// 宿題 recorded at any meeting, the open ones first, with 担当, 期限 (overdue
// marked) and the meeting and item they came from; the done ones with the
// day and the meeting they were marked 完了 in. space (or c) marks the
// chosen one done or open again, recording the meeting it was opened from
// (none when opened from home).
//
// Consumes: loadedMsg, doneMsg, common.ErrMsg (its own). Emits:
// common.BackMsg, common.FlashMsg.
// Keys: ↑/↓ choose, space/c done or open, esc back.
package actions

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the 宿題一覧 needs from the database.
type Store interface {
	Actions(workshopID int64) ([]model.Entry, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	Participants(workshopID int64) ([]model.Participant, error)
	SetActionDone(id, meetingID int64, done bool, at time.Time) (model.Entry, error)
}

// Screen is the 宿題一覧.
type Screen struct {
	c         common.Common
	st        Store
	id        int64 // the requester id of its store calls
	w, h      int
	meetingID int64 // the meeting a 完了 is recorded in; 0 outside one
	loaded    bool
	entries   []model.Entry // open first, then done, each in meeting order
	meetings  map[int64]model.Meeting
	items     map[int64]string // agenda item titles
	people    []model.Participant
	cursor    int
}

// loadedMsg carries the action items and what names where they came from.
type loadedMsg struct {
	entries  []model.Entry
	meetings map[int64]model.Meeting
	items    map[int64]string
	people   []model.Participant
}

// doneMsg reports a committed 完了 or its undoing.
type doneMsg struct {
	common.Saved
	entry model.Entry
}

// New returns the 宿題一覧 on st.
func New(c common.Common, st Store) *Screen { return &Screen{c: c, st: st, id: c.NewID()} }

func (s *Screen) loadCmd() tea.Cmd {
	st, wid := s.st, s.c.WorkshopID
	return s.c.Do(s.id, s.c.T.Record.OpLoadActions, func() (tea.Msg, error) {
		msg := loadedMsg{meetings: map[int64]model.Meeting{}, items: map[int64]string{}}
		ms, err := st.Meetings(wid)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			_, items, err := st.Meeting(m.ID)
			if err != nil {
				return nil, err
			}
			msg.meetings[m.ID] = m
			for _, it := range items {
				msg.items[it.ID] = it.Title
			}
		}
		if msg.people, err = st.Participants(wid); err != nil {
			return nil, err
		}
		msg.entries, err = st.Actions(wid)
		return msg, err
	})
}

// Open shows the list; a 完了 marked here is recorded in meeting meetingID
// (0: none).
func (s *Screen) Open(meetingID int64) tea.Cmd {
	s.meetingID = meetingID
	return s.loadCmd()
}

// MeetingID is the meeting a 完了 is recorded in; 0 outside one.
func (s *Screen) MeetingID() int64 { return s.meetingID }

// Init reads the list again.
func (s *Screen) Init() tea.Cmd { return s.loadCmd() }

// SetSize sets the body's size.
func (s *Screen) SetSize(w, h int) { s.w, s.h = w, h }

// Update handles store results and the keys.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		s.loaded = true
		s.meetings, s.items, s.people = msg.meetings, msg.items, msg.people
		s.entries = openFirst(msg.entries)
		s.cursor = min(s.cursor, max(len(s.entries)-1, 0))
		return s, nil
	case doneMsg:
		for i, e := range s.entries {
			if e.ID == msg.entry.ID {
				s.entries[i] = msg.entry
			}
		}
		s.entries = openFirst(s.entries)
		for i, e := range s.entries {
			if e.ID == msg.entry.ID {
				s.cursor = i // the cursor follows it into its part of the list
			}
		}
		r := s.c.T.Record
		text := common.Truncate(common.OneLine(msg.entry.Text), 30)
		if msg.entry.DoneAt.IsZero() {
			return s, common.Flash(r.Reopened(text))
		}
		return s, common.Flash(r.MarkedDone(text))
	case tea.KeyPressMsg:
		if !s.loaded {
			if key.Matches(msg, s.c.Keys.Back) {
				return s, common.GoBack
			}
			return s, nil
		}
		return s, s.handleKey(msg)
	}
	return s, nil
}

func (s *Screen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	switch {
	case key.Matches(msg, k.Back):
		return common.GoBack
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.entries)-1, 0))
	case key.Matches(msg, k.MarkDone) && s.cursor < len(s.entries):
		e, st, mid, now := s.entries[s.cursor], s.st, s.meetingID, s.c.Now()
		return s.c.Do(s.id, s.c.T.Record.OpMarkDone, func() (tea.Msg, error) {
			got, err := st.SetActionDone(e.ID, mid, e.DoneAt.IsZero(), now)
			return doneMsg{entry: got}, err
		})
	}
	return nil
}

// openFirst orders the list: open action items first, then done ones,
// each part in the store's order (meeting, item, place).
func openFirst(es []model.Entry) []model.Entry {
	out := make([]model.Entry, 0, len(es))
	for _, done := range []bool{false, true} {
		for _, e := range es {
			if e.DoneAt.IsZero() != done {
				out = append(out, e)
			}
		}
	}
	return out
}

// ShortHelp is the footer's keys.
func (s *Screen) ShortHelp() []key.Binding {
	k := s.c.Keys
	return []key.Binding{k.Up, k.Down, k.MarkDone, k.Back}
}

// FullHelp is the keys for the ? overlay.
func (s *Screen) FullHelp() [][]key.Binding { return [][]key.Binding{s.ShortHelp()} }
