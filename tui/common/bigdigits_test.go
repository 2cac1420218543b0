package common

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

func TestBigDigits(t *testing.T) {
	got := BigDigits("1:05", 1, 1, "#")
	want := strings.Join([]string{
		" ##     #### ####",
		"  #   # #  # #   ",
		"  #     #  # ####",
		"  #   # #  #    #",
		" ###    #### ####",
	}, "\n")
	if got != want {
		t.Errorf("bigDigits(1:05) =\n%s\nwant\n%s", got, want)
	}
	scaled := strings.Split(BigDigits("+0", 2, 3, "█"), "\n")
	if len(scaled) != 15 {
		t.Fatalf("scale 3 down gives %d rows, want 15", len(scaled))
	}
	for _, l := range scaled {
		if lipgloss.Width(l) != (3+1+4)*2 {
			t.Errorf("row %q is %d cells, want 16", l, lipgloss.Width(l))
		}
	}
	if _, _, ok := BigScale("10:00", 10, 3); ok {
		t.Error("big digits claimed to fit in 10×3")
	}
	if sx, sy, ok := BigScale("10:00", 156, 40); !ok || sx < 3 || sy < 2 {
		t.Errorf("bigScale at 156×40 = %d×%d, %v; want a large scale", sx, sy, ok)
	}
}
