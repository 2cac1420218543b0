package model

import (
	"errors"
	"testing"
)

func TestParseTypedTime(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		bad      bool
	}{
		{in: "", want: ""},
		{in: "  ", want: ""},
		{in: "9:00", want: "09:00"},
		{in: "09:00", want: "09:00"},
		{in: "９：３０", want: "09:30"},
		{in: "9時", want: "09:00"},
		{in: "9時30分", want: "09:30"},
		{in: "9時5分", want: "09:05"},
		{in: "9時半", want: "09:30"},
		{in: "午後1時", want: "13:00"},
		{in: "午前12時", want: "00:00"},
		{in: "１３時", want: "13:00"},
		{in: "1730", want: "17:30"},
		{in: "16.45", want: "16:45"},
		{in: "24:00", bad: true},
		{in: "9:60", bad: true},
		{in: "9:5", bad: true},
		{in: "午後13時", bad: true},
		{in: "朝", bad: true},
		{in: "9時70分", bad: true},
	} {
		got, err := ParseTypedTime(tc.in)
		if tc.bad {
			if !errors.Is(err, ErrTimeFormat) {
				t.Errorf("ParseTypedTime(%q) = %q, %v; want ErrTimeFormat", tc.in, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseTypedTime(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
		if got != "" {
			if _, err := ParseClock(got); err != nil {
				t.Errorf("ParseTypedTime(%q) = %q, which ParseClock refuses: %v", tc.in, got, err)
			}
		}
	}
}
