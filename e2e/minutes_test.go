//go:build unix

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// slidePos reads the current item's place in its agenda ("3/11 残り") from
// the status bar, the screen's first line.
var slidePos = regexp.MustCompile(`\s(\d+)/(\d+) (残り|超過)`)

// nextUntil moves the slide on with n, one item at a time (waiting each
// time for the status bar to name the next item, so no key runs ahead of
// the screen), until text is on the screen; at most limit items.
func (tm *term) nextUntil(text string, limit int) string {
	tm.t.Helper()
	for range limit {
		s := tm.screen()
		if strings.Contains(s, text) {
			return s
		}
		status, _, _ := strings.Cut(s, "\n")
		m := slidePos.FindStringSubmatch(status)
		if m == nil {
			tm.t.Fatalf("no item's place in the status bar:\n%s", s)
		}
		at, _ := strconv.Atoi(m[1])
		next := fmt.Sprintf(" %d/%s ", at+1, m[2])
		tm.press("n")
		tm.waitUntil("item "+next, func(s string) bool {
			status, _, _ := strings.Cut(s, "\n")
			return strings.Contains(status, next)
		})
	}
	return tm.waitFor(text) // the last item's panel may still be loading
}

// TestMeetingRecordReachesTheMinutesInTmux runs the kickoff and 第2回 as a
// facilitator does and checks that the city's documents give it all back:
// at the kickoff a 決定事項 and a 宿題 (担当 from the roster, 期限 typed
// 1/20) and three ideas on the first prompt; in 第2回 the ふりかえり shows
// the 宿題 as open and it is marked 完了; two of the kickoff's ideas move
// onto the Task ① board. The kickoff's minutes, as Markdown and as Word
// (read back by LibreOffice), hold every idea with where the moved ones
// went, the decision and the action item.
func TestMeetingRecordReachesTheMinutesInTmux(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	addParticipant(t, tm)
	tm.press("Escape")
	tm.waitFor("enter で進行表を開きます")
	tm.press("Enter")
	tm.waitFor("現在 1/")
	tm.press("Enter") // the first item's slide
	tm.waitFor("w 記録")

	// the kickoff's record: a decision and an action item
	tm.press("w")
	tm.waitFor("記録：", "（0件）")
	tm.press("a", "Right")
	tm.waitFor("< 決定事項 >")
	tm.typeText("次回はタスク①を柱ごとに検討する")
	tm.press("Enter")
	tm.waitFor("（1件）")
	tm.press("a", "Left")
	tm.waitFor("< 宿題 >")
	tm.typeText("各課の申請書の数を調べる")
	tm.press("Tab", "Down")
	tm.waitFor("担当：山田 太郎")
	tm.press("Tab")
	tm.typeText("1/20")
	tm.press("Enter")
	tm.waitFor("（2件）", "各課の申請書の数を調べる  担当 山田 太郎 期限 R5.1.20")
	tm.press("Escape")
	tm.waitGone("記録：")

	// three ideas on the first prompt
	tm.nextUntil("問い：もっと住みやすくなるには", 12)
	ideas := []string{"バスの時刻がスマホで分かる", "窓口に行かずに手続きできる", "図書館の本を予約できる"}
	for i, idea := range ideas {
		tm.press("a")
		tm.waitFor("アイデアを追加")
		tm.typeText(idea)
		tm.press("Enter")
		tm.waitFor("アイデア（" + string(rune('1'+i)) + "件）")
	}
	tm.press("E")
	tm.waitFor("を終了しますか")
	tm.press("y")
	tm.waitGone("を終了しますか")
	tm.press("Escape") // the run sheet says the meeting ended
	tm.waitFor("[終了]")
	tm.press("q")
	tm.waitExit(0)

	// 第2回: its ふりかえり shows the open 宿題, marked done there
	app := start(t, "--db", dbPath)
	app.waitFor("キックオフ", "[終了]") // it resumes on the kickoff's run sheet
	app.press("Escape")
	app.waitFor("> 2   第2回") // home stands on the next meeting, the kickoff having ended
	app.press("Enter")
	app.waitFor("種類", "第2回  ", "前回とチャットのふりかえり") // 第2回's run sheet
	app.press("Enter")
	app.waitFor("宿題（残り 1件）", "各課の申請書の数を調べる", "担当 山田 太郎")
	app.press("Tab", "c")
	app.waitFor("宿題（残り 0件）")

	// two of the kickoff's ideas onto the board (item 3: the board's panel
	// loads after the slide is up, so it is waited for there)
	app.nextUntil(" 3/4 ", 6)
	app.waitFor("受け箱（3）")
	for _, left := range []string{"受け箱（2）", "受け箱（1）"} {
		app.press("m")
		app.waitFor("どこへ移しますか", "業務の効率化／課題")
		app.press("Down", "Down", "Enter")
		app.waitFor(left)
	}
	app.press("q")
	app.waitExit(0)

	// the kickoff's minutes, Markdown and Word
	md := filepath.Join(dir, "kickoff.md")
	docx := filepath.Join(dir, "kickoff.docx")
	for _, f := range [][2]string{{"md", md}, {"docx", docx}} {
		cmd := exec.Command(binary, "--db", dbPath, "export", "--format", f[0], "--meeting", "1", "--out", f[1])
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("export %s: %v\n%s", f[0], err, b)
		}
	}
	b, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]string{"次回はタスク①を柱ごとに検討する", "各課の申請書の数を調べる", "山田 太郎", "令和5年1月20日"}, ideas...)
	check := func(what, text string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("the %s minutes lack %q:\n%s", what, w, text)
			}
		}
		if n := strings.Count(text, "→ タスク① 業務の効率化／課題"); n < 2 {
			t.Errorf("the %s minutes name where %d of the 2 moved ideas went:\n%s", what, n, text)
		}
	}
	check("Markdown", string(b))

	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("soffice is not installed: .ci/run installs LibreOffice")
		}
		t.Skip("soffice is not installed: the Word minutes are not read back")
	}
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, docx)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	txt, err := os.ReadFile(filepath.Join(dir, "kickoff.txt"))
	if err != nil {
		t.Fatal(err)
	}
	check("Word", string(txt))
}
