// Package record is the record (記録) of one agenda item, of any kind: the
// notes, decisions, questions with their answers and action items (宿題:
// what, by whom, by when) the room gives while the item is on. The meeting
// opens it over the slide's body with w and closes it with esc (or w).
// Every change is one store call in a Cmd, saved as typed and undone and
// redone through the store's history, so undo works after a restart too.
//
// Consumes: loadedMsg, savedMsg, common.ErrMsg (its own), tea.PasteMsg,
// common.ProjectorMsg. Emits: common.FlashMsg.
// Keys: a add, e/enter edit, d delete, K/J move up/down, u undo, ctrl+r
// redo, space/c mark a 宿題 done or open, ↑/↓ choose; esc and w are left to
// the meeting (they close it). In the form: tab/shift+tab fields, ←/→
// kind, ctrl+j new line, ↑/↓ 担当 from the roster, enter save, esc cancel.
package record

import (
	"errors"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the record needs from the database.
type Store interface {
	ItemEntries(itemID int64) ([]model.Entry, error)
	Participants(workshopID int64) ([]model.Participant, error)
	AddEntry(e model.Entry, at time.Time) (model.Entry, error)
	UpdateEntry(e model.Entry, at time.Time) (model.Entry, error)
	DeleteEntry(id int64, at time.Time) error
	MoveEntry(id int64, up bool, at time.Time) (moved bool, err error)
	UndoEntry(itemID int64, at time.Time) (model.EntryStep, bool, error)
	RedoEntry(itemID int64, at time.Time) (model.EntryStep, bool, error)
	SetActionDone(id, meetingID int64, done bool, at time.Time) (model.Entry, error)
	common.DraftStore
}

// Panel is the record of one agenda item.
type Panel struct {
	c       common.Common
	st      Store
	id      int64 // the requester id its store calls carry
	slide   common.Slide
	loaded  bool
	entries []model.Entry
	people  []model.Participant
	cursor  int
	form    *entryForm
}

// loadedMsg carries an item's record and the roster to pick 担当 from.
type loadedMsg struct {
	itemID  int64
	entries []model.Entry
	people  []model.Participant
}

// savedMsg reports a committed change to an item's record as it was
// applied; edited is set when it was the form's, none when there was
// nothing to undo or redo, flash is a notice to show.
type savedMsg struct {
	common.Saved
	itemID  int64
	changes []model.EntryChange
	edited  bool
	none    string
	flash   string
}

// New opens the record of the item of s and loads it.
func New(c common.Common, st Store, s common.Slide) (*Panel, tea.Cmd) {
	p := &Panel{c: c, st: st, id: c.NewID(), slide: s}
	return p, p.loadCmd()
}

// ItemID is the agenda item whose record this is.
func (p *Panel) ItemID() int64 { return p.slide.Item.ID }

func (p *Panel) loadCmd() tea.Cmd {
	st, wid, item := p.st, p.c.WorkshopID, p.ItemID()
	return p.c.Do(p.id, p.c.T.Record.OpLoad, func() (tea.Msg, error) {
		es, err := st.ItemEntries(item)
		if err != nil {
			return nil, err
		}
		people, err := st.Participants(wid)
		return loadedMsg{itemID: item, entries: es, people: people}, err
	})
}

// writeCmd runs one write to the record on the queue; fn returns the
// changes as applied.
func (p *Panel) writeCmd(edited bool, fn func(st Store, at time.Time) (savedMsg, error)) tea.Cmd {
	st, item, now := p.st, p.ItemID(), p.c.Now()
	return p.c.Do(p.id, p.c.T.Record.OpSave, func() (tea.Msg, error) {
		msg, err := fn(st, now)
		msg.itemID, msg.edited = item, edited
		return msg, err
	})
}

// Capturing is true while an entry is being typed.
func (p *Panel) Capturing() bool { return p.form != nil }

func (p *Panel) selected() (model.Entry, bool) {
	if p.cursor >= 0 && p.cursor < len(p.entries) {
		return p.entries[p.cursor], true
	}
	return model.Entry{}, false
}

// Update handles a message. Every key is the record's (handled), but esc
// and w outside the form, which close it and so are the meeting's.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.itemID == p.ItemID() {
			p.loaded, p.entries, p.people = true, msg.entries, msg.people
			p.cursor = max(len(p.entries)-1, 0)
		}
		return p, nil, false
	case savedMsg:
		if msg.itemID != p.ItemID() || !p.loaded {
			return p, nil, false
		}
		if msg.none != "" {
			return p, common.Flash(msg.none), false
		}
		var cmds []tea.Cmd
		if msg.edited && p.form != nil {
			cmds = append(cmds, p.form.draft.Drop()) // saved: the draft is done with
			p.form = nil
		}
		p.apply(msg.changes)
		if msg.flash != "" {
			cmds = append(cmds, common.Flash(msg.flash))
		}
		return p, tea.Batch(cmds...), false
	case common.ErrMsg:
		if msg.For(p.id) && p.form != nil {
			p.form.Fail(p.c.Problem(msg))
		}
		return p, nil, false
	case common.ProjectorMsg:
		p.slide.Projector = msg.On
		return p, nil, false
	}
	if p.form != nil {
		return p, p.updateForm(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return p, nil, false
	}
	k := p.c.Keys
	if key.Matches(km, k.Back) || key.Matches(km, k.Record) {
		return p, nil, false
	}
	if !p.loaded {
		return p, nil, true
	}
	return p, p.handleKey(km), true
}

func (p *Panel) handleKey(km tea.KeyPressMsg) tea.Cmd {
	k, t := p.c.Keys, p.c.T
	sel, has := p.selected()
	switch {
	case key.Matches(km, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(km, k.Down):
		p.cursor = min(p.cursor+1, max(len(p.entries)-1, 0))
	case key.Matches(km, k.Add):
		return p.openForm(model.Entry{Kind: model.EntryMemo})
	case key.Matches(km, k.Edit) && has:
		return p.openForm(sel)
	case key.Matches(km, k.Delete) && has:
		return p.writeCmd(false, func(st Store, at time.Time) (savedMsg, error) {
			err := st.DeleteEntry(sel.ID, at)
			return savedMsg{changes: []model.EntryChange{{Before: &sel}}, flash: t.Record.Deleted(short(sel.Text))}, err
		})
	case (key.Matches(km, k.MoveUp) || key.Matches(km, k.MoveDown)) && has:
		return p.moveCmd(sel, key.Matches(km, k.MoveUp))
	case key.Matches(km, k.Undo):
		return p.historyCmd(true)
	case key.Matches(km, k.Redo):
		return p.historyCmd(false)
	case key.Matches(km, k.MarkDone) && has && sel.Kind == model.EntryAction:
		done, mid := sel.DoneAt.IsZero(), p.slide.Meeting.ID
		return p.writeCmd(false, func(st Store, at time.Time) (savedMsg, error) {
			got, err := st.SetActionDone(sel.ID, mid, done, at)
			flash := t.Record.MarkedDone(short(sel.Text))
			if !done {
				flash = t.Record.Reopened(short(sel.Text))
			}
			return savedMsg{changes: []model.EntryChange{{Before: &sel, After: &got}}, flash: flash}, err
		})
	}
	return nil
}

// moveCmd swaps the chosen entry with its neighbour above or below.
func (p *Panel) moveCmd(sel model.Entry, up bool) tea.Cmd {
	i := p.cursor
	j := i + 1
	if up {
		j = i - 1
	}
	if j < 0 || j >= len(p.entries) {
		return nil
	}
	a, b := sel, p.entries[j]
	a.Position, b.Position = b.Position, a.Position
	if a.Position == b.Position { // places tie: the store makes them distinct the same way
		a.Position, b.Position = j, i
	}
	return p.writeCmd(false, func(st Store, at time.Time) (savedMsg, error) {
		moved, err := st.MoveEntry(sel.ID, up, at)
		if !moved || err != nil {
			return savedMsg{}, err
		}
		return savedMsg{changes: []model.EntryChange{{After: &b}, {After: &a}}}, nil // the moved one last: the cursor follows it
	})
}

// historyCmd undoes or redoes the last change to the item's record.
func (p *Panel) historyCmd(undo bool) tea.Cmd {
	item, t := p.ItemID(), p.c.T
	return p.writeCmd(false, func(st Store, at time.Time) (savedMsg, error) {
		move, nothing, flash := st.RedoEntry, t.NothingToRedo, t.Redone
		if undo {
			move, nothing, flash = st.UndoEntry, t.NothingToUndo, t.Undone
		}
		step, ok, err := move(item, at)
		if err != nil || !ok {
			return savedMsg{none: nothing}, err
		}
		return savedMsg{changes: step.Entries, flash: flash}, nil
	})
}

// apply brings the list in line with committed changes and puts the
// cursor on the last entry changed.
func (p *Panel) apply(changes []model.EntryChange) {
	drop := map[int64]bool{}
	for _, ch := range changes {
		if ch.Before != nil {
			drop[ch.Before.ID] = true
		}
		if ch.After != nil {
			drop[ch.After.ID] = true
		}
	}
	kept := p.entries[:0:0]
	for _, e := range p.entries {
		if !drop[e.ID] {
			kept = append(kept, e)
		}
	}
	var last int64
	for _, ch := range changes {
		if ch.After != nil && ch.After.ItemID == p.ItemID() {
			kept = append(kept, *ch.After)
			last = ch.After.ID
		}
	}
	model.SortEntries(kept)
	p.entries = kept
	for i, e := range kept {
		if e.ID == last {
			p.cursor = i
		}
	}
	p.cursor = min(p.cursor, max(len(p.entries)-1, 0))
}

// ref is the day a 期限 without a year is read from: the meeting's date,
// or today when it has none.
func (p *Panel) ref() model.Date {
	if d := p.slide.Meeting.Date; !d.IsZero() {
		return d
	}
	return model.DateOf(p.c.Now())
}

func (p *Panel) openForm(e model.Entry) tea.Cmd {
	var cmd tea.Cmd
	p.form, cmd = newEntryForm(p.c, e, p.people, p.ref())
	return tea.Batch(cmd, p.form.keepDraft(p.st, p.id, draftKey(e, p.ItemID())))
}

// updateForm passes msg to the form and acts on how it ended: a cancelled
// one closes, a finished one is saved (and closes when the save is
// confirmed; a failed save leaves it open with what was typed).
func (p *Panel) updateForm(msg tea.Msg) tea.Cmd {
	f := p.form
	cmd, out := common.UpdateForm(f, msg)
	switch out {
	case common.FormClosed:
		p.form = nil
	case common.FormSubmitted:
		return p.submit(f.orig, f.Entry)
	}
	return cmd
}

func (p *Panel) submit(orig, e model.Entry) tea.Cmd {
	if orig.ID == 0 {
		e.WorkshopID, e.MeetingID, e.ItemID = p.c.WorkshopID, p.slide.Meeting.ID, p.ItemID()
		return p.writeCmd(true, func(st Store, at time.Time) (savedMsg, error) {
			got, err := st.AddEntry(e, at)
			return savedMsg{changes: []model.EntryChange{{After: &got}}}, err
		})
	}
	return p.writeCmd(true, func(st Store, at time.Time) (savedMsg, error) {
		got, err := st.UpdateEntry(e, at)
		if errors.Is(err, model.ErrEntrySame) { // nothing changed: the form just closes
			return savedMsg{changes: []model.EntryChange{{Before: &orig, After: &orig}}}, nil
		}
		return savedMsg{changes: []model.EntryChange{{Before: &orig, After: &got}}}, err
	})
}

// short is the start of an entry's text, for a notice.
func short(s string) string { return common.Truncate(common.OneLine(s), 30) }
