package ideas

import (
	"fmt"

	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"

	// ideas.go: the ideas of a prompt item. While a prompt item is on the
	// slide, the room's ideas are typed in as cards below the question, and can
	// be edited, deleted, and the changes undone and redone.
	//
	// Consumes: ideasLoadedMsg, ideaSavedMsg, errMsg. Keys: a add, e/enter edit,
	// d delete, u undo, ctrl+r redo, ↑/↓ choose; in the editor enter save,
	// ctrl+j new line, tab speaker, ←/→ choose speaker, esc cancel.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

type IdeaBoard struct {
	C      common.Common
	itemID int64
	Loaded bool
	cards  []model.Card
	people []model.Participant
	cursor int
	editor *common.IdeaEditor
}

// ideasLoadedMsg carries an item's ideas and the roster to name speakers.
type IdeasLoadedMsg struct {
	itemID int64
	cards  []model.Card
	people []model.Participant
}

// ideaSavedMsg reports a committed change to an item's ideas (a change,
// an undo or a redo) as it was applied; edited is set when it was the
// editor's, none when there was nothing to undo or redo.
type IdeaSavedMsg struct {
	common.Saved
	itemID int64
	step   model.BoardStep
	edited bool
	none   string
}

func loadIdeasCmd(c common.Common, itemID int64) tea.Cmd {
	wid := c.WorkshopID
	return c.Do(c.T.OpLoadIdeas, func(st common.Store) (tea.Msg, error) {
		cards, err := st.ItemCards(itemID)
		if err != nil {
			return nil, err
		}
		people, err := st.Participants(wid)
		return IdeasLoadedMsg{itemID: itemID, cards: cards, people: people}, err
	})
}

// applyIdeaCmd writes a change to the item's ideas as a step of its undo
// history.
func (b *IdeaBoard) applyIdeaCmd(step model.BoardStep, meetingID int64, edited bool) tea.Cmd {
	wid, item, now := b.C.WorkshopID, b.itemID, b.C.Now()
	return b.C.Do(b.C.T.OpSaveCard, func(st common.Store) (tea.Msg, error) {
		got, err := st.ApplyStep(wid, meetingID, ideasScope(item), step, now)
		return IdeaSavedMsg{itemID: item, step: got, edited: edited}, err
	})
}

// historyCmd undoes or redoes the last change to the item's ideas.
func (b *IdeaBoard) historyCmd(meetingID int64, undo bool) tea.Cmd {
	wid, item, now, t := b.C.WorkshopID, b.itemID, b.C.Now(), b.C.T
	return b.C.Do(t.OpSaveCard, func(st common.Store) (tea.Msg, error) {
		move, nothing := st.RedoStep, t.NothingToRedo
		if undo {
			move, nothing = st.UndoStep, t.NothingToUndo
		}
		step, ok, err := move(wid, meetingID, ideasScope(item), now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return IdeaSavedMsg{itemID: item, none: nothing}, nil
		}
		return IdeaSavedMsg{itemID: item, step: step}, nil
	})
}

// open starts showing the ideas of item; it loads them unless they are
// already there.
func (b *IdeaBoard) Open(itemID int64) tea.Cmd {
	if b.itemID == itemID && b.Loaded {
		return nil
	}
	*b = IdeaBoard{C: b.C, itemID: itemID}
	return loadIdeasCmd(b.C, itemID)
}

func (b *IdeaBoard) Editing() bool { return b.editor != nil }

func (b *IdeaBoard) selected() (model.Card, bool) {
	if b.cursor >= 0 && b.cursor < len(b.cards) {
		return b.cards[b.cursor], true
	}
	return model.Card{}, false
}

// update handles a message; used reports that a key was the board's.
func (b *IdeaBoard) Update(msg tea.Msg, meeting model.Meeting) (cmd tea.Cmd, used bool) {
	switch msg := msg.(type) {
	case IdeasLoadedMsg:
		if msg.itemID == b.itemID {
			b.Loaded, b.cards, b.people = true, msg.cards, msg.people
			b.cursor = max(len(b.cards)-1, 0)
		}
		return nil, false
	case IdeaSavedMsg:
		if msg.itemID != b.itemID {
			return nil, false
		}
		if msg.none != "" {
			return common.Flash(msg.none), false
		}
		b.applied(msg)
		return nil, false
	case common.ErrMsg:
		if b.editor != nil {
			b.editor.Saving, b.editor.Err = false, msg.Error()
		}
		return nil, false
	}
	if b.editor != nil {
		return b.updateEditor(msg, meeting), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || !b.Loaded {
		return nil, false
	}
	k := b.C.Keys
	sel, has := b.selected()
	switch {
	case key.Matches(km, k.Up):
		b.cursor = max(b.cursor-1, 0)
	case key.Matches(km, k.Down):
		b.cursor = min(b.cursor+1, max(len(b.cards)-1, 0))
	case key.Matches(km, k.Add):
		return b.openEditor(model.Card{}), true
	case key.Matches(km, k.Edit) && has:
		return b.openEditor(sel), true
	case key.Matches(km, k.Delete) && has:
		return b.applyIdeaCmd(model.BoardStep{Cards: []model.CardChange{{Before: &sel}}}, meeting.ID, false), true
	case key.Matches(km, k.Undo):
		return b.historyCmd(meeting.ID, true), true
	case key.Matches(km, k.Redo):
		return b.historyCmd(meeting.ID, false), true
	default:
		return nil, false
	}
	return nil, true
}

// applied brings the list in line with a committed step.
func (b *IdeaBoard) applied(msg IdeaSavedMsg) {
	if msg.edited {
		b.editor = nil
	}
	for _, ch := range msg.step.Cards {
		if ch.Before != nil {
			for i, c := range b.cards {
				if c.ID == ch.Before.ID {
					b.cards = append(b.cards[:i:i], b.cards[i+1:]...)
					break
				}
			}
		}
		if ch.After != nil && ch.After.ItemID == b.itemID {
			at := len(b.cards)
			for i, c := range b.cards {
				if c.Position > ch.After.Position {
					at = i
					break
				}
			}
			b.cards = append(b.cards[:at], append([]model.Card{*ch.After}, b.cards[at:]...)...)
			b.cursor = at
		}
	}
	b.cursor = min(b.cursor, max(len(b.cards)-1, 0))
}

func (b *IdeaBoard) openEditor(c model.Card) tea.Cmd {
	b.editor = common.NewIdeaEditor(b.C, c, b.people)
	return b.editor.Ta.Focus()
}

func (b *IdeaBoard) updateEditor(msg tea.Msg, meeting model.Meeting) tea.Cmd {
	cmd, act := b.editor.Update(b.C, msg)
	switch act {
	case common.EditorCancel:
		b.editor = nil
	case common.EditorSave:
		return b.submit(meeting)
	}
	return cmd
}

func (b *IdeaBoard) submit(meeting model.Meeting) tea.Cmd {
	e := b.editor
	text := e.Text()
	if text == "" {
		e.Err = b.C.T.IdeaRequired
		return nil
	}
	card := e.Card
	card.Text, card.AuthorID = text, e.SpeakerID()
	var ch model.CardChange
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.ItemID = b.C.WorkshopID, meeting.ID, b.itemID
		card.Kind, card.Source = model.CardIdea, model.SourcePrompt
		ch = model.CardChange{After: &card}
	} else {
		old := e.Card
		ch = model.CardChange{Before: &old, After: &card}
	}
	e.Saving, e.Err = true, ""
	return b.applyIdeaCmd(model.BoardStep{Cards: []model.CardChange{ch}}, meeting.ID, true)
}

func ideasScope(itemID int64) string { return fmt.Sprintf("ideas:%d", itemID) }
