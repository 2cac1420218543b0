package common

import (
	"io"
	"path/filepath"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
)

// Store is what the screens need from the database. It is declared here,
// narrow, so that tests can hand the screens a fake and so that no screen
// sees more of the store than it uses. *db.Store implements it.
type Store interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	SaveRun(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) error
	Participants(workshopID int64) ([]model.Participant, error)
	AddParticipant(p model.Participant, at time.Time) (model.Participant, error)
	UpdateParticipant(p model.Participant, at time.Time) error
	RemoveParticipant(id int64, at time.Time) error
	RestoreParticipant(id int64, at time.Time) error
	Attendance(meetingID int64) (map[int64]bool, error)
	SetAttendance(meetingID, participantID int64, present bool, at time.Time) error
	SaveResume(r model.Resume, at time.Time) error
	ItemCards(itemID int64) ([]model.Card, error)
	LatestPoll(itemID int64) (model.Poll, bool, error)
	StartPoll(workshopID int64, item model.AgendaItem, mode model.PollMode, at time.Time) (model.Poll, error)
	SetTally(p model.Poll, q int, counts []int, at time.Time) error
	CastAnonymous(p model.Poll, answers []model.Answer) error
	SetNamed(p model.Poll, participantID int64, answers []model.Answer, at time.Time) error
	NamedAnswers(p model.Poll) (map[int64][]model.Answer, error)
	Results(p model.Poll) ([]model.Result, error)
	PollReasons(p model.Poll) ([]model.PollReason, error)
	AddPollReason(p model.Poll, q int, text string, at time.Time) error
	SetReasonLabel(p model.Poll, r model.PollReason, label string, at time.Time) error
	PromoteReason(p model.Poll, r model.PollReason, at time.Time) (model.Card, error)
	SetBallotOpen(p model.Poll, open bool, pinHash string, at time.Time) error
	Reveal(p model.Poll, at time.Time) error
	ReopenPoll(p model.Poll, at time.Time) error
	ResetPoll(p model.Poll, at time.Time) error
	BoardCards(workshopID int64) ([]model.Card, model.Links, error)
	ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error)
	UndoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	RedoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	ImportChat(workshopID int64, log model.ChatLog, at time.Time) (model.ImportReport, error)
	LoadTask2(workshopID int64, fy model.FiscalYear) (model.Task2State, error)
	StartRound(r model.VoteRound, at time.Time) (model.VoteRound, error)
	SetVote(r model.VoteRound, participantID, cardID int64, dots int, at time.Time) error
	SetScore(r model.VoteRound, cardID int64, sc model.Score, at time.Time) error
	AddOverride(r model.VoteRound, o model.Override, at time.Time) error
	CloseRound(r model.VoteRound, at time.Time) error
	RevealRound(r model.VoteRound, at time.Time) error
	SetChosen(workshopID, meetingID, cardID int64, fy model.FiscalYear, on bool, at time.Time) error
	SaveInitiative(in model.Initiative, at time.Time) (model.Initiative, error)
	DeleteInitiative(in model.Initiative, at time.Time) error
	Backup(w io.Writer) error
}

// Common is what every screen is built with: the shared keymap, styles,
// language, clock and the way to the store. It is passed by value; the
// pointers in it are shared on purpose (the root rebuilds Styles when the
// terminal reports its background).
type Common struct {
	Keys   *KeyMap
	Styles *Styles
	T      *i18n.Catalog
	Lang   i18n.Lang
	Store  Store
	Queue  *Queue
	Now    func() time.Time
	DBPath string
	// ExportDir is where the export dialog proposes to write.
	ExportDir  string
	WorkshopID int64
	// ASCII draws with plain ASCII in place of East Asian ambiguous-width
	// characters, for terminals that draw those two cells wide.
	ASCII bool
}

// NewCommon returns a Common for the store st in language lang, with a
// fresh queue, the default keymap and dark styles.
func NewCommon(st Store, lang i18n.Lang, dbPath string, workshopID int64) Common {
	t := i18n.For(lang)
	return Common{
		Keys:       DefaultKeyMap(t),
		Styles:     DefaultStyles(true),
		T:          t,
		Lang:       lang,
		Store:      st,
		Queue:      NewQueue(),
		Now:        time.Now,
		DBPath:     dbPath,
		ExportDir:  filepath.Dir(dbPath),
		WorkshopID: workshopID,
	}
}

// do runs fn against the store on the ordered queue. A failure comes back
// as an errMsg naming op, the user-facing name of what was attempted.
func (c Common) Do(op string, fn func(Store) (tea.Msg, error)) tea.Cmd {
	st := c.Store
	return c.Queue.Do(func() tea.Msg {
		msg, err := fn(st)
		if err != nil {
			return ErrMsg{Op: op, err: err}
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

// cursorScreen is a screen with a focused text field; it reports the real
// cursor, relative to the body, so the IME candidate window sits there.
type CursorScreen interface{ Cursor() *tea.Cursor }

// capturer is a screen that sometimes has the keyboard to itself (a form or
// a confirmation): then letters are text, and only ctrl+c acts globally.
type Capturer interface{ Capturing() bool }
