package poll

import (
	"path/filepath"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/model"
)

// TestEarlierResultsAreTheLastRoundShown: the poll of a later meeting is
// set beside the last kickoff round the room was shown, also when a newer
// kickoff round was started and never revealed.
func TestEarlierResultsAreTheLastRoundShown(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	pollOf := func(m model.Meeting) model.AgendaItem {
		_, items, _ := st.Meeting(m.ID)
		for _, it := range items {
			if it.Kind == model.KindPoll {
				return it
			}
		}
		t.Fatalf("%s has no poll", m.Title)
		return model.AgendaItem{}
	}
	kickoff, last := pollOf(ms[0]), pollOf(ms[len(ms)-1])
	shown, ok, err := st.LatestPoll(kickoff.ID)
	if err != nil || !ok || !shown.Revealed() {
		t.Fatalf("the demo's kickoff poll: %+v %v %v", shown, ok, err)
	}
	at := time.Date(2023, 9, 1, 10, 0, 0, 0, time.UTC)
	if _, err := st.StartPoll(w.ID, kickoff, model.PollTally, at); err != nil { // never revealed
		t.Fatal(err)
	}
	p, err := st.StartPoll(w.ID, last, model.PollTally, at)
	if err != nil {
		t.Fatal(err)
	}
	got, err := earlierResults(st, w.ID, last, p)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := st.Results(shown)
	if len(got[0]) != 1 || got[0][0].meeting != ms[0].Title || got[0][0].result.Total() != want[0].Total() {
		t.Fatalf("earlier results of the first question %+v, want the kickoff's revealed round (n=%d)", got[0], want[0].Total())
	}
}
