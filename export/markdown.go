package export

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"yoriai/model"
)

// The documents are written in Japanese: they are the city office's own
// records (議事要旨, 実施計画（案）), whatever language the app runs in.

var pollModeNames = map[model.PollMode]string{model.PollTally: "挙手", model.PollNamed: "記名", model.PollAnonymous: "無記名投票"}

var kindNames = map[model.ItemKind]string{model.KindBriefing: "説明", model.KindVideo: "動画", model.KindPrompt: "問いかけ",
	model.KindPoll: "投票", model.KindTask1: "タスク①", model.KindTask2: "タスク②", model.KindWrapUp: "まとめ"}

var statusNames = map[model.InitiativeStatus]string{model.StatusNotStarted: "未着手", model.StatusConsidering: "検討中",
	model.StatusInProgress: "実施中", model.StatusDone: "完了"}

// Minutes writes the 議事要旨 of meeting number n.
func Minutes(w io.Writer, d Data, n int) error {
	m, ok := d.MeetingByNumber(n)
	if !ok {
		return fmt.Errorf("there is no meeting %d", n)
	}
	b := bufio.NewWriter(w)
	mw := &mdWriter{w: b, d: d}
	mw.minutes(m)
	return b.Flush()
}

type mdWriter struct {
	w *bufio.Writer
	d Data
}

func (m *mdWriter) p(format string, a ...any) { fmt.Fprintf(m.w, format+"\n", a...) }

// inline makes text safe for one Markdown line: line breaks become " / ",
// and a character that would start markup at the line's start is escaped.
func inline(s string) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " / ")), " ")
	if s != "" && strings.ContainsRune("#>-+*|`", rune(s[0])) {
		s = `\` + s
	}
	return s
}

// cell makes text safe for a table cell.
func cell(s string) string {
	return strings.ReplaceAll(inline(strings.TrimPrefix(s, `\`)), "|", `\|`)
}

func (m *mdWriter) minutes(md Meeting) {
	d, mt := m.d, md.Meeting
	m.p("# %s %s 議事要旨", d.Workshop.Title, mt.Title)
	m.p("")
	m.p("- 日時：%s", when(mt, true))
	m.p("- 場所：%s", orDash(mt.Place))
	m.attendees(md.Present)
	if len(mt.Topics) > 0 {
		m.p("- 内容：%s", inline(strings.Join(mt.Topics, "・")))
	}
	m.p("")
	m.agenda(md)
	for _, it := range md.Items {
		switch it.Kind {
		case model.KindPrompt:
			m.ideas(it, md.Ideas[it.ID])
		case model.KindPoll:
			m.poll(it, md.Polls[it.ID], len(md.Present))
			m.compare(md, md.Polls[it.ID])
		}
	}
	has := func(k model.ItemKind) bool {
		return slices.ContainsFunc(md.Items, func(it model.AgendaItem) bool { return it.Kind == k })
	}
	if has(model.KindTask1) {
		m.task1()
	}
	if has(model.KindTask2) {
		m.task2()
		m.plan()
	}
	m.decisions(md, has(model.KindTask2))
	m.next(mt)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return inline(s)
}

// attendees lists who attended, grouped by 所属課 in the order the roster
// first names each.
func (m *mdWriter) attendees(present []model.Participant) {
	if len(present) == 0 {
		m.p("- 出席者：（記録なし）")
		return
	}
	m.p("- 出席者（%d名）", len(present))
	var depts []string
	by := map[string][]string{}
	for _, p := range present {
		dept := p.Department
		if dept == "" {
			dept = "所属未記入"
		}
		if _, ok := by[dept]; !ok {
			depts = append(depts, dept)
		}
		by[dept] = append(by[dept], inline(p.Name))
	}
	for _, dept := range depts {
		m.p("  - %s：%s", inline(dept), strings.Join(by[dept], "、"))
	}
}

func (m *mdWriter) agenda(md Meeting) {
	m.p("## 次第")
	m.p("")
	m.p("| # | 種類 | 項目 | 予定 | 実績 |")
	m.p("|---:|---|---|---:|---:|")
	for i, it := range md.Items {
		actual := "—"
		if spent := it.Timer.At(md.Meeting.EndedAt); spent > 0 || it.State != model.ItemPending {
			actual = model.FormatMinutes(spent)
		}
		m.p("| %d | %s | %s | %d分 | %s |", i+1, kindNames[it.Kind], cell(it.Title), int(it.Planned/time.Minute), actual)
	}
	m.p("")
}

func (m *mdWriter) ideas(it model.AgendaItem, ideas []model.Card) {
	m.p("## %s", inline(it.Title))
	m.p("")
	if it.Question != "" {
		m.p("問い：%s", inline(it.Question))
		m.p("")
	}
	if len(ideas) == 0 {
		m.p("（アイデアの記録なし）")
		m.p("")
		return
	}
	for _, c := range ideas {
		if who := m.d.author(c); who != "" {
			m.p("- %s（%s）", inline(c.Text), inline(who))
			continue
		}
		m.p("- %s", inline(c.Text))
	}
	m.p("")
}

func (m *mdWriter) poll(it model.AgendaItem, pd Poll, attending int) {
	m.p("## %s", inline(it.Title))
	m.p("")
	if pd.Poll.ID == 0 {
		m.p("（実施の記録なし）")
		m.p("")
		return
	}
	if !pd.Poll.Revealed() {
		m.p("%d回目・%s。結果は公開されていません。", pd.Poll.Round, pollModeNames[pd.Poll.Mode])
		m.p("")
		return
	}
	for q, pq := range pd.Poll.Questions {
		if q >= len(pd.Results) {
			break
		}
		r := pd.Results[q]
		m.p("### Q%d. %s", q+1, inline(pq.Text))
		m.p("")
		if pq.Kind == model.QuestionChoice {
			n := r.Total()
			if pd.Poll.Mode == model.PollAnonymous {
				n = r.Answered
			}
			m.p("%d回目・%s、n=%d", pd.Poll.Round, pollModeNames[pd.Poll.Mode], n)
			m.p("")
			m.p("| 選択肢 | 人数 | 割合 |")
			m.p("|---|---:|---:|")
			for c, choice := range pq.Choices {
				count := 0
				if c < len(r.Counts) {
					count = r.Counts[c]
				}
				m.p("| %s | %d | %.0f%% |", cell(choice), count, r.Share(c)*100)
			}
			m.p("")
			continue
		}
		var reasons []model.PollReason
		for _, x := range pd.Reasons {
			if x.Question == q {
				reasons = append(reasons, x)
			}
		}
		if len(reasons) == 0 {
			m.p("（理由の記入なし）")
			m.p("")
			continue
		}
		groups := model.GroupReasons(reasons)
		for _, g := range groups {
			if len(groups) > 1 || g.Label != "" {
				label := g.Label
				if label == "" {
					label = "未分類"
				}
				m.p("**%s**", inline(label))
				m.p("")
			}
			for _, x := range g.Reasons {
				m.p("- %s", inline(x.Text))
			}
			m.p("")
		}
	}
}

// decisions is what the meeting settled: the outcome of its polls, and
// the problems chosen for the fiscal year.
func (m *mdWriter) decisions(md Meeting, task2 bool) {
	d := m.d
	var lines []string
	for _, it := range md.Items {
		pd, ok := md.Polls[it.ID]
		if !ok || !pd.Poll.Revealed() {
			continue
		}
		for q, pq := range pd.Poll.Questions {
			if pq.Kind != model.QuestionChoice || q >= len(pd.Results) || pd.Results[q].Total() == 0 {
				continue
			}
			r := pd.Results[q]
			best := 0
			for c := range r.Counts {
				if r.Counts[c] > r.Counts[best] {
					best = c
				}
			}
			lines = append(lines, fmt.Sprintf("「%s」は「%s」が最多（%d人、%.0f%%）。", inline(pq.Text), inline(pq.Choices[best]),
				r.Counts[best], r.Share(best)*100))
		}
	}
	if task2 {
		n := 0
		for range d.Task2.Chosen {
			n++
		}
		lines = append(lines, fmt.Sprintf("%sに取り組む課題として%d件を選定。", d.Year.Label(), n))
		if len(d.Task2.Plans) > 0 {
			lines = append(lines, fmt.Sprintf("実施計画（案）の取組は%d件。", len(d.Task2.Plans)))
		}
	}
	if len(lines) == 0 {
		return
	}
	m.p("## 決定事項")
	m.p("")
	for _, l := range lines {
		m.p("- %s", l)
	}
	m.p("")
}

func (m *mdWriter) next(mt model.Meeting) {
	next, ok := m.d.MeetingByNumber(mt.Number + 1)
	m.p("## 次回")
	m.p("")
	if !ok {
		m.p("（予定なし。この会議がシリーズの最終回です）")
		return
	}
	n := next.Meeting
	m.p("- %s：%s%s", inline(n.Title), when(n, false), placeSuffix(n.Place))
	if len(n.Topics) > 0 {
		m.p("- 内容：%s", inline(strings.Join(n.Topics, "・")))
	}
}

func placeSuffix(p string) string {
	if strings.TrimSpace(p) == "" {
		return ""
	}
	return "、" + inline(p)
}

// when is a meeting's date in 和暦 with its times, 令和4年12月9日（金）9:00–11:00
// (the end only if asked), or 日程未定.
func when(m model.Meeting, end bool) string {
	if m.Date.IsZero() {
		return "日程未定"
	}
	s := m.Date.FormatJapanese()
	if start, err := model.ParseClock(m.Start); err == nil {
		s += model.FormatClock(start)
		if stop, err := model.ParseClock(m.End); err == nil && end {
			s += "–" + model.FormatClock(stop)
		}
	}
	return s
}

// compare sets a poll's shares beside those of the same question in the
// earlier meetings (第6回 beside the kickoff), when both were revealed.
func (m *mdWriter) compare(md Meeting, pd Poll) {
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
		for _, other := range m.d.Meetings {
			if other.Meeting.Number >= md.Meeting.Number {
				continue
			}
			for _, op := range other.Polls {
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
		m.p("### 「%s」の比較", inline(pq.Text))
		m.p("")
		head, rule := "| 選択肢 |", "|---|"
		for _, c := range cols {
			head += " " + cell(c.title) + " |"
			rule += "---:|"
		}
		m.p("%s", head)
		m.p("%s", rule)
		for i, choice := range pq.Choices {
			row := "| " + cell(choice) + " |"
			for _, c := range cols {
				row += fmt.Sprintf(" %.0f%% |", c.r.Share(i)*100)
			}
			m.p("%s", row)
		}
		row := "| n |"
		for _, c := range cols {
			row += fmt.Sprintf(" %d |", c.r.Total())
		}
		m.p("%s", row)
		m.p("")
	}
}
