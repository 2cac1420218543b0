package poll

// poll_store.go: the poll's reads and writes, each a Cmd on the ordered
// queue, and the Store they need.

import (
	"crypto/rand"
	"encoding/hex"
	"sort"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the poll panel needs from the database.
type Store interface {
	Participants(workshopID int64) ([]model.Participant, error)
	Attendance(meetingID int64) (map[int64]bool, error)
	Meetings(workshopID int64) ([]model.Meeting, error)
	Meeting(id int64) (model.Meeting, []model.AgendaItem, error)
	LatestPoll(itemID int64) (model.Poll, bool, error)
	PollRounds(itemID int64) ([]model.Poll, error)
	StartPoll(workshopID int64, item model.AgendaItem, mode model.PollMode, at time.Time) (model.Poll, error)
	SetTally(p model.Poll, q int, counts []int, at time.Time) error
	CastAnonymous(p model.Poll, answers []model.Answer) error
	SetNamed(p model.Poll, participantID int64, answers []model.Answer, at time.Time) error
	NamedAnswers(p model.Poll) (map[int64][]model.Answer, error)
	Results(p model.Poll) ([]model.Result, error)
	PollReasons(p model.Poll) ([]model.PollReason, error)
	AddPollReason(p model.Poll, q int, text string, at time.Time) error
	SetReasonLabel(p model.Poll, r model.PollReason, label string, at time.Time) error
	PromoteReason(p model.Poll, r model.PollReason, at time.Time) (model.Card, error)
	SetBallotOpen(p model.Poll, open bool, pinHash string, at time.Time) error
	Reveal(p model.Poll, at time.Time) error
	ReopenPoll(p model.Poll, at time.Time) error
	ResetPoll(p model.Poll, at time.Time) error
	common.DraftStore
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
	d.reasons = orderReasons(reasons, d.poll.Mode == model.PollAnonymous)
	if d.poll.Mode == model.PollNamed {
		if d.named, err = st.NamedAnswers(d.poll); err != nil {
			return d, err
		}
	}
	if d.poll.Revealed() {
		d.earlier, err = earlierResults(st, workshopID, item, d.poll)
	}
	return d, err
}

// earlierResults finds each choice question of poll among the revealed
// polls of the meetings before item's, by its text and choices.
func earlierResults(st Store, workshopID int64, item model.AgendaItem, poll model.Poll) (map[int][]earlierResult, error) {
	meetings, err := st.Meetings(workshopID)
	if err != nil {
		return nil, err
	}
	number := 0
	for _, m := range meetings {
		if m.ID == item.MeetingID {
			number = m.Number
		}
	}
	out := map[int][]earlierResult{}
	for _, m := range meetings {
		if m.Number >= number {
			continue
		}
		_, items, err := st.Meeting(m.ID)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if it.Kind != model.KindPoll {
				continue
			}
			p, ok, err := latestRevealed(st, it.ID)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			results, err := st.Results(p)
			if err != nil {
				return nil, err
			}
			for q, pq := range poll.Questions {
				for oq, opq := range p.Questions {
					if model.SameQuestion(pq, opq) && oq < len(results) {
						out[q] = append(out[q], earlierResult{meeting: m.Title, result: results[oq]})
					}
				}
			}
		}
	}
	return out, nil
}

// latestRevealed is the last round of poll item itemID whose results were
// shown: what a later meeting compares with, also when a newer round is
// still hidden.
func latestRevealed(st Store, itemID int64) (model.Poll, bool, error) {
	rounds, err := st.PollRounds(itemID)
	for i := len(rounds) - 1; i >= 0 && err == nil; i-- {
		if rounds[i].Revealed() {
			return rounds[i], true, nil
		}
	}
	return model.Poll{}, false, err
}

// orderReasons puts reasons in the order they are listed: question by
// question, grouped under their labels. The reasons of an anonymous ballot
// are stored in no order (their keys are random and change as ballots come
// in), so within a group they are listed by their text: the same on every
// reload, and telling nothing of the order they were cast in.
func orderReasons(rs []model.PollReason, anonymous bool) []model.PollReason {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Question < rs[j].Question })
	var out []model.PollReason
	for start := 0; start < len(rs); {
		end := start
		for end < len(rs) && rs[end].Question == rs[start].Question {
			end++
		}
		for _, g := range model.GroupReasons(rs[start:end]) {
			if anonymous {
				sort.SliceStable(g.Reasons, func(i, j int) bool { return g.Reasons[i].Text < g.Reasons[j].Text })
			}
			out = append(out, g.Reasons...)
		}
		start = end
	}
	return out
}

// loadCmd reads the poll's latest round.
func (p *Panel) loadCmd() tea.Cmd {
	st, wid, item := p.st, p.c.WorkshopID, p.item
	return p.c.Do(p.id, p.c.T.OpLoadPoll, func() (tea.Msg, error) {
		d, err := loadPoll(st, wid, item)
		return loadedMsg{itemID: item.ID, data: d}, err
	})
}

// pollWriteCmd runs write and then, if reload, reads the round afresh.
func (p *Panel) pollWriteCmd(write func(Store) error, reload, done bool, flash string) tea.Cmd {
	st, wid, item := p.st, p.c.WorkshopID, p.item
	return p.c.Do(p.id, p.c.T.OpSavePoll, func() (tea.Msg, error) {
		if err := write(st); err != nil {
			return nil, err
		}
		msg := savedMsg{itemID: item.ID, done: done, flash: flash}
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
func (p *Panel) openBallotCmd(pin string, fresh bool) tea.Cmd {
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

// castBallotCmd commits one anonymous ballot.
func (p *Panel) castBallotCmd(poll model.Poll, answers []model.Answer) tea.Cmd {
	st, itemID := p.st, p.item.ID
	return p.c.Do(p.id, p.c.T.OpCastBallot, func() (tea.Msg, error) {
		return ballotCastMsg{itemID: itemID}, st.CastAnonymous(poll, answers)
	})
}
