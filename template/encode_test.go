package template

import (
	"fmt"
	"strings"
	"testing"
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
