package board

import (
	"fmt"
	"testing"
	"time"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

func TestMain(m *testing.M) {
	common.PinEastAsianWidth()
	m.Run()
}

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

// benchBoard is a board panel holding n cards, on the second pillar.
func benchBoard(n int) *Panel {
	c := common.NewCommon(i18n.Japanese, "", 1)
	b := &Panel{c: c, loaded: true, folded: map[string]bool{},
		pillars: []model.Pillar{{ID: 1, Name: "市民の利便性向上"}, {ID: 2, Position: 1, Name: "業務の効率化"}, {ID: 3, Position: 2, Name: "人財育成"}}}
	b.cards, b.links = benchCards(n)
	b.rebuild()
	b.col = 2
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
