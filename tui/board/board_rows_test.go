package board

import (
	"strings"
	"testing"

	"yoriai/tui/common"
)

func TestWrapCard(t *testing.T) {
	long := strings.Repeat("窓口の手続きをオンラインで完結したい", 4) // 144 cells
	tests := []struct {
		name        string
		body        string
		limit       int
		wantLines   int
		wantEllipse bool
	}{
		{"fits on one line", "紙の申請書が多い", cardLines, 1, false},
		{"wraps under its tag", "窓口の手続きをオンラインで完結したい", cardLines, 2, false},
		{"cut at the cap", long, cardLines, 3, true},
		{"whole when selected", long, 0, 8, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := "   課 "
			lines := wrapCard(prefix, tt.body, 26, tt.limit)
			if len(lines) != tt.wantLines {
				t.Fatalf("%d lines, want %d: %q", len(lines), tt.wantLines, lines)
			}
			var text strings.Builder
			for i, l := range lines {
				if w := common.Width(l); w > 26 {
					t.Errorf("line %d is %d cells: %q", i, w, l)
				}
				if i > 0 && !strings.HasPrefix(l, strings.Repeat(" ", common.Width(prefix))) {
					t.Errorf("line %d is not under the text: %q", i, l)
				}
				text.WriteString(strings.TrimSpace(strings.TrimPrefix(l, prefix)))
			}
			got := strings.HasSuffix(lines[len(lines)-1], "…")
			if got != tt.wantEllipse {
				t.Errorf("ends in …: %v, want %v: %q", got, tt.wantEllipse, lines)
			}
			if !tt.wantEllipse && text.String() != tt.body {
				t.Errorf("text %q, want %q", text.String(), tt.body)
			}
		})
	}
}

func TestWindowTop(t *testing.T) {
	rows := func(heights ...int) func(int) string {
		return func(j int) string { return strings.Repeat("x\n", heights[j]-1) + "x" }
	}
	tests := []struct {
		name    string
		heights []int
		cursor  int
		h       int
		want    int
	}{
		{"all fit", []int{1, 3, 2}, 2, 10, 0},
		{"the cursor's rows fit", []int{3, 3, 3, 3, 3}, 2, 9, 0},
		{"ends at the cursor", []int{3, 3, 3, 3, 3}, 3, 9, 1},
		{"the last rows", []int{1, 1, 1, 3, 3}, 4, 7, 2},
		{"a row taller than the screen", []int{1, 20, 1}, 1, 5, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := windowTop(tt.cursor, tt.h, rows(tt.heights...)); got != tt.want {
				t.Errorf("windowTop = %d, want %d", got, tt.want)
			}
		})
	}
}
