// Package importer reads the files yoriai brings in from outside: chat
// logs exported between meetings. It decodes them (UTF-8 with or without a
// BOM, UTF-16 with a BOM, or Shift_JIS as Excel on Japanese Windows writes
// it), tells the format from the content (LINE, Slack, Teams, CSV with or
// without a header row, plain text), and gives a Preview: the messages
// with their own date-time and author, and every line left out with why.
// There is one small file per format.
package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"

	"yoriai/model"
)

// ReadChat reads the chat log at path and returns its messages as the log
// the store imports. Times without a zone are taken in loc.
func ReadChat(path string, loc *time.Location) (model.ChatLog, error) {
	p, err := ReadPreview(path, loc)
	if err != nil {
		return model.ChatLog{}, err
	}
	return p.ChatLog(), nil
}

// ReadPreview reads the chat file at path into a Preview without writing
// anything. A Slack day file finds the names of its users in a users.json
// beside it or one folder up, where Slack's export puts it.
func ReadPreview(path string, loc *time.Location) (Preview, error) {
	data, err := readFile(path)
	if err != nil {
		return Preview{}, err
	}
	p, err := parse(data, loc, nil)
	if err != nil || p.Format != FormatSlack || bytes.HasPrefix(data, zipMagic) {
		return p, err
	}
	for _, dir := range []string{filepath.Dir(path), filepath.Dir(filepath.Dir(path))} {
		b, err := readFile(filepath.Join(dir, "users.json"))
		if err != nil {
			continue
		}
		if users := slackUsers(b); len(users) > 0 {
			return parse(data, loc, users)
		}
	}
	return p, nil
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", path, model.ErrChatNotFile)
	}
	return io.ReadAll(io.LimitReader(f, model.MaxChatBytes+1))
}

// Parse reads a chat file's bytes into a Preview; the format is told from
// the content. Times without a zone are taken in loc (UTC when nil).
func Parse(data []byte, loc *time.Location) (Preview, error) {
	return parse(data, loc, nil)
}

var zipMagic = []byte("PK\x03\x04")

func parse(data []byte, loc *time.Location, users map[string]string) (Preview, error) {
	if loc == nil {
		loc = time.UTC
	}
	if len(data) > model.MaxChatBytes {
		return Preview{}, model.ErrChatTooLong
	}
	var p Preview
	if bytes.HasPrefix(data, zipMagic) {
		var err error
		if p, err = parseZip(data, loc); err != nil {
			return Preview{}, err
		}
	} else {
		text, err := decodeText(data)
		if err != nil {
			return Preview{}, err
		}
		if p, err = parseDecoded(text, loc, users); err != nil {
			return Preview{}, err
		}
	}
	if len(p.Messages) == 0 && len(p.Skipped) == 0 {
		return p, model.ErrEmptyChat
	}
	return p, nil
}

// decodeText turns the bytes into UTF-8 text; the line ends are left as
// they are (LINE tells a line break inside a message by them).
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		dec, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", model.ErrNotText
		}
		data = dec
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if looksBinary(data) {
		return "", model.ErrNotText
	}
	if !utf8.Valid(data) {
		dec, err := DecodeShiftJIS(data)
		if err != nil || !utf8.Valid(dec) || looksBinary(dec) || bytes.Count(dec, []byte("\ufffd")) > len(dec)/50+2 {
			return "", model.ErrNotText
		}
		data = dec
	}
	return string(data), nil
}

// lf gives text "\n" line ends only.
func lf(text string) string {
	return strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
}

// DecodeShiftJIS turns Shift_JIS bytes into UTF-8; a byte that is not
// Shift_JIS becomes U+FFFD.
func DecodeShiftJIS(b []byte) ([]byte, error) {
	return japanese.ShiftJIS.NewDecoder().Bytes(b)
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

// parseDecoded tells the format of decoded text and reads it.
func parseDecoded(raw string, loc *time.Location, users map[string]string) (Preview, error) {
	text := lf(raw)
	t := strings.TrimSpace(text)
	if (strings.HasPrefix(t, "[") || strings.HasPrefix(t, "{")) && json.Valid([]byte(t)) {
		return parseJSON([]byte(t), loc, users)
	}
	switch {
	case looksLINE(text):
		return parseLINE(raw, loc), nil
	case looksCSV(text):
		return parseCSV(text, loc), nil
	}
	return parseText(text, loc), nil
}

// looksLINE reports a LINE header, or LINE's date lines with its message
// lines, in the first lines of the text.
func looksLINE(text string) bool {
	dates, pcDates, tabs, spaces, seen := 0, 0, 0, 0, 0
	head := strings.SplitN(text, "\n", 401)
	if len(head) == 401 {
		head = head[:400] // the last holds the rest of the file
	}
	for _, raw := range head {
		s := strings.TrimSpace(raw)
		if s == "" {
			continue
		}
		seen++
		if seen <= 3 && (strings.HasPrefix(s, "[LINE]") || strings.HasPrefix(s, "［LINE］") || strings.HasPrefix(s, "保存日時")) {
			return true
		}
		if _, ok := lineDate(s, time.UTC); ok {
			dates++
			if lineDatePC.MatchString(s) {
				pcDates++
			}
			continue
		}
		if _, _, tab, _, ok := lineClock(raw); ok {
			if tab {
				tabs++
			} else {
				spaces++
			}
		}
	}
	return dates > 0 && tabs > 0 || pcDates > 0 && spaces > 0 || tabs >= 2 && tabs*2 >= seen
}

// parseJSON reads a Slack day file or a Teams export.
func parseJSON(data []byte, loc *time.Location, users map[string]string) (Preview, error) {
	var list []map[string]json.RawMessage
	if json.Unmarshal(data, &list) != nil {
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return Preview{}, model.ErrChatFormat
		}
		if c, ok := obj["conversations"]; ok {
			var ex teamsExport
			if json.Unmarshal([]byte(`{"conversations":`+string(c)+`}`), &ex) != nil {
				return Preview{}, model.ErrChatFormat
			}
			b := builder{p: Preview{Format: FormatTeams}}
			parseTeamsExport(&b, ex, loc)
			return b.p, nil
		}
		for _, k := range []string{"value", "messages"} {
			if v, ok := obj[k]; ok {
				return parseJSON(v, loc, users)
			}
		}
		return Preview{}, model.ErrChatFormat
	}
	for _, m := range list {
		if _, ok := m["ts"]; ok {
			b := builder{p: Preview{Format: FormatSlack}}
			if !parseSlackDay(&b, data, users, loc) {
				return Preview{}, model.ErrChatFormat
			}
			return b.p, nil
		}
		_, created := m["createdDateTime"]
		if _, typed := m["messageType"]; created || typed {
			var msgs []graphMessage
			if json.Unmarshal(data, &msgs) != nil {
				return Preview{}, model.ErrChatFormat
			}
			b := builder{p: Preview{Format: FormatTeams}}
			parseGraph(&b, msgs, loc)
			return b.p, nil
		}
	}
	if len(list) == 0 {
		return Preview{}, model.ErrEmptyChat
	}
	return Preview{}, model.ErrChatFormat
}
