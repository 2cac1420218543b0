package model

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

var boardPillars = []Pillar{{ID: 1, Name: "市民の利便性向上"}, {ID: 2, Name: "業務の効率化"}, {ID: 3, Name: "人財育成"}}

func card(id, pillar int64, kind CardKind, pos int64, label string) Card {
	return Card{ID: id, WorkshopID: 1, PillarID: pillar, Kind: kind, Text: "c", BoardPos: pos, Label: label}
}

// applyStep is what the store does with a step, on plain slices.
func applyStep(cards []Card, links Links, s BoardStep) ([]Card, Links) {
	out := append([]Card(nil), cards...)
	for _, ch := range s.Cards {
		switch {
		case ch.After == nil:
			for i, c := range out {
				if c.ID == ch.Before.ID {
					out = append(out[:i], out[i+1:]...)
					break
				}
			}
		case ch.Before == nil:
			out = append(out, *ch.After)
		default:
			for i, c := range out {
				if c.ID == ch.After.ID {
					out[i] = *ch.After
				}
			}
		}
	}
	return out, links.Apply(s.Links)
}

func TestMoveCard(t *testing.T) {
	problem := card(1, 2, CardProblem, 1, "")
	goal := card(2, 2, CardGoal, 2, "")
	idea := card(3, 0, CardIdea, 3, "")
	cards := []Card{problem, goal, idea}
	links := Links{2: 1}
	tests := []struct {
		name      string
		card      Card
		pillar    int64
		kind      CardKind
		wantLinks []LinkChange
		wantErr   error
	}{
		{"idea triaged as a problem", idea, 2, CardProblem, nil, nil},
		{"idea triaged as a goal", idea, 1, CardGoal, nil, nil},
		{"an idea cannot sit on a pillar", idea, 1, CardIdea, nil, ErrNoSuchCategory},
		{"to the same place", problem, 2, CardProblem, nil, ErrNothingToMove},
		{"back to the inbox keeps its kind", idea, 0, CardIdea, nil, ErrNothingToMove},
		{"goal to another pillar loses its link", goal, 3, CardGoal, []LinkChange{{Goal: 2, Before: 1}}, nil},
		{"goal turned into a problem loses its link", goal, 2, CardProblem, []LinkChange{{Goal: 2, Before: 1}}, nil},
		{"problem moved away unlinks its goals", problem, 1, CardProblem, []LinkChange{{Goal: 2, Before: 1}}, nil},
		{"problem to the inbox unlinks its goals", problem, 0, CardProblem, []LinkChange{{Goal: 2, Before: 1}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			step, err := MoveCard(tt.card, tt.pillar, tt.kind, cards, links)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if len(step.Cards) != 1 || step.Cards[0].After.PillarID != tt.pillar || step.Cards[0].After.Kind != tt.kind ||
				*step.Cards[0].Before != tt.card {
				t.Errorf("card change %+v", step.Cards)
			}
			if !reflect.DeepEqual(step.Links, tt.wantLinks) {
				t.Errorf("links %+v, want %+v", step.Links, tt.wantLinks)
			}
		})
	}
}

func TestLinkGoal(t *testing.T) {
	p1, p2 := card(1, 2, CardProblem, 1, ""), card(4, 2, CardProblem, 4, "")
	elsewhere := card(5, 1, CardProblem, 5, "")
	goal := card(2, 2, CardGoal, 2, "")
	links := Links{}
	tests := []struct {
		name    string
		goal    Card
		problem Card
		links   Links
		want    []LinkChange
		err     error
	}{
		{"link", goal, p1, links, []LinkChange{{Goal: 2, After: 1}}, nil},
		{"relink", goal, p2, Links{2: 1}, []LinkChange{{Goal: 2, Before: 1, After: 4}}, nil},
		{"unlink", goal, Card{}, Links{2: 1}, []LinkChange{{Goal: 2, Before: 1}}, nil},
		{"already", goal, p1, Links{2: 1}, nil, ErrNothingToMove},
		{"a problem is not linked", p2, p1, links, nil, ErrNotAGoal},
		{"to a goal", goal, card(6, 2, CardGoal, 6, ""), links, nil, ErrNotAProblem},
		{"other pillar", goal, elsewhere, links, nil, ErrOtherPillar},
	}
	for _, tt := range tests {
		step, err := LinkGoal(tt.goal, tt.problem, tt.links)
		if !errors.Is(err, tt.err) || !reflect.DeepEqual(step.Links, tt.want) {
			t.Errorf("%s: LinkGoal = %+v, %v; want %+v, %v", tt.name, step.Links, err, tt.want, tt.err)
		}
	}
}

func TestLabelAndSwap(t *testing.T) {
	a, b := card(1, 2, CardProblem, 10, "紙"), card(2, 2, CardProblem, 20, "紙")
	step, err := LabelCard(a, "  窓口\x1b[31m ")
	if err != nil || step.Cards[0].After.Label != "窓口" {
		t.Errorf("LabelCard = %+v, %v", step, err)
	}
	if _, err := LabelCard(a, "紙"); !errors.Is(err, ErrNothingToMove) {
		t.Errorf("same label: %v", err)
	}
	step, err = SwapCards(a, b)
	if err != nil || step.Cards[0].After.BoardPos != 20 || step.Cards[1].After.BoardPos != 10 {
		t.Errorf("SwapCards = %+v, %v", step, err)
	}
	for _, other := range []Card{card(3, 1, CardProblem, 30, "紙"), card(4, 2, CardGoal, 30, "紙"), card(5, 2, CardProblem, 30, ""), a} {
		if _, err := SwapCards(a, other); !errors.Is(err, ErrCannotSwap) {
			t.Errorf("swap with %+v: %v", other, err)
		}
	}
}

// TestUndoRedoSequence does a series of steps, undoes them all and redoes
// them all, checking the board after each.
func TestUndoRedoSequence(t *testing.T) {
	cards := []Card{card(1, 0, CardIdea, 1, ""), card(2, 0, CardIdea, 2, ""), card(3, 2, CardProblem, 3, "")}
	links := Links{}
	type state struct {
		cards []Card
		links Links
	}
	states := []state{{cards, links}}
	var steps []BoardStep
	do := func(s BoardStep, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		steps = append(steps, s)
		cards, links = applyStep(cards, links, s)
		states = append(states, state{cards, links})
	}
	find := func(id int64) Card {
		for _, c := range cards {
			if c.ID == id {
				return c
			}
		}
		t.Fatalf("no card %d", id)
		return Card{}
	}
	do(MoveCard(find(1), 2, CardGoal, cards, links))    // triage an idea as a goal
	do(LinkGoal(find(1), find(3), links))               // link it to the problem
	do(LabelCard(find(3), "窓口"))                        // label the problem
	do(MoveCard(find(3), 1, CardProblem, cards, links)) // move the problem away: the goal loses its link
	if _, ok := links[1]; ok {
		t.Fatal("the link survived the problem's move")
	}
	for i := len(steps) - 1; i >= 0; i-- { // undo all
		cards, links = applyStep(cards, links, steps[i].Inverse())
		want := states[i]
		if !sameCards(cards, want.cards) || !reflect.DeepEqual(links, want.links) {
			t.Fatalf("after undoing step %d: %+v %v, want %+v %v", i, cards, links, want.cards, want.links)
		}
	}
	for i, s := range steps { // redo all
		cards, links = applyStep(cards, links, s)
		if want := states[i+1]; !sameCards(cards, want.cards) || !reflect.DeepEqual(links, want.links) {
			t.Fatalf("after redoing step %d: %+v %v", i, cards, links)
		}
	}
}

func sameCards(a, b []Card) bool {
	m := map[int64]Card{}
	for _, c := range a {
		m[c.ID] = c
	}
	if len(a) != len(b) {
		return false
	}
	for _, c := range b {
		if m[c.ID] != c {
			return false
		}
	}
	return true
}

func TestBuildBoard(t *testing.T) {
	cards := []Card{
		card(1, 0, CardIdea, 5, ""),
		card(2, 0, CardProblem, 1, ""), // a promoted poll reason, unsorted
		card(3, 2, CardProblem, 9, ""),
		card(4, 2, CardProblem, 8, "人手"),
		card(5, 2, CardGoal, 2, ""), // solves 3
		card(6, 2, CardGoal, 3, ""), // loose
		card(7, 2, CardGoal, 4, ""), // linked to a problem in another pillar: loose here
		card(8, 1, CardProblem, 1, ""),
		card(9, 2, CardCause, 7, ""),
		card(10, 99, CardProblem, 1, ""), // a pillar that is gone: back to the inbox
	}
	b := BuildBoard(boardPillars, cards, Links{5: 3, 7: 8})
	ids := func(cs []Card) []int64 {
		var out []int64
		for _, c := range cs {
			out = append(out, c.ID)
		}
		return out
	}
	if got := ids(b.Inbox); !reflect.DeepEqual(got, []int64{2, 10, 1}) {
		t.Errorf("inbox %v", got)
	}
	col := b.Pillars[1]
	if got := ids(col.Problems); !reflect.DeepEqual(got, []int64{4, 3}) {
		t.Errorf("problems %v (labelled first)", got)
	}
	if got := ids(col.Goals[3]); !reflect.DeepEqual(got, []int64{5}) {
		t.Errorf("goals of 3: %v", got)
	}
	if got := ids(col.Loose); !reflect.DeepEqual(got, []int64{6, 7, 9}) {
		t.Errorf("loose %v", got)
	}
	if got := ids(b.Pillars[0].Problems); !reflect.DeepEqual(got, []int64{8}) {
		t.Errorf("pillar 1 %v", got)
	}
}

func TestMarkSinceAndMatches(t *testing.T) {
	end := time.Date(2022, 12, 9, 11, 0, 0, 0, time.UTC)
	c := Card{CreatedAt: end.Add(-time.Hour), UpdatedAt: end.Add(-time.Hour)}
	tests := []struct {
		name  string
		c     Card
		since time.Time
		want  CardMark
	}{
		{"no previous meeting", c, time.Time{}, MarkNone},
		{"old", c, end, MarkNone},
		{"new", Card{CreatedAt: end.Add(time.Hour), UpdatedAt: end.Add(time.Hour)}, end, MarkNew},
		{"changed", Card{CreatedAt: c.CreatedAt, UpdatedAt: end.Add(time.Minute)}, end, MarkChanged},
	}
	for _, tt := range tests {
		if got := MarkSince(tt.c, tt.since); got != tt.want {
			t.Errorf("%s: MarkSince = %d, want %d", tt.name, got, tt.want)
		}
	}
	m := Card{Text: "RPAで入力を自動化", Label: "業務", AuthorName: "佐藤"}
	for q, want := range map[string]bool{"": true, "rpa": true, "ＲＰＡ": true, "自動化": true, "業務": true, "佐藤": true, "紙": false} {
		if Matches(m, q) != want {
			t.Errorf("Matches(%q) = %v", q, !want)
		}
	}
}

func TestPreviousEnd(t *testing.T) {
	end1 := time.Date(2022, 12, 9, 11, 0, 0, 0, time.UTC)
	end2 := time.Date(2023, 1, 20, 11, 0, 0, 0, time.UTC)
	ms := []Meeting{{Number: 1, EndedAt: end1}, {Number: 2, EndedAt: end2}, {Number: 3}, {Number: 4}}
	tests := []struct {
		current int
		want    time.Time
	}{{1, time.Time{}}, {2, end1}, {3, end2}, {4, end2}}
	for _, tt := range tests {
		if got := PreviousEnd(ms, tt.current); !got.Equal(tt.want) {
			t.Errorf("PreviousEnd(%d) = %v, want %v", tt.current, got, tt.want)
		}
	}
}
