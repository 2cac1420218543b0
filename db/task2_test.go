package db

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"yoriai/model"
)

// task2Fixture is a workshop with two problems in the first pillar and two
// participants.
func task2Fixture(t *testing.T, st *Store) (model.Workshop, []model.Pillar, []model.Card, []model.Participant) {
	t.Helper()
	w, pillars, cards := boardFixture(t, st)
	for i := range cards {
		c := cards[i]
		c.PillarID, c.Kind = pillars[0].ID, model.CardProblem
		if err := st.UpdateCard(c, at0); err != nil {
			t.Fatal(err)
		}
		cards[i] = c
	}
	var people []model.Participant
	for _, n := range []string{"山田 太郎", "佐藤 花子"} {
		p, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: n, Role: model.RoleMember}, at0)
		people = append(people, p)
	}
	return w, pillars, cards, people
}

func TestDotRoundsBudgetAndRanking(t *testing.T) {
	st := openTemp(t)
	w, _, cards, people := task2Fixture(t, st)
	r, err := st.StartRound(model.VoteRound{WorkshopID: w.ID, Method: model.MethodDots, Mode: model.VoteParticipant,
		Budget: 3, Hidden: true}, at0)
	if err != nil || r.Number != 1 {
		t.Fatalf("StartRound = %+v, %v", r, err)
	}
	a, b := people[0].ID, people[1].ID
	for _, v := range []struct {
		p, c int64
		d    int
	}{{a, cards[0].ID, 2}, {a, cards[1].ID, 1}, {b, cards[1].ID, 3}} {
		if err := st.SetVote(r, v.p, v.c, v.d, at0); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SetVote(r, a, cards[1].ID, 2, at0); !errors.Is(err, model.ErrOverBudget) {
		t.Errorf("over budget in the store: %v", err)
	}
	state, err := st.LoadTask2(w.ID, 2024)
	if err != nil || !state.HasRound || !reflect.DeepEqual(state.Votes.Totals(), map[int64]int{cards[0].ID: 2, cards[1].ID: 4}) {
		t.Fatalf("state %+v, %v", state, err)
	}
	if err := st.AddOverride(r, model.Override{CardID: cards[0].ID, Delta: -1, Reason: "市長の重点"}, at0); err != nil {
		t.Fatal(err)
	}
	if err := st.CloseRound(r, at0); err != nil {
		t.Fatal(err)
	}
	if err := st.SetVote(r, a, cards[0].ID, 0, at0); !errors.Is(err, model.ErrRoundClosed) {
		t.Errorf("vote after close: %v", err)
	}
	st.RevealRound(r, at0)
	state, _ = st.LoadTask2(w.ID, 2024)
	if !state.Round.Closed() || !state.Round.ShowsTotals() || len(state.Overrides) != 1 || state.Overrides[0].Reason != "市長の重点" {
		t.Errorf("round %+v overrides %+v", state.Round, state.Overrides)
	}
	ranked := state.Round.Rank(cards, state.Votes.Totals(), nil, state.Overrides)
	if ranked[0].Card.ID != cards[0].ID {
		t.Errorf("the move did not hold: %+v", ranked)
	}

	s2, _ := st.StartRound(model.VoteRound{WorkshopID: w.ID, Method: model.MethodScore, Mode: model.VoteParticipant}, at0)
	if s2.Number != 2 || s2.Mode != model.VoteTally {
		t.Errorf("second round %+v", s2)
	}
	if err := st.SetScore(s2, cards[1].ID, model.Score{Impact: 4, Feasibility: 2}, at0); err != nil {
		t.Fatal(err)
	}
	if err := st.SetScore(r, cards[1].ID, model.Score{Impact: 4, Feasibility: 2}, at0); err == nil {
		t.Error("a score was accepted by a closed dot round")
	}
	state, _ = st.LoadTask2(w.ID, 2024)
	if state.Round.Number != 2 || state.Scores[cards[1].ID] != (model.Score{Impact: 4, Feasibility: 2}) || len(state.Votes) != 0 {
		t.Errorf("latest round state %+v", state)
	}
}

func TestChosenAndInitiatives(t *testing.T) {
	st := openTemp(t)
	w, pillars, cards, _ := task2Fixture(t, st)
	if err := st.SetChosen(w.ID, 0, cards[0].ID, 2024, true, at0); err != nil {
		t.Fatal(err)
	}
	st.SetChosen(w.ID, 0, cards[1].ID, 2024, true, at0)
	st.SetChosen(w.ID, 0, cards[1].ID, 2024, false, at0)
	st.SetChosen(w.ID, 0, cards[1].ID, 2025, true, at0)
	state, _ := st.LoadTask2(w.ID, 2024)
	if !reflect.DeepEqual(state.Chosen, map[int64]bool{cards[0].ID: true}) {
		t.Errorf("chosen %v", state.Chosen)
	}
	in := model.Initiative{WorkshopID: w.ID, PillarID: pillars[0].ID, Title: "電子申請の拡充", Problems: []int64{cards[0].ID},
		Summary: "よく使う手続から\nオンライン化する", Department: "企画財政課", KPI: "オンライン申請率", Baseline: "5%", Target: "50%",
		Schedule: []model.YearPlan{{Year: 2024, Plan: "対象手続の洗い出し"}, {Year: 2025, Plan: "順次オンライン化"}}}
	saved, err := st.SaveInitiative(in, at0)
	if err != nil || saved.ID == 0 || saved.Status != model.StatusNotStarted {
		t.Fatalf("SaveInitiative = %+v, %v", saved, err)
	}
	saved.Status, saved.Problems = model.StatusInProgress, []int64{cards[0].ID, cards[1].ID}
	saved.Schedule = append(saved.Schedule, model.YearPlan{Year: 2026, Plan: "効果検証"})
	if _, err := st.SaveInitiative(saved, at0.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	got, _ := st.Initiatives(w.ID)
	if len(got) != 1 || got[0].Status != model.StatusInProgress || len(got[0].Problems) != 2 || len(got[0].Schedule) != 3 ||
		got[0].Summary != in.Summary || got[0].Schedule[2].Plan != "効果検証" {
		t.Errorf("initiatives %+v", got)
	}
	if _, err := st.SaveInitiative(model.Initiative{WorkshopID: w.ID}, at0); err == nil {
		t.Error("an initiative without a title was stored")
	}
	if err := st.DeleteInitiative(got[0], at0); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Initiatives(w.ID); len(got) != 0 {
		t.Error("deleted initiative still listed")
	}
}
