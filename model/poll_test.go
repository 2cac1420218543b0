package model

import (
	"reflect"
	"testing"
)

var need = PollQuestion{Text: "デジタル変革は必要だと思うか", Kind: QuestionChoice,
	Choices: []string{"必要だと思う", "どちらかといえば必要", "どちらともいえない", "どちらかといえば不要", "不要だと思う"}}

func TestCombine(t *testing.T) {
	tests := []struct {
		name    string
		answers []Answer
		want    Result
	}{
		{"none", nil, Result{Counts: []int{0, 0, 0, 0, 0}}},
		{"choices and reasons", []Answer{{0, "窓口が混む"}, {0, ""}, {1, " "}, {4, "今のままでよい"}},
			Result{Counts: []int{2, 1, 0, 0, 1}, Answered: 4, Reasons: []string{"窓口が混む", "今のままでよい"}}},
		{"reason only", []Answer{{-1, "人手が足りない"}}, Result{Counts: []int{0, 0, 0, 0, 0}, Answered: 1, Reasons: []string{"人手が足りない"}}},
		{"out of range and blank", []Answer{{9, ""}, {-1, ""}}, Result{Counts: []int{0, 0, 0, 0, 0}}},
		{"reason cleaned", []Answer{{2, "\x1b[31m赤\x1b[0m"}}, Result{Counts: []int{0, 0, 1, 0, 0}, Answered: 1, Reasons: []string{"赤"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Combine(need, tt.answers); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Combine = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestShareAndTally(t *testing.T) {
	r := Result{Counts: []int{3, 1, 0, 0, 0}}
	if r.Total() != 4 || r.Share(0) != 0.75 || r.Share(2) != 0 || r.Share(9) != 0 {
		t.Errorf("Total %d Share0 %v", r.Total(), r.Share(0))
	}
	if (Result{Counts: []int{0, 0}}).Share(0) != 0 {
		t.Error("share of nothing")
	}
	for _, tt := range []struct {
		attending int
		want      bool
	}{{4, false}, {5, true}, {0, false}} {
		if got := TallyDiffers(r, tt.attending); got != tt.want {
			t.Errorf("TallyDiffers(attending %d) = %v", tt.attending, got)
		}
	}
}

func TestPollRules(t *testing.T) {
	open := Poll{Mode: PollAnonymous, BallotOpen: true}
	if open.CanReveal(false) {
		t.Error("revealed from ballot mode without the facilitator")
	}
	if !open.CanReveal(true) || !(Poll{}).CanReveal(false) {
		t.Error("CanReveal refuses the facilitator")
	}
	h := HashPIN("2468", "salt")
	if !CheckPIN("2468", h) || CheckPIN("2469", h) || CheckPIN("2468", "nohash") || CheckPIN("", h) {
		t.Error("CheckPIN")
	}
	if HashPIN("2468", "a") == HashPIN("2468", "b") {
		t.Error("the salt does not change the hash")
	}
	if !PollAnonymous.Valid() || PollMode("secret").Valid() {
		t.Error("PollMode.Valid")
	}
}
