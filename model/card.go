package model

import "time"

// CardKind is what a card says: an idea from a prompt, or, on the Task ①
// board, a problem (課題), a cause (要因) or a goal (達成目標).
type CardKind string

// The card kinds.
const (
	CardIdea    CardKind = "idea"
	CardProblem CardKind = "problem"
	CardCause   CardKind = "cause"
	CardGoal    CardKind = "goal"
)

// Valid reports whether k is a known kind.
func (k CardKind) Valid() bool {
	return k == CardIdea || k == CardProblem || k == CardCause || k == CardGoal
}

// CardSource is where a card came from.
type CardSource string

// The card sources.
const (
	SourcePrompt     CardSource = "prompt"      // typed during a prompt item
	SourceTyped      CardSource = "typed"       // typed on the board
	SourceChatImport CardSource = "chat_import" // a line of an imported chat
	SourcePollReason CardSource = "poll_reason" // a reason given in a poll
)

// Valid reports whether s is a known source.
func (s CardSource) Valid() bool {
	return s == SourcePrompt || s == SourceTyped || s == SourceChatImport || s == SourcePollReason
}

// MaxCardRunes is the longest a card's text may be.
const MaxCardRunes = 1000

// Card is one thing the room said, kept for the workshop: an idea, a
// problem, a cause or a goal. Cards belong to the workshop, not to one
// meeting, so later meetings build on them.
type Card struct {
	ID         int64
	WorkshopID int64
	MeetingID  int64 // where it was captured; 0 for imports
	ItemID     int64 // the agenda item it was captured in; 0 if none
	PillarID   int64 // 0 until sorted into a pillar
	Kind       CardKind
	Text       string
	AuthorID   int64  // 0 when anonymous
	AuthorName string // who wrote an imported chat line, when not on the roster
	Source     CardSource
	Position   int    // its place among its agenda item's cards
	BoardPos   int64  // its place on the Task ① board
	Label      string // the KJ法 label (表札) it is grouped under; "" for none
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// CardChange is one change to a card as undo sees it: Before is nil for a
// card that was added, After is nil for one that was deleted.
type CardChange struct {
	Before, After *Card
}

// Inverse is the change that undoes c.
func (c CardChange) Inverse() CardChange { return CardChange{Before: c.After, After: c.Before} }
