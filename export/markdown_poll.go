package export

// markdown_poll.go: the minutes' poll sections: every round of a poll item
// with its table or grouped reasons, and the comparison with the same
// question at earlier meetings.

import (
	"fmt"

	"yoriai/model"
)

// roundLine names a poll round: 1回目・無記名投票.
func roundLine(p model.Poll) string {
	return fmt.Sprintf("%d回目・%s", p.Round, pollModeNames[p.Mode])
}

// answered is the n of a choice question's result.
func answered(p model.Poll, r model.Result) int {
	if p.Mode == model.PollAnonymous {
		return r.Answered
	}
	return r.Total()
}

// poll gives back every round of a poll item: per question, each round's
// table or grouped reasons.
func (b *minutes) poll(it model.AgendaItem, rounds []Poll) {
	b.heading(2, "%s", it.Title)
	if len(rounds) == 0 {
		b.para("（実施の記録なし）")
		return
	}
	var shown []Poll
	for _, pd := range rounds {
		if !pd.Poll.Revealed() {
			b.para("%s。結果は公開されていません。", roundLine(pd.Poll))
			continue
		}
		shown = append(shown, pd)
	}
	if len(shown) == 0 {
		return
	}
	for q, pq := range shown[len(shown)-1].Poll.Questions {
		b.heading(3, "Q%d. %s", q+1, pq.Text)
		for _, pd := range shown {
			if q >= len(pd.Results) || q >= len(pd.Poll.Questions) {
				continue
			}
			r := pd.Results[q]
			if pq.Kind == model.QuestionChoice {
				b.para("%s、n=%d", roundLine(pd.Poll), answered(pd.Poll, r))
				t := DocTable{Header: []string{"選択肢", "人数", "割合"}, Align: []byte("lrr")}
				for c, choice := range pd.Poll.Questions[q].Choices {
					count := 0
					if c < len(r.Counts) {
						count = r.Counts[c]
					}
					t.Rows = append(t.Rows, []string{choice, fmt.Sprint(count), fmt.Sprintf("%.0f%%", r.Share(c)*100)})
				}
				b.table(t)
				continue
			}
			if len(shown) > 1 {
				b.para("%s", roundLine(pd.Poll))
			}
			b.reasons(pd, q)
		}
	}
}

func (b *minutes) reasons(pd Poll, q int) {
	var reasons []model.PollReason
	for _, x := range pd.Reasons {
		if x.Question == q {
			reasons = append(reasons, x)
		}
	}
	if len(reasons) == 0 {
		b.para("（理由の記入なし）")
		return
	}
	groups := model.GroupReasons(reasons)
	for _, g := range groups {
		if len(groups) > 1 || g.Label != "" {
			label := g.Label
			if label == "" {
				label = "未分類"
			}
			b.strong(label)
		}
		for _, x := range g.Reasons {
			text := x.Text
			if c, ok := b.d.card(x.CardID); ok && x.CardID != 0 {
				text += " " + b.destination(c)
			}
			b.list(item("%s", text))
		}
		b.endList()
	}
}

// lastRevealed is the latest round the room was shown; the zero Poll if
// none was.
func lastRevealed(rounds []Poll) Poll {
	for i := len(rounds) - 1; i >= 0; i-- {
		if rounds[i].Poll.Revealed() {
			return rounds[i]
		}
	}
	return Poll{}
}

// compare sets a poll's shares beside those of the same question in the
// earlier meetings (第6回 beside the kickoff), when both were revealed.
func (b *minutes) compare(pd Poll) {
	md := b.m
	if !pd.Poll.Revealed() {
		return
	}
	for q, pq := range pd.Poll.Questions {
		if pq.Kind != model.QuestionChoice || q >= len(pd.Results) {
			continue
		}
		type column struct {
			title string
			r     model.Result
		}
		var cols []column
		for _, other := range b.d.Meetings {
			if other.Meeting.Number >= md.Meeting.Number {
				continue
			}
			for _, oit := range other.Items {
				op := lastRevealed(other.Rounds[oit.ID])
				if !op.Poll.Revealed() {
					continue
				}
				for oq, opq := range op.Poll.Questions {
					if model.SameQuestion(pq, opq) && oq < len(op.Results) {
						cols = append(cols, column{other.Meeting.Title, op.Results[oq]})
					}
				}
			}
		}
		if len(cols) == 0 {
			continue
		}
		cols = append(cols, column{md.Meeting.Title, pd.Results[q]})
		b.heading(3, "「%s」の比較", pq.Text)
		t := DocTable{Header: []string{"選択肢"}, Align: []byte("l")}
		for _, c := range cols {
			t.Header, t.Align = append(t.Header, c.title), append(t.Align, 'r')
		}
		for i, choice := range pq.Choices {
			row := []string{choice}
			for _, c := range cols {
				row = append(row, fmt.Sprintf("%.0f%%", c.r.Share(i)*100))
			}
			t.Rows = append(t.Rows, row)
		}
		row := []string{"n"}
		for _, c := range cols {
			row = append(row, fmt.Sprint(c.r.Total()))
		}
		t.Rows = append(t.Rows, append([]string(nil), row...))
		b.table(t)
	}
}
