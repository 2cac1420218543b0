package common

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Picker is a short list to choose one thing from: where a card moves,
// which problem a goal solves. enter ends it as Done with Cursor on the
// option chosen, esc as Cancelled.
type Picker struct {
	FormEnd
	Title   string
	Options []string
	Cursor  int
}

// Update handles a key.
func (p *Picker) Update(km tea.KeyPressMsg, k *KeyMap) {
	switch {
	case key.Matches(km, k.Cancel):
		p.End(FormCancelled)
	case key.Matches(km, k.Up):
		p.Cursor = max(p.Cursor-1, 0)
	case key.Matches(km, k.Down):
		p.Cursor = min(p.Cursor+1, len(p.Options)-1)
	case key.Matches(km, k.Save) && len(p.Options) > 0:
		p.End(FormDone)
	}
}

// View draws the picker in a box w cells wide and at most h rows high,
// the options scrolled to keep the chosen one in sight.
func (p *Picker) View(c Common, w, h int) string {
	st := c.Styles
	inner := max(w-4, 10)
	rows := max(min(len(p.Options), h-3), 1)
	top := ScrollWindow(0, p.Cursor, len(p.Options), rows)
	lines := []string{st.Form.Title.Render(Truncate(p.Title, inner))}
	for i := top; i < len(p.Options) && i < top+rows; i++ {
		if i == p.Cursor {
			lines = append(lines, st.Form.Choice.Render(Fit("> "+OneLine(p.Options[i]), inner)))
			continue
		}
		lines = append(lines, Truncate("  "+OneLine(p.Options[i]), inner))
	}
	return st.Form.Box.Width(w).Render(strings.Join(lines, "\n"))
}
