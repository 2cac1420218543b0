package common

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/i18n"
)

func TestLineEntryAsksBeforeDiscarding(t *testing.T) {
	c := NewCommon(i18n.Japanese, "", 1)
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	for _, tc := range []struct {
		name  string
		ask   bool
		typed string
		then  string // the answer, when asked
		want  FormState
		asked bool
	}{
		{"a filter closes at once", false, "紙", "", FormCancelled, false},
		{"a reason with nothing typed", true, "", "", FormCancelled, false},
		{"a reason typed, n", true, "紙", "n", FormEditing, true},
		{"a reason typed, esc again", true, "紙", "esc", FormEditing, true},
		{"a reason typed, y", true, "紙", "y", FormCancelled, true},
	} {
		e := NewLineEntry(c, "理由", "", 100, "", nil)
		e.AskBeforeDiscard = tc.ask
		for _, r := range tc.typed {
			e.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		e.Update(esc)
		if e.Asking() != tc.asked {
			t.Errorf("%s: asking %v", tc.name, e.Asking())
		}
		if tc.asked {
			if v := e.View(40); !strings.Contains(ansi.Strip(v), "入力中の内容を破棄しますか") {
				t.Errorf("%s: the question is not shown:\n%s", tc.name, v)
			}
			e.Update(tea.PasteMsg{Content: "貼り付け"}) // nothing types behind the question
			switch tc.then {
			case "esc":
				e.Update(esc)
			default:
				e.Update(tea.KeyPressMsg{Code: rune(tc.then[0]), Text: tc.then})
			}
		}
		if e.State() != tc.want || e.Value() != tc.typed {
			t.Errorf("%s: state %v, value %q", tc.name, e.State(), e.Value())
		}
	}
}
