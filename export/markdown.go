package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"yoriai/model"
)

// The documents are written in Japanese: they are the city office's own
// records (議事要旨, 実施計画（案）), whatever language the app runs in.

var pollModeNames = map[model.PollMode]string{model.PollTally: "挙手", model.PollNamed: "記名", model.PollAnonymous: "無記名投票"}

var kindNames = map[model.ItemKind]string{model.KindBriefing: "説明", model.KindVideo: "動画", model.KindPrompt: "問いかけ",
	model.KindPoll: "投票", model.KindTask1: "タスク①", model.KindTask2: "タスク②", model.KindWrapUp: "まとめ",
	model.KindReview: "ふりかえり"}

var statusNames = map[model.InitiativeStatus]string{model.StatusNotStarted: "未着手", model.StatusConsidering: "検討中",
	model.StatusInProgress: "実施中", model.StatusDone: "完了"}

// Minutes writes the 議事要旨 of meeting number n as Markdown.
func Minutes(w io.Writer, d Data, n int) error {
	doc, err := MinutesDoc(d, n)
	if err != nil {
		return err
	}
	return WriteMarkdown(w, doc)
}

// MinutesDoc is the 議事要旨 of meeting number n, for any renderer: who
// attended and who was absent by 所属課 and the 記録者, the agenda, every
// item's outcome in order (all the ideas of a prompt with where they went,
// every poll round, the Task ① board and its changes, every Task ② round
// and the plan) each with its 記録, decisions first; the 決定事項 typed, the
// 宿題, the computed results and the next meeting.
func MinutesDoc(d Data, n int) (Doc, error) {
	m, ok := d.MeetingByNumber(n)
	if !ok {
		return Doc{}, fmt.Errorf("there is no meeting %d", n)
	}
	mb := &minutes{d: d, m: m}
	mb.build()
	return mb.doc, nil
}

// minutes builds the minutes of one meeting.
type minutes struct {
	builder
	d Data
	m Meeting
}

func (b *minutes) build() {
	d, md, mt := b.d, b.m, b.m.Meeting
	b.doc.Title = fmt.Sprintf("%s %s 議事要旨", d.Workshop.Title, mt.Title)
	b.heading(1, "%s", b.doc.Title)
	b.list(item("日時：%s", when(mt, true)), item("場所：%s", orDash(mt.Place)))
	b.people()
	if len(mt.Topics) > 0 {
		b.list(item("内容：%s", strings.Join(mt.Topics, "・")))
	}
	b.endList()
	b.agenda()
	for _, it := range md.Items {
		if it.Skipped && !b.heldData(it) {
			continue // 「省略」 in the agenda table, and nothing to report
		}
		switch it.Kind {
		case model.KindPrompt:
			b.ideas(it, md.Ideas[it.ID])
		case model.KindPoll:
			b.poll(it, md.Rounds[it.ID])
			b.compare(lastRevealed(md.Rounds[it.ID]))
		case model.KindTask1:
			if b.once(model.KindTask1) {
				b.record(it, true)
				continue
			}
			b.task1()
			b.changes()
		case model.KindTask2:
			if b.once(model.KindTask2) {
				b.record(it, true)
				continue
			}
			b.task2()
			b.plan()
		default: // briefing, video, まとめ: a section only for what was recorded
			b.record(it, true)
			continue
		}
		b.record(it, false)
	}
	b.decided()
	b.actions()
	b.results()
	b.next()
}

// heldData reports whether a skipped item still holds what the room said
// before it was skipped (ideas, a poll round, a record), which the minutes keep.
func (b *minutes) heldData(it model.AgendaItem) bool {
	return len(b.m.Ideas[it.ID]) > 0 || len(b.m.Rounds[it.ID]) > 0 || len(b.d.ItemEntries(it.ID)) > 0
}

// once reports whether an item of kind k came before the current one (a
// meeting with two Task ② items has one Task ② section).
func (b *minutes) once(k model.ItemKind) bool {
	for _, bl := range b.doc.Blocks {
		if bl.Kind == BlockHeading && bl.Level == 2 && strings.HasPrefix(bl.Text, kindNames[k]+"：") {
			return true
		}
	}
	return false
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// byDepartment groups people by 所属課 in the order the roster first names
// each: "課：名前、名前".
func byDepartment(people []model.Participant) []string {
	var depts []string
	by := map[string][]string{}
	for _, p := range people {
		dept := p.Department
		if dept == "" {
			dept = "所属未記入"
		}
		if _, ok := by[dept]; !ok {
			depts = append(depts, dept)
		}
		by[dept] = append(by[dept], p.Name)
	}
	out := make([]string, len(depts))
	for i, dept := range depts {
		out[i] = dept + "：" + strings.Join(by[dept], "、")
	}
	return out
}

// attendees lists who attended, grouped by 所属課.
func (b *minutes) attendees(present []model.Participant) {
	if len(present) == 0 {
		b.list(item("出席者：（記録なし）"))
		return
	}
	b.list(item("出席者（%d名）", len(present)))
	for _, line := range byDepartment(present) {
		b.list(sub("%s", line))
	}
}

// NotInTemplateMark follows the title of an agenda item in the minutes'
// 次第 when a template change removed the item but it stayed for its
// records.
const NotInTemplateMark = "（テンプレート外）"

func (b *minutes) agenda() {
	md := b.m
	b.heading(2, "次第")
	t := DocTable{Header: []string{"#", "種類", "項目", "予定", "実績"}, Align: []byte("rllrr")}
	for i, it := range md.Items {
		actual := "—"
		if spent := it.Timer.At(md.Meeting.EndedAt); spent > 0 || it.State != model.ItemPending {
			actual = model.FormatMinutes(spent)
		}
		if it.Skipped {
			actual = "省略"
		}
		title := it.Title
		if it.NotInTemplate { // a template change removed it; its records kept it
			title += NotInTemplateMark
		}
		t.Rows = append(t.Rows, []string{fmt.Sprint(i + 1), kindNames[it.Kind], title,
			fmt.Sprintf("%d分", int(it.Planned/time.Minute)), actual})
	}
	b.table(t)
}

// destination is where a card captured as an idea went on the board, as
// 「→ タスク① 業務の効率化／課題」; "" for one still an idea.
func (b *minutes) destination(c model.Card) string {
	if c.Kind == model.CardIdea && c.PillarID == 0 {
		return ""
	}
	pillar := b.d.Pillar(c.PillarID)
	if pillar == "" {
		pillar = "受け箱"
	}
	return fmt.Sprintf("→ タスク① %s／%s", pillar, cardKindNames[c.Kind])
}

func (b *minutes) ideas(it model.AgendaItem, cards []model.Card) {
	b.heading(2, "%s", it.Title)
	if it.Question != "" {
		b.para("問い：%s", it.Question)
	}
	if len(cards) == 0 {
		b.para("（アイデアの記録なし）")
		return
	}
	moved := 0
	for _, c := range cards {
		text := c.Text
		if who := b.d.author(c); who != "" {
			text += "（" + who + "）"
		}
		if to := b.destination(c); to != "" {
			text += " " + to
			moved++
		}
		b.list(item("%s", text))
	}
	b.endList()
	if moved > 0 {
		b.para("アイデア%d件のうち%d件はタスク①のボードへ移りました（→ の先）。", len(cards), moved)
	}
}

// results are the facts the data gives, labelled as results and not as
// decisions: the most chosen answer of each poll round, the problems
// chosen and the initiatives drafted.
func (b *minutes) results() {
	d, md := b.d, b.m
	var lines []Item
	for _, it := range md.Items {
		rounds := md.Rounds[it.ID]
		for _, pd := range rounds {
			if !pd.Poll.Revealed() {
				continue
			}
			for q, pq := range pd.Poll.Questions {
				if pq.Kind != model.QuestionChoice || q >= len(pd.Results) || pd.Results[q].Total() == 0 {
					continue
				}
				r := pd.Results[q]
				most := 0
				for _, n := range r.Counts {
					most = max(most, n)
				}
				var top []string
				first := -1
				for c, n := range r.Counts {
					if n == most && c < len(pq.Choices) {
						top = append(top, "「"+pq.Choices[c]+"」")
						if first < 0 {
							first = c
						}
					}
				}
				round := ""
				if len(rounds) > 1 {
					round = fmt.Sprintf("（%d回目）", pd.Poll.Round)
				}
				how := "が"
				if len(top) > 1 {
					how = "が同数で"
				}
				share := r.Share(first) * 100
				lines = append(lines, item("「%s」%sは%s%s最多（%d人、%.0f%%）。", pq.Text, round, strings.Join(top, ""),
					how, most, share))
			}
		}
	}
	if b.once(model.KindTask2) {
		lines = append(lines, item("%sに取り組む課題として%d件を選定。", d.Year.Label(), len(d.Task2.Chosen)))
		if len(d.Task2.Plans) > 0 {
			lines = append(lines, item("実施計画（案）の取組は%d件。", len(d.Task2.Plans)))
		}
	}
	if len(lines) == 0 {
		return
	}
	b.heading(2, "結果")
	b.para("投票と集計から出た結果です（会議で決めたことではありません）。")
	b.list(lines...)
	b.endList()
}

func (b *minutes) next() {
	mt := b.m.Meeting
	next, ok := b.d.MeetingByNumber(mt.Number + 1)
	b.heading(2, "次回")
	if !ok {
		b.para("（予定なし。この会議がシリーズの最終回です）")
		return
	}
	n := next.Meeting
	b.list(item("%s：%s", n.Title, when(n, true)), item("場所：%s", orDash(n.Place)))
	if len(n.Topics) > 0 {
		b.list(item("内容：%s", strings.Join(n.Topics, "・")))
	}
	b.endList()
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
