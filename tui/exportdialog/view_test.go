package exportdialog

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/i18n"
	"yoriai/tui/common"
)

// TestLongErrorStaysInsideTheBox draws a dialog with an error of some
// thirty lines in the 40×10 body of a 40×12 terminal: the box keeps its
// border and path field, the error is cut with a way to see it all, and
// ctrl+o shows it whole, scrolled within the box.
func TestLongErrorStaysInsideTheBox(t *testing.T) {
	common.PinEastAsianWidth()
	c := common.NewCommon(i18n.Japanese, "/tmp/yoriai-test.db", 1)
	d := &Dialog{c: c, path: common.NewLineField(c, 4096)}
	d.Err = strings.Repeat("書き込めませんでした。", 60) + "最後の文"
	check := func(want ...string) []string {
		t.Helper()
		v := ansi.Strip(d.View(40, 10))
		lines := strings.Split(v, "\n")
		if len(lines) > 10 {
			t.Fatalf("%d lines in 10 rows:\n%s", len(lines), v)
		}
		top, bottom := -1, -1
		for i, l := range lines {
			if lipgloss.Width(l) > 40 {
				t.Errorf("line %d is %d cells: %q", i, lipgloss.Width(l), l)
			}
			if strings.HasPrefix(l, "╭") {
				top = i
			}
			if strings.HasPrefix(l, "╰") {
				bottom = i
			}
		}
		if top < 0 || bottom < top {
			t.Fatalf("the box lost its border:\n%s", v)
		}
		for _, w := range want {
			if !strings.Contains(v, w) {
				t.Errorf("lacks %q:\n%s", w, v)
			}
		}
		return lines
	}
	check(c.T.ExportPath, c.T.Dialogs.MoreHint, "…")
	d.Update(tea.KeyPressMsg{Code: 'o', Mod: tea.ModCtrl})
	check(c.T.Dialogs.WholeHint, "▼")
	for range 60 {
		d.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	check("後の文", "▲")
	d.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	check(c.T.ExportPath)
	if d.State() != common.FormEditing {
		t.Error("esc on the whole message closed the dialog")
	}
}
