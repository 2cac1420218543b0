package board

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// rowShape is what a row shows, for comparing two layouts.
func rowShape(r boardRow) string {
	if r.card == nil {
		return fmt.Sprintf("%d|%s|%d|%v", r.kind, r.label, r.count, r.folded)
	}
	c := r.card
	return fmt.Sprintf("card %d %s %s %d %s %d depth=%d", c.ID, c.Kind, c.Label, c.BoardPos, c.Text, c.PillarID, r.depth)
}

// freshBoard lays out cards and links from nothing, with the filter and
// folds of b: what the board showed before it kept its layout.
func freshBoard(b *Panel) *Panel {
	f := &Panel{c: b.c, loaded: true, pillars: b.pillars, filter: b.filter, folded: map[string]bool{}}
	for k, v := range b.folded {
		f.folded[k] = v
	}
	f.cards = append([]model.Card(nil), b.cards...)
	f.links = model.Links{}
	for k, v := range b.links {
		f.links[k] = v
	}
	f.rebuild()
	return f
}

// sameLayout fails unless b's rows are those a fresh layout gives.
func sameLayout(t *testing.T, step int, b *Panel) {
	t.Helper()
	f := freshBoard(b)
	for i := range f.cols {
		got, want := b.cols[i], f.cols[i]
		if got.cards != want.cards || len(got.rows) != len(want.rows) {
			for _, r := range got.rows {
				t.Log("got ", rowShape(r))
			}
			for _, r := range want.rows {
				t.Log("want", rowShape(r))
			}
			t.Logf("filter %q folded %v", b.filter, b.folded)
			t.Fatalf("step %d, column %d: %d cards in %d rows, want %d in %d", step, i, got.cards, len(got.rows), want.cards, len(want.rows))
		}
		for j := range want.rows {
			if g, w := rowShape(got.rows[j]), rowShape(want.rows[j]); g != w {
				t.Fatalf("step %d, column %d, row %d: %s, want %s", step, i, j, g, w)
			}
		}
	}
	// the fresh layout is BuildBoard's order
	bd := model.BuildBoard(b.pillars, b.cards, b.links)
	if b.filter == "" && len(b.folded) == 0 {
		var want []int64
		for _, c := range bd.Inbox {
			want = append(want, c.ID)
		}
		var got []int64
		for _, r := range f.cols[0].rows {
			got = append(got, r.cardID())
		}
		got = dropZero(got)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("step %d: inbox %v, BuildBoard %v", step, got, want)
		}
		for i, p := range bd.Pillars {
			var want []int64
			for _, c := range p.Problems {
				want = append(want, c.ID)
				for _, g := range p.Goals[c.ID] {
					want = append(want, g.ID)
				}
			}
			for _, c := range p.Loose {
				want = append(want, c.ID)
			}
			var got []int64
			for _, r := range f.cols[i+1].rows {
				got = append(got, r.cardID())
			}
			if got = dropZero(got); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("step %d: pillar %d %v, BuildBoard %v", step, p.Pillar.ID, got, want)
			}
		}
	}
}

func dropZero(ids []int64) []int64 {
	var out []int64
	for _, id := range ids {
		if id != 0 {
			out = append(out, id)
		}
	}
	return out
}

// TestIncrementalLayout applies random saved steps, folds and filters to a
// board and checks after each that its rows are those of a layout from
// nothing (and so of model.BuildBoard): keeping the layout changes nothing
// the board shows.
func TestIncrementalLayout(t *testing.T) {
	c := common.NewCommon(i18n.Japanese, "", 1)
	b := &Panel{c: c, loaded: true, folded: map[string]bool{},
		pillars: []model.Pillar{{ID: 1, Name: "市民"}, {ID: 2, Position: 1, Name: "業務"}, {ID: 3, Position: 2, Name: "人財"}}}
	b.cards, b.links = benchCards(200)
	b.rebuild()
	_ = b.View(120, 40)
	r := rand.New(rand.NewPCG(1, 2))
	kinds := []model.CardKind{model.CardIdea, model.CardProblem, model.CardGoal, model.CardCause}
	labels := []string{"", "", "見出し1", "見出し2", "見出し3"}
	next := int64(10000)
	for step := range 2000 {
		pick := b.cards[r.IntN(len(b.cards))]
		before := pick
		after := pick
		var msg savedMsg
		switch r.IntN(10) {
		case 0: // a new card
			next++
			after = model.Card{ID: next, Kind: kinds[r.IntN(4)], PillarID: int64(r.IntN(4)), Label: labels[r.IntN(5)],
				BoardPos: int64(r.IntN(300)), Text: fmt.Sprintf("新 %d", step)}
			msg.step.Cards = []model.CardChange{{After: &after}}
		case 1: // a deletion
			msg.step.Cards = []model.CardChange{{Before: &before}}
		case 2: // a move to another pillar or kind
			after.PillarID, after.Kind = int64(r.IntN(4)), kinds[r.IntN(4)]
			msg.step.Cards = []model.CardChange{{Before: &before, After: &after}}
		case 3: // a label
			after.Label = labels[r.IntN(5)]
			msg.step.Cards = []model.CardChange{{Before: &before, After: &after}}
		case 4: // a swap with another card
			other := b.cards[r.IntN(len(b.cards))]
			o2 := other
			after.BoardPos, o2.BoardPos = other.BoardPos, pick.BoardPos
			msg.step.Cards = []model.CardChange{{Before: &before, After: &after}, {Before: &other, After: &o2}}
		case 5: // a link
			to := b.cards[r.IntN(len(b.cards))].ID
			if r.IntN(3) == 0 {
				to = 0
			}
			msg.step.Links = []model.LinkChange{{Goal: pick.ID, Before: b.links[pick.ID], After: to}}
		case 6: // a fold
			b.col = r.IntN(len(b.cols))
			b.moveCursor(r.IntN(20))
			b.toggleFold()
			sameLayout(t, step, b)
			_ = b.View(120, 40)
			continue
		case 7: // a filter
			b.filter = []string{"", "", "1", "見出し", "新"}[r.IntN(5)]
			b.rebuild()
			sameLayout(t, step, b)
			_ = b.View(120, 40)
			continue
		default: // an edit of the text
			after.Text = fmt.Sprintf("直した %d", step)
			msg.step.Cards = []model.CardChange{{Before: &before, After: &after}}
		}
		if len(b.cards) < 20 && len(msg.step.Cards) == 1 && msg.step.Cards[0].After == nil {
			continue
		}
		b.Update(msg)
		sameLayout(t, step, b)
		if got := b.View(120, 40); got != freshView(b) {
			t.Fatalf("step %d: the frame differs from a fresh layout's:\n%s\nwant:\n%s", step, got, freshView(b))
		}
	}
}

// freshView is the frame a fresh layout of b draws, with b's cursors.
func freshView(b *Panel) string {
	f := freshBoard(b)
	f.since, f.people, f.col = b.since, b.people, b.col
	for i := range f.cols {
		f.cols[i].cursor, f.cols[i].selected = b.cols[i].cursor, b.cols[i].selected
	}
	return f.View(120, 40)
}

// TestSavedFollowsCard checks that a saved change of a card the cursor is
// not on (an undone edit) brings the cursor to it, as it did when every
// change laid out the whole board.
func TestSavedFollowsCard(t *testing.T) {
	b := benchBoard(200)
	_ = b.View(120, 40)
	col := b.column()
	b.moveCursor(1)
	var other model.Card
	for j := col.cursor + 5; j < len(col.rows); j++ {
		if r := col.rows[j]; r.kind == rowCard {
			other = *r.card
			break
		}
	}
	after := other
	after.Text = "元に戻した"
	b.Update(savedMsg{step: model.BoardStep{Cards: []model.CardChange{{Before: &other, After: &after}}}})
	if got, ok := b.selected(); !ok || got.ID != other.ID || got.Text != "元に戻した" {
		t.Fatalf("the cursor is on %+v, want card %d", got, other.ID)
	}
}
