package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"iter"
	"strings"

	"yoriai/model"
)

// Table is one table of the plan: the sheet of the workbook and the CSV
// file of the same name. Rows are produced one at a time, so a large
// workshop is written without holding its rows.
type Table struct {
	Name   string    // sheet name
	Header []string  // column titles
	Widths []float64 // column widths in the workbook, in characters
	Rows   iter.Seq[[]string]
}

// TableNames are the tables a CSV export can name.
var TableNames = []string{"plan", "task1", "polls"}

// TableByName is the table called name (see TableNames).
func (d Data) TableByName(name string) (Table, bool) {
	switch name {
	case "plan":
		return d.PlanTable(), true
	case "task1":
		return d.Task1Table(), true
	case "polls":
		return d.PollTable(), true
	}
	return Table{}, false
}

// PlanTable is the 実施計画（案）: one row per initiative.
func (d Data) PlanTable() Table {
	years := model.PlanYears(d.Year)
	t := Table{Name: "実施計画（案）",
		Header: []string{"柱", "取組名", "対象課題", "取組の概要", "担当課", "評価指標（KPI）", "現状値", "目標値"},
		Widths: []float64{16, 24, 30, 40, 14, 20, 12, 12}}
	for _, y := range years {
		t.Header = append(t.Header, y.Label())
		t.Widths = append(t.Widths, 24)
	}
	t.Header, t.Widths = append(t.Header, "状態"), append(t.Widths, 10)
	t.Rows = func(yield func([]string) bool) {
		for _, in := range d.plans() {
			row := []string{d.Pillar(in.PillarID), in.Title, strings.Join(d.problemTexts(in), "\n"), in.Summary,
				in.Department, in.KPI, in.Baseline, in.Target}
			for _, y := range years {
				row = append(row, yearPlan(in, y))
			}
			if !yield(append(row, statusNames[in.Status])) {
				return
			}
		}
	}
	return t
}

var cardKindNames = map[model.CardKind]string{model.CardIdea: "アイデア", model.CardProblem: "課題", model.CardGoal: "達成目標", model.CardCause: "要因"}

var sourceNames = map[model.CardSource]string{model.SourcePrompt: "問いかけ", model.SourceTyped: "入力",
	model.SourceChatImport: "チャット", model.SourcePollReason: "投票の理由"}

// Task1Table is the Task ① board: problems with their goals, pillar by
// pillar, then the loose goals and the inbox.
func (d Data) Task1Table() Table {
	t := Table{Name: "タスク①",
		Header: []string{"柱", "種類", "内容", "解決する課題", "見出し", "出典", "発言者", "日時"},
		Widths: []float64{16, 10, 48, 36, 14, 12, 14, 18}}
	t.Rows = func(yield func([]string) bool) {
		bd := model.BuildBoard(d.Pillars, d.Cards, d.Links)
		row := func(pillar string, c model.Card, problem string) []string {
			return []string{pillar, cardKindNames[c.Kind], c.Text, problem, c.Label, sourceNames[c.Source], d.author(c),
				c.CreatedAt.Format("2006/01/02 15:04")}
		}
		for _, col := range bd.Pillars {
			for _, p := range col.Problems {
				if !yield(row(col.Pillar.Name, p, "")) {
					return
				}
				for _, g := range col.Goals[p.ID] {
					if !yield(row(col.Pillar.Name, g, p.Text)) {
						return
					}
				}
			}
			for _, c := range col.Loose {
				if !yield(row(col.Pillar.Name, c, "")) {
					return
				}
			}
		}
		for _, c := range bd.Inbox {
			if !yield(row("（受け箱）", c, "")) {
				return
			}
		}
	}
	return t
}

// PollTable is every revealed poll: a row per choice with its count,
// share and n, then a row per reason with its label.
func (d Data) PollTable() Table {
	t := Table{Name: "投票結果",
		Header: []string{"会議", "項目", "回", "方式", "質問", "区分", "内容", "人数", "割合", "n", "見出し"},
		Widths: []float64{12, 30, 6, 12, 36, 8, 40, 8, 8, 6, 14}}
	t.Rows = func(yield func([]string) bool) {
		for _, m := range d.Meetings {
			for _, it := range m.Items {
				pd, ok := m.Polls[it.ID]
				if !ok || !pd.Poll.Revealed() {
					continue
				}
				head := []string{m.Meeting.Title, it.Title, fmt.Sprint(pd.Poll.Round), pollModeNames[pd.Poll.Mode]}
				for q, pq := range pd.Poll.Questions {
					if q >= len(pd.Results) {
						break
					}
					r := pd.Results[q]
					n := r.Total()
					if pd.Poll.Mode == model.PollAnonymous {
						n = r.Answered
					}
					for c, choice := range pq.Choices {
						count := 0
						if c < len(r.Counts) {
							count = r.Counts[c]
						}
						row := append(append([]string(nil), head...), pq.Text, "選択肢", choice, fmt.Sprint(count),
							fmt.Sprintf("%.0f%%", r.Share(c)*100), fmt.Sprint(n), "")
						if !yield(row) {
							return
						}
					}
					for _, x := range pd.Reasons {
						if x.Question != q {
							continue
						}
						row := append(append([]string(nil), head...), pq.Text, "理由", x.Text, "", "", "", x.Label)
						if !yield(row) {
							return
						}
					}
				}
			}
		}
	}
	return t
}

// WriteCSV writes t as CSV the way Excel on Japanese Windows opens it
// right: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting. A cell that
// a spreadsheet would take as a formula (starting with = + - @, a tab or
// a carriage return) is made text with a leading apostrophe.
func WriteCSV(w io.Writer, t Table) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	for row := range t.Rows {
		safe := make([]string, len(row))
		for i, c := range row {
			safe[i] = neutralise(c)
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// neutralise keeps a cell from being read as a formula.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
