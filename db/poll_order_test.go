package db

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"testing"

	"yoriai/model"
)

// TestClosedBallotForgetsItsOrder casts sixteen anonymous ballots whose
// reasons are numbered in cast order, then reads the database file, its
// -wal and its -shm byte by byte, as someone with a copy of the folder
// would, while the ballot is still open and after it closed: every reason
// is in the file once (no copy in a free page or a log), none in the log,
// and their places in the file are not in cast order, neither forwards nor
// backwards; none keeps the key it had halfway through the ballot. Five runs, all must
// pass; a shuffle that happened to come out sorted would fail a run with a
// chance far below one in a million.
func TestClosedBallotForgetsItsOrder(t *testing.T) {
	const n = 16
	for run := range 5 {
		t.Run(fmt.Sprint("run", run), func(t *testing.T) {
			st := openTemp(t)
			w, item := pollItem(t, st)
			// An earlier round with reasons shares the table's pages, as a
			// second poll of the series would.
			old, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
			st.SetBallotOpen(old, true, "h", at0)
			for i := range 3 {
				st.CastAnonymous(old, []model.Answer{{Choice: 0}, {Choice: -1, Reason: fmt.Sprintf("前回%02d", i)}})
			}
			st.SetBallotOpen(old, false, "", at0)

			p, err := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.SetBallotOpen(p, true, model.HashPIN("1234", "s"), at0); err != nil {
				t.Fatal(err)
			}
			reason := func(i int) string { return fmt.Sprintf("理由%02d番の意見", i) }
			var before []model.PollReason // the keys someone saw halfway
			for i := range n {
				if i == n/2 {
					if before, err = st.PollReasons(p); err != nil {
						t.Fatal(err)
					}
				}
				if err := st.CastAnonymous(p, []model.Answer{{Choice: i % 2}, {Choice: -1, Reason: reason(i)}}); err != nil {
					t.Fatal(err)
				}
				// While the ballot is open the log is emptied after each
				// ballot: it never holds a history of ballots.
				for _, side := range []string{"-wal", "-shm"} {
					if b, _ := os.ReadFile(st.path + side); bytes.Contains(b, []byte("理由")) {
						t.Fatalf("after ballot %d the %s holds reasons", i, side)
					}
				}
			}
			// Between ballots the file already holds them in no order.
			checkForgotten(t, st, n, reason, nil)
			if err := st.SetBallotOpen(p, false, "", at0); err != nil {
				t.Fatal(err)
			}
			checkForgotten(t, st, n, reason, before)
			var free int
			if st.db.QueryRow(`PRAGMA freelist_count`).Scan(&free); free != 0 {
				t.Errorf("%d free pages after the close; VACUUM leaves none", free)
			}
			res, _ := st.Results(p)
			if res[0].Counts[0] != n/2 || res[0].Counts[1] != n/2 || res[0].Answered != n || len(res[1].Reasons) != n {
				t.Errorf("closing changed the results: %+v", res)
			}
			st.Close()
			checkForgotten(t, st, n, reason, before)
		})
	}
}

// TestResetRoundLeavesNoReason clears an anonymous round and finds none of
// its reasons in the file, its -wal or -shm.
func TestResetRoundLeavesNoReason(t *testing.T) {
	st := openTemp(t)
	w, item := pollItem(t, st)
	p, _ := st.StartPoll(w.ID, item, model.PollAnonymous, at0)
	st.SetBallotOpen(p, true, "h", at0)
	for i := range 6 {
		st.CastAnonymous(p, []model.Answer{{Choice: 0}, {Choice: -1, Reason: fmt.Sprintf("消す理由%02d", i)}})
	}
	st.SetBallotOpen(p, false, "", at0)
	if err := st.ResetPoll(p, at0); err != nil {
		t.Fatal(err)
	}
	for _, side := range []string{"", "-wal", "-shm"} {
		if b, _ := os.ReadFile(st.path + side); bytes.Contains(b, []byte("消す理由")) {
			t.Errorf("a cleared reason is still in the file%s", side)
		}
	}
}

// checkForgotten reads the files of st's database and fails unless the n
// reasons are each once in the main file, nowhere in -wal and -shm, not in
// cast order, and without the keys in before.
func checkForgotten(t *testing.T, st *Store, n int, reason func(int) string, before []model.PollReason) {
	t.Helper()
	main, err := os.ReadFile(st.path)
	if err != nil {
		t.Fatal(err)
	}
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		b, _ := os.ReadFile(st.path + side)
		for i := range n {
			if bytes.Contains(b, []byte(reason(i))) {
				t.Errorf("%s holds reason %d", side, i)
			}
		}
	}
	offsets := make([]int, n)
	for i := range n {
		r := []byte(reason(i))
		if c := bytes.Count(main, r); c != 1 {
			t.Fatalf("reason %d is %d times in the file; want once (a leftover copy in freed space?)", i, c)
		}
		offsets[i] = bytes.Index(main, r)
	}
	if tau := kendallTau(offsets); tau > 0.8 || tau < -0.8 {
		t.Errorf("reasons lie in cast order in the file (Kendall τ %.2f): offsets %v", tau, offsets)
	}
	if run := longestMonotoneRun(offsets); run > n/2 {
		t.Errorf("a run of %d reasons lies in cast order: offsets %v", run, offsets)
	}
	for _, r := range before {
		k, _ := hex.DecodeString(strings.TrimPrefix(r.Key, "k"))
		if bytes.Contains(main, k) {
			t.Errorf("a key a reason had earlier in the ballot is still in the file")
		}
	}
}

// kendallTau is the rank correlation of xs with 0, 1, 2, …: 1 when
// increasing, -1 when decreasing, about 0 when shuffled.
func kendallTau(xs []int) float64 {
	var c, d int
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			switch {
			case xs[j] > xs[i]:
				c++
			case xs[j] < xs[i]:
				d++
			}
		}
	}
	return float64(c-d) / float64(len(xs)*(len(xs)-1)/2)
}

// longestMonotoneRun is the length of the longest stretch of consecutive
// ballots whose reasons lie in increasing or in decreasing order.
func longestMonotoneRun(xs []int) int {
	best, up, down := 1, 1, 1
	for i := 1; i < len(xs); i++ {
		if xs[i] > xs[i-1] {
			up, down = up+1, 1
		} else {
			up, down = 1, down+1
		}
		best = max(best, up, down)
	}
	return best
}

func TestOrderStatistics(t *testing.T) {
	for _, tt := range []struct {
		xs       []int
		tau      float64
		monotone int
	}{
		{[]int{1, 2, 3, 4}, 1, 4},
		{[]int{4, 3, 2, 1}, -1, 4},
		{[]int{2, 4, 1, 3}, 0, 2},
	} {
		if got := kendallTau(tt.xs); got != tt.tau {
			t.Errorf("kendallTau(%v) = %v, want %v", tt.xs, got, tt.tau)
		}
		if got := longestMonotoneRun(tt.xs); got != tt.monotone {
			t.Errorf("longestMonotoneRun(%v) = %v, want %v", tt.xs, got, tt.monotone)
		}
	}
}
