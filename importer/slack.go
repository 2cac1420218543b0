package importer

// Slack's workspace export (ワークスペース設定 → データのインポート/エクスポート
// → エクスポート) is a zip of users.json, channels.json and one folder per
// channel holding a JSON file per day (general/2022-12-12.json): an array
// of messages with "ts" (seconds since 1970 as a string), "user" (an id
// that users.json names), "text" (mrkdwn: <@U123> mentions, <url|label>
// links, &amp; &lt; &gt;), a "subtype" for notices (channel_join …) and
// "files" for uploads.

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// slackMessage is the part of a Slack message yoriai reads.
type slackMessage struct {
	Type        string            `json:"type"`
	Subtype     string            `json:"subtype"`
	User        string            `json:"user"`
	Username    string            `json:"username"`
	Text        string            `json:"text"`
	Ts          string            `json:"ts"`
	UserProfile *slackProfile     `json:"user_profile"`
	Files       []json.RawMessage `json:"files"`
}

type slackProfile struct {
	RealName    string `json:"real_name"`
	DisplayName string `json:"display_name"`
	Name        string `json:"name"`
}

type slackUser struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	RealName string       `json:"real_name"`
	Profile  slackProfile `json:"profile"`
}

// slackSystem are the subtypes that are Slack's own notices.
var slackSystem = map[string]bool{
	"channel_join": true, "channel_leave": true, "channel_topic": true, "channel_purpose": true,
	"channel_name": true, "channel_archive": true, "channel_unarchive": true, "group_join": true,
	"group_leave": true, "group_topic": true, "group_purpose": true, "group_name": true,
	"pinned_item": true, "unpinned_item": true, "bot_add": true, "bot_remove": true, "tombstone": true,
	"channel_convert_to_private": true, "channel_convert_to_public": true, "huddle_thread": true,
	"sh_room_created": true, "reminder_add": true, "joiner_notification": true,
}

// slackUsers reads users.json into names by id: the full name first, as
// the roster writes names, then the display name.
func slackUsers(data []byte) map[string]string {
	var users []slackUser
	if json.Unmarshal(data, &users) != nil {
		return nil
	}
	names := map[string]string{}
	for _, u := range users {
		for _, n := range []string{u.Profile.RealName, u.RealName, u.Profile.DisplayName, u.Name} {
			if strings.TrimSpace(n) != "" {
				names[u.ID] = n
				break
			}
		}
	}
	return names
}

// slackTs reads a message's "ts".
func slackTs(ts string, loc *time.Location) time.Time {
	sec, frac, _ := strings.Cut(ts, ".")
	s, err := strconv.ParseInt(sec, 10, 64)
	if err != nil || s <= 0 || s > 1<<40 {
		return time.Time{}
	}
	var ns int64
	if len(frac) > 0 {
		frac = (frac + "000000000")[:9]
		ns, _ = strconv.ParseInt(frac, 10, 64)
	}
	return time.Unix(s, ns).In(loc)
}

var slackRef = regexp.MustCompile(`<([^<>|]*)(?:\|([^<>]*))?>`)

var slackEntities = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&")

// slackText turns mrkdwn references into what the screen shows: mentions
// as @name, channels as #name, links as their label and address.
func slackText(s string, users map[string]string) string {
	s = slackRef.ReplaceAllStringFunc(s, func(m string) string {
		g := slackRef.FindStringSubmatch(m)
		ref, label := g[1], g[2]
		switch {
		case strings.HasPrefix(ref, "@"):
			if n := users[ref[1:]]; n != "" {
				return "@" + n
			}
			if label != "" {
				return "@" + label
			}
			return ref
		case strings.HasPrefix(ref, "#"):
			if label != "" {
				return "#" + label
			}
			return ref
		case strings.HasPrefix(ref, "!"):
			if label != "" {
				return label
			}
			return "@" + strings.TrimPrefix(ref, "!")
		case label != "" && label != ref:
			return label + " (" + ref + ")"
		}
		return ref
	})
	return slackEntities.Replace(s)
}

// parseSlackDay reads one day's messages into b; false when the data is
// not a Slack day file.
func parseSlackDay(b *builder, data []byte, users map[string]string, loc *time.Location) bool {
	var msgs []slackMessage
	if json.Unmarshal(data, &msgs) != nil {
		return false
	}
	for i, m := range msgs {
		n := i + 1
		raw := m.Text
		if raw == "" {
			raw = m.Subtype
		}
		name := users[m.User]
		if name == "" && m.UserProfile != nil {
			for _, s := range []string{m.UserProfile.RealName, m.UserProfile.DisplayName, m.UserProfile.Name} {
				if strings.TrimSpace(s) != "" {
					name = s
					break
				}
			}
		}
		if name == "" {
			name = m.Username
		}
		if name == "" {
			name = m.User
		}
		switch {
		case m.Type != "" && m.Type != "message", slackSystem[m.Subtype]:
			b.skip(n, raw, ReasonSystem)
		case strings.TrimSpace(m.Text) == "" && len(m.Files) > 0:
			b.skip(n, "[File]", ReasonPlaceholder)
		default:
			b.message(n, slackTs(m.Ts, loc), name, slackText(m.Text, users), raw)
		}
	}
	return true
}
