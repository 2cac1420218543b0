package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
)

// clean reports what stored text must never hold.
func cleanCheck(t *testing.T, where, s string) {
	t.Helper()
	for _, bad := range []string{"\x1b", "\x00", "\x07", "\u0085", "\u009b", "\u202e", "\u202c", "\r"} {
		if strings.Contains(s, bad) {
			t.Errorf("%s stored %q", where, bad)
		}
	}
	if !utf8.ValidString(s) {
		t.Errorf("%s stored invalid UTF-8", where)
	}
}

// framesIntact checks every line of the frame is exactly the terminal's
// width: an emoji or ① drawn one cell off would shift a border.
func framesIntact(t *testing.T, h *harness) {
	t.Helper()
	for i, l := range strings.Split(h.app.View().Content, "\n") {
		if w := lipgloss.Width(l); w != h.app.width {
			t.Errorf("line %d is %d cells, the terminal %d: %q", i, w, h.app.width, ansiStrip(l))
		}
	}
}

func TestHostilePasteIntoAnIdea(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.send(tea.PasteMsg{Content: hostile})
	framesIntact(t, h)
	h.keys("enter")
	cards := h.store.itemCards(promptItem)
	if len(cards) != 1 {
		t.Fatalf("cards %+v", cards)
	}
	text := cards[0].Text
	cleanCheck(t, "the idea", text)
	for _, keep := range []string{"👩🏽‍💻", "①②※", "evil", "abcdefg"} {
		if !strings.Contains(strings.ReplaceAll(text, "\n", ""), keep) {
			t.Errorf("the idea lost %q: %q", keep, text)
		}
	}
	framesIntact(t, h)
	h.assertFits()

	h.keys("a")
	h.send(tea.PasteMsg{Content: strings.Repeat("あ", 100000)})
	h.contains("長すぎるため、入る分だけ貼り付けました")
	h.keys("enter")
	if got := utf8.RuneCountInString(h.store.itemCards(promptItem)[1].Text); got != model.MaxCardRunes {
		t.Errorf("a 100,000-character paste stored %d runes, want the cap %d", got, model.MaxCardRunes)
	}
	framesIntact(t, h)
}

func TestHostilePasteOnTheBoardAndRoster(t *testing.T) {
	st, _ := boardStore(t)
	h := openBoard(t, st, 80, 24)
	h.keys("a")
	h.send(tea.PasteMsg{Content: hostile})
	h.keys("enter")
	added := st.newestCard()
	cleanCheck(t, "the board card", added.Text)
	framesIntact(t, h)
	h.keys("g")
	h.send(tea.PasteMsg{Content: hostile})
	h.keys("enter")
	cleanCheck(t, "the label", st.card(added.ID).Label)
	framesIntact(t, h)

	r := newHarness(t, 80, 24, model.Resume{})
	r.keys("R", "a")
	r.send(tea.PasteMsg{Content: hostile})
	r.keys("enter")
	people := r.store.people()
	if len(people) != 1 {
		t.Fatalf("people %+v", people)
	}
	cleanCheck(t, "the name", people[0].Name)
	if strings.Contains(people[0].Name, "\n") {
		t.Error("a one-line field kept a line break")
	}
	framesIntact(t, r)
}
