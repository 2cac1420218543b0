package db

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

// TestAttendanceDefaultsFromPreviousMeeting marks the kickoff and finds
// 第2回 starting from its roster, corrected by 第2回's own marks; the
// roster screen's one-key toggle (SetAttendance, Attendance) works as it
// did, on the meeting's own marks.
func TestAttendanceDefaultsFromPreviousMeeting(t *testing.T) {
	st := openTemp(t)
	w, ms, _, a := recordFixture(t, st)
	b, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "佐藤 花子", Role: model.RoleMember}, at0)
	c, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "鈴木 一郎", Role: model.RoleMember}, at0)
	kick, second := ms[0].ID, ms[1].ID
	P, A, U := model.PresencePresent, model.PresenceAbsent, model.PresenceUnknown
	mark := func(p model.Presence, def bool) model.AttendanceMark {
		return model.AttendanceMark{Presence: p, Defaulted: def}
	}
	set := func(m, p int64, v model.Presence) {
		t.Helper()
		if err := st.SetPresence(m, p, v, at0); err != nil {
			t.Fatal(err)
		}
	}
	status := func(m int64) map[int64]model.AttendanceMark {
		t.Helper()
		got, err := st.AttendanceStatus(m)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	set(kick, a.ID, P)
	set(kick, b.ID, A)
	if got, want := status(second), map[int64]model.AttendanceMark{a.ID: mark(P, true), b.ID: mark(A, true), c.ID: mark(U, false)}; !reflect.DeepEqual(got, want) {
		t.Errorf("第2回 before marking: %v, want %v", got, want)
	}
	set(second, b.ID, P)
	set(second, a.ID, A)
	set(second, a.ID, A) // idempotent
	if got, want := status(second), map[int64]model.AttendanceMark{a.ID: mark(A, false), b.ID: mark(P, false), c.ID: mark(U, false)}; !reflect.DeepEqual(got, want) {
		t.Errorf("第2回 after marking: %v, want %v", got, want)
	}
	if got, want := status(kick), map[int64]model.AttendanceMark{a.ID: mark(P, false), b.ID: mark(A, false), c.ID: mark(U, false)}; !reflect.DeepEqual(got, want) {
		t.Errorf("the kickoff takes nothing from 第2回: %v, want %v", got, want)
	}
	if got, _ := st.AttendanceMarks(kick); !reflect.DeepEqual(got, map[int64]model.Presence{a.ID: P, b.ID: A}) {
		t.Errorf("kickoff marks %v", got)
	}

	// the old toggle: true is 出席, false takes the meeting's own mark away
	if got, _ := st.Attendance(kick); !reflect.DeepEqual(got, map[int64]bool{a.ID: true}) {
		t.Errorf("Attendance lists only 出席: %v", got)
	}
	if err := st.SetAttendance(kick, b.ID, true, at0); err != nil { // 欠席 → 出席
		t.Fatal(err)
	}
	if got, _ := st.Attendance(kick); !reflect.DeepEqual(got, map[int64]bool{a.ID: true, b.ID: true}) {
		t.Errorf("after SetAttendance true: %v", got)
	}
	st.SetAttendance(kick, a.ID, false, at0)
	if got, _ := st.AttendanceMarks(kick); !reflect.DeepEqual(got, map[int64]model.Presence{b.ID: P}) {
		t.Errorf("after SetAttendance false: %v", got)
	}

	// filling 第2回 writes the defaults as its own marks, and only those
	set(kick, c.ID, A)
	n, err := st.FillAttendance(second, at0)
	if err != nil || n != 1 {
		t.Fatalf("FillAttendance = %d, %v", n, err)
	}
	if got, _ := st.AttendanceMarks(second); !reflect.DeepEqual(got, map[int64]model.Presence{a.ID: A, b.ID: P, c.ID: A}) {
		t.Errorf("第2回 after filling: %v", got)
	}
	set(kick, c.ID, P)
	if got := status(second)[c.ID]; got != mark(A, false) {
		t.Errorf("a filled mark no longer follows the kickoff: %v", got)
	}

	// refusals
	if err := st.SetPresence(kick, a.ID, "maybe", at0); err == nil {
		t.Error("an unknown presence was stored")
	}
	if err := st.SetPresence(9999, a.ID, P, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("presence at no meeting: %v", err)
	}
	other, _ := st.CreateWorkshop(sampleTemplate(), "def", at0)
	stranger, _ := st.AddParticipant(model.Participant{WorkshopID: other.ID, Name: "他市 職員", Role: model.RoleMember}, at0)
	if err := st.SetPresence(kick, stranger.ID, P, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("presence of someone of another workshop: %v", err)
	}
	if _, err := st.AttendanceStatus(9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("status of no meeting: %v", err)
	}
	evs, _ := st.Events(w.ID)
	var kinds []string
	for _, e := range evs {
		if strings.HasPrefix(e.Kind, "attendance.") {
			kinds = append(kinds, e.Kind)
		}
	}
	if len(kinds) == 0 || kinds[len(kinds)-1] != "attendance.marked" || !strings.Contains(strings.Join(kinds, " "), "attendance.filled") {
		t.Errorf("attendance events %v", kinds)
	}
}

func TestRecorder(t *testing.T) {
	st := openTemp(t)
	w, ms, _, p := recordFixture(t, st)
	if r, err := st.Recorder(ms[0].ID); err != nil || !r.IsZero() {
		t.Errorf("no recorder yet: %+v, %v", r, err)
	}
	if err := st.SetRecorder(ms[0].ID, model.Recorder{ParticipantID: p.ID}, at0); err != nil {
		t.Fatal(err)
	}
	if r, _ := st.Recorder(ms[0].ID); r != (model.Recorder{ParticipantID: p.ID, Name: "山田 太郎"}) {
		t.Errorf("recorder %+v", r)
	}
	st.RemoveParticipant(p.ID, at0)
	people, _ := st.Participants(w.ID)
	if r, _ := st.Recorder(ms[0].ID); r.NameIn(people) != "山田 太郎" {
		t.Errorf("a recorder who left the roster keeps their name: %+v", r)
	}
	if err := st.SetRecorder(ms[1].ID, model.Recorder{Name: " 事務局\x1b[1m（情報政策課） "}, at0); err != nil {
		t.Fatal(err)
	}
	if r, _ := st.Recorder(ms[1].ID); r != (model.Recorder{Name: "事務局（情報政策課）"}) {
		t.Errorf("typed recorder %+v", r)
	}
	st.SetRecorder(ms[1].ID, model.Recorder{}, at0)
	if r, _ := st.Recorder(ms[1].ID); !r.IsZero() {
		t.Errorf("cleared recorder %+v", r)
	}
	if err := st.SetRecorder(ms[1].ID, model.Recorder{ParticipantID: 9999}, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("recorder not on the roster: %v", err)
	}
	if err := st.SetRecorder(ms[1].ID, model.Recorder{Name: strings.Repeat("名", model.MaxNameRunes+1)}, at0); err == nil {
		t.Error("a name too long was stored")
	}
	if err := st.SetRecorder(9999, model.Recorder{Name: "x"}, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("recorder of no meeting: %v", err)
	}
	if _, err := st.Recorder(9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("recorder of no meeting: %v", err)
	}
}

// TestMigratesAttendanceToPresent opens a version 7 file whose attendance
// rows each meant 出席: they read as 出席, in the old and the new way.
func TestMigratesAttendanceToPresent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v7.db")
	var stmts []string
	for n := 1; n <= 7; n++ {
		files, _ := migrations.ReadDir("migrations")
		for _, f := range files {
			if strings.HasPrefix(f.Name(), fmt.Sprintf("%03d_", n)) {
				b, err := migrations.ReadFile("migrations/" + f.Name())
				if err != nil {
					t.Fatal(err)
				}
				stmts = append(stmts, string(b))
			}
		}
	}
	makeDB(t, path, append(stmts, "PRAGMA user_version = 7",
		`INSERT INTO workshop (title, created_at) VALUES ('検討会', 0)`,
		`INSERT INTO meeting (workshop_id, number, title) VALUES (1, 1, 'キックオフ')`,
		`INSERT INTO participant (workshop_id, name, created_at) VALUES (1, '山田 太郎', 0), (1, '佐藤 花子', 0)`,
		`INSERT INTO attendance (meeting_id, participant_id) VALUES (1, 1)`)...)
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got, _ := st.Attendance(1); !reflect.DeepEqual(got, map[int64]bool{1: true}) {
		t.Errorf("Attendance after migrating %v", got)
	}
	got, err := st.AttendanceStatus(1)
	want := map[int64]model.AttendanceMark{1: {Presence: model.PresencePresent}, 2: {Presence: model.PresenceUnknown}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("AttendanceStatus after migrating %v, %v", got, err)
	}
	if r, err := st.Recorder(1); err != nil || !r.IsZero() {
		t.Errorf("recorder after migrating %+v, %v", r, err)
	}
	if _, err := st.AddEntry(model.Entry{ItemID: 1, Kind: model.EntryMemo, Text: "x"}, time.UnixMilli(0)); !errors.Is(err, ErrNotFound) {
		t.Errorf("an entry for an item that is not there: %v", err)
	}
}
