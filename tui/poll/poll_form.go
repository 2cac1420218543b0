package poll

// poll_form.go: the forms of a poll. answerForm is one person's answers to
// every question: the blank ballot of an anonymous poll, or a named
// participant's answer typed by the facilitator. pinEntry takes the PIN
// that ends a ballot, shown only as stars.

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// answerForm is the questions of a poll with one answer each. A choice
// question is answered with ↑/↓ or a digit, a free-text one in a small
// editor; tab moves between questions and enter submits.
type answerForm struct {
	common.FormEnd
	c       common.Common
	title   string
	qs      []model.PollQuestion
	answers []model.Answer
	texts   map[int]*textarea.Model // the editor of each free-text question
	focus   int
	// cancel is the key that ends the form as Cancelled; a ballot has
	// none (only the PIN ends it).
	cancel *key.Binding
	orig   []model.Answer   // the answers it opened with
	draft  common.FormDraft // a named answer as typed (poll_form_draft.go); none for a ballot
}

func newAnswerForm(c common.Common, title string, qs []model.PollQuestion, given []model.Answer) *answerForm {
	f := &answerForm{c: c, title: title, qs: qs, answers: make([]model.Answer, len(qs)), texts: map[int]*textarea.Model{}}
	for i, q := range qs {
		f.answers[i].Choice = -1
		if i < len(given) {
			f.answers[i] = given[i]
		}
		if q.Kind != model.QuestionText {
			continue
		}
		ta := textarea.New()
		ta.SetStyles(c.Styles.Form.Input)
		ta.Prompt = ""
		ta.ShowLineNumbers = false
		ta.CharLimit = model.MaxCardRunes
		ta.KeyMap.InsertNewline.SetKeys("ctrl+j")
		ta.KeyMap.Paste.SetEnabled(false)
		ta.SetVirtualCursor(false)
		ta.SetHeight(2)
		ta.Placeholder = c.T.ReasonPlaceholder
		ta.SetValue(f.answers[i].Reason)
		f.texts[i] = &ta
	}
	f.orig = f.value()
	return f
}

// dirty reports whether leaving would lose an answer chosen or typed.
func (f *answerForm) dirty() bool {
	for i, a := range f.value() {
		if a != f.orig[i] {
			return true
		}
	}
	return false
}

// focusCmd focuses the editor of the focused question, if it has one.
func (f *answerForm) focusCmd() tea.Cmd {
	for i, ta := range f.texts {
		if i != f.focus {
			ta.Blur()
		}
	}
	if ta, ok := f.texts[f.focus]; ok {
		return ta.Focus()
	}
	return nil
}

// Update handles a key or a paste. enter on a complete form ends it as
// Done (the owner saves it); on an incomplete one it says what is missing.
func (f *answerForm) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(common.DraftLoadedMsg); ok {
		f.draft.Restore(dm, f.encode, f.put)
		return nil
	}
	if f.State() != common.FormEditing {
		return nil
	}
	f.draft.Seen(msg)
	cmd := f.update(msg)
	return tea.Batch(cmd, f.draft.Follow(f.State(), f.encode()))
}

func (f *answerForm) update(msg tea.Msg) (cmd tea.Cmd) {
	k := f.c.Keys
	ta, onText := f.texts[f.focus]
	if f.AnswerLeave(msg, k) {
		return nil
	}
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case f.cancel != nil && key.Matches(km, *f.cancel):
			f.Leave(f.dirty())
			return nil
		case key.Matches(km, k.Cast):
			if missing, ok := model.Complete(f.qs, f.value()); !ok {
				f.Err = f.c.T.ChoiceMissing(f.qs[missing].Text)
				f.focus = missing
				return f.focusCmd()
			}
			f.Err = ""
			f.End(common.FormDone)
			return nil
		case key.Matches(km, k.NextField) && len(f.qs) > 0:
			f.focus = (f.focus + 1) % len(f.qs)
			return f.focusCmd()
		case key.Matches(km, k.PrevField) && len(f.qs) > 0:
			f.focus = (f.focus + len(f.qs) - 1) % len(f.qs)
			return f.focusCmd()
		case !onText:
			f.choose(km)
			return nil
		}
	}
	if !onText {
		return nil
	}
	if p, ok := msg.(tea.PasteMsg); ok {
		var cut bool
		if msg, cut = common.CleanPaste(p, ta.Value(), model.MaxCardRunes, true); cut {
			f.Err = f.c.T.PasteCut
		}
	}
	*ta, cmd = ta.Update(msg)
	return cmd
}

// choose moves the choice of the focused choice question: ↑/↓ step, a
// digit picks that choice.
func (f *answerForm) choose(km tea.KeyPressMsg) {
	if f.focus >= len(f.qs) {
		return
	}
	k := f.c.Keys
	n := len(f.qs[f.focus].Choices)
	a := &f.answers[f.focus]
	switch {
	case n == 0:
	case key.Matches(km, k.Up):
		a.Choice = max(a.Choice-1, 0)
	case key.Matches(km, k.Down):
		a.Choice = min(a.Choice+1, n-1)
	case key.Matches(km, k.Digits):
		if d := int(km.Code - '1'); d >= 0 && d < n {
			a.Choice = d
		}
	default:
		return
	}
	f.Err = ""
}

// value is the answers as they stand, the typed reasons cleaned.
func (f *answerForm) value() []model.Answer {
	out := append([]model.Answer(nil), f.answers...)
	for i, ta := range f.texts {
		text, _ := model.CleanText(ta.Value(), model.MaxCardRunes)
		out[i] = model.Answer{Choice: -1, Reason: common.TrimLines(text)}
	}
	return out
}

// view draws the form in w cells: body is the questions, foot the hint
// (or what is missing), from..to the rows of the focused question down to
// its selected choice (or its editor), and cursorY the row of the focused
// editor's first line, -1 when no editor has the focus.
func (f *answerForm) view(w int) (body, foot string, from, to, cursorY int) {
	st, t := f.c.Styles, f.c.T
	cursorY = -1
	var lines []string
	if f.title != "" {
		lines = append(lines, st.Form.Title.Render(common.Truncate(f.title, w)))
	}
	for i, q := range f.qs {
		head := st.Form.Label
		if i == f.focus {
			head = st.Form.Focused
			from, to = len(lines), len(lines)
		}
		text := fmt.Sprintf("Q%d. %s", i+1, q.Text)
		if q.Kind == model.QuestionText {
			text += t.Optional
		}
		lines = append(lines, head.Render(common.Truncate(text, w)))
		if ta, ok := f.texts[i]; ok {
			ta.SetWidth(max(w-4, 10))
			if i == f.focus {
				cursorY = len(lines)
			}
			for _, l := range strings.Split(ta.View(), "\n") {
				lines = append(lines, "  "+l)
			}
			if i == f.focus {
				to = len(lines) - 1
			}
			continue
		}
		for j, c := range q.Choices {
			mark := "( )"
			if f.answers[i].Choice == j {
				mark = "(●)"
			}
			if i == f.focus && (f.answers[i].Choice == j || f.answers[i].Choice < 0 && j == 0) {
				to = len(lines) // the selected choice, or the first while none is
			}
			row := fmt.Sprintf("  %s %d. %s", mark, j+1, c)
			if f.answers[i].Choice == j {
				lines = append(lines, st.Form.Choice.Render(common.Fit(row, w)))
				continue
			}
			lines = append(lines, common.Truncate(row, w))
		}
	}
	return strings.Join(lines, "\n"), f.Hint(f.c, f.draft.Hint(t.BallotHint), w), from, to, cursorY
}

// box draws the form in its box, w×h cells at most, scrolled so that the
// focused question and its selected choice or editor are in view; top is
// the first row of the form shown.
func (f *answerForm) box(w, h int) (out string, top int) {
	body, foot, from, to, _ := f.view(max(w-4, 10))
	return common.ScrollBox(f.c.Styles.Form.Box, body, foot, w, h, from, to)
}

// cursor is the focused editor's text cursor relative to the box's top in
// a box of w×h cells, or nil when a choice has the focus or the editor is
// out of view.
func (f *answerForm) cursor(w, h int) *tea.Cursor {
	ta, ok := f.texts[f.focus]
	if !ok || f.Saving() {
		return nil
	}
	_, _, _, _, y := f.view(max(w-4, 10))
	_, top := f.box(w, h)
	c := ta.Cursor()
	if c == nil || y < 0 {
		return nil
	}
	c.X += 4 // the box's border and padding, and the editor's indent
	c.Y += y - top + 1
	if c.Y < 1 || c.Y >= h-1 {
		return nil
	}
	return c
}

// pinEntry is where a PIN is typed: digits only, shown as stars. When
// setting a PIN it is typed twice.
type pinEntry struct {
	unlock bool   // ending a ballot, rather than setting the PIN
	first  string // the PIN typed once, while it is typed again
	digits string
	err    string
}

// key takes a digit or backspace; it reports whether the key was one.
func (p *pinEntry) key(km tea.KeyPressMsg, k *common.KeyMap) bool {
	if d, ok := common.PinDigit(km); ok {
		if len(p.digits) < 8 {
			p.digits += string(d)
		}
		p.err = ""
		return true
	}
	if key.Matches(km, k.Erase) && p.digits != "" {
		p.digits = p.digits[:len(p.digits)-1]
		return true
	}
	return false
}

// view draws the entry in a box w cells wide and at most h rows tall; on a
// short screen the prompt scrolls and the input line and hint stay.
func (p *pinEntry) view(c common.Common, w, h int) string {
	st, t := c.Styles, c.T
	prompt := t.PINSet
	switch {
	case p.unlock:
		prompt = t.PINUnlock
	case p.first != "":
		prompt = t.PINAgain
	}
	inner := max(w-4, 10)
	hint := st.Form.Hint.Render(common.Truncate(t.PINHint, inner))
	if p.err != "" {
		hint = st.Form.Error.Render(common.Truncate(p.err, inner))
	}
	stars := strings.Repeat("*", len(p.digits)) + "_"
	body := common.Wrap(prompt, inner) + "\n\n" + st.Form.Title.Render(stars)
	at := strings.Count(body, "\n")
	box, _ := common.ScrollBox(st.Form.Box, body+"\n", hint, w, h, at, at)
	return box
}
