package common

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Fit cuts s to at most w cells, ending in "…" when cut, and pads it with
// spaces to exactly w cells. It measures cells, never bytes or runes, so
// Japanese text lines up, and draws s as Drawable does, so the terminal
// agrees.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Drawable(s)
	sw := width(s) // measured once: measuring is the cost of drawing a row
	if sw > w {
		s = ansi.Truncate(s, w, "…")
		sw = width(s)
	}
	if sw < w {
		s += strings.Repeat(" ", w-sw)
	}
	return s
}

// Width is the cells s takes: the widest of its lines.
func Width(s string) int { return width(s) }

// width is Width.
func width(s string) int {
	if !strings.Contains(s, "\n") {
		return ansi.StringWidth(s)
	}
	return lipgloss.Width(s)
}

// Truncate cuts s to at most w cells, ending in "…" when cut (and draws it
// as Drawable does).
func Truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = Drawable(s)
	if width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// OneLine folds line breaks into spaces, for text shown in a single row.
func OneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// FixLines pads every line of s to exactly w cells (cutting longer ones).
func FixLines(s string, w int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Fit(l, w)
	}
	return strings.Join(lines, "\n")
}

// Wrap breaks s into lines of at most w cells, keeping its own line breaks.
// Japanese has no spaces, so it breaks between any two characters when a
// word does not fit, and it keeps closing punctuation (、。」） and the like)
// off the start of a line, as Japanese typesetting does (行頭禁則), by
// taking the character before it down too.
func Wrap(s string, w int) string {
	if w <= 0 {
		return ""
	}
	paras := strings.Split(Drawable(s), "\n")
	for i, p := range paras {
		paras[i] = strings.Join(kinsoku(strings.Split(ansi.Wrap(p, w, ""), "\n"), w), "\n")
	}
	return strings.Join(paras, "\n")
}

// noLineStart are the characters kept off the start of a line.
const noLineStart = "、。，．・：；？！ー―…‥」』）］｝〕〉》】〙〗〟’”ゝゞヽヾ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;!?)]}"

// kinsoku moves characters between the wrapped lines of one paragraph so
// that no line starts with one of noLineStart, keeping every line within w
// cells. Plain text only (no escape sequences).
func kinsoku(lines []string, w int) []string {
	for i := 1; i < len(lines) && i < 4*len(lines)+8; i++ {
		first, _ := utf8.DecodeRuneInString(lines[i])
		prev := []rune(lines[i-1])
		if !strings.ContainsRune(noLineStart, first) || len(prev) < 2 {
			continue
		}
		lines[i-1] = string(prev[:len(prev)-1])
		lines[i] = string(prev[len(prev)-1]) + lines[i]
		// The line grew: push what no longer fits to the next line.
		for j := i; j < len(lines) && lipgloss.Width(lines[j]) > w; j++ {
			r := []rune(lines[j])
			lines[j] = string(r[:len(r)-1])
			if j+1 == len(lines) {
				lines = append(lines, "")
			}
			lines[j+1] = string(r[len(r)-1]) + lines[j+1]
		}
	}
	return lines
}

// ScrollWindow returns the first row to draw so that row cursor stays
// visible in a window of h rows over n rows, moving as little as possible
// from the previous top.
func ScrollWindow(top, cursor, n, h int) int {
	if h <= 0 || n <= h {
		return 0
	}
	if cursor < top {
		top = cursor
	}
	if cursor >= top+h {
		top = cursor - h + 1
	}
	return max(0, min(top, n-h))
}

// Columns lays values out in cells of the given widths, each cut to leave
// one space before the next; a width of 0 leaves the column out.
func Columns(widths []int, values ...string) string {
	var b strings.Builder
	for i, w := range widths {
		if w <= 0 || i >= len(values) {
			continue
		}
		if i == len(widths)-1 {
			b.WriteString(Fit(values[i], w))
			continue
		}
		b.WriteString(Fit(values[i], w-1) + " ")
	}
	return b.String()
}

// Center places a block of lines in the middle of a w×h area: the block
// keeps its shape (every line moves by the same amount), unlike aligning
// each line by itself.
func Center(block string, w, h int) string {
	lines := strings.Split(block, "\n")
	bw := 0
	for _, l := range lines {
		bw = max(bw, lipgloss.Width(l))
	}
	pad := strings.Repeat(" ", max((w-bw)/2, 0))
	out := make([]string, 0, h)
	for range max((h-len(lines))/2, 0) {
		out = append(out, "")
	}
	for _, l := range lines {
		out = append(out, pad+l)
	}
	return strings.Join(out, "\n")
}
