package board

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"

	// board.go: the Task ① board, on the slide of a task1 item. An inbox of
	// unsorted cards (ideas from the prompts, poll reasons sent here, imported
	// chat lines) and one column per pillar: problems (課題), under each the
	// goals (達成目標) that say when it is solved, and the goals not linked yet.
	// Cards are added, edited, moved between pillars and kinds, linked,
	// grouped under KJ法 labels, reordered and deleted; every change is one
	// step of an undo history kept in the database, so undo and redo work
	// across a restart. board_view.go draws it.
	//
	// Consumes: boardLoadedMsg, boardSavedMsg, chatImportedMsg, errMsg.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
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

type BoardPanel struct {
	C        common.Common
	Loaded   bool
	meeting  model.Meeting
	Pillars  []model.Pillar
	people   []model.Participant
	Cards    []model.Card
	Links    model.Links
	since    time.Time // the end of the previous meeting: later changes are marked
	cols     []boardColumn
	Col      int
	Folded   map[string]bool
	filter   string
	focus    bool // the selected problem large, for the projector
	editor   *common.IdeaEditor
	linkTo   int64 // the problem a new goal will solve
	picker   *common.Picker
	entry    *common.LineEntry // a label, a filter or the path of a chat file
	entryFor entryKind
}

type entryKind int

const (
	entryLabel entryKind = iota
	entryFilter
	entryImport
)

// boardLoadedMsg carries the whole board.
type BoardLoadedMsg struct {
	meetingID int64
	cards     []model.Card
	links     model.Links
	people    []model.Participant
	pillars   []model.Pillar
	since     time.Time
}

// boardSavedMsg reports a committed step (a change, an undo or a redo) as
// it was applied; none is set when there was nothing to undo or redo.
type BoardSavedMsg struct {
	common.Saved
	step  model.BoardStep
	flash string
	none  string
}

// chatImportedMsg reports a committed import; the board is read again.
type ChatImportedMsg struct {
	common.Saved
	report model.ImportReport
}

// open shows the board of meeting m, reading it afresh unless it is
// already shown.
func (b *BoardPanel) Open(m model.Meeting) tea.Cmd {
	if b.Loaded && b.meeting.ID == m.ID {
		return nil
	}
	*b = BoardPanel{C: b.C, meeting: m, Folded: map[string]bool{}}
	return loadBoardCmd(b.C, m)
}

// close forgets the board, so that it is read again when shown next: cards
// may have come in from the prompts and the poll meanwhile.
func (b *BoardPanel) Close() { b.Loaded = false }

func (b *BoardPanel) Capturing() bool { return b.editor != nil || b.picker != nil || b.entry != nil }

// column is the focused column.
func (b *BoardPanel) column() *boardColumn {
	if b.Col < 0 || b.Col >= len(b.cols) {
		return nil
	}
	return &b.cols[b.Col]
}

// selected is the card under the cursor.
func (b *BoardPanel) selected() (model.Card, bool) {
	col := b.column()
	if col == nil || col.cursor < 0 || col.cursor >= len(col.rows) || col.rows[col.cursor].kind != rowCard {
		return model.Card{}, false
	}
	return *col.rows[col.cursor].card, true
}

func (b *BoardPanel) Update(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case BoardLoadedMsg:
		if msg.meetingID == b.meeting.ID {
			b.Loaded = true
			b.Cards, b.Links, b.people, b.Pillars, b.since = msg.cards, msg.links, msg.people, msg.pillars, msg.since
			b.Rebuild()
		}
		return nil, false
	case BoardSavedMsg:
		return b.saved(msg), false
	case ChatImportedMsg:
		b.entry = nil
		r := msg.report
		b.Loaded = false
		return tea.Batch(common.Flash(fmt.Sprintf(b.C.T.FmtImported, r.Added, r.Skipped, r.Rejected)),
			b.Open(b.meeting)), false
	case common.ErrMsg:
		if b.editor != nil {
			b.editor.Saving, b.editor.Err = false, msg.Error()
		}
		if b.entry != nil {
			b.entry.Saving, b.entry.Err = false, msg.Error()
		}
		return nil, false
	}
	if !b.Loaded {
		return nil, false
	}
	switch {
	case b.editor != nil:
		return b.updateEditor(msg), true
	case b.picker != nil:
		return b.updatePicker(msg), true
	case b.entry != nil:
		return b.updateEntry(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	return b.handleKey(km)
}

// saved brings the board in line with a committed step.
func (b *BoardPanel) saved(msg BoardSavedMsg) tea.Cmd {
	if msg.none != "" {
		return common.Flash(msg.none)
	}
	b.editor, b.picker = nil, nil
	if b.entry != nil && b.entryFor == entryLabel {
		b.entry = nil
	}
	for _, ch := range msg.step.Cards {
		b.applyCard(ch)
	}
	b.Links = b.Links.Apply(msg.step.Links)
	// follow the card that was added or changed last
	if n := len(msg.step.Cards); n > 0 && msg.step.Cards[n-1].After != nil && len(msg.step.Cards) == 1 {
		b.follow(*msg.step.Cards[n-1].After)
	}
	b.Rebuild()
	if msg.flash != "" {
		return common.Flash(msg.flash)
	}
	return nil
}

func (b *BoardPanel) applyCard(ch model.CardChange) {
	id := int64(0)
	if ch.Before != nil {
		id = ch.Before.ID
	} else if ch.After != nil {
		id = ch.After.ID
	}
	for i, c := range b.Cards {
		if c.ID != id {
			continue
		}
		if ch.After == nil {
			b.Cards = append(b.Cards[:i], b.Cards[i+1:]...)
		} else {
			b.Cards[i] = *ch.After
		}
		return
	}
	if ch.After != nil {
		b.Cards = append(b.Cards, *ch.After)
	}
}

// follow puts the cursor on card c in the column it now sits in, if that
// column is the focused one.
func (b *BoardPanel) follow(c model.Card) {
	for i := range b.cols {
		if b.cols[i].pillarID == c.PillarID && i == b.Col {
			b.cols[i].selected = c.ID
		}
	}
}

func (b *BoardPanel) handleKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := b.C.Keys, b.C.T
	col := b.column()
	if col == nil {
		return nil, false
	}
	if b.focus {
		if key.Matches(km, k.Focus) || key.Matches(km, k.Back) {
			b.focus = false
			return nil, true
		}
		return nil, key.Matches(km, k.Up) || key.Matches(km, k.Down)
	}
	sel, has := b.selected()
	switch {
	case key.Matches(km, k.Back) && b.filter != "":
		b.filter = ""
		b.Rebuild()
	case key.Matches(km, k.Up):
		b.moveCursor(-1)
	case key.Matches(km, k.Down):
		b.moveCursor(1)
	case key.Matches(km, k.PageUp):
		b.moveCursor(-10)
	case key.Matches(km, k.PageDown):
		b.moveCursor(10)
	case key.Matches(km, k.NextColumn):
		b.Col = (b.Col + 1) % len(b.cols)
	case key.Matches(km, k.PrevColumn):
		b.Col = (b.Col + len(b.cols) - 1) % len(b.cols)
	case key.Matches(km, k.Add):
		kind, title := model.CardProblem, t.AddProblem
		if col.pillarID == 0 {
			kind, title = model.CardIdea, t.AddCard
		}
		return b.openEditor(model.Card{Kind: kind, PillarID: col.pillarID}, title, 0), true
	case key.Matches(km, k.AddGoal) && col.pillarID != 0:
		problem := int64(0)
		if has && sel.Kind == model.CardProblem {
			problem = sel.ID
		} else if has && sel.Kind == model.CardGoal {
			problem = b.Links[sel.ID]
		}
		return b.openEditor(model.Card{Kind: model.CardGoal, PillarID: col.pillarID}, t.AddGoal, problem), true
	case key.Matches(km, k.Collapse) || (key.Matches(km, k.Open) && b.onGroup()):
		b.toggleFold()
	case key.Matches(km, k.Undo):
		return b.historyCmd(true), true
	case key.Matches(km, k.Redo):
		return b.historyCmd(false), true
	case key.Matches(km, k.Filter):
		b.openEntry(entryFilter, b.filter)
	case key.Matches(km, k.Import):
		b.openEntry(entryImport, "")
	case key.Matches(km, k.Focus) && has:
		b.focus = true
	case !has:
		return nil, false
	case key.Matches(km, k.Edit):
		return b.openEditor(sel, t.EditCard, 0), true
	case key.Matches(km, k.Delete):
		before := sel
		return b.applyCmd(model.BoardStep{Cards: []model.CardChange{{Before: &before}}}, ""), true
	case key.Matches(km, k.Move):
		b.openMovePicker(sel)
	case key.Matches(km, k.Link):
		return b.openLinkPicker(sel), true
	case key.Matches(km, k.Group):
		b.openEntry(entryLabel, sel.Label)
	case key.Matches(km, k.MoveUp):
		return b.swap(-1), true
	case key.Matches(km, k.MoveDown):
		return b.swap(1), true
	default:
		return nil, false
	}
	return nil, true
}

// help is the board's keys in its present state.
func (b *BoardPanel) Help() []key.Binding {
	k := b.C.Keys
	switch {
	case !b.Loaded:
		return nil
	case b.editor != nil:
		return []key.Binding{k.Save, k.NextField, k.Cancel}
	case b.picker != nil:
		return []key.Binding{k.Up, k.Down, k.Save, k.Cancel}
	case b.entry != nil:
		return []key.Binding{k.Save, k.Cancel}
	case b.focus:
		return []key.Binding{k.Focus}
	}
	return []key.Binding{k.NextColumn, k.Add, k.AddGoal, k.Edit, k.Move, k.Link, k.Group, k.Undo, k.Filter, k.Focus, k.Import}
}
