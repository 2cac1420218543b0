package model

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    Date
		wantErr bool
	}{
		{"2022-12-09", Date{2022, time.December, 9}, false},
		{"", Date{}, false},
		{"  2023-04-01 ", Date{2023, time.April, 1}, false},
		{"2022-13-40", Date{}, true},
		{"2023-02-29", Date{}, true},
		{"2022/12/09", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseDate(%q) = %v, %v", tt.in, got, err)
		}
	}
	if (Date{}).String() != "" || (Date{2022, 12, 9}).String() != "2022-12-09" {
		t.Error("String")
	}
}

func TestFormatJapanese(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{2019, time.April, 30}, "平成31年4月30日（火）"},
		{Date{2019, time.May, 1}, "令和元年5月1日（水）"},
		{Date{1989, time.January, 7}, "昭和64年1月7日（土）"},
		{Date{1989, time.January, 8}, "平成元年1月8日（日）"},
		{Date{2022, time.December, 9}, "令和4年12月9日（金）"},
		{Date{2024, time.March, 31}, "令和6年3月31日（日）"},
		{Date{1900, time.January, 1}, "1900年1月1日（月）"},
	}
	for _, tt := range tests {
		if got := tt.d.FormatJapanese(); got != tt.want {
			t.Errorf("%v: got %q, want %q", tt.d, got, tt.want)
		}
	}
	if got := (Date{2022, time.December, 9}).FormatEnglish(); got != "Fri 9 Dec 2022" {
		t.Errorf("FormatEnglish = %q", got)
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"9:00", 540, false},
		{"09:00", 540, false},
		{"23:59", 1439, false},
		{"24:00", 0, true},
		{"9:5", 0, true},
		{"abc", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseClock(tt.in)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ParseClock(%q) = %d, %v", tt.in, got, err)
		}
	}
	if FormatClock(540) != "9:00" || FormatClock(1439) != "23:59" {
		t.Error("FormatClock")
	}
}

func TestMeetingStatusTransitions(t *testing.T) {
	m := Meeting{Status: StatusPlanned}
	s := m.Started(t0)
	if s.Status != StatusRunning || !s.StartedAt.Equal(t0) {
		t.Errorf("Started: %+v", s)
	}
	if again := s.Started(t0.Add(time.Hour)); !again.StartedAt.Equal(t0) {
		t.Error("a second start moved StartedAt")
	}
	e := m.Ended(t0.Add(time.Hour))
	if e.Status != StatusEnded || !e.StartedAt.Equal(t0.Add(time.Hour)) || !e.EndedAt.Equal(t0.Add(time.Hour)) {
		t.Errorf("Ended on a planned meeting: %+v", e)
	}
	r := s.Ended(t0.Add(2 * time.Hour)).Reopened()
	if r.Status != StatusRunning || !r.EndedAt.IsZero() || !r.StartedAt.Equal(t0) {
		t.Errorf("Reopened: %+v", r)
	}
	if m.Reopened().Status != StatusPlanned {
		t.Error("Reopened changed a planned meeting")
	}
}

func TestEnumsAndRoles(t *testing.T) {
	if RoleMember.Next(1) != RoleFacilitator || RoleMember.Next(-1) != RoleExternal || RoleExternal.Next(1) != RoleMember {
		t.Error("Role.Next does not wrap")
	}
	for _, k := range ItemKinds {
		if !k.Valid() {
			t.Errorf("%s invalid", k)
		}
	}
	if ItemKind("lecture").Valid() || Role("boss").Valid() || MeetingStatus("x").Valid() || ItemState("x").Valid() {
		t.Error("unknown values pass Valid")
	}
}
