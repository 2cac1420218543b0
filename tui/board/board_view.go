package board

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// minColumn is the narrowest a column is drawn: room for a card's text.
const minColumn = 36

// columnWidth is how many columns fit side by side in w cells, and how
// wide each is: one at a time below 100 cells, else as many as fit at
// minColumn cells or more.
func (b *Panel) columnWidth(w int) (n, width int) {
	n = len(b.cols)
	if w < 100 {
		return 1, w
	}
	n = max(min(n, w/minColumn), 1)
	return n, w / n
}

// visibleColumns is the first column shown and how many: a window of
// columns that holds the focused one.
func (b *Panel) visibleColumns(w int) (first, n, width int) {
	n, width = b.columnWidth(w)
	first = min(max(b.col-n+1, 0), len(b.cols)-n)
	if b.col < first {
		first = b.col
	}
	return max(first, 0), n, width
}

// View draws the board in w×h cells: the tabs when not every column
// fits, the columns, and the selected card in full at the bottom; an
// open editor, picker or entry takes the bottom instead.
func (b *Panel) View(w, h int) string {
	t := b.c.T
	if !b.loaded {
		return t.Loading
	}
	if b.focus {
		return b.focusView(w, h)
	}
	if b.chat != nil {
		return b.chat.View(w, h)
	}
	var bottom string
	switch {
	case b.editor != nil:
		bottom = b.editor.View(w)
	case b.picker != nil:
		bottom = b.picker.View(b.c, w, max(h/2, 5))
	case b.entry != nil:
		bottom = b.entry.View(w)
	default:
		bottom = b.detailView(w)
	}
	bottomH := lipgloss.Height(bottom)
	var top []string
	first, n, width := b.visibleColumns(w)
	if n < len(b.cols) {
		top = append(top, b.tabsView(w))
	}
	if b.filter != "" {
		top = append(top, b.c.Styles.Form.Hint.Render(common.Truncate(fmt.Sprintf(t.FmtFiltered, b.filter), w)))
	}
	colH := max(h-len(top)-bottomH, 2)
	blocks := make([][]string, 0, n)
	for i := first; i < first+n; i++ {
		cw := width
		if i == first+n-1 {
			cw = w - width*(n-1) // the last column takes the rest
		}
		blocks = append(blocks, b.columnLines(i, cw, colH, i < first+n-1))
	}
	lines := top
	for r := range colH {
		var sb strings.Builder
		for _, bl := range blocks {
			sb.WriteString(bl[r])
		}
		lines = append(lines, sb.String())
	}
	return common.ClampHeight(strings.Join(lines, "\n")+"\n"+bottom, h)
}

// tabsView names every column, the focused one marked.
func (b *Panel) tabsView(w int) string {
	st := b.c.Styles
	var parts []string
	for i, col := range b.cols {
		name := fmt.Sprintf(b.c.T.FmtColumn, col.title, col.cards)
		if i == b.col {
			parts = append(parts, st.Board.TabActive.Render("["+name+"]"))
			continue
		}
		parts = append(parts, st.Board.Tab.Render(" "+name+" "))
	}
	return common.Truncate(strings.Join(parts, ""), w)
}

// columnLines draws column i in exactly h lines of w cells: its heading,
// then the rows in a window around the cursor. Only those rows are drawn.
func (b *Panel) columnLines(i, w, h int, sep bool) []string {
	st, t := b.c.Styles, b.c.T
	col := &b.cols[i]
	inner := w
	if sep {
		inner = w - 2
	}
	out := make([]string, 0, h)
	head := st.Board.Heading
	if i == b.col {
		head = st.Board.HeadingActive
	}
	out = append(out, head.Render(common.Fit(fmt.Sprintf(t.FmtColumn, col.title, col.cards), inner)))
	rows := h - 1
	top := common.ScrollWindow(0, col.cursor, len(col.rows), rows)
	for j := top; j < len(col.rows) && j < top+rows; j++ {
		out = append(out, b.rowLine(col, j, inner, i == b.col))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", inner))
	}
	if sep {
		bar := st.Board.Separator.Render("│")
		for k := range out {
			out[k] = out[k] + " " + bar
		}
	}
	return out
}

// rowLine draws row j of col in w cells. A row not under the cursor is
// drawn once and kept until the rows, the width or the theme change.
func (b *Panel) rowLine(col *boardColumn, j, w int, focused bool) string {
	selected := focused && j == col.cursor
	if selected {
		return b.drawRow(col, j, w, true)
	}
	st := b.c.Styles
	if len(col.drawn) != len(col.rows) || col.drawnW != w || col.drawnTheme != st.Theme || col.drawnDark != st.IsDark {
		col.drawn = make([]string, len(col.rows))
		col.drawnW, col.drawnTheme, col.drawnDark = w, st.Theme, st.IsDark
	}
	if col.drawn[j] == "" {
		col.drawn[j] = b.drawRow(col, j, w, false)
	}
	return col.drawn[j]
}

func (b *Panel) drawRow(col *boardColumn, j, w int, selected bool) string {
	st, t := b.c.Styles, b.c.T
	r := col.rows[j]
	var text string
	style := st.Roster.Row
	switch r.kind {
	case rowNote:
		return st.Roster.Empty.Render(common.Fit("  "+r.label, w))
	case rowSection:
		return st.Board.Section.Render(common.Fit("― "+r.label, w))
	case rowGroup:
		mark := "▼"
		if r.folded {
			mark = "▶"
		}
		name := r.label
		if name == "" {
			name = t.Unlabelled
		}
		text, style = fmt.Sprintf("%s%s %d", mark, t.Heading(name), r.count), st.Board.Group
	default:
		c := *r.card
		tag := t.KindTags[c.Kind]
		if col.pillarID == 0 {
			tag = t.SourceTags[c.Source]
		}
		mark := "  "
		switch model.MarkSince(c, b.since) {
		case model.MarkNew:
			mark = t.MarkNew
		case model.MarkChanged:
			mark = t.MarkChanged
		}
		indent := ""
		if r.depth > 0 {
			indent = "└"
		}
		text = fmt.Sprintf("%s %s%s %s", common.Fit(mark, 2), indent, tag, common.OneLine(c.Text))
		if name := b.author(c); name != "" {
			text += t.Aside(name)
		}
		if c.Kind == model.CardGoal && r.depth == 0 && col.pillarID != 0 {
			style = st.Board.Loose
		}
	}
	if selected {
		return st.Roster.Selected.Render(common.Fit(">"+text, w))
	}
	return style.Render(common.Fit(" "+text, w))
}

// author is who a card is by: a roster name, or the name an imported chat
// line gave.
func (b *Panel) author(c model.Card) string {
	if c.AuthorID != 0 {
		for _, p := range b.people {
			if p.ID == c.AuthorID {
				return p.Name
			}
		}
	}
	return c.AuthorName
}

// detailView is the selected card in full: two lines of text and where it
// came from, who and when.
func (b *Panel) detailView(w int) string {
	st, t := b.c.Styles, b.c.T
	c, ok := b.selected()
	if !ok {
		return st.Board.Detail.Render(common.Fit("", w)) + "\n" + st.Form.Hint.Render(common.Fit("", w))
	}
	lines := strings.Split(common.Wrap(common.OneLine(c.Text), w), "\n")
	text := lines[0]
	if len(lines) > 1 {
		text = common.Truncate(lines[0]+"…", w)
	}
	meta := []string{t.KindNames[c.Kind], t.SourceLabel + t.SourceNames[c.Source]}
	if name := b.author(c); name != "" {
		meta = append(meta, t.AuthorLabel+name)
	}
	meta = append(meta, t.CreatedLabel+c.CreatedAt.Format(t.Marks.Stamp))
	if c.Label != "" {
		meta = append(meta, t.LabelLabel+c.Label)
	}
	switch model.MarkSince(c, b.since) {
	case model.MarkNew:
		meta = append(meta, t.MarkNew)
	case model.MarkChanged:
		meta = append(meta, t.MarkChanged)
	}
	return st.Board.Detail.Render(common.Fit(text, w)) + "\n" + st.Form.Hint.Render(common.Fit(strings.Join(meta, t.Marks.Sep), w))
}

// focusView is one problem and its goals, large, for the projector: the
// selected problem, or the problem of the selected goal.
func (b *Panel) focusView(w, h int) string {
	st, t := b.c.Styles, b.c.T
	c, _ := b.selected()
	problem := c
	if c.Kind == model.CardGoal {
		for _, p := range b.cards {
			if p.ID == b.links[c.ID] {
				problem = p
			}
		}
	}
	var goals []model.Card
	if problem.Kind == model.CardProblem {
		for _, g := range b.cards {
			if g.Kind == model.CardGoal && b.links[g.ID] == problem.ID {
				goals = append(goals, g)
			}
		}
	}
	pillar := t.Inbox
	for _, p := range b.pillars {
		if p.ID == problem.PillarID {
			pillar = p.Name
		}
	}
	lines := []string{st.Slide.Kind.Render(common.Truncate(pillar+t.Marks.Sep+t.KindNames[problem.Kind], w)),
		st.Slide.Title.Width(w).Render(problem.Text), ""}
	if problem.Kind == model.CardProblem {
		lines = append(lines, st.Slide.Label.Render(common.Truncate(t.KindNames[model.CardGoal], w)))
		for _, g := range goals {
			lines = append(lines, st.Slide.Body.Render(common.Wrap(t.Marks.Bullet+g.Text, w)))
		}
	}
	return common.ClampHeight(strings.Join(lines, "\n"), h)
}

// Cursor is the cursor of the editor or entry, relative to the top of the
// board's area of w×h cells.
func (b *Panel) Cursor(w, h int) *tea.Cursor {
	switch {
	case b.editor != nil:
		c := b.editor.Cursor()
		if c == nil {
			return nil
		}
		c.Y += h - lipgloss.Height(b.editor.View(w))
		return c
	case b.entry != nil:
		return b.entry.Cursor(w, h)
	case b.chat != nil:
		return b.chat.Cursor(w, h)
	}
	return nil
}
