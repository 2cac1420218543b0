// Command bench runs yoriai's performance benchmarks and prints one table
// of what was measured against its budget:
//
//	go run ./scripts/bench            # every budget
//	go run ./scripts/bench -only tui  # the screens' ratios and memory
//
// The screens' ratios (a keystroke's Update+View, a saved card and the next
// frame, the start to the first frame of the board and of home, each at
// 10,000 cards against 100, and the peak memory of the real binary on the
// board: tui.go, rss.go), the board's View against a bubbles list of the
// same cards, a committed card insert at 10 and 10,000 rows (and its p99),
// the store's ratios (a commit with 20,000 undo steps against none, a
// committed card insert against a bare FULL-sync insert of the same row, an
// open at 10,000 cards against 100: store.go) and the export of 10,000
// cards in every format. It exits 1 when a budget is missed.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
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
	only := flag.String("only", "", "run only part of the table: tui (the screens' ratios and memory) or rss (memory)")
	flag.Parse()
	if *only != "" {
		os.Exit(runOnly(*only))
	}
	r := results{}
	steps := append(tuiSteps, []struct{ pkg, pattern, benchtime string }{
		{"./tui/board", "BoardView|BubblesListView", "2000x"},
		{"./db", "CardInsert", "1000x"},
		{"./db", "Backup", "5x"},
		{"./export", "Export", "5x"},
	}...)
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
	rows = append(rows, tuiRows(r)...)
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
	rows = append(rows, rssRows()...)
	if !table(rows) {
		fmt.Println("\nA commit waits for the disk to confirm the write (fsync); on a slow or virtual disk its p99 is the disk's.")
		os.Exit(1)
	}
}

// table prints rows as measured/budget/ok; false when a budget is missed.
func table(rows []row) bool {
	fmt.Println()
	fmt.Printf("%-56s %-34s %-10s %s\n", "measure", "measured", "budget", "")
	ok := true
	for _, x := range rows {
		mark := "ok"
		if !x.ok {
			mark, ok = "MISSED", false
		}
		fmt.Printf("%-56s %-34s %-10s %s\n", x.what, x.measured, x.budget, mark)
	}
	return ok
}

// runOnly measures part of the table and returns the exit code.
func runOnly(part string) int {
	var rows []row
	switch part {
	case "tui":
		r := results{}
		for _, s := range tuiSteps {
			if err := bench(r, s.pkg, s.pattern, s.benchtime, ""); err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 2
			}
		}
		rows = append(tuiRows(r), rssRows()...)
	case "rss":
		rows = rssRows()
	default:
		fmt.Fprintln(os.Stderr, "-only takes tui or rss")
		return 2
	}
	if !table(rows) {
		return 1
	}
	return 0
}
