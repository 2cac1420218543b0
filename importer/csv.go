package importer

// CSV: with a header row, the columns are found by their names (日時 or
// 日付 and 時刻, 名前, 本文 … and the English names); without one, the
// columns are date,name,message as before.
//
// LINE WORKS gives a group's talk only to its administrators: 管理者画面 →
// 監査 → トーク → 送信/受信 (or モニタリング → トーク内容) → ダウンロード
// writes a CSV of 日時, 送信者, 受信者, トークルームID and トーク (in English
// Date, Sender, Receiver, Channel ID, Message), the sender as
// 「名前(mail@example.jp)」 and a photo or file as 「(写真) name.png」.

import (
	"encoding/csv"
	"errors"
	"io"
	"regexp"
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
	colReceiver // LINE WORKS: who received it, not who wrote it
	colRoom     // LINE WORKS: the talk room's id
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
	"受信者": colReceiver, "receiver": colReceiver, "トークルームid": colRoom, "channelid": colRoom,
	"トーク": colText, "本文": colText, "メッセージ": colText, "内容": colText, "発言": colText, "コメント": colText,
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
		} else if c != colNone && c != colReceiver && c != colRoom {
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
				if hasColumn(c, colReceiver) && hasColumn(c, colRoom) {
					b.p.Format = FormatLINEWorks
				}
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

func hasColumn(cols []column, c column) bool {
	for _, x := range cols {
		if x == c {
			return true
		}
	}
	return false
}

// mailSuffix is the address LINE WORKS writes after a name.
var mailSuffix = regexp.MustCompile(`\s*[(（][^()（）]*@[^()（）]*[)）]\s*$`)

// worksAttachment is how LINE WORKS writes a photo, file or sticker.
var worksAttachment = regexp.MustCompile(`^[(（](写真|ファイル|動画|スタンプ|音声|Photo|File|Video|Sticker)[)）]`)

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
	name = mailSuffix.ReplaceAllString(name, "")
	if worksAttachment.MatchString(strings.TrimSpace(text)) && !strings.Contains(strings.TrimSpace(text), "\n") {
		text = "[File]"
	}
	return at, name, text
}
