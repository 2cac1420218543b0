package tui

// route.go: what the root keeps in step after every message: the store
// the screens share, the body's size, and the resume point.

import (
	"time"

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

// Store is everything the screens need from the database; *db.Store
// implements it. Each screen and panel declares its own part.
type Store interface {
	home.Store
	meeting.Store
	roster.Store
	actions.Store
	exportdialog.Store
	templatediff.Store
	SaveResume(r model.Resume, at time.Time) error
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
	return tea.Batch(cmd, m.saveResumeCmd(r))
}

// route is where the facilitator stands now, as it is saved for resuming.
func (m *App) route() model.Resume {
	r := model.Resume{WorkshopID: m.c.WorkshopID, Screen: model.ScreenHome, Projector: m.projector}
	switch m.active {
	case meetingID:
		r.Screen, r.MeetingID = model.ScreenMeeting, m.meeting.ID()
		switch {
		case m.meeting.OnSlide() && m.meeting.OnRecord():
			r.Screen = model.ScreenRecord
		case m.meeting.OnSlide():
			r.Screen = model.ScreenSlide
		}
		if r.Screen != model.ScreenMeeting {
			r.ItemID = m.meeting.Viewing()
		}
	case rosterID:
		r.Screen, r.MeetingID = model.ScreenRoster, m.roster.MeetingID()
	case actionsID:
		r.Screen, r.MeetingID = model.ScreenActions, m.actions.MeetingID()
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
	for _, s := range []common.Screen{m.home, m.meeting, m.roster, m.actions} {
		s.SetSize(w, max(h, 0))
	}
}

// actionsMeeting is the meeting a 完了 marked in the 宿題一覧 is recorded
// in: the open meeting when the list is opened from it, else none.
func (m *App) actionsMeeting() int64 {
	if m.active == meetingID {
		return m.meeting.ID()
	}
	return 0
}
