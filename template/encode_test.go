package template

import (
	"reflect"
	"strings"
	"testing"

	"yoriai/model"
)

// TestEncodeRoundTrip: what Encode writes, Parse reads back unchanged, for
// the default template and for one edited on the day (a skipped item, an
// inserted one, texts that need quoting).
func TestEncodeRoundTrip(t *testing.T) {
	def, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	edited, _ := Parse(Default())
	edited.Meetings = append([]model.MeetingSpec(nil), edited.Meetings...)
	m := &edited.Meetings[1]
	m.Date, m.Start, m.End, m.Place = "2023-01-20", "13:30", "16:30", "第1会議室: 2階"
	m.Agenda = append([]model.ItemSpec{{Kind: model.KindBriefing, Title: "追加: 前回のふりかえり", Minutes: 5,
		Body: "一行目\n\n  字下げした行\n# 見出しではない"}}, m.Agenda...)
	m.Agenda[1].Skipped = true
	m.Agenda[1].URL = "file:///C:/動画/市長.mp4"
	for name, tm := range map[string]model.Template{"default": def, "edited": edited} {
		data, err := Encode(tm)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: Parse(Encode) = %v\n%s", name, err, data)
		}
		if !reflect.DeepEqual(back, tm) {
			t.Errorf("%s: round trip changed the template:\n got %+v\nwant %+v", name, back.Meetings[1], tm.Meetings[1])
		}
	}
	data, _ := Encode(edited)
	body := strings.TrimPrefix(string(data), encodedHeader)
	if strings.Count(body, "skipped: true") != 1 || strings.Count(body, "skipped:") != 1 {
		t.Errorf("the skipped item is not marked once:\n%s", data)
	}
}

func TestParseSkippedMustBeBool(t *testing.T) {
	data, _ := Encode(mustDefault(t))
	bad := strings.Replace(string(data), "minutes: 5\n", "minutes: 5\n        skipped: たぶん\n", 1)
	if bad == string(data) {
		t.Skip("no item of 5 minutes to mark")
	}
	if _, err := Parse([]byte(bad)); err == nil || !strings.Contains(err.Error(), "skipped") {
		t.Errorf("a skipped that is not true/false: %v", err)
	}
}

func mustDefault(t *testing.T) model.Template {
	t.Helper()
	tm, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	return tm
}
