package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// demoBoard opens the Task ① board of the sample workshop (yoriai demo)
// at w×h, on its first pillar; cards are the cards of each pillar, in the
// pillars' order.
func demoBoard(t *testing.T, w, h int) (hs *harness, cards [][]model.Card) {
	t.Helper()
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ws, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := st.Meetings(ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	all, _, err := st.BoardCards(ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The poll's reasons come to the inbox in no kept order (an anonymous
	// ballot keeps none): put them in one, for the goldens.
	var reasons []model.Card
	for _, c := range all {
		if c.Source == model.SourcePollReason {
			reasons = append(reasons, c)
		}
	}
	if len(reasons) == 2 && reasons[0].Text > reasons[1].Text {
		step, err := model.SwapCards(reasons[0], reasons[1])
		if err != nil {
			t.Fatal(err)
		}
		// at the time they were last changed, so that no 更 mark comes of it
		if _, err := st.ApplyStep(ws.ID, ms[1].ID, "board", step, reasons[0].UpdatedAt); err != nil {
			t.Fatal(err)
		}
	}
	_, pillars, err := st.Workshop(ws.ID)
	if err != nil {
		t.Fatal(err)
	}
	cards = make([][]model.Card, len(pillars))
	for i, p := range pillars {
		for _, c := range all {
			if c.PillarID == p.ID {
				cards[i] = append(cards[i], c)
			}
		}
	}
	hs = &harness{t: t, now: t0}
	c := common.NewCommon(i18n.Japanese, "/tmp/yoriai-test.db", ws.ID)
	c.OpenExternal = noOpen
	c.Now = func() time.Time { return hs.now }
	// 第2回 on its slide, at its last item; p goes back to タスク①の検討
	hs.app = New(c, st, model.Resume{WorkshopID: ws.ID, Screen: model.ScreenSlide, MeetingID: ms[1].ID})
	hs.app.tick = func() tea.Cmd { return nil }
	hs.run(hs.app.Init())
	hs.send(teaSize(w, h))
	hs.keys("p")
	hs.contains("受け箱（")
	hs.keys("tab")
	return hs, cards
}

// demoPillars are the sample's pillars with how many cards each holds.
var demoPillars = []string{"市民の利便性向上（8）", "業務の効率化（7）", "人財育成（5）"}

// TestDemoBoardAndWallAtProjectorSizes is the sample workshop's board and
// wall at the sizes a projector gives: every pillar side by side, every
// card whole or cut only at its third line, and the wall with no inbox
// and nothing only the facilitator needs.
func TestDemoBoardAndWallAtProjectorSizes(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {160, 48}} {
		name := func(what string) string { return what + "_" + sizeKey(size) }
		h, cards := demoBoard(t, size[0], size[1])
		h.contains(demoPillars...)
		h.contains("受け箱（")   // narrowed to a strip
		h.lacks("[市民の利便性向上") // no tabs: every column fits
		wholeCards(t, h.view(), 1, cards)
		h.golden(name("demo_board"))

		h.keys("W")
		h.contains(demoPillars...)
		h.contains("【窓口】", "【情報発信】", "【紙】", "【風土】", "└目")
		h.lacks("受け箱", "発言者", "日時：", "続きがあります", "山田 太郎")
		wholeCards(t, h.view(), 0, cards)
		h.golden(name("demo_wall"))
		h.keys("down") // all of it fits: nothing to scroll to
		h.lacks("▲")
		h.keys("esc")
		h.contains("受け箱（", "→/tab 列")

		h.keys("shift+tab") // triaging: the inbox as wide as a pillar, beside them all
		h.contains(append([]string{"受け箱（17）", "住民票や証明書がスマ"}, demoPillars...)...)
		wholeCards(t, h.view(), 1, cards)
		h.golden(name("demo_triage"))
	}
}

func sizeKey(s [2]int) string { return fmt.Sprintf("%dx%d", s[0], s[1]) }

// wholeCards fails unless every card of cards[i] shows whole in the
// (first+i)th column of view, read top to bottom with its lines joined.
func wholeCards(t *testing.T, view string, first int, cards [][]model.Card) {
	t.Helper()
	cols := make([]string, first+len(cards))
	for _, l := range strings.Split(view, "\n") {
		parts := strings.Split(l, "│")
		if len(parts) != len(cols) {
			continue // the status bar, the slide's header, the footer
		}
		for k, p := range parts {
			cols[k] += strings.Join(strings.Fields(p), "")
		}
	}
	for i, cs := range cards {
		for _, c := range cs {
			if text := strings.Join(strings.Fields(c.Text), ""); !strings.Contains(cols[first+i], text) {
				t.Errorf("column %d lacks %q whole:\n%s", first+i, c.Text, view)
			}
		}
	}
}

// TestDemoBoardAndWallFitSmallScreens: below 100 columns the board keeps
// one column with tabs, and the wall shows the pillars that fit; at 80×24
// and 40×12 neither spills, and the wall says when a pillar goes on below
// and scrolls to it.
func TestDemoBoardAndWallFitSmallScreens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {40, 12}} {
		h, _ := demoBoard(t, size[0], size[1])
		h.contains("[市民の利便性向上（8）]")
		h.assertFits()
		h.keys("W")
		h.assertFits()
		h.contains("市民の利便性向上（8）", "▼ 続きがあります（↓）")
		h.lacks("受け箱", "▲")
		h.keys("down", "down")
		h.assertFits()
		h.contains("市民の利便性向上（8） ▲")
		h.keys("right") // the next pillar, where not all fit
		if size[0] == 40 {
			h.contains("業務の効率化（7）")
			h.lacks("市民の利便性向上")
		}
		h.keys("W")
		if size[0] == 80 {
			h.contains("[業務の効率化（7）]")
		}
		h.assertFits()
	}
}
