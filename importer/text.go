package importer

// Plain text, one message a line: "name: message" (or the full-width
// colon), "[date time] name: message", or a line of text alone.

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"yoriai/model"
)

// stamp is a "[date time]" at the start of a line.
var stamp = regexp.MustCompile(`^\s*[\[［]([^\]］]{1,40})[\]］]\s*`)

// parseText reads plain text, one message a line. A line that is only a
// date heads the lines below it and is skipped.
func parseText(text string, loc *time.Location) Preview {
	b := builder{p: Preview{Format: FormatText}}
	for i, raw := range strings.Split(text, "\n") {
		n := i + 1
		if strings.TrimSpace(raw) == "" {
			continue
		}
		if _, ok := lineDate(strings.TrimSpace(raw), loc); ok {
			b.skip(n, raw, ReasonDate)
			continue
		}
		var at time.Time
		rest := raw
		if m := stamp.FindStringSubmatch(raw); m != nil {
			if t, ok := parseTime(m[1], loc); ok {
				at, rest = t, raw[len(m[0]):]
			}
		}
		name, msg := splitSpeaker(rest)
		b.message(n, at, name, msg, raw)
	}
	return b.p
}

// splitSpeaker cuts "name: message" (or the full-width colon) into its
// parts. What comes before the colon is a name only if it is short and
// does not look like the hour of a time ("10:30"), a URL's scheme or a
// label such as 保存日時 or 理由.
func splitSpeaker(s string) (name, msg string) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return "", s
	}
	name = strings.TrimSpace(s[:i])
	_, size := utf8.DecodeRuneInString(s[i:])
	msg = s[i+size:]
	last, _ := utf8.DecodeLastRuneInString(name)
	switch {
	case name == "", utf8.RuneCountInString(name) > model.MaxNameRunes,
		last >= '0' && last <= '9', last >= '０' && last <= '９',
		strings.HasPrefix(msg, "//"), strings.ContainsAny(name, "。、「」"):
		return "", s
	}
	return name, msg
}
