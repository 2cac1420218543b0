package board

// board_store.go: the board's reads and writes, each a Cmd on the ordered
// queue: the whole board, a step with its undo record, undo and redo, and a
// chat file brought into the inbox.

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
	ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error)
	UndoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	RedoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	ImportChat(workshopID int64, log model.ChatLog, at time.Time) (model.ImportReport, error)
	common.DraftStore
}

// loadCmd reads the whole board.
func (b *Panel) loadCmd() tea.Cmd {
	st, wid, m := b.st, b.c.WorkshopID, b.meeting
	return b.c.Do(b.id, b.c.T.OpLoadBoard, func() (tea.Msg, error) {
		cards, links, err := st.BoardCards(wid)
		if err != nil {
			return nil, err
		}
		people, err := st.Participants(wid)
		if err != nil {
			return nil, err
		}
		_, pillars, err := st.Workshop(wid)
		if err != nil {
			return nil, err
		}
		meetings, err := st.Meetings(wid)
		return loadedMsg{meetingID: m.ID, cards: cards, links: links, people: people, pillars: pillars,
			since: model.PreviousEnd(meetings, m.Number)}, err
	})
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
