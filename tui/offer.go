package tui

// offer.go: a template change offered before the home screen
// (templatediff), and switching to another workshop of the file.

import (
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
	"yoriai/tui/home"
	"yoriai/tui/meeting"
	"yoriai/tui/roster"
	"yoriai/tui/templatediff"
)

// OfferTemplate shows o, a template that differs from the workshop, before
// anything else; the app then starts at home. Call it before the program
// runs.
func (m *App) OfferTemplate(o templatediff.Offer) {
	m.offer = templatediff.New(m.c, m.st, o)
	m.resume = model.Resume{WorkshopID: m.c.WorkshopID, Screen: model.ScreenHome, Projector: m.resume.Projector}
}

// updateOffer hands msg to the offered template change and closes it once
// it ended: applied (home and the status bar read the workshop again) or
// not applied now.
func (m *App) updateOffer(msg tea.Msg) tea.Cmd {
	d := m.offer
	cmd, _ := d.Update(msg)
	switch d.State() {
	case common.FormDone:
		m.offer = nil
		m.chrome.flash = d.Notice()
		return tea.Batch(cmd, m.home.Init(), m.loadWorkshopCmd())
	case common.FormCancelled:
		m.offer = nil
	}
	return cmd
}

// switchWorkshop opens workshop id at home: every screen is built anew for
// it, and the resume point names it from now on.
func (m *App) switchWorkshop(id int64) tea.Cmd {
	m.c.WorkshopID = id
	m.home = home.New(m.c, m.st)
	m.meeting = meeting.New(m.c, m.st)
	m.roster = roster.New(m.c, m.st)
	m.home.SetProjector(m.projector)
	m.meeting.SetProjector(m.projector)
	m.active, m.history, m.reopen = homeID, nil, 0
	m.bodyW, m.bodyH = -1, -1 // size the new screens
	return tea.Batch(m.home.Init(), m.loadWorkshopCmd())
}
