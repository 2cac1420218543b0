// Command bench runs yoriai's performance benchmarks and prints one table
// of what was measured against its budget:
//
//	go run ./scripts/bench
//
// keystroke Update+View on the Task ① board at 100 and 10,000 cards, the
// board's View against a bubbles list of the same cards, a committed card
// insert at 10 and 10,000 rows (and its p99), the store's ratios (a commit
// with 20,000 undo steps against none, a committed card insert against a
// bare FULL-sync insert of the same row, an open at 10,000 cards against
// 100: store.go), the export of 10,000 cards in every format, the
// start-up to the first frame, and the peak memory of the real binary
// showing a workshop of 10,000 cards (Linux, with tmux). It exits 1 when a
// budget is missed.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// result is one benchmark's ns/op and extra metrics, by benchmark name
// without the -N suffix.
type results map[string]map[string]float64

var line = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

// parse reads `go test -bench` output.
func parse(out []byte, into results) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := line.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		f := strings.Fields(m[2])
		metrics := map[string]float64{}
		for i := 0; i+1 < len(f); i += 2 {
			if v, err := strconv.ParseFloat(f[i], 64); err == nil {
				metrics[f[i+1]] = v
			}
		}
		into[m[1]] = metrics
	}
}

// bench runs the named benchmarks of a package, with its files in tmp
// when tmp is set.
func bench(r results, pkg, pattern, benchtime, tmp string) error {
	cmd := exec.Command("go", "test", pkg, "-run", "^$", "-bench", pattern, "-benchtime", benchtime, "-count", "1")
	cmd.Stderr = os.Stderr
	if tmp != "" {
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	}
	out, err := cmd.Output()
	os.Stdout.Write(out)
	if err != nil {
		return fmt.Errorf("go test %s: %w", pkg, err)
	}
	got := results{}
	parse(out, got)
	for k, v := range got {
		if tmp != "" {
			k += " (" + tmp + ")"
		}
		r[k] = v
	}
	return nil
}

// row is one line of the table.
type row struct {
	what, measured, budget string
	ok                     bool
}

func main() {
	r := results{}
	steps := []struct{ pkg, pattern, benchtime string }{
		{"./tui", "Keystroke", "2000x"},
		{"./tui/board", "BoardView|BubblesListView", "2000x"},
		{"./tui", "ColdStart", "10x"},
		{"./db", "CardInsert", "1000x"},
		{"./db", "Backup", "5x"},
		{"./export", "Export", "5x"},
	}
	steps = append(steps, storeSteps...)
	for _, s := range steps {
		if err := bench(r, s.pkg, s.pattern, s.benchtime, ""); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	// The same inserts in memory: what is left of a commit when the
	// disk's fsync (synchronous=FULL, for a laptop losing power) is free.
	shm := ""
	if info, err := os.Stat("/dev/shm"); err == nil && info.IsDir() {
		shm = "/dev/shm"
		if err := bench(r, "./db", "CardInsert|"+storeShmPattern, "1000x", shm); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	ns := func(name string) float64 { return r[name]["ns/op"] }
	ms := func(v float64) string { return fmt.Sprintf("%.2f ms", v/1e6) }
	var rows []row
	ratio := func(what, a, b string, budget float64) {
		x := ns(a) / ns(b)
		rows = append(rows, row{what, fmt.Sprintf("%s / %s = %.2f", ms(ns(a)), ms(ns(b)), x), fmt.Sprintf("≤ %.1f", budget),
			ns(b) > 0 && x <= budget})
	}
	ratio("keystroke Update+View, 10,000 vs 100 cards", "BenchmarkKeystroke/cards=10000", "BenchmarkKeystroke/cards=100", 1.5)
	ratio("board View vs bubbles list View, 10,000 cards", "BenchmarkBoardView/cards=10000", "BenchmarkBubblesListView/items=10000", 1.0)
	ratio("committed card insert, 10,000 vs 10 rows", "BenchmarkCardInsert/rows=10000", "BenchmarkCardInsert/rows=10", 1.5)
	p99 := r["BenchmarkCardInsert/rows=10000"]["p99-ms"]
	rows = append(rows, row{"committed card insert p99, 10,000 rows", fmt.Sprintf("%.2f ms", p99), "< 2 ms", p99 > 0 && p99 < 2})
	if shm != "" {
		p := r["BenchmarkCardInsert/rows=10000 ("+shm+")"]["p99-ms"]
		rows = append(rows, row{"  the same in memory (" + shm + ", no disk fsync)", fmt.Sprintf("%.2f ms", p), "< 2 ms", p > 0 && p < 2})
	}
	rows = append(rows, storeRows(r, shm)...)
	for _, f := range []string{"md", "csv", "xlsx"} {
		v := ns("BenchmarkExport/format=" + f)
		rows = append(rows, row{"export of 10,000 cards, " + f, ms(v), "< 1000 ms", v > 0 && v < 1e9})
	}
	v := ns("BenchmarkBackup")
	rows = append(rows, row{"export of 10,000 cards, json backup", ms(v), "< 1000 ms", v > 0 && v < 1e9})
	v = ns("BenchmarkColdStart")
	rows = append(rows, row{"start to first frame, 10,000 cards (in process)", ms(v), "< 500 ms", v > 0 && v < 5e8})
	rss, err := peakRSS()
	if err != nil {
		rows = append(rows, row{"peak RSS, 10,000 cards on the board", "not measured: " + err.Error(), "< 60 MB", true})
	} else {
		rows = append(rows, row{"peak RSS, 10,000 cards on the board", fmt.Sprintf("%.1f MB", rss), "< 60 MB", rss < 60})
	}
	fmt.Println()
	fmt.Printf("%-50s %-34s %-10s %s\n", "measure", "measured", "budget", "")
	failed := false
	for _, x := range rows {
		mark := "ok"
		if !x.ok {
			mark, failed = "MISSED", true
		}
		fmt.Printf("%-50s %-34s %-10s %s\n", x.what, x.measured, x.budget, mark)
	}
	if failed {
		fmt.Println("\nA commit waits for the disk to confirm the write (fsync); on a slow or virtual disk its p99 is the disk's.")
		os.Exit(1)
	}
}

// peakRSS runs the real binary in tmux on a sample workshop of 10,000
// cards, opens its Task ① board, and reads the process's peak resident
// memory (VmHWM) from /proc.
func peakRSS() (float64, error) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		return 0, fmt.Errorf("needs Linux /proc")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		return 0, fmt.Errorf("needs tmux")
	}
	dir, err := os.MkdirTemp("", "yoriai-bench")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	bin, dbPath := filepath.Join(dir, "yoriai"), filepath.Join(dir, "big.db")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/yoriai").CombinedOutput(); err != nil {
		return 0, fmt.Errorf("build: %v %s", err, out)
	}
	if out, err := exec.Command(bin, "demo", "--db", dbPath, "--cards", "10000").CombinedOutput(); err != nil {
		return 0, fmt.Errorf("demo: %v %s", err, out)
	}
	sock := fmt.Sprintf("yoriai-bench-%d", os.Getpid())
	tmux := func(args ...string) ([]byte, error) {
		return exec.Command("tmux", append([]string{"-L", sock}, args...)...).CombinedOutput()
	}
	defer tmux("kill-server")
	if out, err := tmux("-f", "/dev/null", "new-session", "-d", "-s", "b", "-x", "120", "-y", "40", "-e", "LANG=C.UTF-8",
		bin+" --db "+dbPath+"; sleep 30"); err != nil {
		return 0, fmt.Errorf("tmux: %v %s", err, out)
	}
	wait := func(text string) error {
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			if out, _ := tmux("capture-pane", "-p", "-t", "b"); strings.Contains(string(out), text) {
				return nil
			}
		}
		return fmt.Errorf("%q never showed", text)
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
	out, err := exec.Command("pgrep", "-f", "^"+bin+" --db").Output()
	if err != nil {
		return 0, fmt.Errorf("no yoriai process")
	}
	pid := strings.Fields(string(out))[0]
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
