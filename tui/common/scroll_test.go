package common

import "testing"

func TestFocusWindow(t *testing.T) {
	for _, c := range []struct {
		name              string
		n, h, from, to, w int
	}{
		{"all fit", 5, 10, 4, 4, 0},
		{"focus near the top", 20, 5, 1, 2, 0},
		{"focus below the window", 20, 5, 7, 8, 4},
		{"focus at the end", 20, 5, 19, 19, 15},
		{"question and its choice", 20, 5, 3, 6, 2},
		{"focus taller than the window keeps its end", 20, 5, 2, 10, 6},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := FocusWindow(c.n, c.h, c.from, c.to); got != c.w {
				t.Errorf("FocusWindow(%d, %d, %d, %d) = %d, want %d", c.n, c.h, c.from, c.to, got, c.w)
			}
		})
	}
}

func TestScrollMark(t *testing.T) {
	for _, c := range []struct {
		top, shown, total int
		want              string
	}{
		{0, 10, 10, ""},
		{0, 5, 12, "▼ 5/12"},
		{3, 5, 12, "▲▼ 8/12"},
		{7, 5, 12, "▲ 12/12"},
	} {
		if got := ScrollMark(c.top, c.shown, c.total); got != c.want {
			t.Errorf("ScrollMark(%d, %d, %d) = %q, want %q", c.top, c.shown, c.total, got, c.want)
		}
	}
}
