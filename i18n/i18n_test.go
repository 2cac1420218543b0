package i18n

import (
	"reflect"
	"regexp"
	"testing"

	"yoriai/model"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCataloguesAreComplete checks that every text exists in both languages
// and that a format takes the same values in the same order in both.
func TestCataloguesAreComplete(t *testing.T) {
	j, e := reflect.ValueOf(ja), reflect.ValueOf(en)
	typ := j.Type()
	for i := range typ.NumField() {
		f := typ.Field(i)
		jv, ev := j.Field(i), e.Field(i)
		switch f.Type.Kind() {
		case reflect.String:
			if jv.String() == "" || ev.String() == "" {
				t.Errorf("%s is empty in ja or en", f.Name)
			}
			if jf, ef := verb.FindAllString(jv.String(), -1), verb.FindAllString(ev.String(), -1); !reflect.DeepEqual(jf, ef) {
				t.Errorf("%s: ja takes %v, en takes %v", f.Name, jf, ef)
			}
		case reflect.Array:
			for k := range jv.Len() {
				if jv.Index(k).String() == "" || ev.Index(k).String() == "" {
					t.Errorf("%s[%d] is empty in ja or en", f.Name, k)
				}
			}
		case reflect.Map:
			if jv.Len() != ev.Len() {
				t.Errorf("%s has %d entries in ja, %d in en", f.Name, jv.Len(), ev.Len())
			}
		}
	}
	for _, k := range model.ItemKinds {
		if ja.Kinds[k] == "" || en.Kinds[k] == "" {
			t.Errorf("kind %s has no name", k)
		}
	}
	for _, r := range model.Roles {
		if ja.Roles[r] == "" || en.Roles[r] == "" {
			t.Errorf("role %s has no name", r)
		}
	}
}

func TestProblemsAreAllWorded(t *testing.T) {
	problems := []model.Problem{
		model.ProblemRequired, model.ProblemTooLong, model.ProblemTooMany, model.ProblemBadKind,
		model.ProblemBadQuestion, model.ProblemBadDate, model.ProblemBadTime, model.ProblemEndBeforeFrom,
		model.ProblemBadMinutes, model.ProblemBadNumber, model.ProblemNoChoices, model.ProblemNoQuestions,
		model.ProblemOverSlot, model.ProblemNotAMapping, model.ProblemUnknownField, model.ProblemWrongType,
		model.ProblemSyntax, model.ProblemBadEncoding, model.ProblemFileTooLarge,
		model.ProblemDuplicateID, model.ProblemUnknownID, model.ProblemCycle, model.ProblemBadStage,
		model.ProblemBadDiagram, model.ProblemNoDiagram, model.ProblemBadID,
	}
	for _, c := range []*Catalog{&ja, &en} {
		for _, p := range problems {
			if c.Problems[p] == "" {
				t.Errorf("%s problem %s has no words", c.AppName, p)
			}
		}
	}
	got := ja.TemplateIssue(12, model.FieldError{Path: "meetings[0].agenda[3].minutes", Problem: model.ProblemBadMinutes, Limit: 1440, Value: "-5"})
	want := `  12 行目 meetings[0].agenda[3].minutes：分は 0 から 1440 までの数です（"-5"）`
	if got != want {
		t.Errorf("TemplateIssue = %q, want %q", got, want)
	}
}

func TestMeetingWhen(t *testing.T) {
	m := model.Meeting{Date: model.Date{Year: 2022, Month: 12, Day: 9}, Start: "09:00", End: "11:00"}
	tests := []struct {
		name string
		c    *Catalog
		m    model.Meeting
		want string
	}{
		{"ja", &ja, m, "令和4年12月9日（金） 9:00–11:00"},
		{"en", &en, m, "Fri 9 Dec 2022 9:00–11:00"},
		{"no date", &ja, model.Meeting{}, "日程未定"},
		{"no end", &ja, model.Meeting{Date: m.Date, Start: "13:30"}, "令和4年12月9日（金） 13:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.MeetingWhen(tt.m); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"ja": Japanese, "EN": English, "ja_JP.UTF-8": Japanese, "en-US": English} {
		if got, err := ParseLang(in); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error("fr should be refused")
	}
}

// TestChatTextIsComplete checks the chat dialog's and digest's texts as
// TestCataloguesAreComplete checks the rest.
func TestChatTextIsComplete(t *testing.T) {
	j, e := reflect.ValueOf(ja.Chat), reflect.ValueOf(en.Chat)
	for i := range j.NumField() {
		name, jv, ev := j.Type().Field(i).Name, j.Field(i).String(), e.Field(i).String()
		if jv == "" || ev == "" {
			t.Errorf("Chat.%s is empty in ja or en", name)
		}
		if jf, ef := verb.FindAllString(jv, -1), verb.FindAllString(ev, -1); !reflect.DeepEqual(jf, ef) {
			t.Errorf("Chat.%s: ja takes %v, en takes %v", name, jf, ef)
		}
	}
}
