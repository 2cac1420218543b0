package db

import (
	"reflect"
	"testing"
	"time"

	"yoriai/model"
)

// TestPollRounds runs a poll item three times and reads every round back,
// the first first, each as LatestPoll would have given it.
func TestPollRounds(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	if rounds, err := st.PollRounds(item.ID); err != nil || len(rounds) != 0 {
		t.Fatalf("before the first round: %v, %v", rounds, err)
	}
	var want []model.Poll
	for i, mode := range []model.PollMode{model.PollAnonymous, model.PollTally, model.PollNamed} {
		p, err := st.StartPoll(w.ID, item, mode, at0.Add(time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if i < 2 {
			st.Reveal(p, at0.Add(time.Duration(i)*time.Minute+time.Second))
		}
		latest, _, _ := st.LatestPoll(item.ID)
		want = append(want, latest)
	}
	got, err := st.PollRounds(item.ID)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("PollRounds = %+v, %v\nwant %+v", got, err, want)
	}
	if got[0].Round != 1 || got[2].Round != 3 || !got[1].Revealed() || got[2].Revealed() {
		t.Errorf("rounds %+v", got)
	}
}

// TestTask2Rounds keeps a dot round and a scored round with a move, and
// reads both back with their own votes, scores and moves.
func TestTask2Rounds(t *testing.T) {
	st := openTemp(t)
	w, _, cards, _ := task2Fixture(t, st)
	dots, _ := st.StartRound(model.VoteRound{WorkshopID: w.ID, Method: model.MethodDots, Mode: model.VoteTally}, at0)
	st.SetVote(dots, 0, cards[0].ID, 4, at0)
	st.CloseRound(dots, at0)
	score, _ := st.StartRound(model.VoteRound{WorkshopID: w.ID, Method: model.MethodScore}, at0.Add(time.Hour))
	st.SetScore(score, cards[1].ID, model.Score{Impact: 5, Feasibility: 3}, at0)
	st.AddOverride(score, model.Override{CardID: cards[0].ID, Delta: -1, Reason: "急ぐ"}, at0)
	rounds, err := st.Task2Rounds(w.ID)
	if err != nil || len(rounds) != 2 {
		t.Fatalf("Task2Rounds = %+v, %v", rounds, err)
	}
	a, b := rounds[0], rounds[1]
	switch {
	case a.Round.Number != 1 || a.Round.Method != model.MethodDots || a.Votes.Totals()[cards[0].ID] != 4 || len(a.Overrides) != 0:
		t.Errorf("the first round %+v", a)
	case b.Round.Number != 2 || b.Scores[cards[1].ID] != (model.Score{Impact: 5, Feasibility: 3}) || len(b.Votes) != 0 ||
		!reflect.DeepEqual(b.Overrides, []model.Override{{CardID: cards[0].ID, Delta: -1, Reason: "急ぐ"}}):
		t.Errorf("the second round %+v", b)
	}
	latest, _ := st.LoadTask2(w.ID, 2024)
	if latest.Round != b.Round {
		t.Errorf("the last of Task2Rounds is not LoadTask2's round: %+v, %+v", b.Round, latest.Round)
	}
}
