package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// openPoll shows the kickoff's poll (item 4) full screen.
func openPoll(t *testing.T, w, h int) *harness {
	t.Helper()
	hs := newHarness(t, w, h, model.Resume{})
	hs.keys("enter", "down", "down", "down", "enter")
	hs.contains("Q1. デジタル変革は必要だと思うか", "集め方を選んでください")
	return hs
}

// openBallot opens an anonymous ballot with PIN 2468.
func openBallot(t *testing.T, h *harness) {
	t.Helper()
	h.keys("3")
	h.contains("暗証番号（4〜8桁の数字）")
	h.typeText("2468")
	h.keys("enter")
	h.contains("もう一度")
	h.typeText("2468")
	h.lacks("2468") // the PIN is never drawn
	h.keys("enter")
	h.contains("無記名投票", "( ) 1. 必要だと思う", "enter 投票する")
}

// countsShown reports whether the screen shows any result: a percentage,
// a bar, or "n=".
func countsShown(v string) bool {
	return strings.Contains(v, "%") || strings.Contains(v, "█") || strings.Contains(v, "n=")
}

func TestAnonymousBallotShowsNothingUntilReveal(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		h := openPoll(t, size[0], size[1])
		openBallot(t, h)
		reasons := []string{"窓口の待ち時間を減らしたい", "紙の書類が多すぎる", "人手が足りない"}
		for i, r := range reasons {
			h.typeText(string(rune('1' + i%2))) // choice 1 or 2
			h.keys("tab")
			h.typeText(r)
			h.keys("enter")
			h.contains("ご回答ありがとうございました。次の方へ")
			if v := h.view(); countsShown(v) || strings.Contains(v, r) {
				t.Fatalf("the thanks screen shows a result or the reason:\n%s", v)
			}
			// a participant's keys act on nothing: not quit, help, projector, next item or reveal
			h.keys("q", "?", "P", "n", "r", "R")
			if h.quit || h.app.showHelp || h.app.projector || h.app.active != meetingID {
				t.Fatal("a key during the ballot acted globally")
			}
			h.keys("enter")
			h.contains("( ) 1. 必要だと思う")
			h.lacks(r)
			if countsShown(h.view()) {
				t.Fatalf("the blank ballot shows a count:\n%s", h.view())
			}
			h.assertFits()
		}
		if _, res, reasons, _ := h.store.poll(pollItem); res[0].Total() != 3 || res[0].Counts[0] != 2 || res[0].Counts[1] != 1 || len(reasons) != 3 {
			t.Fatalf("stored ballots %+v, reasons %+v", res, reasons)
		}
		if size[0] == 80 {
			h.golden("poll_ballot_80x24")
		}

		h.keys("esc") // the facilitator ends the ballot
		h.contains("ファシリテーターの暗証番号")
		h.typeText("1111")
		h.keys("enter")
		h.contains("暗証番号が違います")
		h.keys("esc") // back to the ballot
		h.contains("( ) 1. 必要だと思う")
		h.keys("esc")
		h.typeText("２４６８") // full-width digits from an IME work too
		h.keys("enter")
		h.contains("投票 3票", "結果は公開するまで表示しません")
		if countsShown(h.view()) {
			t.Fatalf("the closed ballot shows a result:\n%s", h.view())
		}
		h.keys("r")
		h.contains("結果を公開しますか")
		h.keys("n")
		h.lacks("必要だと思う ")
		h.keys("r", "y")
		h.contains("結果", "n=3", "2  67%", "1  33%", "0   0%", "理由（3件）", "人手が足りない")
		h.assertFits()
		if size[0] == 120 {
			h.golden("poll_revealed_120x40")
		}
	}
}

func TestRevealedReasonsLabelAndPromote(t *testing.T) {
	h := openPoll(t, 100, 30)
	openBallot(t, h)
	for _, r := range []string{"職員が減っている", "窓口が混む"} {
		h.typeText("1")
		h.keys("tab")
		h.typeText(r)
		h.keys("enter", "enter")
	}
	h.keys("esc")
	h.typeText("2468")
	h.keys("enter", "r", "y")
	_, _, reasons, _ := h.store.poll(pollItem)
	first := reasons[0].Text // the first row, under the cursor: a ballot's reasons are listed by their text
	for _, r := range reasons {
		first = min(first, r.Text)
	}
	h.keys("l")
	h.contains("見出しを付ける")
	h.typeText("人手不足")
	h.keys("enter")
	h.contains("【人手不足】", "【未分類】")
	_, _, reasons, _ = h.store.poll(pollItem)
	labelled := false
	for _, r := range reasons {
		labelled = labelled || r.Text == first && r.Label == "人手不足"
	}
	if !labelled {
		t.Errorf("label not stored: %+v", reasons)
	}
	// the labelled reason is listed first; the cursor stays on the first row
	h.keys("c")
	h.contains("→ 課題候補", "タスク①の受け箱に送りました")
	cards, _ := h.store.boardCards()
	if len(cards) != 1 || cards[0].Text != first || cards[0].Kind != model.CardProblem ||
		cards[0].Source != model.SourcePollReason || cards[0].AuthorID != 0 {
		t.Fatalf("promoted cards %+v", cards)
	}
	h.keys("c")
	h.contains("既に課題候補に送っています")
	if cards, _ := h.store.boardCards(); len(cards) != 1 {
		t.Error("promoted twice")
	}
	h.keys("down", "l", "tab") // tab offers the labels in use
	h.keys("enter")
	h.contains("理由（2件）")
	h.lacks("【未分類】")

	h.keys("o") // hidden again, answers can continue
	h.contains("結果を非公開に戻しました", "結果は公開するまで表示しません")
	if countsShown(h.view()) {
		t.Fatalf("reopened poll shows results:\n%s", h.view())
	}
	h.keys("o") // the ballot again, with a new PIN
	h.typeText("1357")
	h.keys("enter")
	h.typeText("1357")
	h.keys("enter")
	h.contains("( ) 1. 必要だと思う")
}

func TestBallotSurvivesRestartStillHidden(t *testing.T) {
	h := openPoll(t, 80, 24)
	openBallot(t, h)
	h.typeText("2")
	h.keys("enter")
	h.contains("ご回答ありがとうございました")
	// the app starts again on the run sheet (the resume point may be older)
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenMeeting, MeetingID: kickoffID})
	if !again.app.meeting.OnSlide() {
		t.Error("an open ballot did not take the screen after a restart")
	}
	again.contains("( ) 1. 必要だと思う")
	if countsShown(again.view()) {
		t.Fatalf("restart shows results:\n%s", again.view())
	}
	again.keys("q")
	if again.quit {
		t.Error("q quit from the ballot after a restart")
	}
	again.keys("esc")
	again.typeText("2468")
	again.keys("enter")
	again.contains("投票 1票")
}

func TestBallotFailedSaveKeepsTheAnswer(t *testing.T) {
	h := openPoll(t, 80, 24)
	openBallot(t, h)
	h.keys("enter") // nothing chosen
	h.contains("「デジタル変革は必要だと思うか」の選択肢を選んでください")
	h.keys("down", "down", "tab") // choice 2
	h.send(tea.PasteMsg{Content: "紙が\x1b]52;c;ZXZpbA==\x07多い\x00"})
	h.store.failNext = errDiskFull
	h.keys("enter")
	h.lacks("ご回答ありがとうございました")
	h.contains("database or disk is full", "(●) 2. どちらかといえば必要", "紙が多い")
	if _, res, _, _ := h.store.poll(pollItem); res[0].Total() != 0 {
		t.Fatal("a failed ballot was counted")
	}
	h.keys("enter")
	h.contains("ご回答ありがとうございました")
	if _, _, r, _ := h.store.poll(pollItem); len(r) != 1 || r[0].Text != "紙が多い" {
		t.Errorf("stored reasons %+v", r)
	}
}

func TestTallyEntryWarnsAndReveals(t *testing.T) {
	h := openPoll(t, 80, 24)
	for _, name := range []string{"山田 太郎", "佐藤 花子", "田中 一郎"} {
		p := h.store.addPerson(name, "")
		if err := h.store.Store.SetAttendance(kickoffID, p.ID, true, t0); err != nil {
			t.Fatal(err)
		}
	}
	h.keys("1")
	h.contains("1回目・挙手", "合計 0人", "出席 3人", "結果は公開するまで")
	h.typeText("12") // two digits make 12
	h.contains("合計 12人", "出席者数と合いません")
	h.keys("backspace")                // 1
	h.keys("down", "+", "+", "-", "+") // 2
	h.keys("down")
	h.typeText("0")
	if _, res, _, _ := h.store.poll(pollItem); res[0].Counts[0] != 1 || res[0].Counts[1] != 2 || res[0].Counts[2] != 0 {
		t.Fatalf("stored counts %v", res[0].Counts)
	}
	h.contains("合計 3人")
	h.lacks("出席者数と合いません", "%")
	h.keys("a")
	h.typeText("住民票がコンビニで取れると便利")
	h.keys("enter")
	h.contains("理由 1件（公開まで非表示）")
	h.lacks("住民票がコンビニで")

	h.store.failNext = errDiskFull // a count that cannot be saved is not left on screen
	h.keys("up", "up", "5")
	h.contains("database or disk is full", "合計 3人")
	h.keys("r", "y")
	h.contains("n=3", "1  33%", "2  67%", "住民票がコンビニで取れると便利")
	h.assertFits()
}

func TestNamedAnswersAndResetAndNewRound(t *testing.T) {
	h := openPoll(t, 80, 24)
	yamada := h.store.addPerson("山田 太郎", "総務課")
	h.store.addPerson("佐藤 花子", "")
	h.keys("2")
	h.contains("1回目・記名", "回答 0/2人", "名簿の全員を表示", "山田 太郎（総務課）", "未回答")
	h.keys("enter")
	h.contains("山田 太郎 さんの回答")
	h.typeText("4")
	h.keys("tab")
	h.typeText("今のやり方で困っていない")
	h.keys("enter")
	// on to the next person; what they answered stays hidden
	h.contains("回答 1/2人", "回答済", "> 佐藤 花子")
	h.lacks("どちらかといえば不要", "今のやり方で")
	if a := h.store.named(pollItem)[yamada.ID]; len(a) != 2 || a[0].Choice != 3 || a[1].Reason != "今のやり方で困っていない" {
		t.Fatalf("stored answer %+v", a)
	}
	h.keys("r", "y")
	h.contains("n=1", "1 100%", "今のやり方で困っていない")

	h.keys("X")
	h.contains("1回目の回答をすべて消去します")
	h.keys("y")
	h.contains("回答を消去しました", "回答 0/2人")
	if len(h.store.named(pollItem)) != 0 {
		t.Error("reset kept the answers")
	}
	h.keys("N", "y")
	h.contains("集め方を選んでください", "前の回の結果も保存されています")
	h.keys("esc") // changed their mind
	h.contains("1回目・記名")
	h.keys("N", "y", "1")
	h.contains("2回目・挙手")
	if p, _, _, _ := h.store.poll(pollItem); p.Round != 2 {
		t.Errorf("the latest round is round %d, want 2", p.Round)
	}
}

func TestPINRules(t *testing.T) {
	h := openPoll(t, 80, 24)
	h.keys("3")
	h.typeText("12")
	h.keys("enter")
	h.contains("4〜8桁の数字にしてください")
	h.typeText("1234")
	h.keys("enter")
	h.typeText("4321")
	h.keys("enter")
	h.contains("暗証番号が一致しません")
	h.keys("esc")
	h.contains("集め方を選んでください")
	if _, _, _, ok := h.store.poll(pollItem); ok {
		t.Error("a cancelled ballot started a round")
	}
}

// TestNamedAnswerKeptThroughACrash: a participant's answer typed by the
// facilitator is kept as a draft as it is typed; after a crash the same
// person's form brings it back, and casting it lets the draft go. A ballot
// never writes a draft: an anonymous answer is stored only when cast.
func TestNamedAnswerKeptThroughACrash(t *testing.T) {
	h := openPoll(t, 80, 24)
	yamada := h.store.addPerson("山田 太郎", "総務課")
	h.keys("2", "enter")
	h.contains("山田 太郎 さんの回答")
	h.typeText("2")
	h.keys("tab")
	h.typeText("窓口の待ち時間を減らしたい")
	p, _, _, _ := h.store.poll(pollItem)
	key := fmt.Sprintf("poll:%d:named:%d", p.ID, yamada.ID)
	if d := h.draftOf(key); !strings.Contains(d, "窓口の待ち時間を減らしたい") {
		t.Fatalf("the answer is not kept as it is typed: %q", d)
	}

	// kill -9, and the file opened again on the poll's slide
	h2 := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenSlide})
	h2.contains("1回目・記名")
	h2.keys("enter")
	h2.contains("窓口の待ち時間を減らしたい", "前回の下書きを戻しました", "(●) 2.")
	h2.keys("enter")
	if a := h2.store.named(pollItem)[yamada.ID]; len(a) != 2 || a[0].Choice != 1 || a[1].Reason != "窓口の待ち時間を減らしたい" {
		t.Fatalf("stored answer %+v", a)
	}
	if d := h2.draftOf(key); d != "" {
		t.Errorf("the draft outlived the answer: %q", d)
	}
}

// TestHeardReasonKeptThroughACrash: a reason heard in a show of hands is
// kept as a draft as it is typed, comes back after a crash when the entry
// opens again, and goes once it is stored.
func TestHeardReasonKeptThroughACrash(t *testing.T) {
	h := openPoll(t, 80, 24)
	h.keys("1", "a")
	h.typeText("住民票がコンビニで取れると便利")
	p, _, _, _ := h.store.poll(pollItem)
	key := fmt.Sprintf("poll:%d:reason:new", p.ID)
	if d := h.draftOf(key); d != "住民票がコンビニで取れると便利" {
		t.Fatalf("the reason is not kept as it is typed: %q", d)
	}
	h2 := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenSlide})
	h2.contains("1回目・挙手")
	h2.keys("a")
	h2.contains("住民票がコンビニで取れると便利", "前回の下書きを戻しました")
	h2.keys("enter")
	h2.contains("理由 1件（公開まで非表示）")
	if d := h2.draftOf(key); d != "" {
		t.Errorf("the draft outlived the reason: %q", d)
	}
}
