package board

// board_store.go: the board's reads and writes, each a Cmd on the ordered
// queue: the board's first page, then the whole board, a step with its
// undo record, undo and redo, and a chat file brought into the inbox.

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the board needs from the database.
type Store interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	Participants(workshopID int64) ([]model.Participant, error)
	BoardCards(workshopID int64) ([]model.Card, model.Links, error)
	BoardPage(workshopID int64, limit int) (model.BoardPage, error)
	ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error)
	UndoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	RedoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	ImportChat(workshopID int64, log model.ChatLog, at time.Time) (model.ImportReport, error)
	common.DraftStore
}

// pageRows is how many cards of each column the board reads first when
// the screen's height is not known yet: more than a screen shows, so that
// the first frame is drawn from them while the whole board is read. When
// it is known, as many cards as the screen has lines (a card takes one at
// least); a terminal made taller meanwhile sees its lower rows a moment
// later, with the rest of the board.
const pageRows = 64

// pageSize is how many cards of each column to read first for a screen of
// rows lines.
func pageSize(rows int) int {
	if rows <= 0 {
		return pageRows
	}
	return max(rows, 8)
}

// loadCmd reads the board's first page (db BoardPage): each column's first
// cards and the counts of the whole board, enough for the first frame; a
// board that fits in the page comes whole. wholeCmd then reads the rest.
func (b *Panel) loadCmd() tea.Cmd {
	st, wid, m, limit := b.st, b.c.WorkshopID, b.meeting, pageSize(b.rows)
	return b.c.Do(b.id, b.c.T.OpLoadBoard, func() (tea.Msg, error) {
		page, err := st.BoardPage(wid, limit)
		if err != nil {
			return nil, err
		}
		msg := loadedMsg{meetingID: m.ID, cards: page.Cards, links: page.Links, preview: !page.Whole, counts: page.Counts}
		err = readAround(st, wid, m, &msg) // before msg is returned: the order within a return is not the language's to promise
		return msg, err
	})
}

// wholeCmd reads every card of the board and its links.
func (b *Panel) wholeCmd() tea.Cmd {
	st, wid, m := b.st, b.c.WorkshopID, b.meeting
	return b.c.Do(b.id, b.c.T.OpLoadBoard, func() (tea.Msg, error) {
		cards, links, err := st.BoardCards(wid)
		if err != nil {
			return nil, err
		}
		msg := loadedMsg{meetingID: m.ID, cards: cards, links: links}
		err = readAround(st, wid, m, &msg)
		return msg, err
	})
}

// readAround reads what the board shows beside its cards: the roster, the
// pillars and when the previous meeting ended.
func readAround(st Store, wid int64, m model.Meeting, msg *loadedMsg) error {
	var err error
	if msg.people, err = st.Participants(wid); err != nil {
		return err
	}
	if _, msg.pillars, err = st.Workshop(wid); err != nil {
		return err
	}
	meetings, err := st.Meetings(wid)
	msg.since = model.PreviousEnd(meetings, m.Number)
	return err
}

// applyCmd writes step as one step of the board's undo history.
func (b *Panel) applyCmd(step model.BoardStep, flash string) tea.Cmd {
	st, wid, mid, now := b.st, b.c.WorkshopID, b.meeting.ID, b.c.Now()
	return b.c.Do(b.id, b.c.T.OpSaveBoard, func() (tea.Msg, error) {
		got, err := st.ApplyStep(wid, mid, Scope, step, now)
		return savedMsg{step: got, flash: flash}, err
	})
}

// historyCmd undoes or redoes the board's last step.
func (b *Panel) historyCmd(undo bool) tea.Cmd {
	st, wid, mid, now, t := b.st, b.c.WorkshopID, b.meeting.ID, b.c.Now(), b.c.T
	return b.c.Do(b.id, b.c.T.OpSaveBoard, func() (tea.Msg, error) {
		move, done, nothing := st.RedoStep, t.Redone, t.NothingToRedo
		if undo {
			move, done, nothing = st.UndoStep, t.Undone, t.NothingToUndo
		}
		step, ok, err := move(wid, mid, Scope, now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return savedMsg{none: nothing}, nil
		}
		return savedMsg{step: step, flash: done}, nil
	})
}

// importChatCmd adds the messages chosen in the chat import dialog to the
// inbox; each card keeps its message's author and time.
func (b *Panel) importChatCmd(log model.ChatLog) tea.Cmd {
	st, wid, now := b.st, b.c.WorkshopID, b.c.Now()
	return b.c.Do(b.id, b.c.T.OpImportChat, func() (tea.Msg, error) {
		rep, err := st.ImportChat(wid, log, now)
		return chatImportedMsg{report: rep}, err
	})
}

// Scope is the store's undo history of the board (the name db.BoardScope
// gives it).
const Scope = "board"
