package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// rssRuns is how many times each side of the peak RSS ratio runs; the
// table shows the medians.
const rssRuns = 3

// rssRatio is the peak resident memory of the real binary on the Task ①
// board of a workshop of 10,000 cards and of 100, each run in tmux, the two
// alternated rssRuns times; env is added to the binary's environment
// (GOMEMLIMIT=off: without main's GC limit). It returns the two medians in
// MB.
func rssRatio(env string) (small, large float64, err error) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		return 0, 0, fmt.Errorf("needs Linux /proc")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		return 0, 0, fmt.Errorf("needs tmux")
	}
	dir, err := os.MkdirTemp("", "yoriai-bench")
	if err != nil {
		return 0, 0, err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "yoriai")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/yoriai").CombinedOutput(); err != nil {
		return 0, 0, fmt.Errorf("build: %v %s", err, out)
	}
	sizes := []int{100, 10000}
	paths := make([]string, len(sizes))
	for i, n := range sizes {
		paths[i] = filepath.Join(dir, fmt.Sprintf("cards%d.db", n))
		if out, err := exec.Command(bin, "demo", "--db", paths[i], "--cards", strconv.Itoa(n)).CombinedOutput(); err != nil {
			return 0, 0, fmt.Errorf("demo: %v %s", err, out)
		}
	}
	got := make([][]float64, len(sizes))
	for k := range rssRuns {
		for i, path := range paths {
			// a fresh copy each run: a run leaves the file resumed where it
			// was, and its journal behind
			run := filepath.Join(dir, fmt.Sprintf("run%d-%d.db", k, i))
			data, err := os.ReadFile(path)
			if err == nil {
				err = os.WriteFile(run, data, 0o600)
			}
			if err != nil {
				return 0, 0, err
			}
			mb, err := peakRSS(bin, run, env)
			if err != nil {
				return 0, 0, err
			}
			got[i] = append(got[i], mb)
		}
	}
	mid := func(v []float64) float64 { slices.Sort(v); return v[len(v)/2] }
	return mid(got[0]), mid(got[1]), nil
}

// rssRun numbers the runs of peakRSS.
var rssRun int

// peakRSS runs bin in tmux on the workshop in dbPath, opens its Task ①
// board, moves through the cards and reads the process's peak resident
// memory (VmHWM) from /proc, in MB.
func peakRSS(bin, dbPath, env string) (float64, error) {
	rssRun++
	sock := fmt.Sprintf("yoriai-bench-%d-%d", os.Getpid(), rssRun) // a server of its own: the last one may still be going
	tmux := func(args ...string) ([]byte, error) {
		return exec.Command("tmux", append([]string{"-L", sock}, args...)...).CombinedOutput()
	}
	defer func() {
		tmux("kill-server")
		tmpdir := os.Getenv("TMUX_TMPDIR")
		if tmpdir == "" {
			tmpdir = "/tmp"
		}
		os.Remove(filepath.Join(tmpdir, fmt.Sprintf("tmux-%d", os.Getuid()), sock)) // the socket stays behind
	}()
	args := []string{"-f", "/dev/null", "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8"}
	if env != "" {
		args = append(args, "-e", env)
	}
	if out, err := tmux(append(args, bin+" --db "+dbPath+"; sleep 30")...); err != nil {
		return 0, fmt.Errorf("tmux %v: %v %s", args, err, out)
	}
	wait := func(text string) error {
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if out, _ := tmux("capture-pane", "-p", "-t", "b"); strings.Contains(string(out), text) {
				return nil
			}
		}
		out, _ := tmux("capture-pane", "-p", "-t", "b")
		return fmt.Errorf("%q never showed:\n%s", text, out)
	}
	if err := wait("第2回"); err != nil {
		return 0, err
	}
	tmux("send-keys", "-t", "b", "Up", "Up", "Up", "Up", "Up", "Up", "Down", "Enter") // 第2回
	if err := wait("タスク①の検討"); err != nil {
		return 0, err
	}
	tmux("send-keys", "-t", "b", "Up", "Enter")
	if err := wait("受け箱（"); err != nil {
		return 0, err
	}
	for range 50 { // move through the cards
		tmux("send-keys", "-t", "b", "Down")
	}
	tmux("send-keys", "-t", "b", "Right", "Right")
	for range 50 {
		tmux("send-keys", "-t", "b", "Down")
	}
	// the keys are drawn when the screen stops changing
	last, same := "", 0
	for deadline := time.Now().Add(20 * time.Second); same < 6 && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		out, _ := tmux("capture-pane", "-p", "-t", "b")
		if string(out) == last {
			same++
		} else {
			last, same = string(out), 0
		}
	}
	out, err := tmux("display-message", "-p", "-t", "b", "#{pane_pid}")
	if err != nil {
		return 0, fmt.Errorf("no pane: %v %s", err, out)
	}
	shell := strings.TrimSpace(string(out))
	kids, err := exec.Command("pgrep", "-P", shell, "-x", "yoriai").Output()
	if err != nil {
		return 0, fmt.Errorf("no yoriai process under the pane's shell %s", shell)
	}
	pid := strings.Fields(string(kids))[0]
	status, err := os.ReadFile("/proc/" + pid + "/status")
	if err != nil {
		return 0, err
	}
	for _, l := range strings.Split(string(status), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, err := strconv.ParseFloat(f[1], 64)
			return kb / 1024, err
		}
	}
	return 0, fmt.Errorf("no VmHWM")
}
