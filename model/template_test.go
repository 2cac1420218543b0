package model

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func validTemplate() Template {
	return Template{
		Workshop: WorkshopSpec{Title: "テスト市 DX検討会"},
		Pillars:  []PillarSpec{{Name: "市民の利便性向上"}},
		Meetings: []MeetingSpec{{
			Number: 1, Title: "キックオフ", Date: "2022-12-09", Start: "09:00", End: "11:00",
			Agenda: []ItemSpec{
				{Kind: KindBriefing, Title: "説明", Minutes: 60},
				{Kind: KindPrompt, Title: "問い", Question: "どうなっているといい？", Minutes: 30},
				{Kind: KindPoll, Title: "投票", Minutes: 30, Questions: []PollQuestion{
					{Text: "必要か", Kind: QuestionChoice, Choices: []string{"はい", "いいえ"}},
					{Text: "なぜ", Kind: QuestionText},
				}},
			},
		}},
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Template)
		want   []FieldError
	}{
		{"valid", func(*Template) {}, nil},
		{"missing title", func(t *Template) { t.Workshop.Title = " 　" }, []FieldError{{Path: "workshop.title", Problem: ProblemRequired}}},
		{"no pillars", func(t *Template) { t.Pillars = nil }, []FieldError{{Path: "pillars", Problem: ProblemRequired}}},
		{"too many pillars", func(t *Template) { t.Pillars = make([]PillarSpec, MaxPillars+1); fillNames(t.Pillars) },
			[]FieldError{{Path: "pillars", Problem: ProblemTooMany, Limit: MaxPillars}}},
		{"numbers out of order", func(t *Template) { t.Meetings[0].Number = 2 },
			[]FieldError{{Path: "meetings[0].number", Problem: ProblemBadNumber, Limit: 1, Value: "2"}}},
		{"bad date", func(t *Template) { t.Meetings[0].Date = "2022-13-40" },
			[]FieldError{{Path: "meetings[0].date", Problem: ProblemBadDate, Value: "2022-13-40"}}},
		{"bad time", func(t *Template) { t.Meetings[0].Start = "9時" },
			[]FieldError{{Path: "meetings[0].start", Problem: ProblemBadTime, Value: "9時"}}},
		{"end before start", func(t *Template) { t.Meetings[0].End = "08:00" },
			[]FieldError{{Path: "meetings[0].end", Problem: ProblemEndBeforeFrom, Value: "08:00"}}},
		{"over the slot", func(t *Template) { t.Meetings[0].Agenda[0].Minutes = 61 },
			[]FieldError{{Path: "meetings[0].agenda", Problem: ProblemOverSlot, Limit: 120, Value: "121"}}},
		{"bad kind", func(t *Template) { t.Meetings[0].Agenda[0].Kind = "lecture" },
			[]FieldError{{Path: "meetings[0].agenda[0].kind", Problem: ProblemBadKind, Value: "lecture"}}},
		{"negative minutes", func(t *Template) { t.Meetings[0].Agenda[0].Minutes = -5 },
			[]FieldError{{Path: "meetings[0].agenda[0].minutes", Problem: ProblemBadMinutes, Limit: MaxItemMinutes, Value: "-5"}}},
		{"prompt without question", func(t *Template) { t.Meetings[0].Agenda[1].Question = "" },
			[]FieldError{{Path: "meetings[0].agenda[1].question", Problem: ProblemRequired}}},
		{"poll without questions", func(t *Template) { t.Meetings[0].Agenda[2].Questions = nil },
			[]FieldError{{Path: "meetings[0].agenda[2].questions", Problem: ProblemNoQuestions}}},
		{"one choice", func(t *Template) { t.Meetings[0].Agenda[2].Questions[0].Choices = []string{"はい"} },
			[]FieldError{{Path: "meetings[0].agenda[2].questions[0].choices", Problem: ProblemNoChoices, Limit: 2}}},
		{"unknown question kind", func(t *Template) { t.Meetings[0].Agenda[2].Questions[1].Kind = "scale" },
			[]FieldError{{Path: "meetings[0].agenda[2].questions[1].kind", Problem: ProblemBadQuestion, Value: "scale"}}},
		{"title one rune too long", func(t *Template) { t.Workshop.Title = strings.Repeat("字", MaxTitleRunes+1) },
			[]FieldError{{Path: "workshop.title", Problem: ProblemTooLong, Limit: MaxTitleRunes}}},
		{"title at the limit in runes, over it in bytes", func(t *Template) { t.Workshop.Title = strings.Repeat("字", MaxTitleRunes) }, nil},
		{"several, in file order", func(t *Template) {
			t.Workshop.Title = ""
			t.Meetings[0].Agenda[0].Kind = "x"
			t.Meetings[0].Date = "x"
		}, []FieldError{
			{Path: "workshop.title", Problem: ProblemRequired},
			{Path: "meetings[0].date", Problem: ProblemBadDate, Value: "x"},
			{Path: "meetings[0].agenda[0].kind", Problem: ProblemBadKind, Value: "x"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := validTemplate()
			tt.change(&tm)
			if got := tm.Validate(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Validate() =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func fillNames(ps []PillarSpec) {
	for i := range ps {
		ps[i].Name = "柱"
	}
}

func TestMeetingSpecItems(t *testing.T) {
	items := validTemplate().Meetings[0].Items()
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	for i, it := range items {
		if it.Position != i || it.State != ItemPending || it.Timer.Running() {
			t.Errorf("item %d: %+v", i, it)
		}
	}
	if items[0].Planned != time.Hour || items[1].Question == "" || len(items[2].Questions) != 2 {
		t.Errorf("items %+v", items)
	}
}

func TestValidateDiagrams(t *testing.T) {
	org := func(nodes ...OrgNode) func(*Template) {
		return func(t *Template) { t.Diagrams.Org = nodes }
	}
	tests := []struct {
		name   string
		change func(*Template)
		want   []FieldError
	}{
		{"a tree with an adviser", org(OrgNode{ID: "a", Label: "市長"}, OrgNode{ID: "b", Label: "本部", Parent: "a"}, OrgNode{ID: "c", Label: "外部", Advises: "b"}), nil},
		{"duplicate id", org(OrgNode{ID: "a", Label: "x"}, OrgNode{ID: "a", Label: "y"}),
			[]FieldError{{Path: "diagrams.organisation[1].id", Problem: ProblemDuplicateID, Value: "a"}}},
		{"unknown parent", org(OrgNode{ID: "a", Label: "x", Parent: "z"}),
			[]FieldError{{Path: "diagrams.organisation[0].parent", Problem: ProblemUnknownID, Value: "z"}}},
		{"cycle", org(OrgNode{ID: "a", Label: "x", Parent: "b"}, OrgNode{ID: "b", Label: "y", Parent: "a"}), []FieldError{
			{Path: "diagrams.organisation[0].parent", Problem: ProblemCycle, Value: "b"},
			{Path: "diagrams.organisation[1].parent", Problem: ProblemCycle, Value: "a"}}},
		{"stage out of range", func(t *Template) {
			t.Diagrams.Stages = []Stage{{Title: "第1段階"}}
			t.Diagrams.CurrentStage = 2
		}, []FieldError{{Path: "diagrams.current_stage", Problem: ProblemBadStage, Limit: 1, Value: "2"}}},
		{"unknown diagram on an item", func(t *Template) { t.Meetings[0].Agenda[0].Diagram = "map" },
			[]FieldError{{Path: "meetings[0].agenda[0].diagram", Problem: ProblemBadDiagram, Value: "map"}}},
		{"an item shows a chart the template lacks", func(t *Template) { t.Meetings[0].Agenda[0].Diagram = DiagramOrg },
			[]FieldError{{Path: "meetings[0].agenda[0].diagram", Problem: ProblemNoDiagram, Value: "organisation"}}},
		{"pillars need no data", func(t *Template) { t.Meetings[0].Agenda[0].Diagram = DiagramPillars }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := validTemplate()
			tt.change(&tm)
			if got := tm.Validate(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Validate() =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}
