package board

// board_wall.go: the wall (壁表示, W), the board as the room reads it on the
// projector: the pillars alone side by side, under each its KJ法 labels as
// headings, the problems and under them the goals that say when they are
// solved, wrapped to cardLines lines. No inbox, no cursor, and nothing only
// the facilitator needs (where a card came from, who said it, when); the
// 新/更 marks stay, they tell the room what is new. ↑/↓ scroll every
// pillar together when one goes on below; ←/→ choose the pillars shown
// when not all fit; W or esc goes back to the board.
//
// The wall is drawn from the rows the board keeps, and only the rows on
// the screen are drawn.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// wallKey handles a key on the wall; false leaves it to the meeting.
func (b *Panel) wallKey(km tea.KeyPressMsg) bool {
	k := b.c.Keys
	switch {
	case key.Matches(km, k.Wall) || key.Matches(km, k.Back):
		b.wall = false
	case key.Matches(km, k.Down):
		b.scrollWall(1)
	case key.Matches(km, k.Up):
		b.scrollWall(-1)
	case key.Matches(km, k.PageDown):
		b.scrollWall(10)
	case key.Matches(km, k.PageUp):
		b.scrollWall(-10)
	case key.Matches(km, k.NextColumn) && len(b.cols) > 1:
		b.col = b.col%(len(b.cols)-1) + 1 // the pillars only
	case key.Matches(km, k.PrevColumn) && len(b.cols) > 1:
		b.col = (b.col+len(b.cols)-3)%(len(b.cols)-1) + 1
	default:
		return false
	}
	return true
}

// scrollWall moves the wall's first row by delta, within the longest
// pillar, and down only while a pillar goes on below.
func (b *Panel) scrollWall(delta int) {
	if delta > 0 && !b.wallMore {
		return
	}
	most := 0
	for _, col := range b.cols[1:] {
		most = max(most, len(col.rows))
	}
	b.wallTop = min(max(b.wallTop+delta, 0), max(most-1, 0))
}

// wallHelp is the footer on the wall.
func (b *Panel) wallHelp() []key.Binding {
	k := b.c.Keys
	scroll := k.Down
	scroll.SetHelp("↑/↓", b.c.T.Wall.KeyScroll)
	return []key.Binding{k.Wall, scroll, k.NextColumn}
}

// wallView draws the wall in w×h cells: as many pillars as fit at minWide
// cells or more (all of them from about 80 cells on), around the focused
// one. It notes whether a pillar goes on below, for scrolling.
func (b *Panel) wallView(w, h int) string {
	pillars := len(b.cols) - 1
	if pillars < 1 {
		return common.ClampHeight(b.c.T.EmptyColumn, h)
	}
	var top []string
	if b.filter != "" {
		top = append(top, b.c.Styles.Form.Hint.Render(common.Fit(fmt.Sprintf(b.c.T.FmtFiltered, b.filter), w)))
	}
	colH := max(h-len(top), 2)
	n := max(min(pillars, w/minWide), 1)
	focused := max(b.col, 1)
	first := min(max(focused-n+1, 1), pillars-n+1)
	width := w / n
	blocks := make([][]string, 0, n)
	b.wallMore = false
	for i := first; i < first+n; i++ {
		cw := width
		if i == first+n-1 {
			cw = w - width*(n-1)
		}
		lines, more := b.wallColumn(&b.cols[i], cw, colH, i < first+n-1)
		blocks = append(blocks, lines)
		b.wallMore = b.wallMore || more
	}
	var sb strings.Builder
	for _, l := range top {
		sb.WriteString(l + "\n")
	}
	b.joinColumns(&sb, blocks, colH)
	return strings.TrimSuffix(sb.String(), "\n")
}

// wallColumn draws a pillar in exactly h lines of w cells, from the wall's
// first row: its name, then its labels, problems and goals; the last line
// says so when more follows, and more reports it.
func (b *Panel) wallColumn(col *boardColumn, w, h int, sep bool) ([]string, bool) {
	st, t := b.c.Styles, b.c.T
	inner := w
	if sep {
		inner = w - 2
	}
	title := fmt.Sprintf(t.FmtColumn, col.title, col.cards)
	start := min(b.wallTop, len(col.rows))
	if start > 0 {
		title += " ▲"
	}
	out := []string{st.Board.HeadingActive.Render(common.Fit(" "+title, inner))}
	more := false
	for j := start; j < len(col.rows) && !more; j++ {
		lines := b.wallRow(col.rows[j], inner)
		if lines == nil {
			continue
		}
		if col.rows[j].kind != rowCard && len(out) > 1 { // a label or section: a blank line above it
			lines = append([]string{strings.Repeat(" ", inner)}, lines...)
		}
		for _, l := range lines {
			if len(out) == h {
				more = true
				break
			}
			out = append(out, l)
		}
	}
	if more && h > 1 {
		out[h-1] = st.Form.Hint.Render(common.Fit(" "+t.Wall.More, inner))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", inner))
	}
	return out, more
}

// wallRow is row r of a pillar on the wall, in lines of exactly w cells;
// nil for a row the wall leaves out (the hint of an empty pillar).
func (b *Panel) wallRow(r boardRow, w int) []string {
	st, t := b.c.Styles, b.c.T
	switch r.kind {
	case rowNote:
		return nil
	case rowSection:
		return []string{st.Board.Section.Render(common.Fit(" ― "+r.label, w))}
	case rowGroup:
		return []string{st.Board.Group.Render(common.Fit(" "+b.groupText(r, r.folded), w))}
	}
	c := *r.card
	style := st.Board.Detail // a problem stands out
	indent := ""
	switch {
	case r.depth > 0:
		style, indent = st.Roster.Row, "  └"
	case c.Kind == model.CardGoal:
		style = st.Board.Loose
	}
	prefix := fmt.Sprintf(" %s %s%s ", common.Fit(b.mark(c), 2), indent, t.KindTags[c.Kind])
	lines := wrapCard(prefix, common.OneLine(c.Text), w, cardLines)
	for k, l := range lines {
		lines[k] = style.Render(common.Fit(l, w))
	}
	return lines
}
