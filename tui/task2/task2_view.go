package task2

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// View draws Task ② in w×h cells: the views' tabs and the round, then the
// view, or the form, setup, confirmation or reason that is open.
func (p *Panel) View(w, h int) string {
	st, t := p.c.Styles, p.c.T
	if !p.loaded {
		return t.Loading
	}
	if p.form != nil {
		return p.form.view(w, h)
	}
	if p.setup != nil {
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, p.setupView(min(w, 72)))
	}
	if p.confirm != t2None {
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, p.dialogView(w))
	}
	head := []string{p.tabsView(w), st.Poll.Head.Render(common.Truncate(p.roundText(), w))}
	var bottom string
	if p.reason != nil {
		bottom = p.reason.View(w)
	}
	rows := max(h-len(head)-lipgloss.Height(bottom), 1)
	if bottom == "" {
		rows = h - len(head)
	}
	var body []string
	switch p.shown {
	case viewVote:
		body = p.voteLines(w, rows)
	case viewRank:
		body = p.rankLines(w, rows)
	default:
		body = p.planLines(w, rows)
	}
	out := strings.Join(append(head, body...), "\n")
	if bottom != "" {
		out = common.PadHeight(common.ClampHeight(out, h-lipgloss.Height(bottom)), h-lipgloss.Height(bottom)) + "\n" + bottom
	}
	return common.ClampHeight(out, h)
}

func (p *Panel) tabsView(w int) string {
	st, t := p.c.Styles, p.c.T
	var parts []string
	for i, name := range []string{t.TabVote, t.TabRank, t.TabPlan} {
		if task2View(i) == p.shown {
			parts = append(parts, st.Board.TabActive.Render("["+name+"]"))
			continue
		}
		parts = append(parts, st.Board.Tab.Render(" "+name+" "))
	}
	return common.Truncate(strings.Join(parts, " "), w)
}

// roundText says which round is the latest and how it runs.
func (p *Panel) roundText() string {
	t := p.c.T
	if !p.state.HasRound {
		return t.NoRound
	}
	r := p.state.Round
	if r.Method == model.MethodScore {
		s := fmt.Sprintf(t.FmtRoundScore, r.Number)
		if r.Closed() {
			s += t.RoundClosed
		}
		return s
	}
	s := fmt.Sprintf(t.FmtRoundDots, r.Number)
	if r.Mode == model.VoteTally {
		s += t.RoundTally
	} else {
		s += fmt.Sprintf(t.FmtRoundBudget, t.Count(i18n.UnitDots, r.Budget))
	}
	if r.Hidden && r.RevealedAt.IsZero() {
		s += t.RoundHidden
	}
	if r.Closed() {
		s += t.RoundClosed
	}
	return s
}

// pillarName is the short name of a pillar for a row.
func (p *Panel) pillarName(id int64) string {
	for _, pl := range p.pillars {
		if pl.ID == id {
			return pl.Name
		}
	}
	return ""
}

// window draws n rows of which cursor is one, in h lines, calling row for
// each visible index only.
func window(n, cursor, h int, row func(i int) string) []string {
	top := common.ScrollWindow(0, cursor, n, h)
	out := make([]string, 0, min(n, h))
	for i := top; i < n && i < top+h; i++ {
		out = append(out, row(i))
	}
	return out
}

// dots draws n dots, at most max of them, then the number.
func dots(n int) string {
	if n <= 0 {
		return "  0"
	}
	return strings.Repeat("●", min(n, 10)) + fmt.Sprintf(" %d", n)
}

func (p *Panel) voteLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	if len(p.problems) == 0 {
		return []string{st.Roster.Empty.Render(common.Wrap(t.NoProblemsYet, w))}
	}
	if !p.state.HasRound {
		return nil
	}
	r := p.state.Round
	var lines []string
	if r.Method == model.MethodScore {
		if p.matrix {
			return p.matrixLines(w, h)
		}
		lines = append(lines, st.Form.Hint.Render(common.Truncate(t.ScoreHint, w)))
	}
	who := p.voterID()
	if r.Method == model.MethodDots && r.Mode == model.VoteParticipant {
		name := t.NotSet
		if p.voter < len(p.people) {
			name = p.people[p.voter].Name
		}
		lines = append(lines, st.Form.Choice.Render(common.Truncate(fmt.Sprintf(t.FmtVoter, "< "+name+" >"), w))+"  "+
			st.Form.Hint.Render(fmt.Sprintf(t.FmtRemainingDots, r.Remaining(p.state.Votes, who), r.Budget)))
		if !r.ShowsTotals() {
			lines = append(lines, st.Poll.Hidden.Render(common.Truncate(t.TotalsHidden, w)))
		}
	}
	totals := p.state.Votes.Totals()
	tail := 18
	if r.Method == model.MethodDots && r.Mode == model.VoteParticipant && r.ShowsTotals() {
		tail = 26
	}
	if r.Method == model.MethodScore {
		tail = 30
	}
	textW := max(w-tail-2, 8)
	rows := window(len(p.problems), p.cursors[viewVote], max(h-len(lines), 1), func(i int) string {
		c := p.problems[i]
		text := common.Fit(common.OneLine(c.Text)+" "+t.Tag(p.pillarName(c.PillarID)), textW)
		var right string
		switch {
		case r.Method == model.MethodScore:
			sc := p.state.Scores[c.ID]
			imp, fea := scoreCell(sc.Impact), scoreCell(sc.Feasibility)
			if i == p.cursors[viewVote] {
				if p.scoreAt == 0 {
					imp = "[" + strings.Trim(imp, " ") + "]"
				} else {
					fea = "[" + strings.Trim(fea, " ") + "]"
				}
			}
			right = fmt.Sprintf("%s %3s  %s %3s", t.ImpactLabel, imp, t.FeasibilityLabel, fea)
		case r.Mode == model.VoteParticipant:
			right = common.Fit(dots(p.state.Votes[who][c.ID]), 14)
			if r.ShowsTotals() {
				right += fmt.Sprintf(t.Marks.FmtVoteTotal, totals[c.ID])
			}
		default:
			right = dots(totals[c.ID])
		}
		row := text + "  " + right
		if i == p.cursors[viewVote] {
			return st.Roster.Selected.Render(common.Fit("> "+row, w))
		}
		return st.Roster.Row.Render(common.Truncate("  "+row, w))
	})
	return append(lines, rows...)
}

func scoreCell(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprint(n)
}

// matrixLines is the 2×2 matrix of a scoring round: each quadrant names
// its problems.
func (p *Panel) matrixLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	var quads [4][]string
	for _, c := range p.problems {
		sc := p.state.Scores[c.ID]
		if !sc.Valid() {
			continue
		}
		q := sc.Quadrant()
		quads[q] = append(quads[q], fmt.Sprintf("%s (%d×%d)", common.OneLine(c.Text), sc.Impact, sc.Feasibility))
	}
	half := max((w-3)/2, 10)
	rows := max((h-4)/2, 1)
	cell := func(q model.Quadrant) []string {
		out := []string{st.Board.Group.Render(common.Fit(t.QuadrantNames[q], half))}
		for i, s := range quads[q] {
			if i >= rows-1 {
				out = append(out, common.Fit(fmt.Sprintf("…+%d", len(quads[q])-i), half))
				break
			}
			out = append(out, common.Fit(t.Marks.Bullet+s, half))
		}
		for len(out) < rows {
			out = append(out, strings.Repeat(" ", half))
		}
		return out
	}
	bar := st.Board.Separator.Render("│")
	var out []string
	out = append(out, st.Form.Hint.Render(common.Truncate("↑ "+t.ImpactLabel+"   → "+t.FeasibilityLabel+"  "+
		fmt.Sprintf(t.FmtMatrixScale, model.HighScore), w)))
	for _, pair := range [][2]model.Quadrant{{model.QuadrantPlan, model.QuadrantFirst}, {model.QuadrantLater, model.QuadrantQuickWin}} {
		l, r := cell(pair[0]), cell(pair[1])
		for i := range l {
			out = append(out, l[i]+" "+bar+" "+r[i])
		}
		out = append(out, st.Board.Separator.Render(strings.Repeat("─", min(w, half*2+3))))
	}
	return out
}

func (p *Panel) rankLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	if len(p.ranked) == 0 {
		return []string{st.Roster.Empty.Render(common.Wrap(t.NoProblemsYet, w))}
	}
	r := p.state.Round
	summary := p.chosenSummary(w)
	show := r.ShowsTotals()
	valueW := max(5, common.Width(t.Count(i18n.UnitVotes, 99))) // the value column fits a two-digit count
	rows := window(len(p.ranked), p.cursors[viewRank], max(h-len(summary), 1), func(i int) string {
		x := p.ranked[i]
		place := fmt.Sprintf("%2d", x.Place)
		tie := "    "
		if x.Tied && show {
			tie = t.TiedMark
		}
		value := ""
		switch {
		case !p.state.HasRound || !show:
		case r.Method == model.MethodScore && !x.Score.Valid():
			value = "-"
		case r.Method == model.MethodScore:
			value = fmt.Sprintf("%d×%d", x.Score.Impact, x.Score.Feasibility)
		default:
			value = t.Count(i18n.UnitVotes, x.Dots)
		}
		chosen := "  "
		if p.state.Chosen[x.Card.ID] {
			chosen = t.ChosenMark + " "
		}
		text := fmt.Sprintf("%s %s %s%s %s %s", place, common.Fit(tie, 4), chosen, common.Fit(value, valueW), common.OneLine(x.Card.Text), t.Tag(p.pillarName(x.Card.PillarID)))
		if len(x.Reasons) > 0 {
			text += t.Marks.Note + strings.Join(x.Reasons, t.Marks.NoteSep)
		}
		if i == p.cursors[viewRank] {
			return st.Roster.Selected.Render(common.Fit(">"+text, w))
		}
		return st.Roster.Row.Render(common.Truncate(" "+text, w))
	})
	return append(rows, summary...)
}

// chosenSummary is the problems chosen for the fiscal year, counted per
// pillar, and a warning for each pillar with none.
func (p *Panel) chosenSummary(w int) []string {
	st, t := p.c.Styles, p.c.T
	by, missing := model.ChosenByPillar(p.pillars, p.ranked, p.state.Chosen)
	var parts []string
	for _, pl := range p.pillars {
		parts = append(parts, pl.Name+" "+t.Count(i18n.UnitItems, len(by[pl.ID])))
	}
	out := []string{"", st.Poll.Head.Render(common.Truncate(fmt.Sprintf(t.FmtChosenSummary, t.FY(p.fy), strings.Join(parts, t.Marks.Sep)), w))}
	for _, m := range missing {
		out = append(out, st.Poll.Warning.Render(common.Truncate(fmt.Sprintf(t.FmtNoChosen, m.Name), w)))
	}
	return out
}

func (p *Panel) planLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	progress := model.Progress(p.state.Plans)
	var head []string
	for _, pl := range p.pillars {
		c := progress[pl.ID]
		head = append(head, common.Truncate(st.Board.Group.Render(pl.Name)+"  "+st.Form.Hint.Render(fmt.Sprintf(t.FmtProgress,
			c[model.StatusNotStarted], c[model.StatusConsidering], c[model.StatusInProgress], c[model.StatusDone])), w))
	}
	if len(p.planRows) == 0 {
		return append(head, "", st.Roster.Empty.Render(common.Truncate(t.NoPlans, w)))
	}
	head = append(head, "")
	rows := window(len(p.planRows), p.cursors[viewPlan], max(h-len(head)-2, 1), func(i int) string {
		in := p.planRows[i]
		text := fmt.Sprintf(t.Marks.FmtTagged, p.pillarName(in.PillarID), strings.Join([]string{in.Title, orNone(in.Department, t.NotSet),
			t.StatusNames[in.Status]}, t.Marks.Sep))
		if i == p.cursors[viewPlan] {
			return st.Roster.Selected.Render(common.Fit("> "+text, w))
		}
		return st.Roster.Row.Render(common.Truncate("  "+text, w))
	})
	out := append(head, rows...)
	if in, ok := p.selectedPlan(); ok {
		detail := in.KPI
		if in.Baseline != "" || in.Target != "" {
			detail += fmt.Sprintf(t.Marks.FmtRange, in.Baseline, in.Target)
		}
		var years []string
		for _, y := range in.Schedule {
			years = append(years, t.FYShort(y.Year)+" "+y.Plan)
		}
		out = append(out, st.Board.Detail.Render(common.Truncate(common.OneLine(in.Summary), w)),
			st.Form.Hint.Render(common.Truncate(strings.Join(append([]string{detail}, years...), t.Marks.Sep), w)))
	}
	return out
}

func orNone(s, none string) string {
	if strings.TrimSpace(s) == "" {
		return none
	}
	return s
}

func (p *Panel) setupView(w int) string {
	st, t := p.c.Styles, p.c.T
	s := p.setup
	inner := max(w-4, 20)
	lines := []string{st.Form.Title.Render(common.Truncate(t.SetupTitle, inner))}
	for i, o := range []string{t.SetupTally, t.SetupParticipant, t.SetupScore} {
		if i == s.cursor {
			lines = append(lines, st.Form.Choice.Render(common.Fit("> "+o, inner)))
		} else {
			lines = append(lines, common.Truncate("  "+o, inner))
		}
		if i == 1 && s.cursor == 1 {
			lines = append(lines, st.Form.Hint.Render(common.Truncate("    "+fmt.Sprintf(t.FmtSetupBudget, s.budget), inner)))
		}
	}
	if s.asking {
		lines = append(lines, "", st.Form.Focused.Render(common.Wrap(t.SetupHiddenQ, inner)))
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}

func (p *Panel) dialogView(w int) string {
	st, t := p.c.Styles, p.c.T
	var q string
	switch p.confirm {
	case t2Close:
		q = t.ConfirmCloseRound
	case t2Reveal:
		q = t.ConfirmRevealRound
	case t2NewRound:
		q = fmt.Sprintf(t.FmtConfirmNewRound, p.state.Round.Number+1)
	}
	return st.App.Dialog.Render(common.Wrap(q, max(min(w-8, 60), 10)) + "\n\n" + t.YesNo)
}

// Cursor is the cursor of the form or the reason entry, relative to
// the top of the panel's w×h cells.
func (p *Panel) Cursor(w, h int) *tea.Cursor {
	switch {
	case p.form != nil:
		return p.form.cursor(w, h)
	case p.reason != nil:
		return p.reason.Cursor(w, h)
	}
	return nil
}
