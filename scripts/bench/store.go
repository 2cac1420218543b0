package main

import "fmt"

// The store's budgets (issue 20), each a ratio of two p50s that one
// benchmark in ./db measures alternately in one loop, so that both sides
// see the same disk at the same moment:
//
//   - a committed card insert with 20,000 stored undo steps against one
//     with none (BenchmarkCommitHistory);
//   - a committed card insert (the card, its undo step, its event) against
//     a bare FULL-sync insert of the same row into the same table of a copy
//     of the same file (BenchmarkCommitVsBare);
//   - opening a workshop of 10,000 cards after a clean close against one of
//     100 (BenchmarkOpen).

// storeSteps are the benchmark runs the store's rows read.
var storeSteps = []struct{ pkg, pattern, benchtime string }{
	{"./db", "CommitHistory|CommitVsBare", "1000x"},
	{"./db", "Open", "200x"},
}

// storeShmPattern is what runs again with its files in memory.
const storeShmPattern = "CommitVsBare"

// storeRows are the store's lines of the table; shm names the in-memory
// run, empty when there is none.
func storeRows(r results, shm string) []row {
	var rows []row
	ratio := func(what, bench, a, b string, budget float64) {
		m := r[bench]
		x, y := m[a], m[b]
		rows = append(rows, row{what, fmt.Sprintf("%.3f / %.3f ms = %.2f", x, y, x/y), fmt.Sprintf("≤ %.1f", budget),
			x > 0 && y > 0 && x/y <= budget})
	}
	h := "BenchmarkCommitHistory"
	spread, one := r[h]["spread-p50-ms"], r[h]["one-history-p50-ms"]
	worst := "spread-p50-ms"
	if one > spread {
		worst = "one-history-p50-ms"
	}
	ratio("commit, 20,000 undo steps vs none, p50", h, worst, "none-p50-ms", 1.2)
	ratio("card commit vs bare FULL-sync insert, p50", "BenchmarkCommitVsBare", "store-p50-ms", "bare-p50-ms", 1.5)
	if shm != "" {
		m := r["BenchmarkCommitVsBare ("+shm+")"]
		rows = append(rows, row{"  the same in memory (" + shm + ", no disk fsync)",
			fmt.Sprintf("%.3f / %.3f ms = %.2f", m["store-p50-ms"], m["bare-p50-ms"], m["ratio"]), "—", true})
	}
	a := r["BenchmarkCommitVsBare"]
	rows = append(rows, row{"  allocations per commit, committed vs bare",
		fmt.Sprintf("%.0f / %.0f", a["store-allocs"], a["bare-allocs"]), "—", true})
	ratio("open after clean close, 10,000 vs 100 cards, p50", "BenchmarkOpen", "cards10000-p50-ms", "cards100-p50-ms", 1.2)
	return rows
}
