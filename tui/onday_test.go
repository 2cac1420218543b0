package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// noOpen stands in for the system's browser in tests.
func noOpen(string) error { return nil }

// newHarnessWith is newHarnessOn with a change to the Common first (an
// opener of videos that records instead of launching a browser).
func newHarnessWith(t *testing.T, st *testStore, w, h int, r model.Resume, edit func(*common.Common)) *harness {
	t.Helper()
	hs := &harness{t: t, store: st, now: t0}
	c := common.NewCommon(i18n.Japanese, "/tmp/yoriai-test.db", 1)
	c.Now = func() time.Time { return hs.now }
	edit(&c)
	hs.app = New(c, st, r)
	hs.app.tick = func() tea.Cmd { return nil }
	hs.run(hs.app.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// clear sends enough backspaces to empty a field of n runes.
func (h *harness) clear(n int) {
	for range n {
		h.keys("backspace")
	}
}

func TestRunSheetEditsItemAndMeeting(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("e")
	h.contains("項目の編集：市長から", "題名", "予定（分）", "話し手", "URL・ファイル")
	h.clear(10)
	h.typeText("市長あいさつ")
	h.keys("tab")
	h.clear(3)
	h.typeText("１２分")
	h.keys("tab", "tab")
	h.typeText("https://example.jp/mayor.mp4")
	h.keys("enter")
	h.lacks("項目の編集")
	_, items := h.store.meeting(kickoffID)
	if it := items[0]; it.Title != "市長あいさつ" || it.Planned != 12*time.Minute || it.URL != "https://example.jp/mayor.mp4" || it.Speaker != "松尾市長" {
		t.Errorf("edited item %+v", it)
	}
	h.contains("市長あいさつ", "12分")

	h.keys("M")
	h.contains("会議の日時・場所・内容：キックオフ", "2022-12-09", "顔合わせ・目的の共有とタスクの説明")
	h.clear(12)
	h.typeText("2/30")
	h.keys("enter")
	h.contains("その日付はありません")
	h.clear(6)
	h.typeText("1/20") // after the meeting's 2022-12-09: next January
	h.keys("tab")
	h.clear(6)
	h.typeText("13時")
	h.keys("tab")
	h.clear(6)
	h.typeText("13時半") // 30 minutes: the 40 minutes of items do not fit
	h.keys("enter")
	h.contains("予定の合計 42 分が会議の時間 30 分を超えます")
	h.clear(6)
	h.typeText("15:30")
	h.keys("tab")
	h.clear(10)
	h.typeText("第1会議室")
	h.keys("enter")
	m, _ := h.store.meeting(kickoffID)
	if m.Date != (model.Date{Year: 2023, Month: 1, Day: 20}) || m.Start != "13:00" || m.End != "15:30" || m.Place != "第1会議室" {
		t.Errorf("edited meeting %+v", m)
	}
	h.contains("令和5年1月20日（金） 13:00–15:30  第1会議室")

	// esc with something typed asks; n goes back, y discards.
	h.keys("M")
	h.typeText("x")
	h.keys("esc")
	h.contains("入力中の内容を破棄しますか")
	h.keys("n")
	h.contains("会議の日時・場所・内容")
	h.lacks("入力中の内容を破棄しますか")
	h.keys("esc", "y")
	h.lacks("会議の日時・場所・内容")
	if m2, _ := h.store.meeting(kickoffID); !m2.Date.IsZero() && m2.Date != m.Date {
		t.Error("a discarded form changed the meeting")
	}
	h.keys("M", "esc") // nothing typed: no question
	h.lacks("会議の日時・場所・内容", "破棄")
	h.assertFits()
}

func TestRunSheetInsertSkipMove(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("s")
	h.contains("進行中の項目は省略できません")
	h.keys("down", "a")
	h.contains("項目の挿入", "< 説明 >")
	h.keys("right") // 動画
	h.keys("tab")
	h.typeText("休憩の連絡")
	h.keys("tab", "backspace")
	h.typeText("3")
	h.keys("enter")
	_, items := h.store.meeting(kickoffID)
	if len(items) != 5 || items[2].Title != "休憩の連絡" || items[2].Kind != model.KindVideo || items[2].Planned != 3*time.Minute {
		t.Fatalf("after insert: %+v", items)
	}
	inserted := items[2].ID
	h.keys("up", "s") // skip the briefing
	h.contains("「1. DX推進体制の組織図」を省略にしました")
	_, items = h.store.meeting(kickoffID)
	if !items[1].Skipped {
		t.Fatal("the skip was not stored")
	}
	h.keys("down", "down", "J") // the prompt below the poll
	_, items = h.store.meeting(kickoffID)
	if items[3].ID != pollItem || items[4].ID != promptItem {
		t.Errorf("after J: %v %v", items[3].Title, items[4].Title)
	}
	h.keys("K")
	h.golden("runsheet_edited_80x24")
	h.assertFits()

	h.keys("n") // passes over the skipped briefing
	m, items := h.store.meeting(kickoffID)
	if m.CurrentItemID != inserted || items[1].State == model.ItemDone {
		t.Errorf("n went to %d, want the inserted item %d; briefing %s", m.CurrentItemID, inserted, items[1].State)
	}
	h.keys("p")
	if m, _ := h.store.meeting(kickoffID); m.CurrentItemID != videoItem {
		t.Errorf("p went to %d, want the video", m.CurrentItemID)
	}
	// A failed skip is read back from the store.
	h.store.failNext = errDiskFull
	h.keys("down", "down", "s")
	_, items = h.store.meeting(kickoffID)
	h.keys("esc") // the banner
	if items[2].Skipped {
		t.Fatal("the failing write was stored")
	}
}

func TestVideoKeyOpensURLInACmd(t *testing.T) {
	var opened []string
	var fail error
	h := newHarnessWith(t, newTestStore(t), 80, 24, model.Resume{}, func(c *common.Common) {
		c.OpenExternal = func(target string) error {
			opened = append(opened, target)
			return fail
		}
	})
	h.keys("enter")
	h.keys("o")
	h.contains("この動画には URL もファイルもありません")
	if len(opened) != 0 {
		t.Fatal("opened nothing")
	}
	h.keys("e", "tab", "tab", "tab")
	h.typeText(`C:\動画\市長.mp4`)
	h.keys("enter", "o")
	if len(opened) != 1 || opened[0] != `C:\動画\市長.mp4` {
		t.Fatalf("opened %v", opened)
	}
	h.contains(`動画を開きました：C:\動画\市長.mp4`)
	h.keys("enter") // the slide: o works there too, and the footer says so
	h.contains("o 動画を開く")
	fail = errors.New("xdg-open: not found")
	h.keys("o")
	if len(opened) != 2 || !strings.Contains(h.view(), "動画を開く") {
		t.Errorf("opened %v", opened)
	}
	h.contains("xdg-open: not found")
	h.keys("down", "s") // on the slide, s is not the run sheet's
	if _, items := h.store.meeting(kickoffID); items[1].Skipped {
		t.Error("s skipped an item from the slide")
	}
}

// SkipItem and EditItem fail when failNext is set, like the other writes.
func (s *testStore) SkipItem(meetingID, itemID int64, skipped bool, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SkipItem(meetingID, itemID, skipped, at)
}

func (s *testStore) EditItem(it model.AgendaItem, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.EditItem(it, at)
}

func TestItemFormStaysOpenWhenTheSaveFails(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("e")
	h.typeText("（録画）")
	h.store.failNext = errDiskFull
	h.keys("enter")
	h.contains("項目の編集", "市長から（録画）")
	if _, items := h.store.meeting(kickoffID); items[0].Title != "市長から" {
		t.Fatal("the failing write was stored")
	}
	h.keys("enter")
	h.lacks("項目の編集")
	if _, items := h.store.meeting(kickoffID); items[0].Title != "市長から（録画）" {
		t.Errorf("the retry: %q", items[0].Title)
	}
}

func TestEditFormsFitSmallScreens(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {60, 16}} {
		h := newHarness(t, size[0], size[1], model.Resume{})
		h.keys("enter")
		for _, k := range []string{"e", "M", "a"} {
			h.keys(k)
			h.assertFits()
			if c := h.app.View().Cursor; c != nil && (c.Y >= size[1] || c.X >= size[0]) {
				t.Errorf("%dx%d %s: cursor at %d,%d", size[0], size[1], k, c.X, c.Y)
			}
			h.keys("esc")
		}
	}
}

// TestAgendaEditKeptThroughACrash: what is typed in an on-the-day edit
// form is kept as a draft as it is typed; after a crash the same form
// brings it back, and saving it, or leaving it, lets the draft go.
func TestAgendaEditKeptThroughACrash(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.keys("e")
	h.clear(10)
	h.typeText("市長あいさつ")
	key := fmt.Sprintf("agenda:item:%d", videoItem)
	if d := h.draftOf(key); !strings.Contains(d, "市長あいさつ") {
		t.Fatalf("the form is not kept as it is typed: %q", d)
	}

	// kill -9, and the file opened again on the run sheet
	h2 := newHarnessOn(t, h.store, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenMeeting})
	h2.contains("市長から")
	h2.keys("e")
	h2.contains("市長あいさつ", "前回の下書きを戻しました")
	h2.keys("enter")
	h2.lacks("項目の編集")
	if _, items := h2.store.meeting(kickoffID); items[0].Title != "市長あいさつ" {
		t.Fatalf("the title brought back was not saved: %q", items[0].Title)
	}
	if d := h2.draftOf(key); d != "" {
		t.Errorf("the draft outlived the save: %q", d)
	}
	h2.keys("M")
	h2.typeText("・見学")
	h2.keys("esc", "y") // discarded: the draft goes with it
	if d := h2.draftOf(fmt.Sprintf("agenda:meeting:%d", kickoffID)); d != "" {
		t.Errorf("a discarded form's draft is kept: %q", d)
	}
}
