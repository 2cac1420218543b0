package board

// board_cursor.go: moving about the board: the cursor, folding a group
// under its label, and moving a card up or down its list.

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// moveCursor moves the cursor by delta rows, onto a row that can be
// chosen.
func (b *Panel) moveCursor(delta int) {
	col := b.column()
	n := len(col.rows)
	if n == 0 {
		return
	}
	i := min(max(col.cursor+delta, 0), n-1)
	step := 1
	if delta < 0 {
		step = -1
	}
	for j := i; j >= 0 && j < n; j += step {
		if col.rows[j].selectable() {
			i = j
			break
		}
	}
	if !col.rows[i].selectable() { // nothing that way: stay
		return
	}
	col.cursor = i
	col.selected = col.rows[i].cardID()
}

func (b *Panel) onGroup() bool {
	col := b.column()
	return col != nil && col.cursor < len(col.rows) && col.rows[col.cursor].kind == rowGroup
}

// foldKey names a group of a column.
func foldKey(pillarID int64, label string) string { return fmt.Sprintf("%d/%s", pillarID, label) }

// toggleFold folds or unfolds the group under the cursor, or the group of
// the card under it.
func (b *Panel) toggleFold() {
	col := b.column()
	if col.cursor >= len(col.rows) {
		return
	}
	r := col.rows[col.cursor]
	label := r.label
	if r.kind == rowCard {
		label = r.card.Label
		if r.depth > 0 {
			return
		}
	}
	if r.kind != rowGroup && !b.hasGroups(col) {
		return
	}
	k := foldKey(col.pillarID, label)
	b.folded[k] = !b.folded[k]
	col.selected = 0
	b.rebuild()
	for i, row := range col.rows { // the cursor goes to the group's heading
		if row.kind == rowGroup && row.label == label {
			b.cols[b.col].cursor = i
		}
	}
}

func (b *Panel) hasGroups(col *boardColumn) bool {
	for _, r := range col.rows {
		if r.kind == rowGroup {
			return true
		}
	}
	return false
}

// swap moves the selected card one place up (dir -1) or down among the
// cards of its list.
func (b *Panel) swap(dir int) tea.Cmd {
	col := b.column()
	i := col.cursor
	me := col.rows[i]
	for j := i + dir; j >= 0 && j < len(col.rows); j += dir {
		r := col.rows[j]
		if r.kind != rowCard {
			return nil // the end of the list: a heading
		}
		if r.depth > me.depth {
			continue // the goals of a neighbouring problem
		}
		if r.depth < me.depth {
			return nil // out of the problem's goals
		}
		step, err := model.SwapCards(*me.card, *r.card)
		if err != nil {
			return nil
		}
		col.selected = me.card.ID
		return b.applyCmd(step, "")
	}
	return nil
}
