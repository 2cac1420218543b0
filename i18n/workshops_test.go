package i18n

import (
	"reflect"
	"strings"
	"testing"

	"yoriai/model"
)

func TestWorkshopsAreAllWorded(t *testing.T) {
	for _, c := range []*Catalog{&ja, &en} {
		v := reflect.ValueOf(c.Workshops)
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.String && f.String() == "" {
				t.Errorf("%s: Workshops.%s is empty", c.AppName, v.Type().Field(i).Name)
			}
		}
		for _, k := range []model.ChangeKind{model.ChangeAdded, model.ChangeRemoved, model.ChangeKept, model.ChangeRestored,
			model.ChangeRenamed, model.ChangeMoved, model.ChangeRetimed, model.ChangeRedated, model.ChangePlaced, model.ChangeText} {
			if c.Workshops.Kinds[k] == "" {
				t.Errorf("%s: change kind %s has no words", c.AppName, k)
			}
		}
	}
}

func TestChangeWords(t *testing.T) {
	w := ja.Workshops
	tests := []struct {
		c    model.Change
		want string
	}{
		{model.Change{Kind: model.ChangeRedated, Target: model.TargetMeeting, Meeting: 2, MeetingTitle: "第2回", Field: "date", New: "2023-01-20"},
			"第2回：日付の変更 — → 2023-01-20"},
		{model.Change{Kind: model.ChangeRetimed, Target: model.TargetItem, Meeting: 1, MeetingTitle: "キックオフ", Item: "市長から", Field: "minutes", Old: "10", New: "15"},
			"キックオフ「市長から」：時間の変更（予定の分数） 10 → 15"},
		{model.Change{Kind: model.ChangeKept, Target: model.TargetItem, MeetingTitle: "キックオフ", Item: "投票"},
			"キックオフ「投票」：テンプレートから削除（記録があるので残し、テンプレート外として表示）"},
	}
	for _, tt := range tests {
		if got := w.Change(tt.c); got != tt.want {
			t.Errorf("Change(%+v)\n got %q\nwant %q", tt.c, got, tt.want)
		}
	}
	if got := en.Workshops.Change(tests[0].c); !strings.Contains(got, "re-dated") {
		t.Errorf("English: %q", got)
	}
}
