package model

import (
	"reflect"
	"testing"
)

func TestResolveAttendance(t *testing.T) {
	people := []Participant{{ID: 1, Name: "a"}, {ID: 2, Name: "b"}, {ID: 3, Name: "c"}, {ID: 4, Name: "d"}}
	P, A, U := PresencePresent, PresenceAbsent, PresenceUnknown
	mark := func(p Presence, def bool) AttendanceMark { return AttendanceMark{Presence: p, Defaulted: def} }
	tests := []struct {
		name    string
		history []map[int64]Presence
		want    map[int64]AttendanceMark
	}{
		{"nothing marked anywhere", nil,
			map[int64]AttendanceMark{1: mark(U, false), 2: mark(U, false), 3: mark(U, false), 4: mark(U, false)}},
		{"the first meeting: own marks only", []map[int64]Presence{{1: P, 2: A}},
			map[int64]AttendanceMark{1: mark(P, false), 2: mark(A, false), 3: mark(U, false), 4: mark(U, false)}},
		{"the previous meeting's roster as defaults, own marks win",
			[]map[int64]Presence{{1: P, 2: A, 3: P}, {3: A, 4: P}},
			map[int64]AttendanceMark{1: mark(P, true), 2: mark(A, true), 3: mark(A, false), 4: mark(P, false)}},
		{"through a meeting not marked at all",
			[]map[int64]Presence{{1: P, 2: A}, {}, {2: P}},
			map[int64]AttendanceMark{1: mark(P, true), 2: mark(P, false), 3: mark(U, false), 4: mark(U, false)}},
		{"an explicit 未定 is a mark and is carried on",
			[]map[int64]Presence{{1: P}, {1: U}, {}},
			map[int64]AttendanceMark{1: mark(U, true), 2: mark(U, false), 3: mark(U, false), 4: mark(U, false)}},
		{"a bad state and people off the roster are ignored",
			[]map[int64]Presence{{1: P, 9: P}, {1: "maybe"}},
			map[int64]AttendanceMark{1: mark(P, true), 2: mark(U, false), 3: mark(U, false), 4: mark(U, false)}},
	}
	for _, tt := range tests {
		got := ResolveAttendance(people, tt.history)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
	marks := ResolveAttendance(people, []map[int64]Presence{{1: P, 2: A, 3: P, 4: A}})
	if got := Present(people, marks); len(got) != 2 || got[0].ID != 1 || got[1].ID != 3 {
		t.Errorf("Present %v", got)
	}
	if got := Absent(people, marks); len(got) != 2 || got[0].ID != 2 || got[1].ID != 4 {
		t.Errorf("Absent %v", got)
	}
}

func TestRecorder(t *testing.T) {
	people := []Participant{{ID: 1, Name: "林 優子"}}
	tests := []struct {
		r    Recorder
		zero bool
		name string
	}{
		{Recorder{}, true, ""},
		{Recorder{ParticipantID: 1, Name: "旧姓"}, false, "林 優子"},
		{Recorder{ParticipantID: 2, Name: "清水 隆"}, false, "清水 隆"},
		{Recorder{Name: "事務局"}, false, "事務局"},
	}
	for _, tt := range tests {
		if tt.r.IsZero() != tt.zero || tt.r.NameIn(people) != tt.name {
			t.Errorf("%+v: zero %v name %q", tt.r, tt.r.IsZero(), tt.r.NameIn(people))
		}
	}
}
