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
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/actions"
	"yoriai/tui/common"
	"yoriai/tui/exportdialog"
	"yoriai/tui/home"
	"yoriai/tui/meeting"
	"yoriai/tui/roster"
	"yoriai/tui/templatediff"
)

type screenID int

const (
	homeID screenID = iota
	meetingID
	rosterID
	actionsID
)

// Minimum terminal size; below it the app asks for a larger window.
const (
	minWidth  = 40
	minHeight = 12
)

// App is the root model.
type App struct {
	c       common.Common
	st      Store
	id      int64 // the requester id of the root's own store calls
	home    *home.Screen
	meeting *meeting.Screen
	roster  *roster.Screen
	actions *actions.Screen // the 宿題一覧

	active  screenID
	history []screenID // screens to go back to, oldest first
	resume  model.Resume
	reopen  int64          // the meeting back opens, when the app resumed on a screen opened from it
	saved   model.Resume   // the last resume point written
	order   common.Reorder // store results in the order they were asked for
	export  *exportdialog.Dialog
	offer   *templatediff.Dialog // a template change shown before home
	fatal   *common.ErrMsg       // the store is gone: one screen, then quit
	quitAsk bool                 // ctrl+c was pressed while typing: quit? (quit.go)

	width, height int
	bodyW, bodyH  int
	chrome        chrome
	showHelp      bool
	helpTop       int // the first row of the ? overlay shown, when it scrolls
	projector     bool
	help          help.Model
	isDark        bool           // the terminal's background, as it reported it
	tick          func() tea.Cmd // the clock; tests replace it
}

// New returns the root model for c on the store st, ready to resume at r.
func New(c common.Common, st Store, r model.Resume) *App {
	h := help.New()
	h.Styles = c.Styles.App.Help
	m := &App{
		c:       c,
		st:      st,
		id:      c.NewID(),
		home:    home.New(c, st),
		meeting: meeting.New(c, st),
		roster:  roster.New(c, st),
		actions: actions.New(c, st),
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
func (m *App) setProjector(on bool) tea.Cmd {
	m.projector = on
	m.home.SetProjector(on)
	return m.meeting.SetProjector(on)
}

// Init loads the workshop and opens the screen the facilitator left.
func (m *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tea.RequestBackgroundColor, m.tick(), m.loadWorkshopCmd()}
	r := m.resume
	switch {
	case r.Screen == model.ScreenRecord && r.MeetingID != 0:
		m.history = []screenID{homeID}
		cmds = append(cmds, m.meeting.OpenRecord(r.MeetingID))
		m.meeting.LookAt(r.ItemID)
		m.active = meetingID
	case (r.Screen == model.ScreenMeeting || r.Screen == model.ScreenSlide) && r.MeetingID != 0:
		m.history = []screenID{homeID}
		cmds = append(cmds, m.meeting.Open(r.MeetingID, r.Screen == model.ScreenSlide))
		m.meeting.LookAt(r.ItemID)
		m.active = meetingID
	case r.Screen == model.ScreenRoster:
		m.history = []screenID{homeID}
		cmds = append(cmds, m.roster.Open(r.MeetingID))
		m.active = rosterID
	case r.Screen == model.ScreenActions:
		// back leads where the list was opened from: the meeting's run
		// sheet, loaded when it is gone back to (screens hear only while
		// they are shown)
		m.history = []screenID{homeID}
		if r.MeetingID != 0 {
			m.history = append(m.history, meetingID)
			m.reopen = r.MeetingID
		}
		cmds = append(cmds, m.actions.Open(r.MeetingID))
		m.active = actionsID
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
	case actionsID:
		return m.actions
	}
	return m.home
}

func (m *App) capturing() bool {
	if m.export != nil || m.offer != nil {
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
		m.chrome.err, m.chrome.detail = m.c.T.FaultBanner(msg.Op, msg.Err)
		m.chrome.flash = ""
		if common.Fatal(msg.Err) {
			m.fatal = &msg
		}
	case common.FlashMsg:
		m.chrome.flash = msg.Text
		return m, m.afterUpdate(nil)
	case tea.PasteMsg:
		if m.export != nil {
			return m, m.afterUpdate(m.updateExport(msg))
		}
	case common.OpenMeetingMsg:
		return m, m.afterUpdate(m.open(meetingID, m.meeting.Open(msg.MeetingID, msg.Slide)))
	case common.BackMsg:
		return m, m.afterUpdate(m.back())
	case home.SwitchWorkshopMsg:
		return m, m.afterUpdate(m.switchWorkshop(msg.WorkshopID))
	case tea.KeyPressMsg:
		if cmd, done := m.handleKey(msg); done {
			return m, m.afterUpdate(cmd)
		}
	}
	if _, ok := msg.(common.Committer); ok { // a later success: the error it showed is over
		m.chrome.savedAt = m.c.Now()
		m.chrome.err, m.chrome.detail = "", ""
	}
	if m.export != nil {
		cmds = append(cmds, m.updateExport(msg))
	}
	if m.offer != nil {
		cmds = append(cmds, m.updateOffer(msg))
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
	if cmd, done := m.askQuit(msg); done {
		return cmd, true
	}
	if key.Matches(msg, k.ForceQuit) || m.fatal != nil && key.Matches(msg, k.Quit) {
		return tea.Quit, true
	}
	if m.fatal != nil {
		return nil, true // nothing else can work
	}
	m.chrome.flash = ""
	if m.offer != nil {
		return m.updateOffer(msg), true
	}
	if m.export != nil {
		return m.updateExport(msg), true
	}
	if m.capturing() {
		return nil, false
	}
	switch {
	case m.showHelp && (key.Matches(msg, k.Help) || key.Matches(msg, k.Back)):
		m.showHelp = false
		return nil, true
	case m.chrome.err != "" && key.Matches(msg, k.Back):
		m.chrome.err, m.chrome.detail = "", ""
		return nil, true
	case key.Matches(msg, k.Quit):
		return tea.Quit, true
	case key.Matches(msg, k.Help):
		m.showHelp, m.helpTop = true, 0
		return nil, true
	case m.showHelp && key.Matches(msg, k.Up):
		m.helpTop = max(m.helpTop-1, 0)
		return nil, true
	case m.showHelp && key.Matches(msg, k.Down):
		m.helpTop++ // the overlay keeps it within the keys
		return nil, true
	case key.Matches(msg, k.Projector):
		return m.setProjector(!m.projector), true
	case key.Matches(msg, k.Theme):
		cur := m.c.Styles.Theme
		if cur == common.ThemeAuto { // following the terminal: go on from what it shows
			cur = common.ThemeLight
			if m.isDark {
				cur = common.ThemeDark
			}
		}
		return tea.Batch(m.setTheme(cur.Next()), common.Flash(m.c.T.ThemeSwitched(string(m.c.Styles.Theme)))), true
	case key.Matches(msg, k.Export):
		d, cmd := exportdialog.New(m.c, m.st, m.contextMeeting())
		m.export = d
		return cmd, true
	case key.Matches(msg, k.Roster) && m.active != rosterID:
		return m.open(rosterID, m.roster.Open(m.contextMeeting())), true
	case key.Matches(msg, k.Actions) && m.active != actionsID:
		return m.open(actionsID, m.actions.Open(m.actionsMeeting())), true
	}
	return nil, m.showHelp // while help is up, other keys do nothing
}

// setTheme rebuilds the shared styles for theme; every screen draws with
// them from the next frame on.
func (m *App) setTheme(theme common.Theme) tea.Cmd {
	*m.c.Styles = *common.NewStyles(theme, m.isDark)
	m.help.Styles = m.c.Styles.App.Help
	return m.meeting.Restyle() // the slide's text was styled when it was built
}

// updateExport hands msg to the open export dialog and closes it once it
// ended: written (with a notice where) or cancelled.
func (m *App) updateExport(msg tea.Msg) tea.Cmd {
	d := m.export
	cmd, _ := d.Update(msg)
	switch d.State() {
	case common.FormDone:
		m.export = nil
		m.chrome.flash, m.chrome.err, m.chrome.detail = d.Notice(), "", ""
	case common.FormCancelled:
		m.export = nil
	}
	return cmd
}

// contextMeeting is the meeting the facilitator is working on: the open
// one, or the one selected at home.
func (m *App) contextMeeting() int64 {
	if m.active == meetingID || m.home.SelectedID() == 0 {
		return m.meeting.ID()
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
	if id == meetingID || id == homeID {
		m.reopen = 0 // the meeting is opened anew, or left behind
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
		return m.roster.Open(m.roster.MeetingID())
	case actionsID:
		return m.actions.Open(m.actions.MeetingID())
	case meetingID:
		if id := m.reopen; id != 0 {
			m.reopen = 0
			return m.meeting.Open(id, false)
		}
	}
	return nil
}

func (m *App) setScreen(s common.Screen) {
	switch s := s.(type) {
	case *home.Screen:
		m.home = s
	case *meeting.Screen:
		m.meeting = s
	case *roster.Screen:
		m.roster = s
	case *actions.Screen:
		m.actions = s
	}
}
