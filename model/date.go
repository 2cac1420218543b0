package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day with no time zone, as a schedule writes it.
// The zero Date means "not fixed yet".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads "2006-01-02". An empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d == Date{} }

// String returns "2006-01-02", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday {
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).Weekday()
}

// era is a Japanese imperial era and the day it began.
type era struct {
	name  string
	start Date
}

// eras lists the modern eras, newest first.
var eras = []era{
	{"令和", Date{2019, time.May, 1}},
	{"平成", Date{1989, time.January, 8}},
	{"昭和", Date{1926, time.December, 25}},
}

func (d Date) before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month != o.Month {
		return d.Month < o.Month
	}
	return d.Day < o.Day
}

// JapaneseEra returns the era name and year of d (令和, 4 for 2022-12-09).
// ok is false for dates before 昭和.
func (d Date) JapaneseEra() (name string, year int, ok bool) {
	for _, e := range eras {
		if !d.before(e.start) {
			return e.name, d.Year - e.start.Year + 1, true
		}
	}
	return "", 0, false
}

var weekdaysJA = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// FormatJapanese writes d the way a city document does: 令和4年12月9日（金）.
// The first year of an era is written 元年. Dates before 昭和 fall back to
// the Western year.
func (d Date) FormatJapanese() string {
	wd := weekdaysJA[d.Weekday()]
	name, y, ok := d.JapaneseEra()
	if !ok {
		return fmt.Sprintf("%d年%d月%d日（%s）", d.Year, int(d.Month), d.Day, wd)
	}
	ys := strconv.Itoa(y)
	if y == 1 {
		ys = "元"
	}
	return fmt.Sprintf("%s%s年%d月%d日（%s）", name, ys, int(d.Month), d.Day, wd)
}

// FormatEnglish writes d as "Fri 9 Dec 2022".
func (d Date) FormatEnglish() string {
	return fmt.Sprintf("%s %d %s %d", d.Weekday().String()[:3], d.Day, d.Month.String()[:3], d.Year)
}

// ParseClock reads a time of day "9:00" or "09:00" and returns minutes since
// midnight.
func ParseClock(s string) (int, error) {
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 || hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return 0, fmt.Errorf("time %q is not HH:MM", s)
	}
	return hh*60 + mm, nil
}

// FormatClock writes minutes since midnight as "9:00".
func FormatClock(min int) string {
	return fmt.Sprintf("%d:%02d", min/60, min%60)
}
