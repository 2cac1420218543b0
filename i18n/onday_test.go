package i18n

import (
	"reflect"
	"testing"
)

func TestOnDayIsComplete(t *testing.T) {
	j, e := reflect.ValueOf(ja.OnDay), reflect.ValueOf(en.OnDay)
	for i := range j.NumField() {
		name := j.Type().Field(i).Name
		jv, ev := j.Field(i).String(), e.Field(i).String()
		if jv == "" || ev == "" {
			t.Errorf("OnDay.%s is empty in ja or en", name)
		}
		if jf, ef := verb.FindAllString(jv, -1), verb.FindAllString(ev, -1); !reflect.DeepEqual(jf, ef) {
			t.Errorf("OnDay.%s: ja takes %v, en takes %v", name, jf, ef)
		}
	}
}
