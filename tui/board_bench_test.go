package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"

	"yoriai/tui/board"
	"yoriai/tui/common"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
)

// benchCards is n cards spread over the board as a long workshop leaves
// them: a quarter in the inbox, the rest problems and goals of the three
// pillars, every third goal linked, some under labels.
func benchCards(n int) ([]model.Card, model.Links) {
	cards := make([]model.Card, n)
	links := model.Links{}
	at := time.Date(2023, 1, 20, 10, 0, 0, 0, time.UTC)
	for i := range cards {
		c := model.Card{ID: int64(i + 1), WorkshopID: 1, BoardPos: int64(i + 1), Source: model.SourceChatImport,
			Text: fmt.Sprintf("カード%05d 窓口の手続きをオンラインで完結できるようにしたい", i), CreatedAt: at, UpdatedAt: at}
		switch {
		case i%4 == 0:
			c.Kind = model.CardIdea
		case i%4 == 3:
			c.Kind, c.PillarID = model.CardGoal, int64(i%3+1)
			if i%3 == 0 && i > 4 {
				links[c.ID] = int64(i - 2)
			}
		default:
			c.Kind, c.PillarID = model.CardProblem, int64(i%3+1)
		}
		if i%10 == 0 {
			c.Label = fmt.Sprintf("見出し%d", i%7)
		}
		cards[i] = c
	}
	return cards, links
}

func benchBoard(n int) *board.BoardPanel {
	c := common.NewCommon(newFakeStore(), i18n.Japanese, "", 1)
	b := &board.BoardPanel{C: c, Loaded: true, Folded: map[string]bool{}, Pillars: newFakeStore().pillars}
	b.Cards, b.Links = benchCards(n)
	b.Rebuild()
	b.Col = 2
	return b
}

// BenchmarkBoardView is a cursor move on the board and the frame after
// it, at 120×40. The budget: 10,000 cards within 1.5× of 100.
func BenchmarkBoardView(b *testing.B) {
	down, up := tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp}
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprintf("cards=%d", n), func(b *testing.B) {
			bd := benchBoard(n)
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				key := down
				if i%40 >= 20 {
					key = up
				}
				bd.Update(key)
				_ = bd.View(120, 40)
			}
		})
	}
}

// benchItem is a card's text as a bubbles list item.
type benchItem string

func (i benchItem) FilterValue() string { return string(i) }
func (i benchItem) Title() string       { return string(i) }
func (i benchItem) Description() string { return "" }

// BenchmarkBubblesListView is the reference for the board: a bubbles list
// of the same 10,000 card texts, a cursor move and a frame at 120×40. The
// board should be no slower.
func BenchmarkBubblesListView(b *testing.B) {
	cards, _ := benchCards(10000)
	items := make([]list.Item, len(cards))
	for i, c := range cards {
		items[i] = benchItem(c.Text)
	}
	b.Run("items=10000", func(b *testing.B) {
		l := list.New(items, list.NewDefaultDelegate(), 120, 40)
		l.Paginator.Type = paginator.Arabic // the dots paginator is slow with many pages (DESIGN.md)
		down, up := tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp}
		b.ResetTimer()
		for i := 0; b.Loop(); i++ {
			key := down
			if i%40 >= 20 {
				key = up
			}
			l, _ = l.Update(key)
			_ = l.View()
		}
	})
}

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
			c := common.NewCommon(st, i18n.Japanese, "", w.ID)
			// 第2回 on its slide, at its last item; p goes back to タスク①の検討
			h.app = New(c, model.Resume{WorkshopID: w.ID, Screen: model.ScreenSlide, MeetingID: ms[1].ID})
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

// BenchmarkColdStart is what happens between opening the database and the
// first frame, with 10,000 cards, resuming on the Task ① board: open the
// store, build the app, load what the resumed screen shows, draw. (The
// process start and the terminal set-up around it are not measured here.)
func BenchmarkColdStart(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	st, err := db.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	w, err := demo.Fill(st, 10000)
	if err != nil {
		b.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[1].ID)
	m := ms[1]
	m.CurrentItemID = items[2].ID // タスク①の検討
	st.SaveRun(m, items, "bench", t0)
	st.Close()
	b.ResetTimer()
	for b.Loop() {
		st, err := db.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		h := &harness{t: &testing.T{}, now: t0}
		c := common.NewCommon(st, i18n.Japanese, path, w.ID)
		h.app = New(c, model.Resume{WorkshopID: w.ID, Screen: model.ScreenSlide, MeetingID: m.ID})
		h.app.tick = func() tea.Cmd { return nil }
		h.run(h.app.Init())
		h.send(teaSize(120, 40))
		if !strings.Contains(h.view(), "受け箱（") {
			b.Fatalf("not on the board:\n%s", h.view())
		}
		st.Close()
	}
}
