package db

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

// editStore is a store with the sample workshop and its kickoff's id.
func editStore(t *testing.T) (*Store, model.Meeting) {
	t.Helper()
	st := openTemp(t)
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := st.Meetings(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	return st, ms[0]
}

func itemTitles(t *testing.T, st *Store, meetingID int64) string {
	t.Helper()
	_, items, err := st.Meeting(meetingID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, it := range items {
		if it.Position != i {
			t.Fatalf("item %q at position %d, index %d", it.Title, it.Position, i)
		}
		s := it.Title
		if it.Skipped {
			s += "(省略)"
		}
		out = append(out, s)
	}
	return strings.Join(out, ",")
}

func lastEvent(t *testing.T, st *Store) string {
	t.Helper()
	var kind string
	if err := st.db.QueryRow(`SELECT kind FROM event ORDER BY id DESC LIMIT 1`).Scan(&kind); err != nil {
		t.Fatal(err)
	}
	return kind
}

func TestEditMeeting(t *testing.T) {
	st, m := editStore(t)
	m.Date = model.Date{Year: 2023, Month: 1, Day: 20}
	m.Start, m.End, m.Place, m.Topics = "13:30", "16:00", "第1会議室", []string{"顔合わせ", "課題の洗い出し"}
	if err := st.EditMeeting(m, at0); err != nil {
		t.Fatal(err)
	}
	got, _, err := st.Meeting(m.ID)
	if err != nil || !reflect.DeepEqual(got, m) {
		t.Fatalf("Meeting = %+v, %v; want %+v", got, err, m)
	}
	if k := lastEvent(t, st); k != "meeting.edited" {
		t.Errorf("event %q", k)
	}
	m.ID = 999
	if err := st.EditMeeting(m, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("a meeting not there: %v", err)
	}
}

func TestEditItem(t *testing.T) {
	st, m := editStore(t)
	_, items, _ := st.Meeting(m.ID)
	it := items[0]
	it.Title, it.Planned, it.Speaker, it.URL = "市長あいさつ", 15*time.Minute, "副市長", "https://example.jp/v.mp4"
	it.Body = "ignored" // only the four fields are written
	if err := st.EditItem(it, at0); err != nil {
		t.Fatal(err)
	}
	_, after, _ := st.Meeting(m.ID)
	got := after[0]
	if got.Title != it.Title || got.Planned != it.Planned || got.Speaker != it.Speaker || got.URL != it.URL || got.Body != items[0].Body {
		t.Errorf("item = %+v", got)
	}
	if k := lastEvent(t, st); k != "item.edited" {
		t.Errorf("event %q", k)
	}
}

func TestMoveInsertSkipItems(t *testing.T) {
	st, m := editStore(t)
	if got := itemTitles(t, st, m.ID); got != "市長から,投票" {
		t.Fatalf("start: %s", got)
	}
	it, err := st.InsertItem(m.ID, 1, model.KindPrompt, "ひとこと", 5*time.Minute, at0)
	if err != nil || it.ID == 0 || it.Position != 1 {
		t.Fatalf("InsertItem = %+v, %v", it, err)
	}
	if got := itemTitles(t, st, m.ID); got != "市長から,ひとこと,投票" {
		t.Errorf("after insert: %s", got)
	}
	if k := lastEvent(t, st); k != "item.inserted" {
		t.Errorf("event %q", k)
	}
	if _, err := st.InsertItem(m.ID, 99, model.KindWrapUp, "まとめ", 0, at0); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertItem(m.ID, -3, model.KindPoll, "最初に", time.Minute, at0); err != nil {
		t.Fatal(err)
	}
	if got := itemTitles(t, st, m.ID); got != "最初に,市長から,ひとこと,投票,まとめ" {
		t.Errorf("after inserts at the ends: %s", got)
	}
	_, items, _ := st.Meeting(m.ID)
	if items[2].Question != "ひとこと" || len(items[0].Questions) != 1 || items[0].Questions[0].Kind != model.QuestionText {
		t.Errorf("an inserted prompt asks its title, a poll has a question: %+v %+v", items[2], items[0])
	}
	for _, tc := range []struct {
		item int
		to   int
		want string
	}{
		{0, 4, "市長から,ひとこと,投票,まとめ,最初に"},
		{4, 0, "最初に,市長から,ひとこと,投票,まとめ"},
		{2, 1, "最初に,ひとこと,市長から,投票,まとめ"},
		{1, 2, "最初に,市長から,ひとこと,投票,まとめ"},
		{3, 3, "最初に,市長から,ひとこと,投票,まとめ"},
	} {
		_, items, _ := st.Meeting(m.ID)
		if err := st.MoveItem(m.ID, items[tc.item].ID, tc.to, at0); err != nil {
			t.Fatal(err)
		}
		if got := itemTitles(t, st, m.ID); got != tc.want {
			t.Errorf("move %d to %d: %s, want %s", tc.item, tc.to, got, tc.want)
		}
	}
	if k := lastEvent(t, st); k != "item.moved" {
		t.Errorf("event %q", k)
	}
	_, items, _ = st.Meeting(m.ID)
	if err := st.SkipItem(m.ID, items[2].ID, true, at0); err != nil {
		t.Fatal(err)
	}
	if got := itemTitles(t, st, m.ID); got != "最初に,市長から,ひとこと(省略),投票,まとめ" {
		t.Errorf("after skip: %s", got)
	}
	if k := lastEvent(t, st); k != "item.skipped" {
		t.Errorf("event %q", k)
	}
	if err := st.SkipItem(m.ID, items[2].ID, false, at0); err != nil || itemTitles(t, st, m.ID) != "最初に,市長から,ひとこと,投票,まとめ" {
		t.Errorf("unskip: %v", err)
	}
	if err := st.SkipItem(m.ID+1, items[2].ID, true, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("an item of another meeting: %v", err)
	}
	if err := st.MoveItem(m.ID, 999, 0, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("an item not there: %v", err)
	}
}

func TestDrafts(t *testing.T) {
	st := openTemp(t)
	if d, err := st.Draft("ideas:1:new"); err != nil || d != "" {
		t.Fatalf("no draft: %q, %v", d, err)
	}
	for _, text := range []string{"紙の申請", "紙の申請書をなくしたい"} {
		if err := st.SaveDraft("ideas:1:new", text, at0); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SaveDraft("card:7", "別の下書き", at0); err != nil {
		t.Fatal(err)
	}
	if d, err := st.Draft("ideas:1:new"); err != nil || d != "紙の申請書をなくしたい" {
		t.Errorf("draft = %q, %v", d, err)
	}
	if err := st.DropDraft("ideas:1:new"); err != nil {
		t.Fatal(err)
	}
	if d, _ := st.Draft("ideas:1:new"); d != "" {
		t.Errorf("dropped draft = %q", d)
	}
	if d, _ := st.Draft("card:7"); d != "別の下書き" {
		t.Errorf("the other draft = %q", d)
	}
	if err := st.SaveDraft("card:7", "", at0); err != nil {
		t.Fatal(err)
	}
	if d, _ := st.Draft("card:7"); d != "" {
		t.Errorf("an empty draft is dropped: %q", d)
	}
}

func TestTemplateOfAsEdited(t *testing.T) {
	st, m := editStore(t)
	m.Date, m.Place = model.Date{Year: 2023, Month: 12, Day: 8}, "大会議室"
	if err := st.EditMeeting(m, at0); err != nil {
		t.Fatal(err)
	}
	_, items, _ := st.Meeting(m.ID)
	if err := st.SkipItem(m.ID, items[1].ID, true, at0); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertItem(m.ID, 1, model.KindBriefing, "追加の説明", 5*time.Minute, at0); err != nil {
		t.Fatal(err)
	}
	tm, err := st.TemplateOf(m.WorkshopID)
	if err != nil {
		t.Fatal(err)
	}
	if fe := tm.Validate(); len(fe) > 0 {
		t.Fatalf("the written workshop is not a valid template: %v", fe)
	}
	k := tm.Meetings[0]
	if k.Date != "2023-12-08" || k.Place != "大会議室" || len(k.Agenda) != 3 || k.Agenda[1].Title != "追加の説明" ||
		!k.Agenda[2].Skipped || k.Agenda[0].Speaker != "市長" || tm.Meetings[1].Date != "" {
		t.Errorf("template = %+v", tm.Meetings)
	}
	want := sampleTemplate()
	want.Workshop.ID = tm.Workshop.ID // the workshop's own identity
	second, wantSecond := tm.Meetings[1], want.Meetings[1]
	if !reflect.DeepEqual(tm.Pillars, want.Pillars) || tm.Workshop != want.Workshop || second.Title != wantSecond.Title ||
		len(second.Agenda) != len(wantSecond.Agenda) || second.Agenda[0].Title != wantSecond.Agenda[0].Title ||
		second.Agenda[0].Minutes != wantSecond.Agenda[0].Minutes || second.Agenda[0].Skipped {
		t.Errorf("template = %+v", tm)
	}
}
