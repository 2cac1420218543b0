// Package tui is yoriai's terminal user interface: a root model that routes
// between full-body screens (home, the meeting's run sheet and slides, the
// roster) and draws the chrome around them (status bar, error banner, help).
//
// Data flows one way: a key reaches a screen's Update, which applies a pure
// transition from package model and returns a Cmd that writes through the
// ordered Queue; the typed result message comes back to Update. View reads
// screen state only and never does I/O.
package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"
	"yoriai/tui/exportdialog"
	"yoriai/tui/home"
	"yoriai/tui/meeting"
	"yoriai/tui/roster"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

type screenID int

const (
	homeID screenID = iota
	meetingID
	rosterID
)

// Minimum terminal size; below it the app asks for a larger window.
const (
	minWidth  = 40
	minHeight = 12
)

// App is the root model.
type App struct {
	c       common.Common
	home    *home.HomeScreen
	meeting *meeting.MeetingScreen
	roster  *roster.RosterScreen

	active  screenID
	history []screenID // screens to go back to, oldest first
	resume  model.Resume
	saved   model.Resume   // the last resume point written
	order   common.Reorder // store results in the order they were asked for
	export  *exportdialog.ExportDialog

	width, height int
	bodyW, bodyH  int
	chrome        chrome
	showHelp      bool
	projector     bool
	help          help.Model
	isDark        bool           // the terminal's background, as it reported it
	tick          func() tea.Cmd // the clock; tests replace it
}

// New returns the root model for c, ready to resume at r.
func New(c common.Common, r model.Resume) *App {
	h := help.New()
	h.Styles = c.Styles.App.Help
	m := &App{
		c:       c,
		home:    home.NewHomeScreen(c),
		meeting: meeting.NewMeetingScreen(c),
		roster:  roster.NewRosterScreen(c),
		resume:  r,
		saved:   r,
		help:    h,
		chrome:  chrome{now: c.Now()},
		isDark:  true,
		tick:    tick,
	}
	m.setProjector(r.Projector)
	return m
}

// setProjector turns projector mode on or off: facilitator-only text (notes,
// the database path, the key help) is hidden while it is on.
func (m *App) setProjector(on bool) {
	m.projector = on
	m.home.Projector = on
	m.meeting.SetProjector(on)
}

// Init loads the workshop and opens the screen the facilitator left.
func (m *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.tick(), loadWorkshopCmd(m.c)}
	r := m.resume
	switch {
	case (r.Screen == model.ScreenMeeting || r.Screen == model.ScreenSlide) && r.MeetingID != 0:
		m.history = []screenID{homeID}
		cmds = append(cmds, m.meeting.Open(r.MeetingID, r.Screen == model.ScreenSlide))
		m.active = meetingID
	case r.Screen == model.ScreenRoster:
		m.history = []screenID{homeID}
		cmds = append(cmds, m.roster.Open(r.MeetingID))
		m.active = rosterID
	default:
		cmds = append(cmds, m.home.Init())
		m.active = homeID
	}
	return tea.Batch(cmds...)
}

func (m *App) screen() common.Screen {
	switch m.active {
	case meetingID:
		return m.meeting
	case rosterID:
		return m.roster
	}
	return m.home
}

func (m *App) capturing() bool {
	if m.export != nil {
		return true
	}
	c, ok := m.screen().(common.Capturer)
	return ok && c.Capturing()
}

// Update routes a message: chrome and router messages first, global keys
// next, everything else to the active screen.
func (m *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case common.QueuedMsg: // a store result: handed on in the order it was asked for
		for _, due := range m.order.Arrive(msg) {
			_, cmd := m.Update(due)
			cmds = append(cmds, cmd)
		}
		return m, tea.Batch(cmds...)
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.setTheme(m.c.Styles.Theme)
	case common.TickMsg:
		m.chrome.now = msg.At
		cmds = append(cmds, m.tick())
	case workshopLoadedMsg:
		m.chrome.workshop = msg.workshop
	case common.ErrMsg:
		m.chrome.err, m.chrome.flash = msg.Error(), ""
		if m.export != nil && msg.Op == m.c.T.OpExport {
			m.export.Update(msg)
			return m, m.afterUpdate(nil)
		}
	case common.FlashMsg:
		m.chrome.flash = msg.Text
		return m, m.afterUpdate(nil)
	case exportdialog.ExportMeetingsMsg, exportdialog.ExportExistsMsg:
		if m.export != nil {
			cmd, _ := m.export.Update(msg)
			return m, m.afterUpdate(cmd)
		}
		return m, nil
	case tea.PasteMsg:
		if m.export != nil {
			cmd, _ := m.export.Update(msg)
			return m, m.afterUpdate(cmd)
		}
	case exportdialog.ExportDoneMsg:
		m.export = nil
		m.chrome.flash = exportdialog.Written(m.c, msg.Path)
		return m, m.afterUpdate(nil)
	case exportdialog.ExportClosedMsg:
		m.export = nil
		return m, m.afterUpdate(nil)
	case common.OpenMeetingMsg:
		return m, m.afterUpdate(m.open(meetingID, m.meeting.Open(msg.MeetingID, msg.Slide)))
	case common.BackMsg:
		return m, m.afterUpdate(m.back())
	case tea.KeyPressMsg:
		if cmd, done := m.handleKey(msg); done {
			return m, m.afterUpdate(cmd)
		}
	}
	if _, ok := msg.(common.Committer); ok {
		m.chrome.savedAt = m.c.Now()
	}
	s, cmd := m.screen().Update(msg)
	m.setScreen(s)
	cmds = append(cmds, cmd)
	return m, m.afterUpdate(tea.Batch(cmds...))
}

// handleKey acts on the keys that mean the same on every screen. done
// reports that the key was used up.
func (m *App) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.c.Keys
	if key.Matches(msg, k.ForceQuit) {
		return tea.Quit, true
	}
	m.chrome.flash = ""
	if m.export != nil {
		cmd, _ := m.export.Update(msg)
		return cmd, true
	}
	if m.capturing() {
		return nil, false
	}
	switch {
	case m.showHelp && (key.Matches(msg, k.Help) || key.Matches(msg, k.Back)):
		m.showHelp = false
		return nil, true
	case m.chrome.err != "" && key.Matches(msg, k.Back):
		m.chrome.err = ""
		return nil, true
	case key.Matches(msg, k.Quit):
		return tea.Quit, true
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil, true
	case key.Matches(msg, k.Projector):
		m.setProjector(!m.projector)
		return nil, true
	case key.Matches(msg, k.Theme):
		cur := m.c.Styles.Theme
		if cur == common.ThemeAuto { // following the terminal: go on from what it shows
			cur = common.ThemeLight
			if m.isDark {
				cur = common.ThemeDark
			}
		}
		m.setTheme(cur.Next())
		return common.Flash(m.c.T.ThemeSwitched(string(m.c.Styles.Theme))), true
	case key.Matches(msg, k.Export):
		d, cmd := exportdialog.NewExportDialog(m.c, m.contextMeeting())
		m.export = d
		return cmd, true
	case key.Matches(msg, k.Roster) && m.active != rosterID:
		return m.open(rosterID, m.roster.Open(m.contextMeeting())), true
	}
	return nil, m.showHelp // while help is up, other keys do nothing
}

// setTheme rebuilds the shared styles for theme; every screen draws with
// them from the next frame on.
func (m *App) setTheme(theme common.Theme) {
	*m.c.Styles = *common.NewStyles(theme, m.isDark)
	m.help.Styles = m.c.Styles.App.Help
	m.meeting.VpKey = meeting.SlideKey{} // the slide's text was styled when it was built
}

// contextMeeting is the meeting the facilitator is working on: the open
// one, or the one selected at home.
func (m *App) contextMeeting() int64 {
	if m.active == meetingID || m.home.SelectedID() == 0 {
		return m.meeting.Id()
	}
	return m.home.SelectedID()
}

// open makes id the active screen; init is the Cmd that loads it.
func (m *App) open(id screenID, init tea.Cmd) tea.Cmd {
	if id != m.active {
		m.history = append(m.history, m.active)
		if id == homeID {
			m.history = nil
		}
	}
	m.active = id
	m.showHelp = false
	return init
}

func (m *App) back() tea.Cmd {
	if len(m.history) == 0 {
		return nil
	}
	id := m.history[len(m.history)-1]
	m.history = m.history[:len(m.history)-1]
	m.active = id
	switch id {
	case homeID:
		return m.home.Init()
	case rosterID:
		return m.roster.Open(m.roster.MeetingID)
	}
	return nil
}

func (m *App) setScreen(s common.Screen) {
	switch s := s.(type) {
	case *home.HomeScreen:
		m.home = s
	case *meeting.MeetingScreen:
		m.meeting = s
	case *roster.RosterScreen:
		m.roster = s
	}
}

// afterUpdate sizes the screens to the space the chrome leaves and writes
// the resume point when the facilitator moved somewhere else.
func (m *App) afterUpdate(cmd tea.Cmd) tea.Cmd {
	m.layout()
	r := m.route()
	if r == m.saved {
		return cmd
	}
	m.saved = r
	return tea.Batch(cmd, saveResumeCmd(m.c, r))
}

// route is where the facilitator stands now, as it is saved for resuming.
func (m *App) route() model.Resume {
	r := model.Resume{WorkshopID: m.c.WorkshopID, Screen: model.ScreenHome, Projector: m.projector}
	switch m.active {
	case meetingID:
		r.Screen, r.MeetingID = model.ScreenMeeting, m.meeting.Id()
		if m.meeting.Slide {
			r.Screen = model.ScreenSlide
		}
	case rosterID:
		r.Screen, r.MeetingID = model.ScreenRoster, m.roster.MeetingID
	}
	return r
}

func (m *App) layout() {
	w, h := m.width, m.height-m.chrome.height(m.projector)
	if w == m.bodyW && h == m.bodyH {
		return
	}
	m.bodyW, m.bodyH = w, h
	m.help.SetWidth(w)
	for _, s := range []common.Screen{m.home, m.meeting, m.roster} {
		s.SetSize(w, max(h, 0))
	}
}
