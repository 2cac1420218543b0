package record

// form_draft.go: the entry form's draft: every field kept in the store as
// it is typed, so that a crash or kill -9 loses nothing, and read back
// when the form opens again on the same entry.

import (
	"encoding/json"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// draftKey is what the form's draft is for: the entry edited, or a new
// entry of the item.
func draftKey(e model.Entry, itemID int64) string {
	if e.ID != 0 {
		return fmt.Sprintf("entry:%d", e.ID)
	}
	return fmt.Sprintf("entry:item:%d:new", itemID)
}

// keepDraft keeps the form as it is typed under key in st, and returns the
// Cmd that reads back the draft kept from before.
func (f *entryForm) keepDraft(st common.DraftStore, from int64, key string) tea.Cmd {
	var cmd tea.Cmd
	f.draft, cmd = common.NewDraft(f.c, st, from, key)
	return cmd
}

// formDraft is the form as a draft: every field as typed.
type formDraft struct {
	Kind   model.EntryKind `json:"kind"`
	Text   string          `json:"text"`
	Answer string          `json:"answer,omitempty"`
	Who    string          `json:"who,omitempty"`
	Due    string          `json:"due,omitempty"`
}

// encode is the form as typed, as the draft keeps it.
func (f *entryForm) encode() string {
	b, _ := json.Marshal(formDraft{Kind: f.kindOf(), Text: f.text.Value(), Answer: f.answer.Value(),
		Who: f.who.Value(), Due: f.due.Value()})
	return string(b)
}

// dirty reports whether leaving now would lose what was typed.
func (f *entryForm) dirty() bool { return f.encode() != f.start }

// restore puts a draft read back into the form, unless something was
// typed since it opened or the draft cannot be read.
func (f *entryForm) restore(m common.DraftLoadedMsg) {
	var d formDraft
	if !f.draft.Loaded(m) || m.Text == "" || f.dirty() || json.Unmarshal([]byte(m.Text), &d) != nil {
		return
	}
	for i, k := range entryKinds {
		if k == d.Kind {
			f.kind = i
		}
	}
	f.text.SetValue(d.Text)
	f.answer.SetValue(d.Answer)
	f.who.SetValue(d.Who)
	f.pick = -1
	for i, p := range f.people {
		if p.Name == d.Who {
			f.pick = i
		}
	}
	f.due.SetValue(d.Due)
	f.note = f.c.T.OnDay.DraftRestored
	f.setFocus(fieldText)
	f.text.MoveToEnd()
}
