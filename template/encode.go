package template

// encode.go: a template written back as a file, the way Parse reads it, so
// that a workshop as it stands (yoriai template --db) becomes next year's
// starting point.

import (
	"bytes"

	"go.yaml.in/yaml/v3"

	"yoriai/model"
)

// encodedHeader opens a file written by Encode: what it is and how to use
// it (the template's own language, like default.yaml).
const encodedHeader = `# yoriai ワークショップ・テンプレート（データベースから書き出したもの）
# 当日の変更（日時・場所・議題の順序や分数、追加した議題）をそのまま含みます。
# 省略した議題には skipped: true が付いています（次の回でも省略の印が付いたまま始まります。
# 不要なら行を消すか、議題ごと削除してください）。
#   yoriai --template このファイル.yaml   … このファイルで新しいワークショップを作る
# 書き方は yoriai template で書き出す既定のテンプレートの説明を見てください。

`

type fileYAML struct {
	Workshop workshopYAML  `yaml:"workshop"`
	Pillars  []pillarYAML  `yaml:"pillars"`
	Diagrams *diagramsYAML `yaml:"diagrams,omitempty"`
	Meetings []meetingYAML `yaml:"meetings"`
}

type workshopYAML struct {
	Title            string `yaml:"title"`
	Organisation     string `yaml:"organisation,omitempty"`
	Vision           string `yaml:"vision,omitempty"`
	TargetFiscalYear string `yaml:"target_fiscal_year,omitempty"`
}

type pillarYAML struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description,omitempty"`
}

type diagramsYAML struct {
	Organisation []orgYAML   `yaml:"organisation,omitempty"`
	CurrentStage int         `yaml:"current_stage,omitempty"`
	Stages       []stageYAML `yaml:"stages,omitempty"`
}

type orgYAML struct {
	ID      string `yaml:"id"`
	Label   string `yaml:"label"`
	Parent  string `yaml:"parent,omitempty"`
	Advises string `yaml:"advises,omitempty"`
}

type stageYAML struct {
	Title  string   `yaml:"title"`
	Points []string `yaml:"points,omitempty"`
}

type meetingYAML struct {
	Number     int        `yaml:"number"`
	Title      string     `yaml:"title"`
	Date       string     `yaml:"date"`
	Start      string     `yaml:"start"`
	End        string     `yaml:"end"`
	Place      string     `yaml:"place"`
	FiscalYear string     `yaml:"fiscal_year,omitempty"`
	Topics     []string   `yaml:"topics,omitempty"`
	Agenda     []itemYAML `yaml:"agenda"`
}

type itemYAML struct {
	Kind      string         `yaml:"kind"`
	Title     string         `yaml:"title"`
	Minutes   int            `yaml:"minutes"`
	Skipped   bool           `yaml:"skipped,omitempty"`
	Speaker   string         `yaml:"speaker,omitempty"`
	Source    string         `yaml:"source,omitempty"`
	URL       string         `yaml:"url,omitempty"`
	Diagram   string         `yaml:"diagram,omitempty"`
	Question  string         `yaml:"question,omitempty"`
	Questions []questionYAML `yaml:"questions,omitempty"`
	Body      string         `yaml:"body,omitempty"`
	Notes     string         `yaml:"notes,omitempty"`
}

type questionYAML struct {
	Text    string   `yaml:"text"`
	Kind    string   `yaml:"kind"`
	Choices []string `yaml:"choices,omitempty"`
}

// Encode writes t as a template file that Parse reads back to t: the
// workshop, pillars, diagrams and meetings with their agendas, multi-line
// texts as literal blocks, under a short header saying what it is.
func Encode(t model.Template) ([]byte, error) {
	f := fileYAML{Workshop: workshopYAML{Title: t.Workshop.Title, Organisation: t.Workshop.Organisation,
		Vision: t.Workshop.Vision, TargetFiscalYear: t.Workshop.TargetFiscalYear}}
	for _, p := range t.Pillars {
		f.Pillars = append(f.Pillars, pillarYAML{Name: p.Name, Description: p.Description})
	}
	g := t.Diagrams
	if len(g.Org) > 0 || len(g.Stages) > 0 || g.CurrentStage != 0 {
		d := &diagramsYAML{CurrentStage: g.CurrentStage}
		for _, o := range g.Org {
			d.Organisation = append(d.Organisation, orgYAML{ID: o.ID, Label: o.Label, Parent: o.Parent, Advises: o.Advises})
		}
		for _, s := range g.Stages {
			d.Stages = append(d.Stages, stageYAML{Title: s.Title, Points: s.Points})
		}
		f.Diagrams = d
	}
	for _, m := range t.Meetings {
		my := meetingYAML{Number: m.Number, Title: m.Title, Date: m.Date, Start: m.Start, End: m.End, Place: m.Place,
			FiscalYear: m.FiscalYear, Topics: m.Topics}
		for _, it := range m.Agenda {
			iy := itemYAML{Kind: string(it.Kind), Title: it.Title, Minutes: it.Minutes, Skipped: it.Skipped, Speaker: it.Speaker,
				Source: it.Source, URL: it.URL, Diagram: string(it.Diagram), Question: it.Question, Body: it.Body, Notes: it.Notes}
			for _, q := range it.Questions {
				iy.Questions = append(iy.Questions, questionYAML{Text: q.Text, Kind: string(q.Kind), Choices: q.Choices})
			}
			my.Agenda = append(my.Agenda, iy)
		}
		f.Meetings = append(f.Meetings, my)
	}
	var b bytes.Buffer
	b.WriteString(encodedHeader)
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
