package board

// board_index.go: the board's cards kept column by column in board order,
// so that a saved change, an undo or a redo touches only the card it
// changed: an id→index map into the cards, the links changed in place,
// and the card taken out of its column and put into its new one by binary
// search. rebuild (board_layout.go) then lays out again only the columns
// that changed.

import (
	"slices"
	"strings"

	"yoriai/model"
)

// columnCards is one column's cards in board order (labelled groups
// first, by label, then by position): what model.BuildBoard sorts, kept
// sorted as cards come and go.
type columnCards struct {
	sorted []*model.Card // into cards as read; a card changed since is a value of its own
	dirty  bool          // laid out again at the next rebuild
	redraw []*model.Card // cards changed in place: their rows are drawn again
	folds  string        // the folded groups the rows were laid out with
	filter string        // the filter they were laid out with
}

// cardOrder is model.BuildBoard's order: labelled cards first, by label,
// then by position on the board, then by id.
func cardOrder(a, b model.Card) int {
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
	switch {
	case a.ID < b.ID:
		return -1
	case a.ID > b.ID:
		return 1
	}
	return 0
}

// byOrder is cardOrder for a binary search of a column.
func byOrder(x *model.Card, c model.Card) int { return cardOrder(*x, c) }

// index sorts every card into its column and maps ids to the cards: once
// a load, the only step that costs all the cards.
func (b *Panel) index() {
	b.colOf = make(map[int64]int, len(b.pillars))
	for i, p := range b.pillars {
		b.colOf[p.ID] = i + 1
	}
	b.at = make(map[int64]int, len(b.cards))
	sizes := make([]int, len(b.pillars)+1)
	for i, c := range b.cards {
		b.at[c.ID] = i
		sizes[b.columnOf(c)]++
	}
	b.lists = make([]columnCards, len(b.pillars)+1)
	for i, n := range sizes {
		b.lists[i].sorted = make([]*model.Card, 0, n)
		b.lists[i].dirty = true
	}
	for k := range b.cards { // no copy: the columns point into the cards as read
		l := &b.lists[b.columnOf(b.cards[k])]
		l.sorted = append(l.sorted, &b.cards[k])
	}
	for i := range b.lists {
		slices.SortFunc(b.lists[i].sorted, func(x, y *model.Card) int { return cardOrder(*x, *y) })
	}
	if b.links == nil {
		b.links = model.Links{}
	}
	b.indexed = true
}

// columnOf is the column card c shows in: its pillar's, or the inbox for a
// card on no pillar of the workshop.
func (b *Panel) columnOf(c model.Card) int {
	return b.colOf[c.PillarID] // 0, the inbox, when it is not a pillar
}

// applyCard brings the cards in line with one committed change: the card
// found by id, taken out of its column and put into its new one.
func (b *Panel) applyCard(ch model.CardChange) {
	if !b.indexed {
		b.index()
	}
	id := int64(0)
	if ch.Before != nil {
		id = ch.Before.ID
	} else if ch.After != nil {
		id = ch.After.ID
	}
	i, ok := b.at[id]
	switch {
	case ok && ch.After == nil:
		b.unsort(b.cards[i])
		// into a new block: the columns point into the old one, whose
		// values must not move under them
		b.cards = append(b.cards[:i:i], b.cards[i+1:]...)
		delete(b.at, id)
		for j := i; j < len(b.cards); j++ { // the cards after it moved up one
			b.at[b.cards[j].ID] = j
		}
	case ok:
		if !b.inPlace(b.cards[i], *ch.After) {
			b.unsort(b.cards[i])
			b.insort(*ch.After)
		}
		b.cards[i] = *ch.After
	case ch.After != nil:
		b.cards = append(b.cards, *ch.After)
		b.at[id] = len(b.cards) - 1
		b.insort(*ch.After)
	}
}

// inPlace changes card was into now where it stands, when the change
// leaves its place on the board as it was (its text or author edited): the
// rows stay and only its own is drawn again. It reports false for a change
// that moves the card, or that the filter sees differently.
func (b *Panel) inPlace(was, now model.Card) bool {
	if was.ID != now.ID || was.PillarID != now.PillarID || was.Kind != now.Kind || was.Label != now.Label ||
		was.BoardPos != now.BoardPos || (b.filter != "" && model.Matches(was, b.filter) != model.Matches(now, b.filter)) {
		return false
	}
	l := &b.lists[b.columnOf(was)]
	j, found := slices.BinarySearchFunc(l.sorted, was, byOrder)
	if !found {
		return false
	}
	*l.sorted[j] = now
	l.redraw = append(l.redraw, l.sorted[j])
	return true
}

// unsort takes card c out of its column.
func (b *Panel) unsort(c model.Card) {
	l := &b.lists[b.columnOf(c)]
	if j, found := slices.BinarySearchFunc(l.sorted, c, byOrder); found {
		l.sorted = slices.Delete(l.sorted, j, j+1)
	}
	l.dirty = true
}

// insort puts card c into its column, in board order.
func (b *Panel) insort(c model.Card) {
	l := &b.lists[b.columnOf(c)]
	j, _ := slices.BinarySearchFunc(l.sorted, c, byOrder)
	l.sorted = slices.Insert(l.sorted, j, &c)
	l.dirty = true
}

// applyLinks changes the links in place; the column of each goal whose
// link changed is laid out again.
func (b *Panel) applyLinks(changes []model.LinkChange) {
	if !b.indexed {
		b.index()
	}
	for _, ch := range changes {
		if ch.After == 0 {
			delete(b.links, ch.Goal)
		} else {
			b.links[ch.Goal] = ch.After
		}
		if i, ok := b.at[ch.Goal]; ok {
			b.lists[b.columnOf(b.cards[i])].dirty = true
		}
	}
}
