package main

import "fmt"

// The screens' budgets (issue 20), each a ratio of 10,000 cards against
// 100 that one benchmark measures alternately in one loop, so that both
// sides see the same machine at the same moment:
//
//   - a key press on the Task ① board through the root model and the frame
//     after it (tui BenchmarkKeystroke): ≤ 1.15 in time (p50), ≤ 1.05 in
//     allocations;
//   - a saved card applied to the board and the next frame (tui/board
//     BenchmarkSavedCard): ≤ 1.2 (p50);
//   - the start to the first frame, in process, resumed on the board
//     (≤ 1.3) and on home (≤ 1.2) (tui BenchmarkColdStart, p50); the board's
//     first frame is drawn from its first page, and the time until it has
//     every card and takes keys is shown beside it, without a budget;
//   - the peak resident memory of the real binary on the board (≤ 1.5),
//     with main's GC limit and without it (GOMEMLIMIT=off) (rss.go).

// tuiSteps are the benchmark runs the screens' rows read.
var tuiSteps = []struct{ pkg, pattern, benchtime string }{
	{"./tui", "Keystroke", "100x"},
	{"./tui/board", "SavedCard", "1000x"},
	{"./tui", "ColdStart", "40x"},
}

// tuiRows are the screens' timed lines of the table.
func tuiRows(r results) []row {
	var rows []row
	ratio := func(what, bench, a, b string, budget float64, unit string) {
		m := r[bench]
		x, y := m[a], m[b]
		rows = append(rows, row{what, fmt.Sprintf("%.3f / %.3f%s = %.2f", x, y, unit, x/y), fmt.Sprintf("≤ %.2f", budget),
			x > 0 && y > 0 && x/y <= budget})
	}
	k := "BenchmarkKeystroke"
	ratio("keystroke Update+View, 10,000 / 100 cards, p50", k, "cards10000-p50-ms", "cards100-p50-ms", 1.15, " ms")
	ratio("  allocations per keystroke, 10,000 / 100 cards", k, "cards10000-allocs", "cards100-allocs", 1.05, "")
	s := "BenchmarkSavedCard"
	ratio("saved card + next frame, 10,000 / 100 cards, p50", s, "edit-cards10000-p50-ms", "edit-cards100-p50-ms", 1.2, " ms")
	m := r[s]
	rows = append(rows, row{"  a move to another pillar (two columns), p50",
		fmt.Sprintf("%.3f / %.3f ms = %.2f", m["move-cards10000-p50-ms"], m["move-cards100-p50-ms"],
			m["move-cards10000-p50-ms"]/m["move-cards100-p50-ms"]), "—", true})
	c := "BenchmarkColdStart"
	ratio("start to first board frame, 10,000 / 100 cards, p50", c, "board-cards10000-p50-ms", "board-cards100-p50-ms", 1.3, " ms")
	m = r[c]
	rows = append(rows, row{"  the board with every card in, taking keys, p50",
		fmt.Sprintf("%.3f / %.3f ms = %.2f", m["board-cards10000-settled-p50-ms"], m["board-cards100-settled-p50-ms"],
			m["board-cards10000-settled-p50-ms"]/m["board-cards100-settled-p50-ms"]), "—", true})
	ratio("start to home, 10,000 / 100 cards, p50", c, "home-cards10000-p50-ms", "home-cards100-p50-ms", 1.2, " ms")
	return rows
}

// rssRows are the peak memory lines: with main's GC limit and without.
func rssRows() []row {
	var rows []row
	for _, v := range []struct{ what, env string }{
		{"peak RSS on the board, 10,000 / 100 cards", ""},
		{"  the same without the GC limit (GOMEMLIMIT=off)", "GOMEMLIMIT=off"},
	} {
		small, large, err := rssRatio(v.env)
		if err != nil {
			rows = append(rows, row{v.what, "not measured: " + err.Error(), "≤ 1.50", true})
			continue
		}
		rows = append(rows, row{v.what, fmt.Sprintf("%.1f / %.1f MB = %.2f", large, small, large/small), "≤ 1.50",
			large/small <= 1.5})
	}
	return rows
}
