package tui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/model"
	"yoriai/tui/common"
)

// openKickoff goes from home into the kickoff's run sheet.
func openKickoff(t *testing.T, w, h int) *harness {
	t.Helper()
	hs := newHarness(t, w, h, model.Resume{})
	hs.keys("enter")
	hs.contains("キックオフ", "市長から", "残り 10:00")
	return hs
}

func TestRunSheetNextPrevAndTimer(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("n", "n")
	m, items := h.store.meeting(kickoffID)
	if m.CurrentItemID != promptItem {
		t.Fatalf("after n n the current item is %d, want the third", m.CurrentItemID)
	}
	wantStates := []model.ItemState{model.ItemDone, model.ItemDone, model.ItemCurrent, model.ItemPending}
	for i, it := range items {
		if it.State != wantStates[i] {
			t.Errorf("item %d state %s, want %s", i, it.State, wantStates[i])
		}
	}
	h.keys("space")
	h.now = t0.Add(14*time.Minute + 30*time.Second)
	h.send(common.TickMsg{At: h.now})
	h.contains("残り 0:30", "3/4") // amber phase, shown in the status bar too
	h.now = t0.Add(16 * time.Minute)
	h.send(common.TickMsg{At: h.now})
	h.contains("超過 +1:00")
	h.keys("p")
	saved, items := h.store.meeting(kickoffID)
	if got := items[2].Timer.Elapsed; got != 16*time.Minute {
		t.Errorf("the left item kept %v, want 16m", got)
	}
	if !items[1].Timer.Running() {
		t.Error("the timer should carry on into the previous item")
	}
	var runs []string
	for _, k := range h.store.eventKinds() {
		if strings.HasPrefix(k, "run.") {
			runs = append(runs, k)
		}
	}
	want := []string{"run.next", "run.next", "run.timer_start", "run.prev"}
	if !reflect.DeepEqual(runs, want) {
		t.Errorf("writes %v, want %v", runs, want)
	}
	if saved.Status != model.StatusRunning || saved.CurrentItemID != briefingItem || !saved.StartedAt.Equal(t0) {
		t.Errorf("stored meeting %+v: want running, current item 2, started at t0", saved)
	}
	h.assertFits()
}

func TestRunSheetGoldens(t *testing.T) {
	for _, size := range []struct {
		name string
		w, h int
	}{{"80x24", 80, 24}, {"40x12", 40, 12}} {
		t.Run(size.name, func(t *testing.T) {
			h := openKickoff(t, size.w, size.h)
			h.keys("n", "space")
			h.now = t0.Add(3 * time.Minute)
			h.send(common.TickMsg{At: h.now})
			h.assertFits()
			h.golden("runsheet_" + size.name)
		})
	}
}

func TestSlideShowsItemAndHidesNotesOnProjector(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("enter") // the first item, full screen
	if !h.app.meeting.OnSlide() {
		t.Fatal("enter should show the item full screen")
	}
	h.contains("市長から", "話し手：松尾市長", "出典：DX推進職員研修", "URL：（未設定）", "進行メモ：音声を確認する")
	h.golden("slide_video_80x24")
	h.keys("P")
	h.lacks("進行メモ", "/tmp/yoriai-test.db", "? ヘルプ")
	h.keys("P", "n", "n") // the prompt: its question, and which screen runs it
	h.contains("問い：もっと住みやすくなるには、どうなっているといい？", "アイデア（0件）", "a でアイデアを追加します")
	h.keys("n")
	h.contains("Q1. デジタル変革は必要だと思うか", "5) 不要だと思う", "Q2. なぜデジタル変革は必要だと思うか", "集め方を選んでください", "3  無記名投票")
	h.assertFits()
	h.keys("esc")
	if h.app.meeting.OnSlide() {
		t.Error("esc on a slide should return to the run sheet")
	}
	h.keys("esc")
	if h.app.active != homeID {
		t.Error("esc on the run sheet should return home")
	}
}

func TestRunSheetEnterJumpsToChosenItem(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("down", "down", "down", "enter")
	m, items := h.store.meeting(kickoffID)
	if m.CurrentItemID != pollItem {
		t.Fatalf("current item %d, want the fourth", m.CurrentItemID)
	}
	states := []model.ItemState{model.ItemDone, model.ItemPending, model.ItemPending, model.ItemCurrent}
	for i, it := range items {
		if it.State != states[i] {
			t.Errorf("item %d is %s, want %s (skipped items stay pending)", i, it.State, states[i])
		}
	}
}

func TestEndMeetingAsksFirst(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.contains("space タイマー開始/停止") // the footer offers the timer while the meeting runs
	h.keys("space", "E")
	h.contains("会議「キックオフ」を終了しますか？", "y はい")
	h.keys("q") // a letter that is not an answer does nothing, and does not quit
	if h.quit {
		t.Fatal("q during a confirmation must not quit")
	}
	h.keys("n")
	if m, _ := h.store.meeting(kickoffID); m.Status == model.StatusEnded {
		t.Fatal("n must not end the meeting")
	}
	h.keys("E", "y")
	got, items := h.store.meeting(kickoffID)
	if got.Status != model.StatusEnded || got.EndedAt.IsZero() {
		t.Fatalf("stored meeting %+v, want ended", got)
	}
	if items[0].Timer.Running() {
		t.Error("ending the meeting stops the timer")
	}
	if items[0].State != model.ItemDone {
		t.Errorf("the item the meeting ended on is %s, want done", items[0].State)
	}
	h.lacks("進行中") // neither the meeting nor its last item
	// the run of an ended meeting stays as it ended, also after a restart
	again := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenMeeting, MeetingID: kickoffID})
	again.lacks("進行中", "タイマー開始/停止") // nor does its footer offer a timer that would not start
	again.keys("space")
	again.contains("この会議は終了しています。進行を変えるには E で再開してください。")
	again.keys("down", "enter") // its slides can still be looked through
	again.contains("1. DX推進体制の組織図", "市長（本部長）")
	again.lacks("タイマー開始/停止") // nor does a slide's footer
	again.keys("n")
	again.contains("問い：もっと住みやすくなるには")
	again.lacks("タイマー開始/停止") // the ideas panel's footer neither
	again.keys("esc")
	if m, items := again.store.meeting(kickoffID); m.CurrentItemID != videoItem || items[0].Timer.Running() || items[1].State != model.ItemPending {
		t.Errorf("keys moved the run of an ended meeting: current %d, items %+v", m.CurrentItemID, items[:2])
	}
	again.keys("E", "y")
	m, items := again.store.meeting(kickoffID)
	if m.Status != model.StatusRunning || items[0].State != model.ItemCurrent {
		t.Errorf("reopened meeting %s with its item %s, want running and current", m.Status, items[0].State)
	}
	again.keys("n")
	if m, _ := again.store.meeting(kickoffID); m.CurrentItemID != briefingItem {
		t.Error("n does not move the reopened meeting")
	}
}

func TestResetTimer(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("space")
	h.now = t0.Add(5 * time.Minute)
	h.keys("T", "y")
	_, items := h.store.meeting(kickoffID)
	it := items[0]
	if it.Timer.At(h.now) != 0 || !it.Timer.Running() {
		t.Errorf("after reset timer = %+v, want running from zero", it.Timer)
	}
}

func TestResumeOpensSlide(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenSlide})
	if h.app.active != meetingID || !h.app.meeting.OnSlide() {
		t.Fatalf("resumed at screen %d slide=%v, want the meeting's slide", h.app.active, h.app.meeting.OnSlide())
	}
	h.contains("市長から", "話し手：松尾市長")
	h.keys("esc", "esc")
	if h.app.active != homeID {
		t.Fatal("back from a resumed slide should lead home")
	}
	last := h.store.resume()
	if last.Screen != model.ScreenHome {
		t.Errorf("resume point %+v, want home", last)
	}
}

// TestStartingASecondMeetingAsksFirst: with the kickoff under way, a key
// that would start 第2回 too asks first; n (or esc) leaves 第2回 as it was,
// y starts it with the move that was asked for.
func TestStartingASecondMeetingAsksFirst(t *testing.T) {
	h := openKickoff(t, 100, 30)
	h.keys("space") // the kickoff is under way
	h.keys("esc", "down", "enter")
	h.contains("第2回")
	planned := func(when string) {
		t.Helper()
		if m, _ := h.store.meeting(secondID); m.Status != model.StatusPlanned || !m.StartedAt.IsZero() {
			t.Fatalf("%s: 第2回 is %s, want planned", when, m.Status)
		}
	}
	ask := "会議「キックオフ」が進行中です。会議「第2回」も始めますか？"
	for _, no := range []string{"n", "esc"} {
		h.keys("space")
		h.contains(ask, "y はい")
		h.keys(no)
		h.lacks("も始めますか")
		planned("after space " + no)
	}
	h.keys("enter") // its current item's slide opens without starting anything
	planned("after enter")
	if !h.app.meeting.OnSlide() {
		t.Fatalf("enter did not open the slide:\n%s", h.view())
	}
	h.keys("space")
	h.contains(ask)
	h.keys("y")
	m, items := h.store.meeting(secondID)
	if m.Status != model.StatusRunning || !items[0].Timer.Running() || !h.app.meeting.OnSlide() {
		t.Fatalf("after y 第2回 is %s, its timer running %v (slide %v), want running with the timer on its slide",
			m.Status, items[0].Timer.Running(), h.app.meeting.OnSlide())
	}
	h.keys("space") // under way now: the timer pauses without a question
	h.lacks("も始めますか")
	if _, items := h.store.meeting(secondID); items[0].Timer.Running() {
		t.Error("space did not pause the timer of the meeting under way")
	}
	if k, _ := h.store.meeting(kickoffID); k.Status != model.StatusRunning {
		t.Errorf("the kickoff is %s, want still under way", k.Status)
	}
}

// TestResumeOnTheSlideAnEndedMeetingWasShowing: looking back through an
// ended meeting's slides, a restart comes back to the slide that was on
// screen, not to the item the meeting ended on.
func TestResumeOnTheSlideAnEndedMeetingWasShowing(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("E", "y") // ended on its first item
	h.keys("down", "down", "enter")
	h.contains("問い：もっと住みやすくなるには")
	r, err := h.store.Resume()
	if err != nil || r.Screen != model.ScreenSlide || r.ItemID != promptItem {
		t.Fatalf("resume point %+v (%v), want the prompt's slide", r, err)
	}
	again := newHarnessOn(t, h.store, 80, 24, r)
	again.contains("問い：もっと住みやすくなるには")
	again.keys("p") // and goes on looking back from there
	again.contains("1. DX推進体制の組織図")
	// a meeting under way resumes on its current item, as before
	again.keys("E", "y", "esc")
	if r, _ := again.store.Resume(); r.ItemID != 0 {
		t.Errorf("the run sheet of a running meeting saved item %d", r.ItemID)
	}
}
