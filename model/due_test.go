package model

import (
	"errors"
	"testing"
	"time"
)

func TestParseTypedDate(t *testing.T) {
	dec9 := Date{2022, time.December, 9} // the kickoff
	tests := []struct {
		in   string
		ref  Date
		want Date
		err  error
	}{
		{"", dec9, Date{}, nil},
		{"   ", dec9, Date{}, nil},
		{"1/20", dec9, Date{2023, time.January, 20}, nil}, // a December meeting's 1/20 is next January
		{"12/9", dec9, Date{2022, time.December, 9}, nil}, // on the meeting's day itself
		{"12/20", dec9, Date{2022, time.December, 20}, nil},
		{"12/8", dec9, Date{2023, time.December, 8}, nil},
		{"1.20", dec9, Date{2023, time.January, 20}, nil},
		{"1月20日", dec9, Date{2023, time.January, 20}, nil},
		{"1月20", dec9, Date{2023, time.January, 20}, nil},
		{"１月２０日", dec9, Date{2023, time.January, 20}, nil},
		{"１／２０", dec9, Date{2023, time.January, 20}, nil},
		{" 1 / 20 ", dec9, Date{2023, time.January, 20}, nil},
		{"令和5年1月20日", dec9, Date{2023, time.January, 20}, nil},
		{"令和５年１月２０日", dec9, Date{2023, time.January, 20}, nil},
		{"令和元年5月1日", dec9, Date{2019, time.May, 1}, nil},
		{"平成31年4月30日", dec9, Date{2019, time.April, 30}, nil},
		{"昭和64年1月7日", dec9, Date{1989, time.January, 7}, nil},
		{"R5.1.20", dec9, Date{2023, time.January, 20}, nil},
		{"R5/1/20", dec9, Date{2023, time.January, 20}, nil},
		{"r5-1-20", dec9, Date{2023, time.January, 20}, nil},
		{"Ｒ５．１．２０", dec9, Date{2023, time.January, 20}, nil},
		{"R5年1月20日", dec9, Date{2023, time.January, 20}, nil},
		{"H31.4.30", dec9, Date{2019, time.April, 30}, nil},
		{"2023-01-20", dec9, Date{2023, time.January, 20}, nil},
		{"2023/1/20", dec9, Date{2023, time.January, 20}, nil},
		{"2023.1.20", dec9, Date{2023, time.January, 20}, nil},
		{"2023年1月20日", dec9, Date{2023, time.January, 20}, nil},
		{"２０２３－０１－２０", dec9, Date{2023, time.January, 20}, nil},
		{"2023-01-20", Date{}, Date{2023, time.January, 20}, nil}, // a full date needs no meeting date
		{"1/20（金）", dec9, Date{2023, time.January, 20}, nil},
		{"1/20(金曜日)", dec9, Date{2023, time.January, 20}, nil},
		{"令和5年1月20日（金）", dec9, Date{2023, time.January, 20}, nil},
		{"2/29", dec9, Date{2024, time.February, 29}, nil}, // waits for a leap year

		{"1/20（月）", dec9, Date{}, ErrWeekdayDiff},
		{"2/30", dec9, Date{}, ErrNoSuchDay},
		{"13/1", dec9, Date{}, ErrNoSuchDay},
		{"0/5", dec9, Date{}, ErrNoSuchDay},
		{"1/0", dec9, Date{}, ErrNoSuchDay},
		{"2023-02-29", dec9, Date{}, ErrNoSuchDay},
		{"令和5年2月29日", dec9, Date{}, ErrNoSuchDay},
		{"令和元年4月30日", dec9, Date{}, ErrEraRange}, // still 平成
		{"平成31年5月1日", dec9, Date{}, ErrEraRange}, // already 令和
		{"平成32年1月1日", dec9, Date{}, ErrEraRange},
		{"令和0年1月1日", dec9, Date{}, ErrEraRange},
		{"1/20", Date{}, Date{}, ErrDateNoYear},
		{"来週", dec9, Date{}, ErrDateFormat},
		{"1/20/2023", dec9, Date{}, ErrDateFormat},
		{"20230120", dec9, Date{}, ErrDateFormat},
		{"1-20", dec9, Date{}, ErrDateFormat},
		{"大正5年1月1日", dec9, Date{}, ErrDateFormat},
		{"R5.1", dec9, Date{}, ErrDateFormat},
		{"1/20 まで", dec9, Date{}, ErrDateFormat},
	}
	for _, tt := range tests {
		got, err := ParseTypedDate(tt.in, tt.ref)
		if got != tt.want || !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseTypedDate(%q, %v) = %v, %v; want %v, %v", tt.in, tt.ref, got, err, tt.want, tt.err)
		}
		var de *DateError
		if err != nil && (!errors.As(err, &de) || de.Input == "") {
			t.Errorf("ParseTypedDate(%q): %v is not a DateError naming the input", tt.in, err)
		}
	}
}

func TestDateOfAndBefore(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	if got := DateOf(time.Date(2022, 12, 9, 23, 30, 0, 0, jst)); got != (Date{2022, time.December, 9}) {
		t.Errorf("DateOf = %v", got)
	}
	a, b := Date{2022, time.December, 31}, Date{2023, time.January, 1}
	if !a.Before(b) || b.Before(a) || a.Before(a) {
		t.Error("Before")
	}
}

// FuzzParseTypedDate: any input gives a real date or a DateError, never a
// panic, and a date read back from its own form is the same date.
func FuzzParseTypedDate(f *testing.F) {
	for _, s := range []string{"1/20", "令和5年1月20日", "R5.1.20", "２０２３－０１－２０", "2/29（木）", "平成99年99月99日", "\x1b[1m1/2"} {
		f.Add(s)
	}
	ref := Date{2022, time.December, 9}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseTypedDate(s, ref)
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) {
				t.Fatalf("%q: %v is not a DateError", s, err)
			}
			return
		}
		if d.IsZero() {
			return
		}
		again, err := ParseTypedDate(d.String(), Date{})
		if err != nil || again != d {
			t.Fatalf("%q → %v → %v, %v", s, d, again, err)
		}
	})
}
