package i18n

import (
	"reflect"
	"testing"
	"time"

	"yoriai/model"
)

// TestReviewTextIsComplete: every text of the ふりかえり and the roster's
// attendance is there in both languages, with the same verbs.
func TestReviewTextIsComplete(t *testing.T) {
	j, e := reflect.ValueOf(ja.Review), reflect.ValueOf(en.Review)
	for i := range j.NumField() {
		name, jv, ev := j.Type().Field(i).Name, j.Field(i).String(), e.Field(i).String()
		if jv == "" || ev == "" {
			t.Errorf("Review.%s is empty in ja or en", name)
		}
		if jf, ef := verb.FindAllString(jv, -1), verb.FindAllString(ev, -1); !reflect.DeepEqual(jf, ef) {
			t.Errorf("Review.%s: ja takes %v, en takes %v", name, jf, ef)
		}
	}
}

func TestPresenceAndDue(t *testing.T) {
	tests := []struct {
		c    *Catalog
		p    model.Presence
		d    model.Date
		want [2]string
	}{
		{&ja, model.PresencePresent, model.Date{Year: 2023, Month: time.January, Day: 20}, [2]string{"出席", "期限 1/20"}},
		{&ja, model.PresenceAbsent, model.Date{}, [2]string{"欠席", "期限なし"}},
		{&ja, model.PresenceUnknown, model.Date{Year: 2023, Month: time.December, Day: 1}, [2]string{"未定", "期限 12/1"}},
		{&en, model.PresenceUnknown, model.Date{Year: 2023, Month: time.January, Day: 20}, [2]string{"?", "due Jan 20"}},
	}
	for _, tt := range tests {
		if got := [2]string{tt.c.Presence(tt.p), tt.c.Due(tt.d)}; got != tt.want {
			t.Errorf("Presence(%s), Due(%v) = %q, want %q", tt.p, tt.d, got, tt.want)
		}
	}
}
