package common

import (
	"charm.land/bubbles/v2/key"

	"yoriai/i18n"
)

// KeyMap is every key binding of the app in one place. Screens match keys
// only through these bindings, and the help footer and the ? overlay are
// built from them, so what the help says is what the keys do.
type KeyMap struct {
	// Everywhere.
	Help      key.Binding
	Quit      key.Binding
	ForceQuit key.Binding
	Back      key.Binding
	Roster    key.Binding
	Projector key.Binding
	Theme     key.Binding
	Export    key.Binding
	Workshops key.Binding // home: the list of the file's workshops

	// Lists and scrolling.
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Open     key.Binding

	// The meeting: run sheet and slides.
	Next       key.Binding
	Prev       key.Binding
	Timer      key.Binding
	ResetTimer key.Binding
	EndMeeting key.Binding
	BigTimer   key.Binding

	// On-the-day edits of the run sheet, and the video (meeting/edit.go).
	EditItem    key.Binding
	EditMeeting key.Binding
	InsertItem  key.Binding
	SkipItem    key.Binding
	ItemUp      key.Binding
	ItemDown    key.Binding
	OpenVideo   key.Binding

	// The roster.
	Add    key.Binding
	Edit   key.Binding
	Delete key.Binding
	Undo   key.Binding
	Redo   key.Binding
	Attend key.Binding

	// Polls.
	ModeTally  key.Binding
	ModeNamed  key.Binding
	ModeBallot key.Binding
	More       key.Binding
	Less       key.Binding
	Digits     key.Binding
	// PINDigits, ScoreDigits and DotDigits are Digits as the help names
	// them where a digit is a PIN, a score or dots.
	PINDigits, ScoreDigits, DotDigits key.Binding
	Erase                             key.Binding
	Reveal                            key.Binding
	Reopen                            key.Binding
	ResetPoll                         key.Binding
	NewRound                          key.Binding
	Label                             key.Binding
	Promote                           key.Binding
	Answer                            key.Binding
	Cast                              key.Binding
	Unlock                            key.Binding
	NextBallot                        key.Binding

	// The Task ① board.
	NextColumn key.Binding
	PrevColumn key.Binding
	AddGoal    key.Binding
	Move       key.Binding
	Link       key.Binding
	Group      key.Binding
	Collapse   key.Binding
	Filter     key.Binding
	Focus      key.Binding
	Import     key.Binding
	MoveUp     key.Binding
	MoveDown   key.Binding
	Wall       key.Binding // the pillars alone, for the projector (壁表示)

	// Task ②.
	NextView   key.Binding
	PrevView   key.Binding
	CloseRound key.Binding
	Choose     key.Binding
	Matrix     key.Binding
	Voter      key.Binding
	Toggle     key.Binding

	// The ふりかえり: choose a 宿題 and mark it 完了. The roster: confirm
	// the attendance taken from the previous meeting, set the 記録者.
	NextAction   key.Binding
	PrevAction   key.Binding
	ConfirmAll   key.Binding
	Recorder     key.Binding
	TypeRecorder key.Binding

	// Forms.
	NextField key.Binding
	PrevField key.Binding
	Save      key.Binding
	Cancel    key.Binding
	Left      key.Binding
	Right     key.Binding

	// Confirmations.
	Yes key.Binding
	No  key.Binding

	// The record of an item (記録) and the 宿題一覧. MarkDone marks a 宿題
	// done or open there and on the ふりかえり.
	Record   key.Binding
	Actions  key.Binding
	MarkDone key.Binding

	// The chat import dialog and the chat digest.
	ToggleAll key.Binding
	UpFolder  key.Binding
	Copy      key.Binding
	// Whole shows a message cut to a few lines in full (dialogs on a
	// short screen).
	Whole key.Binding
}

// DefaultKeyMap returns the default bindings with help text in the
// catalogue's language.
func DefaultKeyMap(t *i18n.Catalog) *KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return &KeyMap{
		Help:      b("?", t.KeyHelp, "?"),
		Quit:      b("q", t.KeyQuit, "q"),
		ForceQuit: b("ctrl+c", t.KeyQuit, "ctrl+c"),
		Back:      b("esc", t.KeyBack, "esc"),
		Roster:    b("R", t.KeyRoster, "R"),
		Projector: b("P", t.KeyProjector, "P"),
		Theme:     b("ctrl+t", t.KeyTheme, "ctrl+t"),
		Export:    b("x", t.KeyExport, "x"),
		Workshops: b("W", t.Workshops.KeyWorkshops, "W"),

		Up:       b("↑/k", t.KeyUp, "up", "k"),
		Down:     b("↓/j", t.KeyDown, "down", "j"),
		PageUp:   b("pgup", t.KeyPageUp, "pgup", "b"),
		PageDown: b("pgdn", t.KeyPageDown, "pgdown", "f"),
		Open:     b("enter", t.KeyOpen, "enter"),

		Next:       b("n", t.KeyNext, "n"),
		Prev:       b("p", t.KeyPrev, "p"),
		Timer:      b("space", t.KeyTimer, "space"),
		ResetTimer: b("T", t.KeyResetTimer, "T"),
		EndMeeting: b("E", t.KeyEndMeeting, "E"),
		BigTimer:   b("B", t.KeyBigTimer, "B"),

		EditItem:    b("e", t.OnDay.KeyEditItem, "e"),
		EditMeeting: b("M", t.OnDay.KeyEditMeeting, "M"),
		InsertItem:  b("a", t.OnDay.KeyInsertItem, "a"),
		SkipItem:    b("s", t.OnDay.KeySkipItem, "s"),
		ItemUp:      b("K", t.OnDay.KeyItemUp, "K", "shift+up"),
		ItemDown:    b("J", t.OnDay.KeyItemDown, "J", "shift+down"),
		OpenVideo:   b("o", t.OnDay.KeyOpenVideo, "o"),

		Add:    b("a", t.KeyAdd, "a"),
		Edit:   b("e", t.KeyEdit, "e", "enter"),
		Delete: b("d", t.KeyDelete, "d"),
		Undo:   b("u", t.KeyUndo, "u"),
		Redo:   b("ctrl+r", t.KeyRedo, "ctrl+r"),
		Attend: b("space", t.KeyAttend, "space"),

		NextAction:   b("tab", t.Review.KeySelect, "tab"),
		PrevAction:   b("shift+tab", t.Review.KeySelect, "shift+tab"),
		ConfirmAll:   b("c", t.Review.KeyConfirm, "c"),
		Recorder:     b("w", t.Review.KeyRecorder, "w"),
		TypeRecorder: b("W", t.Review.KeyTypeRecorder, "W"),

		ModeTally:   b("1", t.KeyModeTally, "1"),
		ModeNamed:   b("2", t.KeyModeNamed, "2"),
		ModeBallot:  b("3", t.KeyModeBallot, "3"),
		More:        b("+", t.KeyMore, "+", "=", "right"),
		Less:        b("-", t.KeyLess, "-", "left"),
		Digits:      b("0-9", t.KeyDigits, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		PINDigits:   b("0-9", t.KeyPINDigits, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		ScoreDigits: b("1-5", t.KeyScoreDigits, "1", "2", "3", "4", "5"),
		DotDigits:   b("0-9", t.KeyDotDigits, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		Erase:       b("backspace", t.KeyErase, "backspace"),
		Reveal:      b("r", t.KeyReveal, "r"),
		Reopen:      b("o", t.KeyReopen, "o"),
		ResetPoll:   b("X", t.KeyResetPoll, "X"),
		NewRound:    b("N", t.KeyNewRound, "N"),
		Label:       b("l", t.KeyLabel, "l"),
		Promote:     b("c", t.KeyPromote, "c"),
		Answer:      b("enter", t.KeyAnswer, "enter", "e"),
		Cast:        b("enter", t.KeyCast, "enter"),
		Unlock:      b("esc", t.KeyUnlock, "esc"),
		NextBallot:  b("enter", t.KeyNextBallot, "enter"),

		NextColumn: b("→/tab", t.KeyColumn, "right", "tab"),
		PrevColumn: b("←", t.KeyColumn, "left", "shift+tab"),
		AddGoal:    b("A", t.KeyAddGoal, "A"),
		Move:       b("m", t.KeyMove, "m"),
		Link:       b("l", t.KeyLink, "l"),
		Group:      b("g", t.KeyGroup, "g"),
		Collapse:   b("z", t.KeyCollapse, "z"),
		Filter:     b("/", t.KeyFilter, "/"),
		Focus:      b("F", t.KeyFocus, "F"),
		Import:     b("i", t.KeyImport, "i"),
		MoveUp:     b("K", t.KeyMoveUp, "K", "shift+up"),
		MoveDown:   b("J", t.KeyMoveDown, "J", "shift+down"),
		Wall:       b("W", t.Wall.KeyWall, "W"),

		NextView:   b("tab", t.KeyViewNext, "tab"),
		PrevView:   b("shift+tab", t.KeyViewNext, "shift+tab"),
		CloseRound: b("C", t.KeyCloseRound, "C"),
		Choose:     b("c", t.KeyChoose, "c"),
		Matrix:     b("M", t.KeyMatrix, "M"),
		Voter:      b("←/→", t.KeyVoter, "left", "right"),
		Toggle:     b("space", t.KeyToggle, "space"),

		NextField: b("tab", t.KeyNextField, "tab"),
		PrevField: b("shift+tab", t.KeyPrevField, "shift+tab"),
		Save:      b("enter", t.KeySave, "enter"),
		Cancel:    b("esc", t.KeyCancel, "esc"),
		Left:      b("←", t.KeyChoice, "left"),
		Right:     b("→", t.KeyChoice, "right"),

		Yes: b("y", t.KeyYes, "y"),
		No:  b("n/esc", t.KeyNo, "n", "esc"),

		Record:   b("w", t.Record.KeyRecord, "w"),
		Actions:  b("H", t.Record.KeyActions, "H"),
		MarkDone: b("space/c", t.Record.KeyMarkDone, "space", "c"),

		ToggleAll: b("a", t.Chat.KeyToggleAll, "a"),
		UpFolder:  b("←/bs", t.Chat.KeyUpFolder, "left", "backspace"),
		Copy:      b("c", t.Chat.KeyCopy, "c"),

		Whole: b("ctrl+o", t.Dialogs.KeyWhole, "ctrl+o"),
	}
}
