//go:build unix

package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewMarksAnActionDoneInTmux: in the sample workshop, 第2回's
// ふりかえり shows what the kickoff decided and the 宿題 it left open;
// c marks the chosen one 完了, and after a restart it is still 完了.
// 第2回 has ended, so n and p look through its slides without changing
// what it recorded.
func TestReviewMarksAnActionDoneInTmux(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "demo.db")
	if out, err := exec.Command(binary, "demo", "--db", dbPath).CombinedOutput(); err != nil {
		t.Fatalf("yoriai demo: %v\n%s", err, out)
	}
	tm := start(t, "--db", dbPath)
	tm.waitFor("第2回", "第4回")
	tm.press("Up", "Up", "Enter") // the home screen stands on the next meeting, 第4回
	tm.waitFor("種類", "前回とチャットのふりかえり")
	tm.press("Enter")
	tm.waitFor("まとめ・次回に向けて", "n 次の項目") // the slide of the item 第2回 ended on
	tm.press("p", "p", "p")
	s := tm.waitFor("キックオフの決定事項", "・第2回は1月20日（金）にタスク①を行う", "宿題（残り 1件）",
		"・各課の紙の申請書の数を調べる（キックオフ）", "担当 各課の庶務担当", "期限超過")
	if !strings.Contains(s, "> ・他市の電子申請の事例") {
		t.Fatalf("the first 宿題 (done in 第2回) should be chosen:\n%s", s)
	}
	tm.press("Tab")
	tm.waitFor("> ・各課の紙の申請書の数を調べる")
	tm.press("c")
	tm.waitFor("宿題（残り 0件）")
	tm.press("q")
	tm.waitExit(0)

	// 第2回 ended: it opens again on the slide that was being looked at
	again := start(t, "--db", dbPath)
	s = again.waitFor("前回とチャットのふりかえり", "宿題（残り 0件）", "・各課の紙の申請書の数を調べる（キックオフ）")
	if !strings.Contains(s, "担当 各課の庶務担当・期限 2/10・完了") {
		t.Errorf("after a restart the 宿題 should still be 完了:\n%s", s)
	}
	again.press("n", "n", "n")
	again.waitFor("まとめ・次回に向けて") // and on from there through its slides
}
