package meeting

// panels.go: which panel shows each kind of agenda item on the slide, and
// when it is open. The table below is the one place that names the kinds:
// a new kind of item is a new panel package and one line here.

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/board"
	"yoriai/tui/common"
	"yoriai/tui/ideas"
	"yoriai/tui/poll"
	"yoriai/tui/record"
	"yoriai/tui/review"
	"yoriai/tui/slide"
	"yoriai/tui/task2"
)

// Store is what a meeting needs from the database: its own reads and
// writes and those of every panel it opens.
type Store interface {
	Workshop(id int64) (model.Workshop, []model.Pillar, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	SaveRun(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) error
	EditStore
	ideas.Store
	poll.Store
	board.Store
	task2.Store
	review.Store
	record.Store
}

// opener builds the panel of an item on its slide.
type opener func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd)

// kind is how the items of one kind are shown.
type kind struct {
	open opener
	// resident panels are open whenever their item is current, also while
	// the run sheet is shown: an open ballot takes the screen at once.
	resident bool
	// headline panels need the rows: the item's title goes into the
	// heading line instead of a block of its own.
	headline bool
	// playable items have a video (a URL or a file) that o opens.
	playable bool
}

func text(c common.Common, _ Store, s common.Slide) (common.Panel, tea.Cmd) { return slide.New(c, s) }

// kinds maps each item kind to its panel; a kind not in it is shown as text.
var kinds = map[model.ItemKind]kind{
	model.KindBriefing: {open: text},
	model.KindVideo:    {open: text, playable: true},
	model.KindWrapUp:   {open: text},
	model.KindPrompt:   {open: func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) { return ideas.New(c, st, s) }},
	model.KindPoll:     {open: func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) { return poll.New(c, st, s) }, resident: true},
	model.KindTask1:    {open: func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) { return board.New(c, st, s) }, headline: true},
	model.KindTask2:    {open: func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) { return task2.New(c, st, s) }, headline: true},
	model.KindReview:   {open: func(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) { return review.New(c, st, s) }},
}

func kindOf(k model.ItemKind) kind {
	if kd, ok := kinds[k]; ok {
		return kd
	}
	return kind{open: text}
}

// syncPanel opens the current item's panel when its slide is shown (or,
// for a resident panel, whenever the item is current), tells it when its
// slide comes on screen, and closes it when it is no longer wanted, so
// that it is read afresh next time.
func (s *Screen) syncPanel() tea.Cmd {
	it, ok := s.onSlide()
	if !s.loaded || !ok {
		s.panel, s.panelItem, s.shown = nil, 0, false
		return nil
	}
	kd := kindOf(it.Kind)
	if !s.slide && !kd.resident {
		s.panel, s.panelItem, s.shown = nil, 0, false
		return nil
	}
	var cmds []tea.Cmd
	if s.panel == nil || s.panelItem != it.ID {
		p, cmd := kd.open(s.c, s.st, common.Slide{Workshop: s.workshop, Pillars: s.pillars, Meeting: s.meeting,
			Item: it, Projector: s.projector})
		s.panel, s.panelItem, s.shown = p, it.ID, false
		cmds = append(cmds, cmd)
	}
	switch {
	case s.slide && !s.shown:
		s.shown = true
		cmds = append(cmds, s.toPanel(common.ShownMsg{Rows: s.h}))
	case !s.slide:
		s.shown = false
	}
	return tea.Batch(cmds...)
}

// shortSlide reports a short screen (40×12): the slide's title block
// loses its padding and the blank line under it, so that a dialog on the
// slide keeps the rows it needs.
func (s *Screen) shortSlide() bool { return s.h < 16 }

// headHeight is the rows above the panel: the heading line, and for most
// kinds the title block and a blank line.
func (s *Screen) headHeight(it model.AgendaItem) int {
	if kindOf(it.Kind).headline {
		return 1
	}
	if s.shortSlide() {
		return 1 + lipgloss.Height(s.slideTitle(it))
	}
	return 2 + lipgloss.Height(s.slideTitle(it))
}
