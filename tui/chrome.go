package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// chrome is what the root draws around the active screen: the status bar,
// the banner line (an error or a passing notice) and the help footer.
type chrome struct {
	workshop model.Workshop
	now      time.Time
	savedAt  time.Time
	err      string // what failed, what happened and what to do
	detail   string // the error as the system gave it, on a line of its own
	flash    string
}

// height is how many rows the chrome takes from the body.
func (c chrome) height(projector bool) int {
	h := 1 // status bar
	if c.err != "" || c.flash != "" {
		h++
	}
	if c.err != "" && c.detail != "" {
		h++
	}
	if !projector {
		h++ // help footer
	}
	return h
}

// workshopLoadedMsg carries the workshop for the status bar.
type workshopLoadedMsg struct{ workshop model.Workshop }

func (m *App) loadWorkshopCmd() tea.Cmd {
	st, id := m.st, m.c.WorkshopID
	return m.c.Do(m.id, m.c.T.OpLoadWorkshop, func() (tea.Msg, error) {
		w, _, err := st.Workshop(id)
		return workshopLoadedMsg{workshop: w}, err
	})
}

func (m *App) saveResumeCmd(r model.Resume) tea.Cmd {
	st, at := m.st, m.c.Now()
	return m.c.Do(m.id, m.c.T.OpSaveResume, func() (tea.Msg, error) {
		return common.ResumeSavedMsg{}, st.SaveResume(r, at)
	})
}

// tick re-arms the once-a-second clock, aligned to the wall clock's seconds.
func tick() tea.Cmd {
	return tea.Every(time.Second, func(t time.Time) tea.Msg { return common.TickMsg{At: t} })
}

// View draws the chrome and the active screen's body.
func (m *App) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	if m.c.Styles.Theme == common.ThemeProjector { // the whole screen white, not only what is drawn
		v.BackgroundColor, v.ForegroundColor = lipgloss.Color("#FFFFFF"), lipgloss.Color("#000000")
	}
	v.WindowTitle = "yoriai"
	if m.chrome.workshop.Title != "" {
		v.WindowTitle = m.chrome.workshop.Title + " — yoriai"
	}
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	s := m.c.Styles
	if m.width < minWidth || m.height < minHeight {
		msg := s.App.TooSmall.Render(common.Wrap(m.c.T.TooSmall(minWidth, minHeight, m.width, m.height), m.width))
		v.SetContent(lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, msg))
		return v
	}
	rows := []string{m.statusView()}
	if b := m.bannerView(); b != "" {
		rows = append(rows, b)
	}
	body := m.screen().View()
	switch {
	case m.fatal != nil:
		body = m.fatalView()
	case m.offer != nil:
		body = m.offer.View(m.bodyW, m.bodyH)
	case m.export != nil:
		body = m.export.View(m.bodyW, m.bodyH)
	case m.showHelp:
		body = m.helpOverlay()
	}
	top := len(rows)
	rows = append(rows, fixHeight(body, m.bodyW, m.bodyH))
	if !m.projector {
		rows = append(rows, common.Fit(m.help.View(m.keyMap()), m.width))
	}
	content := strings.Join(rows, "\n")
	if m.c.ASCII {
		content = common.AsciiFrame.Replace(content)
	}
	v.SetContent(content)
	if m.fatal != nil {
		return v
	}
	if m.export != nil {
		if c := m.export.Cursor(m.bodyW, m.bodyH); c != nil {
			c.Y += top
			v.Cursor = c
		}
	} else if cs, ok := m.screen().(common.CursorScreen); ok && !m.showHelp {
		if c := cs.Cursor(); c != nil {
			c.Y += top
			v.Cursor = c
		}
	}
	return v
}

// fatalView is the one screen shown when the store is gone: what happened,
// that what was saved is safe, and how to go on.
func (m *App) fatalView() string {
	st, t := m.c.Styles, m.c.T
	w := max(min(m.bodyW-8, 72), 10)
	text := st.Form.Error.Render(common.Wrap(t.FatalTitle, w)) + "\n\n" +
		common.Wrap(t.FatalHint, w) + "\n\n" + st.Form.Hint.Render(common.Wrap(m.fatal.Error(), w))
	return lipgloss.Place(m.bodyW, m.bodyH, lipgloss.Center, lipgloss.Center, st.App.Dialog.Render(text))
}

// fixHeight pads or cuts body to exactly h lines of exactly w cells, so
// the body paints its whole area and nothing of the last frame shows
// through.
func fixHeight(body string, w, h int) string {
	lines := strings.Split(body, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return common.FixLines(strings.Join(lines, "\n"), w)
}

// statusView is the status bar: on the left the app, the workshop and the
// meeting; on the right the item and its countdown, the clock, the last
// save and (not on the projector) the database. Every field keeps its
// place: when the bar is too narrow the least needed one is shortened or
// left out (the database first, then the workshop's name, the countdown
// last), so nothing comes and goes between frames.
func (m *App) statusView() string {
	s, t := m.c.Styles, m.c.T
	saved := "--:--:--" // the field is there before the first save, so nothing moves then
	if !m.chrome.savedAt.IsZero() {
		saved = m.chrome.savedAt.Format("15:04:05")
	}
	fields := []statusField{
		{text: t.AppName, style: s.App.StatusTitle, prio: 4},
		{text: m.chrome.workshop.Title, style: s.App.Status, prio: 5, min: 6},
		{text: m.meeting.Title(), style: s.App.Status, prio: 1, min: 4},
		{text: m.meeting.StatusTimer(m.chrome.now), prio: 0, right: true},
		{text: m.chrome.now.Format("15:04"), style: s.App.Status, prio: 2, right: true},
		{text: t.SavedAt(saved), style: s.App.Status, prio: 3, right: true},
	}
	if m.active == homeID {
		fields[2].text = ""
	}
	if !m.projector {
		fields = append(fields, statusField{text: m.c.DBPath, style: s.App.StatusDim, prio: 6, right: true, min: 12})
	}
	return layoutStatus(fields, m.width, s.App.Status)
}

func (m *App) bannerView() string {
	s, t := m.c.Styles, m.c.T
	switch {
	case m.chrome.err != "":
		line := s.App.Error.Render(common.Fit(" "+common.OneLine(m.chrome.err)+"  "+t.DismissHint, m.width))
		if m.chrome.detail != "" {
			line += "\n" + s.App.Error.Render(common.Fit(" "+common.OneLine(m.chrome.detail), m.width))
		}
		return line
	case m.chrome.flash != "":
		return s.App.Info.Render(common.Fit(" "+common.OneLine(m.chrome.flash), m.width))
	}
	return ""
}

// keyMap is the active screen's keys followed by the global ones. While a
// form or a question has the keyboard, letters are text, so only ctrl+c is
// offered.
func (m *App) keyMap() help.KeyMap {
	k := m.c.Keys
	if m.offer != nil {
		return helpKeys{screen: bindings(m.offer.Help()), global: []key.Binding{k.ForceQuit}}
	}
	if m.export != nil {
		return helpKeys{screen: bindings(m.export.Help()), global: []key.Binding{k.ForceQuit}}
	}
	if m.capturing() {
		return helpKeys{screen: m.screen(), global: []key.Binding{k.ForceQuit}}
	}
	return helpKeys{screen: m.screen(), global: []key.Binding{k.Help, k.Quit, k.Roster, k.Actions, k.Projector, k.Theme, k.Export}}
}

type helpKeys struct {
	screen help.KeyMap
	global []key.Binding
}

// ShortHelp is the footer: the screen's keys, then help and quit.
func (h helpKeys) ShortHelp() []key.Binding {
	return append(h.screen.ShortHelp(), h.global[:min(2, len(h.global))]...)
}

// FullHelp is the ? overlay: the screen's columns, then the global keys.
func (h helpKeys) FullHelp() [][]key.Binding {
	return append(h.screen.FullHelp(), h.global)
}

func (m *App) helpOverlay() string {
	hm := m.help
	hm.ShowAll = true
	hm.SetWidth(max(m.bodyW-4, 10))
	style := m.c.Styles.App.Overlay
	keys := hm.View(m.keyMap())
	if m.bodyW < 80 { // narrow: the groups one under another, not cut off at the right
		var groups []string
		for _, g := range m.keyMap().FullHelp() {
			if v := hm.View(bindings(g)); v != "" {
				groups = append(groups, v)
			}
		}
		keys = strings.Join(groups, "\n")
	}
	body := m.c.T.HelpTitle + "\n\n" + keys
	box := style.Render(body)
	if lipgloss.Height(box) > m.bodyH { // a short screen: ↑/↓ scroll the keys inside the whole box
		room := max(m.bodyH-style.GetVerticalFrameSize(), 1)
		m.helpTop = max(min(m.helpTop, strings.Count(body, "\n")+1-room), 0)
		box, _ = common.ScrollBox(style, body, "", lipgloss.Width(box), m.bodyH, m.helpTop, m.helpTop+room-1)
	}
	return lipgloss.Place(m.bodyW, m.bodyH, lipgloss.Center, lipgloss.Center, box)
}

// bindings is a plain list of keys as a help.KeyMap.
type bindings []key.Binding

func (b bindings) ShortHelp() []key.Binding  { return b }
func (b bindings) FullHelp() [][]key.Binding { return [][]key.Binding{b} }
