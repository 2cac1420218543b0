package board

import (
	"errors"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// pageStore is the store with a whole-board read that can be made to
// fail.
type pageStore struct {
	*db.Store
	failWhole bool
}

func (s *pageStore) BoardCards(wid int64) ([]model.Card, model.Links, error) {
	if s.failWhole {
		return nil, nil, errors.New("disk I/O error")
	}
	return s.Store.BoardCards(wid)
}

// bigBoard is the sample workshop with n cards, shown on 第2回's board:
// as the sample has it for seed 0 (a few labelled problems, then an
// unlabelled group running far past the first page), else relabelled and
// moved at random in one step, so that groups run past the first page in
// every column, the inbox too.
func bigBoard(t *testing.T, n int, seed uint64) (*pageStore, *Panel) {
	t.Helper()
	st, err := db.Open(filepath.Join(t.TempDir(), "yoriai.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, n)
	if err != nil {
		t.Fatal(err)
	}
	cards, _, err := st.BoardCards(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(seed, 3))
	labels := []string{"", "窓口", "手続き", "紙", "人材", "情報発信"}
	var step model.BoardStep
	for i := range cards {
		if seed == 0 || rng.IntN(3) != 0 {
			continue
		}
		before, after := cards[i], cards[i]
		after.Label = labels[rng.IntN(len(labels))]
		if rng.IntN(4) == 0 && after.Kind != model.CardGoal {
			after.PillarID, after.Kind = 0, model.CardIdea
		}
		step.Cards = append(step.Cards, model.CardChange{Before: &before, After: &after})
	}
	if len(step.Cards) > 0 {
		if _, err := st.ApplyStep(w.ID, 0, db.BoardScope, step, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	ms, _ := st.Meetings(w.ID)
	ps := &pageStore{Store: st}
	p, _ := New(common.NewCommon(i18n.Japanese, "", w.ID), ps, common.Slide{Meeting: ms[1]})
	return ps, p.(*Panel)
}

// results runs cmd as the program does and returns the messages it leads
// to, the store's in the order they were asked for.
func results(r *common.Reorder, cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, results(r, c)...)
		}
		return out
	case common.QueuedMsg:
		return r.Arrive(msg)
	default:
		return []tea.Msg{msg}
	}
}

// only is the one message msgs holds.
func only(t *testing.T, msgs []tea.Msg) tea.Msg {
	t.Helper()
	if len(msgs) != 1 {
		t.Fatalf("%d messages, want 1: %v", len(msgs), msgs)
	}
	return msgs[0]
}

// TestFirstPageDrawsTheWholeBoardsFirstFrame checks the board drawn from
// its first page (each column's first cards and the whole board's counts)
// against the board drawn from every card, frame for frame, at the sizes a
// laptop and a projector give, up to the height the slide was shown at;
// keys pressed before the whole board is in
// are held and handed on in order.
func TestFirstPageDrawsTheWholeBoardsFirstFrame(t *testing.T) {
	for seed := range uint64(4) {
		// the screen's height known when the slide shows, or not yet
		shown, sizes := common.ShownMsg{}, [][2]int{{120, 36}, {160, 44}, {80, 30}, {100, 60}, {60, 20}}
		if seed%2 == 1 {
			shown, sizes = common.ShownMsg{Rows: 36}, [][2]int{{120, 36}, {160, 36}, {80, 30}, {60, 20}}
		}
		_, b := bigBoard(t, 1200, seed)
		var r common.Reorder
		_, cmd, _ := b.Update(shown)
		first := only(t, results(&r, cmd)).(loadedMsg)
		if !first.preview || len(first.cards) >= 1200 {
			t.Fatalf("seed %d: the first read holds %d cards (preview %v), want a page", seed, len(first.cards), first.preview)
		}
		_, cmd, _ = b.Update(first)
		if !b.preview || cmd == nil {
			t.Fatalf("seed %d: the page asks for nothing more", seed)
		}
		var paged []string
		for _, s := range sizes {
			paged = append(paged, b.View(s[0], s[1]))
		}
		down := tea.KeyPressMsg{Code: tea.KeyDown}
		if _, c, handled := b.Update(down); !handled || c != nil {
			t.Fatalf("seed %d: a key on the page went by (handled %v)", seed, handled)
		}
		whole := only(t, results(&r, cmd)).(loadedMsg)
		if whole.preview || len(whole.cards) < 1200 {
			t.Fatalf("seed %d: the second read holds %d cards", seed, len(whole.cards))
		}
		_, cmd, _ = b.Update(whole)
		if b.preview {
			t.Fatalf("seed %d: still a page after the whole board", seed)
		}
		for i, s := range sizes {
			if got := b.View(s[0], s[1]); got != paged[i] {
				t.Fatalf("seed %d, %dx%d: the first page drew\n%s\nthe whole board draws\n%s", seed, s[0], s[1],
					paged[i], got)
			}
		}
		held := results(&r, cmd)
		if len(held) != 1 || held[0] != tea.Msg(down) {
			t.Fatalf("seed %d: the held keys came back as %v", seed, held)
		}
		before := b.cols[b.col].cursor
		b.Update(held[0])
		if b.cols[b.col].cursor == before {
			t.Fatalf("seed %d: the held key did not move the cursor", seed)
		}
	}
}

// TestFirstPageStaysWhenTheRestCannotBeRead: the page stays on screen, and
// keys go on to the meeting, not held for a board that will not come.
func TestFirstPageStaysWhenTheRestCannotBeRead(t *testing.T) {
	st, b := bigBoard(t, 400, 9)
	st.failWhole = true
	var r common.Reorder
	_, cmd, _ := b.Update(common.ShownMsg{})
	_, cmd, _ = b.Update(only(t, results(&r, cmd)))
	b.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	failed := only(t, results(&r, cmd))
	if e, ok := failed.(common.ErrMsg); !ok || !e.For(b.id) {
		t.Fatalf("the failed read came back as %#v", failed)
	}
	_, cmd, _ = b.Update(failed)
	if cmd != nil || len(b.held) != 0 {
		t.Fatal("keys held for a board that could not be read")
	}
	if _, _, handled := b.Update(tea.KeyPressMsg{Code: tea.KeyRight}); handled {
		t.Fatal("a key after the failure was taken by the board")
	}
	if !strings.Contains(ansi.Strip(b.View(120, 36)), b.c.T.Inbox+"（") {
		t.Fatalf("the page is gone:\n%s", b.View(120, 36))
	}
}
