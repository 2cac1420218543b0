package board

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"yoriai/model"
)

// p50 is the median of took, in milliseconds.
func p50(took []time.Duration) float64 {
	s := slices.Clone(took)
	slices.Sort(s)
	if len(s) == 0 {
		return 0
	}
	return float64(s[len(s)/2]) / 1e6
}

// savedEdit is the committed step that changes the text of the card under
// the cursor, as the editor's save reports it.
func savedEdit(b *Panel, i int) savedMsg {
	before, _ := b.selected()
	after := before
	after.Text = fmt.Sprintf("カード %d：窓口の手続きをオンラインで完結できるようにしたい", i)
	return savedMsg{step: model.BoardStep{Cards: []model.CardChange{{Before: &before, After: &after}}}}
}

// savedMove is the committed step that moves the card under the cursor to
// the next pillar, or back.
func savedMove(b *Panel) savedMsg {
	before, _ := b.selected()
	after := before
	after.PillarID = before.PillarID%3 + 1
	return savedMsg{step: model.BoardStep{Cards: []model.CardChange{{Before: &before, After: &after}}}}
}

// BenchmarkSavedCard is a saved card applied to the board and the frame
// after it, at 120×40, with 100 and 10,000 cards measured alternately in
// one loop: an edit of the card under the cursor (edit-*), and a move of it
// to another pillar (move-*), which changes two columns. The budget (issue
// 20): the edit at 10,000 cards within 1.2× of 100, p50.
func BenchmarkSavedCard(b *testing.B) {
	sizes := []int{100, 10000}
	boards := make([]*Panel, len(sizes))
	for i, n := range sizes {
		boards[i] = benchBoard(n)
		_ = boards[i].View(120, 40)
	}
	edit := make([][]time.Duration, len(sizes))
	move := make([][]time.Duration, len(sizes))
	for i := 0; b.Loop(); i++ {
		for k, bd := range boards {
			msg := savedEdit(bd, i)
			t0 := time.Now()
			bd.Update(msg)
			_ = bd.View(120, 40)
			edit[k] = append(edit[k], time.Since(t0))
			if i%4 == 0 {
				msg = savedMove(bd)
				t0 = time.Now()
				bd.Update(msg)
				_ = bd.View(120, 40)
				move[k] = append(move[k], time.Since(t0))
			}
		}
	}
	small, large := p50(edit[0]), p50(edit[1])
	b.ReportMetric(small, "edit-cards100-p50-ms")
	b.ReportMetric(large, "edit-cards10000-p50-ms")
	b.ReportMetric(large/small, "ratio")
	b.ReportMetric(p50(move[0]), "move-cards100-p50-ms")
	b.ReportMetric(p50(move[1]), "move-cards10000-p50-ms")
}
