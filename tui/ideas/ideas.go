// Package ideas is the panel of a prompt item: while it is on the slide,
// the room's ideas are typed in as cards below the question, and can be
// edited, deleted, and the changes undone and redone (through the store's
// history, so undo works after a restart too).
//
// Consumes: loadedMsg, savedMsg, common.ErrMsg (its own), tea.PasteMsg.
// Keys: a add, e/enter edit, d delete, u undo, ctrl+r redo, ↑/↓ choose; in
// the editor enter save, ctrl+j new line, tab speaker, ←/→ choose speaker,
// esc cancel.
package ideas

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the ideas panel needs from the database.
type Store interface {
	ItemCards(itemID int64) ([]model.Card, error)
	Participants(workshopID int64) ([]model.Participant, error)
	ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error)
	UndoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	RedoStep(workshopID, meetingID int64, scope string, at time.Time) (model.BoardStep, bool, error)
	common.DraftStore
}

// Panel is the ideas of one prompt item.
type Panel struct {
	c      common.Common
	st     Store
	id     int64 // the requester id its store calls carry
	slide  common.Slide
	loaded bool
	cards  []model.Card
	people []model.Participant
	cursor int
	editor *common.CardEditor
}

// loadedMsg carries an item's ideas and the roster to name speakers.
type loadedMsg struct {
	itemID int64
	cards  []model.Card
	people []model.Participant
}

// savedMsg reports a committed change to an item's ideas (a change, an
// undo or a redo) as it was applied; edited is set when it was the
// editor's, none when there was nothing to undo or redo.
type savedMsg struct {
	common.Saved
	itemID int64
	step   model.BoardStep
	edited bool
	none   string
}

// New opens the ideas panel on the prompt item of s and loads its ideas.
func New(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) {
	p := &Panel{c: c, st: st, id: c.NewID(), slide: s}
	return p, p.loadCmd()
}

func (p *Panel) itemID() int64 { return p.slide.Item.ID }

func (p *Panel) loadCmd() tea.Cmd {
	st, wid, item := p.st, p.c.WorkshopID, p.itemID()
	return p.c.Do(p.id, p.c.T.OpLoadIdeas, func() (tea.Msg, error) {
		cards, err := st.ItemCards(item)
		if err != nil {
			return nil, err
		}
		people, err := st.Participants(wid)
		return loadedMsg{itemID: item, cards: cards, people: people}, err
	})
}

// applyCmd writes a change to the item's ideas as a step of its undo
// history.
func (p *Panel) applyCmd(step model.BoardStep, edited bool) tea.Cmd {
	st, wid, mid, item, now := p.st, p.c.WorkshopID, p.slide.Meeting.ID, p.itemID(), p.c.Now()
	return p.c.Do(p.id, p.c.T.OpSaveCard, func() (tea.Msg, error) {
		got, err := st.ApplyStep(wid, mid, Scope(item), step, now)
		return savedMsg{itemID: item, step: got, edited: edited}, err
	})
}

// historyCmd undoes or redoes the last change to the item's ideas.
func (p *Panel) historyCmd(undo bool) tea.Cmd {
	st, wid, mid, item, now, t := p.st, p.c.WorkshopID, p.slide.Meeting.ID, p.itemID(), p.c.Now(), p.c.T
	return p.c.Do(p.id, t.OpSaveCard, func() (tea.Msg, error) {
		move, nothing := st.RedoStep, t.NothingToRedo
		if undo {
			move, nothing = st.UndoStep, t.NothingToUndo
		}
		step, ok, err := move(wid, mid, Scope(item), now)
		if err != nil {
			return nil, err
		}
		if !ok {
			return savedMsg{itemID: item, none: nothing}, nil
		}
		return savedMsg{itemID: item, step: step}, nil
	})
}

// Scope is the store's undo history of the ideas of prompt item itemID.
func Scope(itemID int64) string { return fmt.Sprintf("ideas:%d", itemID) }

// Capturing is true while an idea is being typed.
func (p *Panel) Capturing() bool { return p.editor != nil }

func (p *Panel) selected() (model.Card, bool) {
	if p.cursor >= 0 && p.cursor < len(p.cards) {
		return p.cards[p.cursor], true
	}
	return model.Card{}, false
}

// Update handles a message; handled reports that a key was the panel's.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.itemID == p.itemID() {
			p.loaded, p.cards, p.people = true, msg.cards, msg.people
			p.cursor = max(len(p.cards)-1, 0)
		}
		return p, nil, false
	case savedMsg:
		if msg.itemID != p.itemID() || !p.loaded {
			return p, nil, false
		}
		if msg.none != "" {
			return p, common.Flash(msg.none), false
		}
		var drop tea.Cmd
		if msg.edited && p.editor != nil {
			drop = p.editor.DropDraft()
		}
		p.applied(msg)
		return p, drop, false
	case common.ErrMsg:
		if msg.For(p.id) && p.editor != nil {
			p.editor.Fail(p.c.Problem(msg))
		}
		return p, nil, false
	case common.ProjectorMsg:
		p.slide.Projector = msg.On
		return p, nil, false
	}
	if p.editor != nil {
		return p, p.updateEditor(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || !p.loaded {
		return p, nil, false
	}
	cmd, handled := p.handleKey(km)
	return p, cmd, handled
}

func (p *Panel) handleKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	sel, has := p.selected()
	switch {
	case key.Matches(km, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(km, k.Down):
		p.cursor = min(p.cursor+1, max(len(p.cards)-1, 0))
	case key.Matches(km, k.Add):
		return p.openEditor(model.Card{}), true
	case key.Matches(km, k.Edit) && has:
		return p.openEditor(sel), true
	case key.Matches(km, k.Delete) && has:
		return p.applyCmd(model.BoardStep{Cards: []model.CardChange{{Before: &sel}}}, false), true
	case key.Matches(km, k.Undo):
		return p.historyCmd(true), true
	case key.Matches(km, k.Redo):
		return p.historyCmd(false), true
	default:
		return nil, false
	}
	return nil, true
}

// applied brings the list in line with a committed step.
func (p *Panel) applied(msg savedMsg) {
	if msg.edited {
		p.editor = nil
	}
	for _, ch := range msg.step.Cards {
		if ch.Before != nil {
			for i, c := range p.cards {
				if c.ID == ch.Before.ID {
					p.cards = append(p.cards[:i:i], p.cards[i+1:]...)
					break
				}
			}
		}
		if ch.After != nil && ch.After.ItemID == p.itemID() {
			at := len(p.cards)
			for i, c := range p.cards {
				if c.Position > ch.After.Position {
					at = i
					break
				}
			}
			p.cards = append(p.cards[:at], append([]model.Card{*ch.After}, p.cards[at:]...)...)
			p.cursor = at
		}
	}
	p.cursor = min(p.cursor, max(len(p.cards)-1, 0))
}

func (p *Panel) openEditor(c model.Card) tea.Cmd {
	title := p.c.T.AddIdea
	if c.ID != 0 {
		title = p.c.T.EditIdea
	}
	var cmd tea.Cmd
	p.editor, cmd = common.NewCardEditor(p.c, c, p.people, title, p.c.T.IdeaRequired)
	key := fmt.Sprintf("ideas:%d:new", p.itemID())
	if c.ID != 0 {
		key = fmt.Sprintf("card:%d", c.ID)
	}
	return tea.Batch(cmd, p.editor.KeepDraft(p.st, p.id, key))
}

// updateEditor passes msg to the editor and acts on how it ended: a
// cancelled one closes, a finished one is saved (and closes when the save
// is confirmed).
func (p *Panel) updateEditor(msg tea.Msg) tea.Cmd {
	e := p.editor
	cmd, out := common.UpdateForm(e, msg)
	switch out {
	case common.FormClosed:
		p.editor = nil
	case common.FormSubmitted:
		return p.submit()
	}
	return cmd
}

func (p *Panel) submit() tea.Cmd {
	e := p.editor
	card := e.Card
	card.Text, card.AuthorID = e.Text(), e.SpeakerID()
	var ch model.CardChange
	if card.ID == 0 {
		card.WorkshopID, card.MeetingID, card.ItemID = p.c.WorkshopID, p.slide.Meeting.ID, p.itemID()
		card.Kind, card.Source = model.CardIdea, model.SourcePrompt
		ch = model.CardChange{After: &card}
	} else {
		old := e.Card
		ch = model.CardChange{Before: &old, After: &card}
	}
	return p.applyCmd(model.BoardStep{Cards: []model.CardChange{ch}}, true)
}

// ShortHelp is the footer while the panel is on the slide: the editor's
// keys while one is open, else the ideas' and the meeting's.
func (p *Panel) ShortHelp() []key.Binding {
	k := p.c.Keys
	if p.editor != nil {
		return []key.Binding{k.Save, k.NextField, k.Cancel}
	}
	return []key.Binding{k.Add, k.Edit, k.Delete, k.Undo, k.Record, k.Next, k.Prev, k.Timer, k.Back}
}

// FullHelp is the panel's keys for the ? overlay.
func (p *Panel) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{{k.Add, k.Edit, k.Delete, k.Undo, k.Redo}}
}
