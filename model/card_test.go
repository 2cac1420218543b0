package model

import "testing"

func TestHistory(t *testing.T) {
	a := &Card{ID: 1, Text: "バスの時刻がスマホで分かる"}
	a2 := &Card{ID: 1, Text: "バスの時刻がスマホで分かるといい"}
	add := CardChange{After: a}
	edit := CardChange{Before: a, After: a2}
	del := CardChange{Before: a2}

	var h History
	if _, _, ok := h.Undo(); ok {
		t.Fatal("undo on an empty history")
	}
	h = h.Record(add).Record(edit).Record(del)
	steps := []struct {
		op   string
		want CardChange
		ok   bool
	}{
		{"undo", CardChange{After: a2}, true},            // restore the deleted card
		{"undo", CardChange{Before: a2, After: a}, true}, // back to the first text
		{"redo", CardChange{Before: a, After: a2}, true}, // the edit again
		{"undo", CardChange{Before: a2, After: a}, true}, //
		{"undo", CardChange{Before: a}, true},            // remove the added card
		{"undo", CardChange{}, false},                    // nothing left
		{"redo", CardChange{After: a}, true},             // add it again
	}
	for i, s := range steps {
		var got CardChange
		var ok bool
		if s.op == "undo" {
			got, h, ok = h.Undo()
		} else {
			got, h, ok = h.Redo()
		}
		if ok != s.ok || got != s.want {
			t.Fatalf("step %d %s = %+v, %v; want %+v, %v", i, s.op, got, ok, s.want, s.ok)
		}
	}
	h = h.Record(CardChange{After: &Card{ID: 2}})
	if h.CanRedo() {
		t.Error("a new change must clear the redo stack")
	}
	if !h.CanUndo() {
		t.Error("CanUndo")
	}
}

func TestHistoryIsPure(t *testing.T) {
	h := History{}.Record(CardChange{After: &Card{ID: 1}}).Record(CardChange{After: &Card{ID: 2}})
	_, h2, _ := h.Undo()
	_, _, _ = h2.Redo()
	if len(h.done) != 2 || len(h.undone) != 0 {
		t.Errorf("Undo changed the history it was called on: %+v", h)
	}
}
