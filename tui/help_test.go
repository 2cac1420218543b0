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

// TestDigitHintsSayWhatTheDigitsAre: the footer names the digits for what
// they type: a count of people in a show of hands, the PIN at the PIN
// prompt, a score when scoring.
func TestDigitHintsSayWhatTheDigitsAre(t *testing.T) {
	h := openPoll(t, 120, 24)
	h.keys("3")
	h.contains("暗証番号（4〜8桁の数字）", "0-9 暗証番号を入力")
	h.lacks("人数を入力")
	h.keys("esc", "1")
	h.contains("0-9 人数を入力")

	d := newDBHarness(t, 160, 24)
	d.openTask2()
	d.keys("N", "y", "down", "down", "enter")
	d.contains("採点（効果×実現可能性）", "1-5 点数を入力（1〜5）")
	d.lacks("人数を入力")
}
