package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// openBriefingRecord shows the kickoff's briefing (item 2) with 山田 太郎 on
// the roster, and opens its record.
func openBriefingRecord(t *testing.T, w, h int) *harness {
	t.Helper()
	st := newTestStore(t)
	st.addPerson("山田 太郎", "企画財政課")
	hs := newHarnessOn(t, st, w, h, model.Resume{})
	hs.keys("enter", "down", "enter")
	hs.contains("1. DX推進体制の組織図")
	hs.keys("w")
	hs.contains("記録：1. DX推進体制の組織図（0件）")
	return hs
}

// entries is the stored record of an item.
func (s *testStore) entries(itemID int64) []model.Entry {
	s.t.Helper()
	es, err := s.ItemEntries(itemID)
	if err != nil {
		s.t.Fatal(err)
	}
	return es
}

// addEntry types one entry into the open record: kinds steps right from
// メモ, then the text, then the other fields by tab.
func (h *harness) addEntry(kinds int, text string, fields ...string) {
	h.t.Helper()
	h.keys("a")
	for range kinds {
		h.keys("right")
	}
	h.typeText(text)
	for _, f := range fields {
		h.keys("tab")
		if f == "↓" {
			h.keys("down")
			continue
		}
		h.typeText(f)
	}
	h.keys("enter")
}

func TestRecordAddsEveryKind(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.contains("a でメモ・決定事項・質疑・宿題を記録します。", "投影モード（P）の間")
	h.addEntry(0, "体制図は次回までに更新する")
	h.addEntry(1, "推進本部の会議は月1回")
	h.addEntry(2, "CDOは誰か", "副市長が務める")
	h.keys("a", "left") // 宿題 is one step left of メモ
	h.typeText("体制図の案を作る")
	h.keys("tab", "down", "tab")
	h.typeText("1/20")
	h.keys("enter")
	if h.quit || h.app.projector {
		t.Fatal("keys typed into the record acted globally")
	}
	es := h.store.entries(briefingItem)
	if len(es) != 4 {
		t.Fatalf("stored %+v", es)
	}
	want := []model.EntryKind{model.EntryMemo, model.EntryDecision, model.EntryQA, model.EntryAction}
	for i, e := range es {
		if e.Kind != want[i] || e.MeetingID != kickoffID {
			t.Errorf("entry %d is %s in meeting %d, want %s in the kickoff", i, e.Kind, e.MeetingID, want[i])
		}
	}
	if es[2].Answer != "副市長が務める" {
		t.Errorf("answer %q", es[2].Answer)
	}
	act := es[3]
	if act.AssigneeID != h.store.people()[0].ID || act.AssigneeName != "山田 太郎" {
		t.Errorf("担当 %d %q, want 山田 太郎 from the roster", act.AssigneeID, act.AssigneeName)
	}
	// The kickoff is 2022-12-09: 1/20 is next January.
	if act.Due != (model.Date{Year: 2023, Month: time.January, Day: 20}) {
		t.Errorf("期限 %v, want 2023-01-20", act.Due)
	}
	h.contains("記録：1. DX推進体制の組織図（4件）", "［決定］推進本部の会議は月1回", "問：CDOは誰か　答：副市長が務める",
		"> ［宿題］体制図の案を作る  担当 山田 太郎 期限 R5.1.20")
	h.assertFits()
	h.golden("record_80x24")
}

func TestRecordEditMoveAndMarkDone(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.addEntry(0, "一つ目")
	h.addEntry(3, "資料を配る", "佐藤", "")
	h.keys("up", "e")
	h.typeText("の修正")
	h.keys("enter")
	es := h.store.entries(briefingItem)
	if es[0].Text != "一つ目の修正" {
		t.Fatalf("edited %q", es[0].Text)
	}
	h.keys("J") // the memo goes below the action item
	es = h.store.entries(briefingItem)
	if es[0].Kind != model.EntryAction || es[1].Text != "一つ目の修正" {
		t.Fatalf("after J: %+v", es)
	}
	h.contains("> ［メモ］一つ目の修正")
	h.keys("K", "space") // back up, and space on a memo does nothing
	h.keys("down", "space")
	es = h.store.entries(briefingItem)
	if es[1].Kind != model.EntryAction || es[1].DoneAt.IsZero() || es[1].DoneMeeting != kickoffID {
		t.Fatalf("the action item is not done in the kickoff: %+v", es)
	}
	if es[1].AssigneeID != 0 || es[1].AssigneeName != "佐藤" {
		t.Errorf("a typed 担当 is %d %q", es[1].AssigneeID, es[1].AssigneeName)
	}
	h.contains("担当 佐藤  完了 R4.12.9", "「資料を配る」を完了にしました。")
	h.keys("c")
	if es = h.store.entries(briefingItem); !es[1].DoneAt.IsZero() {
		t.Error("c did not open the action item again")
	}
}

func TestRecordDeleteUndoAcrossRestart(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.addEntry(1, "次回は1月に開く")
	h.keys("d")
	h.contains("（0件）", "を削除しました（u で元に戻す）")
	if len(h.store.entries(briefingItem)) != 0 {
		t.Fatal("d did not delete")
	}
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenSlide, MeetingID: kickoffID})
	again.contains("1. DX推進体制の組織図")
	again.keys("w", "u")
	again.contains("（1件）", "［決定］次回は1月に開く")
	if es := again.store.entries(briefingItem); len(es) != 1 || es[0].Text != "次回は1月に開く" {
		t.Fatalf("undo after a restart: %+v", es)
	}
	again.keys("ctrl+r")
	again.contains("（0件）")
	again.keys("ctrl+r")
	again.contains("やり直す操作はありません")
	again.keys("esc")
	again.lacks("記録：")
	again.contains("1. DX推進体制の組織図")
}

func TestRecordBadDueIsKeptWithItsMessage(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.addEntry(3, "議事録を回覧する", "", "2/30")
	h.contains("期限「2/30」はない日付です。", "2/30")
	if len(h.store.entries(briefingItem)) != 0 {
		t.Fatal("a bad date was saved")
	}
	for range 4 {
		h.keys("backspace")
	}
	h.typeText("R5.1.20")
	h.keys("enter")
	es := h.store.entries(briefingItem)
	if len(es) != 1 || es[0].Due != (model.Date{Year: 2023, Month: time.January, Day: 20}) {
		t.Fatalf("stored %+v", es)
	}
	h.keys("a", "left")
	h.typeText("何か")
	h.keys("tab", "tab")
	h.typeText("あした")
	h.keys("enter")
	h.contains("期限「あした」を日付として読めません", "あした")
	h.keys("esc") // something typed: asked first
	h.contains("入力中の内容を破棄しますか")
	h.keys("y") // the form closes, the record stays
	h.lacks("記録を追加", "あした")
	h.contains("記録：1. DX推進体制の組織図（1件）")
}

const briefingEntryDraft = "entry:item:2:new" // a new entry of the briefing's record

// TestRecordFormKeepsItsDraft: an entry being typed is kept in the store
// as it is typed, comes back after a crash with every field, and goes
// when it is saved or discarded; esc with something typed asks first.
func TestRecordFormKeepsItsDraft(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.keys("a", "left") // 宿題
	h.typeText("議事録を回覧する")
	h.keys("tab", "down") // 担当: the first on the roster
	h.keys("tab")
	h.typeText("1/20")
	if d := h.draftOf(briefingEntryDraft); !strings.Contains(d, "議事録を回覧する") || !strings.Contains(d, "山田 太郎") || !strings.Contains(d, "1/20") {
		t.Fatalf("the draft is not written as it is typed: %q", d)
	}
	h.keys("esc")
	h.contains("入力中の内容を破棄しますか", "議事録を回覧する")
	h.keys("n") // keep editing
	h.lacks("入力中の内容を破棄しますか")

	// The app is gone (a crash, kill -9); the file is opened again.
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenRecord})
	again.contains("記録：1. DX推進体制の組織図（0件）")
	again.lacks("議事録を回覧する")
	again.keys("a")
	again.contains("議事録を回覧する", "前回の下書きを戻しました", "[宿題]", "山田 太郎", "1/20")
	again.keys("enter")
	es := again.store.entries(briefingItem)
	if len(es) != 1 || es[0].Kind != model.EntryAction || es[0].Text != "議事録を回覧する" || es[0].AssigneeName != "山田 太郎" ||
		es[0].Due != (model.Date{Year: 2023, Month: time.January, Day: 20}) {
		t.Fatalf("saved from the draft: %+v", es)
	}
	if d := again.draftOf(briefingEntryDraft); d != "" {
		t.Errorf("the draft outlived the save: %q", d)
	}

	// an edit keeps its own draft, and y discards it
	again.keys("e")
	again.typeText("（全員）")
	key := fmt.Sprintf("entry:%d", es[0].ID)
	if d := again.draftOf(key); !strings.Contains(d, "議事録を回覧する（全員）") {
		t.Fatalf("the edit's draft is %q", d)
	}
	again.keys("esc", "y")
	if d := again.draftOf(key); d != "" {
		t.Errorf("a discarded draft is kept: %q", d)
	}
	again.keys("a")
	again.lacks("前回の下書き", "（全員）")
	again.keys("esc") // nothing typed: closes at once
	again.lacks("破棄しますか", "記録を追加")
}

func TestRecordHiddenOnProjector(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.addEntry(0, "会場の空調が寒い")
	h.contains("会場の空調が寒い")
	h.keys("P")
	if !h.app.projector {
		t.Fatal("P did not turn projector mode on")
	}
	h.lacks("会場の空調が寒い", "記録：")
	h.contains("1. DX推進体制の組織図")
	h.keys("w") // the facilitator shows it
	h.contains("会場の空調が寒い")
	h.lacks("投影モード（P）の間") // no note for the room
	h.keys("w")
	h.lacks("会場の空調が寒い")
}

func TestRecordOnPollAndBoard(t *testing.T) {
	h := openPoll(t, 80, 24)
	h.keys("w")
	h.contains("記録：ワークショップ：デジタル変革は必要か（0件）")
	h.addEntry(1, "挙手で集計する")
	if es := h.store.entries(pollItem); len(es) != 1 || es[0].Kind != model.EntryDecision {
		t.Fatalf("poll record %+v", es)
	}
	h.keys("n") // the record has the keys: n does not move on
	h.contains("記録：ワークショップ：デジタル変革は必要か")
	h.keys("esc")
	h.contains("Q1. デジタル変革は必要だと思うか")

	b := openBoard(t, newTestStore(t), 80, 24)
	b.keys("w")
	b.contains("記録：タスク①の検討（0件）")
	b.addEntry(0, "課題は各課で持ち寄る")
	if es := b.store.entries(task1Item); len(es) != 1 || es[0].MeetingID != secondID {
		t.Fatalf("board record %+v", es)
	}
	b.keys("esc")
	b.contains("受け箱（")
}

func TestRecordClosesWhenTheItemChanges(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.keys("esc", "n") // close, move on to the prompt
	h.contains("問い：もっと住みやすくなるには")
	h.keys("w")
	h.contains("記録：ワークショップ：もっと住みやすくなるには（0件）")
}

func TestRecordFits(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}} {
		h := openBriefingRecord(t, size[0], size[1])
		h.addEntry(2, strings.Repeat("長い質問の文です。", 8), strings.Repeat("長い答え。", 10))
		h.assertFits()
		h.keys("a", "left")
		h.assertFits()
		h.typeText("宿題")
		h.keys("tab")
		h.assertFits()
		if h.app.View().Cursor == nil {
			t.Errorf("%dx%d: no cursor in the 担当 field", size[0], size[1])
		}
		h.keys("esc", "P", "w")
		h.assertFits()
	}
}

// AddEntry can fail once, as the disk filling up would.
func (s *testStore) AddEntry(e model.Entry, at time.Time) (model.Entry, error) {
	if err := s.take(); err != nil {
		return e, err
	}
	return s.Store.AddEntry(e, at)
}

func TestRecordFailedSaveKeepsTheForm(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.store.failNext = errDiskFull
	h.addEntry(1, "予算は次回に諮る")
	h.contains("記録を追加", "予算は次回に諮る", "ディスクの空きがありません")
	if len(h.store.entries(briefingItem)) != 0 {
		t.Fatal("a failed save stored something")
	}
	h.keys("enter") // again, now that there is room
	h.contains("（1件）", "［決定］予算は次回に諮る")
	h.lacks("記録を追加")
}

func TestRecordPasteIsCleaned(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.keys("a")
	h.send(tea.PasteMsg{Content: "一行目\r\x1b[31m二行目\x07"})
	h.keys("enter")
	es := h.store.entries(briefingItem)
	if len(es) != 1 || es[0].Text != "一行目\n二行目" {
		t.Fatalf("stored %+v", es)
	}
}

// TestRecordResume: a record open over the slide is where the app opens
// again, with what was recorded; closing it leaves the slide, and that is
// the next resume point.
func TestRecordResume(t *testing.T) {
	h := openBriefingRecord(t, 80, 24)
	h.addEntry(0, "体制図は次回までに更新する")
	if r := h.store.resume(); r.Screen != model.ScreenRecord || r.MeetingID != kickoffID {
		t.Fatalf("resume point %+v, want the kickoff's record", r)
	}
	again := newHarnessOn(t, h.store, 80, 24, h.store.resume())
	again.contains("記録：1. DX推進体制の組織図（1件）", "体制図は次回までに更新する")
	again.keys("esc")
	again.lacks("記録：")
	again.contains("1. DX推進体制の組織図")
	if r := again.store.resume(); r.Screen != model.ScreenSlide {
		t.Fatalf("resume point %+v after the record closed, want the slide", r)
	}

	// in projector mode the room never sees the record unasked: the slide
	// opens without it
	projecting := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID,
		Screen: model.ScreenRecord, Projector: true})
	projecting.contains("1. DX推進体制の組織図")
	projecting.lacks("記録：")
}

// TestRecordOfAnEndedMeetingIsTheItemLookedAt: looking through an ended
// meeting's slides, w opens the record of the slide shown, not of the item
// the meeting ended on, and what is added there is that item's.
func TestRecordOfAnEndedMeetingIsTheItemLookedAt(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("space", "E", "y")
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenMeeting, MeetingID: kickoffID})
	again.keys("down", "enter")
	again.contains("1. DX推進体制の組織図")
	again.keys("w")
	again.contains("記録：1. DX推進体制の組織図（0件）", "説明  2/4")
	again.addEntry(0, "会議後に体制図の誤りを直した")
	if es := again.store.entries(briefingItem); len(es) != 1 || es[0].Text != "会議後に体制図の誤りを直した" {
		t.Fatalf("the briefing's record %+v", es)
	}
	if es := again.store.entries(videoItem); len(es) != 0 {
		t.Errorf("the item the meeting ended on got %+v", es)
	}
	again.keys("esc", "n") // the record closes; the next slide is looked at
	again.contains("問い：もっと住みやすくなるには")
	again.keys("w")
	again.contains("記録：ワークショップ：もっと住みやすくなるには（0件）", "問いかけ  3/4")
}
