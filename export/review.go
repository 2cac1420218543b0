package export

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"yoriai/model"
)

// Review is the ふりかえり that opens meetings 2–6, drawn from the data:
// what the previous meeting decided, what is still to do, how its polls
// came out, what changed on the Task ① board and what came in by chat
// since it ended. The screens show it on the ふりかえり slide.
type Review struct {
	// Heading and Body are the template's ふりかえり item as written
	// (前回とチャットのふりかえり), kept above what is generated.
	Heading, Body string
	Meeting       model.Meeting // the meeting it opens
	Previous      model.Meeting // the meeting it looks back on
	// Since is when Previous ended: cards and chat lines after it are
	// new. Zero when it has not ended (then no card is marked).
	Since     time.Time
	Decisions []model.Entry  // Previous's 決定事項, in agenda order
	Actions   []ReviewAction // 宿題 of the earlier meetings still open, and those done in this meeting
	Polls     []ReviewPoll   // Previous's revealed choice questions
	Task1     []ReviewPillar // per pillar, the cards new or changed since; every pillar, in order
	Chat      []model.Card   // chat lines imported since, oldest first
}

// ReviewAction is one action item carried into the meeting.
type ReviewAction struct {
	Entry    model.Entry
	Meeting  string // the title of the meeting it was raised in
	Item     string // the agenda item it was raised in
	Assignee string // 担当: the roster's name, or the one typed
	Overdue  bool   // open, and its 期限 is before the day of the review
}

// ReviewPoll is one choice question of the previous meeting's polls with
// its shares, and the same question's at the meetings before it.
type ReviewPoll struct {
	Item     string // the poll item's title
	Question model.PollQuestion
	Round    int
	Mode     model.PollMode
	Result   model.Result
	Earlier  []PollShare // the same question (model.SameQuestion) at earlier meetings, oldest first
}

// PollShare is one earlier meeting's result of a question, to compare.
type PollShare struct {
	Meeting string // its title (キックオフ)
	Number  int
	Result  model.Result
}

// ReviewPillar is one pillar's Task ① cards new (新) or changed (更)
// since the previous meeting, in board order.
type ReviewPillar struct {
	Pillar model.Pillar
	Cards  []ReviewCard
}

// ReviewCard is a card with how it changed.
type ReviewCard struct {
	Card model.Card
	Mark model.CardMark // model.MarkNew (新) or model.MarkChanged (更)
}

// ErrNoReview is returned for the kickoff: there is nothing before it.
var ErrNoReview = errors.New("the first meeting has no meeting before it to look back on")

// reviewHeading is the heading when a meeting has no ふりかえり item.
const reviewHeading = "前回のふりかえり"

// ReviewItem is the ふりかえり item of a meeting's agenda: the first item
// of kind review, else (an agenda written before that kind) the first
// whose title says ふりかえり (or 振り返り).
func ReviewItem(items []model.AgendaItem) (model.AgendaItem, bool) {
	for _, it := range items {
		if it.Kind == model.KindReview {
			return it, true
		}
	}
	for _, it := range items {
		if strings.Contains(it.Title, "ふりかえり") || strings.Contains(it.Title, "振り返り") {
			return it, true
		}
	}
	return model.AgendaItem{}, false
}

// BuildReview is the ふりかえり of meeting number n (2 or later) as of
// today, the day that decides which 宿題 are overdue (the meeting's
// date, or the day it is shown).
func BuildReview(d Data, n int, today model.Date) (Review, error) {
	if n < 2 {
		return Review{}, ErrNoReview
	}
	cur, ok := d.MeetingByNumber(n)
	if !ok {
		return Review{}, fmt.Errorf("there is no meeting %d", n)
	}
	r := Review{Meeting: cur.Meeting, Heading: reviewHeading}
	if it, ok := ReviewItem(cur.Items); ok {
		r.Heading, r.Body = it.Title, it.Body
	}
	prev, ok := previousMeeting(d, n)
	if !ok {
		return r, fmt.Errorf("there is no meeting before meeting %d", n)
	}
	r.Previous, r.Since = prev.Meeting, prev.Meeting.EndedAt
	r.Decisions = reviewDecisions(d, prev)
	r.Actions = reviewActions(d, cur.Meeting, today)
	r.Polls = reviewPolls(d, prev)
	r.Task1 = reviewTask1(d, r.Since)
	r.Chat = reviewChat(d, r.Since)
	return r, nil
}

// previousMeeting is the latest meeting before number n that has ended,
// else the one numbered n-1.
func previousMeeting(d Data, n int) (Meeting, bool) {
	var best Meeting
	found := false
	for _, m := range d.Meetings {
		if m.Meeting.Number < n && !m.Meeting.EndedAt.IsZero() && (!found || m.Meeting.Number > best.Meeting.Number) {
			best, found = m, true
		}
	}
	if found {
		return best, true
	}
	return d.MeetingByNumber(n - 1)
}

func reviewDecisions(d Data, prev Meeting) []model.Entry {
	var out []model.Entry
	for _, e := range d.MeetingEntries(prev.Meeting.ID) {
		if e.Kind == model.EntryDecision {
			out = append(out, e)
		}
	}
	return out
}

func reviewActions(d Data, cur model.Meeting, today model.Date) []ReviewAction {
	number, titles, items := map[int64]int{}, map[int64]string{}, map[int64]string{}
	for _, m := range d.Meetings {
		number[m.Meeting.ID], titles[m.Meeting.ID] = m.Meeting.Number, m.Meeting.Title
		for _, it := range m.Items {
			items[it.ID] = it.Title
		}
	}
	var out []ReviewAction
	for _, e := range d.Entries {
		if e.Kind != model.EntryAction || number[e.MeetingID] >= cur.Number || number[e.MeetingID] == 0 {
			continue
		}
		if !e.Open() && e.DoneMeeting != cur.ID {
			continue
		}
		out = append(out, ReviewAction{Entry: e, Meeting: titles[e.MeetingID], Item: items[e.ItemID],
			Assignee: e.Assignee(d.People), Overdue: e.Overdue(today)})
	}
	return out
}

func reviewPolls(d Data, prev Meeting) []ReviewPoll {
	var out []ReviewPoll
	for _, it := range prev.Items {
		pd, ok := prev.Polls[it.ID]
		if !ok || !pd.Poll.Revealed() {
			continue
		}
		for q, pq := range pd.Poll.Questions {
			if pq.Kind != model.QuestionChoice || q >= len(pd.Results) {
				continue
			}
			rp := ReviewPoll{Item: it.Title, Question: pq, Round: pd.Poll.Round, Mode: pd.Poll.Mode, Result: pd.Results[q]}
			for _, other := range d.Meetings {
				if other.Meeting.Number >= prev.Meeting.Number {
					continue
				}
				for _, oit := range other.Items {
					op := lastRevealed(other.Rounds[oit.ID])
					if !op.Poll.Revealed() {
						continue
					}
					for oq, opq := range op.Poll.Questions {
						if model.SameQuestion(pq, opq) && oq < len(op.Results) {
							rp.Earlier = append(rp.Earlier, PollShare{Meeting: other.Meeting.Title, Number: other.Meeting.Number,
								Result: op.Results[oq]})
						}
					}
				}
			}
			slices.SortStableFunc(rp.Earlier, func(a, b PollShare) int { return a.Number - b.Number })
			out = append(out, rp)
		}
	}
	return out
}

func reviewTask1(d Data, since time.Time) []ReviewPillar {
	out := make([]ReviewPillar, len(d.Pillars))
	at := map[int64]int{}
	for i, p := range d.Pillars {
		out[i].Pillar = p
		at[p.ID] = i
	}
	for _, c := range d.Cards { // in board order
		i, ok := at[c.PillarID]
		if !ok {
			continue
		}
		if mark := model.MarkSince(c, since); mark != model.MarkNone {
			out[i].Cards = append(out[i].Cards, ReviewCard{Card: c, Mark: mark})
		}
	}
	return out
}

func reviewChat(d Data, since time.Time) []model.Card {
	var out []model.Card
	for _, c := range d.Cards {
		if c.Source == model.SourceChatImport && c.CreatedAt.After(since) {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, func(a, b model.Card) int {
		if c := a.CreatedAt.Compare(b.CreatedAt); c != 0 {
			return c
		}
		return int(a.ID - b.ID)
	})
	return out
}
