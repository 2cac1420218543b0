package tui

// status.go: the status bar's fields, fitted to the width by priority.

import (
	"strings"

	"charm.land/lipgloss/v2"

	"yoriai/tui/common"
)

// statusField is one field of the status bar. prio 0 is the last to go;
// a field with a min is shortened to no less than min cells before it is
// left out. A styled field (the countdown) comes with its own style.
type statusField struct {
	text  string
	style lipgloss.Style
	prio  int
	min   int
	right bool
}

// layoutStatus draws fields in one line of width cells: the left ones from
// the left edge, the right ones against the right edge, " │ " between.
func layoutStatus(fields []statusField, width int, bar lipgloss.Style) string {
	const sep = 3 // " │ "
	var shown []statusField
	for _, f := range fields {
		if f.text != "" {
			shown = append(shown, f)
		}
	}
	widths := make([]int, len(shown))
	total := func() int {
		n, left, right := 2, 0, 0 // a space at each edge
		for i, f := range shown {
			if widths[i] == 0 {
				continue
			}
			n += widths[i]
			if f.right {
				right++
			} else {
				left++
			}
		}
		n += sep * (max(left-1, 0) + max(right-1, 0))
		if left > 0 && right > 0 {
			n += 2 // at least two spaces between the halves
		}
		return n
	}
	for i, f := range shown {
		widths[i] = common.Width(f.text)
	}
	for over := total() - width; over > 0; over = total() - width {
		i := lowest(shown, widths)
		if i < 0 {
			break
		}
		if cut := widths[i] - over; shown[i].min > 0 && cut >= shown[i].min {
			widths[i] = cut
			continue
		}
		widths[i] = 0
	}
	render := func(right bool) string {
		var parts []string
		for i, f := range shown {
			if f.right != right || widths[i] == 0 {
				continue
			}
			text := f.text
			if widths[i] < common.Width(text) {
				text = common.Truncate(text, widths[i])
			}
			parts = append(parts, f.style.Render(text))
		}
		return strings.Join(parts, bar.Render(" │ "))
	}
	left, right := bar.Render(" ")+render(false), render(true)+bar.Render(" ")
	gap := max(width-lipgloss.Width(left)-lipgloss.Width(right), 0)
	return common.Truncate(left+bar.Render(strings.Repeat(" ", gap))+right, width)
}

// lowest is the shown field of the lowest priority; -1 when none is left.
func lowest(fields []statusField, widths []int) int {
	at := -1
	for i, f := range fields {
		if widths[i] > 0 && (at < 0 || f.prio > fields[at].prio) {
			at = i
		}
	}
	return at
}
