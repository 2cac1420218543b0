// Package board is the Task ① board, the panel of a task1 item. An inbox of
// unsorted cards (ideas from the prompts, poll reasons sent here, imported
// chat lines) and one column per pillar: problems (課題), under each the
// goals (達成目標) that say when it is solved, and the goals not linked yet.
// Cards are added, edited, moved between pillars and kinds, linked,
// grouped under KJ法 labels, reordered and deleted; every change is one
// step of an undo history kept in the database, so undo and redo work
// across a restart. A saved change touches only its card, its links and
// the columns it is in (board_index.go, board_layout.go); board_view.go
// draws it, board_keys.go takes its keys. It opens on its first page of
// cards and reads the rest right after (board_store.go).
//
// Consumes: loadedMsg, savedMsg, chatImportedMsg, common.ErrMsg (its own),
// tea.PasteMsg.
package board

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/chatimport"
	"yoriai/tui/common"
)

type boardRowKind int

const (
	rowCard    boardRowKind = iota
	rowGroup                // a KJ法 label over cards; z folds it
	rowSection              // the heading of a pillar's loose goals and causes
	rowNote                 // a line of text: nothing here, nothing matches
)

// boardRow is one line of a column, built when the cards change and not
// on every frame.
type boardRow struct {
	kind   boardRowKind
	card   *model.Card // into the board the rows were laid out from; nil but on card rows
	depth  int         // 1 for a goal under its problem
	label  string
	count  int // cards under a group
	folded bool
}

func (r boardRow) selectable() bool { return r.kind == rowCard || r.kind == rowGroup }

// cardID is the id of the row's card; 0 for a row that is not a card.
func (r boardRow) cardID() int64 {
	if r.card == nil {
		return 0
	}
	return r.card.ID
}

// boardColumn is the inbox or one pillar as the screen shows it.
type boardColumn struct {
	pillarID int64 // 0 for the inbox
	title    string
	cards    int
	rows     []boardRow
	cursor   int
	selected int64 // the card under the cursor, kept when the rows are rebuilt
	// drawn caches the rows as drawn (not under the cursor), for width
	// drawnW and the theme drawnTheme: a cursor move redraws two rows.
	drawn      []string
	drawnW     int
	drawnTheme common.Theme
	drawnDark  bool
}

// Panel is the Task ① board of the workshop, as a meeting shows it.
type Panel struct {
	c      common.Common
	st     Store
	id     int64 // the requester id its store calls carry
	loaded bool
	// preview is set while the board holds only its first page (loadCmd):
	// counts are the whole board's, and the keys pressed meanwhile are
	// held, to be handed on in order once the whole board is in; failed
	// when reading it failed, and the keys go by.
	preview  bool
	failed   bool
	rows     int // the screen's lines when the slide was shown; 0 not known
	counts   model.BoardCounts
	held     []tea.KeyPressMsg
	meeting  model.Meeting
	pillars  []model.Pillar
	people   []model.Participant
	cards    []model.Card
	links    model.Links
	since    time.Time // the end of the previous meeting: later changes are marked
	cols     []boardColumn
	col      int
	folded   map[string]bool
	filter   string
	focus    bool // the selected problem large, for the projector
	wall     bool // the pillars alone, for the projector (board_wall.go)
	wallTop  int  // the first row of each pillar the wall shows
	wallMore bool // a pillar went on below the wall's last frame
	editor   *common.CardEditor
	linkTo   int64 // the problem a new goal will solve
	picker   *common.Picker
	pick     func(int) tea.Cmd // what choosing option i of the picker does
	entry    *common.LineEntry // a label or a filter
	entryFor entryKind
	chat     *chatimport.Dialog // a chat file being chosen and previewed

	// the cards by column in board order, an id→index map into cards (in
	// the order they were read, then added) and the column of each pillar
	// (board_index.go): a change touches only its card and its columns
	indexed bool
	at      map[int64]int
	lists   []columnCards
	colOf   map[int64]int
}

type entryKind int

const (
	entryLabel entryKind = iota
	entryFilter
)

// loadedMsg carries the whole board, or its first page (preview) with
// the counts of the whole.
type loadedMsg struct {
	meetingID int64
	cards     []model.Card
	links     model.Links
	preview   bool
	counts    model.BoardCounts
	people    []model.Participant
	pillars   []model.Pillar
	since     time.Time
}

// savedMsg reports a committed step (a change, an undo or a redo) as
// it was applied; none is set when there was nothing to undo or redo.
type savedMsg struct {
	common.Saved
	step  model.BoardStep
	flash string
	none  string
}

// chatImportedMsg reports a committed import; the board is read again.
type chatImportedMsg struct {
	common.Saved
	report model.ImportReport
}

// New opens the board on the slide s; it is read when the slide shows it.
func New(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) {
	return &Panel{c: c, st: st, id: c.NewID(), meeting: s.Meeting, folded: map[string]bool{}}, nil
}

// Capturing is true while a card, a choice or a line is being typed.
func (b *Panel) Capturing() bool {
	return b.editor != nil || b.picker != nil || b.entry != nil || b.chat != nil
}

// column is the focused column.
func (b *Panel) column() *boardColumn {
	if b.col < 0 || b.col >= len(b.cols) {
		return nil
	}
	return &b.cols[b.col]
}

// selected is the card under the cursor.
func (b *Panel) selected() (model.Card, bool) {
	col := b.column()
	if col == nil || col.cursor < 0 || col.cursor >= len(col.rows) || col.rows[col.cursor].kind != rowCard {
		return model.Card{}, false
	}
	return *col.rows[col.cursor].card, true
}

// Update handles a message; handled reports that a key was the board's.
func (b *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	cmd, handled := b.update(msg)
	return b, cmd, handled
}

func (b *Panel) update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case common.ShownMsg:
		// read afresh each time the slide shows it: ideas and poll reasons
		// may have come in meanwhile
		*b = Panel{c: b.c, st: b.st, id: b.id, meeting: b.meeting, folded: map[string]bool{}, rows: msg.Rows}
		return b.loadCmd(), false
	case loadedMsg:
		if msg.meetingID != b.meeting.ID {
			return nil, false
		}
		b.loaded = true
		b.cards, b.links, b.people, b.pillars, b.since = msg.cards, msg.links, msg.people, msg.pillars, msg.since
		b.preview, b.failed, b.counts = msg.preview, false, msg.counts
		if !msg.preview {
			b.counts = nil
		}
		b.indexed = false
		b.rebuild()
		if msg.preview {
			return b.wholeCmd(), false
		}
		return b.release(), false
	case savedMsg:
		if b.preview { // not the board's: nothing is saved from a page, and the whole board holds it
			return nil, false
		}
		return b.saved(msg), false
	case chatImportedMsg:
		b.chat = nil
		r := msg.report
		b.loaded = false
		return tea.Batch(common.Flash(fmt.Sprintf(b.c.T.FmtImported, r.Added, r.Skipped, r.Rejected)),
			b.loadCmd()), false
	case common.ErrMsg:
		if !msg.For(b.id) {
			return nil, false
		}
		if b.preview { // the rest of the board could not be read: the page stays, the keys go by
			b.failed, b.held = true, nil
		}
		if b.editor != nil {
			b.editor.Fail(b.c.Problem(msg))
		}
		if b.entry != nil {
			b.entry.Fail(b.c.Problem(msg))
		}
		if b.chat != nil {
			b.chat.Fail(b.c.Problem(msg))
		}
		return nil, false
	}
	if !b.loaded || b.preview && b.failed {
		return nil, false
	}
	if b.preview {
		if km, ok := msg.(tea.KeyPressMsg); ok {
			b.held = append(b.held, km)
			return nil, true
		}
		return nil, false
	}
	switch {
	case b.editor != nil:
		return b.updateEditor(msg), true
	case b.picker != nil:
		return b.updatePicker(msg), true
	case b.entry != nil:
		return b.updateEntry(msg), true
	case b.chat != nil:
		return b.updateChat(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	return b.handleKey(km)
}

// release hands on, in order, the keys pressed while the board held only
// its first page: each goes through the meeting as if pressed now.
func (b *Panel) release() tea.Cmd {
	if len(b.held) == 0 {
		return nil
	}
	cmds := make([]tea.Cmd, len(b.held))
	for i, km := range b.held {
		cmds[i] = func() tea.Msg { return km }
	}
	b.held = nil
	return tea.Sequence(cmds...)
}

// saved brings the board in line with a committed step.
func (b *Panel) saved(msg savedMsg) tea.Cmd {
	if msg.none != "" {
		return common.Flash(msg.none)
	}
	var drop tea.Cmd
	if b.editor != nil && b.editor.Saving() {
		drop = b.editor.DropDraft()
	}
	b.editor, b.picker = nil, nil
	if b.entry != nil && b.entryFor == entryLabel {
		b.entry = nil
	}
	for _, ch := range msg.step.Cards {
		b.applyCard(ch)
	}
	b.applyLinks(msg.step.Links)
	// follow the card that was added or changed last
	if n := len(msg.step.Cards); n > 0 && msg.step.Cards[n-1].After != nil && len(msg.step.Cards) == 1 {
		b.follow(*msg.step.Cards[n-1].After)
	}
	b.rebuild()
	if msg.flash != "" {
		return tea.Batch(drop, common.Flash(msg.flash))
	}
	return drop
}

// follow puts the cursor on card c in the column it now sits in, if that
// column is the focused one.
func (b *Panel) follow(c model.Card) {
	for i := range b.cols {
		if b.cols[i].pillarID == c.PillarID && i == b.col {
			b.cols[i].selected = c.ID
		}
	}
}
