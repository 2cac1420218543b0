package model

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"time"
)

// PollMode is how the room answers a poll.
type PollMode string

// The poll modes.
const (
	PollTally     PollMode = "tally"     // show of hands: the facilitator enters a count per choice
	PollNamed     PollMode = "named"     // each attending participant's answer, by name
	PollAnonymous PollMode = "anonymous" // the keyboard goes round; ballots cannot be traced
)

// Valid reports whether m is a known mode.
func (m PollMode) Valid() bool { return m == PollTally || m == PollNamed || m == PollAnonymous }

// Poll is one running of a poll item. An item can be run again (a new
// round), and every round's results are kept, so the last meeting can
// compare with the kickoff.
type Poll struct {
	ID         int64
	WorkshopID int64
	MeetingID  int64
	ItemID     int64
	Round      int // 1 for the first running of the item
	Mode       PollMode
	Questions  []PollQuestion
	// BallotOpen is set while anonymous ballots are being cast: the screen
	// shows only a blank ballot, and leaving takes the facilitator's PIN.
	BallotOpen bool
	PINHash    string // salted hash of the PIN that ends ballot mode
	RevealedAt time.Time
	CreatedAt  time.Time
}

// Revealed reports whether the results may be shown to the room.
func (p Poll) Revealed() bool { return !p.RevealedAt.IsZero() }

// CanReveal reports whether the results may be revealed now: never while
// the ballot is open, unless the facilitator has unlocked it.
func (p Poll) CanReveal(unlocked bool) bool { return !p.BallotOpen || unlocked }

// HashPIN returns the salted hash a PIN is kept as.
func HashPIN(pin, salt string) string {
	sum := sha256.Sum256([]byte(salt + "\x00" + pin))
	return salt + ":" + hex.EncodeToString(sum[:])
}

// CheckPIN reports whether pin matches hash, in constant time.
func CheckPIN(pin, hash string) bool {
	salt, _, ok := strings.Cut(hash, ":")
	if !ok {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(HashPIN(pin, salt)), []byte(hash)) == 1
}

// Answer is one person's answer to one question: the index of a choice
// (-1 for none, and always -1 for a free-text question) and a reason.
type Answer struct {
	Choice int
	Reason string
}

// Result is the outcome of one question.
type Result struct {
	Counts   []int    // per choice, in the question's order
	Answered int      // how many answered (chose or gave a reason)
	Reasons  []string // the reasons given
}

// Total is the sum of the counts.
func (r Result) Total() int {
	n := 0
	for _, c := range r.Counts {
		n += c
	}
	return n
}

// Share is choice i's part of the counted answers, 0 to 1; 0 when nobody
// chose anything.
func (r Result) Share(i int) float64 {
	t := r.Total()
	if t == 0 || i < 0 || i >= len(r.Counts) {
		return 0
	}
	return float64(r.Counts[i]) / float64(t)
}

// Combine counts answers to question q. Choices out of range count as no
// choice; blank reasons are not kept.
func Combine(q PollQuestion, answers []Answer) Result {
	r := Result{Counts: make([]int, len(q.Choices))}
	for _, a := range answers {
		chose := a.Choice >= 0 && a.Choice < len(q.Choices)
		if chose {
			r.Counts[a.Choice]++
		}
		reason, _ := CleanText(a.Reason, MaxCardRunes)
		if !isBlank(reason) {
			r.Reasons = append(r.Reasons, reason)
		}
		if chose || !isBlank(reason) {
			r.Answered++
		}
	}
	return r
}

// TallyDiffers reports whether a show of hands counted a different number
// of people than attend (the screen warns; hands may be missed or raised
// twice).
func TallyDiffers(r Result, attending int) bool { return attending > 0 && r.Total() != attending }

// MaxTally is the largest count a show of hands can record.
const MaxTally = 9999

// AdjustCount is n changed by delta, kept between 0 and MaxTally.
func AdjustCount(n, delta int) int { return min(max(n+delta, 0), MaxTally) }

// TypeDigit is the count after the digit d (0–9) is typed into n: a fresh
// entry starts over at d, otherwise d is appended, up to MaxTally.
func TypeDigit(n, d int, fresh bool) int {
	if d < 0 || d > 9 {
		return n
	}
	if fresh {
		return d
	}
	return min(n*10+d, MaxTally)
}

// EraseDigit is the count with its last digit removed.
func EraseDigit(n int) int { return n / 10 }

// PollStage is where a round stands.
type PollStage int

// The stages of a round.
const (
	StageBallot     PollStage = iota // anonymous ballots are being cast: nothing but a blank ballot shows
	StageCollecting                  // answers come in (or the ballot is closed); results are hidden
	StageRevealed                    // the results are shown to the room
)

// Stage is where p stands.
func (p Poll) Stage() PollStage {
	switch {
	case p.Mode == PollAnonymous && p.BallotOpen:
		return StageBallot
	case p.Revealed():
		return StageRevealed
	}
	return StageCollecting
}

// Reopened is p taking answers again: the results are hidden until the
// next reveal. The answers already given stay.
func (p Poll) Reopened() Poll {
	p.RevealedAt = time.Time{}
	return p
}

// Reset is p with its answers to be cleared: hidden, the ballot closed and
// its PIN forgotten.
func (p Poll) Reset() Poll {
	p.RevealedAt, p.BallotOpen, p.PINHash = time.Time{}, false, ""
	return p
}

// ValidPIN reports whether pin can end a ballot: 4 to 8 digits.
func ValidPIN(pin string) bool {
	if len(pin) < 4 || len(pin) > 8 {
		return false
	}
	for _, r := range pin {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Complete reports whether a ballot can be cast: every choice question
// has a choice. It returns the index of the first question that lacks one.
func Complete(qs []PollQuestion, answers []Answer) (missing int, ok bool) {
	for i, q := range qs {
		if q.Kind != QuestionChoice {
			continue
		}
		if i >= len(answers) || answers[i].Choice < 0 || answers[i].Choice >= len(q.Choices) {
			return i, false
		}
	}
	return -1, true
}

// PollReason is one reason given in a round, as the facilitator sorts it
// after the reveal: under a label (KJ法's 表札), and perhaps promoted to a
// Task ① card.
type PollReason struct {
	Question int
	Key      string // identifies the reason within its round; carries nothing about who or when
	Text     string
	Label    string
	CardID   int64 // the card it was promoted to; 0 if it was not
}

// ReasonGroup is the reasons under one label.
type ReasonGroup struct {
	Label   string // "" for the reasons not yet labelled
	Reasons []PollReason
}

// GroupReasons sorts reasons under their labels: labelled groups in the
// order of their labels, then the unlabelled ones; within a group the
// reasons keep their order.
func GroupReasons(rs []PollReason) []ReasonGroup {
	at := map[string]int{}
	var groups []ReasonGroup
	for _, r := range rs {
		label := strings.TrimSpace(r.Label)
		i, ok := at[label]
		if !ok {
			i = len(groups)
			at[label] = i
			groups = append(groups, ReasonGroup{Label: label})
		}
		groups[i].Reasons = append(groups[i].Reasons, r)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i].Label, groups[j].Label
		if (a == "") != (b == "") {
			return b == "" // the unlabelled last
		}
		return a < b
	})
	return groups
}

// PromotedCard is the Task ① card a reason becomes: a problem candidate in
// the inbox (no pillar yet), from the poll item it was given in, with no
// author, as the reason itself has none.
func PromotedCard(p Poll, r PollReason) Card {
	return Card{WorkshopID: p.WorkshopID, MeetingID: p.MeetingID, ItemID: p.ItemID,
		Kind: CardProblem, Text: r.Text, Source: SourcePollReason}
}

// MaxLabelRunes is the longest a label over a group of reasons may be.
const MaxLabelRunes = 40

// SameQuestion reports whether two choice questions ask the same thing the
// same way, so their results can stand side by side (a poll repeated at
// the last meeting).
func SameQuestion(a, b PollQuestion) bool {
	return a.Kind == QuestionChoice && b.Kind == QuestionChoice && a.Text == b.Text && slices.Equal(a.Choices, b.Choices)
}
