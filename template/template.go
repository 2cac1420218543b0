// Package template reads workshop templates: YAML files that describe a
// working group, its pillars and its series of meetings with their agendas.
// The default template, the 鹿島市 DX推進ワーキンググループ検討会, is embedded.
//
// Parse reports every problem with the line it is on, so a clerk editing
// the file can find it; a template with any problem is not used at all.
package template

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"yoriai/model"
)

//go:embed default.yaml
var defaultYAML []byte

// Default returns the embedded default template file, byte for byte.
func Default() []byte { return bytes.Clone(defaultYAML) }

// SHA256 is the hex SHA-256 of a template file; it tells whether a file
// already made a workshop.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// Issue is one problem of a template file, where it is.
type Issue struct {
	Line, Column int // 1-based; 0 when not known
	model.FieldError
}

// Error is the list of problems that made Parse refuse a file.
type Error struct {
	Issues []Issue
}

// Error lists the issues in English, one a line.
func (e *Error) Error() string {
	lines := make([]string, len(e.Issues))
	for i, is := range e.Issues {
		lines[i] = fmt.Sprintf("line %d: %s", is.Line, is.FieldError.Error())
	}
	return strings.Join(lines, "\n")
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// Parse reads a template file. It refuses a file that is too large, not
// UTF-8, not YAML, shaped wrongly, has keys it does not know, or breaks a
// rule of model.Template.Validate; the error is then an *Error with every
// problem found, in file order.
func Parse(data []byte) (model.Template, error) {
	fail := func(line int, p model.Problem, limit int) (model.Template, error) {
		return model.Template{}, &Error{Issues: []Issue{{Line: line, FieldError: model.FieldError{Path: "(file)", Problem: p, Limit: limit}}}}
	}
	if len(data) > model.MaxTemplateBytes {
		return fail(0, model.ProblemFileTooLarge, model.MaxTemplateBytes)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return fail(line, model.ProblemBadEncoding, 0)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		is := Issue{Line: line, FieldError: model.FieldError{Path: "(file)", Problem: model.ProblemSyntax, Value: trimYAMLError(err)}}
		return model.Template{}, &Error{Issues: []Issue{is}}
	}
	d := &decoder{lines: map[string]int{}}
	var t model.Template
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return fail(1, model.ProblemRequired, 0)
	}
	d.template(doc.Content[0], &t)
	// Shape problems and rule problems are reported together, in line
	// order; a field already reported for its shape is not reported twice.
	seen := map[string]bool{}
	for _, is := range d.issues {
		seen[is.Path] = true
	}
	all := d.issues
	for _, fe := range t.Validate() {
		if !seen[fe.Path] {
			all = append(all, Issue{Line: d.lineOf(fe.Path), FieldError: fe})
		}
	}
	if len(all) > 0 {
		sort.SliceStable(all, func(i, j int) bool { return all[i].Line < all[j].Line })
		return model.Template{}, &Error{Issues: all}
	}
	return t, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// trimYAMLError drops the "yaml: line N:" prefix; the line is reported apart.
func trimYAMLError(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	if i := strings.Index(s, ": "); i >= 0 && strings.HasPrefix(s, "line ") {
		s = s[i+2:]
	}
	return s
}
