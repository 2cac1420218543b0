package model

import (
	"errors"
	"slices"
	"strings"
	"time"
)

// Links maps a goal card's id to the id of the problem card it solves.
// A goal solves at most one problem; a problem can have many goals.
type Links map[int64]int64

// NewCard stands, in a LinkChange, for the card its step adds: a goal
// added under a problem is linked in the same step, before it has an id.
const NewCard int64 = -1

// LinkChange is one goal's link before and after a change; 0 is no link.
type LinkChange struct {
	Goal          int64
	Before, After int64
}

// BoardStep is one undoable change to the Task ① board: the cards and the
// links it changed. Applying its Inverse undoes it.
type BoardStep struct {
	Cards []CardChange
	Links []LinkChange
}

// Inverse is the step that undoes s: every change reversed, in reverse
// order.
func (s BoardStep) Inverse() BoardStep {
	var out BoardStep
	for i := len(s.Cards) - 1; i >= 0; i-- {
		out.Cards = append(out.Cards, s.Cards[i].Inverse())
	}
	for i := len(s.Links) - 1; i >= 0; i-- {
		l := s.Links[i]
		out.Links = append(out.Links, LinkChange{Goal: l.Goal, Before: l.After, After: l.Before})
	}
	return out
}

// Empty reports whether s changes nothing.
func (s BoardStep) Empty() bool { return len(s.Cards) == 0 && len(s.Links) == 0 }

// Apply is links after the step's link changes.
func (l Links) Apply(changes []LinkChange) Links {
	out := make(Links, len(l))
	for k, v := range l {
		out[k] = v
	}
	for _, c := range changes {
		if c.After == 0 {
			delete(out, c.Goal)
		} else {
			out[c.Goal] = c.After
		}
	}
	return out
}

// Board errors: what the facilitator asked for does not make sense.
var (
	ErrNotAGoal       = errors.New("only a goal can be linked to a problem")
	ErrNotAProblem    = errors.New("a goal can only be linked to a problem")
	ErrOtherPillar    = errors.New("the goal and the problem are in different pillars")
	ErrNothingToMove  = errors.New("the card is already there")
	ErrCannotSwap     = errors.New("the cards are not neighbours in one list")
	ErrNoSuchCategory = errors.New("a card on a pillar is a problem, a cause or a goal")
)

// MoveCard puts c into a pillar (0 for the inbox) as a kind. Links that
// no longer hold go with it: a goal leaving its problem's pillar, a goal
// becoming something else, the goals of a problem that leaves.
func MoveCard(c Card, pillarID int64, kind CardKind, cards []Card, links Links) (BoardStep, error) {
	if pillarID != 0 && kind != CardProblem && kind != CardGoal && kind != CardCause {
		return BoardStep{}, ErrNoSuchCategory
	}
	if c.PillarID == pillarID && c.Kind == kind {
		return BoardStep{}, ErrNothingToMove
	}
	after := c
	after.PillarID, after.Kind = pillarID, kind
	before := c
	step := BoardStep{Cards: []CardChange{{Before: &before, After: &after}}}
	if to, ok := links[c.ID]; ok && (kind != CardGoal || pillarID != c.PillarID) {
		step.Links = append(step.Links, LinkChange{Goal: c.ID, Before: to})
	}
	if c.Kind == CardProblem && (kind != CardProblem || pillarID != c.PillarID) {
		for _, g := range cards {
			if links[g.ID] == c.ID {
				step.Links = append(step.Links, LinkChange{Goal: g.ID, Before: c.ID})
			}
		}
		slices.SortFunc(step.Links, func(a, b LinkChange) int { return int(a.Goal - b.Goal) })
	}
	return step, nil
}

// LinkGoal links goal to the problem it solves (problem.ID 0 unlinks it).
func LinkGoal(goal Card, problem Card, links Links) (BoardStep, error) {
	if goal.Kind != CardGoal {
		return BoardStep{}, ErrNotAGoal
	}
	if problem.ID != 0 && problem.Kind != CardProblem {
		return BoardStep{}, ErrNotAProblem
	}
	if problem.ID != 0 && problem.PillarID != goal.PillarID {
		return BoardStep{}, ErrOtherPillar
	}
	if links[goal.ID] == problem.ID {
		return BoardStep{}, ErrNothingToMove
	}
	return BoardStep{Links: []LinkChange{{Goal: goal.ID, Before: links[goal.ID], After: problem.ID}}}, nil
}

// LabelCard puts c under a KJ法 label ("" takes it out of its group).
func LabelCard(c Card, label string) (BoardStep, error) {
	label, _ = CleanLine(label, MaxLabelRunes)
	label = strings.TrimSpace(label)
	if c.Label == label {
		return BoardStep{}, ErrNothingToMove
	}
	after, before := c, c
	after.Label = label
	return BoardStep{Cards: []CardChange{{Before: &before, After: &after}}}, nil
}

// SwapCards exchanges the board places of two cards of one list (same
// pillar, kind and label), which moves one up and the other down.
func SwapCards(a, b Card) (BoardStep, error) {
	if a.ID == b.ID || a.PillarID != b.PillarID || a.Kind != b.Kind || a.Label != b.Label {
		return BoardStep{}, ErrCannotSwap
	}
	ab, bb, aa, ba := a, b, a, b
	aa.BoardPos, ba.BoardPos = b.BoardPos, a.BoardPos
	return BoardStep{Cards: []CardChange{{Before: &ab, After: &aa}, {Before: &bb, After: &ba}}}, nil
}

// CardMark says how a card changed since a moment (the end of the
// previous meeting): new, changed or not at all.
type CardMark int

// The marks.
const (
	MarkNone CardMark = iota
	MarkNew
	MarkChanged
)

// MarkSince is how c changed after since; nothing is marked when since is
// zero (there was no previous meeting).
func MarkSince(c Card, since time.Time) CardMark {
	switch {
	case since.IsZero():
		return MarkNone
	case c.CreatedAt.After(since):
		return MarkNew
	case c.UpdatedAt.After(since):
		return MarkChanged
	}
	return MarkNone
}

// Matches reports whether a card's text, label or author name contains
// query, ignoring case and the width of letters and digits.
func Matches(c Card, query string) bool {
	q := foldWidth(strings.ToLower(strings.TrimSpace(query)))
	if q == "" {
		return true
	}
	for _, s := range []string{c.Text, c.Label, c.AuthorName} {
		if strings.Contains(foldWidth(strings.ToLower(s)), q) {
			return true
		}
	}
	return false
}

// foldWidth turns full-width ASCII (Ａ, ５) into its narrow form, so that a
// filter typed with the IME on finds text typed with it off.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '！' && r <= '～' {
			return r - '！' + '!'
		}
		if r == '　' {
			return ' '
		}
		return r
	}, s)
}

// PillarBoard is one pillar's column: its problems in order, grouped by
// label, each with the goals that solve it, and the cards not (yet) tied
// to a problem.
type PillarBoard struct {
	Pillar   Pillar
	Problems []Card
	Goals    map[int64][]Card // by problem id
	Loose    []Card           // goals without a problem here, and causes
}

// Board is the Task ① board: the inbox of unsorted cards and one column
// per pillar.
type Board struct {
	Inbox   []Card
	Pillars []PillarBoard
}

// BuildBoard sorts cards onto the board. Within a list, cards keep their
// board order, grouped by label: labelled groups first, in label order,
// then the unlabelled.
func BuildBoard(pillars []Pillar, cards []Card, links Links) Board {
	sorted := slices.Clone(cards)
	slices.SortStableFunc(sorted, func(a, b Card) int {
		if (a.Label == "") != (b.Label == "") {
			if a.Label == "" {
				return 1
			}
			return -1
		}
		if c := strings.Compare(a.Label, b.Label); c != 0 {
			return c
		}
		switch {
		case a.BoardPos < b.BoardPos:
			return -1
		case a.BoardPos > b.BoardPos:
			return 1
		}
		return int(a.ID - b.ID)
	})
	b := Board{Pillars: make([]PillarBoard, len(pillars))}
	at := map[int64]int{}
	for i, p := range pillars {
		b.Pillars[i] = PillarBoard{Pillar: p, Goals: map[int64][]Card{}}
		at[p.ID] = i
	}
	problems := map[int64]Card{}
	sizes := make([]int, len(pillars)) // to allocate each column once
	for _, c := range sorted {
		if c.Kind == CardProblem {
			problems[c.ID] = c
			if i, ok := at[c.PillarID]; ok {
				sizes[i]++
			}
		}
	}
	for i, n := range sizes {
		b.Pillars[i].Problems = make([]Card, 0, n)
	}
	for _, c := range sorted {
		i, ok := at[c.PillarID]
		if !ok {
			b.Inbox = append(b.Inbox, c)
			continue
		}
		col := &b.Pillars[i]
		switch c.Kind {
		case CardProblem:
			col.Problems = append(col.Problems, c)
		case CardGoal:
			if p, ok := problems[links[c.ID]]; ok && p.PillarID == c.PillarID {
				col.Goals[p.ID] = append(col.Goals[p.ID], c)
				continue
			}
			col.Loose = append(col.Loose, c)
		default:
			col.Loose = append(col.Loose, c)
		}
	}
	return b
}

// PreviousEnd is when the meeting before the one numbered current ended:
// the moment from which the board marks cards as new or changed. It is
// zero when no earlier meeting has ended.
func PreviousEnd(meetings []Meeting, current int) time.Time {
	var end time.Time
	number := 0
	for _, m := range meetings {
		if m.Number < current && m.Number > number && !m.EndedAt.IsZero() {
			end, number = m.EndedAt, m.Number
		}
	}
	return end
}
