package template

import (
	"bytes"

	"go.yaml.in/yaml/v3"

	"yoriai/model"
)

// encodeHeader opens a template written from a workshop.
const encodeHeader = `# yoriai ワークショップ・テンプレート（データベースから書き出したもの）
#
# workshop.id はこのワークショップの識別子です。消さずに残すと、編集したこのファイルを
#   yoriai --template このファイル --db データベース
# で開いたとき、変更点（会議・議題の追加・削除・日時・時間・題名など）を表示して、確認のうえ
# 同じワークショップに反映します。記録（アイデア・投票・カード・記録）はすべて残ります。
# 当日の変更（日時・場所・議題の順序や分数、追加した議題）もそのまま含みます。省略した議題には
# skipped: true が付いています（不要なら行を消してください）。
# 書き方は yoriai template（既定のテンプレート）の先頭の説明を見てください。

`

// file, workshop, … are a template as it is written, in the order and
// with the keys Parse reads.
type file struct {
	Workshop workshop  `yaml:"workshop"`
	Pillars  []pillar  `yaml:"pillars"`
	Diagrams *diagrams `yaml:"diagrams,omitempty"`
	Meetings []meeting `yaml:"meetings"`
}

type workshop struct {
	ID               string `yaml:"id,omitempty"`
	Title            string `yaml:"title"`
	Organisation     string `yaml:"organisation,omitempty"`
	Vision           string `yaml:"vision,omitempty"`
	TargetFiscalYear string `yaml:"target_fiscal_year,omitempty"`
}

type pillar struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description,omitempty"`
}

type diagrams struct {
	Organisation []orgNode `yaml:"organisation,omitempty"`
	CurrentStage int       `yaml:"current_stage,omitempty"`
	Stages       []stage   `yaml:"stages,omitempty"`
}

type orgNode struct {
	ID      string `yaml:"id"`
	Label   string `yaml:"label"`
	Parent  string `yaml:"parent,omitempty"`
	Advises string `yaml:"advises,omitempty"`
}

type stage struct {
	Title  string   `yaml:"title"`
	Points []string `yaml:"points,omitempty"`
}

type meeting struct {
	Number     int      `yaml:"number"`
	Title      string   `yaml:"title"`
	Date       string   `yaml:"date"`
	Start      string   `yaml:"start,omitempty"`
	End        string   `yaml:"end,omitempty"`
	Place      string   `yaml:"place,omitempty"`
	FiscalYear string   `yaml:"fiscal_year,omitempty"`
	Topics     []string `yaml:"topics,omitempty"`
	Agenda     []item   `yaml:"agenda"`
}

type item struct {
	Kind      string     `yaml:"kind"`
	Title     string     `yaml:"title"`
	Minutes   int        `yaml:"minutes"`
	Diagram   string     `yaml:"diagram,omitempty"`
	Speaker   string     `yaml:"speaker,omitempty"`
	Source    string     `yaml:"source,omitempty"`
	URL       string     `yaml:"url,omitempty"`
	Question  string     `yaml:"question,omitempty"`
	Questions []question `yaml:"questions,omitempty"`
	Body      string     `yaml:"body,omitempty"`
	Notes     string     `yaml:"notes,omitempty"`
	Skipped   bool       `yaml:"skipped,omitempty"`
}

type question struct {
	Text    string   `yaml:"text"`
	Kind    string   `yaml:"kind"`
	Choices []string `yaml:"choices,omitempty"`
}

// Encode writes t as a template file that Parse reads back to t: what
// `yoriai template --db F` prints for a workshop as it now is, with its
// identity as workshop.id.
func Encode(t model.Template) ([]byte, error) {
	f := file{Workshop: workshop{ID: t.Workshop.ID, Title: t.Workshop.Title, Organisation: t.Workshop.Organisation,
		Vision: t.Workshop.Vision, TargetFiscalYear: t.Workshop.TargetFiscalYear}}
	for _, p := range t.Pillars {
		f.Pillars = append(f.Pillars, pillar{p.Name, p.Description})
	}
	if g := t.Diagrams; len(g.Org) > 0 || len(g.Stages) > 0 || g.CurrentStage != 0 {
		d := &diagrams{CurrentStage: g.CurrentStage}
		for _, n := range g.Org {
			d.Organisation = append(d.Organisation, orgNode{n.ID, n.Label, n.Parent, n.Advises})
		}
		for _, s := range g.Stages {
			d.Stages = append(d.Stages, stage{s.Title, s.Points})
		}
		f.Diagrams = d
	}
	for _, m := range t.Meetings {
		fm := meeting{Number: m.Number, Title: m.Title, Date: m.Date, Start: m.Start, End: m.End, Place: m.Place,
			FiscalYear: m.FiscalYear, Topics: m.Topics}
		for _, it := range m.Agenda {
			fi := item{Kind: string(it.Kind), Title: it.Title, Minutes: it.Minutes, Diagram: string(it.Diagram),
				Speaker: it.Speaker, Source: it.Source, URL: it.URL, Question: it.Question, Body: it.Body, Notes: it.Notes,
				Skipped: it.Skipped}
			for _, q := range it.Questions {
				fi.Questions = append(fi.Questions, question{q.Text, string(q.Kind), q.Choices})
			}
			fm.Agenda = append(fm.Agenda, fi)
		}
		f.Meetings = append(f.Meetings, fm)
	}
	var b bytes.Buffer
	b.WriteString(encodeHeader)
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
