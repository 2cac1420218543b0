package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
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

func TestEnglishInterface(t *testing.T) {
	st := newTestStore(t)
	c := common.NewCommon(i18n.English, "", 1)
	c.Now = func() time.Time { return t0 }
	h := &harness{t: t, store: st, now: t0}
	h.app = New(c, st, model.Resume{})
	h.app.tick = func() tea.Cmd { return nil }
	h.run(h.app.Init())
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.contains("Meeting", "Fri 9 Dec 2022 9:00–11:00", "planned", "enter opens the run sheet")
	h.lacks("未開催", "日程未定", "進行表")
	h.keys("enter")
	h.contains("10:00 left", "(paused)", "Total  plan 40 min")
}
