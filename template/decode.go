package template

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"yoriai/model"
)

// decoder walks the YAML node tree into a model.Template, noting the line
// of every field it sees (to place validation problems later) and every
// problem of shape it finds.
type decoder struct {
	lines  map[string]int
	issues []Issue
}

func (d *decoder) problem(n *yaml.Node, path string, p model.Problem, value string) {
	d.issues = append(d.issues, Issue{Line: n.Line, Column: n.Column,
		FieldError: model.FieldError{Path: path, Problem: p, Value: value}})
}

// lineOf is the line of path, or of the nearest enclosing field that has
// one (a missing field is reported at its parent).
func (d *decoder) lineOf(path string) int {
	for path != "" {
		if l, ok := d.lines[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			break
		}
		path = path[:i]
	}
	return 1
}

// fields walks a mapping, calling the handler of each known key and
// reporting unknown ones.
func (d *decoder) fields(n *yaml.Node, path string, handlers map[string]func(*yaml.Node, string)) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.MappingNode {
		if n.Tag != "!!null" {
			d.problem(n, orFile(path), model.ProblemNotAMapping, "")
		}
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		p := join(path, k.Value)
		h, ok := handlers[k.Value]
		if !ok {
			d.problem(k, p, model.ProblemUnknownField, k.Value)
			continue
		}
		d.lines[p] = k.Line
		h(v, p)
	}
}

func orFile(path string) string {
	if path == "" {
		return "(file)"
	}
	return path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// list walks a sequence, calling item for each element.
func (d *decoder) list(n *yaml.Node, path string, item func(*yaml.Node, string)) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.problem(n, path, model.ProblemWrongType, "")
		return
	}
	for i, c := range n.Content {
		p := fmt.Sprintf("%s[%d]", path, i)
		d.lines[p] = c.Line
		item(c, p)
	}
}

// text reads a one-line string field, cleaned of control characters.
func (d *decoder) text(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if s, ok := d.scalar(n, path); ok {
			*dst, _ = model.CleanLine(s, 0)
		}
	}
}

// long reads a multi-line string field.
func (d *decoder) long(dst *string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		if s, ok := d.scalar(n, path); ok {
			s, _ = model.CleanText(s, 0)
			*dst = strings.TrimRight(s, "\n ")
		}
	}
}

func (d *decoder) number(dst *int) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		v, err := strconv.Atoi(strings.TrimSpace(s))
		if n.Tag != "!!int" || err != nil {
			d.problem(n, path, model.ProblemWrongType, s)
			return
		}
		*dst = v
	}
}

// boolean reads true or false.
func (d *decoder) boolean(dst *bool) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		s, ok := d.scalar(n, path)
		if !ok {
			return
		}
		v, err := strconv.ParseBool(strings.TrimSpace(s))
		if n.Tag != "!!bool" || err != nil {
			d.problem(n, path, model.ProblemWrongType, s)
			return
		}
		*dst = v
	}
}

func (d *decoder) strings(dst *[]string) func(*yaml.Node, string) {
	return func(n *yaml.Node, path string) {
		d.list(n, path, func(c *yaml.Node, p string) {
			var s string
			d.text(&s)(c, p)
			*dst = append(*dst, s)
		})
	}
}

// scalar returns a scalar's text: a null is "", a mapping or a list is a
// problem.
func (d *decoder) scalar(n *yaml.Node, path string) (string, bool) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.ScalarNode {
		d.problem(n, path, model.ProblemWrongType, "")
		return "", false
	}
	if n.Tag == "!!null" {
		return "", true
	}
	return n.Value, true
}

func (d *decoder) template(n *yaml.Node, t *model.Template) {
	d.fields(n, "", map[string]func(*yaml.Node, string){
		"workshop": func(n *yaml.Node, p string) {
			w := &t.Workshop
			d.fields(n, p, map[string]func(*yaml.Node, string){
				"id":                 d.text(&w.ID),
				"title":              d.text(&w.Title),
				"organisation":       d.text(&w.Organisation),
				"vision":             d.text(&w.Vision),
				"target_fiscal_year": d.text(&w.TargetFiscalYear),
			})
		},
		"pillars": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				var ps model.PillarSpec
				d.fields(c, cp, map[string]func(*yaml.Node, string){
					"name":        d.text(&ps.Name),
					"description": d.long(&ps.Description),
				})
				t.Pillars = append(t.Pillars, ps)
			})
		},
		"diagrams": func(n *yaml.Node, p string) { d.diagrams(n, p, &t.Diagrams) },
		"meetings": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				t.Meetings = append(t.Meetings, d.meeting(c, cp))
			})
		},
	})
}

func (d *decoder) diagrams(n *yaml.Node, path string, g *model.Diagrams) {
	d.fields(n, path, map[string]func(*yaml.Node, string){
		"organisation": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				var o model.OrgNode
				d.fields(c, cp, map[string]func(*yaml.Node, string){
					"id":      d.text(&o.ID),
					"label":   d.text(&o.Label),
					"parent":  d.text(&o.Parent),
					"advises": d.text(&o.Advises),
				})
				g.Org = append(g.Org, o)
			})
		},
		"current_stage": d.number(&g.CurrentStage),
		"stages": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				var st model.Stage
				d.fields(c, cp, map[string]func(*yaml.Node, string){
					"title":  d.text(&st.Title),
					"points": d.strings(&st.Points),
				})
				g.Stages = append(g.Stages, st)
			})
		},
	})
}

func (d *decoder) meeting(n *yaml.Node, path string) model.MeetingSpec {
	var m model.MeetingSpec
	d.fields(n, path, map[string]func(*yaml.Node, string){
		"number":      d.number(&m.Number),
		"title":       d.text(&m.Title),
		"date":        d.text(&m.Date),
		"start":       d.text(&m.Start),
		"end":         d.text(&m.End),
		"place":       d.text(&m.Place),
		"fiscal_year": d.text(&m.FiscalYear),
		"topics":      d.strings(&m.Topics),
		"agenda": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				m.Agenda = append(m.Agenda, d.item(c, cp))
			})
		},
	})
	return m
}

func (d *decoder) item(n *yaml.Node, path string) model.ItemSpec {
	var it model.ItemSpec
	var kind, diagram string
	d.fields(n, path, map[string]func(*yaml.Node, string){
		"kind":     d.text(&kind),
		"title":    d.text(&it.Title),
		"minutes":  d.number(&it.Minutes),
		"body":     d.long(&it.Body),
		"notes":    d.long(&it.Notes),
		"speaker":  d.text(&it.Speaker),
		"source":   d.text(&it.Source),
		"url":      d.text(&it.URL),
		"question": d.long(&it.Question),
		"diagram":  d.text(&diagram),
		"skipped":  d.boolean(&it.Skipped),
		"questions": func(n *yaml.Node, p string) {
			d.list(n, p, func(c *yaml.Node, cp string) {
				var q model.PollQuestion
				var qk string
				d.fields(c, cp, map[string]func(*yaml.Node, string){
					"text":    d.long(&q.Text),
					"kind":    d.text(&qk),
					"choices": d.strings(&q.Choices),
				})
				q.Kind = model.QuestionKind(qk)
				it.Questions = append(it.Questions, q)
			})
		},
	})
	it.Kind, it.Diagram = model.ItemKind(kind), model.DiagramKind(diagram)
	return it
}
