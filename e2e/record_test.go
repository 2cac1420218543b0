//go:build unix

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestRecordAndActionItemsInTmux records a decision and an action item on
// the kickoff's first slide (担当 from the roster, 期限 typed 1/20), is
// killed (kill -9) right after, starts again, marks the action item done
// in the 宿題一覧, and exports the kickoff minutes: they hold the decision
// and the action item as 完了.
func TestRecordAndActionItemsInTmux(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	addParticipant(t, tm)
	tm.press("Escape")
	tm.waitFor("enter で進行表を開きます")
	tm.press("Enter")
	tm.waitFor("現在 1/")
	tm.press("Enter") // the first item's slide
	tm.waitFor("w 記録")
	tm.press("w")
	tm.waitFor("記録：", "（0件）")

	tm.press("a", "Right")
	tm.waitFor("< 決定事項 >")
	tm.typeText("推進本部の会議は毎月開く")
	tm.press("Enter")
	tm.waitFor("（1件）", "［決定］推進本部の会議は毎月開く")

	tm.press("a", "Left")
	tm.waitFor("< 宿題 >")
	tm.typeText("体制図の案を作る")
	s := tm.waitFor("体制図の案を作る")
	x, y := tm.cursor() // the real cursor, where the IME puts its candidates
	lines := strings.Split(s, "\n")
	if y >= len(lines) || !strings.Contains(lines[y], "体制図の案を作る") {
		t.Fatalf("cursor row %d is not the text field:\n%s", y, s)
	}
	if line := lines[y]; x != ansi.StringWidth(line[:strings.Index(line, "体制図の案を作る")])+ansi.StringWidth("体制図の案を作る") {
		t.Errorf("cursor at column %d, not right after the text in %q", x, line)
	}
	tm.press("Tab", "Down")
	tm.waitFor("担当：山田 太郎")
	tm.press("Tab")
	tm.typeText("1/20")
	tm.press("Enter")
	tm.waitFor("（2件）", "［宿題］体制図の案を作る  担当 山田 太郎 期限 R5.1.20")
	proc, err := os.FindProcess(childOf(t, tm.shellPID()))
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil { // SIGKILL right after the save was shown: it was committed
		t.Fatal(err)
	}
	tm.waitExit(137)

	again := start(t, "--db", dbPath)
	again.waitFor("市長から") // it resumes on the slide it left
	again.press("H")
	again.waitFor("宿題一覧（未完了 1件・完了 0件）", "未完了", "体制図の案を作る", "山田 太郎", "R5.1.20")
	again.press("Space")
	again.waitFor("宿題一覧（未完了 0件・完了 1件）", "を完了にしました")
	again.press("q")
	again.waitExit(0)

	out := filepath.Join(t.TempDir(), "kickoff.md")
	cmd := exec.Command(binary, "--db", dbPath, "export", "--format", "md", "--meeting", "1", "--out", out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(b)
	for _, want := range []string{"推進本部の会議は毎月開く", "体制図の案を作る", "山田 太郎", "令和5年1月20日", "完了"} {
		if !strings.Contains(md, want) {
			t.Errorf("the minutes lack %q:\n%s", want, md)
		}
	}
	for _, line := range strings.Split(md, "\n") {
		if strings.Contains(line, "体制図の案を作る") && strings.HasPrefix(line, "|") && !strings.Contains(line, "完了") {
			t.Errorf("the 宿題 row is not 完了: %q", line)
		}
	}
}
