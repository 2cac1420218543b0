package common

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// ErrMsg is a failed operation. Op names it for the user (「参加者の保存」),
// From is the requester that asked (Common.NewID), Err is what went wrong.
type ErrMsg struct {
	Op   string
	From int64
	Err  error
}

// Error is the operation and its error in one line.
func (e ErrMsg) Error() string { return e.Op + ": " + e.Err.Error() }

// For reports whether the failure answers a request of requester id.
func (e ErrMsg) For(id int64) bool { return e.From == id }

// Saved marks a message that reports a committed write; the status bar
// shows the time of the last one.
type Saved struct{}

func (Saved) committed() {}

// Committer is a message that reports a committed write.
type Committer interface{ committed() }

// FlashMsg asks the root to show a passing notice in the banner line.
type FlashMsg struct{ Text string }

// TickMsg is the once-a-second clock that redraws timers.
type TickMsg struct{ At time.Time }

// OpenMeetingMsg asks the router to show a meeting's run sheet, or its
// current item full screen when slide is set.
type OpenMeetingMsg struct {
	MeetingID int64
	Slide     bool
}

// BackMsg asks the router to return to the screen before this one.
type BackMsg struct{}

// ResumeSavedMsg reports that the screen to resume at was written.
type ResumeSavedMsg struct{}

// GoBack asks the router to return to the screen before this one.
func GoBack() tea.Msg { return BackMsg{} }

// Flash shows text in the banner line until the next key.
func Flash(text string) tea.Cmd { return func() tea.Msg { return FlashMsg{Text: text} } }
