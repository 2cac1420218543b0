package board

import (
	"errors"
	"time"

	"yoriai/tui/common"

	// board_store.go: the board's reads and writes, each a Cmd on the ordered
	// queue: the whole board, a step with its undo record, undo and redo, and a
	// chat file brought into the inbox.

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/importer"
	"yoriai/model"
)

func loadBoardCmd(c common.Common, m model.Meeting) tea.Cmd {
	wid := c.WorkshopID
	return c.Do(c.T.OpLoadBoard, func(st common.Store) (tea.Msg, error) {
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
		return BoardLoadedMsg{meetingID: m.ID, cards: cards, links: links, people: people, pillars: pillars,
			since: model.PreviousEnd(meetings, m.Number)}, err
	})
}

func (b *BoardPanel) applyCmd(step model.BoardStep, flash string) tea.Cmd {
	wid, mid, now := b.C.WorkshopID, b.meeting.ID, b.C.Now()
	return b.C.Do(b.C.T.OpSaveBoard, func(st common.Store) (tea.Msg, error) {
		got, err := st.ApplyStep(wid, mid, BoardScope, step, now)
		return BoardSavedMsg{step: got, flash: flash}, err
	})
}

func (b *BoardPanel) historyCmd(undo bool) tea.Cmd {
	wid, mid, now, t := b.C.WorkshopID, b.meeting.ID, b.C.Now(), b.C.T
	return b.C.Do(b.C.T.OpSaveBoard, func(st common.Store) (tea.Msg, error) {
		move, done, nothing := st.RedoStep, t.Redone, t.NothingToRedo
		if undo {
			move, done, nothing = st.UndoStep, t.Undone, t.NothingToUndo
		}
		step, ok, err := move(wid, mid, BoardScope, now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return BoardSavedMsg{none: nothing}, nil
		}
		return BoardSavedMsg{step: step, flash: done}, nil
	})
}

// importChatCmd reads a chat file and adds its lines to the inbox.
func (b *BoardPanel) importChatCmd(path string) tea.Cmd {
	wid, now, t := b.C.WorkshopID, b.C.Now(), b.C.T
	return b.C.Do(t.OpImportChat, func(st common.Store) (tea.Msg, error) {
		log, err := importer.ReadChat(path, time.Local)
		if err != nil {
			return nil, chatError(t, err)
		}
		rep, err := st.ImportChat(wid, log, now)
		return ChatImportedMsg{report: rep}, err
	})
}

// chatError words why a chat file could not be read.
func chatError(t *i18n.Catalog, err error) error { return errors.New(t.ChatError(err)) }

// The undo histories the screens keep in the store: the board's, and one
// for the ideas of each prompt item (the names db.BoardScope and
// db.IdeasScope give them).
const BoardScope = "board"
