package board

// board_layout.go: the board's cards laid out in rows, column by column,
// under their labels, filtered and folded. It runs when the cards change,
// never on a frame.

import (
	"yoriai/model"
)

// rebuild lays the cards out in rows, column by column. It runs when the
// cards, the filter or a fold change, never on a cursor move or a frame,
// so drawing costs only the rows on the screen.
func (b *Panel) rebuild() {
	t := b.c.T
	bd := model.BuildBoard(b.pillars, b.cards, b.links)
	old := b.cols
	b.cols = make([]boardColumn, 0, len(bd.Pillars)+1)
	inbox := boardColumn{pillarID: 0, title: t.Inbox}
	inbox.rows, inbox.cards = b.groupRows(0, bd.Inbox, nil)
	if len(inbox.rows) == 0 {
		inbox.rows = []boardRow{{kind: rowNote, label: b.emptyText(t.EmptyInbox)}}
	}
	b.cols = append(b.cols, inbox)
	for _, p := range bd.Pillars {
		col := boardColumn{pillarID: p.Pillar.ID, title: p.Pillar.Name}
		col.rows, col.cards = b.groupRows(p.Pillar.ID, p.Problems, p.Goals)
		var loose []boardRow
		for i := range p.Loose {
			if model.Matches(p.Loose[i], b.filter) {
				loose = append(loose, boardRow{kind: rowCard, card: &p.Loose[i]})
			}
		}
		col.cards += len(p.Loose)
		if len(loose) > 0 {
			col.rows = append(col.rows, boardRow{kind: rowSection, label: t.LooseSection})
			col.rows = append(col.rows, loose...)
		}
		if len(col.rows) == 0 {
			col.rows = []boardRow{{kind: rowNote, label: b.emptyText(t.EmptyColumn)}}
		}
		b.cols = append(b.cols, col)
	}
	for i := range b.cols { // the cursor stays on its card, or in its place
		col := &b.cols[i]
		if i < len(old) && old[i].pillarID == col.pillarID {
			col.cursor, col.selected = old[i].cursor, old[i].selected
		}
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
	b.col = min(b.col, len(b.cols)-1)
}

func (b *Panel) emptyText(empty string) string {
	if b.filter != "" {
		return b.c.T.NoMatch
	}
	return empty
}

// groupRows lays out the cards of a list (the inbox, or a pillar's
// problems with their goals) under their labels, leaving out what the
// filter hides and what a fold hides; n is how many cards the list holds.
func (b *Panel) groupRows(pillarID int64, cards []model.Card, goals map[int64][]model.Card) (rows []boardRow, n int) {
	labelled := len(cards) > 0 && cards[0].Label != "" // labelled groups come first
	for i := 0; i < len(cards); {
		j := i
		for j < len(cards) && cards[j].Label == cards[i].Label {
			j++
		}
		label := cards[i].Label
		var group []boardRow
		count := 0
		for k := i; k < j; k++ {
			c := &cards[k]
			gs := goals[c.ID]
			count += 1 + len(gs)
			var under []boardRow
			for n := range gs {
				if model.Matches(gs[n], b.filter) || model.Matches(*c, b.filter) {
					under = append(under, boardRow{kind: rowCard, card: &gs[n], depth: 1})
				}
			}
			if model.Matches(*c, b.filter) || len(under) > 0 {
				group = append(group, boardRow{kind: rowCard, card: c})
				group = append(group, under...)
			}
		}
		n += count
		i = j
		if len(group) == 0 {
			continue
		}
		if labelled {
			folded := b.folded[foldKey(pillarID, label)]
			rows = append(rows, boardRow{kind: rowGroup, label: label, count: count, folded: folded})
			if folded {
				continue
			}
		}
		rows = append(rows, group...)
	}
	return rows, n
}
