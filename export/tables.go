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
// workshop is written without holding its rows. A cell is a string, an
// int (a count, a rank, an n) or a Percent; the workbook stores the
// numbers as numbers, with a number format.
type Table struct {
	Name   string    // sheet name
	Header []string  // column titles
	Widths []float64 // column widths in the workbook, in characters
	Rows   iter.Seq[[]any]
}

// Percent is a share from 0 to 1: 56% in a CSV file, the number 0.5625
// in the 0% format in the workbook.
type Percent float64

// TableNames are the tables a CSV export can name.
var TableNames = []string{"plan", "task1", "polls", "task2", "attendance", "actions"}

// TableByName is the table called name (see TableNames).
func (d Data) TableByName(name string) (Table, bool) {
	switch name {
	case "plan":
		return d.PlanTable(), true
	case "task1":
		return d.Task1Table(), true
	case "polls":
		return d.PollTable(), true
	case "task2":
		return d.Task2Table(), true
	case "attendance":
		return d.AttendanceTable(), true
	case "actions":
		return d.ActionTable(), true
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
	t.Rows = func(yield func([]any) bool) {
		for _, in := range d.plans() {
			row := []any{d.Pillar(in.PillarID), in.Title, strings.Join(d.problemTexts(in), "\n"), in.Summary,
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
	t.Rows = func(yield func([]any) bool) {
		bd := model.BuildBoard(d.Pillars, d.Cards, d.Links)
		row := func(pillar string, c model.Card, problem string) []any {
			return []any{pillar, cardKindNames[c.Kind], c.Text, problem, c.Label, sourceNames[c.Source], d.author(c),
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

// PollTable is every revealed round of every poll: a row per choice with
// its count, share and n, then a row per reason with its label.
func (d Data) PollTable() Table {
	t := Table{Name: "投票結果",
		Header: []string{"会議", "項目", "回", "方式", "質問", "区分", "内容", "人数", "割合", "n", "見出し"},
		Widths: []float64{12, 30, 6, 12, 36, 8, 40, 8, 8, 6, 14}}
	t.Rows = func(yield func([]any) bool) {
		for _, m := range d.Meetings {
			for _, it := range m.Items {
				for _, pd := range m.Rounds[it.ID] {
					if !pd.Poll.Revealed() {
						continue
					}
					if !pollRows(yield, m.Meeting.Title, it.Title, pd) {
						return
					}
				}
			}
		}
	}
	return t
}

func pollRows(yield func([]any) bool, meeting, item string, pd Poll) bool {
	head := []any{meeting, item, pd.Poll.Round, pollModeNames[pd.Poll.Mode]}
	for q, pq := range pd.Poll.Questions {
		if q >= len(pd.Results) {
			break
		}
		r := pd.Results[q]
		n := answered(pd.Poll, r)
		for c, choice := range pq.Choices {
			count := 0
			if c < len(r.Counts) {
				count = r.Counts[c]
			}
			row := append(append([]any(nil), head...), pq.Text, "選択肢", choice, count, Percent(r.Share(c)), n, "")
			if !yield(row) {
				return false
			}
		}
		for _, x := range pd.Reasons {
			if x.Question != q {
				continue
			}
			row := append(append([]any(nil), head...), pq.Text, "理由", x.Text, "", "", "", x.Label)
			if !yield(row) {
				return false
			}
		}
	}
	return true
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
			safe[i] = neutralise(text(c))
		}
		if err := cw.Write(safe); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// text is a cell as CSV writes it: a count as digits, a share as 56%.
func text(c any) string {
	switch v := c.(type) {
	case string:
		return v
	case Percent:
		return fmt.Sprintf("%.0f%%", float64(v)*100)
	case nil:
		return ""
	}
	return fmt.Sprint(c)
}

// neutralise keeps a cell from being read as a formula.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
