package common

import "strings"

// glyphRows is the height of a big glyph before scaling.
const glyphRows = 5

// glyphs draws the characters of a countdown ("12:05", "+1:05") five rows
// tall with '#' for ink; bigDigits swaps in the block character unless the
// terminal needs plain ASCII.
var glyphs = map[rune][glyphRows]string{
	'0': {"####", "#  #", "#  #", "#  #", "####"},
	'1': {" ## ", "  # ", "  # ", "  # ", " ###"},
	'2': {"####", "   #", "####", "#   ", "####"},
	'3': {"####", "   #", " ###", "   #", "####"},
	'4': {"#  #", "#  #", "####", "   #", "   #"},
	'5': {"####", "#   ", "####", "   #", "####"},
	'6': {"####", "#   ", "####", "#  #", "####"},
	'7': {"####", "   #", "  # ", " #  ", " #  "},
	'8': {"####", "#  #", "####", "#  #", "####"},
	'9': {"####", "#  #", "####", "   #", "####"},
	':': {"  ", " #", "  ", " #", "  "},
	'+': {"   ", " # ", "###", " # ", "   "},
}

// BigDigits renders s in big glyphs, each glyph cell repeated sx times
// across and sy times down, with one scaled column between glyphs. ink is
// the character that draws ("█", or "#" for ASCII terminals). Characters
// without a glyph are left out.
func BigDigits(s string, sx, sy int, ink string) string {
	sx, sy = max(sx, 1), max(sy, 1)
	rows := make([]strings.Builder, glyphRows)
	first := true
	for _, r := range s {
		g, ok := glyphs[r]
		if !ok {
			continue
		}
		for i := range glyphRows {
			if !first {
				rows[i].WriteString(strings.Repeat(" ", sx))
			}
			for _, c := range g[i] {
				cell := " "
				if c == '#' {
					cell = ink
				}
				rows[i].WriteString(strings.Repeat(cell, sx))
			}
		}
		first = false
	}
	out := make([]string, 0, glyphRows*sy)
	for i := range glyphRows {
		for range sy {
			out = append(out, rows[i].String())
		}
	}
	return strings.Join(out, "\n")
}

// BigScale picks the largest scale at which text fits w×h cells, trying
// the wide scales first (a scale is (sx, sy)); ok is false when even the
// smallest does not fit.
func BigScale(text string, w, h int) (sx, sy int, ok bool) {
	for _, s := range [][2]int{{4, 3}, {3, 2}, {2, 2}, {2, 1}, {1, 1}} {
		lines := strings.Split(BigDigits(text, s[0], s[1], "#"), "\n")
		if len([]rune(lines[0])) <= w && len(lines) <= h {
			return s[0], s[1], true
		}
	}
	return 1, 1, false
}
