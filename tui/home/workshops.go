package home

// workshops.go: the list of the file's workshops at the top of home
// (shown when there is more than one, or on W), choosing one, and making a
// new one from the default template.
//
// Emits: SwitchWorkshopMsg. Keys in the list: ↑/↓ choose, enter open,
// a new workshop (asks its title), esc or W back to the meetings.

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/template"
	"yoriai/tui/common"
)

// WorkshopStore is what the workshop list needs from the database.
type WorkshopStore interface {
	Workshops() ([]model.Workshop, error)
	CreateWorkshop(t model.Template, templateSHA string, at time.Time) (model.Workshop, error)
}

// SwitchWorkshopMsg asks the root to open another workshop of the file.
type SwitchWorkshopMsg struct{ WorkshopID int64 }

// createdMsg reports a new workshop made.
type createdMsg struct {
	common.Saved
	workshop model.Workshop
}

// showWorkshops reports whether the list is on the screen.
func (s *Screen) showWorkshops() bool { return len(s.workshops) > 1 || s.listing }

// Capturing reports that the title of a new workshop is being typed.
func (s *Screen) Capturing() bool { return s.entry != nil }

// Cursor is the title field's cursor while it is open.
func (s *Screen) Cursor() *tea.Cursor {
	if s.entry == nil {
		return nil
	}
	return s.entry.Cursor(s.w, s.h)
}

// updateWorkshops handles the keys while the list has the focus, and the
// title entry; handled is false for a key it leaves to the meetings.
func (s *Screen) updateWorkshops(msg tea.Msg) (tea.Cmd, bool) {
	if s.entry != nil {
		cmd := s.entry.Update(msg)
		switch s.entry.State() {
		case common.FormCancelled:
			s.entry = nil
		case common.FormDone:
			title, _ := model.CleanLine(s.entry.Value(), model.MaxTitleRunes)
			if strings.TrimSpace(title) == "" {
				s.entry.Fail(s.c.T.Workshops.TitleRequired)
				return cmd, true
			}
			return tea.Batch(cmd, s.createCmd(title)), true
		}
		return cmd, true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	k := s.c.Keys
	if key.Matches(km, k.Workshops) {
		s.listing = !s.listing
		s.wsCursor = s.currentIndex()
		return nil, true
	}
	if !s.listing {
		return nil, false
	}
	switch {
	case key.Matches(km, k.Up):
		s.wsCursor = max(s.wsCursor-1, 0)
	case key.Matches(km, k.Down):
		s.wsCursor = min(s.wsCursor+1, max(len(s.workshops)-1, 0))
	case key.Matches(km, k.Back):
		s.listing = false
	case key.Matches(km, k.Add):
		s.entry = common.NewLineEntry(s.c, s.c.T.Workshops.NewTitle, s.c.T.Workshops.NewHint, model.MaxTitleRunes, "", nil)
	case key.Matches(km, k.Open):
		s.listing = false
		if s.wsCursor < len(s.workshops) && s.workshops[s.wsCursor].ID != s.c.WorkshopID {
			id := s.workshops[s.wsCursor].ID
			return func() tea.Msg { return SwitchWorkshopMsg{WorkshopID: id} }, true
		}
	}
	return nil, true
}

// createCmd makes a workshop from the default template under title.
func (s *Screen) createCmd(title string) tea.Cmd {
	st, now := s.st, s.c.Now()
	return s.c.Do(s.id, s.c.T.Workshops.OpCreate, func() (tea.Msg, error) {
		t, err := template.Parse(template.Default())
		if err != nil {
			return nil, err
		}
		t.Workshop.Title = title
		w, err := st.CreateWorkshop(t, "", now) // not the default file as it is: its title differs
		return createdMsg{workshop: w}, err
	})
}

// created closes the entry and opens the new workshop.
func (s *Screen) created(w model.Workshop) tea.Cmd {
	s.entry, s.listing = nil, false
	return tea.Batch(common.Flash(fmt.Sprintf(s.c.T.Workshops.FmtSwitched, w.Title)),
		func() tea.Msg { return SwitchWorkshopMsg{WorkshopID: w.ID} })
}

func (s *Screen) currentIndex() int {
	for i, w := range s.workshops {
		if w.ID == s.c.WorkshopID {
			return i
		}
	}
	return 0
}

// workshopLines are the list's lines: its title and one line a workshop,
// the open one marked, the chosen one highlighted while the list has the
// focus.
func (s *Screen) workshopLines() []string {
	if !s.showWorkshops() {
		return nil
	}
	st, tw := s.c.Styles, s.c.T.Workshops
	head := tw.ListTitle
	if !s.listing {
		head += s.c.T.Aside(s.c.Keys.Workshops.Help().Key)
	}
	lines := []string{st.Home.Header.Render(common.Truncate(head, s.w))}
	for i, w := range s.workshops {
		text := w.Title
		if w.ID == s.c.WorkshopID {
			text += tw.Current
		}
		switch {
		case s.listing && i == s.wsCursor:
			lines = append(lines, st.Home.Selected.Render(common.Truncate("> "+text, s.w)))
		case w.ID == s.c.WorkshopID:
			lines = append(lines, st.Home.Running.Render(common.Truncate("  "+text, s.w)))
		default:
			lines = append(lines, st.Home.Row.Render(common.Truncate("  "+text, s.w)))
		}
	}
	return lines
}

// withEntry puts the title entry at the bottom of body, h rows in all.
func (s *Screen) withEntry(body string) string {
	box := s.entry.View(s.w)
	room := max(s.h-lipgloss.Height(box), 0)
	rows := strings.Split(body, "\n")
	if len(rows) > room {
		rows = rows[:room]
	}
	for len(rows) < room {
		rows = append(rows, "")
	}
	return strings.Join(append(rows, box), "\n")
}

// workshopHelp is the footer while the list has the focus.
func (s *Screen) workshopHelp() []key.Binding {
	k := s.c.Keys
	if s.entry != nil {
		return []key.Binding{k.Save, k.Cancel}
	}
	add, back := k.Add, k.Back
	add.SetHelp("a", s.c.T.Workshops.KeyNewWorkshop)
	return []key.Binding{k.Up, k.Down, k.Open, add, back}
}
