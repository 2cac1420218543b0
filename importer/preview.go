package importer

import (
	"time"

	"yoriai/model"
)

// Format names the kind of export a chat file was read as. The names are
// stable: the screens and the command line word them through i18n.
type Format string

// The formats Parse recognises.
const (
	FormatLINE      Format = "line"       // LINE 「トーク履歴を送信」 (phone) or 「トーク履歴を保存」 (PC)
	FormatSlack     Format = "slack"      // Slack workspace export: per-channel, per-day JSON, in a zip or one file
	FormatTeams     Format = "teams"      // Microsoft Teams: Graph chatMessage JSON or the personal-data messages.json
	FormatLINEWorks Format = "lineworks"  // LINE WORKS トーク as its admin's 監査 or モニタリング downloads it (CSV)
	FormatCSVHeader Format = "csv-header" // CSV whose first row names the columns
	FormatCSV       Format = "csv"        // header-less CSV: date,name,message
	FormatText      Format = "text"       // "name: message", "[date time] name: message" or one message a line
)

// Formats lists every format, in the order a preview describes them.
var Formats = []Format{FormatLINE, FormatLINEWorks, FormatSlack, FormatTeams, FormatCSVHeader, FormatCSV, FormatText}

// FileExtensions are the name endings chat exports come with, for a file
// picker's filter; Parse itself tells the format from the content.
var FileExtensions = []string{".txt", ".csv", ".json", ".zip"}

// Reason says why a line of the file did not become a message.
type Reason string

// The reasons a line is skipped.
const (
	ReasonHeader      Reason = "header"      // the export's title, 保存日時, a CSV header row
	ReasonDate        Reason = "date"        // a line that only gives the day of the lines below it
	ReasonSystem      Reason = "system"      // joins, leaves, invitations, unsent messages, calls
	ReasonPlaceholder Reason = "placeholder" // [スタンプ], [写真], a file with no text
	ReasonUnreadable  Reason = "unreadable"  // a line that could not be read as a message
)

// Reasons lists every reason, in the order a preview counts them.
var Reasons = []Reason{ReasonHeader, ReasonDate, ReasonSystem, ReasonPlaceholder, ReasonUnreadable}

// Message is one message read from a chat file: its own date-time (zero
// when the file gives none), its author ("" when unknown) and its text,
// with the line (or, for JSON, the position of the entry) it starts at.
type Message struct {
	Line int
	File string // the file inside an archive; "" for a single file
	At   time.Time
	Name string
	Text string
}

// Skip is one line of the file that did not become a message, and why.
type Skip struct {
	Line   int
	File   string
	Text   string // the line as written, cleaned for display and shortened
	Reason Reason
}

// Preview is what a chat file holds before anything is written: the format
// it was read as, the messages, and the lines left out with their reasons.
type Preview struct {
	Format   Format
	Messages []Message
	Skipped  []Skip
}

// Count is how many lines were skipped for reason r.
func (p Preview) Count(r Reason) int {
	n := 0
	for _, s := range p.Skipped {
		if s.Reason == r {
			n++
		}
	}
	return n
}

// ChatLog is every message of the preview as the log the store imports;
// Rejected counts the unreadable lines only (headers, dates, system lines
// and placeholders are left out on purpose, not lost).
func (p Preview) ChatLog() model.ChatLog {
	return p.Selected(nil)
}

// Selected is ChatLog for the messages whose keep entry is true, as a
// preview screen's checkboxes leave them; a message past the end of keep
// is kept, so nil keeps all.
func (p Preview) Selected(keep []bool) model.ChatLog {
	log := model.ChatLog{Rejected: p.Count(ReasonUnreadable)}
	for i, m := range p.Messages {
		if i < len(keep) && !keep[i] {
			continue
		}
		log.Lines = append(log.Lines, model.ChatLine{At: m.At, Name: m.Name, Text: m.Text})
	}
	return log
}

// builder collects a preview while a parser walks its file.
type builder struct {
	p    Preview
	file string
}

// message adds a message after cleaning it as typed text is cleaned; an
// empty text is unreadable and a placeholder alone is counted as one. It
// reports whether a message was added.
func (b *builder) message(line int, at time.Time, name, text, raw string) bool {
	name, _ = model.CleanLine(name, model.MaxNameRunes)
	text, _ = model.CleanText(text, model.MaxCardRunes)
	text = trimLines(text)
	switch {
	case text == "":
		b.skip(line, raw, ReasonUnreadable)
		return false
	case isPlaceholder(text):
		b.skip(line, raw, ReasonPlaceholder)
		return false
	}
	b.p.Messages = append(b.p.Messages, Message{Line: line, File: b.file, At: at, Name: name, Text: text})
	return true
}

// maxSkipRunes is how much of a skipped line a preview shows.
const maxSkipRunes = 120

func (b *builder) skip(line int, raw string, r Reason) {
	text, cut := model.CleanLine(raw, maxSkipRunes)
	if cut {
		text += "…"
	}
	b.p.Skipped = append(b.p.Skipped, Skip{Line: line, File: b.file, Text: text, Reason: r})
}

// continueMessage adds a line without a time of its own to message i, as
// a message of several lines that was not quoted.
func (b *builder) continueMessage(i int, raw string) {
	m := &b.p.Messages[i]
	text, _ := model.CleanText(m.Text+"\n"+raw, model.MaxCardRunes)
	m.Text = trimLines(text)
}
