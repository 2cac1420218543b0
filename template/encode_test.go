package template

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"yoriai/model"
)

func TestEncodeRoundTrip(t *testing.T) {
	def, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	def.Workshop.ID = "kashima-r4"
	def.Meetings[1].Date = "2023-01-20"
	data, err := Encode(def)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse(Encode(default)): %v\n%s", err, data)
	}
	if fmt.Sprintf("%v", back) != fmt.Sprintf("%v", def) {
		t.Errorf("round trip differs\n got %+v\nwant %+v", back, def)
	}
	if !strings.Contains(string(data), "id: kashima-r4") {
		t.Errorf("the identity is not written:\n%s", data[:400])
	}
}

func TestParseWorkshopID(t *testing.T) {
	src := strings.Replace(string(Default()), "workshop:\n", "workshop:\n  id: \"鹿島 市\"\n", 1)
	_, err := Parse([]byte(src))
	if err == nil || !strings.Contains(err.Error(), "workshop.id") {
		t.Errorf("a bad id is accepted: %v", err)
	}
}

// TestEncodeKeepsOnTheDayEdits: a template edited on the day (a skipped
// item, an inserted one, texts that need quoting) reads back unchanged,
// and the skipped item is marked once.
func TestEncodeKeepsOnTheDayEdits(t *testing.T) {
	edited, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	m := &edited.Meetings[1]
	m.Date, m.Start, m.End, m.Place = "2023-01-20", "13:30", "16:30", "第1会議室: 2階"
	m.Agenda = append([]model.ItemSpec{{Kind: model.KindBriefing, Title: "追加: 前回のふりかえり", Minutes: 5,
		Body: "一行目\n\n  字下げした行\n# 見出しではない"}}, m.Agenda...)
	m.Agenda[1].Skipped = true
	m.Agenda[1].URL = "file:///C:/動画/市長.mp4"
	data, err := Encode(edited)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse(Encode) = %v\n%s", err, data)
	}
	if !reflect.DeepEqual(back, edited) {
		t.Errorf("round trip changed the template:\n got %+v\nwant %+v", back.Meetings[1], edited.Meetings[1])
	}
	if body := strings.TrimPrefix(string(data), encodeHeader); strings.Count(body, "skipped: true") != 1 || strings.Count(body, "skipped:") != 1 {
		t.Errorf("the skipped item is not marked once:\n%s", data)
	}
}

func TestParseSkippedMustBeBool(t *testing.T) {
	def, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	data, _ := Encode(def)
	bad := strings.Replace(string(data), "minutes: 5\n", "minutes: 5\n        skipped: たぶん\n", 1)
	if bad == string(data) {
		t.Skip("no item of 5 minutes to mark")
	}
	if _, err := Parse([]byte(bad)); err == nil || !strings.Contains(err.Error(), "skipped") {
		t.Errorf("a skipped that is not true/false: %v", err)
	}
}
