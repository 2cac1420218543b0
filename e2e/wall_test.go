//go:build unix

package e2e

import (
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWallInTmux opens the sample workshop's Task ① board in a 120×40
// terminal, every pillar beside the inbox's strip, and its wall (W): the
// pillars alone, every card of the sample on the screen without
// scrolling, the separators in the same columns on every line.
func TestWallInTmux(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "demo.db")
	if out, err := exec.Command(binary, "demo", "--db", dbPath).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	app := start(t, "--db", dbPath)
	app.waitFor("> 4   第4回")
	app.press("Up", "Up", "Enter") // 第2回's run sheet, on its last item
	app.waitFor("種類", "まとめ・次回に向けて")
	app.press("Up", "Enter", "Tab") // the Task ① board, on the first pillar
	app.waitFor("受け箱（17）", "市民の利便性向上（8）", "業務の効率化（7）", "人財育成（5）")
	app.press("W")
	s := app.waitFor("W 壁表示", "【窓口】", "【風土】", "新 目 高齢の方も使いやすい")
	for _, bad := range []string{"受け箱", "続きがあります", "発言者"} {
		if strings.Contains(s, bad) {
			t.Errorf("the wall shows %q:\n%s", bad, s)
		}
	}
	var want []int
	for i, l := range strings.Split(s, "\n") {
		if w := ansi.StringWidthWc(l); w > 120 {
			t.Errorf("line %d is %d cells, the window 120: %q", i, w, l)
		}
		cols := separatorColumns(l)
		if len(cols) == 0 || i < 2 { // the status bar and the heading have their own
			continue
		}
		if want == nil {
			want = cols
			continue
		}
		if !reflect.DeepEqual(cols, want) {
			t.Errorf("line %d has its separators at %v, the wall's are at %v: %q", i, cols, want, l)
		}
	}
	if len(want) != 2 {
		t.Errorf("separators at %v, want two (three pillars):\n%s", want, s)
	}
	app.press("Escape")
	app.waitFor("受け箱（17）")
	app.press("q")
	app.waitExit(0)
}
