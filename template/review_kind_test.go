package template

import (
	"testing"

	"yoriai/model"
)

// TestDefaultReviews: meetings 2–6 of the default template open with a
// ふりかえり of kind review, and the kickoff has none.
func TestDefaultReviews(t *testing.T) {
	tm, err := Parse(Default())
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range tm.Meetings {
		n := 0
		for _, it := range m.Agenda {
			if it.Kind == model.KindReview {
				n++
			}
		}
		want := 1
		if m.Number == 1 {
			want = 0
		}
		if n != want || (want == 1 && (m.Agenda[0].Kind != model.KindReview || m.Agenda[0].Title != "前回とチャットのふりかえり")) {
			t.Errorf("meeting %d has %d review items (want %d), first %s %q", m.Number, n, want, m.Agenda[0].Kind, m.Agenda[0].Title)
		}
	}
}
