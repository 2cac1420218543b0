package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/model"
)

// addParticipant opens the form and types a name and a department.
func addParticipant(h *harness, name, dept string) {
	h.t.Helper()
	h.keys("a")
	h.typeText(name)
	h.keys("tab")
	h.typeText(dept)
	h.keys("enter")
}

func TestRosterAddJapaneseParticipantWithAttendance(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R")
	h.contains("名簿（0名）", "出欠：キックオフ", "a で追加します")
	addParticipant(h, "山田 太郎", "企画財政課")
	h.contains("名簿（1名）", "山田 太郎", "企画財政課", "メンバー", "山田 太郎 さんを保存しました")
	people := h.store.people()
	want := model.Participant{WorkshopID: 1, Name: "山田 太郎", Department: "企画財政課", Role: model.RoleMember}
	if len(people) == 1 {
		want.ID = people[0].ID
	}
	if len(people) != 1 || people[0] != want {
		t.Fatalf("stored %+v, want %+v", people, want)
	}
	h.keys("space")
	if !h.store.present(kickoffID)[want.ID] {
		t.Error("space should record attendance for the kickoff")
	}
	h.contains("出席 1名")
	h.assertFits()
	h.golden("roster_80x24")
}

func TestRosterFormCursorFollowsJapaneseText(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a")
	h.typeText("山田")
	v := h.app.View()
	if v.Cursor == nil {
		t.Fatal("the form must report a real cursor for the IME")
	}
	// Find where 山田 is drawn and expect the cursor right after it.
	lines := strings.Split(ansi.Strip(v.Content), "\n")
	row := -1
	for i, l := range lines {
		if strings.Contains(l, "山田") {
			row = i
		}
	}
	if row < 0 {
		t.Fatalf("typed name not on screen:\n%s", ansi.Strip(v.Content))
	}
	line := lines[row]
	wantX := lipgloss.Width(line[:strings.Index(line, "山田")]) + lipgloss.Width("山田")
	if v.Cursor.Y != row || v.Cursor.X != wantX {
		t.Errorf("cursor at (%d,%d), want (%d,%d) right after 山田 in %q", v.Cursor.X, v.Cursor.Y, wantX, row, line)
	}
}

func TestRosterEditRemoveUndo(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R")
	addParticipant(h, "山田 太郎", "企画財政課")
	addParticipant(h, "佐藤 花子", "総務課")
	h.keys("up", "e")
	h.keys("tab", "tab", "right") // role: member → facilitator
	h.keys("enter")
	yamada := h.store.people()[0]
	if r := yamada.Role; r != model.RoleFacilitator {
		t.Errorf("edited role %s, want facilitator", r)
	}
	h.contains("進行役")
	h.keys("d")
	if people := h.store.people(); len(people) != 1 || people[0].ID == yamada.ID {
		t.Fatalf("d should remove 山田 太郎: the roster holds %+v", people)
	}
	h.contains("山田 太郎 さんを名簿から外しました。u で元に戻せます", "名簿（1名）")
	h.keys("u")
	h.contains("山田 太郎", "名簿（2名）")
	if len(h.store.people()) != 2 {
		t.Error("undo should restore the participant in the store")
	}
}

func TestRosterFormRefusesEmptyNameAndKeepsTextOnError(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a", "enter")
	h.contains("氏名を入力してください")
	if len(h.store.people()) != 0 {
		t.Fatal("an empty name must not be saved")
	}
	h.typeText("鈴木 一郎")
	h.store.failNext = errDiskFull
	h.keys("enter")
	h.contains("参加者の保存：ディスクの空きがありません。", "詳細：database or disk is full (13)", "鈴木 一郎", "参加者を追加") // the form stays open with the text
	// the disk has room again
	h.keys("enter")
	if people := h.store.people(); len(people) != 1 || people[0].Name != "鈴木 一郎" {
		t.Fatalf("the retried save should commit; stored %+v", people)
	}
	h.lacks("参加者を追加") // and close the form
	h.contains("> 鈴木 一郎")
	h.keys("esc") // dismisses the error banner
	h.lacks("disk is full", "ディスクの空き")
}

func TestRosterPasteIsCleaned(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a")
	h.send(tea.PasteMsg{Content: "山田\x1b[31m 太郎\x1b]52;c;ZXZpbA==\x07\r\n\u202e"})
	h.keys("enter")
	if people := h.store.people(); len(people) != 1 || people[0].Name != "山田 太郎" {
		t.Fatalf("stored %+v, want the name 山田 太郎 without escapes", people)
	}
	h.keys("a")
	h.send(tea.PasteMsg{Content: strings.Repeat("長", 100)})
	h.contains("長すぎるため")
	h.keys("enter")
	if n := len([]rune(h.store.people()[1].Name)); n != model.MaxNameRunes {
		t.Errorf("pasted name has %d runes, want it cut to %d", n, model.MaxNameRunes)
	}
}

func TestRosterKeysAreTextInForm(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a")
	h.typeText("qRP?")
	if h.quit || h.app.showHelp || h.app.projector {
		t.Fatal("letters typed in the form must not act as global keys")
	}
	h.keys("esc")
	h.contains("入力中の内容を破棄しますか")
	h.keys("y")
	if v := h.view(); strings.Contains(v, "参加者を追加") || len(h.store.people()) != 0 {
		t.Fatalf("esc cancels the form without saving:\n%s", v)
	}
	h.keys("esc")
	if h.app.active != homeID {
		t.Fatal("esc on the roster returns to where it was opened from")
	}
}

func TestRosterAttendanceFailureShowsTheTruth(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R")
	addParticipant(h, "山田 太郎", "企画財政課")
	h.store.failNext = errDiskFull
	h.keys("space")
	h.contains("出欠の保存：ディスクの空きがありません。", "詳細：database or disk is full", "出席 0名") // not shown as recorded
	if len(h.store.present(kickoffID)) != 0 {
		t.Error("attendance that failed to save was recorded")
	}
	h.keys("space") // the disk has room again: the old error goes with the success
	h.contains("出席 1名")
	h.lacks("ディスクの空きがありません", "詳細：")
}

func TestFormFooterOffersNoLetterKeys(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a")
	lines := strings.Split(h.view(), "\n")
	footer := lines[len(lines)-1]
	if strings.Contains(footer, "q 終了") || strings.Contains(footer, "? ヘルプ") || !strings.Contains(footer, "ctrl+c 終了") {
		t.Errorf("footer while typing: %q", footer)
	}
}

// TestRosterFormKeptThroughACrash: a participant being typed in is kept
// as a draft; after a crash the form brings it back, and saving it lets
// the draft go.
func TestRosterFormKeptThroughACrash(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	h.keys("R", "a")
	h.typeText("山田 太郎")
	h.keys("tab")
	h.typeText("企画財政課")
	if d := h.draftOf("participant:new:1"); !strings.Contains(d, "企画財政課") {
		t.Fatalf("the form is not kept as it is typed: %q", d)
	}
	h2 := newHarnessOn(t, h.store, 80, 24, model.Resume{})
	h2.keys("R", "a")
	h2.contains("山田 太郎", "企画財政課", "前回の下書きを戻しました")
	h2.keys("enter")
	h2.contains("山田 太郎 さんを保存しました")
	if people := h2.store.people(); len(people) != 1 || people[0].Department != "企画財政課" {
		t.Fatalf("stored %+v", people)
	}
	if d := h2.draftOf("participant:new:1"); d != "" {
		t.Errorf("the draft outlived the save: %q", d)
	}
}
