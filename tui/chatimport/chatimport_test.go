package chatimport

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/importer"
	"yoriai/tui/common"
)

func TestCleanPath(t *testing.T) {
	cases := []struct{ in, want string }{
		{`C:\Users\yamada\Downloads\[LINE]WG.txt`, `C:\Users\yamada\Downloads\[LINE]WG.txt`},
		{`"C:\Users\yamada\Downloads\トーク 履歴.txt"`, `C:\Users\yamada\Downloads\トーク 履歴.txt`}, // Explorer's パスのコピー
		{"  '/home/yamada/chat.txt'\r", "/home/yamada/chat.txt"},
		{"/tmp/a.txt\r/tmp/b.txt", "/tmp/a.txt /tmp/b.txt"}, // two lines pasted stay one path field
		{"", ""},
	}
	if runtime.GOOS != "windows" {
		cases = append(cases, struct{ in, want string }{`/Users/yamada/Downloads/My\ Chat.txt`, "/Users/yamada/Downloads/My Chat.txt"})
	}
	for _, c := range cases {
		if got := cleanPath(c.in); got != c.want {
			t.Errorf("cleanPath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// bigPreview is a dialog showing a chat of n messages.
func bigPreview(n int) *Dialog {
	c := common.NewCommon(i18n.Japanese, "/tmp/x.db", 1)
	d, _ := New(c)
	p := importer.Preview{Format: importer.FormatLINE}
	at := time.Date(2022, 12, 12, 10, 0, 0, 0, time.Local)
	for i := range n {
		p.Messages = append(p.Messages, importer.Message{Line: i + 5, At: at.Add(time.Duration(i) * time.Minute),
			Name: fmt.Sprintf("職員 %d", i%30), Text: strings.Repeat("窓口の待ち時間が長い。", 1+i%5)})
	}
	d.show("/tmp/chat.txt", p)
	return d
}

// TestPreviewDrawsOnlyWhatFits scrolls a chat of 20,000 messages to its
// end: the view keeps its height, and the cursor's row is on it.
func TestPreviewDrawsOnlyWhatFits(t *testing.T) {
	d := bigPreview(20000)
	for range 3 {
		d.Update(tea.KeyPressMsg{Code: tea.KeyPgDown})
	}
	d.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	v := d.View(80, 20)
	if n := strings.Count(v, "\n") + 1; n != 20 {
		t.Errorf("the view is %d lines, want 20", n)
	}
	if !strings.Contains(v, "> [ ] ") || !strings.Contains(v, "取り込む 19999件 ／ 20000件") {
		t.Errorf("the unchecked row under the cursor is not shown:\n%s", v)
	}
	d.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	if !strings.Contains(d.View(80, 20), "取り込む 20000件 ／ 20000件") || len(d.Selected().Lines) != 20000 {
		t.Error("a did not check every message")
	}
}

// BenchmarkPreviewKey is one cursor move and one frame in a chat of
// 20,000 messages: it costs the rows in sight, not the messages.
func BenchmarkPreviewKey(b *testing.B) {
	d := bigPreview(20000)
	down := tea.KeyPressMsg{Code: tea.KeyDown}
	for b.Loop() {
		d.Update(down)
		_ = d.View(120, 40)
	}
}

// run feeds msg to d and everything its Cmds lead to, as the program would.
func run(d *Dialog, msg tea.Msg) {
	queue := []tea.Msg{msg}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		var drain func(cmd tea.Cmd)
		drain = func(cmd tea.Cmd) {
			if cmd == nil {
				return
			}
			switch out := cmd().(type) {
			case tea.BatchMsg:
				for _, c := range out {
					drain(c)
				}
			case nil:
			default:
				queue = append(queue, out)
			}
		}
		drain(d.Update(m))
	}
}

// TestRandomKeysNeverPanic walks folders, files and the preview with
// random keys and sizes: nothing panics, and every view keeps its height.
func TestRandomKeysNeverPanic(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	for _, dir := range []string{"Downloads/古い", "Downloads/空", "Documents"} {
		os.MkdirAll(filepath.Join(home, dir), 0o700)
	}
	line, _ := os.ReadFile(filepath.Join("..", "..", "importer", "testdata", "line_phone.txt"))
	os.WriteFile(filepath.Join(home, "Downloads", "line.txt"), line, 0o600)
	os.WriteFile(filepath.Join(home, "Downloads", "古い", "a.csv"), []byte("日時,名前,本文\n2022/12/12 10:00,山田,紙が多い\n"), 0o600)
	os.WriteFile(filepath.Join(home, "Downloads", "bin.txt"), []byte{0, 1, 2, 0xff}, 0o600)
	keys := []tea.KeyPressMsg{{Code: tea.KeyUp}, {Code: tea.KeyDown}, {Code: tea.KeyEnter}, {Code: tea.KeyLeft},
		{Code: tea.KeyRight}, {Code: tea.KeyBackspace}, {Code: tea.KeyTab}, {Code: tea.KeyEscape}, {Code: tea.KeyEnd},
		{Code: tea.KeyHome}, {Code: tea.KeyPgDown}, {Code: tea.KeySpace, Text: " "}, {Code: 'a', Text: "a"},
		{Code: 'G', Text: "G"}, {Code: 'x', Text: "x"}}
	rnd := uint64(1)
	next := func(n int) int { rnd = rnd*6364136223846793005 + 1442695040888963407; return int(rnd>>33) % n }
	c := common.NewCommon(i18n.Japanese, "/tmp/x.db", 1)
	for round := range 40 {
		d, cmd := New(c)
		run(d, cmd())
		for range 60 {
			if d.State() != common.FormEditing {
				break
			}
			if next(20) == 0 {
				run(d, tea.PasteMsg{Content: filepath.Join(home, "Downloads")})
			}
			run(d, keys[next(len(keys))])
			w, h := 20+next(140), 3+next(45)
			if v := d.View(w, h); strings.Count(v, "\n")+1 > h {
				t.Fatalf("round %d: the view is taller than %d:\n%s", round, h, v)
			}
			d.Cursor(w, h)
			d.Help()
		}
	}
}
