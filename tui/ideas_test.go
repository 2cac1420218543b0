package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/model"
)

// openPrompt shows the kickoff's first prompt (item 3) full screen, with
// 山田 太郎 on the roster.
func openPrompt(t *testing.T, w, h int) *harness {
	t.Helper()
	st := newTestStore(t)
	st.addPerson("山田 太郎", "企画財政課")
	hs := newHarnessOn(t, st, w, h, model.Resume{})
	hs.keys("enter", "down", "down", "enter")
	hs.contains("問い：もっと住みやすくなるには", "アイデア（0件）")
	return hs
}

func TestIdeasAddEditDeleteUndoRedo(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("バスの時刻がスマホで分かる")
	h.send(keyCtrl('j'))
	h.typeText("qRP?") // letters are text while typing
	h.keys("tab", "right", "enter")
	if h.quit || h.app.projector || h.app.showHelp {
		t.Fatal("keys typed into an idea acted globally")
	}
	cards := h.store.itemCards(promptItem)
	if len(cards) != 1 {
		t.Fatalf("stored %+v", cards)
	}
	c := cards[0]
	if c.Text != "バスの時刻がスマホで分かる\nqRP?" || c.AuthorID != h.store.people()[0].ID || c.Kind != model.CardIdea || c.Source != model.SourcePrompt || c.ItemID != promptItem || c.MeetingID != kickoffID {
		t.Errorf("stored card %+v", c)
	}
	h.contains("アイデア（1件）", "バスの時刻がスマホで分かる qRP?（山田 太郎）")

	h.keys("e")
	h.typeText("！")
	h.keys("enter")
	if got := h.store.itemCards(promptItem)[0].Text; got != "バスの時刻がスマホで分かる\nqRP?！" {
		t.Errorf("edited text %q", got)
	}
	h.keys("d")
	h.contains("アイデア（0件）")
	h.keys("u") // the deletion undone
	h.contains("アイデア（1件）", "qRP?！")
	h.keys("u") // the edit undone
	if got := h.store.itemCards(promptItem)[0].Text; got != "バスの時刻がスマホで分かる\nqRP?" {
		t.Errorf("after undoing the edit %q", got)
	}
	h.keys("u") // the add undone
	h.contains("アイデア（0件）")
	h.keys("u")
	h.contains("元に戻す操作はありません")
	h.send(keyCtrl('r')) // the add redone
	h.contains("アイデア（1件）")
	h.assertFits()
}

func TestIdeaEditorCursorAndPaste(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("窓口")
	v := h.app.View()
	if v.Cursor == nil {
		t.Fatal("the idea editor must report a real cursor")
	}
	lines := strings.Split(ansi.Strip(v.Content), "\n")
	line := lines[v.Cursor.Y]
	i := strings.Index(line, "窓口")
	if i < 0 || lipgloss.Width(line[:i])+lipgloss.Width("窓口") != v.Cursor.X {
		t.Errorf("cursor (%d,%d) is not right after 窓口 in %q", v.Cursor.X, v.Cursor.Y, line)
	}
	h.send(tea.PasteMsg{Content: "に\x1b[31m行かずに\x1b]52;c;eA==\x07手続き\r\n\u202eできる"})
	h.keys("enter")
	if got := h.store.itemCards(promptItem)[0].Text; got != "窓口に行かずに手続き\nできる" {
		t.Errorf("pasted idea stored as %q", got)
	}
	h.keys("a", "enter")
	h.contains("アイデアを入力してください")
	h.keys("esc")
	if len(h.store.itemCards(promptItem)) != 1 {
		t.Error("an empty idea was saved")
	}
}

func TestManyIdeasScrollAndFit(t *testing.T) {
	h := openPrompt(t, 80, 24)
	var cards []model.Card
	for i := range 300 {
		cards = append(cards, model.Card{MeetingID: kickoffID, ItemID: promptItem,
			Kind: model.CardIdea, Source: model.SourcePrompt, Position: i, Text: fmt.Sprintf("アイデア%03d ①②👨‍👩‍👧", i)})
	}
	h.store.addCards(nil, cards...)
	h.keys("p", "n") // leave and come back: loaded afresh
	h.contains("アイデア（300件）", "アイデア299")
	for range 250 {
		h.keys("up")
	}
	h.contains("> ・アイデア049")
	h.assertFits()
	h.golden("ideas_80x24")
}

// TestIdeasUndoAfterRestart adds an idea, starts the app again and undoes
// it: the history is the store's, not the session's.
func TestIdeasUndoAfterRestart(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("図書館の本をスマホで予約できる")
	h.keys("enter")
	h.contains("アイデア（1件）")
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenSlide, MeetingID: kickoffID})
	again.contains("アイデア（1件）", "図書館の本をスマホで予約できる")
	again.keys("u")
	again.contains("アイデア（0件）")
	again.keys("ctrl+r")
	again.contains("アイデア（1件）")
	again.keys("ctrl+r")
	again.contains("やり直す操作はありません")
}
