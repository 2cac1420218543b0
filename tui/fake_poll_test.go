package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"yoriai/model"
)

// fakePoll is one round of a poll kept by the fake store, with the same
// rules as the database: counts per choice, reasons without authors, and
// named answers per participant.
type fakePoll struct {
	poll    model.Poll
	counts  map[[2]int]int
	reasons []model.PollReason
	named   map[int64][]model.Answer
	ballots int
}

func (f *fakeStore) findPoll(id int64) (*fakePoll, error) {
	for _, p := range f.polls {
		if p.poll.ID == id {
			return p, nil
		}
	}
	return nil, fmt.Errorf("poll %d not found", id)
}

func (f *fakeStore) LatestPoll(itemID int64) (model.Poll, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var last *fakePoll
	for _, p := range f.polls {
		if p.poll.ItemID == itemID {
			last = p
		}
	}
	if last == nil {
		return model.Poll{}, false, nil
	}
	return last.poll, true, nil
}

func (f *fakeStore) StartPoll(workshopID int64, item model.AgendaItem, mode model.PollMode, at time.Time) (model.Poll, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.Poll{}, err
	}
	round := 1
	for _, p := range f.polls {
		if p.poll.ItemID == item.ID {
			round++
		}
	}
	f.nextID++
	p := &fakePoll{poll: model.Poll{ID: f.nextID, WorkshopID: workshopID, MeetingID: item.MeetingID, ItemID: item.ID,
		Round: round, Mode: mode, Questions: item.Questions, CreatedAt: at},
		counts: map[[2]int]int{}, named: map[int64][]model.Answer{}}
	f.polls = append(f.polls, p)
	return p.poll, nil
}

func (f *fakeStore) SetTally(p model.Poll, q int, counts []int, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil || fp.poll.Mode != model.PollTally {
		return errors.Join(err, errors.New("not a show of hands"))
	}
	for c, n := range counts {
		fp.counts[[2]int{q, c}] = n
	}
	return nil
}

func (f *fakeStore) CastAnonymous(p model.Poll, answers []model.Answer) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil || fp.poll.Mode != model.PollAnonymous {
		return errors.Join(err, errors.New("not anonymous"))
	}
	fp.ballots++
	for q, a := range answers {
		if a.Choice >= 0 {
			fp.counts[[2]int{q, a.Choice}]++
		}
		if strings.TrimSpace(a.Reason) != "" {
			f.nextID++
			fp.reasons = append(fp.reasons, model.PollReason{Question: q, Key: fmt.Sprintf("k%d", f.nextID), Text: a.Reason})
		}
	}
	return nil
}

func (f *fakeStore) SetNamed(p model.Poll, who int64, answers []model.Answer, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil || fp.poll.Mode != model.PollNamed {
		return errors.Join(err, errors.New("not named"))
	}
	fp.named[who] = append([]model.Answer(nil), answers...)
	return nil
}

func (f *fakeStore) NamedAnswers(p model.Poll) (map[int64][]model.Answer, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Answer{}
	for k, v := range fp.named {
		out[k] = v
	}
	return out, nil
}

func (f *fakeStore) Results(p model.Poll) ([]model.Result, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return nil, err
	}
	out := make([]model.Result, len(fp.poll.Questions))
	for q, pq := range fp.poll.Questions {
		if fp.poll.Mode == model.PollNamed {
			var as []model.Answer
			for _, a := range fp.named {
				if q < len(a) {
					as = append(as, a[q])
				}
			}
			out[q] = model.Combine(pq, as)
			continue
		}
		r := model.Result{Counts: make([]int, len(pq.Choices))}
		for c := range r.Counts {
			r.Counts[c] = fp.counts[[2]int{q, c}]
		}
		for _, x := range fp.reasons {
			if x.Question == q {
				r.Reasons = append(r.Reasons, x.Text)
			}
		}
		r.Answered = r.Total()
		if fp.poll.Mode == model.PollAnonymous {
			r.Answered = fp.ballots
		}
		out[q] = r
	}
	return out, nil
}

func (f *fakeStore) PollReasons(p model.Poll) ([]model.PollReason, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return nil, err
	}
	if fp.poll.Mode != model.PollNamed {
		return append([]model.PollReason(nil), fp.reasons...), nil
	}
	var out []model.PollReason
	for _, who := range f.people {
		for q, a := range fp.named[who.ID] {
			if a.Reason != "" {
				out = append(out, model.PollReason{Question: q, Key: fmt.Sprintf("p%d", who.ID), Text: a.Reason})
			}
		}
	}
	return out, nil
}

func (f *fakeStore) AddPollReason(p model.Poll, q int, text string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil || fp.poll.Mode != model.PollTally {
		return errors.Join(err, errors.New("not a show of hands"))
	}
	f.nextID++
	fp.reasons = append(fp.reasons, model.PollReason{Question: q, Key: fmt.Sprintf("k%d", f.nextID), Text: text})
	return nil
}

func (f *fakeStore) reason(p model.Poll, key string) (*model.PollReason, error) {
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return nil, err
	}
	for i := range fp.reasons {
		if fp.reasons[i].Key == key {
			return &fp.reasons[i], nil
		}
	}
	return nil, fmt.Errorf("reason %s not found", key)
}

func (f *fakeStore) SetReasonLabel(p model.Poll, r model.PollReason, label string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	x, err := f.reason(p, r.Key)
	if err != nil {
		return err
	}
	x.Label = label
	return nil
}

func (f *fakeStore) PromoteReason(p model.Poll, r model.PollReason, at time.Time) (model.Card, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.Card{}, err
	}
	x, err := f.reason(p, r.Key)
	if err != nil {
		return model.Card{}, err
	}
	if x.CardID != 0 {
		return model.Card{}, errors.New("already promoted")
	}
	c := model.PromotedCard(p, *x)
	f.nextID++
	c.ID = f.nextID
	f.cards = append(f.cards, c)
	x.CardID = c.ID
	return c, nil
}

func (f *fakeStore) SetBallotOpen(p model.Poll, open bool, pinHash string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return err
	}
	fp.poll.BallotOpen, fp.poll.PINHash = open, pinHash
	return nil
}

func (f *fakeStore) Reveal(p model.Poll, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return err
	}
	fp.poll.RevealedAt, fp.poll.BallotOpen = at, false
	return nil
}

func (f *fakeStore) ReopenPoll(p model.Poll, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return err
	}
	fp.poll = fp.poll.Reopened()
	return nil
}

func (f *fakeStore) ResetPoll(p model.Poll, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	fp, err := f.findPoll(p.ID)
	if err != nil {
		return err
	}
	fp.poll = fp.poll.Reset()
	fp.counts, fp.reasons, fp.named, fp.ballots = map[[2]int]int{}, nil, map[int64][]model.Answer{}, 0
	return nil
}
