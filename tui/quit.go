package tui

// quit.go: ctrl+c while something is being typed asks first, so that a
// stray chord does not throw the text away; a second ctrl+c, or y, quits.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/tui/common"
)

// askQuit handles ctrl+c while a screen's form or confirmation has the
// keyboard (not the export dialog, which holds none of the room's words),
// and the answer to its question. done reports that the key was used up.
func (m *App) askQuit(msg tea.KeyPressMsg) (cmd tea.Cmd, done bool) {
	k := m.c.Keys
	if m.quitAsk {
		m.quitAsk = false
		m.chrome.flash = ""
		if key.Matches(msg, k.Yes) || key.Matches(msg, k.ForceQuit) {
			return tea.Quit, true
		}
		return nil, true
	}
	c, ok := m.screen().(common.Capturer)
	if m.fatal == nil && m.export == nil && key.Matches(msg, k.ForceQuit) && ok && c.Capturing() {
		m.quitAsk = true
		m.chrome.flash = m.c.T.OnDay.ConfirmQuitTyping
		return nil, true
	}
	return nil, false
}
