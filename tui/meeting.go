package tui

// meeting.go: a meeting being run. Two views of one state: the run sheet
// (the agenda with planned and actual minutes, the current item and its
// countdown) and the slide (the current item full screen, for the room).
// meeting_view.go draws them.
//
// Consumes: meetingLoadedMsg, runSavedMsg, tickMsg. Emits: backMsg.
// Keys: n/p next/previous item, space start/pause the timer, T reset it,
// B the countdown in big digits, E end or reopen the meeting, ↑/↓ choose (run sheet) or scroll (slide),
// enter go to the chosen item and show it, esc back.

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// confirmation is a question the meeting screen is waiting on.
type confirmation int

const (
	confirmNone confirmation = iota
	confirmReset
	confirmEnd
)

type meetingScreen struct {
	c         Common
	w, h      int
	meetingID int64 // the meeting asked for; the loaded one when loaded
	loaded    bool
	meeting   model.Meeting
	workshop  model.Workshop // for the diagrams
	pillars   []model.Pillar
	run       model.Run
	now       time.Time
	cursor    int // the run sheet row under the cursor
	slide     bool
	big       bool // the countdown in big digits fills the body
	projector bool
	confirm   confirmation
	vp        viewport.Model
	vpKey     slideKey   // what the viewport holds, to rebuild it only on change
	ideas     ideaBoard  // the ideas of the prompt item on the slide
	poll      pollPanel  // the poll item on the slide
	board     boardPanel // the Task ① board, on the slide of a task1 item
	task2     task2Panel // Task ②, on the slide of a task2 item
}

// meetingLoadedMsg carries a meeting and its agenda, and the workshop
// whose diagrams and pillars the slides draw.
type meetingLoadedMsg struct {
	meeting  model.Meeting
	items    []model.AgendaItem
	workshop model.Workshop
	pillars  []model.Pillar
}

// runSavedMsg reports that a change to the run was committed.
type runSavedMsg struct{ saved }

func newMeetingScreen(c Common) *meetingScreen {
	return &meetingScreen{c: c, vp: viewport.New(), now: c.Now(), ideas: ideaBoard{c: c}, poll: pollPanel{c: c}, board: boardPanel{c: c}, task2: task2Panel{c: c}}
}

func loadMeetingCmd(c Common, id int64) tea.Cmd {
	wid := c.WorkshopID
	return c.do(c.T.OpLoadMeeting, func(st Store) (tea.Msg, error) {
		m, items, err := st.Meeting(id)
		if err != nil {
			return nil, err
		}
		w, ps, err := st.Workshop(wid)
		return meetingLoadedMsg{meeting: m, items: items, workshop: w, pillars: ps}, err
	})
}

func saveRunCmd(c Common, m model.Meeting, items []model.AgendaItem, kind string, at time.Time) tea.Cmd {
	return c.do(c.T.OpSaveRun, func(st Store) (tea.Msg, error) {
		return runSavedMsg{}, st.SaveRun(m, items, kind, at)
	})
}

// open shows meeting id, on its slide or its run sheet. The meeting already
// loaded keeps its state; another one is loaded afresh.
func (s *meetingScreen) open(id int64, slide bool) tea.Cmd {
	s.slide, s.confirm = slide, confirmNone
	if id == s.meetingID && s.loaded {
		return nil
	}
	s.meetingID, s.loaded = id, false
	return loadMeetingCmd(s.c, id)
}

func (s *meetingScreen) Init() tea.Cmd { return nil }

func (s *meetingScreen) id() int64 { return s.meetingID }

func (s *meetingScreen) setProjector(on bool) {
	s.projector = on
	s.syncSlide()
}

func (s *meetingScreen) title() string {
	if !s.loaded {
		return ""
	}
	return s.meeting.Title
}

func (s *meetingScreen) SetSize(w, h int) {
	s.w, s.h = w, h
	s.syncSlide()
}

// Capturing is true while a confirmation waits for y or n, an idea is
// being typed, or the poll has the keyboard (a ballot, a PIN, a form).
func (s *meetingScreen) Capturing() bool {
	return s.confirm != confirmNone || (s.slide && s.isPrompt() && s.ideas.editing()) ||
		(s.slide && s.isPoll() && s.poll.capturing()) || (s.slide && s.isTask1() && s.board.capturing()) ||
		(s.slide && s.isTask2() && s.task2.capturing())
}

// Cursor is the idea editor's text cursor, relative to the body.
func (s *meetingScreen) Cursor() *tea.Cursor {
	if !s.slide || s.big || s.confirm != confirmNone || !(s.isPrompt() || s.isPoll() || s.isTask1() || s.isTask2()) {
		return nil
	}
	it, _ := s.run.CurrentItem()
	top := s.slideHeadHeight(it)
	var c *tea.Cursor
	switch {
	case s.isTask1():
		c = s.board.textCursor(s.w, s.h-1)
		top = 1
	case s.isTask2():
		c = s.task2.textCursor(s.w, s.h-1)
		top = 1
	case s.isPoll():
		c = s.poll.textCursor(s.w, s.h-top)
	default:
		c = s.ideas.textCursor(s.h-top, s.w)
	}
	if c != nil {
		c.Y += top
	}
	return c
}

func (s *meetingScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	cmd := s.update(msg)
	s.syncSlide()
	return s, tea.Batch(cmd, s.syncIdeas(), s.syncPoll(), s.syncBoard(), s.syncTask2())
}

// syncTask2 reads Task ② when a task2 item comes onto the slide, and
// forgets it when the slide moves on.
func (s *meetingScreen) syncTask2() tea.Cmd {
	if !s.loaded || !s.slide || !s.isTask2() {
		s.task2.close()
		return nil
	}
	return s.task2.open(s.meeting)
}

// syncBoard reads the board when a task1 item comes onto the slide, and
// forgets it when the slide moves on, so that it is read afresh next time
// (ideas and poll reasons may have come in meanwhile).
func (s *meetingScreen) syncBoard() tea.Cmd {
	if !s.loaded || !s.slide || !s.isTask1() {
		s.board.close()
		return nil
	}
	return s.board.open(s.meeting)
}

// syncPoll loads the poll when a poll item becomes the current one, on
// the slide or not: an open ballot takes the screen at once.
func (s *meetingScreen) syncPoll() tea.Cmd {
	it, ok := s.run.CurrentItem()
	if !s.loaded || !ok || it.Kind != model.KindPoll {
		return nil
	}
	return s.poll.open(it)
}

// syncIdeas loads the ideas when a prompt item comes onto the slide.
func (s *meetingScreen) syncIdeas() tea.Cmd {
	it, ok := s.run.CurrentItem()
	if !s.loaded || !s.slide || !ok || it.Kind != model.KindPrompt {
		return nil
	}
	return s.ideas.open(it.ID)
}

func (s *meetingScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case meetingLoadedMsg:
		if msg.meeting.ID != s.meetingID {
			return nil // an answer to an earlier request
		}
		s.loaded, s.meeting = true, msg.meeting
		s.workshop, s.pillars = msg.workshop, msg.pillars
		s.run = model.NewRun(msg.items, msg.meeting.CurrentItemID)
		s.cursor, s.now, s.vpKey = s.run.Current, s.c.Now(), slideKey{}
	case tickMsg:
		s.now = msg.at
	case ideasLoadedMsg, ideaSavedMsg:
		cmd, _ := s.ideas.update(msg, s.meeting)
		return cmd
	case errMsg:
		c1, _ := s.ideas.update(msg, s.meeting)
		c2, _ := s.poll.update(msg)
		c3, _ := s.board.update(msg)
		c4, _ := s.task2.update(msg)
		return tea.Batch(c1, c2, c3, c4)
	case boardLoadedMsg, boardSavedMsg, chatImportedMsg:
		cmd, _ := s.board.update(msg)
		return cmd
	case task2LoadedMsg, task2SavedMsg, planSavedMsg:
		cmd, _ := s.task2.update(msg)
		return cmd
	case pollLoadedMsg, pollSavedMsg, ballotCastMsg:
		cmd, _ := s.poll.update(msg)
		if it, ok := s.run.CurrentItem(); ok && s.poll.inBallot() && s.poll.item.ID == it.ID {
			// an open ballot owns the screen, also after a restart
			s.slide, s.big, s.confirm = true, false, confirmNone
		}
		return cmd
	case tea.PasteMsg:
		if s.slide && s.isPrompt() {
			cmd, _ := s.ideas.update(msg, s.meeting)
			return cmd
		}
		if s.slide && s.isPoll() {
			cmd, _ := s.poll.update(msg)
			return cmd
		}
		if s.slide && s.isTask1() {
			cmd, _ := s.board.update(msg)
			return cmd
		}
		if s.slide && s.isTask2() {
			cmd, _ := s.task2.update(msg)
			return cmd
		}
	case tea.KeyPressMsg:
		if !s.loaded {
			if key.Matches(msg, s.c.Keys.Back) {
				return goBack
			}
			return nil
		}
		if s.confirm != confirmNone {
			return s.handleConfirm(msg)
		}
		if s.slide && !s.big && s.isPrompt() {
			if cmd, used := s.ideas.update(msg, s.meeting); used {
				return cmd
			}
		}
		if s.slide && !s.big && s.isPoll() {
			if cmd, used := s.poll.update(msg); used {
				return cmd
			}
		}
		if s.slide && !s.big && s.isTask1() {
			if cmd, used := s.board.update(msg); used {
				return cmd
			}
		}
		if s.slide && !s.big && s.isTask2() {
			if cmd, used := s.task2.update(msg); used {
				return cmd
			}
		}
		return s.handleKey(msg)
	}
	return nil
}

func (s *meetingScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	now := s.c.Now()
	s.now = now
	switch {
	case key.Matches(msg, k.Back):
		if s.big {
			s.big = false
			return nil
		}
		if s.slide {
			s.slide = false
			return nil
		}
		return goBack
	case key.Matches(msg, k.Next):
		if r, ok := s.run.Next(now); ok {
			return s.apply(r, "run.next", now)
		}
	case key.Matches(msg, k.Prev):
		if r, ok := s.run.Prev(now); ok {
			return s.apply(r, "run.prev", now)
		}
	case key.Matches(msg, k.Timer):
		kind := "run.timer_start"
		if s.run.Running() {
			kind = "run.timer_pause"
		}
		return s.apply(s.run.ToggleTimer(now), kind, now)
	case key.Matches(msg, k.ResetTimer):
		s.confirm = confirmReset
	case key.Matches(msg, k.EndMeeting):
		s.confirm = confirmEnd
	case key.Matches(msg, k.BigTimer):
		s.big = !s.big
	case s.slide:
		s.scroll(msg)
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.run.Items)-1, 0))
	case key.Matches(msg, k.Open) && len(s.run.Items) > 0:
		s.slide = true
		if r, ok := s.run.Goto(s.cursor, now); ok {
			return s.apply(r, "run.goto", now)
		}
	}
	return nil
}

func (s *meetingScreen) scroll(msg tea.KeyPressMsg) {
	k := s.c.Keys
	switch {
	case key.Matches(msg, k.Up):
		s.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		s.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		s.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		s.vp.PageDown()
	}
}

func (s *meetingScreen) handleConfirm(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	c := s.confirm
	switch {
	case key.Matches(msg, k.Yes):
		s.confirm = confirmNone
	case key.Matches(msg, k.No):
		s.confirm = confirmNone
		return nil
	default:
		return nil
	}
	now := s.c.Now()
	s.now = now
	if c == confirmReset {
		return s.apply(s.run.ResetTimer(now), "run.timer_reset", now)
	}
	if s.meeting.Status == model.StatusEnded {
		s.meeting = s.meeting.Reopened()
		return s.save("meeting.reopened", now)
	}
	s.run = s.run.PauseTimer(now)
	s.meeting = s.meeting.Ended(now)
	return s.save("meeting.ended", now)
}

// apply makes r the run, starts a meeting not yet under way, and saves.
func (s *meetingScreen) apply(r model.Run, kind string, now time.Time) tea.Cmd {
	s.run = r
	s.cursor = r.Current
	s.meeting = s.meeting.Started(now)
	return s.save(kind, now)
}

func (s *meetingScreen) save(kind string, now time.Time) tea.Cmd {
	if it, ok := s.run.CurrentItem(); ok {
		s.meeting.CurrentItemID = it.ID
	}
	items := append([]model.AgendaItem(nil), s.run.Items...)
	return saveRunCmd(s.c, s.meeting, items, kind, now)
}

// isPrompt reports whether the meeting stands at a prompt item.
func (s *meetingScreen) isPrompt() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindPrompt
}

// isPoll reports whether the meeting stands at a poll item.
func (s *meetingScreen) isPoll() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindPoll
}

// isTask1 reports whether the meeting stands at a Task ① item.
func (s *meetingScreen) isTask1() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindTask1
}

// isTask2 reports whether the meeting stands at a Task ② item.
func (s *meetingScreen) isTask2() bool {
	it, ok := s.run.CurrentItem()
	return ok && it.Kind == model.KindTask2
}
