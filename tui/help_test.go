package tui

import (
	"testing"

	"yoriai/model"
)

// TestHelpShowsTheKeysOfTheItem opens ? on each kind of slide at 80×24:
// the overlay fits and lists the keys that work there.
func TestHelpShowsTheKeysOfTheItem(t *testing.T) {
	tests := []struct {
		name string
		keys []string
		want []string
	}{
		{"run sheet", []string{"enter"}, []string{"次の項目", "タイマー開始/停止"}},
		{"prompt", []string{"enter", "down", "down", "enter"}, []string{"追加", "やり直し"}},
		{"poll", []string{"enter", "down", "down", "down", "enter"}, []string{"無記名投票", "結果を公開", "課題候補へ"}},
	}
	for _, tt := range tests {
		h := newHarness(t, 80, 24, model.Resume{})
		h.keys(tt.keys...)
		h.keys("?")
		h.assertFits()
		h.contains(append([]string{"キー操作"}, tt.want...)...)
	}
	st, _ := boardStore(t)
	b := openBoard(t, st, 80, 24)
	b.keys("?")
	b.assertFits()
	b.contains("課題にリンク", "チャット取込", "大きく表示")
}
