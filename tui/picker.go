package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// picker is a short list to choose one thing from: where a card moves,
// which problem a goal solves. choose is called with the index chosen.
type picker struct {
	title   string
	options []string
	cursor  int
	choose  func(int) tea.Cmd
}

// update handles a key; done reports that the picker should close.
func (p *picker) update(km tea.KeyPressMsg, k *KeyMap) (cmd tea.Cmd, done bool) {
	switch {
	case key.Matches(km, k.Cancel):
		return nil, true
	case key.Matches(km, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(km, k.Down):
		p.cursor = min(p.cursor+1, len(p.options)-1)
	case key.Matches(km, k.Save) && len(p.options) > 0:
		return p.choose(p.cursor), true
	}
	return nil, false
}

// view draws the picker in a box w cells wide and at most h rows high,
// the options scrolled to keep the chosen one in sight.
func (p *picker) view(c Common, w, h int) string {
	st := c.Styles
	inner := max(w-4, 10)
	rows := max(min(len(p.options), h-3), 1)
	top := scrollWindow(0, p.cursor, len(p.options), rows)
	lines := []string{st.Form.Title.Render(truncate(p.title, inner))}
	for i := top; i < len(p.options) && i < top+rows; i++ {
		if i == p.cursor {
			lines = append(lines, st.Form.Choice.Render(fit("> "+oneLine(p.options[i]), inner)))
			continue
		}
		lines = append(lines, truncate("  "+oneLine(p.options[i]), inner))
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}
