package export

// markdown_tasks.go: the minutes' sections on the work of the series:
// Task ① by pillar, Task ②'s ranking and chosen problems, and the plan.

import (
	"fmt"

	"strings"

	"yoriai/model"
)

func (m *mdWriter) task1() {
	d := m.d
	bd := model.BuildBoard(d.Pillars, d.Cards, d.Links)
	m.p("## タスク①：課題と達成目標")
	m.p("")
	for _, col := range bd.Pillars {
		m.p("### %s", inline(col.Pillar.Name))
		m.p("")
		if len(col.Problems) == 0 && len(col.Loose) == 0 {
			m.p("（なし）")
			m.p("")
			continue
		}
		label := "\x00"
		for _, c := range col.Problems {
			if c.Label != label && c.Label != "" {
				m.p("**%s**", inline(c.Label))
				m.p("")
			}
			label = c.Label
			m.p("- 課題：%s", inline(c.Text))
			for _, g := range col.Goals[c.ID] {
				m.p("  - 達成目標：%s", inline(g.Text))
			}
		}
		for _, c := range col.Loose {
			name := "達成目標（課題未設定）"
			if c.Kind == model.CardCause {
				name = "要因"
			}
			m.p("- %s：%s", name, inline(c.Text))
		}
		m.p("")
	}
	if len(bd.Inbox) > 0 {
		m.p("未整理のカード：%d件", len(bd.Inbox))
		m.p("")
	}
}

func (m *mdWriter) task2() {
	d := m.d
	r := d.Task2.Round
	m.p("## タスク②：優先順位")
	m.p("")
	if !d.Task2.HasRound {
		m.p("（投票の記録なし）")
		m.p("")
	} else {
		how := "ドット投票"
		if r.Method == model.MethodScore {
			how = "採点（効果×実現可能性）"
		}
		m.p("%d回目の投票（%s）による。", r.Number, how)
		m.p("")
		m.p("| 順位 | 課題 | 柱 | 結果 | %s |", d.Year.Label())
		m.p("|---:|---|---|---:|:---:|")
		for _, x := range d.Ranked {
			value := fmt.Sprintf("%d票", x.Dots)
			switch {
			case !r.ShowsTotals():
				value = "非公開"
			case r.Method == model.MethodScore && x.Score.Valid():
				value = fmt.Sprintf("%d×%d", x.Score.Impact, x.Score.Feasibility)
			case r.Method == model.MethodScore:
				value = "—"
			}
			place := fmt.Sprint(x.Place)
			if x.Tied {
				place += "（同点）"
			}
			chosen := ""
			if d.Task2.Chosen[x.Card.ID] {
				chosen = "○"
			}
			text := cell(x.Card.Text)
			if len(x.Reasons) > 0 {
				text += "（順位変更：" + cell(strings.Join(x.Reasons, "／")) + "）"
			}
			m.p("| %s | %s | %s | %s | %s |", place, text, cell(d.Pillar(x.Card.PillarID)), value, chosen)
		}
		m.p("")
	}
	m.p("### %sに取り組む課題", d.Year.Label())
	m.p("")
	by, missing := model.ChosenByPillar(d.Pillars, d.Ranked, d.Task2.Chosen)
	for _, p := range d.Pillars {
		var texts []string
		for _, c := range by[p.ID] {
			texts = append(texts, inline(c.Text))
		}
		if len(texts) == 0 {
			texts = []string{"（選定なし）"}
		}
		m.p("- %s：%s", inline(p.Name), strings.Join(texts, "、"))
	}
	if len(missing) > 0 {
		var names []string
		for _, p := range missing {
			names = append(names, p.Name)
		}
		m.p("")
		m.p("※ %s は選定がありません。", inline(strings.Join(names, "・")))
	}
	m.p("")
}

func (m *mdWriter) plan() {
	d := m.d
	m.p("## 実施計画（案）")
	m.p("")
	plans := d.plans()
	if len(plans) == 0 {
		m.p("（取組の記録なし）")
		m.p("")
		return
	}
	years := model.PlanYears(d.Year)
	pillar := int64(-1)
	for _, in := range plans {
		if in.PillarID != pillar {
			pillar = in.PillarID
			m.p("### %s", orDash(d.Pillar(pillar)))
			m.p("")
		}
		m.p("#### %s（%s・%s）", inline(in.Title), orDash(in.Department), statusNames[in.Status])
		m.p("")
		m.p("- 対象課題：%s", orDash(strings.Join(d.problemTexts(in), "、")))
		m.p("- 取組の概要：%s", orDash(in.Summary))
		m.p("- 評価指標：%s（現状値 %s → 目標値 %s）", orDash(in.KPI), orDash(in.Baseline), orDash(in.Target))
		for _, y := range years {
			m.p("- %s：%s", y.Label(), orDash(yearPlan(in, y)))
		}
		m.p("")
	}
}
