package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

var jst = time.FixedZone("JST", 9*3600)

// sample reads a file of testdata.
func sample(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shown lists the messages as "date time|name|text" ("-" for no time).
func shown(p Preview) []string {
	out := []string{}
	for _, m := range p.Messages {
		at := "-"
		if !m.At.IsZero() {
			at = m.At.In(jst).Format("2006-01-02 15:04")
		}
		out = append(out, fmt.Sprintf("%s|%s|%s", at, m.Name, m.Text))
	}
	return out
}

// skipped lists the skipped lines as "line:reason".
func skipped(p Preview) []string {
	out := []string{}
	for _, s := range p.Skipped {
		out = append(out, fmt.Sprintf("%d:%s", s.Line, s.Reason))
	}
	return out
}

// check compares a preview with the format, messages and skips wanted.
func check(t *testing.T, p Preview, format Format, msgs, skips []string) {
	t.Helper()
	if p.Format != format {
		t.Errorf("format %q, want %q", p.Format, format)
	}
	if got := shown(p); !reflect.DeepEqual(got, msgs) {
		t.Errorf("messages:\n got  %q\n want %q", got, msgs)
	}
	if skips != nil {
		if got := skipped(p); !reflect.DeepEqual(got, skips) {
			t.Errorf("skipped:\n got  %q\n want %q", got, skips)
		}
	}
}
