package tui

import (
	"testing"

	"yoriai/model"
)

func TestHomeShowsSeries(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"40x12", 40, 12}} {
		t.Run(size.name, func(t *testing.T) {
			h := newHarness(t, size.w, size.h, model.Resume{})
			h.contains("鹿島市 DX推進", "キックオフ", "第2回", "未開催")
			h.assertFits()
			h.golden("home_" + size.name)
		})
	}
}

func TestTooSmall(t *testing.T) {
	h := newHarness(t, 39, 11, model.Resume{})
	h.contains("画面が小さすぎます", "40×12", "39×11")
	h.assertFits()
	h.keys("j", "enter", "R", "a", "space", "n") // nothing breaks while small
	h.assertFits()
}
