// Package slide is the panel of the items that are read rather than
// worked on: a briefing (with its diagram), a video (who, from where, its
// URL), the まとめ. It shows the item's text wrapped to the width, scrolled
// with ↑/↓ and pgup/pgdn, and, off the projector, the facilitator's notes.
//
// Consumes: common.ProjectorMsg, common.StylesChangedMsg. Keys: ↑/↓,
// pgup/pgdn scroll.
package slide

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Panel is one item's text on the slide.
type Panel struct {
	c     common.Common
	slide common.Slide
	vp    viewport.Model
	built builtKey // what the viewport holds, so it is refilled only on change
}

// builtKey is what the slide's text depends on.
type builtKey struct {
	width     int
	projector bool
	ok        bool
}

// New opens the text of the item of s. It reads nothing from the store.
func New(c common.Common, s common.Slide) (common.Panel, tea.Cmd) {
	return &Panel{c: c, slide: s, vp: viewport.New()}, nil
}

// Update scrolls on ↑/↓ and pgup/pgdn; other keys are the meeting's.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case common.ProjectorMsg:
		p.slide.Projector = msg.On
	case common.StylesChangedMsg:
		p.built = builtKey{}
	case tea.KeyPressMsg:
		k := p.c.Keys
		switch {
		case key.Matches(msg, k.Up):
			p.vp.ScrollUp(1)
		case key.Matches(msg, k.Down):
			p.vp.ScrollDown(1)
		case key.Matches(msg, k.PageUp):
			p.vp.PageUp()
		case key.Matches(msg, k.PageDown):
			p.vp.PageDown()
		default:
			return p, nil, false
		}
		return p, nil, true
	}
	return p, nil, false
}

// View shows the visible part of the text, wrapped to w. The text is built
// again only when the width, the projector mode or the theme changed, and
// then keeps its scroll.
func (p *Panel) View(w, h int) string {
	k := builtKey{width: w, projector: p.slide.Projector, ok: true}
	if k != p.built {
		p.built = k
		p.vp.SetWidth(w)
		p.vp.SetContent(p.body(w))
	}
	total := p.vp.TotalLineCount()
	if total <= h || h < 2 {
		p.vp.SetHeight(max(h, 1))
		return p.vp.View()
	}
	// Cut: the last row says so, and how far the text has been read.
	p.vp.SetHeight(h - 1)
	return p.vp.View() + "\n" + p.c.Styles.Form.Hint.Render(common.MarkRow(p.vp.YOffset(), h-1, total, w))
}

// Capturing is false: the text takes no typing.
func (p *Panel) Capturing() bool { return false }

// Cursor is nil: there is no field.
func (p *Panel) Cursor(w, h int) *tea.Cursor { return nil }

// ShortHelp is the footer on a text slide: the meeting's keys.
func (p *Panel) ShortHelp() []key.Binding {
	return common.SlideHelp(p.c.Keys, nil, false)
}

// FullHelp adds nothing to the meeting's keys.
func (p *Panel) FullHelp() [][]key.Binding { return nil }

// body is everything under the title, wrapped to w cells: the diagram, the
// body, what the video is, any poll questions, which screen runs the
// item, and (not on the projector) the facilitator's notes.
func (p *Panel) body(w int) string {
	st, t, it := p.c.Styles, p.c.T, p.slide.Item
	var parts []string
	add := func(style lipgloss.Style, text string) {
		if strings.TrimSpace(text) != "" {
			parts = append(parts, style.Render(common.Wrap(text, w)))
		}
	}
	if d := DiagramView(p.c, it.Diagram, p.slide.Workshop, p.slide.Pillars, w); d != "" {
		parts = append(parts, d)
	}
	add(st.Slide.Body, it.Body)
	if it.Kind == model.KindVideo {
		var meta []string
		for _, f := range []struct{ label, value string }{
			{t.SpeakerLabel, it.Speaker}, {t.SourceLabel, it.Source}, {t.URLLabel, it.URL},
		} {
			v := f.value
			if v == "" {
				v = t.NotSet
			}
			meta = append(meta, common.Wrap(st.Slide.Label.Render(f.label)+st.Slide.Meta.Render(v), w))
		}
		parts = append(parts, strings.Join(meta, "\n"))
	}
	for i, q := range it.Questions {
		lines := []string{st.Slide.Meta.Render(common.Wrap(fmt.Sprintf("Q%d. %s", i+1, q.Text), w))}
		for j, c := range q.Choices {
			lines = append(lines, st.Slide.Choice.Render(common.Truncate(fmt.Sprintf("   %d) %s", j+1, c), w)))
		}
		if q.Kind == model.QuestionText {
			lines = append(lines, st.Slide.Label.Render(common.Truncate("   "+t.FreeText, w)))
		}
		parts = append(parts, strings.Join(lines, "\n"))
	}
	if screen := t.HandledBy(it.Kind); screen != "" {
		parts = append(parts, st.Slide.Notice.Render(common.Wrap(screen, max(w-4, 10))))
	}
	if !p.slide.Projector && strings.TrimSpace(it.Notes) != "" {
		add(st.Slide.Notes, t.NotesLabel+it.Notes)
	}
	return strings.Join(parts, strings.Repeat("\n", st.Slide.Spacing+1))
}
