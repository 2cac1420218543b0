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

// BenchmarkBallot is one anonymous ballot (committed, then the round's
// reasons rewritten, the file vacuumed and the log emptied) and one close
// of the ballot, in a workshop of 10,000 cards. A ballot runs at the pace
// of people taking the keyboard, so the budget is loose: a ballot under
// 100 ms, a close under 1 s.
func BenchmarkBallot(b *testing.B) {
	st, err := db.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	w, err := demo.Fill(st, 10000)
	if err != nil {
		b.Fatal(err)
	}
	var item model.AgendaItem
	ms, _ := st.Meetings(w.ID)
	for _, m := range ms {
		_, items, _ := st.Meeting(m.ID)
		for _, it := range items {
			if it.Kind == model.KindPoll && item.ID == 0 {
				item = it
			}
		}
	}
	p, err := st.StartPoll(w.ID, item, model.PollAnonymous, time.Now())
	if err != nil {
		b.Fatal(err)
	}
	st.SetBallotOpen(p, true, "h", time.Now())
	b.Run("cast", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if err := st.CastAnonymous(p, []model.Answer{{Choice: i % 2}, {Choice: -1, Reason: fmt.Sprintf("理由 %d", i)}}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("close", func(b *testing.B) {
		for b.Loop() {
			if err := st.SetBallotOpen(p, false, "", time.Now()); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			st.SetBallotOpen(p, true, "h", time.Now())
			st.CastAnonymous(p, []model.Answer{{Choice: 0}, {Choice: -1, Reason: "もう一票"}})
			b.StartTimer()
		}
	})
}
