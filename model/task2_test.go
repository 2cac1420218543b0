package model

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestDotBudget(t *testing.T) {
	r := VoteRound{Method: MethodDots, Mode: VoteParticipant, Budget: 3}
	v := Votes{7: {1: 2}, 8: {1: 3}}
	tests := []struct {
		name  string
		round VoteRound
		p     int64
		card  int64
		n     int
		want  int
		err   error
	}{
		{"one more within budget", r, 7, 2, 1, 1, nil},
		{"over budget", r, 7, 2, 2, 0, ErrOverBudget},
		{"moving dots on the same card", r, 7, 1, 3, 3, nil},
		{"all spent", r, 8, 2, 1, 0, ErrOverBudget},
		{"taking dots back", r, 8, 1, 0, 0, nil},
		{"negative", r, 7, 2, -1, 0, ErrNegative},
		{"closed", VoteRound{Method: MethodDots, Mode: VoteParticipant, Budget: 3, ClosedAt: time.Now()}, 7, 2, 1, 0, ErrRoundClosed},
		{"tally has no budget", VoteRound{Method: MethodDots, Mode: VoteTally}, 0, 2, 12, 12, nil},
		{"tally capped", VoteRound{Method: MethodDots, Mode: VoteTally}, 0, 2, MaxTally + 5, MaxTally, nil},
		{"tally is not per person", VoteRound{Method: MethodDots, Mode: VoteTally}, 7, 2, 1, 0, ErrWrongMethod},
		{"participant mode needs a participant", r, 0, 2, 1, 0, ErrWrongMethod},
		{"scoring round", VoteRound{Method: MethodScore}, 7, 2, 1, 0, ErrWrongMethod},
	}
	for _, tt := range tests {
		got, err := tt.round.SetDots(v, tt.p, tt.card, tt.n)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("%s: SetDots = %d, %v; want %d, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
	if r.Remaining(v, 7) != 1 || r.Remaining(v, 8) != 0 || r.Remaining(v, 9) != 3 {
		t.Error("Remaining")
	}
	if got := v.Totals(); !reflect.DeepEqual(got, map[int64]int{1: 5}) {
		t.Errorf("Totals %v", got)
	}
}

func TestRankTiesAndOverrides(t *testing.T) {
	cards := []Card{{ID: 1, BoardPos: 1}, {ID: 2, BoardPos: 2}, {ID: 3, BoardPos: 3}, {ID: 4, BoardPos: 4}}
	dots := map[int64]int{1: 2, 2: 5, 3: 2, 4: 0}
	r := VoteRound{Method: MethodDots}
	ids := func(rs []Ranked) (out []int64) {
		for _, x := range rs {
			out = append(out, x.Card.ID)
		}
		return
	}
	places := func(rs []Ranked) (out []int) {
		for _, x := range rs {
			out = append(out, x.Place)
		}
		return
	}
	tied := func(rs []Ranked) (out []bool) {
		for _, x := range rs {
			out = append(out, x.Tied)
		}
		return
	}
	tests := []struct {
		name      string
		overrides []Override
		ids       []int64
		places    []int
		tied      []bool
	}{
		{"by dots, ties share a place", nil, []int64{2, 1, 3, 4}, []int{1, 2, 2, 4}, []bool{false, true, true, false}},
		{"a tied one moved up: the pair is ordered", []Override{{CardID: 3, Delta: -1, Reason: "市長の重点施策"}},
			[]int64{2, 3, 1, 4}, []int{1, 2, 3, 4}, []bool{false, false, false, false}},
		{"moved twice", []Override{{3, -1, "a"}, {3, -1, "b"}}, []int64{3, 2, 1, 4}, []int{1, 2, 3, 4}, []bool{false, false, false, false}},
		{"past the top is ignored", []Override{{2, -1, "x"}}, []int64{2, 1, 3, 4}, []int{1, 2, 2, 4}, []bool{false, true, true, false}},
		{"moved down", []Override{{2, 1, "予算がつかない"}}, []int64{1, 2, 3, 4}, []int{1, 2, 3, 4}, []bool{false, false, false, false}},
		{"a move elsewhere keeps another tie", []Override{{4, -1, "急ぐ"}}, []int64{2, 1, 4, 3}, []int{1, 2, 3, 4}, []bool{false, false, false, false}},
	}
	for _, tt := range tests {
		got := r.Rank(cards, dots, nil, tt.overrides)
		if !reflect.DeepEqual(ids(got), tt.ids) || !reflect.DeepEqual(places(got), tt.places) || !reflect.DeepEqual(tied(got), tt.tied) {
			t.Errorf("%s: %v %v %v, want %v %v %v", tt.name, ids(got), places(got), tied(got), tt.ids, tt.places, tt.tied)
		}
	}
	five := []Card{{ID: 1, BoardPos: 1}, {ID: 2, BoardPos: 2}, {ID: 3, BoardPos: 3}, {ID: 4, BoardPos: 4}, {ID: 5, BoardPos: 5}}
	got := r.Rank(five, map[int64]int{1: 3, 2: 3, 3: 1, 4: 1, 5: 0}, nil, []Override{{CardID: 5, Delta: -1, Reason: "r"}})
	// 1 and 2 stay tied for 1st; 5 moved above 4; 3 keeps 3rd alone
	if !reflect.DeepEqual(ids(got), []int64{1, 2, 3, 5, 4}) || !reflect.DeepEqual(places(got), []int{1, 1, 3, 4, 5}) ||
		!reflect.DeepEqual(tied(got), []bool{true, true, false, false, false}) || !reflect.DeepEqual(got[3].Reasons, []string{"r"}) {
		t.Errorf("an untouched tie after a move: %v %v %v %+v", ids(got), places(got), tied(got), got[3])
	}
	scored := VoteRound{Method: MethodScore}.Rank(cards, nil,
		map[int64]Score{1: {5, 2}, 2: {2, 5}, 3: {4, 4}, 4: {}}, nil)
	if !reflect.DeepEqual(ids(scored), []int64{3, 1, 2, 4}) || scored[1].Place != 2 || scored[2].Place != 2 {
		t.Errorf("by score %v %v", ids(scored), places(scored))
	}
}

func TestScoreQuadrant(t *testing.T) {
	for s, want := range map[Score]Quadrant{{5, 5}: QuadrantFirst, {4, 4}: QuadrantFirst, {3, 3}: QuadrantLater,
		{4, 3}: QuadrantPlan, {3, 4}: QuadrantQuickWin, {5, 1}: QuadrantPlan, {1, 5}: QuadrantQuickWin, {2, 2}: QuadrantLater} {
		if s.Quadrant() != want {
			t.Errorf("%+v: %d", s, s.Quadrant())
		}
	}
	if (Score{0, 3}).Valid() || !(Score{1, 5}).Valid() || (Score{6, 1}).Valid() {
		t.Error("Valid")
	}
}

func TestChosenByPillar(t *testing.T) {
	ranked := []Ranked{{Card: Card{ID: 1, PillarID: 2}}, {Card: Card{ID: 2, PillarID: 1}}, {Card: Card{ID: 3, PillarID: 2}}}
	by, missing := ChosenByPillar(boardPillars, ranked, map[int64]bool{1: true, 3: true})
	if len(by[2]) != 2 || by[2][0].ID != 1 || len(missing) != 2 || missing[0].ID != 1 || missing[1].ID != 3 {
		t.Errorf("by %v missing %v", by, missing)
	}
}

func TestInitiativeValidate(t *testing.T) {
	ok := Initiative{Title: "電子申請の拡充", PillarID: 1, Problems: []int64{5}, Status: StatusNotStarted,
		Schedule: []YearPlan{{2024, "対象手続の洗い出し"}}}
	if errs := ok.Validate(); len(errs) != 0 {
		t.Errorf("valid initiative: %+v", errs)
	}
	paths := func(in Initiative) (out []string) {
		for _, e := range in.Validate() {
			out = append(out, e.Path+":"+string(e.Problem))
		}
		return
	}
	bad := ok
	bad.Title, bad.PillarID, bad.Problems, bad.Status = " ", 0, nil, "unknown"
	bad.KPI = strings.Repeat("あ", MaxInitiativeShort+1)
	bad.Schedule = []YearPlan{{2025, strings.Repeat("x", MaxInitiativeShort+1)}}
	want := []string{"title:required", "pillar:no_pillar", "problems:no_problem", "kpi:too_long", "schedule.R7:too_long", "status:bad_status"}
	if got := paths(bad); !reflect.DeepEqual(got, want) {
		t.Errorf("Validate = %v, want %v", got, want)
	}
	if got := PlanYears(2024); !reflect.DeepEqual(got, []FiscalYear{2024, 2025, 2026}) {
		t.Errorf("PlanYears %v", got)
	}
	p := Progress([]Initiative{{PillarID: 1, Status: StatusDone}, {PillarID: 1, Status: StatusDone}, {PillarID: 2, Status: StatusConsidering}})
	if p[1][StatusDone] != 2 || p[2][StatusConsidering] != 1 || p[3] != nil {
		t.Errorf("Progress %v", p)
	}
}
