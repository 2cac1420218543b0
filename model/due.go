package model

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Errors of a date typed the way people write one (ParseTypedDate). A
// *DateError wraps one of them; match with errors.Is.
var (
	ErrDateFormat  = errors.New("not a date (write it as 1/20, 1月20日, 令和5年1月20日, R5.1.20 or 2023-01-20)")
	ErrNoSuchDay   = errors.New("there is no such day")
	ErrEraRange    = errors.New("the era had no such day")
	ErrDateNoYear  = errors.New("a date without a year needs the meeting's date")
	ErrWeekdayDiff = errors.New("the day of the week does not match the date")
)

// DateError is a typed date that could not be read: what was typed and
// why (one of the Err… above).
type DateError struct {
	Input string
	Err   error
}

// Error says what was typed and what is wrong with it.
func (e *DateError) Error() string { return fmt.Sprintf("date %q: %v", e.Input, e.Err) }

// Unwrap returns the reason, for errors.Is.
func (e *DateError) Unwrap() error { return e.Err }

// eraLetters maps the one-letter era abbreviations (R5.1.20) to the era.
var eraLetters = map[string]string{"R": "令和", "H": "平成", "S": "昭和"}

var (
	// an era year and a date: 令和5年1月20日, R5.1.20, R5/1/20, H31年4月30日
	reEra = regexp.MustCompile(`^(令和|平成|昭和|[RHSrhs])(元|\d{1,2})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2}))$`)
	// a Western year and a date: 2023-01-20, 2023/1/20, 2023.1.20, 2023年1月20日
	reYear = regexp.MustCompile(`^(\d{4})(?:年(\d{1,2})月(\d{1,2})日?|[./-](\d{1,2})[./-](\d{1,2}))$`)
	// a month and a day: 1/20, 1.20, 1月20日
	reMonthDay = regexp.MustCompile(`^(\d{1,2})(?:月(\d{1,2})日?|[./](\d{1,2}))$`)
	// a day of the week after the date: (金), （金曜日）
	reWeekday = regexp.MustCompile(`\(([日月火水木金土])(?:曜日?)?\)$`)
)

// ParseTypedDate reads a date the way people type one, such as a 期限:
// "1/20", "1月20日", "令和5年1月20日", "R5.1.20", "R5/1/20", "2023-01-20",
// "2023/1/20", with full-width digits too and an optional day of the
// week after it ("1/20（金）", which must match). A date without a year
// is the next such day on or after ref (the meeting's date): at a
// December meeting "1/20" is next January. An empty string gives the
// zero Date. Every other input gives a *DateError.
func ParseTypedDate(s string, ref Date) (Date, error) {
	in := s
	s = strings.Join(strings.Fields(foldWidth(s)), "")
	if s == "" {
		return Date{}, nil
	}
	fail := func(err error) (Date, error) { return Date{}, &DateError{Input: strings.TrimSpace(in), Err: err} }
	weekday := -1
	if m := reWeekday.FindStringSubmatch(s); m != nil {
		for i, w := range weekdaysJA {
			if w == m[1] {
				weekday = i
			}
		}
		s = strings.TrimSuffix(s, m[0])
	}
	var d Date
	var err error
	switch {
	case reEra.MatchString(s):
		m := reEra.FindStringSubmatch(s)
		d, err = eraDate(m[1], m[2], pick(m[3], m[5]), pick(m[4], m[6]))
	case reYear.MatchString(s):
		m := reYear.FindStringSubmatch(s)
		d, err = makeDate(atoi(m[1]), atoi(pick(m[2], m[4])), atoi(pick(m[3], m[5])))
	case reMonthDay.MatchString(s):
		m := reMonthDay.FindStringSubmatch(s)
		d, err = nextMonthDay(atoi(m[1]), atoi(pick(m[2], m[3])), ref)
	default:
		err = ErrDateFormat
	}
	if err != nil {
		return fail(err)
	}
	if weekday >= 0 && int(d.Weekday()) != weekday {
		return fail(ErrWeekdayDiff)
	}
	return d, nil
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s) // the patterns let only digits through
	return n
}

// makeDate is the day y-m-d, or ErrNoSuchDay (2月30日, 13月1日).
func makeDate(y, m, d int) (Date, error) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return Date{}, ErrNoSuchDay
	}
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Date{}, ErrNoSuchDay
	}
	return DateOf(t), nil
}

// eraDate is the day of an era year: 令和5年1月20日 is 2023-01-20. The day
// must fall inside the era (平成31年4月30日 does, 平成32年1月1日 does not).
func eraDate(name, year, month, day string) (Date, error) {
	if full, ok := eraLetters[strings.ToUpper(name)]; ok {
		name = full
	}
	y := 1
	if year != "元" {
		y = atoi(year)
	}
	for i, e := range eras {
		if e.name != name {
			continue
		}
		if y < 1 {
			return Date{}, ErrEraRange
		}
		d, err := makeDate(e.start.Year+y-1, atoi(month), atoi(day))
		if err != nil {
			return d, err
		}
		if d.before(e.start) || (i > 0 && !d.before(eras[i-1].start)) {
			return Date{}, ErrEraRange
		}
		return d, nil
	}
	return Date{}, ErrDateFormat
}

// nextMonthDay is the first month/day on or after ref; 2/29 waits for a
// leap year.
func nextMonthDay(m, d int, ref Date) (Date, error) {
	if _, err := makeDate(2024, m, d); err != nil { // a leap year has every day there is
		return Date{}, err
	}
	if ref.IsZero() {
		return Date{}, ErrDateNoYear
	}
	for y := ref.Year; y <= ref.Year+8; y++ {
		if got, err := makeDate(y, m, d); err == nil && !got.before(ref) {
			return got, nil
		}
	}
	return Date{}, ErrNoSuchDay
}

// DateOf is the calendar day of t in t's own location.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.before(o) }
