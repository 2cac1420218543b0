package poll

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// View draws the poll in w×h cells. Nothing of the answers is drawn before
// the reveal: not a count, not a percentage, not a reason.
func (p *Panel) View(w, h int) string {
	t := p.c.T
	if !p.loaded {
		return t.Loading
	}
	if p.inBallot() {
		return p.ballotView(w, h)
	}
	if p.pin != nil {
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, p.pin.view(p.c, min(w, 64), h))
	}
	if p.confirm != pollConfirmNone {
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, p.dialogView(w))
	}
	if p.form != nil {
		box, _ := p.form.box(w, h)
		return box
	}
	var under string
	if p.line != nil {
		under = p.line.View(w)
		h -= lipgloss.Height(under)
	}
	var lines []string
	switch {
	case !p.data.has || p.choosing:
		var mode int
		lines, mode = p.chooseLines(w)
		if space := max(h, 1); len(lines) > space { // short screen: the choice of mode stays in view
			lines = lines[common.FocusWindow(len(lines), space, mode, len(lines)-1):]
		}
	case p.data.poll.Stage() == model.StageRevealed:
		lines = p.revealedLines(w, h)
	case p.data.poll.Mode == model.PollTally:
		lines = p.tallyLines(w, h)
	case p.data.poll.Mode == model.PollNamed:
		lines = p.namedLines(w, h)
	default:
		lines = p.hiddenLines(w)
	}
	body := common.ClampHeight(strings.Join(lines, "\n"), max(h, 1))
	if under != "" {
		body = common.PadHeight(body, h) + "\n" + under
	}
	return body
}

// ballotView is all a participant sees: the blank ballot, the thanks
// between two people, or the facilitator's PIN prompt.
func (p *Panel) ballotView(w, h int) string {
	st, t := p.c.Styles, p.c.T
	switch {
	case p.pin != nil:
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, p.pin.view(p.c, min(w, 64), h))
	case p.thanks:
		box := st.Poll.Thanks.Render(common.Wrap(t.Thanks, max(min(w-12, 48), 10)))
		hint := st.Form.Hint.Render(common.Truncate(t.ThanksHint, w))
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center,
			lipgloss.JoinVertical(lipgloss.Center, box, "", hint))
	}
	box, _ := p.ballot.box(w, h)
	return box
}

// Cursor is the text cursor of the entry that has the focus, relative to
// the panel's top, in a panel of w×h cells.
func (p *Panel) Cursor(w, h int) *tea.Cursor {
	var f *answerForm
	switch {
	case p.inBallot() && p.pin == nil && !p.thanks:
		f = p.ballot
	case !p.inBallot() && p.form != nil && p.pin == nil && p.confirm == pollConfirmNone:
		f = p.form
	case !p.inBallot() && p.line != nil && p.pin == nil:
		return p.line.Cursor(w, h)
	}
	if f == nil {
		return nil
	}
	return f.cursor(w, h)
}

// head is the round's first line: which round, how it collects answers,
// and (for what may be shown) how far it has come.
func (p *Panel) head(w int, extra ...string) string {
	st, t := p.c.Styles, p.c.T
	parts := append([]string{t.Round(p.data.poll.Round, p.data.poll.Mode)}, extra...)
	return st.Poll.Head.Render(common.Truncate(strings.Join(parts, "  "), w))
}

// chooseLines is the questions and the choice of how to collect answers;
// mode is the row where that choice starts.
func (p *Panel) chooseLines(w int) (lines []string, mode int) {
	st, t := p.c.Styles, p.c.T
	for i, q := range p.item.Questions {
		lines = append(lines, st.Poll.Question.Render(common.Truncate(fmt.Sprintf("Q%d. %s", i+1, q.Text), w)))
		for j, c := range q.Choices {
			lines = append(lines, st.Slide.Choice.Render(common.Truncate(fmt.Sprintf("   %d) %s", j+1, c), w)))
		}
		if q.Kind == model.QuestionText {
			lines = append(lines, st.Slide.Label.Render(common.Truncate("   "+t.FreeText, w)))
		}
	}
	lines = append(lines, "")
	mode = len(lines)
	lines = append(lines, st.Form.Title.Render(common.Truncate(t.ChooseMode, w)))
	for i, m := range []string{t.ModeTally, t.ModeNamed, t.ModeBallot} {
		for j, l := range strings.Split(common.Wrap(m, max(w-3, 4)), "\n") {
			prefix := "   "
			if j == 0 {
				prefix = fmt.Sprintf("%d  ", i+1)
			}
			lines = append(lines, prefix+l)
		}
	}
	if p.data.has {
		lines = append(lines, st.Slide.Label.Render(common.Truncate(t.FmtOtherRounds, w)))
	}
	return lines, mode
}

// tallyW is the width of a row of the show of hands, so that a count
// stays near its choice on a wide screen.
const tallyW = 56

// tallyLines is the show of hands being entered: each choice's count,
// the total against today's attendance, and how many reasons are noted.
func (p *Panel) tallyLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	total := 0
	for q, pq := range p.data.poll.Questions {
		if pq.Kind == model.QuestionChoice && q < len(p.data.results) {
			total = max(total, p.data.results[q].Total())
		}
	}
	extra := []string{t.TallyTotal(total)}
	warn := ""
	if p.data.attending > 0 {
		extra = append(extra, t.Attending(p.data.attending))
		for q, pq := range p.data.poll.Questions {
			if pq.Kind == model.QuestionChoice && q < len(p.data.results) && model.TallyDiffers(p.data.results[q], p.data.attending) {
				warn = st.Poll.Warning.Render(common.Truncate(t.Marks.Alert+t.TallyMismatch, w))
			}
		}
	}
	lines := []string{p.head(w, extra...)}
	if warn != "" {
		lines = append(lines, warn)
	}
	type row struct {
		text   string
		cursor int // -1 for a heading
	}
	var rows []row
	i := 0
	for q, pq := range p.data.poll.Questions {
		head := fmt.Sprintf("Q%d. %s", q+1, pq.Text)
		if pq.Kind == model.QuestionText {
			n := 0
			for _, r := range p.data.reasons {
				if r.Question == q {
					n++
				}
			}
			head += "  " + t.ReasonsHidden(n)
		}
		rows = append(rows, row{head, -1})
		for c, choice := range pq.Choices {
			n := 0
			if q < len(p.data.results) && c < len(p.data.results[q].Counts) {
				n = p.data.results[q].Counts[c]
			}
			rows = append(rows, row{common.Fit("  "+choice, max(min(w, tallyW)-10, 4)) + fmt.Sprintf("%6d", n), i})
			i++
		}
	}
	rows = append(rows, row{"", -1}, row{t.ResultsHidden, -1})
	cursorRow := 0
	for j, r := range rows {
		if r.cursor == p.cursor {
			cursorRow = j
		}
	}
	space := max(h-len(lines), 1)
	top := common.ScrollWindow(0, cursorRow, len(rows), space)
	for _, r := range rows[top:min(top+space, len(rows))] {
		switch {
		case r.cursor == p.cursor:
			lines = append(lines, st.Roster.Selected.Render(common.Fit(">"+strings.TrimPrefix(r.text, " "), min(w, tallyW))))
		case r.cursor >= 0:
			lines = append(lines, st.Roster.Row.Render(common.Truncate(r.text, w)))
		case r.text == t.ResultsHidden:
			lines = append(lines, st.Poll.Hidden.Render(common.Truncate(r.text, w)))
		default:
			lines = append(lines, st.Poll.Question.Render(common.Truncate(r.text, w)))
		}
	}
	return lines
}

// namedLines lists who has answered; what they answered stays hidden.
func (p *Panel) namedLines(w, h int) []string {
	st, t := p.c.Styles, p.c.T
	done := 0
	for _, who := range p.data.people {
		if _, ok := p.data.named[who.ID]; ok {
			done++
		}
	}
	lines := []string{p.head(w, t.NamedProgress(done, len(p.data.people)))}
	switch {
	case len(p.data.people) == 0:
		return append(lines, st.Roster.Empty.Render(common.Wrap(t.NoRoster, w)))
	case p.data.attending == 0:
		lines = append(lines, st.Slide.Label.Render(common.Truncate(t.AllOnRoster, w)))
	}
	lines = append(lines, st.Poll.Hidden.Render(common.Truncate(t.ResultsHidden, w)))
	space := max(h-len(lines), 1)
	top := common.ScrollWindow(0, p.cursor, len(p.data.people), space)
	stateW := max(lipgloss.Width(t.Answered), lipgloss.Width(t.NotAnswered)) + 2
	for i := top; i < len(p.data.people) && i < top+space; i++ {
		who := p.data.people[i]
		name := who.Name
		if who.Department != "" {
			name += t.Aside(who.Department)
		}
		state := t.NotAnswered
		if _, ok := p.data.named[who.ID]; ok {
			state = t.Answered
		}
		text := common.Fit("  "+name, max(w-stateW, 4)) + common.Fit(state, stateW)
		if i == p.cursor {
			lines = append(lines, st.Roster.Selected.Render(common.Fit(">"+text[1:], w)))
			continue
		}
		lines = append(lines, st.Roster.Row.Render(common.Truncate(text, w)))
	}
	return lines
}

// hiddenLines is a closed anonymous ballot before the reveal: how many
// ballots were cast, and nothing more.
func (p *Panel) hiddenLines(w int) []string {
	st, t := p.c.Styles, p.c.T
	return []string{
		p.head(w, t.BallotsCast(p.ballots())),
		"",
		st.Poll.Hidden.Render(common.Wrap(t.ResultsHidden, w)),
		st.Poll.Hidden.Render(common.Wrap(t.ReopenBallotHint, w)),
	}
}

func (p *Panel) dialogView(w int) string {
	st, t := p.c.Styles, p.c.T
	var q string
	switch p.confirm {
	case pollConfirmReveal:
		q = t.ConfirmReveal
	case pollConfirmReset:
		q = t.ConfirmResetPoll(p.data.poll.Round)
	case pollConfirmNewRound:
		q = t.ConfirmNewRound
	}
	return st.App.Dialog.Render(common.Wrap(q, max(min(w-8, 60), 10)) + "\n\n" + t.YesNo)
}

// ballots is how many anonymous ballots were cast: every question of an
// anonymous round counts them as answered.
func (p *Panel) ballots() int {
	if len(p.data.results) == 0 {
		return 0
	}
	return p.data.results[0].Answered
}
