package i18n

import (
	"reflect"
	"testing"
)

func TestWallIsComplete(t *testing.T) {
	j, e := reflect.ValueOf(ja.Wall), reflect.ValueOf(en.Wall)
	for i := range j.NumField() {
		if j.Field(i).String() == "" || e.Field(i).String() == "" {
			t.Errorf("Wall.%s is empty in ja or en", j.Type().Field(i).Name)
		}
	}
}
