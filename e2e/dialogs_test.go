//go:build unix

package e2e

import (
	"strings"
	"testing"
)

// boxRows checks the box drawn on a 40-column screen as the terminal
// shows it: it has its top and bottom border, and every row between has
// its right border in the same column (the last one). It returns the rows
// of the top and bottom border.
func boxRows(t *testing.T, s string) (top, bottom int) {
	t.Helper()
	top, bottom = -1, -1
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "╭") && top < 0:
			top = i
		case strings.HasPrefix(l, "╰") && top >= 0:
			bottom = i
		}
	}
	if top < 0 || bottom < 0 {
		t.Fatalf("the box lost a border:\n%s", s)
	}
	for i := top; i <= bottom; i++ {
		if cols := separatorColumns(lines[i]); i > top && i < bottom && (len(cols) != 2 || cols[0] != 0 || cols[1] != 39) {
			t.Errorf("row %d has its borders at %v, want [0 39]: %q", i, cols, lines[i])
		}
	}
	return top, bottom
}

// TestBallotAt40x12InTmux casts an anonymous ballot in a 40×12 window:
// the last choice, once selected, and the reason field are on screen
// inside the whole box, and the terminal cursor sits in the reason field.
func TestBallotAt40x12InTmux(t *testing.T) {
	tm := start(t, "--db", t.TempDir()+"/kashima.db")
	tm.waitFor("キックオフ")
	tm.press("Enter")
	tm.waitFor("現在 1/")
	for range 9 {
		tm.press("Down")
	}
	tm.press("Enter")
	tm.waitFor("集め方を選んでください")
	tm.tmux("resize-window", "-t", "main", "-x", "40", "-y", "12")
	tm.waitFor("3  無記名投票")
	tm.press("3")
	tm.waitFor("暗証番号", "│ _ ")
	tm.typeText("2468")
	tm.press("Enter")
	tm.waitFor("もう一度", "│ _ ")
	tm.typeText("2468")
	tm.press("Enter")
	boxRows(t, tm.waitFor("( ) 1. 必要だと思う"))
	tm.typeText("5")
	boxRows(t, tm.waitFor("(●) 5. 不要だと思う"))
	tm.press("Tab")
	tm.typeText("窓口の待ち時間")
	s := tm.waitFor("窓口の待ち時間", "Q2.")
	top, bottom := boxRows(t, s)
	if x, y := tm.cursor(); y <= top || y >= bottom || !strings.Contains(strings.Split(s, "\n")[y], "窓口の待ち時間") || x != 4+14 {
		t.Errorf("the cursor is at %d,%d, not after the reason typed (box rows %d–%d):\n%s", x, y, top, bottom, s)
	}
}
