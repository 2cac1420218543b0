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
// wide each is: one at a time below wideBoard cells, else as many as fit at
// minColumn cells or more.
func (b *Panel) columnWidth(w int) (n, width int) {
	n = len(b.cols)
	if w < wideBoard {
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
	if b.wall {
		return b.wallView(w, h)
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
	slots, tabs := b.layout(w)
	if tabs {
		top = append(top, b.tabsView(w))
	}
	if b.filter != "" {
		top = append(top, b.c.Styles.Form.Hint.Render(common.Truncate(fmt.Sprintf(t.FmtFiltered, b.filter), w)))
	}
	colH := max(h-len(top)-bottomH, 2)
	blocks := make([][]string, 0, len(slots))
	for k, s := range slots {
		blocks = append(blocks, b.slotLines(s, colH, k == len(slots)-1))
	}
	var sb strings.Builder
	for _, l := range top {
		sb.WriteString(l + "\n")
	}
	b.joinColumns(&sb, blocks, colH)
	sb.WriteString(bottom)
	if len(top)+colH+bottomH > h { // too small for all of it
		return common.ClampHeight(sb.String(), h)
	}
	return sb.String()
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
