package export

// markdown_tasks.go: the minutes' sections on the work of the series:
// Task ① by pillar with what changed since the last meeting, every Task ②
// round with its ranking and moves, the problems chosen, and the plan.

import (
	"fmt"
	"strings"
	"time"

	"yoriai/model"
)

func (b *minutes) task1() {
	d := b.d
	bd := model.BuildBoard(d.Pillars, d.Cards, d.Links)
	b.heading(2, "タスク①：課題と達成目標")
	for _, col := range bd.Pillars {
		b.heading(3, "%s", col.Pillar.Name)
		if len(col.Problems) == 0 && len(col.Loose) == 0 {
			b.para("（なし）")
			continue
		}
		// the problems under their KJ labels as the board groups them, the
		// unlabelled ones (and the cards tied to no problem) under 未分類
		// once any label is in use
		labelled := false
		for _, c := range col.Problems {
			labelled = labelled || c.Label != ""
		}
		label := "\x00"
		heading := func(l string) {
			if !labelled || l == label {
				return
			}
			label = l
			b.endList()
			if l == "" {
				l = "未分類"
			}
			b.strong(l)
		}
		for _, c := range col.Problems {
			heading(c.Label)
			b.list(item("課題：%s", c.Text))
			for _, g := range col.Goals[c.ID] {
				b.list(sub("達成目標：%s", g.Text))
			}
		}
		for _, c := range col.Loose {
			heading("")
			name := "達成目標（課題未設定）"
			if c.Kind == model.CardCause {
				name = "要因"
			}
			b.list(item("%s：%s", name, c.Text))
		}
		b.endList()
	}
	if len(bd.Inbox) > 0 {
		b.para("未整理のカード：%d件", len(bd.Inbox))
	}
}

// changes lists the Task ① cards added (新) or changed (更) since the end
// of the previous meeting, up to the end of this one, pillar by pillar.
func (b *minutes) changes() {
	d, mt := b.d, b.m.Meeting
	var metas []model.Meeting
	for _, m := range d.Meetings {
		metas = append(metas, m.Meeting)
	}
	since, until := model.PreviousEnd(metas, mt.Number), mt.EndedAt
	in := func(t time.Time) bool { return t.After(since) && (until.IsZero() || !t.After(until)) }
	b.heading(3, "前回からの変更")
	byPillar := map[int64][]Item{}
	n := 0
	for _, c := range d.Cards {
		if c.PillarID == 0 && c.Kind == model.CardIdea {
			continue
		}
		mark := ""
		switch {
		case in(c.CreatedAt):
			mark = "新"
		case in(c.UpdatedAt):
			mark = "更"
		default:
			continue
		}
		byPillar[c.PillarID] = append(byPillar[c.PillarID], item("%s %s：%s", mark, cardKindNames[c.Kind], c.Text))
		n++
	}
	if n == 0 {
		b.para("（変更なし）")
		return
	}
	for _, p := range append(d.Pillars, model.Pillar{Name: "受け箱"}) {
		if items := byPillar[p.ID]; len(items) > 0 {
			b.strong(fmt.Sprintf("%s（%d件）", p.Name, len(items)))
			b.list(items...)
			b.endList()
		}
	}
}

// rounds are the Task ② rounds held in this meeting; when none was, the
// latest round of the workshop, so the ranking is always given.
func (b *minutes) rounds() (rounds []model.Task2State, own bool) {
	for _, r := range b.d.Rounds {
		if r.Round.MeetingID == b.m.Meeting.ID {
			rounds = append(rounds, r)
		}
	}
	if len(rounds) > 0 {
		return rounds, true
	}
	if b.d.Task2.HasRound {
		return []model.Task2State{b.d.Task2}, false
	}
	return nil, false
}

// method names how a round weighs the problems.
func method(r model.VoteRound) string {
	switch {
	case r.Method == model.MethodScore:
		return "採点（効果×実現可能性）"
	case r.Mode == model.VoteParticipant:
		return fmt.Sprintf("ドット投票・1人%d票", r.Budget)
	}
	return "ドット投票・会場の集計"
}

// rankValue is what a problem got in a round: 11票, 4×3, 非公開 or —.
func rankValue(r model.VoteRound, x model.Ranked) string {
	switch {
	case !r.ShowsTotals():
		return "非公開"
	case r.Method == model.MethodScore && x.Score.Valid():
		return fmt.Sprintf("%d×%d＝%d", x.Score.Impact, x.Score.Feasibility, x.Score.Value())
	case r.Method == model.MethodScore:
		return "—"
	}
	return fmt.Sprintf("%d票", x.Dots)
}

func (b *minutes) task2() {
	d := b.d
	b.heading(2, "タスク②：優先順位")
	rounds, own := b.rounds()
	if len(rounds) == 0 {
		b.para("（投票の記録なし）")
	}
	if len(rounds) > 0 && !own {
		b.para("この会議での投票の記録はありません。直近の順位を示します。")
	}
	for _, st := range rounds {
		r := st.Round
		latest := st.Round.ID == d.Task2.Round.ID
		b.heading(3, "%d回目の投票（%s）", r.Number, method(r))
		ranked := r.Rank(d.Problems(), st.Votes.Totals(), st.Scores, st.Overrides)
		t := DocTable{Header: []string{"順位", "課題", "柱", "結果"}, Align: []byte("rllr")}
		if latest {
			t.Header, t.Align = append(t.Header, d.Year.Label()), append(t.Align, 'c')
		}
		for _, x := range ranked {
			place := fmt.Sprint(x.Place)
			if x.Tied {
				place += "（同点）"
			}
			row := []string{place, x.Card.Text, d.Pillar(x.Card.PillarID), rankValue(r, x)}
			if latest {
				row = append(row, map[bool]string{true: "○"}[d.Task2.Chosen[x.Card.ID]])
			}
			t.Rows = append(t.Rows, row)
		}
		b.table(t)
		b.moves(st)
	}
	b.heading(3, "%sに取り組む課題", d.Year.Label())
	by, missing := model.ChosenByPillar(d.Pillars, d.Ranked, d.Task2.Chosen)
	for _, p := range d.Pillars {
		var texts []string
		for _, c := range by[p.ID] {
			texts = append(texts, c.Text)
		}
		if len(texts) == 0 {
			texts = []string{"（選定なし）"}
		}
		b.list(item("%s：%s", p.Name, strings.Join(texts, "、")))
	}
	b.endList()
	if len(missing) > 0 {
		var names []string
		for _, p := range missing {
			names = append(names, p.Name)
		}
		b.para("※ %s は選定がありません。", strings.Join(names, "・"))
	}
}

// moves lists every move the facilitator made in a round's ranking, in
// the order made, with its reason.
func (b *minutes) moves(st model.Task2State) {
	if len(st.Overrides) == 0 {
		return
	}
	b.strong("順位の変更")
	for _, o := range st.Overrides {
		text := "（削除された課題）"
		if c, ok := b.d.card(o.CardID); ok {
			text = c.Text
		}
		dir := "1つ上へ"
		if o.Delta > 0 {
			dir = "1つ下へ"
		}
		reason := strings.TrimSpace(o.Reason)
		if reason == "" {
			reason = "理由の記録なし"
		}
		b.list(item("「%s」を%s：%s", text, dir, reason))
	}
	b.endList()
}

func (b *minutes) plan() {
	d := b.d
	b.heading(2, "実施計画（案）")
	plans := d.plans()
	if len(plans) == 0 {
		b.para("（取組の記録なし）")
		return
	}
	years := model.PlanYears(d.Year)
	pillar := int64(-1)
	for _, in := range plans {
		if in.PillarID != pillar {
			pillar = in.PillarID
			b.heading(3, "%s", orDash(d.Pillar(pillar)))
		}
		b.heading(4, "%s（%s・%s）", in.Title, orDash(in.Department), statusNames[in.Status])
		b.list(item("対象課題：%s", orDash(strings.Join(d.problemTexts(in), "、"))),
			item("取組の概要：%s", orDash(in.Summary)),
			item("評価指標：%s（現状値 %s → 目標値 %s）", orDash(in.KPI), orDash(in.Baseline), orDash(in.Target)))
		for _, y := range years {
			b.list(item("%s：%s", y.Label(), orDash(yearPlan(in, y))))
		}
		b.endList()
	}
}
