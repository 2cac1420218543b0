package i18n

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"yoriai/model"
)

func TestCountsHaveTheirUnitsAndPlurals(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{en.Count(UnitVotes, 0), "0 votes"},
		{en.Count(UnitVotes, 1), "1 vote"},
		{en.Count(UnitVotes, 2), "2 votes"},
		{en.Count(UnitItems, 1), "1 item"},
		{en.Count(UnitItems, 2), "2 items"},
		{en.Count(UnitItems, 0), "0 items"},
		{en.Count(UnitBallots, 1), "1 ballot"},
		{en.Count(UnitReasons, 11), "11 reasons"},
		{en.Count(UnitDots, 1), "1 dot"},
		{en.Count(UnitMeetings, 6), "6 meetings"},
		{ja.Count(UnitVotes, 11), "11票"},
		{ja.Count(UnitVotes, 1), "1票"},
		{ja.Count(UnitItems, 2), "2件"},
		{ja.Count(UnitMeetings, 6), "6回"},
		{en.BallotsCast(1), "1 ballot cast"},
		{en.BallotsCast(3), "3 ballots cast"},
		{ja.BallotsCast(3), "投票 3票"},
		{en.ReasonsHidden(1), "1 reason (hidden until revealed)"},
		{ja.ReasonsHidden(1), "理由 1件（公開まで非表示）"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, c := range []*Catalog{&ja, &en} {
		for u := UnitVotes; u <= UnitLines; u++ {
			for _, n := range []int{0, 1, 2, 11} {
				if s := c.Count(u, n); !strings.Contains(s, strconv.Itoa(n)) || s == strconv.Itoa(n) {
					t.Errorf("unit %d of %d is %q", u, n, s)
				}
			}
		}
	}
}

func TestFiscalYearsByLanguage(t *testing.T) {
	tests := []struct {
		fy                       model.FiscalYear
		ja, en, jaShort, enShort string
	}{
		{2024, "令和6年度", "FY2024 (R6)", "R6", "FY2024"},
		{2019, "平成31年度", "FY2019 (H31)", "H31", "FY2019"},
		{2020, "令和2年度", "FY2020 (R2)", "R2", "FY2020"},
		{1988, "昭和63年度", "FY1988 (S63)", "S63", "FY1988"},
		{1920, "1920年度", "FY1920", "1920", "FY1920"},
	}
	for _, tt := range tests {
		if got := ja.FY(tt.fy); got != tt.ja {
			t.Errorf("ja FY(%d) = %q, want %q", tt.fy, got, tt.ja)
		}
		if got := en.FY(tt.fy); got != tt.en {
			t.Errorf("en FY(%d) = %q, want %q", tt.fy, got, tt.en)
		}
		if got := ja.FYShort(tt.fy); got != tt.jaShort {
			t.Errorf("ja FYShort(%d) = %q, want %q", tt.fy, got, tt.jaShort)
		}
		if got := en.FYShort(tt.fy); got != tt.enShort {
			t.Errorf("en FYShort(%d) = %q, want %q", tt.fy, got, tt.enShort)
		}
	}
	if got := en.Day(model.Date{Year: 2023, Month: 1, Day: 20}); got != "Fri 20 Jan 2023" {
		t.Errorf("en Day = %q", got)
	}
}

// isJapanese reports kanji, kana and the Japanese punctuation and
// full-width forms.
func isJapanese(r rune) bool {
	return r >= 0x3000 && r <= 0x30FF || r >= 0x3400 && r <= 0x4DBF || r >= 0x4E00 && r <= 0x9FFF ||
		r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFFEF
}

// eachText calls f with every text of v and where it is.
func eachText(path string, v reflect.Value, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			eachText(path+"."+v.Type().Field(i).Name, v.Field(i), f)
		}
	case reflect.Array, reflect.Slice:
		for i := range v.Len() {
			eachText(path, v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			eachText(path, v.MapIndex(k), f)
		}
	}
}

// TestEnglishHasNoJapanese checks every English text, nested ones too:
// no Japanese units, brackets or examples. The one exception names the
// character the doctor measures.
func TestEnglishHasNoJapanese(t *testing.T) {
	allowed := map[string]bool{"en.CLIText.DoctorClusters": true} // "Width of 👩‍💻 and ﾃﾞ"
	eachText("en", reflect.ValueOf(en), func(path, s string) {
		if strings.IndexFunc(s, isJapanese) >= 0 && !allowed[path] {
			t.Errorf("%s is not English: %q", path, s)
		}
		if strings.Contains(s, "Task ①") || strings.Contains(s, "Task ②") {
			t.Errorf("%s writes the task with a circled number, the English texts say Task 1 and Task 2: %q", path, s)
		}
	})
	eachText("ja", reflect.ValueOf(ja), func(path, s string) {
		if s == "" {
			t.Errorf("%s is empty", path)
		}
	})
}
