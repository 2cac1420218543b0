package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// BenchmarkKeystroke is a key press on the Task ① board of the sample
// workshop, through the root model, and the frame after it, at 120×40:
// what the facilitator waits for. The budget: 10,000 cards within 1.5× of
// 100.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			st, err := db.Open(filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			w, err := demo.Fill(st, n)
			if err != nil {
				b.Fatal(err)
			}
			ms, _ := st.Meetings(w.ID)
			h := &harness{t: &testing.T{}, now: t0}
			c := common.NewCommon(i18n.Japanese, "", w.ID)
			// 第2回 on its slide, at its last item; p goes back to タスク①の検討
			h.app = New(c, st, model.Resume{WorkshopID: w.ID, Screen: model.ScreenSlide, MeetingID: ms[1].ID})
			h.app.tick = func() tea.Cmd { return nil }
			h.run(h.app.Init())
			h.send(teaSize(120, 40))
			h.keys("p")
			if !strings.Contains(h.view(), "受け箱（") {
				b.Fatalf("not on the board:\n%s", h.view())
			}
			h.keys("right", "right")
			down, up := keyMsg("down"), keyMsg("up")
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				key := down
				if i%40 >= 20 {
					key = up
				}
				h.send(key)
				_ = h.app.View()
			}
		})
	}
}
