package importer

// Microsoft Teams has two exports of a chat that are documented:
//
//   - Microsoft Graph's chatMessage list (GET /chats/{id}/messages, or
//     `m365 teams chat message list`, Teams' own export tools): JSON, an
//     array or {"value": [...]}, each with "createdDateTime", "messageType"
//     ("message" or "systemEventMessage"), "from": {"user": {"displayName"}},
//     "body": {"contentType": "html", "content"}, "deletedDateTime" and
//     "attachments"; newest first.
//   - Teams (free)'s 「データのエクスポート」 (account privacy page): a zip
//     holding messages.json, {"conversations": [{"MessageList": [...]}]},
//     each with "displayName", "originalarrivaltime", "messagetype"
//     ("Text", "RichText/Html", "RichText/Media_…", "Event/Call",
//     "ThreadActivity/…") and "content".
//
// Teams for work or school gives its users no export of their own; an
// administrator's eDiscovery export (PST/HTML) is not read.

import (
	"encoding/json"
	"html"
	"regexp"
	"sort"
	"strings"
	"time"
)

type graphMessage struct {
	MessageType     string  `json:"messageType"`
	CreatedDateTime string  `json:"createdDateTime"`
	DeletedDateTime *string `json:"deletedDateTime"`
	From            *struct {
		User        *struct{ DisplayName string } `json:"user"`
		Application *struct{ DisplayName string } `json:"application"`
	} `json:"from"`
	Body struct {
		ContentType string `json:"contentType"`
		Content     string `json:"content"`
	} `json:"body"`
	Attachments []json.RawMessage `json:"attachments"`
}

type teamsExport struct {
	Conversations []struct {
		MessageList []teamsMessage `json:"MessageList"`
	} `json:"conversations"`
}

type teamsMessage struct {
	DisplayName         string `json:"displayName"`
	OriginalArrivalTime string `json:"originalarrivaltime"`
	MessageType         string `json:"messagetype"`
	Content             string `json:"content"`
	From                string `json:"from"`
}

var (
	htmlBreak = regexp.MustCompile(`(?i)<br\s*/?>|</p>|</div>|</li>`)
	htmlTag   = regexp.MustCompile(`(?s)<[^>]*>`)
)

// htmlText is the text of a message body in HTML.
func htmlText(s string) string {
	s = htmlBreak.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	return strings.ReplaceAll(html.UnescapeString(s), "\u00a0", " ")
}

// parseGraph reads Graph chatMessages, oldest first.
func parseGraph(b *builder, msgs []graphMessage, loc *time.Location) {
	for i, m := range msgs {
		n := i + 1
		text := m.Body.Content
		if strings.EqualFold(m.Body.ContentType, "html") {
			text = htmlText(text)
		}
		name := ""
		if m.From != nil && m.From.User != nil {
			name = m.From.User.DisplayName
		} else if m.From != nil && m.From.Application != nil {
			name = m.From.Application.DisplayName
		}
		at, _ := parseTime(m.CreatedDateTime, loc)
		switch {
		case m.MessageType != "message", m.DeletedDateTime != nil && *m.DeletedDateTime != "":
			b.skip(n, text, ReasonSystem)
		case strings.TrimSpace(text) == "" && len(m.Attachments) > 0:
			b.skip(n, "[File]", ReasonPlaceholder)
		default:
			b.message(n, at, name, text, text)
		}
	}
	sortByTime(b)
}

// parseTeamsExport reads the messages.json of Teams (free)'s export.
func parseTeamsExport(b *builder, ex teamsExport, loc *time.Location) {
	n := 0
	for _, c := range ex.Conversations {
		for _, m := range c.MessageList {
			n++
			at, _ := parseTime(m.OriginalArrivalTime, loc)
			t := m.MessageType
			switch {
			case strings.HasPrefix(t, "RichText/Media") || strings.HasPrefix(t, "RichText/UriObject") ||
				strings.HasPrefix(t, "RichText/Files") || t == "RichText/Contacts" || t == "RichText/Location":
				b.skip(n, m.Content, ReasonPlaceholder)
			case t == "Text", t == "RichText", t == "RichText/Html":
				name := m.DisplayName
				if name == "" {
					name = m.From
				}
				b.message(n, at, name, htmlText(m.Content), m.Content)
			default:
				b.skip(n, m.Content, ReasonSystem)
			}
		}
	}
	sortByTime(b)
}

// sortByTime puts messages oldest first, keeping the order of equal times.
func sortByTime(b *builder) {
	sort.SliceStable(b.p.Messages, func(i, j int) bool { return b.p.Messages[i].At.Before(b.p.Messages[j].At) })
}
