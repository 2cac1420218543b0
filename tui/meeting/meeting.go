package meeting

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"

	"yoriai/tui/board"
	"yoriai/tui/common"
	"yoriai/tui/ideas"
	"yoriai/tui/poll"
	"yoriai/tui/task2"

	// meeting.go: a meeting being run. Two views of one state: the run sheet
	// (the agenda with planned and actual minutes, the current item and its
	// countdown) and the slide (the current item full screen, for the room).
	// meeting_view.go draws them.
	//
	// Consumes: meetingLoadedMsg, runSavedMsg, tickMsg. Emits: backMsg.
	// Keys: n/p next/previous item, space start/pause the timer, T reset it,
	// B the countdown in big digits, E end or reopen the meeting, ↑/↓ choose (run sheet) or scroll (slide),
	// enter go to the chosen item and show it, esc back.

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

type MeetingScreen struct {
	c         common.Common
	w, h      int
	meetingID int64 // the meeting asked for; the loaded one when loaded
	loaded    bool
	meeting   model.Meeting
	workshop  model.Workshop // for the diagrams
	pillars   []model.Pillar
	Run       model.Run
	now       time.Time
	cursor    int // the run sheet row under the cursor
	Slide     bool
	Big       bool // the countdown in big digits fills the body
	projector bool
	confirm   confirmation
	vp        viewport.Model
	VpKey     SlideKey         // what the viewport holds, to rebuild it only on change
	Ideas     ideas.IdeaBoard  // the ideas of the prompt item on the slide
	poll      poll.PollPanel   // the poll item on the slide
	board     board.BoardPanel // the Task ① board, on the slide of a task1 item
	task2     task2.Task2Panel // Task ②, on the slide of a task2 item
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
type runSavedMsg struct{ common.Saved }

func NewMeetingScreen(c common.Common) *MeetingScreen {
	return &MeetingScreen{c: c, vp: viewport.New(), now: c.Now(), Ideas: ideas.IdeaBoard{C: c}, poll: poll.PollPanel{C: c}, board: board.BoardPanel{C: c}, task2: task2.Task2Panel{C: c}}
}

func loadMeetingCmd(c common.Common, id int64) tea.Cmd {
	wid := c.WorkshopID
	return c.Do(c.T.OpLoadMeeting, func(st common.Store) (tea.Msg, error) {
		m, items, err := st.Meeting(id)
		if err != nil {
			return nil, err
		}
		w, ps, err := st.Workshop(wid)
		return meetingLoadedMsg{meeting: m, items: items, workshop: w, pillars: ps}, err
	})
}

func saveRunCmd(c common.Common, m model.Meeting, items []model.AgendaItem, kind string, at time.Time) tea.Cmd {
	return c.Do(c.T.OpSaveRun, func(st common.Store) (tea.Msg, error) {
		return runSavedMsg{}, st.SaveRun(m, items, kind, at)
	})
}

// open shows meeting id, on its slide or its run sheet. The meeting already
// loaded keeps its state; another one is loaded afresh.
func (s *MeetingScreen) Open(id int64, slide bool) tea.Cmd {
	s.Slide, s.confirm = slide, confirmNone
	if id == s.meetingID && s.loaded {
		return nil
	}
	s.meetingID, s.loaded = id, false
	return loadMeetingCmd(s.c, id)
}

func (s *MeetingScreen) Init() tea.Cmd { return nil }

func (s *MeetingScreen) Id() int64 { return s.meetingID }

func (s *MeetingScreen) SetProjector(on bool) {
	s.projector = on
	s.syncSlide()
}

func (s *MeetingScreen) Title() string {
	if !s.loaded {
		return ""
	}
	return s.meeting.Title
}

func (s *MeetingScreen) SetSize(w, h int) {
	s.w, s.h = w, h
	s.syncSlide()
}

// Capturing is true while a confirmation waits for y or n, an idea is
// being typed, or the poll has the keyboard (a ballot, a PIN, a form).
func (s *MeetingScreen) Capturing() bool {
	return s.confirm != confirmNone || (s.Slide && s.isPrompt() && s.Ideas.Editing()) ||
		(s.Slide && s.isPoll() && s.poll.Capturing()) || (s.Slide && s.isTask1() && s.board.Capturing()) ||
		(s.Slide && s.isTask2() && s.task2.Capturing())
}

// Cursor is the idea editor's text cursor, relative to the body.
func (s *MeetingScreen) Cursor() *tea.Cursor {
	if !s.Slide || s.Big || s.confirm != confirmNone || !(s.isPrompt() || s.isPoll() || s.isTask1() || s.isTask2()) {
		return nil
	}
	it, _ := s.Run.CurrentItem()
	top := s.slideHeadHeight(it)
	var c *tea.Cursor
	switch {
	case s.isTask1():
		c = s.board.TextCursor(s.w, s.h-1)
		top = 1
	case s.isTask2():
		c = s.task2.TextCursor(s.w, s.h-1)
		top = 1
	case s.isPoll():
		c = s.poll.TextCursor(s.w, s.h-top)
	default:
		c = s.Ideas.TextCursor(s.h-top, s.w)
	}
	if c != nil {
		c.Y += top
	}
	return c
}

func (s *MeetingScreen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	cmd := s.update(msg)
	s.syncSlide()
	return s, tea.Batch(cmd, s.syncIdeas(), s.syncPoll(), s.syncBoard(), s.syncTask2())
}

// syncTask2 reads Task ② when a task2 item comes onto the slide, and
// forgets it when the slide moves on.
func (s *MeetingScreen) syncTask2() tea.Cmd {
	if !s.loaded || !s.Slide || !s.isTask2() {
		s.task2.Close()
		return nil
	}
	return s.task2.Open(s.meeting)
}

// syncBoard reads the board when a task1 item comes onto the slide, and
// forgets it when the slide moves on, so that it is read afresh next time
// (ideas and poll reasons may have come in meanwhile).
func (s *MeetingScreen) syncBoard() tea.Cmd {
	if !s.loaded || !s.Slide || !s.isTask1() {
		s.board.Close()
		return nil
	}
	return s.board.Open(s.meeting)
}

// syncPoll loads the poll when a poll item becomes the current one, on
// the slide or not: an open ballot takes the screen at once.
func (s *MeetingScreen) syncPoll() tea.Cmd {
	it, ok := s.Run.CurrentItem()
	if !s.loaded || !ok || it.Kind != model.KindPoll {
		return nil
	}
	return s.poll.Open(it)
}

// syncIdeas loads the ideas when a prompt item comes onto the slide.
func (s *MeetingScreen) syncIdeas() tea.Cmd {
	it, ok := s.Run.CurrentItem()
	if !s.loaded || !s.Slide || !ok || it.Kind != model.KindPrompt {
		return nil
	}
	return s.Ideas.Open(it.ID)
}

func (s *MeetingScreen) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case meetingLoadedMsg:
		if msg.meeting.ID != s.meetingID {
			return nil // an answer to an earlier request
		}
		s.loaded, s.meeting = true, msg.meeting
		s.workshop, s.pillars = msg.workshop, msg.pillars
		s.Run = model.NewRun(msg.items, msg.meeting.CurrentItemID)
		s.cursor, s.now, s.VpKey = s.Run.Current, s.c.Now(), SlideKey{}
	case common.TickMsg:
		s.now = msg.At
	case ideas.IdeasLoadedMsg, ideas.IdeaSavedMsg:
		cmd, _ := s.Ideas.Update(msg, s.meeting)
		return cmd
	case common.ErrMsg:
		c1, _ := s.Ideas.Update(msg, s.meeting)
		c2, _ := s.poll.Update(msg)
		c3, _ := s.board.Update(msg)
		c4, _ := s.task2.Update(msg)
		return tea.Batch(c1, c2, c3, c4)
	case board.BoardLoadedMsg, board.BoardSavedMsg, board.ChatImportedMsg:
		cmd, _ := s.board.Update(msg)
		return cmd
	case task2.Task2LoadedMsg, task2.Task2SavedMsg, task2.PlanSavedMsg:
		cmd, _ := s.task2.Update(msg)
		return cmd
	case poll.PollLoadedMsg, poll.PollSavedMsg, poll.BallotCastMsg:
		cmd, _ := s.poll.Update(msg)
		if it, ok := s.Run.CurrentItem(); ok && s.poll.InBallot() && s.poll.Item.ID == it.ID {
			// an open ballot owns the screen, also after a restart
			s.Slide, s.Big, s.confirm = true, false, confirmNone
		}
		return cmd
	case tea.PasteMsg:
		if s.Slide && s.isPrompt() {
			cmd, _ := s.Ideas.Update(msg, s.meeting)
			return cmd
		}
		if s.Slide && s.isPoll() {
			cmd, _ := s.poll.Update(msg)
			return cmd
		}
		if s.Slide && s.isTask1() {
			cmd, _ := s.board.Update(msg)
			return cmd
		}
		if s.Slide && s.isTask2() {
			cmd, _ := s.task2.Update(msg)
			return cmd
		}
	case tea.KeyPressMsg:
		if !s.loaded {
			if key.Matches(msg, s.c.Keys.Back) {
				return common.GoBack
			}
			return nil
		}
		if s.confirm != confirmNone {
			return s.handleConfirm(msg)
		}
		if s.Slide && !s.Big && s.isPrompt() {
			if cmd, used := s.Ideas.Update(msg, s.meeting); used {
				return cmd
			}
		}
		if s.Slide && !s.Big && s.isPoll() {
			if cmd, used := s.poll.Update(msg); used {
				return cmd
			}
		}
		if s.Slide && !s.Big && s.isTask1() {
			if cmd, used := s.board.Update(msg); used {
				return cmd
			}
		}
		if s.Slide && !s.Big && s.isTask2() {
			if cmd, used := s.task2.Update(msg); used {
				return cmd
			}
		}
		return s.handleKey(msg)
	}
	return nil
}

func (s *MeetingScreen) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.c.Keys
	now := s.c.Now()
	s.now = now
	switch {
	case key.Matches(msg, k.Back):
		if s.Big {
			s.Big = false
			return nil
		}
		if s.Slide {
			s.Slide = false
			return nil
		}
		return common.GoBack
	case key.Matches(msg, k.Next):
		if r, ok := s.Run.Next(now); ok {
			return s.apply(r, "run.next", now)
		}
	case key.Matches(msg, k.Prev):
		if r, ok := s.Run.Prev(now); ok {
			return s.apply(r, "run.prev", now)
		}
	case key.Matches(msg, k.Timer):
		kind := "run.timer_start"
		if s.Run.Running() {
			kind = "run.timer_pause"
		}
		return s.apply(s.Run.ToggleTimer(now), kind, now)
	case key.Matches(msg, k.ResetTimer):
		s.confirm = confirmReset
	case key.Matches(msg, k.EndMeeting):
		s.confirm = confirmEnd
	case key.Matches(msg, k.BigTimer):
		s.Big = !s.Big
	case s.Slide:
		s.scroll(msg)
	case key.Matches(msg, k.Up):
		s.cursor = max(s.cursor-1, 0)
	case key.Matches(msg, k.Down):
		s.cursor = min(s.cursor+1, max(len(s.Run.Items)-1, 0))
	case key.Matches(msg, k.Open) && len(s.Run.Items) > 0:
		s.Slide = true
		if r, ok := s.Run.Goto(s.cursor, now); ok {
			return s.apply(r, "run.goto", now)
		}
	}
	return nil
}

func (s *MeetingScreen) scroll(msg tea.KeyPressMsg) {
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

func (s *MeetingScreen) handleConfirm(msg tea.KeyPressMsg) tea.Cmd {
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
		return s.apply(s.Run.ResetTimer(now), "run.timer_reset", now)
	}
	if s.meeting.Status == model.StatusEnded {
		s.meeting = s.meeting.Reopened()
		return s.save("meeting.reopened", now)
	}
	s.Run = s.Run.PauseTimer(now)
	s.meeting = s.meeting.Ended(now)
	return s.save("meeting.ended", now)
}

// apply makes r the run, starts a meeting not yet under way, and saves.
func (s *MeetingScreen) apply(r model.Run, kind string, now time.Time) tea.Cmd {
	s.Run = r
	s.cursor = r.Current
	s.meeting = s.meeting.Started(now)
	return s.save(kind, now)
}

func (s *MeetingScreen) save(kind string, now time.Time) tea.Cmd {
	if it, ok := s.Run.CurrentItem(); ok {
		s.meeting.CurrentItemID = it.ID
	}
	items := append([]model.AgendaItem(nil), s.Run.Items...)
	return saveRunCmd(s.c, s.meeting, items, kind, now)
}

// isPrompt reports whether the meeting stands at a prompt item.
func (s *MeetingScreen) isPrompt() bool {
	it, ok := s.Run.CurrentItem()
	return ok && it.Kind == model.KindPrompt
}

// isPoll reports whether the meeting stands at a poll item.
func (s *MeetingScreen) isPoll() bool {
	it, ok := s.Run.CurrentItem()
	return ok && it.Kind == model.KindPoll
}

// isTask1 reports whether the meeting stands at a Task ① item.
func (s *MeetingScreen) isTask1() bool {
	it, ok := s.Run.CurrentItem()
	return ok && it.Kind == model.KindTask1
}

// isTask2 reports whether the meeting stands at a Task ② item.
func (s *MeetingScreen) isTask2() bool {
	it, ok := s.Run.CurrentItem()
	return ok && it.Kind == model.KindTask2
}
