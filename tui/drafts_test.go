package tui

import (
	"fmt"
	"testing"

	"yoriai/model"
)

// draftOf is the draft the store keeps under key.
func (h *harness) draftOf(key string) string {
	h.t.Helper()
	d, err := h.store.Draft(key)
	if err != nil {
		h.t.Fatal(err)
	}
	return d
}

const promptDraft = "ideas:3:new" // the kickoff prompt's new idea

func TestIdeaDraftAskedKeptAndBackAfterRestart(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("紙の申請を")
	if d := h.draftOf(promptDraft); d != "紙の申請を" {
		t.Fatalf("the draft is not written as it is typed: %q", d)
	}
	h.keys("esc")
	h.contains("入力中の内容を破棄しますか", "紙の申請を")
	h.keys("n") // keep editing: n is the answer, not text
	h.lacks("入力中の内容を破棄しますか")
	h.typeText("なくしたい")
	h.contains("紙の申請をなくしたい")
	if d := h.draftOf(promptDraft); d != "紙の申請をなくしたい" {
		t.Fatalf("draft %q", d)
	}

	// The app is gone (a crash, kill -9); the file is opened again.
	r := model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenSlide}
	h2 := newHarnessOn(t, h.store, 80, 24, r)
	h2.contains("問い：もっと住みやすくなるには")
	h2.lacks("紙の申請をなくしたい")
	h2.keys("a")
	h2.contains("紙の申請をなくしたい", "前回の下書きを戻しました")
	h2.golden("ideas_draft_back_80x24")
	h2.typeText("。")
	h2.keys("enter")
	if cards, _ := h2.store.ItemCards(promptItem); len(cards) != 1 || cards[0].Text != "紙の申請をなくしたい。" {
		t.Fatalf("saved cards %+v", cards)
	}
	if d := h2.draftOf(promptDraft); d != "" {
		t.Errorf("the draft outlived the save: %q", d)
	}

	// y discards, and the draft with it.
	h2.keys("a")
	h2.typeText("消す")
	h2.keys("esc", "y")
	h2.lacks("消す", "アイデアを追加")
	if d := h2.draftOf(promptDraft); d != "" {
		t.Errorf("a discarded draft is kept: %q", d)
	}
	h2.keys("a")
	h2.lacks("消す", "前回の下書き")
	h2.keys("esc") // nothing typed: closes at once
	h2.lacks("破棄しますか")
}

func TestEditingAnIdeaKeepsItsOwnDraft(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("はじめの案")
	h.keys("enter", "e") // edit it
	h.typeText("（修正）")
	cards, _ := h.store.ItemCards(promptItem)
	if d := h.draftOf(fmt.Sprintf("card:%d", cards[0].ID)); d != "はじめの案（修正）" {
		t.Errorf("the edit's draft is %q", d)
	}
	if d := h.draftOf(promptDraft); d != "" {
		t.Errorf("the new idea's draft is %q", d)
	}
	h.keys("esc")
	h.contains("入力中の内容を破棄しますか")
	h.keys("y")
	if cards, _ := h.store.ItemCards(promptItem); cards[0].Text != "はじめの案" {
		t.Errorf("a discarded edit changed the card: %q", cards[0].Text)
	}
}

func TestCtrlCWhileTypingAsks(t *testing.T) {
	h := openPrompt(t, 80, 24)
	h.keys("a")
	h.typeText("途中")
	h.keys("ctrl+c")
	if h.quit {
		t.Fatal("ctrl+c while typing quit at once")
	}
	h.contains("入力中の内容があります。終了しますか？", "途中")
	h.keys("n")
	if h.quit {
		t.Fatal("n quit")
	}
	h.typeText("です")
	h.contains("途中です")
	h.keys("ctrl+c", "y")
	if !h.quit {
		t.Fatal("y did not quit")
	}
	if d := h.draftOf(promptDraft); d != "途中です" {
		t.Errorf("quitting while typing keeps the draft: %q", d)
	}

	h = openPrompt(t, 80, 24)
	h.keys("ctrl+c") // not typing: quits at once
	if !h.quit {
		t.Fatal("ctrl+c outside a form did not quit")
	}
	h = openPrompt(t, 80, 24)
	h.keys("a", "ctrl+c", "ctrl+c") // twice: quits
	if !h.quit {
		t.Fatal("ctrl+c twice did not quit")
	}
}
