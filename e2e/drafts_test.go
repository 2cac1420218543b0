//go:build unix

package e2e

import (
	"path/filepath"
	"syscall"
	"testing"
)

// openFirstPrompt opens the kickoff's run sheet and the first prompt
// (「もっと住みやすくなるには」, the 8th item) full screen, from the home
// screen of a new database.
func openFirstPrompt(tm *term) {
	tm.waitFor("キックオフ", "enter で進行表を開きます")
	tm.press("Enter")
	tm.waitFor("現在 1/", "市長から")
	for range 7 {
		tm.press("Down")
	}
	tm.press("Enter")
	tm.waitFor("問い：", "a でアイデアを追加します")
}

// TestDraftAskedAndBackAfterKill9: esc with an idea typed asks before
// throwing it away; the idea typed is in the file as it is typed, so after
// kill -9 the editor opened again has it back.
func TestDraftAskedAndBackAfterKill9(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	openFirstPrompt(tm)
	tm.press("a")
	tm.waitFor("アイデアを追加")
	tm.typeText("窓口の待ち時間")
	tm.waitFor("窓口の待ち時間")
	tm.press("Escape")
	tm.waitFor("入力中の内容を破棄しますか", "窓口の待ち時間")
	tm.press("n")
	tm.waitGone("入力中の内容を破棄しますか")
	tm.typeText("を減らしたい")
	tm.waitFor("窓口の待ち時間を減らしたい")
	if err := syscall.Kill(childOf(t, tm.shellPID()), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	tm.waitExit(137)

	again := start(t, "--db", dbPath)
	again.waitFor("問い：", "a でアイデアを追加します") // back on the prompt's slide
	again.press("a")
	again.waitFor("窓口の待ち時間を減らしたい", "前回の下書きを戻しました")
	again.press("Enter")
	again.waitFor("アイデア（1件）", "窓口の待ち時間を減らしたい")
	again.press("a")
	again.waitFor("アイデアを追加")
	again.press("Escape") // nothing typed: closes without asking
	again.waitGone("アイデアを追加")

	// ctrl+c while typing asks; n goes on typing.
	again.press("a")
	again.typeText("途中")
	again.waitFor("途中")
	again.press("C-c")
	again.waitFor("入力中の内容があります。終了しますか？")
	again.press("n")
	again.waitGone("終了しますか")
	again.press("C-c", "y")
	again.waitExit(0)
}
