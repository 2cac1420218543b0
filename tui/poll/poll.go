// Package poll is the panel of a poll item, on its slide. The facilitator picks how
// the room answers (1 show of hands, 2 named, 3 anonymous ballot), collects
// the answers, and reveals them with r after a confirmation; until then no
// count and no reason is drawn. While an anonymous ballot is open the panel
// has the keyboard to itself and shows nothing but a blank ballot; only the
// facilitator's PIN ends it. After the reveal: a bar chart per choice
// question, the reasons grouped under labels, and promotion of a reason to
// a Task ① card. poll_view.go draws it; poll_form.go holds its forms.
//
// Consumes: loadedMsg, savedMsg, ballotCastMsg, common.ErrMsg (its own),
// tea.PasteMsg. Emits: common.TakeScreenMsg while a ballot is open.
package poll

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// pollConfirm is a question the panel is waiting on.
type pollConfirm int

const (
	pollConfirmNone pollConfirm = iota
	pollConfirmReveal
	pollConfirmReset
	pollConfirmNewRound
)

// pollData is a poll item's latest round as loaded from the store.
type pollData struct {
	has       bool // false before the first round
	poll      model.Poll
	results   []model.Result
	reasons   []model.PollReason // in display order: by question, grouped under their labels
	named     map[int64][]model.Answer
	people    []model.Participant     // who can answer by name: today's attendance, or the roster when none is taken
	attending int                     // how many attend today; 0 when attendance is not taken
	earlier   map[int][]earlierResult // by question: the same question revealed at earlier meetings
}

// earlierResult is a question's result at an earlier meeting, to compare
// with (第6回 with the kickoff).
type earlierResult struct {
	meeting string
	result  model.Result
}

// Panel is one poll item: its latest round and what is being typed.
type Panel struct {
	c        common.Common
	st       Store
	id       int64 // the requester id its store calls carry
	item     model.AgendaItem
	loaded   bool
	data     pollData
	choosing bool        // choosing how a new round collects answers
	pin      *pinEntry   // a PIN being set, or typed to end the ballot
	ballot   *answerForm // the blank ballot, while the ballot is open
	thanks   bool        // a ballot was just cast; the next person has not started
	form     *answerForm // a named participant's answer being typed
	formFor  int64
	line     *common.LineEntry // a reason heard in a show of hands, or a label, being typed
	labelOf  *model.PollReason // the reason being labelled; nil when a reason is added
	confirm  pollConfirm
	cursor   int  // the tally row, the participant or the reason under the cursor
	fresh    bool // the next digit typed starts the count over
	busy     bool // a round is being started or the ballot opened or closed
}

// loadedMsg carries a poll item's latest round.
type loadedMsg struct {
	itemID int64
	data   pollData
}

// savedMsg reports a committed change to a poll: data is the round as
// it now stands (nil when the screen already shows it, as for counts typed
// in), done closes the entry that was saved, flash is a notice to show.
type savedMsg struct {
	common.Saved
	itemID int64
	data   *pollData
	done   bool
	flash  string
}

// ballotCastMsg reports that an anonymous ballot was committed. It says
// nothing about the ballot.
type ballotCastMsg struct {
	common.Saved
	itemID int64
}

// New opens the poll of the item of s and loads its latest round.
func New(c common.Common, st Store, s common.Slide) (common.Panel, tea.Cmd) {
	p := &Panel{c: c, st: st, id: c.NewID(), item: s.Item}
	return p, p.loadCmd()
}

// inBallot reports whether an anonymous ballot is open: then the panel
// shows only the ballot and keeps every key.
func (p *Panel) inBallot() bool {
	return p.loaded && p.data.has && p.data.poll.Stage() == model.StageBallot
}

// Capturing reports whether the panel has the keyboard to itself.
func (p *Panel) Capturing() bool {
	return p.inBallot() || p.pin != nil || p.form != nil || p.line != nil || p.confirm != pollConfirmNone
}

func (p *Panel) setData(d pollData) {
	p.loaded, p.data, p.busy = true, d, false
	if p.inBallot() {
		if p.ballot == nil {
			p.ballot = p.newBallot()
		}
	} else {
		p.ballot, p.thanks = nil, false
		if p.pin != nil && p.pin.unlock {
			p.pin = nil
		}
	}
	p.cursor = min(p.cursor, max(p.rows()-1, 0))
}

func (p *Panel) newBallot() *answerForm {
	f := newAnswerForm(p.c, p.c.T.ModeNames[model.PollAnonymous], p.data.poll.Questions, nil)
	f.focusCmd()
	return f
}

// rows is how many rows the cursor moves over in the current stage.
func (p *Panel) rows() int {
	if !p.data.has {
		return 0
	}
	if p.data.poll.Stage() == model.StageRevealed {
		return len(p.data.reasons)
	}
	switch p.data.poll.Mode {
	case model.PollTally:
		return len(p.tallyRows())
	case model.PollNamed:
		return len(p.data.people)
	}
	return 0
}

// tallyRows are the (question, choice) pairs of a show of hands, in order.
func (p *Panel) tallyRows() [][2]int {
	var out [][2]int
	for q, pq := range p.data.poll.Questions {
		for c := range pq.Choices {
			out = append(out, [2]int{q, c})
		}
	}
	return out
}

// nextToAnswer is the row of the person to ask after the one with id who
// answered: the next one down who has not answered yet, else the next one
// down, else who's own row.
func (p *Panel) nextToAnswer(who int64) int {
	people := p.data.people
	at := slices.IndexFunc(people, func(q model.Participant) bool { return q.ID == who })
	if at < 0 {
		return p.cursor
	}
	for i := at + 1; i < len(people); i++ {
		if _, answered := p.data.named[people[i].ID]; !answered {
			return i
		}
	}
	return min(at+1, len(people)-1)
}

// textQuestion is the first free-text question, where reasons go.
func (p *Panel) textQuestion() (int, bool) {
	for i, q := range p.data.poll.Questions {
		if q.Kind == model.QuestionText {
			return i, true
		}
	}
	return 0, false
}

// Update handles a message; handled reports that a key was the panel's.
// While a ballot is open every key is.
func (p *Panel) Update(msg tea.Msg) (common.Panel, tea.Cmd, bool) {
	cmd, handled := p.update(msg)
	switch msg.(type) {
	case loadedMsg, savedMsg, ballotCastMsg:
		if p.inBallot() { // an open ballot owns the screen, also after a restart
			cmd = tea.Batch(cmd, func() tea.Msg { return common.TakeScreenMsg{ItemID: p.item.ID} })
		}
	}
	return p, cmd, handled
}

func (p *Panel) update(msg tea.Msg) (cmd tea.Cmd, used bool) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.itemID == p.item.ID {
			p.setData(msg.data)
		}
		return nil, false
	case savedMsg:
		if msg.itemID != p.item.ID {
			return nil, false
		}
		if msg.data != nil {
			p.setData(*msg.data)
		}
		var drop tea.Cmd
		if msg.done {
			if p.form != nil {
				p.cursor = p.nextToAnswer(p.formFor)
				drop = p.form.draft.Drop() // saved: the draft is done with
			}
			if p.line != nil {
				drop = tea.Batch(drop, p.line.DropDraft())
			}
			p.form, p.line, p.choosing = nil, nil, false
			if p.pin != nil && !p.pin.unlock {
				p.pin = nil
			}
		}
		if msg.flash != "" {
			return tea.Batch(drop, common.Flash(msg.flash)), false
		}
		return drop, false
	case ballotCastMsg:
		if msg.itemID == p.item.ID && p.ballot != nil {
			p.thanks, p.ballot = true, p.newBallot()
		}
		return nil, false
	case common.ErrMsg:
		if !msg.For(p.id) {
			return nil, false
		}
		return p.failed(msg), false
	}
	if !p.loaded || p.busy {
		_, isKey := msg.(tea.KeyPressMsg)
		return nil, isKey && p.inBallot()
	}
	switch {
	case p.inBallot():
		return p.updateBallot(msg), true
	case p.pin != nil:
		return p.updatePIN(msg), true
	case p.form != nil:
		return p.updateForm(msg), true
	case p.line != nil:
		return p.updateLine(msg), true
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	if p.confirm != pollConfirmNone {
		return p.handleConfirm(km), true
	}
	if !p.data.has || p.choosing {
		return p.handleChoose(km)
	}
	if p.data.poll.Stage() == model.StageRevealed {
		return p.handleRevealed(km)
	}
	return p.handleCollecting(km)
}

// failed puts back what a failed write took away: the entry stays open
// with its text and the error, and counts typed in are read again from the
// store, so the screen shows what is saved.
func (p *Panel) failed(e common.ErrMsg) tea.Cmd {
	p.busy = false
	for _, f := range []*answerForm{p.ballot, p.form} {
		if f != nil && f.Saving() {
			f.Fail(p.c.Problem(e))
		}
	}
	if p.line != nil && p.line.Saving() {
		p.line.Fail(p.c.Problem(e))
	}
	if p.loaded && p.data.has && p.data.poll.Mode == model.PollTally && e.Op == p.c.T.OpSavePoll {
		return p.loadCmd()
	}
	return nil
}

// ShortHelp is the footer on the poll's slide: the keys the panel answers
// to now, then the meeting's.
func (p *Panel) ShortHelp() []key.Binding {
	return common.SlideHelp(p.c.Keys, p.keys(), p.Capturing())
}

// FullHelp is the poll's keys for the ? overlay.
func (p *Panel) FullHelp() [][]key.Binding {
	k := p.c.Keys
	return [][]key.Binding{
		{k.ModeTally, k.ModeNamed, k.ModeBallot, k.More, k.Less, k.Digits, k.Answer},
		{k.Reveal, k.Reopen, k.ResetPoll, k.NewRound, k.Label, k.Promote},
	}
}

// keys is the keys the panel answers to now; nil when the slide's own
// keys are all there is.
func (p *Panel) keys() []key.Binding {
	k := p.c.Keys
	switch {
	case !p.loaded:
		return nil
	case p.inBallot() && p.pin != nil, p.pin != nil:
		return []key.Binding{k.PINDigits, k.Save, k.Cancel}
	case p.inBallot() && p.thanks:
		return []key.Binding{k.NextBallot}
	case p.inBallot():
		return []key.Binding{k.Up, k.Down, k.NextField, k.Cast, k.Unlock}
	case p.form != nil:
		return []key.Binding{k.Up, k.Down, k.NextField, k.Save, k.Cancel}
	case p.line != nil:
		return []key.Binding{k.Save, k.Cancel}
	case p.confirm != pollConfirmNone:
		return []key.Binding{k.Yes, k.No}
	case !p.data.has || p.choosing:
		return []key.Binding{k.ModeTally, k.ModeNamed, k.ModeBallot}
	case p.data.poll.Stage() == model.StageRevealed:
		return []key.Binding{k.Up, k.Down, k.Label, k.Promote, k.Reopen, k.ResetPoll, k.NewRound}
	}
	out := []key.Binding{k.Reveal}
	switch p.data.poll.Mode {
	case model.PollTally:
		out = append(out, k.Up, k.Down, k.More, k.Less, k.Digits)
		if _, ok := p.textQuestion(); ok {
			out = append(out, k.Add)
		}
	case model.PollNamed:
		out = append(out, k.Up, k.Down, k.Answer)
	case model.PollAnonymous:
		out = append(out, k.Reopen)
	}
	return append(out, k.ResetPoll, k.NewRound)
}
