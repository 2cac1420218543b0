package poll

import (
	"fmt"
	"math"
	"strings"

	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// poll_results.go: a round's results once revealed: a bar chart per
// choice question and the reasons grouped under their labels.

// revealedLines is the results: a bar chart per choice question and the
// reasons grouped under their labels, scrolled to keep the chosen reason
// in sight.
func (p *Panel) revealedLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	d := p.data
	n := 0
	for q, pq := range d.poll.Questions {
		if pq.Kind == model.QuestionChoice && q < len(d.results) {
			n = max(n, d.results[q].Total())
		}
	}
	if d.poll.Mode == model.PollAnonymous {
		n = p.ballots()
	}
	lines := []string{p.head(w, t.ResultsTitle, t.N(n))}
	type row struct {
		text   string
		style  lipgloss.Style
		reason int // index in d.reasons; -1 for other rows
	}
	var rows []row
	add := func(text string, style lipgloss.Style) { rows = append(rows, row{text, style, -1}) }
	ri := 0
	for q, pq := range d.poll.Questions {
		add(fmt.Sprintf("Q%d. %s", q+1, pq.Text), st.Poll.Question)
		if pq.Kind == model.QuestionChoice && q < len(d.results) {
			for _, l := range barChart(st, pq, d.results[q], w) {
				rows = append(rows, row{l, lipgloss.NewStyle(), -1})
			}
			for _, e := range d.earlier[q] { // the same question at an earlier meeting
				shares := make([]string, len(pq.Choices))
				for c := range pq.Choices {
					shares[c] = fmt.Sprintf("%.0f%%", e.result.Share(c)*100)
				}
				add("  "+t.Compared(e.meeting, e.result.Total())+strings.Join(shares, " / "), st.Slide.Label)
			}
			continue
		}
		start := ri
		for ri < len(d.reasons) && d.reasons[ri].Question == q {
			ri++
		}
		if start == ri {
			add("  "+t.NoReasons, st.Poll.Hidden)
			continue
		}
		add(t.Reasons(ri-start), st.Slide.Label)
		label, labelled := "\x00", d.reasons[start].Label != "" // grouped first, so only the first can tell
		for i := start; i < ri; i++ {
			r := d.reasons[i]
			if r.Label != label && labelled {
				label = r.Label
				name := label
				if name == "" {
					name = t.Unlabelled
				}
				add(t.Heading(name), st.Poll.Group)
			}
			rows = append(rows, row{common.OneLine(r.Text), st.Roster.Row, i})
		}
	}
	cursorRow := 0
	for j, r := range rows {
		if r.reason == p.cursor {
			cursorRow = j
		}
	}
	space := max(h-len(lines), 1)
	top := common.ScrollWindow(0, cursorRow, len(rows), space)
	mark := st.Poll.Promoted.Render(" " + t.Promoted)
	markW := lipgloss.Width(mark)
	for _, r := range rows[top:min(top+space, len(rows))] {
		if r.reason < 0 {
			lines = append(lines, r.style.Render(common.Truncate(r.text, w)))
			continue
		}
		text, promoted := t.Marks.Bullet+r.text, d.reasons[r.reason].CardID != 0
		room := w - 2
		if promoted {
			room -= markW
		}
		if r.reason == p.cursor {
			text = st.Roster.Selected.Render(common.Fit("> "+text, room+2))
		} else {
			text = r.style.Render(common.Truncate("  "+text, room+2))
		}
		if promoted {
			text += mark
		}
		lines = append(lines, text)
	}
	return lines
}

// maxBar is the longest a bar gets, so that on a wide screen the counts
// stay near their bars.
const maxBar = 48

// barChart draws one bar per choice: the choice, a bar as long as its
// share, the count and the percentage. The bars are characters, not
// colours, so the chart reads in monochrome and on a washed-out projector.
func barChart(st *common.Styles, q model.PollQuestion, r model.Result, w int) []string {
	labelW := 0
	for _, c := range q.Choices {
		labelW = max(labelW, lipgloss.Width(c))
	}
	labelW = min(labelW, max(w/3, 6))
	top := 0
	for _, c := range r.Counts {
		top = max(top, c)
	}
	numW := len(fmt.Sprint(top))
	tailW := numW + 6 // " 12 100%"
	barW := min(max(w-2-labelW-1-tailW, 1), maxBar)
	lines := make([]string, 0, len(q.Choices))
	for i, c := range q.Choices {
		count := 0
		if i < len(r.Counts) {
			count = r.Counts[i]
		}
		cells := int(math.Round(r.Share(i) * float64(barW)))
		if count > 0 {
			cells = max(cells, 1)
		}
		bar := st.Poll.Bar.Render(strings.Repeat(st.Ink, cells)) + strings.Repeat(" ", barW-cells)
		tail := st.Poll.Count.Render(fmt.Sprintf(" %*d %3.0f%%", numW, count, r.Share(i)*100))
		lines = append(lines, common.Truncate("  "+common.Fit(c, labelW)+" "+bar+tail, w))
	}
	return lines
}
