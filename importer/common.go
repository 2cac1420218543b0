package importer

import (
	"strings"
	"time"
)

// trimLines trims the text and the ends of each of its lines.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \u3000")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// placeholders are what chat tools write in place of a sticker, a photo or
// a file: LINE in Japanese and in English, and the same words in brackets
// from other tools.
var placeholders = map[string]bool{
	"[スタンプ]": true, "[写真]": true, "[動画]": true, "[ファイル]": true, "[ボイスメッセージ]": true,
	"[アルバム]": true, "[ノート]": true, "[位置情報]": true, "[連絡先]": true, "[GIF]": true,
	"[イベント]": true, "[投票]": true, "[画像]": true, "[音声]": true,
	"[Sticker]": true, "[Photo]": true, "[Video]": true, "[File]": true, "[Voice message]": true,
	"[Album]": true, "[Note]": true, "[Location]": true, "[Contact]": true, "[Image]": true,
}

// titledPlaceholders begin a placeholder that carries a title after it:
// 「[ファイル] 資料.pdf」, 「[アルバム] 現地視察」.
var titledPlaceholders = []string{"[ファイル]", "[アルバム]", "[ノート]", "[投票]", "[イベント]", "[File]", "[Album]", "[Note]"}

// isPlaceholder reports a text that only stands for something not text.
func isPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	if placeholders[s] {
		return true
	}
	for _, p := range titledPlaceholders {
		if strings.HasPrefix(s, p) && !strings.Contains(s, "\n") {
			return true
		}
	}
	return false
}

// chatTimeLayouts are the date-time forms chat tools and Excel write.
var chatTimeLayouts = []string{
	"2006/1/2 15:04:05", "2006/1/2 15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006.1.2 15:04", "2006/1/2", "2006-01-02", "2006.1.2",
	"2006年1月2日 15:04", "2006年1月2日 15時04分", "2006年1月2日 15:04:05", "2006年1月2日",
}

// parseTime reads a date-time in loc (UTC when nil); an RFC 3339 time keeps
// its own zone, shown in loc.
func parseTime(s string, loc *time.Location) (time.Time, bool) {
	if loc == nil {
		loc = time.UTC
	}
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.In(loc), true
	}
	for _, l := range chatTimeLayouts {
		if t, err := time.ParseInLocation(l, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
