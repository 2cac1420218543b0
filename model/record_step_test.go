package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestCleanEntry(t *testing.T) {
	due := Date{2023, time.January, 20}
	tests := []struct {
		name string
		in   Entry
		want Entry
		err  error
	}{
		{"a memo drops what only an action has",
			Entry{ItemID: 1, Kind: EntryMemo, Text: "  音声を確認\x1b[31m  ", Answer: "x", AssigneeID: 3, AssigneeName: "山田", Due: due},
			Entry{ItemID: 1, Kind: EntryMemo, Text: "音声を確認"}, nil},
		{"a question keeps its answer",
			Entry{ItemID: 1, Kind: EntryQA, Text: "費用は？", Answer: " 国の補助がある\r\n二行目 "},
			Entry{ItemID: 1, Kind: EntryQA, Text: "費用は？", Answer: "国の補助がある\n二行目"}, nil},
		{"an action keeps 担当 and 期限",
			Entry{ItemID: 1, Kind: EntryAction, Text: "事例を調べる", AssigneeName: " 外部\tの方 ", Due: due},
			Entry{ItemID: 1, Kind: EntryAction, Text: "事例を調べる", AssigneeName: "外部 の方", Due: due}, nil},
		{"a decision drops an answer",
			Entry{ItemID: 1, Kind: EntryDecision, Text: "次回は1月", Answer: "x"},
			Entry{ItemID: 1, Kind: EntryDecision, Text: "次回は1月"}, nil},
		{"unknown kind", Entry{ItemID: 1, Kind: "wish", Text: "x"}, Entry{}, ErrEntryKind},
		{"no item", Entry{Kind: EntryMemo, Text: "x"}, Entry{}, ErrEntryNoItem},
		{"only spaces", Entry{ItemID: 1, Kind: EntryMemo, Text: " \n　"}, Entry{}, ErrEntryEmpty},
		{"an answer without a question", Entry{ItemID: 1, Kind: EntryQA, Answer: "はい"}, Entry{}, ErrEntryEmpty},
		{"too long", Entry{ItemID: 1, Kind: EntryMemo, Text: strings.Repeat("あ", MaxEntryRunes+1)}, Entry{}, ErrEntryTooLong},
		{"a name too long", Entry{ItemID: 1, Kind: EntryAction, Text: "x", AssigneeName: strings.Repeat("名", MaxNameRunes+1)}, Entry{}, ErrEntryTooLong},
	}
	for _, tt := range tests {
		got, err := CleanEntry(tt.in)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("%s: err %v, want %v", tt.name, err, tt.err)
			continue
		}
		if err == nil && !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestEntrySteps(t *testing.T) {
	at := time.Date(2022, 12, 9, 10, 0, 0, 0, time.UTC)
	e := Entry{ID: 7, WorkshopID: 1, MeetingID: 2, ItemID: 3, Kind: EntryAction, Text: "事例を調べる", AssigneeID: 5,
		AssigneeName: "山田 太郎", Position: 2, CreatedAt: at}

	add, err := AddEntry(Entry{ID: 99, ItemID: 3, Kind: EntryMemo, Text: " メモ ", DoneAt: at, DoneMeeting: 2})
	if err != nil || len(add.Entries) != 1 || add.Entries[0].Before != nil {
		t.Fatalf("AddEntry = %+v, %v", add, err)
	}
	if a := add.Entries[0].After; a.ID != 0 || a.Text != "メモ" || !a.DoneAt.IsZero() || a.DoneMeeting != 0 {
		t.Errorf("added %+v: a new entry has no id and is not done", a)
	}
	if _, err := AddEntry(Entry{ItemID: 3, Kind: EntryMemo}); !errors.Is(err, ErrEntryEmpty) {
		t.Errorf("empty add: %v", err)
	}

	done, _ := MarkDone(e, true, 4, at)
	after := done
	after.Text, after.ItemID, after.Position, after.DoneAt = "他市の事例を調べる", 999, 9, time.Time{}
	edit, err := EditEntry(done, after)
	if err != nil {
		t.Fatal(err)
	}
	got := *edit.Entries[0].After
	if got.Text != "他市の事例を調べる" || got.ItemID != 3 || got.Position != 2 || got.DoneAt != at || got.DoneMeeting != 4 {
		t.Errorf("edit keeps item, place and done mark: %+v", got)
	}
	if *edit.Entries[0].Before != done {
		t.Errorf("edit before %+v", edit.Entries[0].Before)
	}
	if inv := edit.Inverse(); *inv.Entries[0].After != done || *inv.Entries[0].Before != got {
		t.Errorf("inverse %+v", inv)
	}
	same := e
	same.AssigneeName = "" // the kept name of a picked participant is no change
	if _, err := EditEntry(e, same); !errors.Is(err, ErrEntrySame) {
		t.Errorf("an unchanged edit: %v", err)
	}
	typed := Entry{ID: 8, ItemID: 3, Kind: EntryAction, Text: "x", AssigneeName: "外部の方"}
	renamed := typed
	renamed.AssigneeName = "外部アドバイザー"
	if _, err := EditEntry(typed, renamed); err != nil {
		t.Errorf("a typed 担当 renamed: %v", err)
	}
	if _, err := EditEntry(e, Entry{Kind: EntryMemo, Text: ""}); !errors.Is(err, ErrEntryNoItem) && !errors.Is(err, ErrEntryEmpty) {
		t.Errorf("an edit to nothing: %v", err)
	}

	del := DeleteEntry(e)
	if del.Entries[0].After != nil || *del.Entries[0].Before != e || del.Inverse().Entries[0].Before != nil {
		t.Errorf("delete %+v", del)
	}
	if (EntryStep{}).Empty() != true || del.Empty() {
		t.Error("Empty")
	}

	b := Entry{ID: 8, ItemID: 3, Position: 3}
	sw, err := SwapEntries(e, b)
	if err != nil || sw.Entries[0].After.Position != 3 || sw.Entries[1].After.Position != 2 {
		t.Errorf("swap %+v %v", sw, err)
	}
	inv := sw.Inverse()
	if inv.Entries[0].After.ID != 8 || inv.Entries[0].After.Position != 3 || inv.Entries[1].After.Position != 2 {
		t.Errorf("swap inverse %+v", inv)
	}
	if _, err := SwapEntries(e, Entry{ID: 9, ItemID: 4}); !errors.Is(err, ErrEntryNotNext) {
		t.Errorf("swap across items: %v", err)
	}
	if _, err := SwapEntries(e, e); !errors.Is(err, ErrEntryNotNext) {
		t.Errorf("swap with itself: %v", err)
	}
}

func TestMarkDoneAndOverdue(t *testing.T) {
	at := time.Date(2023, 1, 27, 10, 0, 0, 0, time.UTC)
	e := Entry{Kind: EntryAction, Text: "x", Due: Date{2023, time.January, 20}}
	tests := []struct {
		name    string
		e       Entry
		today   Date
		open    bool
		overdue bool
	}{
		{"before its day", e, Date{2023, time.January, 19}, true, false},
		{"on its day", e, Date{2023, time.January, 20}, true, false},
		{"after its day", e, Date{2023, time.January, 21}, true, true},
		{"no due date", Entry{Kind: EntryAction, Text: "x"}, Date{2030, 1, 1}, true, false},
		{"done", func() Entry { d, _ := MarkDone(e, true, 4, at); return d }(), Date{2023, time.February, 1}, false, false},
		{"a memo", Entry{Kind: EntryMemo, Due: Date{2000, 1, 1}}, Date{2023, 1, 1}, false, false},
	}
	for _, tt := range tests {
		if tt.e.Open() != tt.open || tt.e.Overdue(tt.today) != tt.overdue {
			t.Errorf("%s: open %v overdue %v", tt.name, tt.e.Open(), tt.e.Overdue(tt.today))
		}
	}
	d, err := MarkDone(e, true, 4, at)
	if err != nil || d.DoneAt != at || d.DoneMeeting != 4 {
		t.Errorf("MarkDone %+v %v", d, err)
	}
	if o, _ := MarkDone(d, false, 5, at); !o.DoneAt.IsZero() || o.DoneMeeting != 0 || !o.Open() {
		t.Errorf("reopened %+v", o)
	}
	if _, err := MarkDone(Entry{Kind: EntryDecision}, true, 4, at); !errors.Is(err, ErrNotAnAction) {
		t.Errorf("a decision done: %v", err)
	}
}

func TestSortEntriesAndAssignee(t *testing.T) {
	es := []Entry{{ID: 3, Position: 1}, {ID: 2, Position: 0}, {ID: 1, Position: 1}, {ID: 4, Position: 0}}
	SortEntries(es)
	var ids []int64
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	if !reflect.DeepEqual(ids, []int64{2, 4, 1, 3}) {
		t.Errorf("order %v", ids)
	}
	people := []Participant{{ID: 5, Name: "山田 太郎"}}
	tests := []struct {
		e    Entry
		want string
	}{
		{Entry{AssigneeID: 5, AssigneeName: "旧姓"}, "山田 太郎"},
		{Entry{AssigneeID: 6, AssigneeName: "佐藤 花子"}, "佐藤 花子"}, // off the roster now: the kept name
		{Entry{AssigneeName: "外部の方"}, "外部の方"},
		{Entry{}, ""},
	}
	for _, tt := range tests {
		if got := tt.e.Assignee(people); got != tt.want {
			t.Errorf("Assignee(%+v) = %q, want %q", tt.e, got, tt.want)
		}
	}
}
