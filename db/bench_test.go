package db_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/model"
)

// BenchmarkCardInsert is one committed card, as a facilitator adds it, in
// a workshop of 10 and of 10,000 cards. The budget: the second within 1.5×
// of the first, and a p99 under 2 ms.
func BenchmarkCardInsert(b *testing.B) {
	for _, n := range []int{10, 10000} {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			st, err := db.Open(filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			w, err := demo.Fill(st, n)
			if err != nil {
				b.Fatal(err)
			}
			_, pillars, _ := st.Workshop(w.ID)
			var took []time.Duration
			at := time.Now()
			for i := 0; b.Loop(); i++ {
				step := model.BoardStep{Cards: []model.CardChange{{After: &model.Card{Kind: model.CardProblem,
					PillarID: pillars[i%len(pillars)].ID, Source: model.SourceTyped, Text: fmt.Sprintf("課題 %d", i)}}}}
				t0 := time.Now()
				if _, err := st.ApplyStep(w.ID, 0, db.BoardScope, step, at); err != nil {
					b.Fatal(err)
				}
				took = append(took, time.Since(t0))
			}
			slices.Sort(took)
			b.ReportMetric(float64(took[len(took)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(took[len(took)*50/100].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(took[len(took)*90/100].Microseconds())/1000, "p90-ms")
		})
	}
}
