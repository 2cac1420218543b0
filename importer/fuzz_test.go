package importer

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzParser runs a parser on any text: it must not panic, and what it
// keeps must be clean, valid text with a line inside the input.
func fuzzParser(f *testing.F, seeds []string, parse func(string) Preview) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		p := parse(in)
		lines := strings.Count(in, "\n") + 1
		for _, m := range p.Messages {
			if m.Text == "" || !utf8.ValidString(m.Text) || strings.ContainsAny(m.Text, "\x1b\r\t\x00") {
				t.Fatalf("message %q from %q", m.Text, in)
			}
			if m.Line < 1 || m.Line > lines {
				t.Fatalf("line %d of %d", m.Line, lines)
			}
		}
	})
}

func FuzzParseLINE(f *testing.F) {
	fuzzParser(f, []string{string(sample(f, "line_phone.txt")), string(sample(f, "line_pc.txt")),
		"2022/12/12(月)\n10:00\t山田\t\"a\n\"\"b\"\"\"\n", "10:00\t\t\"\n"},
		func(s string) Preview { return parseLINE(s, time.UTC) })
}

func FuzzParseCSV(f *testing.F) {
	fuzzParser(f, []string{string(sample(f, "header.csv")), "2022/12/15 9:05,山田,やあ\n", "a,\"b\n"},
		func(s string) Preview { return parseCSV(s, time.UTC) })
}

func FuzzParseText(f *testing.F) {
	fuzzParser(f, []string{string(sample(f, "plain.txt")), "[2022/12/15 9:05] 山田: やあ"},
		func(s string) Preview { return parseText(s, time.UTC) })
}

// FuzzParse runs the whole of Parse, the JSON and zip formats included,
// on any bytes: an error or a preview, never a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"teams/graph.json", "teams/messages.json", "slack/general/2022-12-12.json", "line_phone.txt", "header.csv"} {
		f.Add(sample(f, s))
	}
	f.Add([]byte(`{"messages":{"messages":[{"ts":"1"}]}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := Parse(in, time.UTC)
		if err != nil {
			return
		}
		for _, m := range p.Messages {
			if m.Text == "" || !utf8.ValidString(m.Text) || !utf8.ValidString(m.Name) {
				t.Fatalf("message %+v", m)
			}
		}
	})
}

func FuzzParseSlackZip(f *testing.F) {
	f.Add(string(sample(f, "slack/general/2022-12-12.json")), string(sample(f, "slack/users.json")))
	f.Fuzz(func(t *testing.T, day, users string) {
		data := zipOf(map[string][]byte{"users.json": []byte(users), "general/2022-12-12.json": []byte(day)})
		p, err := Parse(data, time.UTC)
		if err == nil && p.Format != FormatSlack {
			t.Fatalf("format %q", p.Format)
		}
	})
}
