package model

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// FiscalYear is a Japanese public fiscal year, 1 April to 31 March, named
// by the Western year it starts in: 2024 is 令和6年度.
type FiscalYear int

// FiscalYearOf is the fiscal year d falls in: January to March belong to
// the year that began the April before.
func FiscalYearOf(d Date) FiscalYear {
	if d.Month < time.April {
		return FiscalYear(d.Year - 1)
	}
	return FiscalYear(d.Year)
}

// Start is the fiscal year's first day, 1 April.
func (fy FiscalYear) Start() Date { return Date{int(fy), time.April, 1} }

// End is its last day, 31 March of the next year.
func (fy FiscalYear) End() Date { return Date{int(fy) + 1, time.March, 31} }

// eraShort is the letter an era is abbreviated to (R6, H31).
var eraShort = map[string]string{"令和": "R", "平成": "H", "昭和": "S"}

// era is the era and year the fiscal year is named by: the era of its
// first day, as budget documents write it (FY2019 is 平成31年度, though
// 令和 began on 1 May 2019).
func (fy FiscalYear) era() (string, int, bool) { return fy.Start().JapaneseEra() }

// Label is the fiscal year as a city writes it: 令和6年度, 令和元年度 is not
// used for a year that began in 平成 (平成31年度). Before 昭和 it is 1925年度.
func (fy FiscalYear) Label() string {
	name, y, ok := fy.era()
	if !ok {
		return fmt.Sprintf("%d年度", int(fy))
	}
	ys := strconv.Itoa(y)
	if y == 1 {
		ys = "元"
	}
	return name + ys + "年度"
}

// Short is the fiscal year as a table header writes it: R6, H31.
func (fy FiscalYear) Short() string {
	name, y, ok := fy.era()
	if !ok {
		return strconv.Itoa(int(fy))
	}
	return eraShort[name] + strconv.Itoa(y)
}

// Next is the fiscal year after fy.
func (fy FiscalYear) Next() FiscalYear { return fy + 1 }

var fyPattern = regexp.MustCompile(`^(令和|平成|昭和|R|H|S|r|h|s)?\s*(元|\d{1,4})\s*(年度|年)?$`)

// ParseFiscalYear reads a fiscal year as people write it: 令和6年度, 令和元年度,
// R6, r6, 2024年度, 2024 (full-width digits too).
func ParseFiscalYear(s string) (FiscalYear, error) {
	s = strings.TrimSpace(foldWidth(s))
	m := fyPattern.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a fiscal year", s)
	}
	n := 1
	if m[2] != "元" {
		n, _ = strconv.Atoi(m[2])
	}
	era := strings.ToUpper(m[1])
	switch era {
	case "":
		if m[2] == "元" || n < 1900 {
			return 0, fmt.Errorf("%q is not a fiscal year", s)
		}
		return FiscalYear(n), nil
	case "R":
		era = "令和"
	case "H":
		era = "平成"
	case "S":
		era = "昭和"
	}
	for _, e := range eras {
		if e.name == era {
			return FiscalYear(e.start.Year + n - 1), nil
		}
	}
	return 0, fmt.Errorf("%q is not a fiscal year", s)
}

// TargetYear is the fiscal year a workshop's plan is for: the workshop's
// target as the template writes it (令和6年度), or else the year after the
// one d falls in.
func TargetYear(w Workshop, d Date) FiscalYear {
	if fy, err := ParseFiscalYear(w.TargetFiscalYear); err == nil {
		return fy
	}
	return FiscalYearOf(d) + 1
}
