package tui

// ideas.go: the ideas of a prompt item. While a prompt item is on the
// slide, the room's ideas are typed in as cards below the question, and can
// be edited, deleted, and the changes undone and redone.
//
// Consumes: ideasLoadedMsg, ideaSavedMsg, errMsg. Keys: a add, e/enter edit,
// d delete, u undo, ctrl+r redo, ↑/↓ choose; in the editor enter save,
// ctrl+j new line, tab speaker, ←/→ choose speaker, esc cancel.

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

type ideaBoard struct {
	c      Common
	itemID int64
	loaded bool
	cards  []model.Card
	people []model.Participant
	cursor int
	editor *ideaEditor
}

// ideasLoadedMsg carries an item's ideas and the roster to name speakers.
type ideasLoadedMsg struct {
	itemID int64
	cards  []model.Card
	people []model.Participant
}

// ideaSavedMsg reports a committed change to an item's ideas (a change,
// an undo or a redo) as it was applied; edited is set when it was the
// editor's, none when there was nothing to undo or redo.
type ideaSavedMsg struct {
	saved
	itemID int64
	step   model.BoardStep
	edited bool
	none   string
}

func loadIdeasCmd(c Common, itemID int64) tea.Cmd {
	wid := c.WorkshopID
	return c.do(c.T.OpLoadIdeas, func(st Store) (tea.Msg, error) {
		cards, err := st.ItemCards(itemID)
		if err != nil {
			return nil, err
		}
		people, err := st.Participants(wid)
		return ideasLoadedMsg{itemID: itemID, cards: cards, people: people}, err
	})
}

// applyIdeaCmd writes a change to the item's ideas as a step of its undo
// history.
func (b *ideaBoard) applyIdeaCmd(step model.BoardStep, meetingID int64, edited bool) tea.Cmd {
	wid, item, now := b.c.WorkshopID, b.itemID, b.c.Now()
	return b.c.do(b.c.T.OpSaveCard, func(st Store) (tea.Msg, error) {
		got, err := st.ApplyStep(wid, meetingID, ideasScope(item), step, now)
		return ideaSavedMsg{itemID: item, step: got, edited: edited}, err
	})
}

// historyCmd undoes or redoes the last change to the item's ideas.
func (b *ideaBoard) historyCmd(meetingID int64, undo bool) tea.Cmd {
	wid, item, now, t := b.c.WorkshopID, b.itemID, b.c.Now(), b.c.T
	return b.c.do(t.OpSaveCard, func(st Store) (tea.Msg, error) {
		move, nothing := st.RedoStep, t.NothingToRedo
		if undo {
			move, nothing = st.UndoStep, t.NothingToUndo
		}
		step, ok, err := move(wid, meetingID, ideasScope(item), now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return ideaSavedMsg{itemID: item, none: nothing}, nil
		}
		return ideaSavedMsg{itemID: item, step: step}, nil
	})
}

// open starts showing the ideas of item; it loads them unless they are
// already there.
func (b *ideaBoard) open(itemID int64) tea.Cmd {
	if b.itemID == itemID && b.loaded {
		return nil
	}
	*b = ideaBoard{c: b.c, itemID: itemID}
	return loadIdeasCmd(b.c, itemID)
}

func (b *ideaBoard) editing() bool { return b.editor != nil }

func (b *ideaBoard) selected() (model.Card, bool) {
	if b.cursor >= 0 && b.cursor < len(b.cards) {
		return b.cards[b.cursor], true
	}
	return model.Card{}, false
}

// update handles a message; used reports that a key was the board's.
func (b *ideaBoard) update(msg tea.Msg, meeting model.Meeting) (cmd tea.Cmd, used bool) {
	switch msg := msg.(type) {
	case ideasLoadedMsg:
		if msg.itemID == b.itemID {
			b.loaded, b.cards, b.people = true, msg.cards, msg.people
			b.cursor = max(len(b.cards)-1, 0)
		}
		return nil, false
	case ideaSavedMsg:
		if msg.itemID != b.itemID {
			return nil, false
		}
		if msg.none != "" {
			return flash(msg.none), false
		}
		b.applied(msg)
		return nil, false
	case errMsg:
		if b.editor != nil {
			b.editor.saving, b.editor.err = false, msg.Error()
		}
		return nil, false
	}
	if b.editor != nil {
		return b.updateEditor(msg, meeting), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || !b.loaded {
		return nil, false
	}
	k := b.c.Keys
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
func (b *ideaBoard) applied(msg ideaSavedMsg) {
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

func (b *ideaBoard) openEditor(c model.Card) tea.Cmd {
	b.editor = newIdeaEditor(b.c, c, b.people)
	return b.editor.ta.Focus()
}

func (b *ideaBoard) updateEditor(msg tea.Msg, meeting model.Meeting) tea.Cmd {
	cmd, act := b.editor.update(b.c, msg)
	switch act {
	case editorCancel:
		b.editor = nil
	case editorSave:
		return b.submit(meeting)
	}
	return cmd
}

// editorAction is what a key in a card editor asks its owner to do.
type editorAction int

const (
	editorNone editorAction = iota
	editorSave
	editorCancel
)

// update handles a key or a paste in the editor: tab switches between the
// text and the speaker, ←/→ choose the speaker, a paste is cleaned and cut
// to the card's limit. enter and esc are the owner's: update reports them.
func (e *ideaEditor) update(c Common, msg tea.Msg) (tea.Cmd, editorAction) {
	if e.saving {
		return nil, editorNone
	}
	k := c.Keys
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			return nil, editorCancel
		case key.Matches(km, k.Save):
			return nil, editorSave
		case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
			e.onSpeaker = !e.onSpeaker
			if e.onSpeaker {
				e.ta.Blur()
				return nil, editorNone
			}
			return e.ta.Focus(), editorNone
		case e.onSpeaker && key.Matches(km, k.Left):
			e.speaker = (e.speaker + len(e.people)) % (len(e.people) + 1)
			return nil, editorNone
		case e.onSpeaker && key.Matches(km, k.Right):
			e.speaker = (e.speaker + 1) % (len(e.people) + 1)
			return nil, editorNone
		case e.onSpeaker:
			return nil, editorNone
		}
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		var cut bool
		if msg, cut = cleanPaste(p, e.ta.Value(), model.MaxCardRunes, true); cut {
			e.err = c.T.PasteCut
		}
	}
	var cmd tea.Cmd
	e.ta, cmd = e.ta.Update(msg)
	return cmd, editorNone
}

// text is what was typed, cleaned and without blank lines at the ends.
func (e *ideaEditor) text() string {
	text, _ := model.CleanText(e.ta.Value(), model.MaxCardRunes)
	return trimLines(text)
}

func (b *ideaBoard) submit(meeting model.Meeting) tea.Cmd {
	e := b.editor
	text := e.text()
	if text == "" {
		e.err = b.c.T.IdeaRequired
		return nil
	}
	card := e.card
	card.Text, card.AuthorID = text, e.speakerID()
	var ch model.CardChange
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.ItemID = b.c.WorkshopID, meeting.ID, b.itemID
		card.Kind, card.Source = model.CardIdea, model.SourcePrompt
		ch = model.CardChange{After: &card}
	} else {
		old := e.card
		ch = model.CardChange{Before: &old, After: &card}
	}
	e.saving, e.err = true, ""
	return b.applyIdeaCmd(model.BoardStep{Cards: []model.CardChange{ch}}, meeting.ID, true)
}

// ideaEditor is the box in which one idea is typed: several lines (enter
// saves, ctrl+j breaks the line) and who said it.
type ideaEditor struct {
	title     string // what the box says it is for, where the caller sets it
	card      model.Card
	ta        textarea.Model
	people    []model.Participant
	speaker   int // 0 anonymous, i for people[i-1]
	onSpeaker bool
	err       string
	saving    bool
}

func newIdeaEditor(c Common, card model.Card, people []model.Participant) *ideaEditor {
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = model.MaxCardRunes
	ta.KeyMap.InsertNewline.SetKeys("ctrl+j")
	ta.KeyMap.Paste.SetEnabled(false)
	ta.SetVirtualCursor(false)
	ta.SetHeight(3)
	ta.SetValue(card.Text)
	e := &ideaEditor{card: card, ta: ta, people: people}
	for i, p := range people {
		if p.ID == card.AuthorID {
			e.speaker = i + 1
		}
	}
	return e
}

func (e *ideaEditor) speakerID() int64 {
	if e.speaker == 0 || e.speaker > len(e.people) {
		return 0
	}
	return e.people[e.speaker-1].ID
}

// trimLines drops blank lines at both ends and spaces at line ends.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " 　")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}
