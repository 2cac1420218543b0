package main

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/model"
	"yoriai/template"
)

// TestTemplateFromDB: yoriai template --db writes the workshop as edited on
// the day, and a workshop made from that file is the same workshop again.
func TestTemplateFromDB(t *testing.T) {
	path := filepath.Join(t.TempDir(), "y.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := template.Parse(template.Default())
	w, err := st.CreateWorkshop(tmpl, "sha", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	second := ms[1]
	second.Date, second.Place = model.Date{Year: 2024, Month: 1, Day: 19}, "第2会議室"
	if err := st.EditMeeting(second, time.Now()); err != nil {
		t.Fatal(err)
	}
	_, items, _ := st.Meeting(second.ID)
	if err := st.SkipItem(second.ID, items[0].ID, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertItem(second.ID, 1, model.KindBriefing, "前回のふりかえり", 5*time.Minute, time.Now()); err != nil {
		t.Fatal(err)
	}
	want, err := st.TemplateOf(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()

	code, out, errOut := runCLI("template", "--db", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got, err := template.Parse([]byte(out))
	if err != nil {
		t.Fatalf("the written template does not parse: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("template --db:\n got %+v\nwant %+v", got.Meetings[1], want.Meetings[1])
	}
	m := got.Meetings[1]
	if m.Date != "2024-01-19" || m.Place != "第2会議室" || !m.Agenda[0].Skipped || m.Agenda[1].Title != "前回のふりかえり" {
		t.Errorf("the edits are not in the file: %+v", m)
	}
	if !strings.Contains(out, "skipped: true") {
		t.Error("the skipped item is not marked")
	}

	// Next year's series starts from the file.
	next, err := db.Open(filepath.Join(t.TempDir(), "next.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer next.Close()
	nw, err := next.CreateWorkshop(got, template.SHA256([]byte(out)), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	again, err := next.TemplateOf(nw.ID)
	if err != nil || !reflect.DeepEqual(again, want) {
		t.Errorf("a workshop made from the file differs: %v\n%+v", err, again.Meetings[1])
	}

	if code, out, _ := runCLI("template"); code != 0 || out != string(template.Default()) {
		t.Error("without --db, template still prints the default")
	}
	if code, _, errOut := runCLI("template", "--db", filepath.Join(t.TempDir(), "none.db")); code == 0 || errOut == "" {
		t.Errorf("a database not there: exit %d, %q", code, errOut)
	}
}
