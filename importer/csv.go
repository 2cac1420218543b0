package importer

// CSV: with a header row, the columns are found by their names (日時 or
// 日付 and 時刻, 名前, 本文 … and the English names); without one, the
// columns are date,name,message as before.

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"time"
)

// column is what a CSV column holds.
type column int

const (
	colNone column = iota
	colDateTime
	colDate
	colTime
	colName
	colText
)

// columnNames maps a header cell (lower case, without spaces) to its
// column. LINE WORKS, Teams and Slack tools that write CSV use these names.
var columnNames = map[string]column{
	"日時": colDateTime, "送信日時": colDateTime, "投稿日時": colDateTime, "日付時刻": colDateTime,
	"タイムスタンプ": colDateTime, "datetime": colDateTime, "date/time": colDateTime, "timestamp": colDateTime,
	"sentat": colDateTime, "createddatetime": colDateTime, "created": colDateTime,
	"日付": colDate, "年月日": colDate, "date": colDate,
	"時刻": colTime, "時間": colTime, "time": colTime,
	"名前": colName, "氏名": colName, "投稿者": colName, "送信者": colName, "発言者": colName, "ユーザー": colName,
	"ユーザー名": colName, "表示名": colName, "name": colName, "user": colName, "author": colName,
	"sender": colName, "from": colName, "username": colName, "displayname": colName,
	"本文": colText, "メッセージ": colText, "内容": colText, "発言": colText, "コメント": colText,
	"投稿内容": colText, "メッセージ内容": colText, "トーク内容": colText, "text": colText,
	"message": colText, "body": colText, "content": colText, "comment": colText,
}

// csvHeader maps the cells of a first row to columns; ok when it names a
// text column and at least one other.
func csvHeader(rec []string) (cols []column, ok bool) {
	text, other := false, false
	cols = make([]column, len(rec))
	for i, f := range rec {
		k := strings.ToLower(strings.Join(strings.Fields(strings.TrimPrefix(f, "\ufeff")), ""))
		c := columnNames[k]
		if c == colText {
			if text {
				c = colNone // the first text column is the message
			}
			text = true
		} else if c != colNone {
			other = true
		}
		cols[i] = c
	}
	return cols, text && other
}

// looksCSV reports a first line that is a CSV header naming its columns,
// or three or more fields whose first is a date.
func looksCSV(text string) bool {
	first, _, _ := strings.Cut(text, "\n")
	if !strings.Contains(first, ",") {
		return false
	}
	r := csv.NewReader(strings.NewReader(first))
	r.LazyQuotes = true
	fields, err := r.Read()
	if err != nil || len(fields) < 2 {
		return false
	}
	if _, ok := csvHeader(fields); ok {
		return true
	}
	_, ok := parseTime(fields[0], nil)
	return ok && len(fields) >= 3
}

// parseCSV reads a CSV chat log, with or without a header row.
func parseCSV(text string, loc *time.Location) Preview {
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	b := builder{p: Preview{Format: FormatCSV}}
	var cols []column
	var lines []string // split only to show an unreadable record
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			if lines == nil {
				lines = strings.Split(text, "\n")
			}
			raw := ""
			if line >= 1 && line <= len(lines) {
				raw = lines[line-1]
			}
			b.skip(line, raw, ReasonUnreadable)
			continue
		}
		raw := strings.Join(rec, ",")
		if first {
			if c, ok := csvHeader(rec); ok {
				cols, b.p.Format = c, FormatCSVHeader
				b.skip(line, raw, ReasonHeader)
				continue
			}
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" || strings.TrimSpace(raw) == strings.Repeat(",", len(rec)-1) {
			continue
		}
		if cols != nil {
			at, name, msg := csvFields(cols, rec, loc)
			b.message(line, at, name, msg, raw)
			continue
		}
		if len(rec) < 3 {
			b.skip(line, raw, ReasonUnreadable)
			continue
		}
		at, _ := parseTime(rec[0], loc)
		b.message(line, at, rec[1], strings.Join(rec[2:], ","), raw)
	}
	return b.p
}

// csvFields picks the time, name and text of a record by its columns.
func csvFields(cols []column, rec []string, loc *time.Location) (at time.Time, name, text string) {
	var dt, d, t string
	for i, f := range rec {
		if i >= len(cols) {
			break
		}
		switch cols[i] {
		case colDateTime:
			dt = f
		case colDate:
			d = f
		case colTime:
			t = f
		case colName:
			if name == "" {
				name = f
			}
		case colText:
			text = f
		}
	}
	if dt == "" {
		dt = strings.TrimSpace(d + " " + t)
	}
	at, _ = parseTime(dt, loc)
	return at, name, text
}
