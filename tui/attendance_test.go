package tui

import (
	"strings"
	"testing"

	"yoriai/model"
	"yoriai/tui/common"
)

// rosterRow is the roster's line of the participant named name.
func rosterRow(h *harness, name string) string {
	h.t.Helper()
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, name) {
			return l
		}
	}
	h.t.Fatalf("%s is not on the roster:\n%s", name, h.view())
	return ""
}

// marks is the attendance of meeting id as the store resolves it.
func (s *testStore) marks(id int64) map[int64]model.AttendanceMark {
	s.t.Helper()
	m, err := s.AttendanceStatus(id)
	if err != nil {
		s.t.Fatal(err)
	}
	return m
}

// TestRosterThreeStatesFromThePreviousMeeting: 第2回's roster starts from
// the kickoff's marks, drawn dimmed with a legend; space cycles 出席 →
// 欠席 → 未定 as the meeting's own mark; c confirms the rest.
func TestRosterThreeStatesFromThePreviousMeeting(t *testing.T) {
	st := newTestStore(t)
	yamada, sato, suzuki := st.addPerson("山田 太郎", "企画財政課"), st.addPerson("佐藤 花子", "総務課"), st.addPerson("鈴木 一郎", "情報政策課")
	for id, p := range map[int64]model.Presence{yamada.ID: model.PresencePresent, sato.ID: model.PresenceAbsent} {
		if err := st.SetPresence(kickoffID, id, p, t0); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarnessOn(t, st, 80, 24, model.Resume{WorkshopID: 1, MeetingID: secondID, Screen: model.ScreenRoster})
	h.contains("出欠：第2回　出席 1名", "出席 1・欠席 1・未定 1", "薄い表示＝前回からの引き継ぎ（c で確定）")
	for name, want := range map[string]string{"山田 太郎": "出席", "佐藤 花子": "欠席", "鈴木 一郎": "未定"} {
		if row := rosterRow(h, name); !strings.HasSuffix(strings.TrimSpace(row), want) {
			t.Errorf("%s's row %q, want it to end in %s", name, row, want)
		}
	}
	if m := st.marks(secondID); !m[yamada.ID].Defaulted || !m[sato.ID].Defaulted || m[suzuki.ID].Defaulted {
		t.Fatalf("only the kickoff's marks are defaults at 第2回: %+v", m)
	}
	// 佐藤's 欠席 from the kickoff is drawn dimmed (the raw view); 鈴木, never
	// marked, is plain 未定
	raw, styles := h.app.View().Content, h.app.c.Styles.Roster
	if !strings.Contains(raw, styles.Unknown.Render(common.Fit("未定", 6))) {
		t.Error("an own 未定 is drawn in the 未定 style")
	}
	if !strings.Contains(raw, styles.Default.Render(common.Fit("欠席", 6))) {
		t.Errorf("a mark taken from the kickoff should be drawn in the default style: %q in %q", h.app.c.Styles.Roster.Default.Render(common.Fit("欠席", 6)), raw)
	}

	h.keys("space") // 山田: 出席 (from the kickoff) → 欠席, his own
	if m := st.marks(secondID)[yamada.ID]; m != (model.AttendanceMark{Presence: model.PresenceAbsent}) {
		t.Errorf("after one space 山田 is %+v, want 欠席 of 第2回", m)
	}
	h.keys("space")
	if m := st.marks(secondID)[yamada.ID]; m.Presence != model.PresenceUnknown || m.Defaulted {
		t.Errorf("after two %+v, want 未定 of 第2回", m)
	}
	h.keys("space")
	if m := st.marks(secondID)[yamada.ID]; m.Presence != model.PresencePresent || m.Defaulted {
		t.Errorf("after three %+v, want 出席 of 第2回", m)
	}
	if st.marks(kickoffID)[yamada.ID].Presence != model.PresencePresent {
		t.Error("marking 第2回 must not touch the kickoff")
	}
	if !st.present(secondID)[yamada.ID] {
		t.Error("the poll's and Task ②'s attendance counts 山田's 出席")
	}

	h.keys("c")
	h.contains("1名の出欠を前回どおり確定しました")
	h.lacks("薄い表示")
	m := st.marks(secondID)
	if m[sato.ID] != (model.AttendanceMark{Presence: model.PresenceAbsent}) || m[suzuki.ID].Defaulted {
		t.Errorf("c confirms 佐藤's 欠席 as 第2回's own: %+v", m)
	}
	h.keys("c")
	h.contains("引き継ぎの出欠はありません")
	h.assertFits()
	h.send(teaSize(40, 12))
	h.assertFits()
}

// TestRosterRecorder: w makes the chosen person 記録者 (again: none), W
// takes a name not on the roster; the heading shows it, and it is the
// meeting's.
func TestRosterRecorder(t *testing.T) {
	st := newTestStore(t)
	st.addPerson("山田 太郎", "企画財政課")
	sato := st.addPerson("佐藤 花子", "総務課")
	h := newHarnessOn(t, st, 80, 24, model.Resume{WorkshopID: 1, MeetingID: secondID, Screen: model.ScreenRoster})
	h.contains("記録者：未定")
	h.keys("down", "w")
	h.contains("記録者：佐藤 花子", "記録者を佐藤 花子にしました")
	if r, _ := st.Recorder(secondID); r.ParticipantID != sato.ID {
		t.Errorf("recorder %+v, want 佐藤 花子", r)
	}
	if r, _ := st.Recorder(kickoffID); !r.IsZero() {
		t.Errorf("the kickoff's recorder was set too: %+v", r)
	}
	h.keys("w")
	h.contains("記録者：未定", "記録者を未定にしました")
	h.keys("W")
	h.contains("記録者（名簿にない人の名前）")
	if h.app.View().Cursor == nil {
		t.Error("the name field reports a real cursor for the IME")
	}
	h.typeText("総務課 記録係")
	h.keys("enter")
	h.contains("記録者：総務課 記録係")
	if r, _ := st.Recorder(secondID); r != (model.Recorder{Name: "総務課 記録係"}) {
		t.Errorf("typed recorder %+v", r)
	}
	st.failNext = errDiskFull
	h.keys("W", "backspace", "enter")
	h.contains("記録者の保存：ディスクの空きがありません。", "総務課 記録") // the entry stays open with the text
	h.keys("esc")
	h.contains("記録者：総務課 記録係")
	// a restart reads it back
	again := newHarnessOn(t, st, 80, 24, model.Resume{WorkshopID: 1, MeetingID: secondID, Screen: model.ScreenRoster})
	again.contains("記録者：総務課 記録係")
}
