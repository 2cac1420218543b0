package i18n

import (
	"reflect"
	"testing"
	"time"

	"yoriai/model"
)

// TestRecordTextIsComplete checks the record's texts as
// TestCataloguesAreComplete checks the catalogue's.
func TestRecordTextIsComplete(t *testing.T) {
	j, e := reflect.ValueOf(jaRecord), reflect.ValueOf(enRecord)
	for i := range j.Type().NumField() {
		f := j.Type().Field(i)
		jv, ev := j.Field(i), e.Field(i)
		switch f.Type.Kind() {
		case reflect.String:
			if jv.String() == "" || ev.String() == "" {
				t.Errorf("Record.%s is empty in ja or en", f.Name)
			}
			if jf, ef := verb.FindAllString(jv.String(), -1), verb.FindAllString(ev.String(), -1); !reflect.DeepEqual(jf, ef) {
				t.Errorf("Record.%s: ja takes %v, en takes %v", f.Name, jf, ef)
			}
		case reflect.Map:
			if jv.Len() != 4 || ev.Len() != 4 {
				t.Errorf("Record.%s has %d entries in ja, %d in en", f.Name, jv.Len(), ev.Len())
			}
		}
	}
}

func TestDaysAndBadDue(t *testing.T) {
	d := model.Date{Year: 2023, Month: time.January, Day: 20}
	for _, tt := range []struct{ got, want string }{
		{ja.Day(d), "令和5年1月20日（金）"},
		{en.Day(d), "Fri 20 Jan 2023"},
		{ja.ShortDay(d), "R5.1.20"},
		{en.ShortDay(d), "20 Jan 2023"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	_, err := model.ParseTypedDate("2/30", d)
	if got := ja.BadDue("2/30", err); got != "期限「2/30」はない日付です。" {
		t.Errorf("BadDue = %q", got)
	}
	_, err = model.ParseTypedDate("あした", d)
	if got := ja.BadDue("あした", err); got != "期限「あした」を日付として読めません。1/20、1月20日、令和5年1月20日、R5.1.20 のように書きます。" {
		t.Errorf("BadDue = %q", got)
	}
}
