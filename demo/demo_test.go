package demo

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

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

// TestFillRecord finds in the sample what every section of the minutes
// needs: each held meeting's record of every kind, 宿題 done and open with
// one overdue, 欠席者 and a 記録者.
func TestFillRecord(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	people, _ := st.Participants(w.ID)
	today := model.Date{Year: 2023, Month: time.March, Day: 1}
	for _, m := range ms[:3] {
		es, err := st.MeetingEntries(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[model.EntryKind]int{}
		for _, e := range es {
			kinds[e.Kind]++
		}
		if kinds[model.EntryDecision] == 0 || kinds[model.EntryAction] == 0 || len(es) < 3 {
			t.Errorf("%s: record %v", m.Title, kinds)
		}
		status, _ := st.AttendanceStatus(m.ID)
		present, absent := model.Present(people, status), model.Absent(people, status)
		if len(absent) == 0 || len(present)+len(absent) != len(people) {
			t.Errorf("%s: %d present, %d absent of %d", m.Title, len(present), len(absent), len(people))
		}
		if r, _ := st.Recorder(m.ID); r.NameIn(people) == "" {
			t.Errorf("%s: no 記録者", m.Title)
		}
	}
	if es, _ := st.MeetingEntries(ms[3].ID); len(es) != 0 {
		t.Errorf("a meeting not held has a record: %+v", es)
	}
	acts, _ := st.Actions(w.ID)
	done, overdue := 0, 0
	for _, a := range acts {
		if !a.Open() {
			done++
		}
		if a.Overdue(today) {
			overdue++
			if a.Text != "各課の紙の申請書の数を調べる" || a.Assignee(people) != "各課の庶務担当" {
				t.Errorf("overdue %+v", a)
			}
		}
	}
	if done < 2 || overdue != 1 || len(acts)-done < 2 {
		t.Errorf("%d actions, %d done, %d overdue", len(acts), done, overdue)
	}
	open, _ := st.OpenActions(ms[3].ID)
	if len(open) != 2 {
		t.Errorf("carried into 第4回: %+v", open)
	}
}
