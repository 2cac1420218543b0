package model

import (
	"reflect"
	"testing"
	"time"
)

func items(n int) []AgendaItem {
	out := make([]AgendaItem, n)
	for i := range out {
		out[i] = AgendaItem{ID: int64(i + 1), Position: i, Title: string(rune('A' + i)), Planned: 10 * time.Minute, State: ItemPending}
	}
	return out
}

func states(r Run) []ItemState {
	var s []ItemState
	for _, it := range r.Items {
		s = append(s, it.State)
	}
	return s
}

func TestNewRun(t *testing.T) {
	in := items(3)
	tests := []struct {
		name      string
		items     []AgendaItem
		currentID int64
		want      int
	}{
		{"no current yet", in, 0, 0},
		{"found", in, 3, 2},
		{"unknown id", in, 99, 0},
		{"empty agenda", nil, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRun(tt.items, tt.currentID)
			if r.Current != tt.want {
				t.Errorf("Current = %d, want %d", r.Current, tt.want)
			}
			if it, ok := r.CurrentItem(); ok != (len(tt.items) > 0) || (ok && it.State != ItemCurrent) {
				t.Errorf("CurrentItem = %+v, %v", it, ok)
			}
		})
	}
	if in[0].State != ItemPending {
		t.Error("NewRun changed its input")
	}
}

func TestRunSteps(t *testing.T) {
	P, C, D := ItemPending, ItemCurrent, ItemDone
	type step struct {
		op      string // next, prev, goto N, toggle, pause, reset
		at      time.Duration
		ok      bool
		current int
		states  []ItemState
		elapsed []time.Duration
		running bool
	}
	m := time.Minute
	steps := []step{
		{"toggle", 0, true, 0, []ItemState{C, P, P, P}, []time.Duration{0, 0, 0, 0}, true},
		{"next", 3 * m, true, 1, []ItemState{D, C, P, P}, []time.Duration{3 * m, 0, 0, 0}, true},
		{"pause", 5 * m, true, 1, []ItemState{D, C, P, P}, []time.Duration{3 * m, 2 * m, 0, 0}, false},
		{"goto 3", 6 * m, true, 3, []ItemState{D, D, P, C}, []time.Duration{3 * m, 2 * m, 0, 0}, false},
		{"prev", 6 * m, true, 2, []ItemState{D, D, C, P}, []time.Duration{3 * m, 2 * m, 0, 0}, false},
		{"goto 2", 6 * m, false, 2, []ItemState{D, D, C, P}, []time.Duration{3 * m, 2 * m, 0, 0}, false},
		{"goto 9", 6 * m, false, 2, []ItemState{D, D, C, P}, []time.Duration{3 * m, 2 * m, 0, 0}, false},
		{"toggle", 7 * m, true, 2, []ItemState{D, D, C, P}, []time.Duration{3 * m, 2 * m, 0, 0}, true},
		{"reset", 9 * m, true, 2, []ItemState{D, D, C, P}, []time.Duration{3 * m, 2 * m, 0, 0}, true},
		{"next", 10 * m, true, 3, []ItemState{D, D, D, C}, []time.Duration{3 * m, 2 * m, m, 0}, true},
		{"next", 11 * m, false, 3, []ItemState{D, D, D, C}, []time.Duration{3 * m, 2 * m, m, m}, true},
		{"pause", 11 * m, true, 3, []ItemState{D, D, D, C}, []time.Duration{3 * m, 2 * m, m, m}, false},
		{"reset", 12 * m, true, 3, []ItemState{D, D, D, C}, []time.Duration{3 * m, 2 * m, m, 0}, false},
		{"goto 0", 12 * m, true, 0, []ItemState{C, D, D, P}, []time.Duration{3 * m, 2 * m, m, 0}, false},
		{"toggle", 12 * m, true, 0, []ItemState{C, D, D, P}, []time.Duration{3 * m, 2 * m, m, 0}, true},
		{"end", 13 * m, true, 0, []ItemState{D, D, D, P}, []time.Duration{4 * m, 2 * m, m, 0}, false},
		{"reload", 13 * m, true, 0, []ItemState{D, D, D, P}, []time.Duration{4 * m, 2 * m, m, 0}, false},
		{"resume", 14 * m, true, 0, []ItemState{C, D, D, P}, []time.Duration{4 * m, 2 * m, m, 0}, false},
	}
	r := NewRun(items(4), 0)
	for i, s := range steps {
		before := r
		snapshot := append([]AgendaItem(nil), r.Items...)
		now := t0.Add(s.at)
		ok := true
		switch s.op {
		case "next":
			r, ok = r.Next(now)
		case "prev":
			r, ok = r.Prev(now)
		case "toggle":
			r = r.ToggleTimer(now)
		case "pause":
			r = r.PauseTimer(now)
		case "reset":
			r = r.ResetTimer(now)
		case "end":
			r = r.End(now)
		case "resume":
			r = r.Resume()
		case "reload": // read again from the store, as it was saved
			cur, _ := r.CurrentItem()
			r = NewRun(r.Items, cur.ID)
		default:
			var n int
			if _, err := fmtSscanf(s.op, &n); err != nil {
				t.Fatal(err)
			}
			r, ok = r.Goto(n, now)
		}
		if ok != s.ok || r.Current != s.current || !reflect.DeepEqual(states(r), s.states) || r.Running() != s.running {
			t.Fatalf("step %d %s: ok=%v current=%d states=%v running=%v; want %v %d %v %v",
				i, s.op, ok, r.Current, states(r), r.Running(), s.ok, s.current, s.states, s.running)
		}
		for j, it := range r.Items {
			if got := it.Timer.At(now); got != s.elapsed[j] {
				t.Fatalf("step %d %s: item %d elapsed %v, want %v", i, s.op, j, got, s.elapsed[j])
			}
		}
		if !reflect.DeepEqual(before.Items, snapshot) {
			t.Fatalf("step %d %s changed the Run it was called on", i, s.op)
		}
	}
	if got := r.Planned(); got != 40*time.Minute {
		t.Errorf("Planned = %v", got)
	}
	if got := r.Spent(t0.Add(14 * time.Minute)); got != 7*time.Minute {
		t.Errorf("Spent = %v", got)
	}
}

func TestRunOnEmptyAgenda(t *testing.T) {
	r := NewRun(nil, 0)
	if _, ok := r.Next(t0); ok {
		t.Error("Next on an empty agenda")
	}
	if r.ToggleTimer(t0).Running() || r.ResetTimer(t0).Running() {
		t.Error("a timer started on an empty agenda")
	}
}
