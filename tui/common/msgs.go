package common

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// errMsg is a failed operation. op names it for the user ("参加者の保存").
type ErrMsg struct {
	Op  string
	err error
}

func (e ErrMsg) Error() string { return e.Op + ": " + e.err.Error() }

// saved marks a message that reports a committed write; the status bar
// shows the time of the last one.
type Saved struct{}

func (Saved) committed() {}

// committer is a message that reports a committed write.
type Committer interface{ committed() }

// flashMsg asks the root to show a passing notice in the banner line.
type FlashMsg struct{ Text string }

// tickMsg is the once-a-second clock that redraws timers.
type TickMsg struct{ At time.Time }

// openMeetingMsg asks the router to show a meeting's run sheet, or its
// current item full screen when slide is set.
type OpenMeetingMsg struct {
	MeetingID int64
	Slide     bool
}

// backMsg asks the router to return to the screen before this one.
type BackMsg struct{}

// resumeSavedMsg reports that the screen to resume at was written.
type ResumeSavedMsg struct{}

// GoBack asks the router to return to the screen before this one.
func GoBack() tea.Msg { return BackMsg{} }

// flash shows text in the banner line until the next key.
func Flash(text string) tea.Cmd { return func() tea.Msg { return FlashMsg{Text: text} } }
