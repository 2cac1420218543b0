package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestWrapKeepsPunctuationOffLineStarts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		w    int
		want string
	}{
		{"fits", "短い文。", 20, "短い文。"},
		{"comma already at a line end", "あいうえおかきくけ、さしす", 10, "あいうえお\nかきくけ、\nさしす"},
		{"period at a break", "あいうえお。かきく", 10, "あいうえ\nお。かきく"},
		{"closing bracket cascades", "あいうえおかきくけこ」さしす", 10, "あいうえお\nかきくけ\nこ」さしす"},
		{"own line breaks kept", "一行目\n二行目", 20, "一行目\n二行目"},
		{"latin words", "the quick brown fox", 10, "the quick\nbrown fox"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.in, tt.w)
			want := tt.want
			if got != want {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.w, got, want)
			}
			for _, l := range strings.Split(got, "\n") {
				if lipgloss.Width(l) > tt.w {
					t.Errorf("line %q is wider than %d", l, tt.w)
				}
			}
		})
	}
}
