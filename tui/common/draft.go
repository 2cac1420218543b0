package common

// draft.go: what is being typed, kept in the store as it is typed, so that
// a crash, a dying battery or kill -9 loses nothing, and an editor opened
// again on the same thing brings it back. The writes go through the
// ordered queue, never from Update, and are coalesced: while one is
// waiting, later keystrokes only change the text it will write.

import (
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
)

// DraftStore is where drafts are kept, by what they are for
// ("ideas:<item>:new", "card:<id>").
type DraftStore interface {
	SaveDraft(key, text string, at time.Time) error
	Draft(key string) (string, error)
	DropDraft(key string) error
}

// DraftLoadedMsg carries the draft kept under Key, "" when there is none.
type DraftLoadedMsg struct {
	Key  string
	Text string
}

// draftSavedMsg reports that a draft was written (or dropped).
type draftSavedMsg struct{}

// Draft keeps one editor's text under its key. The zero Draft (no store)
// keeps nothing.
type Draft struct {
	c    Common
	st   DraftStore
	from int64
	key  string
	last string // the text last handed to the store
	box  *draftBox
}

// draftBox is the text the waiting write will take, shared between Update
// (which only sets it) and the queued write (which takes it).
type draftBox struct {
	mu     sync.Mutex
	text   string
	queued bool
}

// NewDraft returns the draft of key in st for requester from, and the Cmd
// that reads the one kept from before (a DraftLoadedMsg).
func NewDraft(c Common, st DraftStore, from int64, key string) (Draft, tea.Cmd) {
	d := Draft{c: c, st: st, from: from, key: key, box: &draftBox{}}
	return d, c.Do(from, c.T.OnDay.OpLoadDraft, func() (tea.Msg, error) {
		text, err := st.Draft(key)
		return DraftLoadedMsg{Key: key, Text: text}, err
	})
}

// Key is what the draft is for; "" for the zero Draft.
func (d *Draft) Key() string { return d.key }

// Loaded reports whether msg is this draft's, read back.
func (d *Draft) Loaded(msg DraftLoadedMsg) bool { return d.st != nil && msg.Key == d.key }

// Changed keeps text as the draft: it returns a write, unless the text is
// the same as last time or a write is already waiting (which will then
// write this text).
func (d *Draft) Changed(text string) tea.Cmd {
	if d.st == nil || text == d.last {
		return nil
	}
	d.last = text
	b := d.box
	b.mu.Lock()
	b.text = text
	if b.queued {
		b.mu.Unlock()
		return nil
	}
	b.queued = true
	b.mu.Unlock()
	st, key, at := d.st, d.key, d.c.Now()
	return d.c.Do(d.from, d.c.T.OnDay.OpSaveDraft, func() (tea.Msg, error) {
		b.mu.Lock()
		text := b.text
		b.queued = false
		b.mu.Unlock()
		return draftSavedMsg{}, st.SaveDraft(key, text, at)
	})
}

// Drop removes the draft: the text was saved or discarded.
func (d *Draft) Drop() tea.Cmd {
	if d.st == nil {
		return nil
	}
	d.last = ""
	d.box.mu.Lock()
	d.box.text = ""
	d.box.mu.Unlock()
	st, key := d.st, d.key
	return d.c.Do(d.from, d.c.T.OnDay.OpSaveDraft, func() (tea.Msg, error) {
		return draftSavedMsg{}, st.DropDraft(key)
	})
}

// FormDraft is the draft of a form: the Draft itself, the form as it
// opened (encoded as the draft keeps it) and the notice, while it stands,
// that a draft came back. A form's Update hands a DraftLoadedMsg to
// Restore, calls Seen with every other message, and after its own update
// adds Follow's Cmd; its hint line shows Hint.
type FormDraft struct {
	Draft
	start string
	note  string
}

// Keep keeps the form's draft under key in st, the form being opened as
// it opened now, and returns the Cmd that reads back the draft kept from
// before.
func (d *FormDraft) Keep(c Common, st DraftStore, from int64, key, opened string) tea.Cmd {
	var cmd tea.Cmd
	d.Draft, cmd = NewDraft(c, st, from, key)
	d.start = opened
	return cmd
}

// Touched reports whether the form, now as encoded, has changed since it
// opened.
func (d *FormDraft) Touched(now string) bool { return now != d.start }

// Restore hands the draft read back in m to put, when it is this form's,
// holds something and nothing was typed since the form opened (encode is
// the form as it stands); put reports whether it could read it. When the
// form changed by it, the notice that the draft came back stands.
func (d *FormDraft) Restore(m DraftLoadedMsg, encode func() string, put func(text string) bool) {
	if !d.Loaded(m) || m.Text == "" || d.Touched(encode()) || !put(m.Text) {
		return
	}
	if d.Touched(encode()) {
		d.note = d.c.T.OnDay.DraftRestored
	}
}

// Seen takes the notice down at the next key.
func (d *FormDraft) Seen(msg tea.Msg) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		d.note = ""
	}
}

// Follow is the draft's part of an update that left the form in state,
// now as encoded: kept while it is edited, dropped when it was left.
func (d *FormDraft) Follow(state FormState, now string) tea.Cmd {
	switch state {
	case FormCancelled:
		return d.Drop()
	case FormEditing:
		return d.Changed(now)
	}
	return nil
}

// Note is the notice that the draft came back, while it stands; "".
func (d *FormDraft) Note() string { return d.note }

// Hint is the form's hint line, or the notice that the draft came back.
func (d *FormDraft) Hint(hint string) string {
	if d.note != "" {
		return d.note
	}
	return hint
}
