package model

import (
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
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
