package board

// board_wide.go: which columns the board shows side by side and how wide.
// Below wideBoard cells one column at a time, with tabs. From wideBoard
// on, every pillar: while the cursor is in the inbox (triaging) the inbox
// too, as wide as a pillar; else the inbox narrowed to a strip of its
// count and the first characters of its cards.

import (
	"fmt"
	"strings"

	"yoriai/tui/common"
)

const (
	// wideBoard is the width from which the pillars stand side by side.
	wideBoard = 100
	// minWide is the narrowest a pillar is drawn side by side with the
	// others: narrower, the board shows a window of columns and tabs.
	minWide = 24
	// stripWidth is the inbox narrowed to a strip, its separator included.
	stripWidth = 14
)

// slot is a column placed on the screen: column i in w cells, drawn as a
// strip or in full.
type slot struct {
	i, w  int
	strip bool
}

// layout is the columns shown in w cells, left to right, filling them;
// tabs reports that some columns are not shown.
func (b *Panel) layout(w int) (slots []slot, tabs bool) {
	n := len(b.cols)
	if w >= wideBoard && n > 1 {
		switch {
		case b.col == 0 && w/n >= minWide: // triaging: the inbox and every pillar
			for i := range n {
				slots = append(slots, slot{i: i, w: w / n})
			}
		case b.col != 0 && (w-stripWidth)/(n-1) >= minWide:
			slots = append(slots, slot{i: 0, w: stripWidth, strip: true})
			for i := 1; i < n; i++ {
				slots = append(slots, slot{i: i, w: (w - stripWidth) / (n - 1)})
			}
		}
	}
	if slots == nil { // a window of columns around the focused one
		first, shown, width := b.visibleColumns(w)
		for i := first; i < first+shown; i++ {
			slots = append(slots, slot{i: i, w: width})
		}
		tabs = shown < n
	}
	// the cells left over (fewer than the columns, each being w/n cut
	// down) go one each to the columns from the left
	left := w
	for _, s := range slots {
		left -= s.w
	}
	for k := range slots {
		if !slots[k].strip && left > 0 {
			slots[k].w++
			left--
		}
	}
	return slots, tabs
}

// slotLines draws a placed column in exactly h lines, leaving room on its
// right for the separator joinColumns draws, unless it is the last.
func (b *Panel) slotLines(s slot, h int, last bool) []string {
	if s.strip {
		return b.stripLines(s.i, s.w, h)
	}
	return b.columnLines(s.i, s.w, h, !last)
}

// stripLines draws column i (the inbox) as a strip of w cells (its
// separator's two included) and h lines:
// its name and count, then one line per row, cut to the first characters.
// The rows are drawn once and kept, as the full column's are.
func (b *Panel) stripLines(i, w, h int) []string {
	st, t := b.c.Styles, b.c.T
	col := &b.cols[i]
	inner := w - 2
	out := make([]string, 0, h)
	out = append(out, st.Board.Heading.Render(common.Fit(fmt.Sprintf(t.FmtColumn, col.title, col.cards), inner)))
	top := common.ScrollWindow(0, col.cursor, len(col.rows), h-1)
	for j := top; j < len(col.rows) && len(out) < h; j++ {
		out = append(out, b.cached(col, j, -inner, func() string { return b.stripRow(col, j, inner) }))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", inner))
	}
	return out
}

// joinColumns writes h lines of the columns' lines side by side, each
// column but the last followed by a space and a separator, every line
// ending in a line break.
func (b *Panel) joinColumns(sb *strings.Builder, blocks [][]string, h int) {
	sep := " " + b.c.Styles.Board.Separator.Render("│")
	size := 0
	for _, bl := range blocks {
		if len(bl) > 0 {
			size += len(bl[0]) + len(sep)
		}
	}
	sb.Grow(h * (size + 1))
	for r := range h {
		for k, bl := range blocks {
			sb.WriteString(bl[r])
			if k < len(blocks)-1 {
				sb.WriteString(sep)
			}
		}
		sb.WriteByte('\n')
	}
}

// stripRow is row j of the inbox in one line of w cells.
func (b *Panel) stripRow(col *boardColumn, j, w int) string {
	st, t := b.c.Styles, b.c.T
	r := col.rows[j]
	switch r.kind {
	case rowCard:
		return st.Roster.Row.Render(common.Fit(t.SourceTags[r.card.Source]+" "+common.OneLine(r.card.Text), w))
	case rowGroup:
		return st.Board.Group.Render(common.Fit(b.groupText(r, false), w))
	}
	return st.Roster.Empty.Render(common.Fit(r.label, w))
}
