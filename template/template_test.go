package template

import (
	"errors"
	"strings"
	"testing"

	"yoriai/model"
)

func TestDefaultParses(t *testing.T) {
	tm, err := Parse(Default())
	if err != nil {
		t.Fatalf("the default template has problems:\n%v", err)
	}
	if tm.Workshop.Title != "鹿島市 DX推進ワーキンググループ検討会" || tm.Workshop.Vision != "みんなが住みやすく、暮らしやすいまち" || tm.Workshop.TargetFiscalYear != "令和6年度" {
		t.Errorf("workshop %+v", tm.Workshop)
	}
	var pillars []string
	for _, p := range tm.Pillars {
		pillars = append(pillars, p.Name)
	}
	if got := strings.Join(pillars, "/"); got != "市民の利便性向上/業務の効率化/人財育成" {
		t.Errorf("pillars %s", got)
	}
	if len(tm.Meetings) != 6 {
		t.Fatalf("%d meetings, want 6", len(tm.Meetings))
	}
	k := tm.Meetings[0]
	if k.Title != "キックオフ" || k.Date != "2022-12-09" || k.Start != "09:00" || k.End != "11:00" || k.Place != "庁議室" {
		t.Errorf("kickoff %+v", k)
	}
	var kinds []string
	total := 0
	for _, it := range k.Agenda {
		kinds = append(kinds, string(it.Kind))
		total += it.Minutes
	}
	if total != 120 {
		t.Errorf("kickoff minutes sum to %d, want 120", total)
	}
	want := "video briefing briefing briefing briefing briefing video prompt prompt poll wrap_up"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("kickoff kinds\n got %s\nwant %s", got, want)
	}
	poll := k.Agenda[9]
	if len(poll.Questions) != 2 || len(poll.Questions[0].Choices) != 5 || poll.Questions[1].Kind != model.QuestionText {
		t.Errorf("poll %+v", poll.Questions)
	}
	if k.Agenda[6].Speaker != "福島県磐梯町CDO（最高デジタル責任者） 菅原 直敏 氏" {
		t.Errorf("video speaker %q", k.Agenda[6].Speaker)
	}
	for i, m := range tm.Meetings[4:] {
		if m.FiscalYear != "令和5年度" {
			t.Errorf("meeting %d fiscal year %q, want 令和5年度", i+5, m.FiscalYear)
		}
	}
	d := tm.Diagrams
	if len(d.Org) != 5 || d.Org[1].Parent != "mayor" || d.Org[4].Advises != "hq" || len(d.Stages) != 4 || d.CurrentStage != 2 {
		t.Errorf("diagrams %+v", d)
	}
	if k.Agenda[1].Diagram != model.DiagramOrg || k.Agenda[3].Diagram != model.DiagramStages || k.Agenda[4].Diagram != model.DiagramPillars {
		t.Errorf("kickoff diagrams %q %q %q", k.Agenda[1].Diagram, k.Agenda[3].Diagram, k.Agenda[4].Diagram)
	}
	if SHA256(Default()) != SHA256(Default()) || len(SHA256(Default())) != 64 {
		t.Error("SHA256 unstable")
	}
}

const small = `workshop:
  title: 小城市 DX検討会
pillars:
  - name: 市民の利便性向上
meetings:
  - number: 1
    title: キックオフ
    date: 2023-04-10
    start: "13:00"
    end: "14:00"
    agenda:
      - kind: briefing
        title: はじめに
        minutes: 30
`

func issues(t *testing.T, src string) []Issue {
	t.Helper()
	_, err := Parse([]byte(src))
	var te *Error
	if !errors.As(err, &te) {
		t.Fatalf("want *Error, got %v", err)
	}
	return te.Issues
}

func TestParseSmall(t *testing.T) {
	tm, err := Parse([]byte(small))
	if err != nil {
		t.Fatal(err)
	}
	if tm.Meetings[0].Agenda[0].Minutes != 30 || tm.Meetings[0].Date != "2023-04-10" {
		t.Errorf("%+v", tm.Meetings[0])
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		line    int
		path    string
		problem model.Problem
	}{
		{"unknown key", strings.Replace(small, "        minutes: 30", "        minuts: 30", 1), 14, "meetings[0].agenda[0].minuts", model.ProblemUnknownField},
		{"minutes in words", strings.Replace(small, "minutes: 30", "minutes: 十分", 1), 14, "meetings[0].agenda[0].minutes", model.ProblemWrongType},
		{"unknown kind", strings.Replace(small, "kind: briefing", "kind: lecture", 1), 12, "meetings[0].agenda[0].kind", model.ProblemBadKind},
		{"missing title", strings.Replace(small, "  title: 小城市 DX検討会\n", "  organisation: 小城市\n", 1), 1, "workshop.title", model.ProblemRequired},
		{"bad date", strings.Replace(small, "2023-04-10", "2022-13-40", 1), 8, "meetings[0].date", model.ProblemBadDate},
		{"end before start", strings.Replace(small, `end: "14:00"`, `end: "12:00"`, 1), 10, "meetings[0].end", model.ProblemEndBeforeFrom},
		{"over the slot", strings.Replace(small, "minutes: 30", "minutes: 90", 1), 11, "meetings[0].agenda", model.ProblemOverSlot},
		{"syntax", strings.Replace(small, "title: キックオフ", "title: 'キックオフ", 1), 7, "(file)", model.ProblemSyntax},
		{"a list at the top", "- a\n- b\n", 1, "(file)", model.ProblemNotAMapping},
		{"shift_jis", "workshop:\n  title: \x8e\x8e\n", 2, "(file)", model.ProblemBadEncoding},
		{"too large", small + "#" + strings.Repeat("x", model.MaxTemplateBytes), 0, "(file)", model.ProblemFileTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is := issues(t, tt.src)
			got := is[0]
			if got.Line != tt.line || got.Path != tt.path || got.Problem != tt.problem {
				t.Errorf("got line %d %s %s, want line %d %s %s (all: %+v)", got.Line, got.Path, got.Problem, tt.line, tt.path, tt.problem, is)
			}
		})
	}
}

func TestParseReportsAllInOrder(t *testing.T) {
	src := strings.Replace(strings.Replace(small, "kind: briefing", "kind: lecture", 1), "2023-04-10", "10/4/2023", 1)
	is := issues(t, src)
	if len(is) != 2 || is[0].Path != "meetings[0].date" || is[1].Path != "meetings[0].agenda[0].kind" || is[0].Line > is[1].Line {
		t.Errorf("issues %+v", is)
	}
}

func TestParseCleansAndAcceptsBOM(t *testing.T) {
	src := "\xef\xbb\xbf" + strings.Replace(small, "title: はじめに", "title: \"はじめに\\e[31m\\u202e\"", 1)
	tm, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := tm.Meetings[0].Agenda[0].Title; got != "はじめに" {
		t.Errorf("title %q, want it cleaned", got)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(Default())
	f.Add([]byte(small))
	f.Add([]byte("workshop: [\n"))
	f.Add([]byte("meetings:\n  - agenda: *a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, _ = Parse(data) // must not panic
	})
}
