package tui

// poll.go: a poll item being run, on its slide. The facilitator picks how
// the room answers (1 show of hands, 2 named, 3 anonymous ballot), collects
// the answers, and reveals them with r after a confirmation; until then no
// count and no reason is drawn. While an anonymous ballot is open the panel
// has the keyboard to itself and shows nothing but a blank ballot; only the
// facilitator's PIN ends it. After the reveal: a bar chart per choice
// question, the reasons grouped under labels, and promotion of a reason to
// a Task ① card. poll_view.go draws it; poll_form.go holds its forms.
//
// Consumes: pollLoadedMsg, pollSavedMsg, ballotCastMsg, errMsg.

import (
	"crypto/rand"
	"encoding/hex"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
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
	people    []model.Participant // who can answer by name: today's attendance, or the roster when none is taken
	attending int                 // how many attend today; 0 when attendance is not taken
}

type pollPanel struct {
	c        Common
	item     model.AgendaItem
	loaded   bool
	data     pollData
	choosing bool        // choosing how a new round collects answers
	pin      *pinEntry   // a PIN being set, or typed to end the ballot
	ballot   *answerForm // the blank ballot, while the ballot is open
	thanks   bool        // a ballot was just cast; the next person has not started
	form     *answerForm // a named participant's answer being typed
	formFor  int64
	line     *lineEntry        // a reason heard in a show of hands, or a label, being typed
	labelOf  *model.PollReason // the reason being labelled; nil when a reason is added
	confirm  pollConfirm
	cursor   int  // the tally row, the participant or the reason under the cursor
	fresh    bool // the next digit typed starts the count over
	busy     bool // a round is being started or the ballot opened or closed
}

// pollLoadedMsg carries a poll item's latest round.
type pollLoadedMsg struct {
	itemID int64
	data   pollData
}

// pollSavedMsg reports a committed change to a poll: data is the round as
// it now stands (nil when the screen already shows it, as for counts typed
// in), done closes the entry that was saved, flash is a notice to show.
type pollSavedMsg struct {
	saved
	itemID int64
	data   *pollData
	done   bool
	flash  string
}

// ballotCastMsg reports that an anonymous ballot was committed. It says
// nothing about the ballot.
type ballotCastMsg struct {
	saved
	itemID int64
}

// loadPoll reads what the panel shows of item's latest round. While its
// ballot is open nothing of the answers is read: nothing could be shown.
func loadPoll(st Store, workshopID int64, item model.AgendaItem) (pollData, error) {
	var d pollData
	var err error
	if d.poll, d.has, err = st.LatestPoll(item.ID); err != nil {
		return d, err
	}
	people, err := st.Participants(workshopID)
	if err != nil {
		return d, err
	}
	present, err := st.Attendance(item.MeetingID)
	if err != nil {
		return d, err
	}
	for _, p := range people {
		if present[p.ID] {
			d.people = append(d.people, p)
		}
	}
	if d.attending = len(d.people); d.attending == 0 {
		d.people = people
	}
	if !d.has || d.poll.Stage() == model.StageBallot {
		return d, nil
	}
	if d.results, err = st.Results(d.poll); err != nil {
		return d, err
	}
	reasons, err := st.PollReasons(d.poll)
	if err != nil {
		return d, err
	}
	d.reasons = orderReasons(reasons)
	if d.poll.Mode == model.PollNamed {
		d.named, err = st.NamedAnswers(d.poll)
	}
	return d, err
}

// orderReasons puts reasons in the order they are listed: question by
// question, grouped under their labels.
func orderReasons(rs []model.PollReason) []model.PollReason {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Question < rs[j].Question })
	var out []model.PollReason
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end].Question == rs[start].Question {
			end++
		}
		for _, g := range model.GroupReasons(rs[start:end]) {
			out = append(out, g.Reasons...)
		}
		start = end
	}
	return out
}

func loadPollCmd(c Common, item model.AgendaItem) tea.Cmd {
	wid := c.WorkshopID
	return c.do(c.T.OpLoadPoll, func(st Store) (tea.Msg, error) {
		d, err := loadPoll(st, wid, item)
		return pollLoadedMsg{itemID: item.ID, data: d}, err
	})
}

// pollWriteCmd runs write and then, if reload, reads the round afresh.
func (p *pollPanel) pollWriteCmd(write func(Store) error, reload, done bool, flash string) tea.Cmd {
	wid, item := p.c.WorkshopID, p.item
	return p.c.do(p.c.T.OpSavePoll, func(st Store) (tea.Msg, error) {
		if err := write(st); err != nil {
			return nil, err
		}
		msg := pollSavedMsg{itemID: item.ID, done: done, flash: flash}
		if reload {
			d, err := loadPoll(st, wid, item)
			if err != nil {
				return nil, err
			}
			msg.data = &d
		}
		return msg, nil
	})
}

// openBallotCmd starts a new anonymous round (when fresh) or reopens the
// ballot of poll, with a new salted hash of pin.
func (p *pollPanel) openBallotCmd(pin string, fresh bool) tea.Cmd {
	wid, item, poll, now := p.c.WorkshopID, p.item, p.data.poll, p.c.Now()
	return p.pollWriteCmd(func(st Store) error {
		salt := make([]byte, 16)
		if _, err := rand.Read(salt); err != nil {
			return err
		}
		if fresh {
			var err error
			if poll, err = st.StartPoll(wid, item, model.PollAnonymous, now); err != nil {
				return err
			}
		}
		return st.SetBallotOpen(poll, true, model.HashPIN(pin, hex.EncodeToString(salt)), now)
	}, true, true, "")
}

func castBallotCmd(c Common, itemID int64, poll model.Poll, answers []model.Answer) tea.Cmd {
	return c.do(c.T.OpCastBallot, func(st Store) (tea.Msg, error) {
		return ballotCastMsg{itemID: itemID}, st.CastAnonymous(poll, answers)
	})
}

// open starts showing item's poll; it loads it unless it is already there.
func (p *pollPanel) open(item model.AgendaItem) tea.Cmd {
	if p.item.ID == item.ID && p.loaded {
		p.item = item
		return nil
	}
	*p = pollPanel{c: p.c, item: item}
	return loadPollCmd(p.c, item)
}

// inBallot reports whether an anonymous ballot is open: then the panel
// shows only the ballot and keeps every key.
func (p *pollPanel) inBallot() bool {
	return p.loaded && p.data.has && p.data.poll.Stage() == model.StageBallot
}

// capturing reports whether the panel has the keyboard to itself.
func (p *pollPanel) capturing() bool {
	return p.inBallot() || p.pin != nil || p.form != nil || p.line != nil || p.confirm != pollConfirmNone
}

func (p *pollPanel) setData(d pollData) {
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

func (p *pollPanel) newBallot() *answerForm {
	f := newAnswerForm(p.c, p.c.T.ModeNames[model.PollAnonymous], p.data.poll.Questions, nil)
	f.focusCmd()
	return f
}

// rows is how many rows the cursor moves over in the current stage.
func (p *pollPanel) rows() int {
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
func (p *pollPanel) tallyRows() [][2]int {
	var out [][2]int
	for q, pq := range p.data.poll.Questions {
		for c := range pq.Choices {
			out = append(out, [2]int{q, c})
		}
	}
	return out
}

// textQuestion is the first free-text question, where reasons go.
func (p *pollPanel) textQuestion() (int, bool) {
	for i, q := range p.data.poll.Questions {
		if q.Kind == model.QuestionText {
			return i, true
		}
	}
	return 0, false
}

// update handles a message; used reports that a key was the panel's.
func (p *pollPanel) update(msg tea.Msg) (cmd tea.Cmd, used bool) {
	switch msg := msg.(type) {
	case pollLoadedMsg:
		if msg.itemID == p.item.ID {
			p.setData(msg.data)
		}
		return nil, false
	case pollSavedMsg:
		if msg.itemID != p.item.ID {
			return nil, false
		}
		if msg.data != nil {
			p.setData(*msg.data)
		}
		if msg.done {
			p.form, p.line, p.choosing = nil, nil, false
			if p.pin != nil && !p.pin.unlock {
				p.pin = nil
			}
		}
		if msg.flash != "" {
			return flash(msg.flash), false
		}
		return nil, false
	case ballotCastMsg:
		if msg.itemID == p.item.ID && p.ballot != nil {
			p.thanks, p.ballot = true, p.newBallot()
		}
		return nil, false
	case errMsg:
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
func (p *pollPanel) failed(e errMsg) tea.Cmd {
	p.busy = false
	for _, f := range []*answerForm{p.ballot, p.form} {
		if f != nil && f.saving {
			f.saving, f.err = false, e.Error()
		}
	}
	if p.line != nil && p.line.saving {
		p.line.saving, p.line.err = false, e.Error()
	}
	if p.loaded && p.data.has && p.data.poll.Mode == model.PollTally && e.op == p.c.T.OpSavePoll {
		return loadPollCmd(p.c, p.item)
	}
	return nil
}

func (p *pollPanel) updateBallot(msg tea.Msg) tea.Cmd {
	k, t := p.c.Keys, p.c.T
	km, isKey := msg.(tea.KeyPressMsg)
	if p.pin != nil { // the facilitator ending the ballot
		if !isKey {
			return nil
		}
		switch {
		case key.Matches(km, k.Cancel):
			p.pin = nil
			return p.ballot.focusCmd()
		case key.Matches(km, k.Save):
			if !model.CheckPIN(p.pin.digits, p.data.poll.PINHash) {
				p.pin.digits, p.pin.err = "", t.PINWrong
				return nil
			}
			p.busy = true
			poll, now := p.data.poll, p.c.Now()
			return p.pollWriteCmd(func(st Store) error { return st.SetBallotOpen(poll, false, "", now) }, true, true, "")
		default:
			p.pin.key(km, k)
		}
		return nil
	}
	if isKey && key.Matches(km, k.Unlock) {
		p.pin = &pinEntry{unlock: true}
		return nil
	}
	if p.thanks {
		if isKey && key.Matches(km, k.NextBallot) {
			p.thanks = false
			return p.ballot.focusCmd()
		}
		return nil
	}
	cmd, submit := p.ballot.update(msg)
	if submit {
		p.ballot.saving = true
		return castBallotCmd(p.c, p.item.ID, p.data.poll, p.ballot.value())
	}
	return cmd
}

// updatePIN takes the PIN that will end a new ballot, typed twice.
func (p *pollPanel) updatePIN(msg tea.Msg) tea.Cmd {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	k, t := p.c.Keys, p.c.T
	e := p.pin
	switch {
	case key.Matches(km, k.Cancel):
		p.pin = nil
	case key.Matches(km, k.Save):
		switch {
		case !model.ValidPIN(e.digits):
			e.digits, e.err = "", t.PINInvalid
		case e.first == "":
			e.first, e.digits = e.digits, ""
		case e.first != e.digits:
			*e = pinEntry{err: t.PINMismatch}
		default:
			p.busy = true
			return p.openBallotCmd(e.digits, !p.data.has || p.choosing)
		}
	default:
		e.key(km, k)
	}
	return nil
}

func (p *pollPanel) updateForm(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok && key.Matches(km, p.c.Keys.Cancel) && !p.form.saving {
		p.form = nil
		return nil
	}
	cmd, submit := p.form.update(msg)
	if !submit {
		return cmd
	}
	p.form.saving = true
	poll, who, answers, now := p.data.poll, p.formFor, p.form.value(), p.c.Now()
	return p.pollWriteCmd(func(st Store) error { return st.SetNamed(poll, who, answers, now) }, true, true, "")
}

func (p *pollPanel) updateLine(msg tea.Msg) tea.Cmd {
	cmd, act := p.line.update(p.c, msg)
	switch act {
	case editorCancel:
		p.line = nil
	case editorSave:
		return p.saveLine()
	}
	return cmd
}

func (p *pollPanel) saveLine() tea.Cmd {
	l, t := p.line, p.c.T
	text := l.field.Value()
	poll, now := p.data.poll, p.c.Now()
	if p.labelOf != nil {
		r := *p.labelOf
		l.saving, l.err = true, ""
		return p.pollWriteCmd(func(st Store) error { return st.SetReasonLabel(poll, r, text, now) }, true, true, "")
	}
	if text == "" {
		l.err = t.ReasonRequired
		return nil
	}
	q, _ := p.textQuestion()
	l.saving, l.err = true, ""
	return p.pollWriteCmd(func(st Store) error { return st.AddPollReason(poll, q, text, now) }, true, true, "")
}

// openLine opens the entry of a reason heard (reason nil) or of the label
// of reason.
func (p *pollPanel) openLine(reason *model.PollReason) tea.Cmd {
	t := p.c.T
	p.labelOf = reason
	if reason == nil {
		p.line = newLineEntry(p.c, t.AddReason, t.ReasonHint, model.MaxCardRunes, "", nil)
		return nil
	}
	var labels []string
	seen := map[string]bool{}
	for _, r := range p.data.reasons {
		if r.Label != "" && !seen[r.Label] {
			seen[r.Label] = true
			labels = append(labels, r.Label)
		}
	}
	sort.Strings(labels)
	p.line = newLineEntry(p.c, t.LabelTitle+"："+oneLine(reason.Text), t.LabelHint, model.MaxLabelRunes, reason.Label, labels)
	return nil
}

func (p *pollPanel) handleConfirm(km tea.KeyPressMsg) tea.Cmd {
	k, t := p.c.Keys, p.c.T
	c := p.confirm
	switch {
	case key.Matches(km, k.Yes):
		p.confirm = pollConfirmNone
	case key.Matches(km, k.No):
		p.confirm = pollConfirmNone
		return nil
	default:
		return nil
	}
	poll, now := p.data.poll, p.c.Now()
	switch c {
	case pollConfirmReveal:
		if !poll.CanReveal(false) {
			return nil
		}
		return p.pollWriteCmd(func(st Store) error { return st.Reveal(poll, now) }, true, false, "")
	case pollConfirmReset:
		p.cursor = 0
		return p.pollWriteCmd(func(st Store) error { return st.ResetPoll(poll, now) }, true, false, t.ResetFlash)
	case pollConfirmNewRound:
		p.choosing = true
	}
	return nil
}

// handleChoose starts a round in the mode chosen.
func (p *pollPanel) handleChoose(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	var mode model.PollMode
	switch {
	case key.Matches(km, k.ModeTally):
		mode = model.PollTally
	case key.Matches(km, k.ModeNamed):
		mode = model.PollNamed
	case key.Matches(km, k.ModeBallot):
		p.pin = &pinEntry{}
		return nil, true
	case p.choosing && key.Matches(km, k.Cancel):
		p.choosing = false
		return nil, true
	default:
		return nil, false
	}
	p.busy, p.cursor = true, 0
	wid, item, now := p.c.WorkshopID, p.item, p.c.Now()
	return p.pollWriteCmd(func(st Store) error {
		_, err := st.StartPoll(wid, item, mode, now)
		return err
	}, true, true, ""), true
}

// roundKeys are the keys of a round in any stage but the ballot: reveal,
// clear and start again.
func (p *pollPanel) roundKeys(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k := p.c.Keys
	switch {
	case key.Matches(km, k.Reveal) && p.data.poll.Stage() == model.StageCollecting:
		p.confirm = pollConfirmReveal
	case key.Matches(km, k.ResetPoll):
		p.confirm = pollConfirmReset
	case key.Matches(km, k.NewRound):
		p.confirm = pollConfirmNewRound
	case key.Matches(km, k.Up) && p.rows() > 0:
		p.cursor, p.fresh = max(p.cursor-1, 0), true
	case key.Matches(km, k.Down) && p.rows() > 0:
		p.cursor, p.fresh = min(p.cursor+1, p.rows()-1), true
	default:
		return nil, false
	}
	return nil, true
}

func (p *pollPanel) handleCollecting(km tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, used := p.roundKeys(km); used {
		return cmd, true
	}
	k := p.c.Keys
	switch p.data.poll.Mode {
	case model.PollTally:
		if _, ok := p.textQuestion(); ok && key.Matches(km, k.Add) {
			return p.openLine(nil), true
		}
		return p.tallyKey(km)
	case model.PollNamed:
		if key.Matches(km, k.Answer) && p.cursor < len(p.data.people) {
			who := p.data.people[p.cursor]
			p.form = newAnswerForm(p.c, p.c.T.AnswerFor(who.Name), p.data.poll.Questions, p.data.named[who.ID])
			p.formFor = who.ID
			return p.form.focusCmd(), true
		}
	case model.PollAnonymous:
		if key.Matches(km, k.Reopen) {
			p.pin = &pinEntry{}
			return nil, true
		}
	}
	return nil, false
}

// tallyKey changes the count under the cursor and saves the question's
// counts. The screen changes at once; a failed save reloads what is kept.
func (p *pollPanel) tallyKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	rows := p.tallyRows()
	if p.cursor >= len(rows) || len(p.data.results) != len(p.data.poll.Questions) {
		return nil, false
	}
	k := p.c.Keys
	q, c := rows[p.cursor][0], rows[p.cursor][1]
	counts := append([]int(nil), p.data.results[q].Counts...)
	if c >= len(counts) {
		return nil, false
	}
	switch {
	case key.Matches(km, k.More):
		counts[c] = model.AdjustCount(counts[c], 1)
	case key.Matches(km, k.Less):
		counts[c] = model.AdjustCount(counts[c], -1)
	case key.Matches(km, k.Digits):
		counts[c] = model.TypeDigit(counts[c], int(km.Code-'0'), p.fresh)
	case key.Matches(km, k.Erase):
		counts[c] = model.EraseDigit(counts[c])
	default:
		return nil, false
	}
	p.fresh = key.Matches(km, k.More) || key.Matches(km, k.Less)
	p.data.results[q].Counts = counts
	poll, now := p.data.poll, p.c.Now()
	return p.pollWriteCmd(func(st Store) error { return st.SetTally(poll, q, counts, now) }, false, false, ""), true
}

func (p *pollPanel) handleRevealed(km tea.KeyPressMsg) (tea.Cmd, bool) {
	if cmd, used := p.roundKeys(km); used {
		return cmd, true
	}
	k, t := p.c.Keys, p.c.T
	poll, now := p.data.poll, p.c.Now()
	var sel *model.PollReason
	if p.cursor < len(p.data.reasons) {
		r := p.data.reasons[p.cursor]
		sel = &r
	}
	switch {
	case key.Matches(km, k.Reopen):
		return p.pollWriteCmd(func(st Store) error { return st.ReopenPoll(poll, now) }, true, false, t.ReopenedFlash), true
	case key.Matches(km, k.Label) && sel != nil:
		return p.openLine(sel), true
	case key.Matches(km, k.Promote) && sel != nil:
		if sel.CardID != 0 {
			return flash(t.AlreadyPromoted), true
		}
		r := *sel
		return p.pollWriteCmd(func(st Store) error {
			_, err := st.PromoteReason(poll, r, now)
			return err
		}, true, false, t.PromotedFlash), true
	}
	return nil, false
}

// help is the keys the panel answers to now; nil when the slide's own
// keys are all there is.
func (p *pollPanel) help() []key.Binding {
	k := p.c.Keys
	switch {
	case !p.loaded:
		return nil
	case p.inBallot() && p.pin != nil, p.pin != nil:
		return []key.Binding{k.Digits, k.Save, k.Cancel}
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
