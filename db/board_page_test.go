package db

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"yoriai/model"
)

// randomBoard fills a new workshop's board with n cards of every kind,
// on every pillar and none, some labelled, goals linked to problems of
// their pillar and of others, then changes it as a meeting does: moves,
// labels, deletions, links, undo and redo.
func randomBoard(t *testing.T, st *Store, rng *rand.Rand, n int) (model.Workshop, []model.Pillar) {
	t.Helper()
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	_, pillars, _ := st.Workshop(w.ID)
	kinds := []model.CardKind{model.CardIdea, model.CardProblem, model.CardCause, model.CardGoal}
	labels := []string{"", "", "", "窓口", "手続き", "人材"}
	pillar := func() int64 {
		if rng.IntN(4) == 0 {
			return 0
		}
		return pillars[rng.IntN(len(pillars))].ID
	}
	var cards []model.Card
	for i := range n {
		cards = append(cards, model.Card{Kind: kinds[rng.IntN(len(kinds))], PillarID: pillar(), Label: labels[rng.IntN(len(labels))],
			Source: model.SourceTyped, Text: fmt.Sprintf("カード%d", i)})
	}
	goalOf := map[int]int{}
	for i, c := range cards {
		if c.Kind == model.CardGoal && rng.IntN(3) > 0 {
			if j := rng.IntN(len(cards)); cards[j].Kind == model.CardProblem {
				goalOf[i] = j
			}
		}
	}
	if _, err := st.AddCards(w.ID, cards, goalOf, at0); err != nil {
		t.Fatal(err)
	}
	at := at0
	for range n / 2 {
		all, links, err := st.BoardCards(w.ID)
		if err != nil {
			t.Fatal(err)
		}
		c := all[rng.IntN(len(all))]
		var step model.BoardStep
		switch rng.IntN(5) {
		case 0:
			step, err = model.MoveCard(c, pillar(), kinds[1+rng.IntN(3)], all, links)
		case 1:
			after := c
			after.Label = labels[rng.IntN(len(labels))]
			step = model.BoardStep{Cards: []model.CardChange{{Before: &c, After: &after}}}
		case 2:
			step = model.BoardStep{Cards: []model.CardChange{{Before: &c}}}
		case 3:
			p := all[rng.IntN(len(all))]
			if c.Kind != model.CardGoal || p.Kind != model.CardProblem {
				continue
			}
			step, err = model.LinkGoal(c, p, links)
		case 4:
			at = at.Add(time.Second)
			if _, _, err := st.UndoStep(w.ID, 0, BoardScope, at); err != nil {
				t.Fatal(err)
			}
			if rng.IntN(2) == 0 {
				if _, _, err := st.RedoStep(w.ID, 0, BoardScope, at); err != nil {
					t.Fatal(err)
				}
			}
			continue
		}
		if err != nil {
			continue // a move or link the board would refuse
		}
		at = at.Add(time.Second)
		if _, err := st.ApplyStep(w.ID, 0, BoardScope, step, at); err != nil {
			t.Fatal(err)
		}
	}
	return w, pillars
}

// countedOf counts the board's cards as the card_count table should.
func countedOf(cards []model.Card) model.BoardCounts {
	want := model.BoardCounts{}
	for _, c := range cards {
		want[model.CountKey{PillarID: c.PillarID, Kind: c.Kind, Label: c.Label}]++
	}
	return want
}

// TestBoardCountsFollowEveryWrite checks the counts the triggers keep
// against the cards themselves, after adds, moves, labels, deletions,
// undo and redo, a chat import, a pillar removed (its cards fall to the
// inbox by the foreign key) and a migration from a file that had cards
// before the table.
func TestBoardCountsFollowEveryWrite(t *testing.T) {
	st, err := Open(filepath.Join(t.TempDir(), "yoriai.db"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	w, pillars := randomBoard(t, st, rng, 300)
	check := func(when string) {
		t.Helper()
		cards, _, err := st.BoardCards(w.ID)
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.BoardCounts(w.ID)
		if err != nil {
			t.Fatal(err)
		}
		if want := countedOf(cards); !maps(got, want) {
			t.Fatalf("%s: counts %v, want %v", when, got, want)
		}
	}
	check("after the meeting's changes")
	log := model.ChatLog{Lines: []model.ChatLine{{At: at0, Name: "佐藤", Text: "申請をスマホで"}}}
	if _, err := st.ImportChat(w.ID, log, at0); err != nil {
		t.Fatal(err)
	}
	check("after a chat import")
	if _, err := st.db.Exec(`DELETE FROM pillar WHERE id = ?`, pillars[0].ID); err != nil {
		t.Fatal(err)
	}
	check("after a pillar was removed")
	// a file from before the table: the migration counts what is there
	path := st.path
	for _, q := range []string{`DROP TRIGGER card_count_insert`, `DROP TRIGGER card_count_delete`, `DROP TRIGGER card_count_update`,
		`DROP TABLE card_count`, `DROP INDEX card_inbox`, `DROP INDEX card_pillar`, `ALTER TABLE app_state DROP COLUMN item_id`,
		`PRAGMA user_version = 14`} {
		if _, err := st.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	if st, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	check("after the migration from version 14")
}

// maps reports whether a and b hold the same counts, a count of 0 being
// none.
func maps(a, b model.BoardCounts) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	for k, v := range b {
		if a[k] != v {
			return false
		}
	}
	return true
}

// TestBoardPageIsTheFirstOfEachColumn checks the page against the whole
// board laid out by model.BuildBoard: each column's first cards, each
// problem's goals, the loose cards only below a column's last problem.
func TestBoardPageIsTheFirstOfEachColumn(t *testing.T) {
	for seed := range uint64(6) {
		st := openTemp(t)
		rng := rand.New(rand.NewPCG(seed, 7))
		w, pillars := randomBoard(t, st, rng, 60+int(seed)*40)
		cards, links, err := st.BoardCards(w.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, limit := range []int{3, 10, 25, 1000} {
			page, err := st.BoardPage(w.ID, limit)
			if err != nil {
				t.Fatal(err)
			}
			if !maps(page.Counts, countedOf(cards)) {
				t.Fatalf("seed %d limit %d: the page's counts are not the board's", seed, limit)
			}
			b := model.BuildBoard(pillars, cards, links)
			var want []int64
			ids := func(cs []model.Card, n int) {
				for _, c := range cs[:min(n, len(cs))] {
					want = append(want, c.ID)
				}
			}
			fits := len(b.Inbox) <= limit
			for _, p := range b.Pillars {
				fits = fits && len(p.Problems)+len(p.Loose)+goalsIn(p) <= limit
			}
			if fits {
				if !page.Whole || len(page.Cards) != len(cards) {
					t.Fatalf("seed %d limit %d: a board that fits is not read whole", seed, limit)
				}
				continue
			}
			ids(b.Inbox, limit)
			for _, p := range b.Pillars {
				ids(p.Problems, limit)
				for _, pr := range p.Problems[:min(limit, len(p.Problems))] {
					ids(p.Goals[pr.ID], len(cards))
				}
				if len(p.Problems) <= limit {
					ids(p.Loose, limit)
				}
			}
			var got []int64
			for _, c := range page.Cards {
				got = append(got, c.ID)
				if c.Kind == model.CardGoal && page.Links[c.ID] != links[c.ID] {
					t.Fatalf("seed %d limit %d: goal %d linked to %d, want %d", seed, limit, c.ID, page.Links[c.ID], links[c.ID])
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if page.Whole || !slices.Equal(got, want) {
				t.Fatalf("seed %d limit %d: page %v, want %v", seed, limit, got, want)
			}
		}
	}
}

// goalsIn is how many goals are under the problems of p.
func goalsIn(p model.PillarBoard) int {
	n := 0
	for _, gs := range p.Goals {
		n += len(gs)
	}
	return n
}
