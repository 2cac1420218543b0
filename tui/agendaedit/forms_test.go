package agendaedit

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

func TestParseMinutes(t *testing.T) {
	for in, want := range map[string]int{"15": 15, "１５": 15, "15分": 15, " 0 ": 0, "1440": 1440} {
		if got, ok := parseMinutes(in); !ok || got != want {
			t.Errorf("parseMinutes(%q) = %d, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "-1", "1441", "十五", "15m"} {
		if _, ok := parseMinutes(in); ok {
			t.Errorf("parseMinutes(%q) accepted", in)
		}
	}
}

func typeInto(f *Form, s string) {
	for _, r := range s {
		f.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func clearField(f *Form) {
	for range 40 {
		f.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
}

func TestMeetingForm(t *testing.T) {
	c := common.NewCommon(i18n.Japanese, "", 1)
	c.Now = func() time.Time { return time.Date(2023, 3, 1, 9, 0, 0, 0, time.UTC) }
	tab := tea.KeyPressMsg{Code: tea.KeyTab}
	for _, tc := range []struct {
		name                     string
		meeting                  model.Meeting
		date, start, end, topics string
		want                     model.Meeting
		problem                  string
	}{
		{name: "no year after the meeting's date", meeting: model.Meeting{Date: model.Date{Year: 2022, Month: 12, Day: 9}},
			date: "1/20", start: "9時", end: "11時半", topics: "顔合わせ・課題、まとめ",
			want: model.Meeting{Date: model.Date{Year: 2023, Month: 1, Day: 20}, Start: "09:00", End: "11:30",
				Topics: []string{"顔合わせ", "課題", "まとめ"}}},
		{name: "no date yet: from today", date: "3/17", start: "", end: "",
			want: model.Meeting{Date: model.Date{Year: 2023, Month: 3, Day: 17}}},
		{name: "era", date: "令和5年7月7日", start: "13:00", end: "14:00",
			want: model.Meeting{Date: model.Date{Year: 2023, Month: 7, Day: 7}, Start: "13:00", End: "14:00"}},
		{name: "no such day", date: "2/30", problem: c.T.OnDay.NoSuchDay},
		{name: "bad time", date: "", start: "朝", problem: c.T.OnDay.BadTime},
		{name: "end before start", start: "15:00", end: "14時", problem: c.T.OnDay.EndBeforeStart},
	} {
		f := NewMeetingForm(c, tc.meeting)
		f.Focus()
		for i, v := range []string{tc.date, tc.start, tc.end} {
			clearField(f)
			typeInto(f, v)
			if i < 2 {
				f.Update(tab)
			}
		}
		f.Update(tab) // place
		f.Update(tab)
		clearField(f)
		typeInto(f, tc.topics)
		got, problem := f.Meeting(tc.meeting)
		if problem != tc.problem {
			t.Errorf("%s: problem %q, want %q", tc.name, problem, tc.problem)
			continue
		}
		if problem == "" && (got.Date != tc.want.Date || got.Start != tc.want.Start || got.End != tc.want.End ||
			len(got.Topics) != len(tc.want.Topics)) {
			t.Errorf("%s: got %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestInsertFormChoosesKind(t *testing.T) {
	c := common.NewCommon(i18n.Japanese, "", 1)
	f := NewInsertForm(c)
	f.Update(tea.KeyPressMsg{Code: tea.KeyLeft}) // wraps to the last kind
	f.Update(tea.KeyPressMsg{Code: tea.KeyTab})
	typeInto(f, "まとめ直し")
	kind, title, planned, problem := f.Insert()
	if kind != model.ItemKinds[len(model.ItemKinds)-1] || title != "まとめ直し" || planned != 5*time.Minute || problem != "" {
		t.Errorf("Insert = %v %q %v %q", kind, title, planned, problem)
	}
	f.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	if !f.Asking() {
		t.Error("esc with a title typed does not ask")
	}
}
