package tui

import (
	"strings"
	"testing"

	"yoriai/model"
)

// boxesWhole fails unless every box drawn on the screen has its top and
// its bottom border: a dialog cut by a short screen loses its bottom.
func (h *harness) boxesWhole() {
	h.t.Helper()
	opened, closed := 0, 0
	for _, l := range strings.Split(h.view(), "\n") {
		l = strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(l, "╭"), strings.HasPrefix(l, "╔"):
			opened++
		case strings.HasPrefix(l, "╰"), strings.HasPrefix(l, "╚"):
			closed++
		}
	}
	if opened == 0 || opened != closed {
		h.t.Errorf("%d boxes open, %d closed:\n%s", opened, closed, h.view())
	}
}

// cursorOnScreen fails unless the terminal cursor is inside the screen.
func (h *harness) cursorOnScreen() {
	h.t.Helper()
	c := h.app.View().Cursor
	if c == nil || c.Y < 0 || c.Y >= h.app.height || c.X < 0 || c.X >= h.app.width {
		h.t.Errorf("cursor %+v is not on the %dx%d screen", c, h.app.width, h.app.height)
	}
}

// openPollSmall shows the kickoff's poll at 40×12, where the questions
// scroll away under the choice of mode.
func openPollSmall(t *testing.T) *harness {
	t.Helper()
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("enter", "down", "down", "down", "enter")
	h.contains("集め方を選んでください")
	return h
}

func TestBallotAt40x12ShowsTheSelectionAndTheReason(t *testing.T) {
	h := openPollSmall(t)
	h.contains("集め方を選んでください", "3  無記名投票") // the choice of mode is not cut off
	h.keys("3")
	h.typeText("2468")
	h.keys("enter")
	h.typeText("2468")
	h.keys("enter")
	h.contains("無記名投票", "( ) 1. 必要だと思う")
	h.boxesWhole()
	h.golden("dialog_ballot_40x12")
	for i := range 5 {
		h.keys("down")
		h.contains("(●) " + string(rune('1'+i)) + ".")
		h.boxesWhole()
		h.assertFits()
	}
	h.contains("(●) 5. 不要だと思う", "▲") // the last choice, the first rows scrolled away
	h.keys("tab")
	h.contains("Q2. なぜ", "「tab」でここに移り")
	h.boxesWhole()
	h.cursorOnScreen()
	if c, lines := h.app.View().Cursor, strings.Split(h.view(), "\n"); c != nil && !strings.Contains(lines[c.Y], "「tab」でここに移り") {
		t.Errorf("the cursor is on row %d, not on the reason editor:\n%s", c.Y, h.view())
	}
	h.golden("dialog_ballot_reason_40x12")
	h.typeText("窓口の待ち時間")
	h.contains("窓口の待ち時間")
	h.cursorOnScreen()
	if c, lines := h.app.View().Cursor, strings.Split(h.view(), "\n"); c != nil && !strings.Contains(lines[c.Y], "│   窓口の待ち時間") {
		t.Errorf("the cursor is on row %d, not on the typed reason:\n%s", c.Y, h.view())
	} else if c != nil && c.X != 4+14 {
		t.Errorf("the cursor is at column %d, want %d (after 窓口の待ち時間)", c.X, 4+14)
	}
	h.keys("shift+tab") // back to the choice: still selected and in view
	h.contains("(●) 5. 不要だと思う")
	h.boxesWhole()
}

func TestPINPromptAt40x12ShowsItsInputLine(t *testing.T) {
	h := openPollSmall(t)
	h.keys("3")
	h.contains("暗証番号（4〜8", "│ _ ")
	h.boxesWhole()
	h.golden("dialog_pin_set_40x12")
	h.typeText("2468")
	h.contains("****_")
	h.keys("enter")
	h.contains("もう一度", "│ _ ")
	h.typeText("2468")
	h.keys("enter")
	h.keys("esc") // the facilitator ends the ballot
	h.contains("ファシリテーターの", "│ _ ")
	h.boxesWhole()
	h.golden("dialog_pin_unlock_40x12")
	h.typeText("12")
	h.contains("**_")
}

func TestExportDialogAt40x12(t *testing.T) {
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("x")
	h.contains("> 議事要旨（Markdown）", "保存先", "キックオフ_議事要旨.md")
	h.boxesWhole()
	h.golden("dialog_export_40x12")
	h.keys("up") // the backup, last in the list
	h.contains("> バックアップ（JSON）", "保存先", "▲")
	h.boxesWhole()
	h.assertFits()
	h.keys("tab")
	h.cursorOnScreen()
	for range 200 {
		h.keys("backspace")
	}
	h.typeText("/no/such/folder/" + strings.Repeat("長いフォルダ名/", 12) + "backup.json")
	h.cursorOnScreen()
	h.keys("enter")
	h.contains("指定したフォルダがありません。", "保存先", "ctrl+o で全文")
	h.boxesWhole()
	h.assertFits()
	h.golden("dialog_export_error_40x12")
	h.send(keyCtrl('o'))
	h.contains("先にフォルダを作るか、あるフォルダを", "ctrl+o/esc 閉じる")
	h.lacks("保存先")
	h.boxesWhole()
	h.golden("dialog_export_whole_40x12")
	h.keys("esc") // closes the whole message, not the dialog
	h.contains("保存先", "ctrl+o で全文")
}

// TestLongSlidesSayThereIsMore reads the default template's long
// briefings at 80×24: the last row says the text goes on, and where.
func TestLongSlidesSayThereIsMore(t *testing.T) {
	d := newDBHarness(t, 80, 24)
	d.keys("enter", "down", "down", "down", "enter")
	d.contains("全体スキーム", "▼ ")
	d.lacks("▲")
	d.assertFits()
	for range 40 {
		d.keys("down")
	}
	d.contains("▲ ")
	d.lacks("▼")
	d.keys("n", "n") // ワーキンググループ検討会でやること
	d.contains("でやること", "▼ ")
	d.assertFits()
}

func TestRunSheetFormsAt40x12(t *testing.T) {
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("enter", "M")
	h.contains("日付", "2022-12-09")
	h.boxesWhole()
	h.golden("dialog_meeting_edit_40x12")
	for range 4 {
		h.keys("tab")
		h.boxesWhole()
		h.cursorOnScreen()
	}
	h.contains("内容（・で区切る）", "▲") // the last field, scrolled into view
	if c, lines := h.app.View().Cursor, strings.Split(h.view(), "\n"); c != nil && !strings.Contains(lines[c.Y], "内容（・で区切る）") {
		t.Errorf("the cursor is on row %d, not in the last field:\n%s", c.Y, h.view())
	}
	h.keys("esc", "e")
	h.contains("項目の編集")
	h.boxesWhole()
	h.golden("dialog_item_edit_40x12")
	for range 3 {
		h.keys("tab")
		h.boxesWhole()
		h.cursorOnScreen()
	}
	h.keys("esc", "a")
	h.boxesWhole()
	h.golden("dialog_item_insert_40x12")
	h.keys("tab", "tab")
	h.boxesWhole()
	h.cursorOnScreen()
	h.keys("esc", "E")
	h.contains("を終了します", "y はい")
	h.boxesWhole()
	h.golden("dialog_end_meeting_40x12")
	h.keys("n", "T")
	h.contains("0:00", "y はい")
	h.boxesWhole()
	h.golden("dialog_reset_timer_40x12")
}

func TestRosterAndRecordFormsAt40x12(t *testing.T) {
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("R", "a")
	h.contains("参加者を追加", "役割")
	h.boxesWhole()
	h.golden("dialog_roster_add_40x12")
	h.keys("tab", "tab")
	h.contains("< メンバー >") // the last field has the focus and is shown
	h.boxesWhole()

	r := openBriefingRecord(t, 40, 12)
	r.keys("a", "left") // 宿題: the form with every field
	r.boxesWhole()
	r.golden("dialog_record_add_40x12")
	r.keys("tab", "tab", "tab") // the due date, the last field
	r.contains("期限：", "例 1/20")
	r.boxesWhole()
	r.cursorOnScreen()
}

func TestPlanFormAt40x12(t *testing.T) {
	d := newDBHarness(t, 40, 12)
	d.openTask2()
	d.keys("tab", "tab", "a")
	d.typeText("電子申請の拡充")
	d.boxesWhole()
	d.golden("dialog_plan_40x12")
	for range 10 {
		d.keys("tab")
		d.boxesWhole()
		d.assertFits()
	}
	d.contains("令和7年度") // the last field, scrolled into view
}

func TestIdeaEditorAt40x12(t *testing.T) {
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("enter", "down", "down", "enter") // the prompt
	h.contains("アイデア（0件）")
	h.keys("a")
	h.typeText(strings.Repeat("長いアイデアの文です。", 12) + "最後")
	h.contains("アイデアを追加", "発言者：匿名", "最後")
	h.boxesWhole()
	h.cursorOnScreen()
	if c, lines := h.app.View().Cursor, strings.Split(h.view(), "\n"); c != nil && !strings.Contains(lines[c.Y], "最後") {
		t.Errorf("the cursor is on row %d, not after the typed text:\n%s", c.Y, h.view())
	}
	h.golden("dialog_idea_40x12")
	h.keys("tab")
	h.contains("< 匿名 >")
	h.boxesWhole()
	h.keys("enter")
	h.contains("アイデア（1件）")
	h.assertFits()
}

func TestHelpOverlayAt40x12Scrolls(t *testing.T) {
	h := newHarness(t, 40, 12, model.Resume{})
	h.keys("enter", "?")
	h.contains("キー操作", "▼")
	h.boxesWhole()
	h.golden("dialog_help_40x12")
	for range 40 {
		h.keys("down")
	}
	h.contains("▲")
	h.lacks("▼", "キー操作")
	h.boxesWhole()
	h.assertFits()
	h.keys("esc")
	h.lacks("▲")
	h.contains("現在 1/4")
}
