package model

import (
	"reflect"
	"testing"
	"time"
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

func TestTallyArithmetic(t *testing.T) {
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"plus one", AdjustCount(3, 1), 4},
		{"minus below zero", AdjustCount(0, -1), 0},
		{"plus at the top", AdjustCount(MaxTally, 1), MaxTally},
		{"fresh digit starts over", TypeDigit(12, 7, true), 7},
		{"digit appended", TypeDigit(1, 2, false), 12},
		{"digits capped", TypeDigit(9999, 9, false), MaxTally},
		{"not a digit", TypeDigit(5, 10, false), 5},
		{"erase", EraseDigit(123), 12},
		{"erase last", EraseDigit(7), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, tt.got, tt.want)
		}
	}
}

func TestPollStages(t *testing.T) {
	at := time.Date(2022, 12, 9, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		poll Poll
		want PollStage
	}{
		{"tally collecting", Poll{Mode: PollTally}, StageCollecting},
		{"ballot open", Poll{Mode: PollAnonymous, BallotOpen: true}, StageBallot},
		{"ballot closed, hidden", Poll{Mode: PollAnonymous}, StageCollecting},
		{"revealed", Poll{Mode: PollAnonymous, RevealedAt: at}, StageRevealed},
		{"reopened", Poll{Mode: PollNamed, RevealedAt: at}.Reopened(), StageCollecting},
		{"reset", Poll{Mode: PollAnonymous, BallotOpen: true, PINHash: "x", RevealedAt: at}.Reset(), StageCollecting},
		// a flag left open on a show of hands does not lock the screen
		{"tally never a ballot", Poll{Mode: PollTally, BallotOpen: true}, StageCollecting},
	}
	for _, tt := range tests {
		if got := tt.poll.Stage(); got != tt.want {
			t.Errorf("%s: Stage = %d, want %d", tt.name, got, tt.want)
		}
	}
	if r := (Poll{PINHash: "x", BallotOpen: true}).Reset(); r.PINHash != "" || r.BallotOpen {
		t.Errorf("Reset keeps the PIN or the ballot: %+v", r)
	}
}

func TestValidPIN(t *testing.T) {
	for pin, want := range map[string]bool{"": false, "123": false, "1234": true, "12345678": true,
		"123456789": false, "12a4": false, "１２３４": false, "12 34": false} {
		if ValidPIN(pin) != want {
			t.Errorf("ValidPIN(%q) = %v", pin, !want)
		}
	}
}

func TestComplete(t *testing.T) {
	qs := []PollQuestion{need, {Text: "なぜ", Kind: QuestionText}}
	tests := []struct {
		name    string
		answers []Answer
		missing int
		ok      bool
	}{
		{"nothing", nil, 0, false},
		{"reason only", []Answer{{-1, ""}, {-1, "人が減る"}}, 0, false},
		{"choice only", []Answer{{2, ""}, {-1, ""}}, -1, true},
		{"choice out of range", []Answer{{5, ""}, {-1, ""}}, 0, false},
		{"both", []Answer{{0, ""}, {-1, "便利になる"}}, -1, true},
	}
	for _, tt := range tests {
		missing, ok := Complete(qs, tt.answers)
		if missing != tt.missing || ok != tt.ok {
			t.Errorf("%s: Complete = %d %v, want %d %v", tt.name, missing, ok, tt.missing, tt.ok)
		}
	}
}

// TestAnswerCarriesNothingLinkable pins down what a ballot is: a choice and
// a reason. A field added here (a participant, a time, a sequence) would
// let ballots be traced, so it has to be a deliberate change to this test.
func TestAnswerCarriesNothingLinkable(t *testing.T) {
	typ := reflect.TypeOf(Answer{})
	var fields []string
	for i := range typ.NumField() {
		fields = append(fields, typ.Field(i).Name)
	}
	if !reflect.DeepEqual(fields, []string{"Choice", "Reason"}) {
		t.Errorf("Answer has fields %v; a ballot must carry only Choice and Reason", fields)
	}
}

func TestGroupReasons(t *testing.T) {
	r := func(key, label string) PollReason { return PollReason{Key: key, Text: key, Label: label} }
	tests := []struct {
		name string
		in   []PollReason
		want []ReasonGroup
	}{
		{"none", nil, nil},
		{"unlabelled only", []PollReason{r("a", ""), r("b", " ")},
			[]ReasonGroup{{"", []PollReason{r("a", ""), r("b", " ")}}}},
		{"labels sorted, unlabelled last, order kept", []PollReason{r("a", ""), r("b", "人手"), r("c", "窓口"), r("d", "人手")},
			[]ReasonGroup{{"人手", []PollReason{r("b", "人手"), r("d", "人手")}}, {"窓口", []PollReason{r("c", "窓口")}},
				{"", []PollReason{r("a", "")}}}},
	}
	for _, tt := range tests {
		if got := GroupReasons(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: GroupReasons = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestPromotedCard(t *testing.T) {
	p := Poll{ID: 7, WorkshopID: 1, MeetingID: 10, ItemID: 4}
	c := PromotedCard(p, PollReason{Text: "紙の申請が多い", Key: "k"})
	want := Card{WorkshopID: 1, MeetingID: 10, ItemID: 4, Kind: CardProblem, Text: "紙の申請が多い", Source: SourcePollReason}
	if c != want {
		t.Errorf("PromotedCard = %+v, want %+v", c, want)
	}
}

func TestSameQuestion(t *testing.T) {
	other := need
	other.Choices = []string{"はい", "いいえ"}
	free := PollQuestion{Text: need.Text, Kind: QuestionText}
	if !SameQuestion(need, need) || SameQuestion(need, other) || SameQuestion(free, free) {
		t.Error("SameQuestion")
	}
}
