package tui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// errMsg is a failed operation. op names it for the user ("参加者の保存").
type errMsg struct {
	op  string
	err error
}

func (e errMsg) Error() string { return e.op + ": " + e.err.Error() }

// saved marks a message that reports a committed write; the status bar
// shows the time of the last one.
type saved struct{}

func (saved) committed() {}

// committer is a message that reports a committed write.
type committer interface{ committed() }

// flashMsg asks the root to show a passing notice in the banner line.
type flashMsg struct{ text string }

// tickMsg is the once-a-second clock that redraws timers.
type tickMsg struct{ at time.Time }

// openMeetingMsg asks the router to show a meeting's run sheet, or its
// current item full screen when slide is set.
type openMeetingMsg struct {
	meetingID int64
	slide     bool
}

// backMsg asks the router to return to the screen before this one.
type backMsg struct{}

// resumeSavedMsg reports that the screen to resume at was written.
type resumeSavedMsg struct{}

// GoBack asks the router to return to the screen before this one.
func goBack() tea.Msg { return backMsg{} }

// flash shows text in the banner line until the next key.
func flash(text string) tea.Cmd { return func() tea.Msg { return flashMsg{text: text} } }
