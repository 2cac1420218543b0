package model

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// ChatLine is one message of a chat log brought in between meetings.
type ChatLine struct {
	At   time.Time // zero when the log gives no time
	Name string    // who wrote it; "" when the log does not say
	Text string
}

// Digest identifies a line across imports: the same time, name and text
// give the same digest, so a log imported twice adds nothing the second
// time.
func (l ChatLine) Digest() []byte {
	at := ""
	if !l.At.IsZero() {
		at = l.At.Format(time.RFC3339)
	}
	sum := sha256.Sum256([]byte(at + "\x00" + l.Name + "\x00" + l.Text))
	return sum[:]
}

// ChatLog is a parsed chat log: the lines that could be read, and how many
// could not.
type ChatLog struct {
	Lines    []ChatLine
	Rejected int
}

// Chat errors.
var (
	ErrNotText     = errors.New("the file is not text")
	ErrEmptyChat   = errors.New("the file holds no messages")
	ErrChatTooLong = errors.New("the file is too large")
	ErrChatNotFile = errors.New("not a regular file")
	ErrChatFormat  = errors.New("the file is not a chat export yoriai reads")
)

// MaxChatBytes is the largest chat file read.
const MaxChatBytes = 20 << 20

// ParseChat reads a chat log: plain text ("name: message", "[date time]
// name: message", or one message per line) or CSV (date,name,message),
// in UTF-8 with or without a BOM, or in Shift_JIS as Excel on Japanese
// Windows writes it (decode is given the bytes when they are not UTF-8).
// Line ends may be LF or CRLF. A binary file is refused as a whole.
func ParseChat(data []byte, csvFile bool, decodeSJIS func([]byte) ([]byte, error), loc *time.Location) (ChatLog, error) {
	if len(data) > MaxChatBytes {
		return ChatLog{}, ErrChatTooLong
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if looksBinary(data) {
		return ChatLog{}, ErrNotText
	}
	if !utf8.Valid(data) {
		if decodeSJIS == nil {
			return ChatLog{}, ErrNotText
		}
		dec, err := decodeSJIS(data)
		if err != nil || !utf8.Valid(dec) || looksBinary(dec) {
			return ChatLog{}, ErrNotText
		}
		data = dec
	}
	text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
	var log ChatLog
	if csvFile || looksCSV(text) {
		log = parseChatCSV(text, loc)
	} else {
		log = parseChatText(text, loc)
	}
	if len(log.Lines) == 0 && log.Rejected == 0 {
		return log, ErrEmptyChat
	}
	return log, nil
}

// looksBinary reports a NUL byte or many control bytes in the first 8 KiB.
func looksBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	ctrl := 0
	for _, c := range head {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t':
			ctrl++
		}
	}
	return ctrl > len(head)/20+2
}

// looksCSV reports a first line of three or more comma-separated fields
// whose first is a date (or the word date/日付/日時).
func looksCSV(text string) bool {
	first, _, _ := strings.Cut(text, "\n")
	fields, err := csv.NewReader(strings.NewReader(first)).Read()
	if err != nil || len(fields) < 3 {
		return false
	}
	f := strings.ToLower(strings.TrimSpace(fields[0]))
	_, ok := parseChatTime(f, nil)
	return ok || f == "date" || f == "日付" || f == "日時"
}

func parseChatCSV(text string, loc *time.Location) ChatLog {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var log ChatLog
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Rejected++
			continue
		}
		if first && isChatHeader(rec) {
			continue
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) < 3 {
			log.Rejected++
			continue
		}
		at, _ := parseChatTime(strings.TrimSpace(rec[0]), loc)
		msg := strings.Join(rec[2:], ",")
		line, ok := chatLine(at, rec[1], msg)
		if !ok {
			log.Rejected++
			continue
		}
		log.Lines = append(log.Lines, line)
	}
	return log
}

func isChatHeader(rec []string) bool {
	if len(rec) == 0 {
		return false
	}
	f := strings.ToLower(strings.TrimSpace(rec[0]))
	return f == "date" || f == "日付" || f == "日時" || f == "time"
}

// stamp is a "[date time]" at the start of a line.
var stamp = regexp.MustCompile(`^\s*[\[［]([^\]］]{1,40})[\]］]\s*`)

func parseChatText(text string, loc *time.Location) ChatLog {
	var log ChatLog
	for _, raw := range strings.Split(text, "\n") {
		if strings.TrimSpace(raw) == "" {
			continue
		}
		var at time.Time
		rest := raw
		if m := stamp.FindStringSubmatch(raw); m != nil {
			if t, ok := parseChatTime(strings.TrimSpace(m[1]), loc); ok {
				at, rest = t, raw[len(m[0]):]
			}
		}
		name, msg := splitSpeaker(rest)
		line, ok := chatLine(at, name, msg)
		if !ok {
			log.Rejected++
			continue
		}
		log.Lines = append(log.Lines, line)
	}
	return log
}

// splitSpeaker cuts "name: message" (or the full-width colon) into its
// parts. What comes before the colon is a name only if it is short and
// does not look like the hour of a time ("10:30") or a URL's scheme.
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
	case name == "", utf8.RuneCountInString(name) > MaxNameRunes,
		last >= '0' && last <= '9', last >= '０' && last <= '９',
		strings.HasPrefix(msg, "//"), strings.ContainsAny(name, "。、「」"):
		return "", s
	}
	return name, msg
}

func chatLine(at time.Time, name, msg string) (ChatLine, bool) {
	name, _ = CleanLine(name, MaxNameRunes)
	msg, _ = CleanText(msg, MaxCardRunes)
	name, msg = strings.TrimSpace(name), strings.TrimSpace(msg)
	if msg == "" {
		return ChatLine{}, false
	}
	return ChatLine{At: at, Name: name, Text: msg}, true
}

// chatTimeLayouts are the date-time forms chat tools and Excel write.
var chatTimeLayouts = []string{
	"2006/1/2 15:04:05", "2006/1/2 15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006-01-02T15:04:05", "2006/1/2", "2006-01-02", "2006年1月2日 15:04", "2006年1月2日 15時04分",
}

// parseChatTime reads a chat time in loc (UTC when nil).
func parseChatTime(s string, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.Join(strings.Fields(s), " ")
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	for _, l := range chatTimeLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ImportReport says what an import did: lines added, lines skipped as
// imported before, lines that could not be read.
type ImportReport struct {
	Added, Skipped, Rejected int
}
