package db

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

func sampleTemplate() model.Template {
	return model.Template{
		Workshop: model.WorkshopSpec{Title: "テスト市 DX検討会", Organisation: "テスト市", Vision: "住みやすいまち", TargetFiscalYear: "令和6年度"},
		Pillars:  []model.PillarSpec{{Name: "市民の利便性向上", Description: "背景"}, {Name: "業務の効率化"}},
		Meetings: []model.MeetingSpec{
			{Number: 1, Title: "キックオフ", Date: "2022-12-09", Start: "09:00", End: "11:00", Place: "庁議室",
				FiscalYear: "令和4年度", Topics: []string{"顔合わせ"},
				Agenda: []model.ItemSpec{
					{Kind: model.KindVideo, Title: "市長から", Minutes: 10, Speaker: "市長", Source: "研修動画", Notes: "音声確認"},
					{Kind: model.KindPoll, Title: "投票", Minutes: 10, Questions: []model.PollQuestion{
						{Text: "必要か", Kind: model.QuestionChoice, Choices: []string{"はい", "いいえ"}},
						{Text: "なぜ", Kind: model.QuestionText},
					}},
				}},
			{Number: 2, Title: "第2回", Agenda: []model.ItemSpec{{Kind: model.KindTask1, Title: "タスク①", Minutes: 80}}},
		},
	}
}

func sampleParticipant(name string) model.Participant {
	return model.Participant{WorkshopID: 1, Name: name, Department: "企画財政課", Role: model.RoleMember}
}

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "yoriai.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var at0 = time.UnixMilli(1670544000123) // 2022-12-09 09:00:00.123 JST

func TestWorkshopRoundTrip(t *testing.T) {
	st := openTemp(t)
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	got, pillars, err := st.Workshop(w.ID)
	if err != nil || !reflect.DeepEqual(got, w) {
		t.Fatalf("Workshop = %+v, %v; want %+v", got, err, w)
	}
	if len(pillars) != 2 || pillars[0].Name != "市民の利便性向上" || pillars[1].Position != 1 {
		t.Errorf("pillars %+v", pillars)
	}
	byTmpl, ok, err := st.WorkshopByTemplate("abc")
	if !ok || err != nil || byTmpl.ID != w.ID {
		t.Errorf("WorkshopByTemplate = %+v %v %v", byTmpl, ok, err)
	}
	if _, ok, _ := st.WorkshopByTemplate("other"); ok {
		t.Error("found a workshop for an unknown template")
	}
	ms, err := st.Meetings(w.ID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("Meetings = %+v, %v", ms, err)
	}
	k := ms[0]
	if k.Title != "キックオフ" || k.Date != (model.Date{Year: 2022, Month: 12, Day: 9}) || k.Start != "09:00" ||
		k.Place != "庁議室" || k.Status != model.StatusPlanned || !reflect.DeepEqual(k.Topics, []string{"顔合わせ"}) {
		t.Errorf("kickoff %+v", k)
	}
	m, items, err := st.Meeting(k.ID)
	if err != nil || !reflect.DeepEqual(m, k) {
		t.Fatalf("Meeting = %+v, %v", m, err)
	}
	want := sampleTemplate().Meetings[0].Items()
	for i := range want {
		want[i].ID, want[i].MeetingID = items[i].ID, k.ID
	}
	if !reflect.DeepEqual(items, want) {
		t.Errorf("items\n got %+v\nwant %+v", items, want)
	}
	if _, _, err := st.Meeting(999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing meeting: %v", err)
	}
}

func TestSaveRunKeepsTimers(t *testing.T) {
	st := openTemp(t)
	w, _ := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	ms, _ := st.Meetings(w.ID)
	m, items, _ := st.Meeting(ms[0].ID)
	run := model.NewRun(items, 0).ToggleTimer(at0)
	run, _ = run.Next(at0.Add(90 * time.Second))
	m = m.Started(at0)
	m.CurrentItemID = run.Items[run.Current].ID
	if err := st.SaveRun(m, run.Items, "run.next", at0.Add(90*time.Second)); err != nil {
		t.Fatal(err)
	}
	gotM, gotItems, err := st.Meeting(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if gotM.Status != model.StatusRunning || gotM.CurrentItemID != m.CurrentItemID || !gotM.StartedAt.Equal(at0) {
		t.Errorf("meeting %+v", gotM)
	}
	if gotItems[0].Timer.Elapsed != 90*time.Second || gotItems[0].State != model.ItemDone {
		t.Errorf("first item %+v", gotItems[0])
	}
	if !gotItems[1].Timer.Since.Equal(at0.Add(90*time.Second)) || gotItems[1].State != model.ItemCurrent {
		t.Errorf("running item %+v: want running since +90s to the millisecond", gotItems[1].Timer)
	}
	other := gotM
	other.ID = 999
	if err := st.SaveRun(other, gotItems, "run.next", at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("SaveRun of a missing meeting: %v", err)
	}
	ms2, _ := st.Meetings(w.ID)
	_, items2, _ := st.Meeting(ms2[1].ID)
	if err := st.SaveRun(gotM, items2, "run.next", at0); err == nil {
		t.Error("SaveRun accepted another meeting's items")
	}
}

func TestRosterAndAttendance(t *testing.T) {
	st := openTemp(t)
	w, _ := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	ms, _ := st.Meetings(w.ID)
	p := sampleParticipant("山田 太郎")
	p.WorkshopID = w.ID
	p, err := st.AddParticipant(p, at0)
	if err != nil || p.ID == 0 {
		t.Fatalf("AddParticipant = %+v, %v", p, err)
	}
	q, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "佐藤 花子", Role: model.RoleSecretariat}, at0)
	p.Role, p.Department = model.RoleFacilitator, "DX推進室"
	if err := st.UpdateParticipant(p, at0); err != nil {
		t.Fatal(err)
	}
	got, _ := st.Participants(w.ID)
	if !reflect.DeepEqual(got, []model.Participant{p, q}) {
		t.Errorf("Participants = %+v", got)
	}
	if err := st.RemoveParticipant(p.ID, at0); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Participants(w.ID); len(got) != 1 || got[0].ID != q.ID {
		t.Errorf("after removal %+v", got)
	}
	if err := st.RestoreParticipant(p.ID, at0); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.Participants(w.ID); len(got) != 2 {
		t.Errorf("after restore %+v", got)
	}
	for range 2 { // idempotent
		if err := st.SetAttendance(ms[0].ID, p.ID, true, at0); err != nil {
			t.Fatal(err)
		}
	}
	if a, _ := st.Attendance(ms[0].ID); !reflect.DeepEqual(a, map[int64]bool{p.ID: true}) {
		t.Errorf("attendance %v", a)
	}
	st.SetAttendance(ms[0].ID, p.ID, false, at0)
	if a, _ := st.Attendance(ms[0].ID); len(a) != 0 {
		t.Errorf("attendance after unset %v", a)
	}
	if err := st.UpdateParticipant(model.Participant{ID: 999, WorkshopID: w.ID, Name: "x", Role: model.RoleMember}, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of a missing participant: %v", err)
	}
	if _, err := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "x", Role: "boss"}, at0); err == nil {
		t.Error("an unknown role passed the CHECK constraint")
	}
	if _, err := st.AddParticipant(model.Participant{WorkshopID: 999, Name: "x", Role: model.RoleMember}, at0); err == nil {
		t.Error("a participant of a missing workshop passed the foreign key")
	}
}

func TestResumeAndEvents(t *testing.T) {
	st := openTemp(t)
	if r, err := st.Resume(); err != nil || r != (model.Resume{}) {
		t.Fatalf("fresh Resume = %+v, %v", r, err)
	}
	w, _ := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	r := model.Resume{WorkshopID: w.ID, MeetingID: 3, Screen: model.ScreenSlide, Projector: true}
	for range 2 {
		if err := st.SaveResume(r, at0); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := st.Resume(); got != r {
		t.Errorf("Resume = %+v, want %+v", got, r)
	}
	p, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0.Add(time.Second))
	st.RemoveParticipant(p.ID, at0.Add(2*time.Second))
	evs, err := st.Events(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, e.Kind)
		if e.Actor != "facilitator" {
			t.Errorf("event %+v has actor %q", e, e.Actor)
		}
	}
	if got := strings.Join(kinds, " "); got != "workshop.created participant.added participant.removed" {
		t.Errorf("events %s (SaveResume must write none)", got)
	}
	if !strings.Contains(evs[1].Payload, `"name":"山田 太郎"`) {
		t.Errorf("payload %s", evs[1].Payload)
	}
	if _, err := st.db.Exec(`DELETE FROM event`); err == nil {
		t.Error("the event log let a row be deleted")
	}
}

// TestOpenAfterCrash copies a live database with its write-ahead log, as a
// power cut would leave it, and opens the copy: what was committed is there.
func TestOpenAfterCrash(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "live.db")
	st, err := Open(live)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, _ := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if _, err := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0); err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(dir, "crashed.db")
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(live + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	st2, err := Open(crashed)
	if err != nil {
		t.Fatalf("a database left by a crash must open: %v", err)
	}
	defer st2.Close()
	ps, err := st2.Participants(w.ID)
	if err != nil || len(ps) != 1 || ps[0].Name != "山田 太郎" {
		t.Errorf("after the crash: %+v, %v", ps, err)
	}
}

// TestMigratesVersion1 opens a database written by the first schema and
// finds its workshop with no diagrams, at the current version.
func TestMigratesVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	v1, err := migrations.ReadFile("migrations/001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	makeDB(t, path, string(v1), "PRAGMA user_version = 1",
		`INSERT INTO workshop (title, created_at) VALUES ('鹿島市 DX推進ワーキンググループ検討会', 0)`,
		`INSERT INTO meeting (workshop_id, number, title) VALUES (1, 1, 'キックオフ')`,
		`INSERT INTO agenda_item (meeting_id, position, kind, title) VALUES (1, 0, 'briefing', '組織図')`)
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var version int
	st.db.QueryRow("PRAGMA user_version").Scan(&version)
	if version != SchemaVersion {
		t.Errorf("user_version %d after migrating, want %d", version, SchemaVersion)
	}
	w, _, err := st.Workshop(1)
	if err != nil || w.Title != "鹿島市 DX推進ワーキンググループ検討会" || len(w.Diagrams.Org) != 0 {
		t.Errorf("workshop after migration %+v, %v", w, err)
	}
	if len(w.UID) != 16 || !model.ValidWorkshopID(w.UID) { // migration 013 gave it an identity
		t.Errorf("the migrated workshop's identity is %q", w.UID)
	}
	if _, items, err := st.Meeting(1); err != nil || items[0].Diagram != model.DiagramNone || items[0].NotInTemplate {
		t.Errorf("items after migration %+v, %v", items, err)
	}
}

func TestDiagramsRoundTrip(t *testing.T) {
	st := openTemp(t)
	tm := sampleTemplate()
	tm.Diagrams = model.Diagrams{
		Org:          []model.OrgNode{{ID: "mayor", Label: "市長"}, {ID: "hq", Label: "本部", Parent: "mayor"}, {ID: "ext", Label: "外部人材", Advises: "hq"}},
		Stages:       []model.Stage{{Title: "第1段階", Points: []string{"共通理解"}}, {Title: "第2段階"}},
		CurrentStage: 2,
	}
	tm.Meetings[0].Agenda[0].Diagram = model.DiagramOrg
	w, err := st.CreateWorkshop(tm, "d", at0)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := st.Workshop(w.ID)
	if err != nil || !reflect.DeepEqual(got.Diagrams, tm.Diagrams) {
		t.Errorf("diagrams %+v, %v; want %+v", got.Diagrams, err, tm.Diagrams)
	}
	ms, _ := st.Meetings(w.ID)
	if _, items, _ := st.Meeting(ms[0].ID); items[0].Diagram != model.DiagramOrg {
		t.Errorf("item diagram %q", items[0].Diagram)
	}
}
