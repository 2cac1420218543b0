package model

import (
	"testing"
	"time"
)

func titles(r Run) string {
	s := ""
	for i, it := range r.Items {
		if it.Position != i {
			return "bad position"
		}
		s += it.Title
		if it.Skipped {
			s += "-"
		}
	}
	return s
}

func editRun(current int) Run {
	items := []AgendaItem{{ID: 1, Title: "a"}, {ID: 2, Title: "b", Position: 1}, {ID: 3, Title: "c", Position: 2},
		{ID: 4, Title: "d", Position: 3}}
	return NewRun(items, items[current].ID)
}

func TestRunMove(t *testing.T) {
	for _, tc := range []struct {
		name          string
		current, i, d int
		want          string
		wantCur       int64
		ok            bool
	}{
		{"down", 0, 1, 1, "acbd", 1, true},
		{"up", 0, 1, -1, "bacd", 1, true},
		{"current moves", 1, 1, 1, "acbd", 2, true},
		{"over the current", 2, 1, 1, "acbd", 3, true},
		{"under the current", 1, 2, -1, "acbd", 2, true},
		{"top edge", 0, 0, -1, "abcd", 1, false},
		{"bottom edge", 0, 3, 1, "abcd", 1, false},
	} {
		r, ok := editRun(tc.current).Move(tc.i, tc.d)
		it, _ := r.CurrentItem()
		if ok != tc.ok || titles(r) != tc.want || it.ID != tc.wantCur {
			t.Errorf("%s: got %s current %d ok %v; want %s %d %v", tc.name, titles(r), it.ID, ok, tc.want, tc.wantCur, tc.ok)
		}
	}
}

func TestRunInsertAndSkip(t *testing.T) {
	for _, tc := range []struct {
		name        string
		current, at int
		want        string
		wantCur     int64
	}{
		{"before current", 1, 1, "axbcd", 2},
		{"after current", 1, 2, "abxcd", 2},
		{"at the end", 3, 9, "abcdx", 4},
		{"at the start", 0, -1, "xabcd", 1},
	} {
		r := editRun(tc.current).Insert(tc.at, AgendaItem{ID: 9, Title: "x", State: ItemDone})
		it, _ := r.CurrentItem()
		if titles(r) != tc.want || it.ID != tc.wantCur || r.Items[min(max(tc.at, 0), 4)].State != ItemPending {
			t.Errorf("%s: got %s current %d; want %s %d", tc.name, titles(r), it.ID, tc.want, tc.wantCur)
		}
	}
	r := Run{}.Insert(0, AgendaItem{Title: "x"})
	if it, ok := r.CurrentItem(); !ok || it.State != ItemCurrent {
		t.Errorf("insert into an empty agenda: %+v", r)
	}

	now := time.Unix(1000, 0)
	r = editRun(0)
	if _, ok := r.SetSkipped(0, true); ok {
		t.Error("the current item was skipped")
	}
	r, _ = r.SetSkipped(1, true)
	r, _ = r.SetSkipped(2, true)
	if titles(r) != "ab-c-d" {
		t.Fatalf("skipped: %s", titles(r))
	}
	r, ok := r.Next(now)
	if it, _ := r.CurrentItem(); !ok || it.ID != 4 || r.Items[1].State == ItemDone {
		t.Errorf("n passes over skipped items: at %d, %+v", it.ID, r.Items)
	}
	r, ok = r.Prev(now)
	if it, _ := r.CurrentItem(); !ok || it.ID != 1 {
		t.Errorf("p passes over skipped items: at %d", it.ID)
	}
	r, _ = r.SetSkipped(3, true)
	if _, ok := r.Next(now); ok {
		t.Error("n went to a skipped item")
	}
	r, _ = r.SetSkipped(1, false)
	if r, ok := r.Next(now); !ok || r.Current != 1 {
		t.Error("an item no longer skipped is run")
	}
}

func TestFitsSlot(t *testing.T) {
	items := []AgendaItem{{Planned: 30 * time.Minute}, {Planned: 40 * time.Minute, Skipped: true}, {Planned: 30 * time.Minute}}
	if p := (Run{Items: items}).Planned(); p != 60*time.Minute {
		t.Errorf("Planned = %v; skipped items take no time", p)
	}
	for _, tc := range []struct {
		start, end  string
		slot, total int
		ok          bool
	}{
		{"09:00", "10:00", 60, 60, true},
		{"09:00", "09:45", 45, 60, false},
		{"", "", 0, 60, true},
		{"10:00", "09:00", 0, 60, true},
	} {
		slot, total, ok := FitsSlot(Meeting{Start: tc.start, End: tc.end}, items)
		if slot != tc.slot || total != tc.total || ok != tc.ok {
			t.Errorf("%s–%s: %d %d %v", tc.start, tc.end, slot, total, ok)
		}
	}
}
