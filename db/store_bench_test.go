package db_test

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/model"
)

// The store's performance budgets, as ratios measured in one run (issue
// 20), each benchmark alternating what it compares so that both sides see
// the same disk at the same moment; scripts/bench prints them against
// their budgets:
//
//   - BenchmarkCommitHistory: a committed card insert with 20,000 stored
//     undo steps within 1.2× of one with none (p50);
//   - BenchmarkCommitVsBare: a committed card insert within 1.5× of a bare
//     FULL-sync insert of the same row into the same table (p50);
//   - BenchmarkOpen: opening a workshop of 10,000 cards within 1.2× of one
//     of 100 (p50).

// benchStore opens a new store in dir holding the sample workshop with
// cards Task ① cards.
func benchStore(b *testing.B, dir string, cards int) (*db.Store, model.Workshop, []model.Pillar) {
	b.Helper()
	st, err := db.Open(filepath.Join(dir, "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	w, err := demo.Fill(st, cards)
	if err != nil {
		b.Fatal(err)
	}
	_, pillars, err := st.Workshop(w.ID)
	if err != nil {
		b.Fatal(err)
	}
	return st, w, pillars
}

// newProblem is the step that adds the i-th problem card to the board, as
// the board's `a` does.
func newProblem(pillars []model.Pillar, i int) model.BoardStep {
	return model.BoardStep{Cards: []model.CardChange{{After: &model.Card{Kind: model.CardProblem,
		PillarID: pillars[i%len(pillars)].ID, Source: model.SourceTyped, Text: fmt.Sprintf("課題 %d：窓口の待ち時間が長い", i)}}}}
}

// seedUndo stores n undo steps of the board's kind straight into the file,
// spread over scopes of at most perScope steps (the board's first), as a
// long series of meetings leaves them.
func seedUndo(b *testing.B, path string, workshopID int64, n, perScope int) {
	b.Helper()
	raw, err := sql.Open("sqlite", db.RWDSN(path))
	if err != nil {
		b.Fatal(err)
	}
	defer raw.Close()
	tx, err := raw.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	at := time.Now().UnixMilli()
	for i := range n {
		scope := db.BoardScope
		if k := i / perScope; k > 0 {
			scope = db.IdeasScope(int64(k))
		}
		c := model.Card{ID: int64(i + 1), WorkshopID: workshopID, Kind: model.CardProblem, Text: fmt.Sprintf("課題 %d", i)}
		body, _ := json.Marshal(model.BoardStep{Cards: []model.CardChange{{After: &c}}})
		if _, err := tx.Exec(`INSERT INTO undo_step (workshop_id, scope, change, at) VALUES (?, ?, ?, ?)`,
			workshopID, scope, string(body), at); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}

// p50 is the median of took, in milliseconds.
func p50(took []time.Duration) float64 {
	slices.Sort(took)
	return float64(took[len(took)/2].Microseconds()) / 1000
}

// BenchmarkCommitHistory alternates a committed card insert on the board
// of three workshops: one with no undo history, one with 20,000 steps
// spread over 100 histories (the board's full), and one with 20,000 in
// the board's own history, as a file from before histories were bounded
// holds them. It reports each one's p50 and the larger of the two ratios
// to the first.
func BenchmarkCommitHistory(b *testing.B) {
	type store struct {
		st      *db.Store
		w       model.Workshop
		pillars []model.Pillar
		took    []time.Duration
	}
	at := time.Now()
	var stores []*store
	for _, c := range []struct{ n, perScope int }{{0, 1}, {20000, 200}, {20000, 20000}} {
		st, w, pillars := benchStore(b, b.TempDir(), 100)
		if c.n > 0 {
			seedUndo(b, st.Path(), w.ID, c.n, c.perScope)
		}
		defer st.Close()
		// One commit before the clock starts: what a session's first
		// commit in a long history does once is not what every one costs.
		if _, err := st.ApplyStep(w.ID, 0, db.BoardScope, newProblem(pillars, 0), at); err != nil {
			b.Fatal(err)
		}
		stores = append(stores, &store{st: st, w: w, pillars: pillars})
	}
	for i := 1; b.Loop(); i++ {
		for _, s := range stores {
			t0 := time.Now()
			if _, err := s.st.ApplyStep(s.w.ID, 0, db.BoardScope, newProblem(s.pillars, i), at); err != nil {
				b.Fatal(err)
			}
			s.took = append(s.took, time.Since(t0))
		}
	}
	none, spread, one := p50(stores[0].took), p50(stores[1].took), p50(stores[2].took)
	b.ReportMetric(none, "none-p50-ms")
	b.ReportMetric(spread, "spread-p50-ms")
	b.ReportMetric(one, "one-history-p50-ms")
	b.ReportMetric(max(spread, one)/none, "ratio")
}

// BenchmarkCommitVsBare alternates a committed card insert on the board
// (the card, its undo step and its event, as the board's `a` commits
// them) with a bare FULL-sync insert of the same row into the same table
// of a copy of the same file, so that both see the same disk at the same
// moment. It reports each one's p50 and allocations and their ratio.
func BenchmarkCommitVsBare(b *testing.B) {
	dir := b.TempDir()
	st, w, pillars := benchStore(b, dir, 100)
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	barePath := filepath.Join(dir, "bare.db")
	copyFile(b, st.Path(), barePath)
	st, err := db.Open(st.Path())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	bare, err := sql.Open("sqlite", db.RWDSN(barePath))
	if err != nil {
		b.Fatal(err)
	}
	defer bare.Close()
	bare.SetMaxOpenConns(1)
	at := time.Now()
	var storeTook, bareTook []time.Duration
	var storeAllocs, bareAllocs uint64
	var ms runtime.MemStats
	mallocs := func() uint64 { runtime.ReadMemStats(&ms); return ms.Mallocs }
	for i := 0; b.Loop(); i++ {
		step := newProblem(pillars, i)
		a0 := mallocs()
		t0 := time.Now()
		got, err := st.ApplyStep(w.ID, 0, db.BoardScope, step, at)
		storeTook = append(storeTook, time.Since(t0))
		storeAllocs += mallocs() - a0
		if err != nil {
			b.Fatal(err)
		}
		c := got.Cards[0].After
		a0 = mallocs()
		t0 = time.Now()
		_, err = bare.Exec(`INSERT INTO card (workshop_id, meeting_id, item_id, pillar_id, kind, text, author_id, author_name,
		source, position, board_pos, group_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.WorkshopID, nil, nil, c.PillarID, string(c.Kind), c.Text, nil, c.AuthorName, string(c.Source), c.Position,
			c.BoardPos, c.Label, at.UnixMilli(), at.UnixMilli())
		bareTook = append(bareTook, time.Since(t0))
		bareAllocs += mallocs() - a0
		if err != nil {
			b.Fatal(err)
		}
	}
	n := float64(len(storeTook))
	s, r := p50(storeTook), p50(bareTook)
	b.ReportMetric(s, "store-p50-ms")
	b.ReportMetric(r, "bare-p50-ms")
	b.ReportMetric(s/r, "ratio")
	b.ReportMetric(float64(storeAllocs)/n, "store-allocs")
	b.ReportMetric(float64(bareAllocs)/n, "bare-allocs")
}

func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	if err := out.Close(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkOpen alternates opening a workshop's file until the store is
// ready, after the last session closed it, at 100 and at 10,000 cards, and
// reports each one's p50 and their ratio.
func BenchmarkOpen(b *testing.B) {
	var paths []string
	for _, n := range []int{100, 10000} {
		st, _, _ := benchStore(b, b.TempDir(), n)
		paths = append(paths, st.Path())
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
	}
	took := make([][]time.Duration, len(paths))
	for b.Loop() {
		for i, path := range paths {
			t0 := time.Now()
			st, err := db.Open(path)
			took[i] = append(took[i], time.Since(t0))
			if err != nil {
				b.Fatal(err)
			}
			if st.IntegrityChecked() {
				b.Fatal("the integrity check ran after a clean close")
			}
			if err := st.Close(); err != nil {
				b.Fatal(err)
			}
		}
	}
	small, large := p50(took[0]), p50(took[1])
	b.ReportMetric(small, "cards100-p50-ms")
	b.ReportMetric(large, "cards10000-p50-ms")
	b.ReportMetric(large/small, "ratio")
}
