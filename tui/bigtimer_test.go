package tui

import (
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

func TestBigDigits(t *testing.T) {
	got := common.BigDigits("1:05", 1, 1, "#")
	want := strings.Join([]string{
		" ##     #### ####",
		"  #   # #  # #   ",
		"  #     #  # ####",
		"  #   # #  #    #",
		" ###    #### ####",
	}, "\n")
	if got != want {
		t.Errorf("bigDigits(1:05) =\n%s\nwant\n%s", got, want)
	}
	scaled := strings.Split(common.BigDigits("+0", 2, 3, "█"), "\n")
	if len(scaled) != 15 {
		t.Fatalf("scale 3 down gives %d rows, want 15", len(scaled))
	}
	for _, l := range scaled {
		if lipgloss.Width(l) != (3+1+4)*2 {
			t.Errorf("row %q is %d cells, want 16", l, lipgloss.Width(l))
		}
	}
	if _, _, ok := common.BigScale("10:00", 10, 3); ok {
		t.Error("big digits claimed to fit in 10×3")
	}
	if sx, sy, ok := common.BigScale("10:00", 156, 40); !ok || sx < 3 || sy < 2 {
		t.Errorf("bigScale at 156×40 = %d×%d, %v; want a large scale", sx, sy, ok)
	}
}

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
			if h.app.meeting.Big {
				t.Error("esc leaves the big timer")
			}
		})
	}
}

func TestBigTimerKeepsKeysWorking(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("B", "n", "space")
	if h.app.meeting.Run.Current != 1 || !h.app.meeting.Run.Running() || !h.app.meeting.Big {
		t.Fatal("n and space must work while the big timer shows")
	}
	h.send(common.TickMsg{At: h.now})
	it, _ := h.app.meeting.Run.CurrentItem()
	if it.Kind != model.KindBriefing {
		t.Fatalf("current item %+v", it)
	}
	h.contains("1. DX推進体制の組織図")
	h.send(common.TickMsg{At: h.now})
	h.assertFits()
	h.send(common.TickMsg{At: h.now})
	for _, size := range [][2]int{{40, 12}, {39, 11}} {
		h.send(teaSize(size[0], size[1]))
		h.assertFits()
	}
}
