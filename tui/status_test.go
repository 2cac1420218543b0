package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestStatusBarKeepsItsFields fits the status bar at the widths a
// projector and a laptop give: it is exactly the width, the meeting and
// the countdown stay whole at 120 columns, the least needed fields go
// first, and the first save changes no position (nothing comes and goes).
func TestStatusBarKeepsItsFields(t *testing.T) {
	bar := lipgloss.NewStyle()
	fields := func(saved string) []statusField {
		return []statusField{
			{text: "寄り合い", prio: 4},
			{text: "鹿島市 DX推進ワーキンググループ検討会", prio: 5, min: 6},
			{text: "キックオフ", prio: 1, min: 4},
			{text: "3/11 残り 4:59", prio: 0, right: true},
			{text: "09:21", prio: 2, right: true},
			{text: "保存 " + saved, prio: 3, right: true},
			{text: "/home/dx/.local/share/yoriai/yoriai.db", prio: 6, right: true, min: 12},
		}
	}
	for _, w := range []int{40, 60, 80, 120, 160} {
		before := ansi.Strip(layoutStatus(fields("--:--:--"), w, bar))
		after := ansi.Strip(layoutStatus(fields("09:21:07"), w, bar))
		if lipgloss.Width(before) != w || lipgloss.Width(after) != w {
			t.Errorf("at %d the bar is %d and %d cells", w, lipgloss.Width(before), lipgloss.Width(after))
		}
		if strings.Replace(after, "09:21:07", "--:--:--", 1) != before {
			t.Errorf("at %d the first save moved the fields:\n%q\n%q", w, before, after)
		}
		if !strings.Contains(after, "3/11 残り 4:59") {
			t.Errorf("at %d the countdown is cut: %q", w, after)
		}
		if w >= 80 && !strings.Contains(after, "キックオフ") {
			t.Errorf("at %d the meeting is cut: %q", w, after)
		}
		if w >= 120 && !strings.Contains(after, "保存 09:21:07") {
			t.Errorf("at %d the save time is gone: %q", w, after)
		}
		if w < 120 && strings.Contains(after, "yoriai.db") && !strings.Contains(after, "鹿島市 DX推進ワーキンググループ検討会") {
			t.Errorf("at %d the database path stayed while the workshop was cut: %q", w, after)
		}
		if w >= 80 && !strings.Contains(after, "寄り合い") {
			t.Errorf("at %d the app's name went before the workshop's was shortened: %q", w, after)
		}
	}
}
