package model

import "testing"

func TestPresenceNext(t *testing.T) {
	tests := []struct {
		name string
		in   Presence
		want Presence
	}{
		{"present to absent", PresencePresent, PresenceAbsent},
		{"absent to unknown", PresenceAbsent, PresenceUnknown},
		{"unknown to present", PresenceUnknown, PresencePresent},
		{"a bad value starts at present", Presence("maybe"), PresencePresent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.Next(); got != tt.want {
				t.Errorf("%q.Next() = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
