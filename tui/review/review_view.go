package review

// review_view.go: the rows of the ふりかえり, drawn once per change of the
// data, the width, the chosen 宿題 or the theme; View only slices them.

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"yoriai/export"
	"yoriai/model"
	"yoriai/tui/common"
)

// View shows the rows that fit in h, scrolled; the chosen 宿題 is brought
// into sight after tab.
func (p *Panel) View(w, h int) string {
	p.h = max(h, 1)
	if !p.loaded {
		return common.Truncate(p.c.T.Loading, w)
	}
	k := builtKey{width: w, projector: p.slide.Projector, sel: p.sel, gen: p.gen}
	if k != p.built {
		p.built = k
		p.lines, p.action = p.rows(w)
	}
	cut := len(p.lines) > h && h >= 2
	if cut { // the last row says there is more
		p.h = h - 1
	}
	if p.follow && p.sel < len(p.action) {
		first, last := p.action[p.sel], p.action[p.sel]+1 // an action is two rows
		if first < p.top {
			p.top = first
		}
		if last >= p.top+p.h {
			p.top = last - p.h + 1
		}
	}
	p.follow = false
	p.clamp()
	out := strings.Join(p.lines[p.top:min(p.top+p.h, len(p.lines))], "\n")
	if cut {
		out += "\n" + p.c.Styles.Form.Hint.Render(common.MarkRow(p.top, p.h, len(p.lines), w))
	}
	return out
}

// rows is the ふりかえり as lines w cells wide, and the row of each 宿題.
func (p *Panel) rows(w int) ([]string, []int) {
	st, t, r := p.c.Styles, p.c.T, p.review
	rt := t.Review
	var lines []string
	add := func(style lipgloss.Style, indent int, text string) {
		pad := strings.Repeat(" ", indent)
		for _, l := range strings.Split(common.Wrap(text, max(w-indent, 4)), "\n") {
			lines = append(lines, style.Render(common.Truncate(pad+l, w)))
		}
	}
	section := func(title string) {
		if len(lines) > 0 {
			lines = append(lines, "")
		}
		add(st.Review.Section, 0, title)
	}
	none := func(indent int) { add(st.Review.Empty, indent, rt.None) }
	if p.none {
		if strings.TrimSpace(p.slide.Item.Body) != "" {
			add(st.Slide.Body, 0, p.slide.Item.Body)
			lines = append(lines, "")
		}
		add(st.Review.Empty, 0, rt.NoPrevious)
		return lines, nil
	}
	if strings.TrimSpace(r.Body) != "" {
		add(st.Slide.Body, 0, strings.TrimRight(r.Body, "\n"))
	}
	prev := r.Previous.Title

	section(rt.Decisions(prev))
	if len(r.Decisions) == 0 {
		none(2)
	}
	for _, e := range r.Decisions {
		add(st.Review.Row, 2, t.Marks.Bullet+common.OneLine(e.Text))
	}

	open := 0
	for _, a := range r.Actions {
		if a.Entry.Open() {
			open++
		}
	}
	section(rt.Actions(open))
	if len(r.Actions) == 0 {
		none(2)
	}
	var at []int
	for i, a := range r.Actions {
		at = append(at, len(lines))
		lines = append(lines, p.actionRows(a, i == p.sel, w)...)
	}

	section(rt.Polls(prev))
	if len(r.Polls) == 0 {
		none(2)
	}
	for _, rp := range r.Polls {
		lines = append(lines, p.pollRows(rp, w)...)
	}

	section(rt.Task1(prev))
	if r.Since.IsZero() {
		add(st.Review.Empty, 2, rt.NotEnded)
	}
	for _, pc := range r.Task1 {
		add(st.Slide.Meta, 2, pc.Pillar.Name)
		if len(pc.Cards) == 0 {
			none(4)
		}
		for _, rc := range pc.Cards {
			mark := t.MarkNew
			if rc.Mark == model.MarkChanged {
				mark = t.MarkChanged
			}
			add(st.Review.Row, 4, st.Review.Mark.Render(mark)+" "+t.Labelled(t.KindNames[rc.Card.Kind], common.OneLine(rc.Card.Text)))
		}
	}

	section(rt.Chat(prev, len(r.Chat)))
	if len(r.Chat) == 0 {
		none(2)
	}
	for _, c := range r.Chat {
		text := common.OneLine(c.Text)
		if name := p.author(c); name != "" {
			text = t.Labelled(name, text)
		}
		add(st.Review.Row, 2, t.Marks.Bullet+text)
	}
	return lines, at
}

// actionRows is one 宿題 in two rows: what to do and where it was raised,
// then 担当, 期限 and whether it is overdue or done; the chosen one marked.
func (p *Panel) actionRows(a export.ReviewAction, chosen bool, w int) []string {
	st, t := p.c.Styles, p.c.T
	rt := t.Review
	what := common.OneLine(a.Entry.Text) + fmt.Sprintf(rt.FmtRaisedIn, a.Meeting)
	who := rt.NoSelf
	if a.Assignee != "" {
		who = fmt.Sprintf(rt.FmtAssignee, a.Assignee)
	}
	meta := []string{who, t.Due(a.Entry.Due)}
	style := st.Review.Row
	switch {
	case !a.Entry.Open():
		meta, style = append(meta, rt.Done), st.Review.Done
	case a.Overdue:
		meta = append(meta, st.Review.Overdue.Render(rt.Overdue))
	}
	first, second := "  "+t.Marks.Bullet+what, "      "+strings.Join(meta, t.Marks.Join)
	if chosen {
		return []string{st.Review.Selected.Render(common.Fit("> "+t.Marks.Bullet+what, w)),
			st.Review.Selected.Render(common.Fit(second, w))}
	}
	return []string{style.Render(common.Truncate(first, w)), style.Render(common.Truncate(second, w))}
}

// pollRows is one question of the previous meeting's polls: its shares
// per choice, then the same question's at earlier meetings.
func (p *Panel) pollRows(rp export.ReviewPoll, w int) []string {
	st, t := p.c.Styles, p.c.T
	lines := []string{st.Slide.Meta.Render(common.Truncate("  "+t.Review.PollHead(
		common.OneLine(rp.Question.Text), t.ModeNames[rp.Mode], rp.Result.Total()), w))}
	labelW := 0
	for _, c := range rp.Question.Choices {
		labelW = max(labelW, lipgloss.Width(c))
	}
	labelW = min(labelW, max(w/2, 6))
	for i, c := range rp.Question.Choices {
		n := 0
		if i < len(rp.Result.Counts) {
			n = rp.Result.Counts[i]
		}
		lines = append(lines, st.Review.Row.Render(common.Truncate(
			fmt.Sprintf("    %s %3d %3.0f%%", common.Fit(c, labelW), n, rp.Result.Share(i)*100), w)))
	}
	for _, e := range rp.Earlier {
		shares := make([]string, len(rp.Question.Choices))
		for c := range rp.Question.Choices {
			shares[c] = fmt.Sprintf("%.0f%%", e.Result.Share(c)*100)
		}
		lines = append(lines, st.Slide.Label.Render(common.Truncate("    "+t.Compared(e.Meeting, e.Result.Total())+
			strings.Join(shares, " / "), w)))
	}
	return lines
}

// author is who wrote a chat line: the roster's name, else the name in
// the chat export.
func (p *Panel) author(c model.Card) string {
	if c.AuthorID != 0 {
		for _, pp := range p.people {
			if pp.ID == c.AuthorID {
				return pp.Name
			}
		}
	}
	return c.AuthorName
}
