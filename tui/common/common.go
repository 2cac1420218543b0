package common

import (
	"path/filepath"
	"sync/atomic"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
)

// Common is what every screen and panel is built with: the shared keymap,
// styles, language, clock and the ordered queue to the store. It is passed
// by value; the pointers in it are shared on purpose (the root rebuilds
// Styles when the terminal reports its background). The store itself is
// not in it: each package declares the small Store interface it uses and
// takes it in its constructor.
type Common struct {
	Keys   *KeyMap
	Styles *Styles
	T      *i18n.Catalog
	Lang   i18n.Lang
	Queue  *Queue
	// ids numbers the requesters (screens and panels), so that a failure
	// reaches the one that asked.
	ids    *atomic.Int64
	Now    func() time.Time
	DBPath string
	// ExportDir is where the export dialog proposes to write.
	ExportDir  string
	WorkshopID int64
	// ASCII draws with plain ASCII in place of East Asian ambiguous-width
	// characters, for terminals that draw those two cells wide.
	ASCII bool
	// OpenExternal hands a URL or a file to the system's browser or player
	// (open.go); tests replace it. It runs inside a Cmd, never in Update.
	OpenExternal func(target string) error
}

// NewCommon returns a Common in language lang for the database at dbPath
// and its workshop, with a fresh queue, the default keymap and dark styles.
func NewCommon(lang i18n.Lang, dbPath string, workshopID int64) Common {
	t := i18n.For(lang)
	return Common{
		Keys:       DefaultKeyMap(t),
		Styles:     DefaultStyles(true),
		T:          t,
		Lang:       lang,
		Queue:      NewQueue(),
		ids:        new(atomic.Int64),
		Now:        time.Now,
		DBPath:     dbPath,
		ExportDir:  filepath.Dir(dbPath),
		WorkshopID: workshopID,

		OpenExternal: OpenExternal,
	}
}

// NewID returns a requester id not given out before: a screen or a panel
// takes one when it is built and names it in Do.
func (c Common) NewID() int64 {
	if c.ids == nil {
		return 0
	}
	return c.ids.Add(1)
}

// Do runs fn on the ordered queue for the requester from. A failure comes
// back as an ErrMsg naming op, the user-facing name of what was attempted,
// and from, so that only the requester that asked reacts to it.
func (c Common) Do(from int64, op string, fn func() (tea.Msg, error)) tea.Cmd {
	return c.Queue.Do(func() tea.Msg {
		msg, err := fn()
		if err != nil {
			return ErrMsg{Op: op, From: from, Err: err}
		}
		return msg
	})
}

// Screen is one full-body page. The root owns the screens, draws the status
// bar, banner and help around the active one, and forwards what it does not
// consume.
type Screen interface {
	Init() tea.Cmd                    // loads what the screen shows; no I/O itself
	Update(tea.Msg) (Screen, tea.Cmd) // returns Screen: no type assertions in the router
	View() string                     // the body only; the root returns the tea.View
	SetSize(width, height int)        // the body's size, chrome already taken off
	help.KeyMap                       // the keys the footer and the ? overlay show
}

// CursorScreen is a screen with a focused text field; it reports the real
// cursor, relative to the body, so the IME candidate window sits there.
type CursorScreen interface{ Cursor() *tea.Cursor }

// Capturer is a screen that sometimes has the keyboard to itself (a form or
// a confirmation): then letters are text, and only ctrl+c acts globally.
type Capturer interface{ Capturing() bool }
