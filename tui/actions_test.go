package tui

import (
	"testing"
	"time"

	"yoriai/model"
)

// actionStore is the test workshop with three action items at the
// kickoff's briefing: one open and due after the kickoff, one overdue,
// one on the board of 第2回 done already.
func actionStore(t *testing.T) *testStore {
	t.Helper()
	st := newTestStore(t)
	p := st.addPerson("山田 太郎", "企画財政課")
	add := func(item int64, text string, due model.Date) model.Entry {
		e, err := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryAction, Text: text, AssigneeID: p.ID, Due: due}, t0)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	add(briefingItem, "体制図の案を作る", model.Date{Year: 2023, Month: time.January, Day: 20})
	add(briefingItem, "会場を押さえる", model.Date{Year: 2022, Month: time.December, Day: 1})
	done := add(task1Item, "課題を持ち寄る", model.Date{})
	if _, err := st.SetActionDone(done.ID, secondID, true, t0); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestActionsListFromHome(t *testing.T) {
	h := newHarnessOn(t, actionStore(t), 80, 24, model.Resume{})
	h.keys("H")
	if h.app.active != actionsID {
		t.Fatal("H did not open the 宿題一覧")
	}
	h.contains("宿題一覧（未完了 2件・完了 1件）", "会議の外で開いています",
		"> 未完了", "体制図の案を作る", "山田 太郎", "R5.1.20",
		"期限切れ", "会場を押さえる", "完了 R4.12.9", "課題を持ち寄る",
		"キックオフ／1. DX推進体制の組織図") // the chosen one's details
	h.assertFits()
	h.golden("actions_80x24")
	h.keys("down", "space")
	es := h.store.entries(briefingItem)
	if es[1].DoneAt.IsZero() || es[1].DoneMeeting != 0 {
		t.Fatalf("marked from home: %+v", es[1])
	}
	h.contains("「会場を押さえる」を完了にしました。", "宿題一覧（未完了 1件・完了 2件）", "> 完了 R4.12.9 会場を押さえる", "完了 令和4年12月9日（金）（—）")
	h.keys("c")
	if es = h.store.entries(briefingItem); !es[1].DoneAt.IsZero() {
		t.Fatal("c did not open it again")
	}
	h.keys("esc")
	if h.app.active != homeID {
		t.Fatal("esc should lead back home")
	}
}

func TestActionsFromRunSheetRecordTheMeeting(t *testing.T) {
	h := newHarnessOn(t, actionStore(t), 80, 24, model.Resume{})
	h.keys("enter", "H")
	h.contains("完了は「キックオフ」で記録されます")
	h.keys("space")
	es := h.store.entries(briefingItem)
	if es[0].DoneAt.IsZero() || es[0].DoneMeeting != kickoffID {
		t.Fatalf("marked from the kickoff: %+v", es[0])
	}
	h.keys("esc")
	if h.app.active != meetingID {
		t.Fatal("esc should lead back to the run sheet")
	}
}

func TestActionsFit(t *testing.T) {
	for _, size := range [][2]int{{40, 12}, {80, 24}, {120, 40}} {
		h := newHarnessOn(t, actionStore(t), size[0], size[1], model.Resume{})
		h.keys("H")
		h.contains("会場を押さえる")
		h.assertFits()
	}
	empty := newHarness(t, 40, 12, model.Resume{})
	empty.keys("H")
	empty.contains("宿題はまだありません。")
	empty.assertFits()
}

func TestRecordMarksOverdueAndDone(t *testing.T) {
	h := newHarnessOn(t, actionStore(t), 80, 24, model.Resume{})
	h.keys("enter", "down", "enter", "w")
	h.contains("［宿題］体制図の案を作る  担当 山田 太郎 期限 R5.1.20",
		"［宿題］会場を押さえる  担当 山田 太郎 期限 R4.12.1  期限切れ")
	h.keys("space") // the cursor is on the last one: 会場を押さえる
	h.contains("会場を押さえる  担当 山田 太郎 期限 R4.12.1  完了 R4.12.9")
	h.lacks("期限切れ")
}

// TestActionsResume: the 宿題一覧 is where the app opens again, still
// recording 完了 in the meeting it was opened from, and back leads to
// that meeting's run sheet, loaded then.
func TestActionsResume(t *testing.T) {
	st := actionStore(t)
	h := newHarnessOn(t, st, 80, 24, model.Resume{})
	h.keys("enter", "H")
	if r := h.store.resume(); r.Screen != model.ScreenActions || r.MeetingID != kickoffID {
		t.Fatalf("resume point %+v, want the 宿題一覧 of the kickoff", r)
	}
	again := newHarnessOn(t, st, 80, 24, h.store.resume())
	if again.app.active != actionsID {
		t.Fatalf("resumed on screen %d, want the 宿題一覧", again.app.active)
	}
	again.contains("完了は「キックオフ」で記録されます", "会場を押さえる")
	again.keys("esc")
	if again.app.active != meetingID || again.app.meeting.ID() != kickoffID {
		t.Fatalf("back from the resumed list: screen %d meeting %d, want the kickoff's run sheet", again.app.active, again.app.meeting.ID())
	}
	again.contains("DX推進体制の組織図")
	again.keys("esc")
	if again.app.active != homeID {
		t.Fatal("esc from the run sheet should lead home")
	}

	// opened from home, it resumes with home behind it
	home := newHarnessOn(t, actionStore(t), 80, 24, model.Resume{})
	home.keys("H")
	back := newHarnessOn(t, home.store, 80, 24, home.store.resume())
	back.contains("会議の外で開いています")
	back.keys("esc")
	if back.app.active != homeID {
		t.Fatalf("back from a list opened at home: screen %d, want home", back.app.active)
	}
}
