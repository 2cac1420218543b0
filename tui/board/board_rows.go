package board

// board_rows.go: a column drawn row by row. A card wraps to as many lines
// as it needs up to cardLines (the selected one in full); rows not under
// the cursor are drawn once and kept, so a frame costs only the rows on
// the screen, whatever the number of cards.

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"yoriai/model"
	"yoriai/tui/common"
)

// cardLines is how many lines a card takes at most on the board and the
// wall; the selected card takes as many as it needs.
const cardLines = 3

// columnLines draws column i in exactly h lines of w cells (less the
// separator's two when sep; joinColumns draws it): its heading,
// then the rows in a window that ends at the cursor when the rows above
// it do not all fit. Only the rows in the window (and the few above it
// that are measured to place it) are drawn.
func (b *Panel) columnLines(i, w, h int, sep bool) []string {
	st, t := b.c.Styles, b.c.T
	col := &b.cols[i]
	inner := w
	if sep {
		inner = w - 2
	}
	focused := i == b.col
	out := make([]string, 0, h)
	head := st.Board.Heading
	if focused {
		head = st.Board.HeadingActive
	}
	out = append(out, head.Render(common.Fit(fmt.Sprintf(t.FmtColumn, col.title, col.cards), inner)))
	var cur string // the row under the cursor, drawn once per frame
	row := func(j int) string {
		if focused && j == col.cursor {
			if cur == "" {
				cur = b.drawRow(col, j, inner, true)
			}
			return cur
		}
		return b.rowLine(col, j, inner)
	}
	for j := windowTop(col.cursor, h-1, row); j < len(col.rows) && len(out) < h; j++ {
		for l := range strings.SplitSeq(row(j), "\n") {
			if len(out) < h {
				out = append(out, l)
			}
		}
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", inner))
	}
	return out
}

// windowTop is the first row to draw in h lines so that the row cursor
// shows: 0 while rows 0 to cursor fit, else the first of the rows that
// end at the cursor and fit. row(j) is row j as drawn; at most h+1 rows
// are measured, as every row takes a line at least.
func windowTop(cursor, h int, row func(int) string) int {
	height := func(j int) int { return strings.Count(row(j), "\n") + 1 }
	sum := 0
	for j := 0; j <= cursor && sum <= h; j++ {
		sum += height(j)
	}
	if sum <= h {
		return 0
	}
	top, sum := cursor, height(cursor)
	for top > 0 {
		next := height(top - 1)
		if sum+next > h {
			break
		}
		sum, top = sum+next, top-1
	}
	return top
}

// rowLine draws row j of col in w cells, not under the cursor. It is
// drawn once and kept until the rows, the width or the theme change.
func (b *Panel) rowLine(col *boardColumn, j, w int) string {
	return b.cached(col, j, w, func() string { return b.drawRow(col, j, w, false) })
}

// cached is row j of col as draw draws it, kept under key (a width; the
// inbox strip uses its negative) and the theme.
func (b *Panel) cached(col *boardColumn, j, key int, draw func() string) string {
	st := b.c.Styles
	if len(col.drawn) != len(col.rows) || col.drawnW != key || col.drawnTheme != st.Theme || col.drawnDark != st.IsDark {
		col.drawn = make([]string, len(col.rows))
		col.drawnW, col.drawnTheme, col.drawnDark = key, st.Theme, st.IsDark
	}
	if col.drawn[j] == "" {
		col.drawn[j] = draw()
	}
	return col.drawn[j]
}

// drawRow draws row j of col in lines of exactly w cells: a card wrapped
// under its tag to cardLines lines (all it needs when selected), any other
// row in one line.
func (b *Panel) drawRow(col *boardColumn, j, w int, selected bool) string {
	st, t := b.c.Styles, b.c.T
	r := col.rows[j]
	lead := " "
	if selected {
		lead = ">"
	}
	switch r.kind {
	case rowNote:
		return st.Roster.Empty.Render(common.Fit("  "+r.label, w))
	case rowSection:
		return st.Board.Section.Render(common.Fit("― "+r.label, w))
	case rowGroup:
		style := st.Board.Group
		if selected {
			style = st.Roster.Selected
		}
		return style.Render(common.Fit(lead+b.groupText(r, true), w))
	}
	c := *r.card
	tag := t.KindTags[c.Kind]
	if col.pillarID == 0 {
		tag = t.SourceTags[c.Source]
	}
	indent := ""
	if r.depth > 0 {
		indent = "└"
	}
	body := common.OneLine(c.Text)
	if name := b.author(c); name != "" {
		body += t.Aside(name)
	}
	limit := cardLines
	if selected {
		limit = 0
	}
	style := st.Roster.Row
	switch {
	case selected:
		style = st.Roster.Selected
	case c.Kind == model.CardGoal && r.depth == 0 && col.pillarID != 0:
		style = st.Board.Loose
	}
	prefix := fmt.Sprintf("%s%s %s%s ", lead, common.Fit(b.mark(c), 2), indent, tag)
	lines := wrapCard(prefix, body, w, limit)
	for k, l := range lines {
		lines[k] = style.Render(common.Fit(l, w))
	}
	return strings.Join(lines, "\n")
}

// groupText is a KJ法 label as a row shows it: folded or open (when marked),
// its name and how many cards it holds.
func (b *Panel) groupText(r boardRow, marked bool) string {
	name := r.label
	if name == "" {
		name = b.c.T.Unlabelled
	}
	if !marked {
		return b.c.T.Heading(name)
	}
	mark := "▼"
	if r.folded {
		mark = "▶"
	}
	return fmt.Sprintf("%s%s %d", mark, b.c.T.Heading(name), r.count)
}

// mark is 新 for a card added since the previous meeting, 更 for one
// changed since, else nothing.
func (b *Panel) mark(c model.Card) string {
	switch model.MarkSince(c, b.since) {
	case model.MarkNew:
		return b.c.T.MarkNew
	case model.MarkChanged:
		return b.c.T.MarkChanged
	}
	return ""
}

// wrapCard is body wrapped after prefix in lines of at most w cells, the
// lines after the first indented under the body's start: at most limit
// lines (the last ending in "…" when the body is cut), or all of them
// when limit is 0. Lines are not padded.
func wrapCard(prefix, body string, w, limit int) []string {
	pw := common.Width(prefix)
	tw := w - pw
	if tw < 4 { // no room to wrap: one line, cut
		return []string{prefix + body}
	}
	lines := strings.Split(common.Wrap(body, tw), "\n")
	if limit > 0 && len(lines) > limit {
		lines = lines[:limit]
		last := lines[limit-1]
		lines[limit-1] = ansi.Truncate(last, tw-1, "") + "…"
	}
	pad := strings.Repeat(" ", pw)
	for k := range lines {
		if k == 0 {
			lines[k] = prefix + lines[k]
			continue
		}
		lines[k] = pad + lines[k]
	}
	return lines
}
