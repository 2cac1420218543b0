package common

// scroll.go: dialogs and slides on a short screen. A dialog whose lines do
// not fit shows a window of them that keeps what has the focus in view,
// inside its whole border, and says on the border that there is more
// (▲ above, ▼ below) and how far down the window reaches.

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// FocusWindow is the first of n rows to show in h rows so that the rows
// from..to (the focus) are in view, as near the top as that allows; when
// the focus is taller than h, its end (to: a selected choice under its
// question) stays in view.
func FocusWindow(n, h, from, to int) int {
	if h <= 0 || n <= h {
		return 0
	}
	to = max(to, from)
	top := 0
	if to >= h {
		top = to - h + 1
	}
	if from < top && to-from < h {
		top = from
	}
	return max(0, min(top, n-h))
}

// ScrollMark is the sign that content is cut: ▲ when rows are hidden above,
// ▼ when rows are hidden below, and the last row shown of the total
// («▼ 5/12»). It is empty when everything is shown.
func ScrollMark(top, shown, total int) string {
	if total <= shown || shown <= 0 {
		return ""
	}
	mark := ""
	if top > 0 {
		mark += "▲"
	}
	if top+shown < total {
		mark += "▼"
	}
	return fmt.Sprintf("%s %d/%d", mark, min(top+shown, total), total)
}

// MarkRow is ScrollMark at the right of a row w cells wide: the last row
// of a scrolled text.
func MarkRow(top, shown, total, w int) string {
	mark := ScrollMark(top, shown, total)
	return Fit(strings.Repeat(" ", max(w-Width(mark), 0))+mark, w)
}

// ScrollBox draws body and, under it, foot (a hint or an error; may be
// empty) in box, w cells wide, at most h rows tall. When the body's rows
// do not fit, it shows only a window of them that keeps rows from..to of
// the body in view (see FocusWindow), foot stays whole under it, and the
// bottom border carries ScrollMark. top is the first body row shown: body
// row y is at row y-top+1 of the box (under the top border).
func ScrollBox(box lipgloss.Style, body, foot string, w, h, from, to int) (out string, top int) {
	lines := strings.Split(body, "\n")
	var footLines []string
	if foot != "" {
		footLines = strings.Split(foot, "\n")
	}
	room := h - box.GetVerticalFrameSize()
	if len(lines)+len(footLines) <= room || room < 1 {
		return ClampHeight(box.Width(w).Render(strings.Join(append(lines, footLines...), "\n")), max(h, 1)), 0
	}
	if room-len(footLines) < min(2, len(lines)) { // a foot too tall leaves the body no room: cut the foot
		footLines = footLines[:max(room-min(2, len(lines)), 0)]
	}
	room -= len(footLines)
	top = FocusWindow(len(lines), room, from, to)
	shown := append(append([]string(nil), lines[top:top+room]...), footLines...)
	out = box.Width(w).Render(strings.Join(shown, "\n"))
	return MarkBorder(out, ScrollMark(top, room, len(lines))), top
}

// MarkBorder writes mark into the bottom border of a drawn box, near its
// right corner, keeping the box's width.
func MarkBorder(box, mark string) string {
	if mark == "" {
		return box
	}
	lines := strings.Split(box, "\n")
	last := lines[len(lines)-1]
	w := ansi.StringWidth(last)
	mark = " " + mark + " "
	mw := ansi.StringWidth(mark)
	if w < mw+4 {
		return box
	}
	at := w - mw - 2
	lines[len(lines)-1] = ansi.Truncate(last, at, "") + mark + ansi.TruncateLeft(last, at+mw, "")
	return strings.Join(lines, "\n")
}

// ClipLines cuts s to at most n lines, the last ending in "…" when lines
// were left out; cut reports that they were.
func ClipLines(s string, n int) (out string, cut bool) {
	lines := strings.Split(s, "\n")
	if n <= 0 || len(lines) <= n {
		return s, false
	}
	lines = lines[:n]
	last := ansi.Strip(lines[n-1])
	lines[n-1] = ansi.Truncate(last, max(ansi.StringWidth(last)-1, 0), "") + "…"
	return strings.Join(lines, "\n"), true
}
