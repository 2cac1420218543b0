package task2

// plan_form_view.go: the initiative form drawn: its fields line by line,
// scrolled to the focused one, with what is still missing below.

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"yoriai/tui/common"
)

// planLabelW is the width of the labels in front of the fields.
const planLabelW = 12

// formLine is one line of the drawn form and the field it belongs to.
type formLine struct {
	field planField
	text  string
}

// lines draws every field in w cells; the caller windows them.
func (f *planForm) formLines(w int) []formLine {
	st, t := f.c.Styles, f.c.T
	const labelW = planLabelW
	inner := max(w-labelW, 10)
	var out []formLine
	label := func(field planField, name string) string {
		s := st.Form.Label
		if field == f.at {
			s = st.Form.Focused
		}
		return s.Render(common.Fit(name, labelW))
	}
	add := func(field planField, name, value string) {
		out = append(out, formLine{field, label(field, name) + value})
	}
	line := func(field planField, name string) {
		lf := f.lines[field]
		lf.SetWidth(inner)
		add(field, name, lf.View())
	}
	choice := func(field planField, name, value string) {
		if field == f.at {
			value = st.Form.Choice.Render("< " + value + " >")
		}
		add(field, name, common.Truncate(value, inner))
	}
	line(pfTitle, t.FieldTitle)
	pillar := t.NotSet
	for _, p := range f.pillars {
		if p.ID == f.in.PillarID {
			pillar = p.Name
		}
	}
	choice(pfPillar, t.FieldPillar, pillar)
	probs := f.pillarProblems()
	if len(probs) == 0 {
		add(pfProblems, t.FieldProblems, st.Roster.Empty.Render(common.Truncate(t.NoPillarProblems, inner)))
	}
	for i, c := range probs {
		mark := "[ ]"
		if slices.Contains(f.in.Problems, c.ID) {
			mark = "[x]"
		}
		star := "  "
		if f.chosen[c.ID] {
			star = t.ChosenMark + " "
		}
		text := common.Fit(mark+" "+star+common.OneLine(c.Text), inner)
		if f.at == pfProblems && i == f.probCursor {
			text = st.Form.Choice.Render(text)
		}
		name := ""
		if i == 0 {
			name = t.FieldProblems
		}
		add(pfProblems, name, text)
	}
	f.summary.SetWidth(inner)
	for i, l := range strings.Split(f.summary.View(), "\n") {
		name := ""
		if i == 0 {
			name = t.FieldSummary
		}
		add(pfSummary, name, l)
	}
	line(pfDept, t.FieldDept)
	if f.at == pfDept && len(f.depts) > 0 {
		add(pfDept, "", st.Form.Hint.Render(common.Truncate(fmt.Sprintf(t.FmtDeptHint, strings.Join(f.depts, t.Marks.Join)), inner)))
	}
	line(pfKPI, t.FieldKPI)
	line(pfBaseline, t.FieldBaseline)
	line(pfTarget, t.FieldTarget)
	for i, y := range f.years {
		line(pfYear+planField(i), t.FY(y))
	}
	choice(pfStatus, t.FieldStatus, t.StatusNames[f.in.Status])
	return out
}

// layout is the form's lines, the first shown and how many fit in a box
// of w×h cells, and the foot under them.
func (f *planForm) layout(w, h int) (all []formLine, top, rows int, foot string) {
	st, t := f.c.Styles, f.c.T
	inner := max(w-4, 20)
	all = f.formLines(inner)
	foot = st.Form.Hint.Render(common.Truncate(t.PlanHint, inner))
	if problems := f.problemsText(); problems != "" {
		foot = st.Form.Error.Render(common.Truncate(problems, inner)) + "\n" + foot
	}
	switch {
	case f.Asking():
		foot = st.Form.Error.Render(common.Truncate(t.OnDay.ConfirmDiscard, inner)) + "\n" + foot
	case f.Err != "":
		foot = st.Form.Error.Render(common.Truncate(f.Err, inner)) + "\n" + foot
	case f.saving:
		foot = st.Form.Hint.Render(common.Truncate(t.Saving, inner)) + "\n" + foot
	case f.draft.Note() != "":
		foot = st.Form.Hint.Render(common.Truncate(f.draft.Note(), inner)) + "\n" + foot
	}
	rows = max(h-3-(strings.Count(foot, "\n")+1), 1) // border, title, border
	first, last := f.span(all)
	top = common.ScrollWindow(0, last, len(all), rows)
	top = min(top, max(first, 0))
	return all, top, rows, foot
}

// span is the first and last line of the focused field (of the chosen
// problem, on the problem list).
func (f *planForm) span(all []formLine) (first, last int) {
	first, last = -1, -1
	for i, l := range all {
		if l.field == f.at {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if f.at == pfProblems && first >= 0 {
		first = min(first+f.probCursor, last)
		last = first
	}
	return first, last
}

// view draws the form in a box of w×h cells, scrolled to the focused
// field, with what is still missing at the bottom.
func (f *planForm) view(w, h int) string {
	st := f.c.Styles
	all, top, rows, foot := f.layout(w, h)
	var lines []string
	for i := top; i < len(all) && i < top+rows; i++ {
		lines = append(lines, all[i].text)
	}
	body := st.Form.Title.Render(common.Truncate(f.title, max(w-4, 20))) + "\n" + strings.Join(lines, "\n") + "\n" + foot
	return st.Form.Box.Width(w).Render(body)
}

// problemsText is what Validate finds, worded.
func (f *planForm) problemsText() string {
	t := f.c.T
	if f.in.ID == 0 && f.in.Title == "" {
		return ""
	}
	names := map[string]string{"title": t.FieldTitle, "pillar": t.FieldPillar, "problems": t.FieldProblems,
		"summary": t.FieldSummary, "department": t.FieldDept, "kpi": t.FieldKPI, "baseline": t.FieldBaseline,
		"target": t.FieldTarget, "status": t.FieldStatus}
	var parts []string
	for _, e := range f.in.Validate() {
		name, ok := names[e.Path]
		if !ok {
			name = strings.TrimPrefix(e.Path, "schedule.")
			for _, y := range f.years {
				if y.Short() == name {
					name = t.FYShort(y)
				}
			}
		}
		parts = append(parts, fmt.Sprintf(t.FmtPlanProblem, name, t.PlanProblems[e.Problem]))
	}
	return strings.Join(parts, t.Marks.Sep)
}

// cursor is the focused editor's cursor relative to the top of the form's
// box of w×h cells; nil when the field is scrolled away.
func (f *planForm) cursor(w, h int) *tea.Cursor {
	var c *tea.Cursor
	if lf, ok := f.lines[f.at]; ok {
		c = lf.Cursor()
	} else if f.at == pfSummary {
		c = f.summary.Cursor()
	}
	if c == nil {
		return nil
	}
	all, top, rows, _ := f.layout(w, h)
	first, _ := f.span(all)
	if first < top || first+c.Y >= top+rows {
		return nil
	}
	c.X += 2 + planLabelW  // border and padding, label
	c.Y += 2 + first - top // border and title
	return c
}
