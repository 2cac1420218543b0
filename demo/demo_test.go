package demo

import (
	"errors"
	"path/filepath"
	"testing"

	"yoriai/db"
	"yoriai/model"
)

func TestFill(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	people, _ := st.Participants(w.ID)
	cards, links, _ := st.BoardCards(w.ID)
	state, _ := st.LoadTask2(w.ID, 2024)
	if len(people) != 20 || len(cards) < 30 || len(links) < 5 || !state.HasRound || len(state.Chosen) != 5 || len(state.Plans) != 3 {
		t.Errorf("people %d cards %d links %d round %v chosen %d plans %d", len(people), len(cards), len(links),
			state.HasRound, len(state.Chosen), len(state.Plans))
	}
	ms, _ := st.Meetings(w.ID)
	if ms[0].Status != model.StatusEnded || ms[3].Status != model.StatusPlanned {
		t.Errorf("meetings %+v", ms)
	}
	if _, err := Fill(st, 0); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("second Fill: %v", err)
	}
}

func TestFillScales(t *testing.T) {
	if testing.Short() {
		t.Skip("a large workshop")
	}
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := Fill(st, 3000)
	if err != nil {
		t.Fatal(err)
	}
	cards, links, _ := st.BoardCards(w.ID)
	if len(cards) < 3000 || len(links) < 900 {
		t.Errorf("%d cards, %d links", len(cards), len(links))
	}
}
