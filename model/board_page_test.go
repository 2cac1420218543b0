package model

import "testing"

func TestBoardCounts(t *testing.T) {
	c := BoardCounts{
		{0, CardIdea, ""}: 3, {0, CardIdea, "窓口"}: 2, {0, CardProblem, "窓口"}: 1,
		{1, CardProblem, ""}: 4, {1, CardProblem, "紙"}: 2, {1, CardGoal, ""}: 5, {1, CardGoal, "紙"}: 1,
		{2, CardCause, ""}: 1,
	}
	for _, tc := range []struct {
		name string
		got  int
		want int
	}{
		{"the inbox column", c.Column(0), 6},
		{"a pillar column, goals too", c.Column(1), 12},
		{"a column with no cards", c.Column(3), 0},
		{"an inbox group: every kind under the label", c.Group(0, "窓口"), 3},
		{"the inbox's unlabelled", c.Group(0, ""), 3},
		{"a pillar group: its problems only", c.Group(1, "紙"), 2},
		{"a pillar's unlabelled problems", c.Group(1, ""), 4},
		{"a pillar's problems", c.Kind(1, CardProblem), 6},
		{"a pillar's goals", c.Kind(1, CardGoal), 6},
		{"a kind a pillar lacks", c.Kind(2, CardProblem), 0},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %d, want %d", tc.name, tc.got, tc.want)
		}
	}
}
