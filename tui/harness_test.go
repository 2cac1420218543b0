package tui

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestMain(m *testing.M) {
	common.PinEastAsianWidth()
	code := m.Run()
	if fuzzDB.st != nil {
		fuzzDB.st.Close()
	}
	if tempDir.dir != "" {
		os.RemoveAll(tempDir.dir)
	}
	os.Exit(code)
}

// t0 is the fixed "now" of the tests: the kickoff's start.
var t0 = time.Date(2022, 12, 9, 9, 0, 0, 0, time.Local)

// harness drives the root model the way the program does, but in one
// goroutine: it feeds a message to Update, runs the returned Cmds and feeds
// their messages back until nothing is left.
type harness struct {
	t     *testing.T
	app   *App
	store *testStore
	now   time.Time
	quit  bool
}

// newHarness starts the app on a new database holding the test workshop.
func newHarness(t *testing.T, w, h int, r model.Resume) *harness {
	t.Helper()
	return newHarnessOn(t, newTestStore(t), w, h, r)
}

// newHarnessOn starts the app on st, as a restart on a kept database does.
func newHarnessOn(t *testing.T, st *testStore, w, h int, r model.Resume) *harness {
	t.Helper()
	hs := &harness{t: t, store: st, now: t0}
	c := common.NewCommon(i18n.Japanese, "/tmp/yoriai-test.db", 1)
	c.OpenExternal = noOpen // a test never launches a browser
	c.Now = func() time.Time { return hs.now }
	hs.app = New(c, st, r)
	hs.app.tick = func() tea.Cmd { return nil }
	hs.run(hs.app.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send feeds msg and everything it leads to.
func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	queue := []tea.Msg{msg}
	for len(queue) > 0 && !h.quit {
		next := queue[0]
		queue = queue[1:]
		_, cmd := h.app.Update(next)
		queue = append(queue, h.exec(cmd)...)
	}
}

func (h *harness) run(cmd tea.Cmd) {
	for _, msg := range h.exec(cmd) {
		h.send(msg)
	}
}

// exec runs cmd and flattens batches; a quit is noted, not returned.
func (h *harness) exec(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, h.exec(c)...)
		}
		return out
	case tea.QuitMsg:
		h.quit = true
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// keys sends each key: a named key ("enter", "esc", "tab", "space",
// "shift+tab", "up", "down", "left", "right", "ctrl+c") or a single rune.
func (h *harness) keys(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

// typeText sends text one rune at a time, as a terminal does, also for
// Japanese committed from an IME.
func (h *harness) typeText(s string) {
	for _, r := range s {
		if r == ' ' {
			h.send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
			continue
		}
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// view is the whole screen without colours.
func (h *harness) view() string {
	return ansi.Strip(h.app.View().Content)
}

// assertFits fails when any line is wider than the terminal or there are
// more lines than rows.
func (h *harness) assertFits() {
	h.t.Helper()
	lines := strings.Split(h.app.View().Content, "\n")
	if len(lines) > h.app.height {
		h.t.Errorf("view has %d lines, terminal has %d rows", len(lines), h.app.height)
	}
	for i, l := range lines {
		if w, wc := lipgloss.Width(l), ansi.StringWidthWc(l); w > h.app.width || wc > h.app.width {
			h.t.Errorf("line %d is %d cells wide (%d code point by code point), terminal is %d: %q", i, w, wc, h.app.width, ansi.Strip(l))
		}
	}
}

func (h *harness) contains(want ...string) {
	h.t.Helper()
	v := h.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			h.t.Errorf("screen lacks %q:\n%s", w, v)
		}
	}
}

func (h *harness) lacks(bad ...string) {
	h.t.Helper()
	v := h.view()
	for _, b := range bad {
		if strings.Contains(v, b) {
			h.t.Errorf("screen shows %q but should not:\n%s", b, v)
		}
	}
}

// golden compares the screen with testdata/<name>.golden; -update rewrites it.
func (h *harness) golden(name string) {
	h.t.Helper()
	got := h.view()
	// Every line fills the terminal's width exactly: the screen is
	// painted edge to edge, and a golden shows it with its padding.
	for i, l := range strings.Split(got, "\n") {
		// exactly the width both as lipgloss counts (grapheme clusters)
		// and as tmux and most terminals draw (code point by code point)
		if w, wc := lipgloss.Width(l), ansi.StringWidthWc(l); w != h.app.width || wc != h.app.width {
			h.t.Errorf("line %d is %d cells (%d code point by code point), want %d: %q", i, w, wc, h.app.width, l)
		}
	}
	got += "\n"
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			h.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			h.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		h.t.Fatalf("%v (run go test ./tui -update to create it)", err)
	}
	if string(want) != got {
		h.t.Errorf("screen differs from %s (go test ./tui -update refreshes it)\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

func teaSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

func keyCtrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

func ansiStrip(s string) string { return ansi.Strip(s) }
