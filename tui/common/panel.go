package common

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// Panel is what the slide of one agenda item shows under its heading: the
// text of a briefing, the ideas of a prompt, a poll, the Task ① board,
// Task ②. The meeting screen keeps the panel of the current item, draws
// the heading and the countdown above it, and hands it every message.
//
// A panel never touches the meeting: it asks for things by returning
// messages (TakeScreenMsg, FlashMsg, ErrMsg …).
type Panel interface {
	// Update takes a message: a store result, a paste, a key, a
	// ProjectorMsg. handled is false for a key the panel left alone,
	// which the meeting then acts on (n, p, space, esc …); for other
	// messages it means nothing.
	Update(msg tea.Msg) (p Panel, cmd tea.Cmd, handled bool)
	// View draws the panel in width × height cells.
	View(width, height int) string
	// Capturing reports that the panel has the keyboard to itself (a form,
	// a ballot, a confirmation): letters are text, and the meeting's keys
	// go to it too.
	Capturing() bool
	// Cursor is the real cursor of the focused text field, relative to the
	// panel's top-left corner, for an area of width × height; nil when no
	// field has focus.
	Cursor(width, height int) *tea.Cursor
	// ShortHelp is the whole footer while the panel is on the slide (its
	// keys and the meeting's it leaves free); FullHelp is the panel's
	// groups of keys, which the ? overlay shows before the meeting's.
	help.KeyMap
}

// Slide is what a panel is opened on: the item, its meeting and the
// workshop they belong to.
type Slide struct {
	Workshop  model.Workshop
	Pillars   []model.Pillar
	Meeting   model.Meeting
	Item      model.AgendaItem
	Projector bool // the room is looking: facilitator-only text is hidden
}

// ProjectorMsg tells a panel that projector mode was turned on or off.
type ProjectorMsg struct{ On bool }

// TakeScreenMsg asks the meeting to show the panel's slide at once and to
// keep it there: an open anonymous ballot owns the screen, also after a
// restart.
type TakeScreenMsg struct{ ItemID int64 }

// FormState is where a form stands. It is sticky, as in huh: once a form
// is Done or Cancelled it stays so, and the owner reads it after Update
// and closes the form.
type FormState int

// The form states.
const (
	FormEditing FormState = iota
	FormDone
	FormCancelled
)

// StylesChangedMsg tells a panel that the theme changed: text it styled
// ahead of time must be styled again.
type StylesChangedMsg struct{}

// SlideHelp is the footer of a panel that has keys of its own: while it
// captures the keyboard only its keys, else its keys and the meeting's
// w (記録), n, p and esc; with no keys of its own the meeting's keys on a
// slide.
func SlideHelp(k *KeyMap, own []key.Binding, capturing bool) []key.Binding {
	switch {
	case capturing:
		return own
	case len(own) > 0:
		return append(own, k.Record, k.Next, k.Prev, k.Back)
	}
	return []key.Binding{k.Next, k.Prev, k.Timer, k.Record, k.BigTimer, k.Back}
}

// ShownMsg tells a panel that its slide came on screen: a panel that shows
// data others change (the board, Task ②) reads it afresh. Rows is how many
// lines the screen has (0 while the terminal has not said): the board
// reads first as many cards of each column as fit.
type ShownMsg struct{ Rows int }
