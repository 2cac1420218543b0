package board

// board_layout.go: the board's cards laid out in rows, column by column,
// under their labels, filtered and folded. It runs when the cards change,
// never on a frame, and only for the columns that changed.

import (
	"slices"
	"strconv"
	"strings"

	"yoriai/model"
)

// rebuild lays the cards out in rows, column by column. It runs when the
// cards, the filter or a fold change, never on a cursor move or a frame,
// so drawing costs only the rows on the screen. Only a column whose cards,
// links, folds or filter changed since its last layout is laid out again;
// the others keep their rows and their drawn lines.
func (b *Panel) rebuild() {
	if !b.indexed {
		b.index()
		old := b.cols
		b.cols = make([]boardColumn, len(b.lists))
		b.cols[0] = boardColumn{pillarID: 0, title: b.c.T.Inbox}
		for i, p := range b.pillars {
			b.cols[i+1] = boardColumn{pillarID: p.ID, title: p.Name}
		}
		for i := range b.cols { // the cursor stays in its place
			if i < len(old) && old[i].pillarID == b.cols[i].pillarID {
				b.cols[i].cursor, b.cols[i].selected = old[i].cursor, old[i].selected
			}
		}
	}
	folds := b.foldsByColumn()
	for i := range b.cols {
		l := &b.lists[i]
		if !l.dirty && l.filter == b.filter && l.folds == folds[b.cols[i].pillarID] {
			b.redrawRows(&b.cols[i], l.redraw)
			l.redraw = l.redraw[:0]
			if col := &b.cols[i]; !cursorPlaced(col) { // a card to follow: an undone edit elsewhere
				b.placeCursor(col)
			}
			continue
		}
		l.dirty, l.filter, l.folds = false, b.filter, folds[b.cols[i].pillarID]
		b.layoutColumn(i)
		l.redraw = l.redraw[:0]
		b.placeCursor(&b.cols[i])
	}
	b.col = min(b.col, len(b.cols)-1)
}

// redrawRows forgets the drawn lines of the rows of cards changed in
// place: the next frame draws those again, and only those.
func (b *Panel) redrawRows(col *boardColumn, cards []*model.Card) {
	if len(cards) == 0 || len(col.drawn) != len(col.rows) {
		return
	}
	for j, r := range col.rows {
		if r.card != nil && slices.Contains(cards, r.card) {
			col.drawn[j] = ""
		}
	}
}

// foldsByColumn is, for each column by pillar id, its folded groups.
func (b *Panel) foldsByColumn() map[int64]string {
	if len(b.folded) == 0 {
		return nil
	}
	by := map[int64][]string{}
	for k, folded := range b.folded {
		pillar, label, ok := strings.Cut(k, "/")
		id, err := strconv.ParseInt(pillar, 10, 64)
		if folded && ok && err == nil {
			by[id] = append(by[id], label)
		}
	}
	out := make(map[int64]string, len(by))
	for id, labels := range by {
		slices.Sort(labels)
		out[id] = strings.Join(labels, "\x00") + "\x00" // an unlabelled group folded is not nothing folded
	}
	return out
}

// layoutColumn lays out column i from its sorted cards: the inbox as one
// list; a pillar as its problems, each with the goals linked to it, then
// the goals not linked and the causes.
func (b *Panel) layoutColumn(i int) {
	t := b.c.T
	col := &b.cols[i]
	sorted := b.lists[i].sorted
	oldRows, oldDrawn := col.rows, col.drawn
	defer func() {
		if b.preview { // the page holds the first cards, the counts are the whole board's
			col.cards = b.counts.Column(col.pillarID)
		}
		b.keepDrawn(col, oldRows, oldDrawn, b.lists[i].redraw)
	}()
	if i == 0 {
		col.rows, col.cards = b.groupRows(0, sorted, nil)
		if len(col.rows) == 0 {
			col.rows = []boardRow{{kind: rowNote, label: b.emptyText(t.EmptyInbox)}}
		}
		return
	}
	var problems, loose []*model.Card
	isProblem := map[int64]bool{}
	for _, c := range sorted {
		if c.Kind == model.CardProblem {
			problems = append(problems, c)
			isProblem[c.ID] = true
		}
	}
	goals := map[int64][]*model.Card{}
	for _, c := range sorted {
		switch c.Kind {
		case model.CardProblem:
		case model.CardGoal:
			if p := b.links[c.ID]; isProblem[p] {
				goals[p] = append(goals[p], c)
				continue
			}
			loose = append(loose, c)
		default:
			loose = append(loose, c)
		}
	}
	col.rows, col.cards = b.groupRows(col.pillarID, problems, goals)
	var looseRows []boardRow
	for _, c := range loose {
		if b.matches(c) {
			looseRows = append(looseRows, boardRow{kind: rowCard, card: c})
		}
	}
	col.cards += len(loose)
	if len(looseRows) > 0 {
		col.rows = append(col.rows, boardRow{kind: rowSection, label: t.LooseSection})
		col.rows = append(col.rows, looseRows...)
	}
	if len(col.rows) == 0 {
		col.rows = []boardRow{{kind: rowNote, label: b.emptyText(t.EmptyColumn)}}
	}
}

// keepDrawn carries the drawn lines of the rows a new layout of col keeps
// over from its old rows, so that the next frame draws only the rows that
// changed. A card row is kept when it shows the same card value (a changed
// card is a new value, or listed in changed) at the same depth; the rows
// are matched in order, skipping a few that came or went.
func (b *Panel) keepDrawn(col *boardColumn, oldRows []boardRow, oldDrawn []string, changed []*model.Card) {
	col.drawn = nil
	if len(oldDrawn) != len(oldRows) || len(oldRows) == 0 {
		return
	}
	same := func(o, n boardRow) bool {
		return o.kind == n.kind && o.card == n.card && o.depth == n.depth && o.label == n.label &&
			o.count == n.count && o.folded == n.folded && (o.card == nil || !slices.Contains(changed, o.card))
	}
	const ahead = 8 // how far to look for a row that came or went
	drawn := make([]string, len(col.rows))
	for i, j := 0, 0; i < len(oldRows) && j < len(col.rows); {
		if same(oldRows[i], col.rows[j]) {
			drawn[j] = oldDrawn[i]
			i, j = i+1, j+1
			continue
		}
		skip := false
		for k := 1; k <= ahead && !skip; k++ {
			switch {
			case i+k < len(oldRows) && same(oldRows[i+k], col.rows[j]): // rows went
				i, skip = i+k, true
			case j+k < len(col.rows) && same(oldRows[i], col.rows[j+k]): // rows came
				j, skip = j+k, true
			}
		}
		if !skip {
			i, j = i+1, j+1
		}
	}
	col.drawn = drawn
}

// cursorPlaced is whether the cursor of col is where placeCursor would
// leave it: on the card it holds, on a row that can be chosen.
func cursorPlaced(col *boardColumn) bool {
	if col.cursor < 0 || col.cursor >= len(col.rows) {
		return false
	}
	r := col.rows[col.cursor]
	if r.kind == rowCard {
		return col.selected == r.cardID()
	}
	return col.selected == 0 && r.selectable()
}

// placeCursor keeps the cursor of col on its card, or in its place, on a
// row that can be chosen.
func (b *Panel) placeCursor(col *boardColumn) {
	if col.selected != 0 {
		for j, r := range col.rows {
			if r.kind == rowCard && r.cardID() == col.selected {
				col.cursor = j
			}
		}
	}
	col.cursor = min(col.cursor, len(col.rows)-1)
	for j := col.cursor; j >= 0; j-- { // onto a row that can be chosen
		if col.rows[j].selectable() {
			col.cursor = j
			break
		}
	}
	for j := col.cursor; j < len(col.rows) && !col.rows[col.cursor].selectable(); j++ {
		if col.rows[j].selectable() {
			col.cursor = j
		}
	}
	if r := col.rows[col.cursor]; r.kind == rowCard {
		col.selected = r.cardID()
	}
}

// matches is whether the filter shows card c.
func (b *Panel) matches(c *model.Card) bool {
	return b.filter == "" || model.Matches(*c, b.filter)
}

func (b *Panel) emptyText(empty string) string {
	if b.filter != "" {
		return b.c.T.NoMatch
	}
	return empty
}

// groupRows lays out the cards of a list (the inbox, or a pillar's
// problems with their goals) under their labels, leaving out what the
// filter hides and what a fold hides; n is how many cards the list holds,
// goals included. A group's heading counts the list's cards under its
// label (a pillar's problems, not their goals).
func (b *Panel) groupRows(pillarID int64, cards []*model.Card, goals map[int64][]*model.Card) (rows []boardRow, n int) {
	labelled := len(cards) > 0 && cards[0].Label != "" // labelled groups come first
	rows = make([]boardRow, 0, len(cards))
	for i := 0; i < len(cards); {
		j := i
		for j < len(cards) && cards[j].Label == cards[i].Label {
			j++
		}
		label := cards[i].Label
		start := len(rows)
		if labelled { // the group's heading, dropped below if nothing in it shows
			rows = append(rows, boardRow{kind: rowGroup, label: label, folded: b.folded[foldKey(pillarID, label)]})
		}
		first := len(rows)
		for k := i; k < j; k++ {
			c := cards[k]
			gs := goals[c.ID]
			n += 1 + len(gs)
			me := b.matches(c)
			at := len(rows)
			rows = append(rows, boardRow{kind: rowCard, card: c})
			for _, g := range gs {
				if me || b.matches(g) {
					rows = append(rows, boardRow{kind: rowCard, card: g, depth: 1})
				}
			}
			if !me && len(rows) == at+1 { // neither it nor a goal of it shows
				rows = rows[:at]
			}
		}
		count := j - i // the group's cards: a pillar's problems, not the goals under them
		if b.preview {
			count = b.counts.Group(pillarID, label)
		}
		i = j
		switch {
		case len(rows) == first: // nothing of the group shows
			rows = rows[:start]
		case labelled:
			rows[start].count = count
			if rows[start].folded {
				rows = rows[:first]
			}
		}
	}
	return rows, n
}
