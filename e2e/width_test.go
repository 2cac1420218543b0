//go:build unix

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// separatorColumns is where the board's column separators (│) stand in a
// line as the terminal draws it: each character takes the cells its code
// points take (tmux's way).
func separatorColumns(line string) []int {
	var cols []int
	x := 0
	for _, r := range line {
		if r == '│' {
			cols = append(cols, x)
		}
		x += ansi.StringWidthWc(string(r))
	}
	return cols
}

// TestHardTextsKeepTheBoardAligned imports chat lines with half-width
// kana and voiced marks, emoji joined with a ZWJ or tinted, and ①※ onto
// the board, and reads the real terminal: every line of the board has its
// column separators in the same columns, and no line runs past the window.
func TestHardTextsKeepTheBoardAligned(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kashima.db")
	chat := filepath.Join(dir, "chat.txt")
	lines := []string{
		"ﾔﾏﾀﾞ ﾀﾛｳ: ｶﾀｶﾅ ﾊﾝｶｸ ﾃﾞｰﾀの移行が大変",
		"佐藤 花子: 👩‍💻在宅でも申請を受けたい",
		"田中 一郎: いいね👍🏽 窓口のキャッシュレス化",
		"鈴木 次郎: ①窓口 ②電話 ※要確認 ﾊﾟｽﾜｰﾄﾞ",
	}
	if err := os.WriteFile(chat, []byte(strings.Join(lines, "\r\n")+"\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := start(t, "--db", dbPath) // the first start creates the workshop
	tm.waitFor("キックオフ", "第2回")
	tm.press("q")
	tm.waitExit(0)
	if out, err := exec.Command(binary, "import", "chat", chat, "--db", dbPath).CombinedOutput(); err != nil || !strings.Contains(string(out), "追加 4件") {
		t.Fatalf("import chat: %v\n%s", err, out)
	}

	app := start(t, "--db", dbPath)
	app.waitFor("第2回")
	app.press("Down", "Enter")
	app.waitFor("種類", "タスク①の検討")
	app.press("Down", "Down", "Enter")
	s := app.waitFor("受け箱（4）", "在宅でも申請", "※要確認")
	check := func(s string) {
		t.Helper()
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
				t.Errorf("line %d has its separators at %v, the board's are at %v: %q", i, cols, want, l)
			}
		}
		if want == nil {
			t.Fatalf("no column separators on the board:\n%s", s)
		}
	}
	check(s)
	app.press("Down") // the ZWJ emoji's card, chosen: drawn in full at the bottom
	check(app.waitFor("> "))
}
