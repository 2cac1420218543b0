package poll

import (
	"crypto/rand"
	"encoding/hex"
	"sort"

	"yoriai/tui/common"

	// poll_store.go: the poll's reads and writes, each a Cmd on the ordered
	// queue.

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// loadPoll reads what the panel shows of item's latest round. While its
// ballot is open nothing of the answers is read: nothing could be shown.
func loadPoll(st common.Store, workshopID int64, item model.AgendaItem) (pollData, error) {
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
func earlierResults(st common.Store, workshopID int64, item model.AgendaItem, poll model.Poll) (map[int][]earlierResult, error) {
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
			p, ok, err := st.LatestPoll(it.ID)
			if err != nil {
				return nil, err
			}
			if !ok || !p.Revealed() {
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

func loadPollCmd(c common.Common, item model.AgendaItem) tea.Cmd {
	wid := c.WorkshopID
	return c.Do(c.T.OpLoadPoll, func(st common.Store) (tea.Msg, error) {
		d, err := loadPoll(st, wid, item)
		return PollLoadedMsg{itemID: item.ID, data: d}, err
	})
}

// pollWriteCmd runs write and then, if reload, reads the round afresh.
func (p *PollPanel) pollWriteCmd(write func(common.Store) error, reload, done bool, flash string) tea.Cmd {
	wid, item := p.C.WorkshopID, p.Item
	return p.C.Do(p.C.T.OpSavePoll, func(st common.Store) (tea.Msg, error) {
		if err := write(st); err != nil {
			return nil, err
		}
		msg := PollSavedMsg{itemID: item.ID, done: done, flash: flash}
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
func (p *PollPanel) openBallotCmd(pin string, fresh bool) tea.Cmd {
	wid, item, poll, now := p.C.WorkshopID, p.Item, p.data.poll, p.C.Now()
	return p.pollWriteCmd(func(st common.Store) error {
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

func castBallotCmd(c common.Common, itemID int64, poll model.Poll, answers []model.Answer) tea.Cmd {
	return c.Do(c.T.OpCastBallot, func(st common.Store) (tea.Msg, error) {
		return BallotCastMsg{itemID: itemID}, st.CastAnonymous(poll, answers)
	})
}
