package meeting

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
	"yoriai/tui/slide"
)

// syncSlide refills the slide's viewport when the item, the width or the
// projector mode changed; otherwise it leaves it (and its scroll) alone.
func (s *MeetingScreen) syncSlide() {
	it, ok := s.Run.CurrentItem()
	if !s.loaded || !ok || s.w <= 0 {
		return
	}
	k := SlideKey{itemID: it.ID, width: s.w, projector: s.projector}
	if k == s.VpKey {
		s.vp.SetHeight(max(s.h-s.slideHeadHeight(it), 1))
		return
	}
	sameItem := k.itemID == s.VpKey.itemID
	s.VpKey = k
	s.vp.SetWidth(s.w)
	s.vp.SetHeight(max(s.h-s.slideHeadHeight(it), 1))
	s.vp.SetContent(s.slideBody(it, s.w))
	if !sameItem {
		s.vp.GotoTop()
	}
}

// slideTitle is the item's title as a full-width block.
func (s *MeetingScreen) slideTitle(it model.AgendaItem) string {
	return s.c.Styles.Slide.Title.Width(s.w).Render(it.Title)
}

// slideHeadHeight is the rows above the scrolling body: the label line,
// the title block and a blank line.
func (s *MeetingScreen) slideHeadHeight(it model.AgendaItem) int {
	return 2 + lipgloss.Height(s.slideTitle(it))
}

func (s *MeetingScreen) slideView() string {
	st, t := s.c.Styles, s.c.T
	it, _ := s.Run.CurrentItem()
	label := fmt.Sprintf("%s  %d/%d", t.Kind(it.Kind), it.Position+1, len(s.Run.Items))
	timer := s.timerStyle(it, s.now).Render(s.countdown(it, s.now))
	gap := s.w - lipgloss.Width(timer)
	head := st.Slide.Kind.Render(common.Fit(label, gap)) + timer
	if gap < 8 {
		head = timer
	}
	if it.Kind == model.KindPrompt {
		intro := it.Body
		q := s.c.Styles.Slide.Meta.Render(common.Wrap(s.c.T.QuestionLabel+it.Question, s.w))
		rest := s.h - s.slideHeadHeight(it) - (strings.Count(q, "\n") + 2)
		return head + "\n" + s.slideTitle(it) + "\n\n" + q + "\n\n" + s.Ideas.View(s.w, max(rest, 1), intro)
	}
	if it.Kind == model.KindTask1 || it.Kind == model.KindTask2 { // they need the room: one line of heading
		title := s.c.Styles.Slide.Kind.Render(common.Fit(label+"  "+it.Title, max(gap, 0)))
		if gap < 8 {
			title = ""
		}
		body := s.board.View(s.w, max(s.h-1, 1))
		if it.Kind == model.KindTask2 {
			body = s.task2.View(s.w, max(s.h-1, 1))
		}
		return title + timer + "\n" + body
	}
	if it.Kind == model.KindPoll {
		return head + "\n" + s.slideTitle(it) + "\n\n" + s.poll.View(s.w, max(s.h-s.slideHeadHeight(it), 1))
	}
	return head + "\n" + s.slideTitle(it) + "\n\n" + s.vp.View()
}

// slideBody is everything under the title, wrapped to w cells: the question
// of a prompt, the body, what the video is, the poll's questions, which
// screen runs the item, and (not on the projector) the facilitator's notes.
func (s *MeetingScreen) slideBody(it model.AgendaItem, w int) string {
	st, t := s.c.Styles, s.c.T
	var parts []string
	add := func(style lipgloss.Style, text string) {
		if strings.TrimSpace(text) != "" {
			parts = append(parts, style.Render(common.Wrap(text, w)))
		}
	}
	if d := slide.DiagramView(s.c, it.Diagram, s.workshop, s.pillars, w); d != "" {
		parts = append(parts, d)
	}
	if it.Kind == model.KindPrompt {
		add(st.Slide.Meta, t.QuestionLabel+it.Question)
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
	if !s.projector && strings.TrimSpace(it.Notes) != "" {
		add(st.Slide.Notes, t.NotesLabel+it.Notes)
	}
	return strings.Join(parts, strings.Repeat("\n", st.Slide.Spacing+1))
}
