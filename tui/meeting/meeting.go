// Package meeting is a meeting being run. Two views of one state: the run
// sheet (the agenda with planned and actual minutes, the current item and
// its countdown) and the slide (the current item full screen, for the
// room), whose body is the panel of the item's kind (panels.go).
// meeting_run.go moves the run, meeting_view.go draws them.
//
// Consumes: loadedMsg, runSavedMsg, common.TickMsg, common.TakeScreenMsg;
// every other message goes on to the panel. Emits: common.BackMsg.
// Keys: n/p next/previous item, space start/pause the timer, T reset it,
// B the countdown in big digits, E end or reopen the meeting, ↑/↓ choose
// (run sheet), enter go to the chosen item and show it, esc back; on the
// slide the panel's keys first, and w the item's record (record.go).
package meeting

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
	"yoriai/tui/record"
)

// confirmation is a question the meeting screen is waiting on.
type confirmation int

const (
	confirmNone confirmation = iota
	confirmReset
	confirmEnd
	confirmStart // another meeting is under way: start this one too?
)

// Screen is one meeting being run.
type Screen struct {
	c            common.Common
	st           Store
	id           int64 // the requester id of its store calls
	w, h         int
	meetingID    int64 // the meeting asked for; the loaded one when loaded
	loaded       bool
	meeting      model.Meeting
	workshop     model.Workshop // for the diagrams
	pillars      []model.Pillar
	run          model.Run
	now          time.Time
	cursor       int // the run sheet row under the cursor
	viewing      int // the item an ended meeting's slide shows (a running one's is its current item)
	slide        bool
	big          bool // the countdown in big digits fills the body
	projector    bool
	confirm      confirmation
	panel        common.Panel  // the current item's panel, while it is open
	panelItem    int64         // the item the panel is for
	shown        bool          // the panel was told its slide is on screen
	rec          *record.Panel // the current item's record, while it is open (record.go)
	recordOnLoad bool          // open the record once the meeting is loaded (OpenRecord)
	edit         *editing      // an on-the-day edit form, while open (edit.go)
	editID       int64         // the requester id of the edits' store calls
	lookAt       int64         // the item an ended meeting's slide is to show once loaded (LookAt)
	underWay     string        // the title of another meeting of the workshop under way, when loaded
	pending      *pendingStart // a start waiting on confirmStart
}

// loadedMsg carries a meeting and its agenda, the workshop whose diagrams
// and pillars the slides draw, and the title of another meeting under way.
type loadedMsg struct {
	meeting  model.Meeting
	items    []model.AgendaItem
	workshop model.Workshop
	pillars  []model.Pillar
	underWay string
}

// runSavedMsg reports that a change to the run was committed.
type runSavedMsg struct{ common.Saved }

// New returns the meeting screen, with no meeting open yet.
func New(c common.Common, st Store) *Screen {
	return &Screen{c: c, st: st, id: c.NewID(), editID: c.NewID(), now: c.Now()}
}

func (s *Screen) loadCmd(id int64) tea.Cmd {
	st, wid := s.st, s.c.WorkshopID
	return s.c.Do(s.id, s.c.T.OpLoadMeeting, func() (tea.Msg, error) {
		m, items, err := st.Meeting(id)
		if err != nil {
			return nil, err
		}
		w, ps, err := st.Workshop(wid)
		if err != nil {
			return nil, err
		}
		ms, err := st.Meetings(wid)
		msg := loadedMsg{meeting: m, items: items, workshop: w, pillars: ps}
		for _, o := range ms {
			if o.ID != m.ID && o.Status == model.StatusRunning && msg.underWay == "" {
				msg.underWay = o.Title
			}
		}
		return msg, err
	})
}

// Open shows meeting id, on its slide or its run sheet. The meeting
// already loaded keeps its state; another one is loaded afresh.
func (s *Screen) Open(id int64, slide bool) tea.Cmd {
	s.slide, s.confirm = slide, confirmNone
	if id == s.meetingID && s.loaded {
		return s.syncPanel()
	}
	s.meetingID, s.loaded, s.recordOnLoad = id, false, false
	s.panel, s.panelItem = nil, 0
	return s.loadCmd(id)
}

// Init does nothing: Open loads the meeting.
func (s *Screen) Init() tea.Cmd { return nil }

// ID is the meeting shown, or asked for.
func (s *Screen) ID() int64 { return s.meetingID }

// OnSlide reports whether the current item is shown full screen.
func (s *Screen) OnSlide() bool { return s.slide }

// SetProjector hides or shows facilitator-only text.
func (s *Screen) SetProjector(on bool) tea.Cmd {
	s.projector = on
	s.projectRecord(on)
	return s.toPanel(common.ProjectorMsg{On: on})
}

// Restyle tells the panel that the theme changed.
func (s *Screen) Restyle() tea.Cmd { return s.toPanel(common.StylesChangedMsg{}) }

// Title is the meeting's title once it is loaded.
func (s *Screen) Title() string {
	if !s.loaded {
		return ""
	}
	return s.meeting.Title
}

// SetSize sets the body's size.
func (s *Screen) SetSize(w, h int) { s.w, s.h = w, h }

// Capturing is true while a confirmation waits for y or n, or the panel on
// the slide has the keyboard (an editor, a ballot, a form).
func (s *Screen) Capturing() bool {
	return s.confirm != confirmNone || s.edit != nil || (s.slide && s.panel != nil && s.panel.Capturing()) || s.recordCapturing()
}

// Cursor is the panel's text cursor, relative to the body.
func (s *Screen) Cursor() *tea.Cursor {
	if s.edit != nil {
		return s.editCursor()
	}
	if c, ok := s.recordCursor(); ok && s.confirm == confirmNone {
		return c
	}
	if !s.slide || s.big || s.confirm != confirmNone || s.panel == nil {
		return nil
	}
	it, _ := s.onSlide()
	top := s.headHeight(it)
	c := s.panel.Cursor(s.w, max(s.h-top, 1))
	if c != nil {
		c.Y += top
	}
	return c
}

// Update handles a message, then opens, keeps or closes the current
// item's panel to match.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	cmd := s.update(msg)
	sync := s.syncPanel()
	s.syncRecord()
	return s, tea.Batch(cmd, sync)
}

func (s *Screen) update(msg tea.Msg) tea.Cmd {
	if cmd, ok := s.updateEdit(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.meeting.ID != s.meetingID {
			return nil // an answer to an earlier request
		}
		s.loaded, s.meeting, s.edit = true, msg.meeting, nil
		s.workshop, s.pillars, s.underWay, s.pending = msg.workshop, msg.pillars, msg.underWay, nil
		s.run = model.NewRun(msg.items, msg.meeting.CurrentItemID)
		s.cursor, s.viewing, s.now = s.run.Current, s.run.Current, s.c.Now()
		s.look()
		s.panel, s.panelItem = nil, 0
		if s.recordOnLoad && s.slide && !s.projector {
			s.recordOnLoad = false
			cmd, _ := s.openRecord()
			return cmd
		}
		return nil
	case runSavedMsg:
		return nil
	case common.TickMsg:
		s.now = msg.At
		return nil
	case common.TakeScreenMsg:
		if it, ok := s.onSlide(); ok && it.ID == msg.ItemID && s.panelItem == it.ID {
			s.slide, s.big, s.confirm = true, false, confirmNone
		}
		return nil
	case tea.PasteMsg:
		if !s.slide {
			return nil
		}
		if s.rec != nil {
			return s.toRecord(msg)
		}
	case tea.KeyPressMsg:
		return s.handleKeyPress(msg)
	}
	return tea.Batch(s.toPanel(msg), s.toRecord(msg))
}

// toPanel hands msg to the open panel.
func (s *Screen) toPanel(msg tea.Msg) tea.Cmd {
	if s.panel == nil {
		return nil
	}
	p, cmd, _ := s.panel.Update(msg)
	s.panel = p
	return cmd
}

func (s *Screen) handleKeyPress(msg tea.KeyPressMsg) tea.Cmd {
	if !s.loaded {
		if key.Matches(msg, s.c.Keys.Back) {
			return common.GoBack
		}
		return nil
	}
	if s.confirm != confirmNone {
		return s.handleConfirm(msg)
	}
	if cmd, ok := s.recordKey(msg); ok {
		return cmd
	}
	if s.slide && !s.big && s.panel != nil {
		p, cmd, handled := s.panel.Update(msg)
		s.panel = p
		if handled {
			return cmd
		}
	}
	if cmd, ok := s.editKey(msg); ok {
		return cmd
	}
	return s.handleKey(msg)
}
