package slide

// diagram.go draws the briefing's diagrams from the workshop's data: the
// organisation chart as a tree, the overall scheme as a row (or column) of
// stage boxes with the current one marked, and the pillars under the
// vision. Every function returns lines exactly w cells wide.

import (
	"strings"

	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// DiagramView draws the diagram an item asks for, or "" when there is none
// or the workshop lacks its data.
func DiagramView(c common.Common, kind model.DiagramKind, w model.Workshop, pillars []model.Pillar, width int) string {
	switch kind {
	case model.DiagramOrg:
		return orgChart(c, w.Diagrams.Org, width)
	case model.DiagramStages:
		return stagesFlow(c, w.Diagrams.Stages, w.Diagrams.CurrentStage, width)
	case model.DiagramPillars:
		return pillarsView(c, w.Vision, pillars, width)
	}
	return ""
}

// orgChart draws the chart as a tree from its top boxes down; a box that
// advises another is named beside it.
func orgChart(c common.Common, nodes []model.OrgNode, w int) string {
	if len(nodes) == 0 {
		return ""
	}
	st, t := c.Styles.Diagram, c.T
	advisers := map[string][]string{}
	children := map[string][]model.OrgNode{}
	var roots []model.OrgNode
	for _, n := range nodes {
		switch {
		case n.Advises != "" && n.Parent == "":
			advisers[n.Advises] = append(advisers[n.Advises], n.Label)
		case n.Parent == "":
			roots = append(roots, n)
		default:
			children[n.Parent] = append(children[n.Parent], n)
		}
	}
	var lines []string
	var walk func(n model.OrgNode, prefix, branch string, depth int)
	walk = func(n model.OrgNode, prefix, branch string, depth int) {
		label := st.Node.Render(n.Label)
		if depth == 0 {
			label = st.Root.Render(n.Label)
		}
		line := prefix + branch + label
		for _, a := range advisers[n.ID] {
			line += st.Adviser.Render("  " + t.Marks.Reports + a + t.Aside(t.Advises))
		}
		lines = append(lines, line)
		kids := children[n.ID]
		next := prefix
		switch branch {
		case "├─ ":
			next += "│  "
		case "└─ ":
			next += "   "
		}
		for i, k := range kids {
			b := "├─ "
			if i == len(kids)-1 {
				b = "└─ "
			}
			walk(k, next, b, depth+1)
		}
	}
	for _, r := range roots {
		walk(r, "", "", 0)
	}
	for i, l := range lines {
		lines[i] = common.Fit(l, w)
	}
	return strings.Join(lines, "\n")
}

// stagesFlow draws the stages left to right joined by arrows, or top to
// bottom when the screen is too narrow; the current stage has a heavy
// border and says so in words, so it shows without colour too.
func stagesFlow(c common.Common, stages []model.Stage, current, w int) string {
	if len(stages) == 0 {
		return ""
	}
	st, t := c.Styles.Diagram, c.T
	const arrow = " → "
	n := len(stages)
	boxW := (w - lipgloss.Width(arrow)*(n-1)) / n
	across := boxW >= 16
	if !across {
		boxW = w
	}
	inner := boxW - 4 // border and padding
	boxes := make([]string, n)
	height := 0
	for i, s := range stages {
		title := s.Title
		if i := strings.Index(title, "【"); i > 0 { // 第1段階 / 【認識共有・現状把握】
			title = title[:i] + "\n" + title[i:]
		}
		text := []string{common.Wrap(title, inner)}
		for _, p := range s.Points {
			text = append(text, common.Wrap(t.Marks.Bullet+p, inner))
		}
		body := strings.Join(text, "\n")
		if i+1 == current {
			body = st.Here.Render(t.StageHere) + "\n" + body
		}
		boxes[i] = body
		height = max(height, lipgloss.Height(body))
	}
	for i := range boxes {
		box := st.Box
		if i+1 == current {
			box = st.Current
		}
		if across {
			box = box.Height(height + 2)
		}
		boxes[i] = box.Width(boxW).Render(boxes[i])
	}
	var out string
	if across {
		parts := []string{boxes[0]}
		for _, b := range boxes[1:] {
			parts = append(parts, common.Center(st.Arrow.Render(arrow), lipgloss.Width(arrow), height+2), b)
		}
		out = lipgloss.JoinHorizontal(lipgloss.Top, parts...)
	} else {
		down := common.Center(st.Arrow.Render("↓"), w, 1)
		out = strings.Join(boxes, "\n"+down+"\n")
	}
	return common.FixLines(out, w)
}

// pillarsView draws the vision across the top and the pillars side by side
// under it, each with the first line of its description.
func pillarsView(c common.Common, vision string, pillars []model.Pillar, w int) string {
	if len(pillars) == 0 {
		return ""
	}
	st, t := c.Styles.Diagram, c.T
	top := st.Vision.Width(w).Render(t.Vision(vision))
	n := len(pillars)
	boxW := w / n
	if boxW < 14 {
		boxW, n = w, 1
	}
	var boxes []string
	height := 0
	for _, p := range pillars {
		desc, _, _ := strings.Cut(p.Description, "\n")
		text := st.Node.Render(common.Wrap(p.Name, boxW-4))
		if desc != "" {
			text += "\n" + common.Wrap(desc, boxW-4)
		}
		boxes = append(boxes, text)
		height = max(height, lipgloss.Height(text))
	}
	for i := range boxes {
		boxes[i] = st.Box.Width(boxW).Height(height + 2).Render(boxes[i])
	}
	row := strings.Join(boxes, "\n")
	if n > 1 {
		row = lipgloss.JoinHorizontal(lipgloss.Top, boxes...)
	}
	return common.FixLines(top+"\n"+row, w)
}
