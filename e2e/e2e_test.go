//go:build unix

package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

var binary string // the yoriai binary built for this run

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			fmt.Fprintln(os.Stderr, "e2e: tmux is required in CI (.ci/run installs it)")
			return 1
		}
		fmt.Fprintln(os.Stderr, "e2e: tmux not found, skipping the end-to-end tests")
		return 0
	}
	dir, err := os.MkdirTemp("", "yoriai-e2e-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "yoriai")
	build := exec.Command("go", "build", "-o", binary, "yoriai/cmd/yoriai")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build failed:", err)
		return 1
	}
	return m.Run()
}

var sessions atomic.Int64

// sources makes go test's cache see the binary's sources: the binary is
// built by go build, whose reads the cache does not follow, so a changed
// file elsewhere in the module would otherwise leave an old pass cached.
// A file the test stats is part of its cache key (logged only once the
// tests run, so not from TestMain).
var sources sync.Once

// statSources stats every file of the module outside .git.
func statSources() {
	filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		switch {
		case err != nil:
			return nil
		case d.IsDir() && d.Name() == ".git":
			return filepath.SkipDir
		case !d.IsDir():
			os.Stat(path)
		}
		return nil
	})
}

// term is one tmux server on its own socket, running one command in a
// 120×40 window. Cleanup kills that server and nothing else.
type term struct {
	t      *testing.T
	socket string
}

// start runs the yoriai binary with args in a fresh tmux server, under a
// shell that prints "[exit N]" when it ends and then stays a while: tmux can
// lose a dying program's last output, and the test wants to read it. A
// killed app leaves line wrapping off (the renderer turns it off while it
// draws), so the shell turns it back on and starts a line before the note,
// which would otherwise pile up in the last column; it restores nothing
// else (a clean exit must leave the screen itself).
func start(t *testing.T, args ...string) *term {
	t.Helper()
	return startEnv(t, nil, args...)
}

// startEnv is start with more environment for the binary, as NAME=value
// (HOME, for a test that needs a home folder of its own).
func startEnv(t *testing.T, env []string, args ...string) *term {
	t.Helper()
	sources.Do(statSources)
	tm := &term{t: t, socket: fmt.Sprintf("yoriai-e2e-%d-%d", os.Getpid(), sessions.Add(1))}
	cmd := strings.Join(quoteAll(append([]string{binary}, args...)), " ") +
		`; code=$?; printf '\033[?7h\r\n'; echo "[exit $code]"; sleep 60`
	session := []string{"-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "120", "-y", "40",
		"-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color"}
	for _, e := range env {
		session = append(session, "-e", e)
	}
	tm.tmux(append(session, cmd)...)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run() })
	return tm
}

func quoteAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return out
}

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is what the window shows now.
func (tm *term) screen() string { return ansi.Strip(tm.tmux("capture-pane", "-p", "-t", "main")) }

// waitFor polls the screen until every text is on it.
func (tm *term) waitFor(texts ...string) string {
	tm.t.Helper()
	return tm.waitUntil(fmt.Sprintf("%q on screen", texts), func(s string) bool {
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	})
}

// waitExit polls the screen until the shell says the app ended with
// status code. A killed app leaves the cursor where it was, so the note
// may wrap at the window's edge: lines are read joined, spaces left out.
func (tm *term) waitExit(code int) {
	tm.t.Helper()
	note := fmt.Sprintf("[exit%d]", code) // read without spaces: the one in it may fall at the wrap
	tm.waitUntil(note, func(s string) bool {
		return strings.Contains(strings.NewReplacer("\n", "", " ", "").Replace(s), note)
	})
}

// waitGone polls the screen until text is no longer on it.
func (tm *term) waitGone(text string) string {
	tm.t.Helper()
	return tm.waitUntil(fmt.Sprintf("%q gone", text), func(s string) bool { return !strings.Contains(s, text) })
}

func (tm *term) waitUntil(what string, ok func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(30 * time.Second) // generous: a shared 2-core machine can be slow
	var s string
	for time.Now().Before(deadline) {
		if s = tm.screen(); ok(s) {
			return s
		}
		time.Sleep(40 * time.Millisecond) // a poll interval, not a wait for the app
	}
	tm.t.Fatalf("timed out waiting for %s; the screen:\n%s", what, s)
	return ""
}

// typeText sends text literally, as an IME commits it.
func (tm *term) typeText(s string) { tm.tmux("send-keys", "-t", "main", "-l", s) }

// press sends named keys (Enter, Tab, Escape, Space) or single letters.
func (tm *term) press(keys ...string) {
	for _, k := range keys {
		if len(k) == 1 {
			tm.tmux("send-keys", "-t", "main", "-l", k)
			continue
		}
		tm.tmux("send-keys", "-t", "main", k)
	}
}

// cursor is the terminal cursor cell.
func (tm *term) cursor() (x, y int) {
	out := strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "main", "#{cursor_x},#{cursor_y}"))
	a, b, _ := strings.Cut(out, ",")
	x, _ = strconv.Atoi(a)
	y, _ = strconv.Atoi(b)
	return x, y
}

// shellPID is the process id of the shell in the pane; yoriai is its child.
func (tm *term) shellPID() int {
	p, err := strconv.Atoi(strings.TrimSpace(tm.tmux("display-message", "-p", "-t", "main", "#{pane_pid}")))
	if err != nil {
		tm.t.Fatal(err)
	}
	return p
}

// childOf finds the process whose parent is ppid, from /proc.
func childOf(t *testing.T, ppid int) int {
	t.Helper()
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid …; comm may hold spaces, so cut at the last ')'.
		i := strings.LastIndexByte(string(stat), ')')
		f := strings.Fields(string(stat[i+1:]))
		if len(f) > 1 && f[1] == strconv.Itoa(ppid) {
			return pid
		}
	}
	t.Fatalf("no child of process %d", ppid)
	return 0
}

// addParticipant adds 山田 太郎 of 企画財政課 from the home screen and
// checks that the real cursor sits right after the typed name.
func addParticipant(t *testing.T, tm *term) {
	tm.press("R")
	tm.waitFor("名簿（0名）")
	tm.press("a")
	tm.waitFor("参加者を追加")
	tm.typeText("山田 太郎")
	s := tm.waitFor("山田 太郎")
	x, y := tm.cursor()
	lines := strings.Split(s, "\n")
	if y >= len(lines) || !strings.Contains(lines[y], "山田 太郎") {
		t.Fatalf("cursor row %d is not the name field:\n%s", y, s)
	}
	line := lines[y]
	if want := ansi.StringWidth(line[:strings.Index(line, "山田 太郎")]) + ansi.StringWidth("山田 太郎"); x != want {
		t.Errorf("cursor at column %d, want %d (right after 山田 太郎) in %q", x, want, line)
	}
	tm.press("Tab")
	tm.typeText("企画財政課")
	tm.press("Enter")
	tm.waitFor("山田 太郎 さんを保存しました", "企画財政課", "名簿（1名）")
}

func TestQuitAndResume(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("鹿島市 DX推進ワーキンググループ検討会", "キックオフ", "第6回")
	addParticipant(t, tm)
	tm.press("Escape")
	tm.waitFor("enter で進行表を開きます")
	tm.press("Enter")
	tm.waitFor("現在 1/", "市長から", "（停止中）")
	tm.press("n", "n")
	tm.waitFor("現在 3/")
	tm.press("Space")
	tm.waitGone("（停止中）")
	tm.press("q")
	if s := tm.waitFor("データベース："+dbPath, "[exit 0]"); strings.Contains(s, "①") || strings.Contains(s, "[6n") {
		t.Errorf("the width probe left its traces on the terminal:\n%s", s)
	}

	info, err := os.Stat(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("database mode %o, want 600", perm)
	}
	if _, err := os.Stat(dbPath + ".lock"); err == nil {
		t.Error("a .lock file is left after a clean exit")
	}

	again := start(t, "--db", dbPath)
	s := again.waitFor("現在 3/")
	if strings.Contains(s, "（停止中）") {
		t.Errorf("the timer was running at quit and should still run:\n%s", s)
	}
	again.press("R")
	again.waitFor("山田 太郎", "企画財政課", "名簿（1名）")
}

func TestKill9KeepsWhatWasSaved(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	addParticipant(t, tm)
	proc, err := os.FindProcess(childOf(t, tm.shellPID()))
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil { // SIGKILL: no chance to flush or clean up
		t.Fatal(err)
	}
	// killed by SIGKILL; the shell's words follow the app's last cursor
	// position, so "[exit 137]" may wrap at the window's edge
	tm.waitExit(137)

	again := start(t, "--db", dbPath)
	again.waitFor("名簿（1名）", "山田 太郎", "企画財政課") // it was on the roster when killed
}

func TestSecondInstanceIsRefused(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	out, err := exec.Command(binary, "--db", dbPath).CombinedOutput()
	if err == nil {
		t.Fatalf("a second yoriai on the same file should fail; it printed:\n%s", out)
	}
	if !strings.Contains(string(out), "別の yoriai が使用中です") {
		t.Errorf("unclear refusal:\n%s", out)
	}
	if _, err := os.Stat(dbPath + ".lock"); err != nil {
		t.Errorf("the refused second yoriai removed the holder's lock file: %v", err)
	}
}

// resultsShown reports whether the screen shows anything of a poll's
// results: a percentage, a bar or the n of the chart.
func resultsShown(s string) bool {
	return strings.Contains(s, "%") || strings.Contains(s, "█") || strings.Contains(s, "n=")
}

// castBallot casts one anonymous ballot: choice (1–5) and a reason, and
// waits for the thank-you, checking that no screen on the way showed a
// result.
func castBallot(t *testing.T, tm *term, choice int, reason string) {
	t.Helper()
	s := tm.waitFor("( ) 1. 必要だと思う", "enter 投票する")
	if resultsShown(s) {
		t.Fatalf("the blank ballot shows a result:\n%s", s)
	}
	tm.typeText(strconv.Itoa(choice))
	tm.press("Tab")
	tm.typeText(reason)
	tm.waitFor(reason)
	tm.press("Enter")
	if s := tm.waitFor("ご回答ありがとうございました。次の方へ"); resultsShown(s) || strings.Contains(s, reason) {
		t.Fatalf("the thank-you shows a result or the reason:\n%s", s)
	}
	tm.press("Enter")
	tm.waitGone("ご回答ありがとうございました")
}

// TestAnonymousPollInTmux runs the kickoff poll as a room would: five
// anonymous ballots with Japanese reasons, a kill -9 in the middle of the
// ballot, the reveal, and a restart after it.
func TestAnonymousPollInTmux(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	tm.press("Enter")
	tm.waitFor("現在 1/")
	for range 9 {
		tm.press("Down")
	}
	tm.press("Enter")
	tm.waitFor("デジタル変革は必要か", "集め方を選んでください")
	tm.press("3")
	tm.waitFor("暗証番号（4〜8桁の数字）")
	tm.typeText("2468")
	tm.press("Enter")
	tm.waitFor("もう一度")
	tm.typeText("2468")
	tm.press("Enter")

	reasons := []string{"窓口の待ち時間を減らしたい", "紙の申請書が多すぎる", "職員が減っていくから", "若い世代が使いやすい市に", "災害時の情報発信"}
	choices := []int{1, 2, 3, 1, 2}
	for i := range 3 {
		castBallot(t, tm, choices[i], reasons[i])
	}
	proc, err := os.FindProcess(childOf(t, tm.shellPID()))
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil {
		t.Fatal(err)
	}
	tm.waitExit(137)

	again := start(t, "--db", dbPath) // back in the ballot, still hidden
	for i := 3; i < 5; i++ {
		castBallot(t, again, choices[i], reasons[i])
	}
	again.press("q", "?", "r") // a participant's keys do nothing
	if s := again.waitFor("( ) 1. 必要だと思う"); resultsShown(s) || strings.Contains(s, "[exit") {
		t.Fatalf("a participant's keys acted:\n%s", s)
	}
	again.press("Escape")
	again.waitFor("ファシリテーターの暗証番号")
	again.typeText("2468")
	again.press("Enter")
	if s := again.waitFor("投票 5票", "結果は公開するまで表示しません"); resultsShown(s) {
		t.Fatalf("the closed ballot shows results:\n%s", s)
	}
	again.press("r")
	again.waitFor("結果を公開しますか")
	again.press("y")
	again.waitFor("n=5", "2  40%", "1  20%", "理由（5件）", "災害時の情報発信")

	proc, err = os.FindProcess(childOf(t, again.shellPID()))
	if err != nil {
		t.Fatal(err)
	}
	if err := proc.Kill(); err != nil {
		t.Fatal(err)
	}
	again.waitExit(137)
	third := start(t, "--db", dbPath)
	third.waitFor("n=5", "2  40%", "1  20%", "窓口の待ち時間を減らしたい")
}

// TestChatImportTriageAndLinkInTmux brings a chat log in from the command
// line, sorts two of its lines into 「業務の効率化」 as a problem and a
// goal, links them, and finds the link again after a restart.
func TestChatImportTriageAndLinkInTmux(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kashima.db")
	chat := filepath.Join(dir, "chat.txt")
	if err := os.WriteFile(chat, []byte("[2022/12/20 9:00] 山田 太郎: 紙の申請書が多い\r\n佐藤 花子：申請がオンラインで完結する\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tm := start(t, "--db", dbPath) // the first start creates the workshop
	tm.waitFor("キックオフ", "第2回")
	tm.press("q")
	tm.waitExit(0)

	out, err := exec.Command(binary, "import", "chat", chat, "--db", dbPath).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "追加 2件") {
		t.Fatalf("import chat: %v\n%s", err, out)
	}

	app := start(t, "--db", dbPath)
	app.waitFor("第2回")
	app.press("Down", "Enter")
	app.waitFor("種類", "タスク①の検討") // the run sheet, not the home screen's summary
	app.press("Down", "Down", "Enter")
	app.waitFor("受け箱（2）", "チ 紙の申請書が多い")
	app.press("m")
	app.waitFor("どこへ移しますか", "業務の効率化／課題")
	app.press("Down", "Down", "Enter")
	app.waitFor("受け箱（1）")
	app.press("m")
	app.waitFor("業務の効率化／達成目標")
	app.press("Down", "Down", "Down", "Enter")
	app.waitFor("受け箱（0）")
	app.press("Right", "Right")
	app.waitFor("業務の効率化（2）", "課 紙の申請書が多い", "目 申請がオンラインで完結")
	app.press("Down", "l")
	app.waitFor("どの課題が解決した状態ですか")
	app.press("Down", "Enter")
	app.waitFor("└目 申請がオンラインで完結")
	app.press("q")
	app.waitExit(0)

	again := start(t, "--db", dbPath) // back on the board
	again.waitFor("受け箱（0）")
	again.press("Right", "Right")
	again.waitFor("課 紙の申請書が多い", "└目 申請がオンラインで完結")
}

// TestTask2VoteChooseAndPlanInTmux runs Task ② as 第4回 would: two
// participants put their dots, two problems are chosen for 令和6年度, one
// initiative is drafted with Japanese text in every field, and after a
// restart it is all there.
func TestTask2VoteChooseAndPlanInTmux(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	tm := start(t, "--db", dbPath)
	tm.waitFor("キックオフ")
	tm.press("R")
	tm.waitFor("名簿（0名）")
	for _, p := range [][2]string{{"山田 太郎", "企画財政課"}, {"佐藤 花子", "総務課"}} {
		tm.press("a")
		tm.waitFor("参加者を追加")
		tm.typeText(p[0])
		tm.press("Tab")
		tm.typeText(p[1])
		tm.press("Enter")
		tm.waitFor(p[0] + " さんを保存しました")
	}
	tm.press("Escape")
	tm.waitFor("enter で進行表を開きます")

	// two problems on the Task ① board of 第2回
	tm.press("Down", "Enter")
	tm.waitFor("種類", "タスク①の検討") // the run sheet, not the home screen's summary
	tm.press("Down", "Down", "Enter")
	tm.waitFor("受け箱（0）")
	tm.press("Tab", "a")
	tm.waitFor("課題を追加")
	tm.typeText("窓口の待ち時間が長い")
	tm.press("Enter")
	tm.waitFor("課 窓口の待ち時間が長い")
	tm.press("Tab", "a")
	tm.waitFor("課題を追加")
	tm.typeText("紙の申請書が多い")
	tm.press("Enter")
	tm.waitFor("課 紙の申請書が多い")
	tm.press("Escape") // one at a time: two escapes in a row read as alt+esc
	tm.waitFor("種類", "状態")
	tm.press("Escape")
	tm.waitFor("enter で続きから再開します")

	// 第4回: Task ②
	tm.press("Down", "Down", "Enter")
	tm.waitFor("種類", "タスク②の検討")
	tm.press("Down", "Enter")
	// 第2回 was left under way: starting 第4回 as well asks first
	tm.waitFor("会議「第2回」が進行中です。会議「第4回」も始めますか")
	tm.press("y")
	tm.waitFor("まだ投票がありません")
	tm.press("N", "y")
	tm.waitFor("新しい回の進め方")
	tm.press("Down", "Enter")
	tm.waitFor("合計を公開まで隠しますか")
	tm.press("n")
	tm.waitFor("投票する人：< 山田 太郎 >", "残り 3/3票")
	tm.press("+", "+", "Down", "+")
	tm.waitFor("残り 0/3票")
	tm.press("Right")
	tm.waitFor("投票する人：< 佐藤 花子 >")
	tm.press("+", "Up", "+")
	tm.waitFor("残り 1/3票", "計  3")
	tm.press("Tab")
	tm.waitFor("[順位と選定]", "3票")
	tm.press("c", "Down", "c")
	tm.waitFor("令和6年度に取り組む課題：市民の利便性向上 1件 ・ 業務の効率化 1件")

	tm.press("Tab")
	tm.waitFor("まだ取組がありません")
	tm.press("a")
	tm.waitFor("取組を追加")
	fields := []string{"電子申請の拡充", "", "", "よく使う手続からオンライン化する", "企画財政課", "オンライン申請率",
		"５％", "５０％", "対象手続の洗い出し", "順次オンライン化", "効果検証"}
	for i, text := range fields {
		switch i {
		case 1: // the pillar: the first, 市民の利便性向上
		case 2:
			tm.press("Space") // its chosen problem
		default:
			tm.typeText(text)
			tm.waitFor(text)
		}
		tm.press("Tab")
	}
	tm.press("Right") // 検討中
	tm.waitFor("< 検討中 >")
	tm.press("Escape")
	tm.waitFor("〔市民の利便性向上〕電子申請の拡充 ・ 企画財政課 ・ 検討中")
	tm.press("q")
	tm.waitExit(0)

	again := start(t, "--db", dbPath)
	again.waitFor("タスク②の検討", "[投票]")
	again.press("Tab")
	again.waitFor("★", "窓口の待ち時間が長い")
	again.press("Tab")
	again.waitFor("〔市民の利便性向上〕電子申請の拡充 ・ 企画財政課 ・ 検討中", "よく使う手続からオンライン化する",
		"オンライン申請率（５％ → ５０％）", "R6 対象手続の洗い出し", "R8 効果検証")
	again.press("Enter")
	again.waitFor("取組を編集", "窓口の待ち時間が長い")
}

// TestSignalsEndCleanly sends SIGTERM and SIGHUP (the terminal window
// closed) to a running yoriai: it ends with status 0, restores the
// terminal, and what was saved is there next time.
func TestSignalsEndCleanly(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dbPath := filepath.Join(t.TempDir(), "kashima.db")
			tm := start(t, "--db", dbPath)
			tm.waitFor("キックオフ")
			addParticipant(t, tm)
			if err := syscall.Kill(childOf(t, tm.shellPID()), sig); err != nil {
				t.Fatal(err)
			}
			s := tm.waitFor("[exit 0]", "データベース："+dbPath)
			if strings.Contains(s, "名簿（1名）") {
				t.Errorf("the app's screen is still up after it ended:\n%s", s)
			}
			again := start(t, "--db", dbPath)
			again.waitFor("山田 太郎", "名簿（1名）") // it resumes on the roster
		})
	}
}

// TestKillLoopLosesNothingConfirmed adds participants one by one and kills
// yoriai with SIGKILL at a random moment, 20 times over: every name the
// screen confirmed as saved is there after each restart, and the file
// passes SQLite's integrity check at the end.
func TestKillLoopLosesNothingConfirmed(t *testing.T) {
	if testing.Short() {
		t.Skip("20 kills take a while")
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewPCG(uint64(seed), 0))
	t.Logf("seed %d", seed)
	dbPath := filepath.Join(t.TempDir(), "kashima.db")
	var confirmed []string
	for round := range 20 {
		tm := start(t, "--db", dbPath)
		s := tm.waitUntil("the app", func(s string) bool { return strings.Contains(s, "キックオフ") || strings.Contains(s, "名簿（") })
		if !strings.Contains(s, "名簿（") {
			tm.press("R")
		}
		// every confirmed name is there (a name killed while saving may be too)
		tm.waitFor(append([]string{"名簿（"}, confirmed...)...)
		// one name saved and confirmed, then a kill somewhere in the next
		name := fmt.Sprintf("職員%02d 試験", round)
		tm.press("a")
		tm.waitFor("参加者を追加")
		tm.typeText(name)
		tm.press("Enter")
		tm.waitFor(name + " さんを保存しました")
		confirmed = append(confirmed, name)
		tm.press("a")
		tm.typeText(fmt.Sprintf("途中%02d", round))
		if rng.IntN(2) == 0 {
			tm.press("Enter") // killed while this one may or may not be written
		}
		time.Sleep(time.Duration(rng.IntN(30)) * time.Millisecond) // the random moment itself
		if err := syscall.Kill(childOf(t, tm.shellPID()), syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		tm.waitExit(137)
		exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
	}
	out, err := exec.Command(binary, "doctor", "--db", dbPath).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "整合性：ok") {
		t.Fatalf("doctor after 20 kills: %v\n%s", err, out)
	}
}
