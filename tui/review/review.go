// Package review is the panel of a ふりかえり item (kind review), the one
// that opens meetings 2–6. Under the template's heading and text it shows,
// drawn from the data (export.Gather, then export.BuildReview): the
// previous meeting's decisions, the 宿題 still open (担当, 期限, overdue
// marked; those done in this meeting stay listed as 完了), the poll shares
// with the same question at earlier meetings, the Task ① cards new (新) or
// changed (更) since, per pillar, and the chat lines imported since.
//
// Consumes: loadedMsg, doneMsg, common.ShownMsg (reads afresh),
// common.ProjectorMsg, common.StylesChangedMsg, common.ErrMsg (its own).
// Emits: common.FlashMsg. Keys: ↑/↓, pgup/pgdn scroll; tab/shift+tab choose
// a 宿題; c marks it 完了 (again: open). space stays the slide's: the
// timer of the meeting's first item.
package review

import (
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/export"
	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the ふりかえり reads (all the exports read) and writes.
type Store interface {
	export.Source
	export.RoundSource
	export.RecordSource
	SetActionDone(id, meetingID int64, done bool, at time.Time) (model.Entry, error)
}

// Panel is the ふりかえり of one meeting.
type Panel struct {
	c      common.Common
	st     Store
	id     int64
	slide  common.Slide
	loaded bool
	none   bool // the meeting has nothing before it
	review export.Review
	people []model.Participant
	sel    int // the chosen 宿題, an index in review.Actions
	top    int // the first row shown
	h      int // the rows it was last drawn in, for paging
	built  builtKey
	gen    int  // counts the ふりかえり read, so the rows are drawn again
	follow bool // bring the chosen 宿題 into sight at the next View
	lines  []string
	action []int // the row of each 宿題 in lines
}

// builtKey is what the rows depend on.
type builtKey struct {
	width     int
	projector bool
	sel       int
	gen       int
}

// loadedMsg carries the ふりかえり of a meeting; none when it is the first.
type loadedMsg struct {
	itemID int64
	review export.Review
	people []model.Participant
	none   bool
}

// doneMsg reports a committed 完了 (or its undoing) and the ふりかえり read
// again after it.
type doneMsg struct {
	common.Saved
	loadedMsg
	text string
	done bool
}

// New opens the ふりかえり of the item of s. It reads it when its slide is
// shown (common.ShownMsg), each time, as the meeting sends that right
// after opening it: what the 記録 or the board added meanwhile is in it.
func New(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) {
	return &Panel{c: c, st: st, id: c.NewID(), slide: s}, nil
}

// day is the day that decides which 宿題 are overdue: the meeting's date,
// else the day it is shown.
func day(m model.Meeting, now time.Time) model.Date {
	if !m.Date.IsZero() {
		return m.Date
	}
	return model.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()}
}

// build reads the workshop and draws the ふりかえり of meeting m from it.
func build(st Store, wid, itemID int64, m model.Meeting, now time.Time) (loadedMsg, error) {
	d, err := export.Gather(st, wid, now)
	if err != nil {
		return loadedMsg{}, err
	}
	r, err := export.BuildReview(d, m.Number, day(m, now))
	if errors.Is(err, export.ErrNoReview) {
		return loadedMsg{itemID: itemID, none: true}, nil
	}
	if err != nil {
		return loadedMsg{}, err
	}
	return loadedMsg{itemID: itemID, review: r, people: d.People}, nil
}

func (p *Panel) loadCmd() tea.Cmd {
	st, wid, item, m, now := p.st, p.c.WorkshopID, p.slide.Item.ID, p.slide.Meeting, p.c.Now()
	return p.c.Do(p.id, p.c.T.Review.OpLoad, func() (tea.Msg, error) {
		return build(st, wid, item, m, now)
	})
}

// markCmd marks action item a 完了 in this meeting (or open again) and
// reads the ふりかえり again.
func (p *Panel) markCmd(a export.ReviewAction) tea.Cmd {
	st, wid, item, m, now, t := p.st, p.c.WorkshopID, p.slide.Item.ID, p.slide.Meeting, p.c.Now(), p.c.T
	done := a.Entry.Open()
	return p.c.Do(p.id, t.Review.OpMarkDone, func() (tea.Msg, error) {
		if _, err := st.SetActionDone(a.Entry.ID, m.ID, done, now); err != nil {
			return nil, err
		}
		msg, err := build(st, wid, item, m, now)
		text := t.Review.FmtMarkedOpen
		if done {
			text = t.Review.FmtMarkedDone
		}
		return doneMsg{loadedMsg: msg, text: fmt.Sprintf(text, common.OneLine(a.Entry.Text)), done: done}, err
	})
}

// Update takes the loaded ふりかえり and the keys.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case loadedMsg:
		p.take(msg)
	case doneMsg:
		p.take(msg.loadedMsg)
		return p, common.Flash(msg.text), false
	case common.ShownMsg:
		return p, p.loadCmd(), false
	case common.ProjectorMsg:
		p.slide.Projector = msg.On
	case common.StylesChangedMsg:
		p.built = builtKey{}
	case tea.KeyPressMsg:
		cmd, handled := p.handleKey(msg)
		return p, cmd, handled
	}
	return p, nil, false
}

// take shows a ふりかえり read from the store, keeping the chosen 宿題
// where it still is.
func (p *Panel) take(msg loadedMsg) {
	if msg.itemID != p.slide.Item.ID {
		return
	}
	var chosen int64
	if a, ok := p.selected(); ok {
		chosen = a.Entry.ID
	}
	p.loaded, p.none, p.review, p.people = true, msg.none, msg.review, msg.people
	p.sel = 0
	for i, a := range p.review.Actions {
		if a.Entry.ID == chosen {
			p.sel = i
		}
	}
	p.gen++
}

func (p *Panel) selected() (export.ReviewAction, bool) {
	if p.sel >= 0 && p.sel < len(p.review.Actions) {
		return p.review.Actions[p.sel], true
	}
	return export.ReviewAction{}, false
}

func (p *Panel) handleKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	page := max(p.h-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		p.top--
	case key.Matches(msg, k.Down):
		p.top++
	case key.Matches(msg, k.PageUp):
		p.top -= page
	case key.Matches(msg, k.PageDown):
		p.top += page
	case key.Matches(msg, k.NextAction) && len(p.review.Actions) > 0:
		p.sel = (p.sel + 1) % len(p.review.Actions)
		p.follow = true
	case key.Matches(msg, k.PrevAction) && len(p.review.Actions) > 0:
		p.sel = (p.sel + len(p.review.Actions) - 1) % len(p.review.Actions)
		p.follow = true
	case key.Matches(msg, p.markKey()):
		a, ok := p.selected()
		if !ok || !p.loaded {
			return nil, false
		}
		return p.markCmd(a), true
	default:
		return nil, false
	}
	p.clamp()
	return nil, true
}

// clamp keeps the first row shown within the rows last drawn.
func (p *Panel) clamp() { p.top = min(max(p.top, 0), max(len(p.lines)-p.h, 0)) }

// Capturing is false: the ふりかえり takes no typing.
func (p *Panel) Capturing() bool { return false }

// Cursor is nil: there is no field.
func (p *Panel) Cursor(w, h int) *tea.Cursor { return nil }

// ShortHelp is the footer: choosing and marking 宿題 when there are any,
// then the meeting's keys.
func (p *Panel) ShortHelp() []key.Binding {
	k := p.c.Keys
	if len(p.review.Actions) == 0 {
		return common.SlideHelp(k, nil, false)
	}
	return common.SlideHelp(k, []key.Binding{k.NextAction, p.markKey(), k.Timer, k.Down}, false)
}

// markKey is c alone: on a slide space is the timer, and the ふりかえり
// opens the meeting, so a habitual space must not record a 完了.
func (p *Panel) markKey() key.Binding {
	mark := p.c.Keys.MarkDone
	mark.SetKeys("c")
	mark.SetHelp("c", mark.Help().Desc)
	return mark
}

// FullHelp is the panel's keys for the ? overlay.
func (p *Panel) FullHelp() [][]key.Binding {
	k := p.c.Keys
	choose := k.NextAction
	choose.SetHelp("tab/shift+tab", p.c.T.Review.KeySelect)
	return [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown, choose, p.markKey()}}
}
