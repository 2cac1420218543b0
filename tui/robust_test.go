package tui

import (
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// randomKeys are the keys a hurried facilitator (or a cat) might press.
var randomKeys = []string{
	"enter", "esc", "tab", "shift+tab", "space", "up", "down", "left", "right", "backspace",
	"n", "p", "a", "e", "d", "u", "q", "y", "R", "P", "T", "E", "?", "j", "k", "山", "①",
}

// TestRandomKeysNeverBreakTheScreen presses random keys on every screen at
// several sizes, resizing now and then, and checks that nothing panics and
// that the view always fits the terminal.
func TestRandomKeysNeverBreakTheScreen(t *testing.T) {
	sizes := [][2]int{{80, 24}, {40, 12}, {120, 40}, {39, 11}, {200, 60}}
	for seed := uint64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewPCG(seed, 42))
		h := newHarness(t, 80, 24, model.Resume{})
		for step := 0; step < 300; step++ {
			k := randomKeys[rng.IntN(len(randomKeys))]
			switch {
			case k == "q" || k == "ctrl+c":
				continue // quitting ends the run; tested elsewhere
			case rng.IntN(40) == 0:
				s := sizes[rng.IntN(len(sizes))]
				h.send(tea.WindowSizeMsg{Width: s[0], Height: s[1]})
			case rng.IntN(30) == 0:
				h.send(tea.PasteMsg{Content: "貼り付け\r\x1b[2J二行目\x00"})
			case rng.IntN(20) == 0:
				h.now = h.now.Add(time.Duration(rng.IntN(600)) * time.Second)
				h.send(common.TickMsg{At: h.now})
			default:
				h.keys(k)
			}
			h.assertFits()
			if t.Failed() {
				t.Fatalf("seed %d step %d after key %q", seed, step, k)
			}
		}
	}
}

func TestHelpOverlayAndQuit(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("?")
	h.contains("キー操作", "名簿", "投影モード", "終了")
	h.assertFits()
	h.keys("esc")
	h.lacks("キー操作")
	h.keys("q")
	if !h.quit {
		t.Fatal("q should quit")
	}
}

// TestQueueKeepsOrder runs the Cmds of queued jobs in reverse order and in
// parallel; the jobs themselves must still run in the order they were
// queued, each Cmd returning its own job's result.
func TestQueueKeepsOrder(t *testing.T) {
	q := common.NewQueue()
	var mu sync.Mutex
	var ran []int
	var cmds []tea.Cmd
	for i := range 50 {
		cmds = append(cmds, q.Do(func() tea.Msg {
			mu.Lock()
			ran = append(ran, i)
			mu.Unlock()
			return i
		}))
	}
	results := make([]tea.Msg, len(cmds))
	var wg sync.WaitGroup
	for i := len(cmds) - 1; i >= 0; i-- {
		wg.Add(1)
		go func() { defer wg.Done(); results[i] = cmds[i]() }()
	}
	wg.Wait()
	var r common.Reorder
	var delivered []tea.Msg
	for i := len(results) - 1; i >= 0; i-- { // the batches arrive last first
		if m, ok := results[i].(common.QueuedMsg); ok {
			delivered = append(delivered, r.Arrive(m)...)
		}
	}
	for i := range ran {
		if ran[i] != i {
			t.Fatalf("jobs ran in order %v", ran)
		}
	}
	if len(delivered) != len(cmds) {
		t.Fatalf("%d results handed on, want %d", len(delivered), len(cmds))
	}
	for i := range delivered {
		if delivered[i] != i {
			t.Fatalf("results handed on in order %v", delivered)
		}
	}
}

// TestQueueCmdNeverRun drops a Cmd: the next Cmd brings its result, so
// nothing after it waits for a message that never comes.
func TestQueueCmdNeverRun(t *testing.T) {
	q := common.NewQueue()
	_ = q.Do(func() tea.Msg { return "first" }) // never run
	second := q.Do(func() tea.Msg { return "second" })
	var r common.Reorder
	got := r.Arrive(second().(common.QueuedMsg))
	if len(got) != 2 || got[0] != "first" || got[1] != "second" {
		t.Errorf("handed on %v", got)
	}
}

// TestQueueFlushRunsWhatNoCmdRan is the quit-right-after-a-key case: the
// program ends before the Cmd runs, and Flush still commits the write.
func TestQueueFlushRunsWhatNoCmdRan(t *testing.T) {
	q := common.NewQueue()
	done := false
	_ = q.Do(func() tea.Msg { done = true; return nil })
	q.Flush()
	if !done {
		t.Fatal("Flush left a queued job unrun")
	}
}
