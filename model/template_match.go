package model

import (
	"fmt"
	"time"
)

// template_match.go: how DiffTemplate pairs the template's meetings and
// items with the stored ones, and the stored parts written as template parts.

// matchMeetings returns, for each template meeting, the index of the
// stored meeting it is (-1 for a new one): first by a title unique on both
// sides, then by number among the rest.
func matchMeetings(cur []StoredMeeting, specs []MeetingSpec) []int {
	match := make([]int, len(specs))
	used := make([]bool, len(cur))
	count := func(title string) (stored, tmpl int) {
		for _, m := range cur {
			if m.Meeting.Title == title {
				stored++
			}
		}
		for _, s := range specs {
			if s.Title == title {
				tmpl++
			}
		}
		return
	}
	for ti, s := range specs {
		match[ti] = -1
		if a, b := count(s.Title); a != 1 || b != 1 {
			continue
		}
		for si, m := range cur {
			if m.Meeting.Title == s.Title {
				match[ti], used[si] = si, true
			}
		}
	}
	for ti, s := range specs {
		if match[ti] >= 0 {
			continue
		}
		for si, m := range cur {
			if !used[si] && !m.Meeting.NotInTemplate && m.Meeting.Number == s.Number {
				match[ti], used[si] = si, true
				break
			}
		}
	}
	return match
}

// matchItems returns, for each template item, the index of the stored item
// it is (-1 for a new one): first the same kind and title, in order; then,
// among the rest not marked as out of the template, the same kind in order
// (a renamed item).
func matchItems(cur []StoredItem, specs []ItemSpec) []int {
	match := make([]int, len(specs))
	used := make([]bool, len(cur))
	for ti, s := range specs {
		match[ti] = -1
		for si, it := range cur {
			if !used[si] && it.Item.Kind == s.Kind && it.Item.Title == s.Title {
				match[ti], used[si] = si, true
				break
			}
		}
	}
	for ti, s := range specs {
		if match[ti] >= 0 {
			continue
		}
		for si, it := range cur {
			if !used[si] && !it.Item.NotInTemplate && it.Item.Kind == s.Kind {
				match[ti], used[si] = si, true
				break
			}
		}
	}
	return match
}

// outOfOrder returns the stored indexes, given in their new order, that are
// not on a longest increasing run: the ones that moved, as opposed to the
// ones that only shifted because others came or went.
func outOfOrder(seq []int) map[int]bool {
	n := len(seq)
	best, prev := make([]int, n), make([]int, n)
	end := -1
	for i := range seq {
		best[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if seq[j] < seq[i] && best[j]+1 > best[i] {
				best[i], prev[i] = best[j]+1, j
			}
		}
		if end < 0 || best[i] > best[end] {
			end = i
		}
	}
	keep := map[int]bool{}
	for i := end; i >= 0; i = prev[i] {
		keep[seq[i]] = true
	}
	moved := map[int]bool{}
	for _, s := range seq {
		if !keep[s] {
			moved[s] = true
		}
	}
	return moved
}

// MeetingSpecOf is a stored meeting written as a template meeting, with
// the given agenda.
func MeetingSpecOf(m Meeting, agenda []ItemSpec) MeetingSpec {
	return MeetingSpec{Number: m.Number, Title: m.Title, Date: m.Date.String(), Start: m.Start, End: m.End,
		Place: m.Place, FiscalYear: m.FiscalYear, Topics: m.Topics, Agenda: agenda}
}

// ItemSpecOf is a stored agenda item written as a template item.
func ItemSpecOf(it AgendaItem) ItemSpec {
	return ItemSpec{Kind: it.Kind, Title: it.Title, Body: it.Body, Notes: it.Notes, Minutes: int(it.Planned / time.Minute),
		Speaker: it.Speaker, Source: it.Source, URL: it.URL, Question: it.Question, Questions: it.Questions, Diagram: it.Diagram,
		Skipped: it.Skipped}
}

func nonEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

func normQuestions(qs []PollQuestion) []PollQuestion {
	if len(qs) == 0 {
		return nil
	}
	out := make([]PollQuestion, len(qs))
	for i, q := range qs {
		out[i] = PollQuestion{Text: q.Text, Kind: q.Kind, Choices: nonEmpty(q.Choices)}
	}
	return out
}

// sameValue compares two plain values by their printed form, in which a
// nil and an empty slice are alike.
func sameValue(a, b any) bool { return fmt.Sprintf("%v", a) == fmt.Sprintf("%v", b) }
