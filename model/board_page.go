package model

// CountKey is one part of a board column that is counted: the cards of
// one kind under one KJ法 label on one pillar (0: on none, the inbox).
type CountKey struct {
	PillarID int64
	Kind     CardKind
	Label    string
}

// BoardCounts is how many live cards the Task ① board holds, by pillar,
// kind and label: what the board's headings show when it holds only its
// first page of cards.
type BoardCounts map[CountKey]int

// Column is how many cards the column of pillarID (0: the inbox) holds.
func (c BoardCounts) Column(pillarID int64) int {
	n := 0
	for k, v := range c {
		if k.PillarID == pillarID {
			n += v
		}
	}
	return n
}

// Kind is how many cards of kind the column of pillarID holds.
func (c BoardCounts) Kind(pillarID int64, kind CardKind) int {
	n := 0
	for k, v := range c {
		if k.PillarID == pillarID && k.Kind == kind {
			n += v
		}
	}
	return n
}

// Group is how many cards a KJ法 group of a column lists: in the inbox
// every card under the label, in a pillar its problems (the goals under
// them are not counted; the column's heading counts them).
func (c BoardCounts) Group(pillarID int64, label string) int {
	if pillarID != 0 {
		return c[CountKey{pillarID, CardProblem, label}]
	}
	n := 0
	for _, kind := range []CardKind{CardIdea, CardProblem, CardCause, CardGoal} {
		n += c[CountKey{0, kind, label}]
	}
	return n
}

// BoardPage is the Task ① board as its first screen needs it: in each
// column the first cards in board order (at least as many as a screen has
// rows, each problem with every goal linked to it), the links of those
// goals and the counts of the whole board. Whole reports that the page is
// the whole board, every card and every link.
type BoardPage struct {
	Cards  []Card
	Links  Links
	Counts BoardCounts
	Whole  bool
}
