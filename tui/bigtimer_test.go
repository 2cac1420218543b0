package tui

import (
	"testing"
	"time"

	"yoriai/tui/common"
)

func TestBigTimerGoldens(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"160x48", 160, 48}} {
		t.Run(size.name, func(t *testing.T) {
			h := openKickoff(t, size.w, size.h)
			h.keys("n", "space", "B")
			h.now = t0.Add(3*time.Minute + 25*time.Second)
			h.send(common.TickMsg{At: h.now})
			h.contains("現在 2/4", "1. DX推進体制の組織図", "残り  計測中", "予定 5分")
			h.golden("bigtimer_" + size.name)
			h.now = t0.Add(6*time.Minute + 5*time.Second)
			h.send(common.TickMsg{At: h.now})
			h.contains("予定の時間を超えています")
			h.golden("bigtimer_over_" + size.name)
			h.keys("esc")
			h.contains("項目", "合計") // the run sheet
			h.lacks("予定の時間を超えています")
		})
	}
}

func TestBigTimerKeepsKeysWorking(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("B", "n", "space")
	m, items := h.store.meeting(kickoffID)
	if m.CurrentItemID != briefingItem || !items[1].Timer.Running() {
		t.Fatalf("n and space must work while the big timer shows: current %d, %+v", m.CurrentItemID, items[1].Timer)
	}
	h.send(common.TickMsg{At: h.now})
	h.contains("1. DX推進体制の組織図", "計測中") // still the big timer
	h.lacks("合計")
	h.send(common.TickMsg{At: h.now})
	h.assertFits()
	h.send(common.TickMsg{At: h.now})
	for _, size := range [][2]int{{40, 12}, {39, 11}} {
		h.send(teaSize(size[0], size[1]))
		h.assertFits()
	}
}
