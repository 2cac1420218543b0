package db

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"yoriai/model"
)

// agendas is each meeting's item titles, marked "*" when not in the
// template, with the meeting's title first.
func agendas(t *testing.T, st *Store, wid int64) [][]string {
	t.Helper()
	ms, err := st.Meetings(wid)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, m := range ms {
		title := m.Title
		if m.NotInTemplate {
			title += "*"
		}
		row := []string{title}
		_, items, err := st.Meeting(m.ID)
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range items {
			if it.Position != i {
				t.Errorf("%s: item %s at position %d, want %d", m.Title, it.Title, it.Position, i)
			}
			s := it.Title
			if it.NotInTemplate {
				s += "*"
			}
			row = append(row, s)
		}
		out = append(out, row)
	}
	return out
}

func TestApplyTemplateEachChange(t *testing.T) {
	tests := []struct {
		name  string
		data  func(t *testing.T, st *Store, wid int64) // data left before the change
		edit  func(*model.Template)
		want  [][]string
		check func(t *testing.T, st *Store, wid int64)
	}{
		{name: "item added", edit: func(tm *model.Template) {
			tm.Meetings[1].Agenda = append(tm.Meetings[1].Agenda, model.ItemSpec{Kind: model.KindWrapUp, Title: "まとめ", Minutes: 10})
		}, want: [][]string{{"キックオフ", "市長から", "投票"}, {"第2回", "タスク①", "まとめ"}}},
		{name: "empty item removed", edit: func(tm *model.Template) { tm.Meetings[0].Agenda = tm.Meetings[0].Agenda[1:] },
			want: [][]string{{"キックオフ", "投票"}, {"第2回", "タスク①"}}},
		{name: "item with a card kept, marked", data: func(t *testing.T, st *Store, wid int64) {
			addCardTo(t, st, wid, 0, 0)
		}, edit: func(tm *model.Template) { tm.Meetings[0].Agenda = tm.Meetings[0].Agenda[1:] },
			want: [][]string{{"キックオフ", "市長から*", "投票"}, {"第2回", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				_, items := meetingAt(t, st, wid, 0)
				cards, err := st.ItemCards(items[0].ID)
				if err != nil || len(cards) != 1 {
					t.Errorf("the kept item's cards: %v %v", cards, err)
				}
			}},
		{name: "item with a poll kept, marked", data: func(t *testing.T, st *Store, wid int64) {
			_, items := meetingAt(t, st, wid, 0)
			p, err := st.StartPoll(wid, items[1], model.PollTally, at0)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.SetTally(p, 0, []int{7, 2}, at0); err != nil {
				t.Fatal(err)
			}
		}, edit: func(tm *model.Template) { tm.Meetings[0].Agenda = tm.Meetings[0].Agenda[:1] },
			want: [][]string{{"キックオフ", "市長から", "投票*"}, {"第2回", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				_, items := meetingAt(t, st, wid, 0)
				p, ok, err := st.LatestPoll(items[1].ID)
				if err != nil || !ok {
					t.Fatalf("the kept poll: %v %v", ok, err)
				}
				res, err := st.Results(p)
				if err != nil || len(res) == 0 || !reflect.DeepEqual(res[0].Counts, []int{7, 2}) {
					t.Errorf("the kept poll's counts: %+v %v", res, err)
				}
			}},
		{name: "item retimed", edit: func(tm *model.Template) { tm.Meetings[0].Agenda[0].Minutes = 25 },
			want: [][]string{{"キックオフ", "市長から", "投票"}, {"第2回", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				_, items := meetingAt(t, st, wid, 0)
				if items[0].Planned.Minutes() != 25 {
					t.Errorf("planned %v, want 25m", items[0].Planned)
				}
			}},
		{name: "item renamed and text changed", edit: func(tm *model.Template) {
			tm.Meetings[0].Agenda[0].Title, tm.Meetings[0].Agenda[0].URL = "市長のあいさつ", "https://example.jp/v"
		}, want: [][]string{{"キックオフ", "市長のあいさつ", "投票"}, {"第2回", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				_, items := meetingAt(t, st, wid, 0)
				if items[0].URL != "https://example.jp/v" || items[0].Speaker != "市長" {
					t.Errorf("item %+v", items[0])
				}
			}},
		{name: "items moved, times kept", data: func(t *testing.T, st *Store, wid int64) {
			m, items := meetingAt(t, st, wid, 0)
			items[0].State, items[0].Timer.Elapsed = model.ItemDone, 90e9
			if err := st.SaveRun(m, items, "run.test", at0); err != nil {
				t.Fatal(err)
			}
		}, edit: func(tm *model.Template) {
			a := tm.Meetings[0].Agenda
			tm.Meetings[0].Agenda = []model.ItemSpec{a[1], a[0]}
		}, want: [][]string{{"キックオフ", "投票", "市長から"}, {"第2回", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				_, items := meetingAt(t, st, wid, 0)
				if items[1].State != model.ItemDone || items[1].Timer.Elapsed != 90e9 {
					t.Errorf("the moved item lost its time: %+v", items[1])
				}
			}},
		{name: "meeting re-dated, retimed, re-placed, renamed", edit: func(tm *model.Template) {
			m := &tm.Meetings[1]
			m.Title, m.Date, m.Start, m.End, m.Place = "第2回（タスク①）", "2023-01-20", "13:30", "15:00", "大会議室"
		}, data: func(t *testing.T, st *Store, wid int64) { addCardTo(t, st, wid, 1, 0) },
			want: [][]string{{"キックオフ", "市長から", "投票"}, {"第2回（タスク①）", "タスク①"}},
			check: func(t *testing.T, st *Store, wid int64) {
				m, items := meetingAt(t, st, wid, 1)
				if cards, _ := st.ItemCards(items[0].ID); len(cards) != 1 {
					t.Errorf("the renamed meeting's card: %v", cards)
				}
				if m.Date.String() != "2023-01-20" || m.Start != "13:30" || m.End != "15:00" || m.Place != "大会議室" {
					t.Errorf("第2回 %+v", m)
				}
			}},
		{name: "meeting added", edit: func(tm *model.Template) {
			tm.Meetings = append(tm.Meetings, model.MeetingSpec{Number: 3, Title: "第3回",
				Agenda: []model.ItemSpec{{Kind: model.KindTask2, Title: "タスク②", Minutes: 60}}})
		}, want: [][]string{{"キックオフ", "市長から", "投票"}, {"第2回", "タスク①"}, {"第3回", "タスク②"}}},
		{name: "empty meeting removed", edit: func(tm *model.Template) { tm.Meetings = tm.Meetings[:1] },
			want: [][]string{{"キックオフ", "市長から", "投票"}}},
		{name: "held meeting kept, marked", data: func(t *testing.T, st *Store, wid int64) {
			m, _ := meetingAt(t, st, wid, 0)
			p, err := st.AddParticipant(model.Participant{WorkshopID: wid, Name: "山田 太郎", Role: model.RoleMember}, at0)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.SetPresence(m.ID, p.ID, model.PresencePresent, at0); err != nil {
				t.Fatal(err)
			}
		}, edit: func(tm *model.Template) {
			tm.Meetings = tm.Meetings[1:]
			tm.Meetings[0].Number = 1
		}, want: [][]string{{"第2回", "タスク①"}, {"キックオフ*", "市長から", "投票"}},
			check: func(t *testing.T, st *Store, wid int64) {
				m, _ := meetingAt(t, st, wid, 1)
				marks, err := st.AttendanceMarks(m.ID)
				if err != nil || len(marks) != 1 {
					t.Errorf("the kept meeting's attendance: %v %v", marks, err)
				}
			}},
		{name: "meetings moved", edit: func(tm *model.Template) {
			tm.Meetings[0], tm.Meetings[1] = tm.Meetings[1], tm.Meetings[0]
			tm.Meetings[0].Number, tm.Meetings[1].Number = 1, 2
		}, want: [][]string{{"第2回", "タスク①"}, {"キックオフ", "市長から", "投票"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "yoriai.db")
			st, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			w, err := st.CreateWorkshop(sampleTemplate(), "sha-1", at0)
			if err != nil {
				t.Fatal(err)
			}
			if tt.data != nil {
				tt.data(t, st, w.ID)
			}
			tm := sampleTemplate()
			tt.edit(&tm)
			if errs := tm.Validate(); errs != nil {
				t.Fatalf("edited template: %v", errs)
			}
			before, _ := st.Events(w.ID)
			d, err := st.ApplyTemplate(w.ID, tm, "sha-2", at0)
			if err != nil {
				t.Fatal(err)
			}
			if !d.Pending() {
				t.Fatal("no change found")
			}
			// Read back from the file itself, through a fresh store.
			st.Close()
			if st, err = Open(path); err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if got := agendas(t, st, w.ID); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("agendas\n got %v\nwant %v", got, tt.want)
			}
			if tt.check != nil {
				tt.check(t, st, w.ID)
			}
			after, _ := st.Events(w.ID)
			if len(after) != len(before)+1 || after[len(after)-1].Kind != "workshop.template_applied" {
				t.Errorf("events: %d before, %d after", len(before), len(after))
			}
			if again, err := st.TemplateDiff(w.ID, tm); err != nil || again.Pending() {
				t.Errorf("after applying, the template still changes %+v (%v)", again.Changes, err)
			}
			if byTmpl, ok, _ := st.WorkshopByTemplate("sha-2"); !ok || byTmpl.ID != w.ID {
				t.Error("the applied template's file does not name the workshop")
			}
		})
	}
}

// meetingAt is the workshop's meeting at index i in series order.
func meetingAt(t *testing.T, st *Store, wid int64, i int) (model.Meeting, []model.AgendaItem) {
	t.Helper()
	ms, err := st.Meetings(wid)
	if err != nil || len(ms) <= i {
		t.Fatalf("meetings %v %v", ms, err)
	}
	m, items, err := st.Meeting(ms[i].ID)
	if err != nil {
		t.Fatal(err)
	}
	return m, items
}

func addCardTo(t *testing.T, st *Store, wid int64, meeting, item int) {
	t.Helper()
	m, items := meetingAt(t, st, wid, meeting)
	if _, err := st.AddCard(model.Card{WorkshopID: wid, MeetingID: m.ID, ItemID: items[item].ID, Kind: model.CardIdea,
		Text: "窓口の待ち時間を減らしたい", Source: model.SourcePrompt}, at0); err != nil {
		t.Fatal(err)
	}
}

func TestApplyTemplateFailsWhole(t *testing.T) {
	st := openTemp(t)
	w, err := st.CreateWorkshop(sampleTemplate(), "sha-1", at0)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Events(w.ID)
	tm := sampleTemplate()
	tm.Meetings[1].Date = "2023-01-20"
	// An item the schema refuses, written after the meeting's new date:
	// the whole change is rolled back.
	tm.Meetings[1].Agenda = append(tm.Meetings[1].Agenda, model.ItemSpec{Kind: "bogus", Title: "x"})
	if _, err := st.ApplyTemplate(w.ID, tm, "sha-2", at0); err == nil {
		t.Fatal("a refused item was applied")
	}
	m, items := meetingAt(t, st, w.ID, 1)
	if !m.Date.IsZero() || len(items) != 1 {
		t.Errorf("half a change was written: %+v %d items", m, len(items))
	}
	if after, _ := st.Events(w.ID); len(after) != len(before) {
		t.Errorf("an event for a change that failed")
	}
}

func TestWorkshopIdentity(t *testing.T) {
	st := openTemp(t)
	tm := sampleTemplate()
	tm.Workshop.ID = "kashima-r4"
	w, err := st.CreateWorkshop(tm, "sha-1", at0)
	if err != nil || w.UID != "kashima-r4" {
		t.Fatalf("CreateWorkshop = %+v, %v", w, err)
	}
	got, ok, err := st.WorkshopByUID("kashima-r4")
	if err != nil || !ok || got.ID != w.ID {
		t.Fatalf("WorkshopByUID = %+v %v %v", got, ok, err)
	}
	if _, err := st.CreateWorkshop(tm, "sha-2", at0); !errors.Is(err, ErrWorkshopIDTaken) {
		t.Errorf("a second workshop with the same id: %v", err)
	}
	tm.Workshop.ID = ""
	other, err := st.CreateWorkshop(tm, "sha-3", at0)
	if err != nil || other.UID == "" || other.UID == w.UID || !model.ValidWorkshopID(other.UID) {
		t.Errorf("a new workshop's identity %q (%v)", other.UID, err)
	}
	// The workshop written as a template names itself and reads back the same.
	out, err := st.TemplateOf(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := sampleTemplate()
	want.Workshop.ID = "kashima-r4"
	if fmt.Sprintf("%v", out) != fmt.Sprintf("%v", want) { // nil and empty lists alike
		t.Errorf("TemplateOf\n got %+v\nwant %+v", out, want)
	}
}
