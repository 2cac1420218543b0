// Package home is the home screen. It shows the workshop (title, vision, pillars)
// and its series of meetings with their dates and status, and points at the
// meeting under way so the facilitator can carry on.
//
// Consumes: homeLoadedMsg, createdMsg. Emits: common.OpenMeetingMsg,
// SwitchWorkshopMsg (workshops.go).
// Keys: ↑/↓ choose a meeting, enter open its run sheet, W the list of
// workshops.
package home

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the home screen needs from the database.
type Store interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	WorkshopStore
}

// Screen is the workshop and its meetings.
type Screen struct {
	c         common.Common
	st        Store
	id        int64
	w, h      int
	loaded    bool
	workshop  model.Workshop
	pillars   []model.Pillar
	meetings  []model.Meeting
	cursor    int
	top       int
	projector bool
	workshops []model.Workshop  // every workshop of the file
	listing   bool              // the workshop list has the focus
	wsCursor  int               // the workshop chosen in it
	entry     *common.LineEntry // the title of a new workshop, while typed
}

// homeLoadedMsg carries everything the home screen shows.
type homeLoadedMsg struct {
	workshop model.Workshop
	pillars  []model.Pillar
	meetings []model.Meeting
	all      []model.Workshop
}

// New returns the home screen on st.
func New(c common.Common, st Store) *Screen { return &Screen{c: c, st: st, id: c.NewID()} }

func (s *Screen) loadCmd() tea.Cmd {
	st, id := s.st, s.c.WorkshopID
	return s.c.Do(s.id, s.c.T.OpLoadWorkshop, func() (tea.Msg, error) {
		w, ps, err := st.Workshop(id)
		if err != nil {
			return nil, err
		}
		ms, err := st.Meetings(id)
		if err != nil {
			return nil, err
		}
		all, err := st.Workshops()
		return homeLoadedMsg{workshop: w, pillars: ps, meetings: ms, all: all}, err
	})
}

// SetProjector hides facilitator-only text (the database path) while the
// room is looking.
func (s *Screen) SetProjector(on bool) { s.projector = on }

// Init reads the workshop and its meetings.
func (s *Screen) Init() tea.Cmd { return s.loadCmd() }

// SetSize sets the body's size.
func (s *Screen) SetSize(w, h int) {
	s.w, s.h = w, h
	s.top = common.ScrollWindow(s.top, s.cursor, len(s.meetings), s.listHeight()-1)
}

// listHeight is the rows left for the meeting table (its header included)
// after the workshop lines above it and the details below it.
func (s *Screen) listHeight() int {
	return max(s.h-len(s.headLines())-1-(strings.Count(s.detailView(), "\n")+1), 2)
}

// compact is true on short screens: the vision, the pillars and the
// meeting's details give way to the list.
func (s *Screen) compact() bool { return s.h < 16 }

// Update handles the loaded series and the keys.
func (s *Screen) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		first := !s.loaded
		s.loaded = true
		s.workshop, s.pillars, s.meetings, s.workshops = msg.workshop, msg.pillars, msg.meetings, msg.all
		if first {
			s.cursor = resumeIndex(s.meetings)
		}
		s.cursor = min(s.cursor, max(len(s.meetings)-1, 0))
		s.top = common.ScrollWindow(s.top, s.cursor, len(s.meetings), s.listHeight()-1)
	case createdMsg:
		return s, s.created(msg.workshop)
	case common.ErrMsg:
		if msg.For(s.id) && s.entry != nil {
			s.entry.Fail(s.c.Problem(msg))
		}
	}
	if cmd, handled := s.updateWorkshops(msg); handled {
		return s, cmd
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := s.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			s.cursor = max(s.cursor-1, 0)
		case key.Matches(msg, k.Down):
			s.cursor = min(s.cursor+1, max(len(s.meetings)-1, 0))
		}
		s.top = common.ScrollWindow(s.top, s.cursor, len(s.meetings), s.listHeight()-1)
		switch {
		case key.Matches(msg, k.Open):
			if id := s.SelectedID(); id != 0 {
				return s, func() tea.Msg { return common.OpenMeetingMsg{MeetingID: id} }
			}
		}
	}
	return s, nil
}

// resumeIndex picks the meeting to offer first: the one under way, else the
// first not held yet, else the last.
func resumeIndex(ms []model.Meeting) int {
	for i, m := range ms {
		if m.Status == model.StatusRunning {
			return i
		}
	}
	for i, m := range ms {
		if m.Status == model.StatusPlanned {
			return i
		}
	}
	return max(len(ms)-1, 0)
}

// SelectedID is the meeting under the cursor, 0 before loading.
func (s *Screen) SelectedID() int64 {
	if s.cursor < len(s.meetings) {
		return s.meetings[s.cursor].ID
	}
	return 0
}

// ShortHelp is the footer's keys.
func (s *Screen) ShortHelp() []key.Binding {
	if s.listing || s.entry != nil {
		return s.workshopHelp()
	}
	k := s.c.Keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Actions, k.Workshops}
}

// FullHelp is the keys for the ? overlay.
func (s *Screen) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.ShortHelp()}
}

// View draws the workshop and its meetings.
func (s *Screen) View() string {
	if !s.loaded {
		return s.c.T.Loading
	}
	head := strings.Join(s.headLines(), "\n")
	body := head + "\n" + s.tableView(s.listHeight()) + "\n\n" + s.detailView()
	if s.entry != nil {
		return s.withEntry(body)
	}
	return body
}

// headLines are the workshop's title, vision and pillars, and a blank line.
func (s *Screen) headLines() []string {
	st, t := s.c.Styles, s.c.T
	lines := []string{st.Home.Title.Render(common.Truncate(s.workshop.Title, s.w))}
	if s.compact() {
		return append(append(lines, s.workshopLines()...), "")
	}
	if s.workshop.Vision != "" {
		lines = append(lines, st.Home.Vision.Render(common.Truncate(t.Vision(s.workshop.Vision), s.w)))
	}
	names := make([]string, len(s.pillars))
	for i, p := range s.pillars {
		names[i] = p.Name
	}
	if len(names) > 0 {
		lines = append(lines, st.Home.Pillar.Render(common.Truncate(t.Pillars+strings.Join(names, t.Marks.Pillars), s.w)))
	}
	if ws := s.workshopLines(); len(ws) > 0 {
		lines = append(append(lines, ""), ws...)
	}
	return append(lines, "")
}

// columns returns the widths of the meeting table's columns; the date and
// place columns go first when the screen is narrow.
func (s *Screen) columnWidths() (num, title, when, place, status int) {
	num, status = 4, 8
	if s.w >= 100 {
		when, place = 34, 14
	} else if s.w >= 70 {
		when = 34
	}
	title = max(s.w-2-num-when-place-status, 6)
	return
}

func (s *Screen) tableView(h int) string {
	st, t := s.c.Styles, s.c.T
	num, title, when, place, status := s.columnWidths()
	widths := []int{num, title, when, place, status}
	row := func(v ...string) string { return common.Columns(widths, v...) }
	lines := []string{"  " + st.Home.Header.Render(row(t.ColNumber, t.ColMeeting, t.ColWhen, t.ColPlace, t.ColStatus))}
	top := common.ScrollWindow(s.top, s.cursor, len(s.meetings), h-1)
	for i := top; i < len(s.meetings) && i < top+h-1; i++ {
		m := s.meetings[i]
		text := row(fmt.Sprint(m.Number), m.Title+t.Workshops.Mark(m.NotInTemplate), t.MeetingWhen(m), m.Place, t.Status(m.Status))
		switch {
		case i == s.cursor:
			lines = append(lines, st.Home.Selected.Render("> "+text))
		case m.Status == model.StatusRunning:
			lines = append(lines, "  "+st.Home.Running.Render(text))
		case m.Status == model.StatusEnded:
			lines = append(lines, "  "+st.Home.Ended.Render(text))
		default:
			lines = append(lines, "  "+st.Home.Row.Render(text))
		}
	}
	return strings.Join(lines, "\n")
}

// detailView describes the selected meeting: when, where, what for, and
// (not on the projector) where the data is kept. Short screens get only the
// hint.
func (s *Screen) detailView() string {
	st, t := s.c.Styles, s.c.T
	if s.cursor >= len(s.meetings) {
		return st.Home.Planned.Render(t.NoMeetings)
	}
	m := s.meetings[s.cursor]
	hint := t.OpenHint
	if m.Status == model.StatusRunning {
		hint = t.ResumeHint
	}
	hint = st.Home.Resume.Render(common.Truncate(hint, s.w))
	if s.compact() {
		return hint
	}
	head := m.Title
	if m.FiscalYear != "" {
		head += fmt.Sprintf(t.Marks.FmtInYear, fiscalYear(t, m.FiscalYear))
	}
	lines := []string{st.Home.Title.Render(common.Truncate(head, s.w))}
	lines = append(lines, common.Truncate(t.MeetingWhen(m)+"  "+m.Place, s.w))
	if len(m.Topics) > 0 {
		lines = append(lines, common.Truncate(t.Topics+strings.Join(m.Topics, t.Marks.Join), s.w))
	}
	lines = append(lines, hint)
	if !s.projector && s.c.DBPath != "" {
		lines = append(lines, st.Home.Planned.Render(common.Truncate(t.DBPathOnExit(s.c.DBPath), s.w)))
	}
	return strings.Join(lines, "\n")
}

// fiscalYear names a meeting's fiscal year, as the template wrote it, in
// the interface's language (令和4年度, FY2022 (R4)); what cannot be read
// as a fiscal year is shown as written.
func fiscalYear(t *i18n.Catalog, s string) string {
	if fy, err := model.ParseFiscalYear(s); err == nil {
		return t.FY(fy)
	}
	return s
}
