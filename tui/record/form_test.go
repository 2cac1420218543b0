package record

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

func press(f *entryForm, keys ...tea.KeyPressMsg) {
	for _, k := range keys {
		f.Update(k)
	}
}

func typeIn(f *entryForm, s string) {
	for _, r := range s {
		f.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

var (
	tab   = tea.KeyPressMsg{Code: tea.KeyTab}
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	left  = tea.KeyPressMsg{Code: tea.KeyLeft}
	down  = tea.KeyPressMsg{Code: tea.KeyDown}
)

// TestDueWithoutMeetingDate reads a 期限 without a year from today when
// the meeting has no date (Panel.ref), and a 担当 typed as the roster has
// it is that person.
func TestDueWithoutMeetingDate(t *testing.T) {
	c := common.NewCommon(i18n.Japanese, "/tmp/x.db", 1)
	c.Now = func() time.Time { return time.Date(2024, 11, 5, 10, 0, 0, 0, time.Local) }
	p := &Panel{c: c, slide: common.Slide{Item: model.AgendaItem{ID: 7}}}
	people := []model.Participant{{ID: 3, Name: "山田 太郎"}, {ID: 4, Name: "jk"}}
	f, _ := newEntryForm(c, model.Entry{Kind: model.EntryMemo}, people, p.ref())
	press(f, left)
	typeIn(f, "回覧する")
	press(f, tab)
	typeIn(f, "jk") // j and k are letters of a name here, not ↑/↓
	press(f, tab)
	typeIn(f, "2/3")
	press(f, enter)
	if f.State() != common.FormDone {
		t.Fatalf("form not done: %q", f.Err)
	}
	e := f.Entry
	if e.Kind != model.EntryAction || e.AssigneeID != 4 || e.Due != (model.Date{Year: 2025, Month: time.February, Day: 3}) {
		t.Fatalf("entry %+v", e)
	}

	g, _ := newEntryForm(c, model.Entry{Kind: model.EntryAction, Text: "x", AssigneeID: 3, AssigneeName: "山田 太郎"}, people, p.ref())
	press(g, tab, tab, down) // on 担当: ↓ goes to the next person on the roster
	if g.who.Value() != "jk" {
		t.Errorf("↓ picked %q", g.who.Value())
	}
}
