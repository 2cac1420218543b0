package model

import (
	"testing"
	"time"
)

func TestFiscalYearOf(t *testing.T) {
	tests := []struct {
		d     Date
		label string
		short string
	}{
		{Date{2019, time.March, 31}, "平成30年度", "H30"},
		{Date{2019, time.April, 1}, "平成31年度", "H31"},
		{Date{2019, time.April, 30}, "平成31年度", "H31"},
		{Date{2019, time.May, 1}, "平成31年度", "H31"}, // 令和 began, but the year was named in April
		{Date{2020, time.March, 31}, "平成31年度", "H31"},
		{Date{2020, time.April, 1}, "令和2年度", "R2"},
		{Date{2022, time.December, 9}, "令和4年度", "R4"},
		{Date{2024, time.March, 31}, "令和5年度", "R5"},
		{Date{2024, time.April, 1}, "令和6年度", "R6"},
		{Date{1989, time.April, 1}, "平成元年度", "H1"},
	}
	for _, tt := range tests {
		fy := FiscalYearOf(tt.d)
		if fy.Label() != tt.label || fy.Short() != tt.short {
			t.Errorf("%v: %s %s, want %s %s", tt.d, fy.Label(), fy.Short(), tt.label, tt.short)
		}
		if got, err := ParseFiscalYear(tt.label); err != nil || got != fy {
			t.Errorf("ParseFiscalYear(%q) = %d, %v; want %d", tt.label, got, err, fy)
		}
		if got, _ := ParseFiscalYear(tt.short); got != fy {
			t.Errorf("ParseFiscalYear(%q) = %d, want %d", tt.short, got, fy)
		}
	}
	if FiscalYear(2024).Start() != (Date{2024, time.April, 1}) || FiscalYear(2024).End() != (Date{2025, time.March, 31}) {
		t.Error("Start/End")
	}
	// the era of a day (not a fiscal year) changes on 1 May 2019
	for _, tt := range []struct {
		d    Date
		name string
		year int
	}{{Date{2019, time.April, 30}, "平成", 31}, {Date{2019, time.May, 1}, "令和", 1}} {
		if name, y, _ := tt.d.JapaneseEra(); name != tt.name || y != tt.year {
			t.Errorf("%v: %s%d", tt.d, name, y)
		}
	}
}

func TestParseFiscalYear(t *testing.T) {
	for in, want := range map[string]FiscalYear{"令和6年度": 2024, "令和元年度": 2019, "R6": 2024, "ｒ６": 2024,
		"2024年度": 2024, "２０２４": 2024, " 令和 7 年度 ": 2025, "H31": 2019} {
		if got, err := ParseFiscalYear(in); err != nil || got != want {
			t.Errorf("ParseFiscalYear(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "来年度", "令和", "6", "元年度", "X6"} {
		if _, err := ParseFiscalYear(bad); err == nil {
			t.Errorf("ParseFiscalYear(%q) accepted", bad)
		}
	}
}
