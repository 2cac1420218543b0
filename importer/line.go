package importer

// The LINE トーク履歴 as LINE writes it: on a phone, トーク → ≡ → 設定 →
// 「トーク履歴を送信」 gives
//
//	[LINE] DX推進WGのトーク履歴
//	保存日時：2022/12/20 10:00
//
//	2022/12/12(月)
//	10:00	山田 太郎	おはようございます
//	10:02	佐藤 花子	"二行の
//	メッセージ"
//	10:05		山田 太郎がメッセージの送信を取り消しました
//
// (time, name and text separated by tabs; a message of several lines in
// double quotes, a quote inside doubled; system lines with no name). The
// PC app's 「トーク履歴を保存」 writes the day as 「2022.12.12 月曜日」 and
// separates time, name and text with spaces. Some versions write 「午後1:05」
// or "1:05 PM". In English: "Saved on: …" and days as "Mon, 12/12/2022".

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

var (
	lineDateYMD   = regexp.MustCompile(`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*(?:[(（]?\s*(?:[月火水木金土日](?:曜日?)?|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[)）]?)?$`)
	lineDateKanji = regexp.MustCompile(`^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:[(（]?[月火水木金土日](?:曜日?)?[)）]?)?$`)
	lineDateEN    = regexp.MustCompile(`^(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})/(\d{1,2})/(\d{4})$`)
	lineDatePC    = regexp.MustCompile(`^\d{4}\.\d{1,2}\.\d{1,2} [月火水木金土日]曜日$`)
	lineTime      = regexp.MustCompile(`^(午前|午後)?(\d{1,2}):(\d{2})(?: ?([AaPp][Mm]))?([\t ])`)
)

// lineDate reads a LINE date line.
func lineDate(s string, loc *time.Location) (time.Time, bool) {
	var y, m, d string
	if g := lineDateYMD.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := lineDateKanji.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := lineDateEN.FindStringSubmatch(s); g != nil {
		y, m, d = g[3], g[1], g[2]
	} else {
		return time.Time{}, false
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	return time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, loc), true
}

// lineClock reads the time at the start of a message line: its hour and
// minute, whether time and name are separated by a tab, and the rest.
func lineClock(s string) (h, m int, tab bool, rest string, ok bool) {
	g := lineTime.FindStringSubmatchIndex(s)
	if g == nil {
		return 0, 0, false, "", false
	}
	h, _ = strconv.Atoi(s[g[4]:g[5]])
	m, _ = strconv.Atoi(s[g[6]:g[7]])
	pm := g[2] >= 0 && s[g[2]:g[3]] == "午後" || g[8] >= 0 && strings.EqualFold(s[g[8]:g[9]], "pm")
	am := g[2] >= 0 && s[g[2]:g[3]] == "午前" || g[8] >= 0 && strings.EqualFold(s[g[8]:g[9]], "am")
	switch {
	case pm && h < 12:
		h += 12
	case am && h == 12:
		h = 0
	}
	if h > 23 || m > 59 {
		return 0, 0, false, "", false
	}
	return h, m, s[g[10]] == '\t', s[g[11]:], true
}

// isLineHeader reports the title line and the 保存日時 line.
func isLineHeader(s string) bool {
	return strings.HasPrefix(s, "[LINE]") || strings.HasPrefix(s, "［LINE］") ||
		strings.HasPrefix(s, "保存日時") || strings.HasPrefix(strings.ToLower(s), "saved on")
}

// lineSystemEnds are the ends of LINE's own notices that a member would
// hardly write: joins, leaves, invitations, unsent messages, group calls.
// LINE writes its other notices (a changed group name, a deleted note)
// without a name, and every line without a name is a notice.
var lineSystemEnds = []string{
	"メッセージの送信を取り消しました", "が参加しました", "がグループに参加しました", "が退出しました",
	"がグループを退会しました", "をグループに招待しました", "への招待をキャンセルしました",
	"をグループから削除しました", "を退会させました", "がアルバムを作成しました",
	"グループ通話が開始されました", "グループ通話が終了しました",
	"unsent a message", "joined the group", "left the group",
}

// lineSystem reports a notice written by LINE rather than by a member:
// a line with no name, a call (☎ …), or one of LINE's notices.
func lineSystem(name, text string) bool {
	if strings.TrimSpace(name) == "" {
		return true
	}
	t := strings.TrimRight(strings.TrimSpace(text), "。.")
	if strings.HasPrefix(t, "☎") {
		return true
	}
	for _, e := range lineSystemEnds {
		if strings.HasSuffix(t, e) {
			return true
		}
	}
	return false
}

// maxQuotedLines bounds how far a quoted message is looked for.
const maxQuotedLines = 1000

// lineUnquote reads a message in double quotes that starts in body (on
// line i) and may run over the lines after it. It returns the text, the
// index of its last line, and false when the quotes do not close (the
// text is then taken as written).
func lineUnquote(lines []string, i int, body string) (string, int, bool) {
	var b strings.Builder
	cur := body[1:]
	for j := i; ; {
		for k := 0; k < len(cur); k++ {
			switch {
			case cur[k] != '"':
				b.WriteByte(cur[k])
			case k+1 < len(cur) && cur[k+1] == '"':
				b.WriteByte('"')
				k++
			case strings.TrimSpace(cur[k+1:]) == "":
				return b.String(), j, true
			default:
				return "", i, false
			}
		}
		j++
		if j >= len(lines) || j-i > maxQuotedLines {
			return "", i, false
		}
		next := strings.TrimSpace(lines[j])
		if _, ok := lineDate(next, time.UTC); ok {
			return "", i, false
		}
		if _, _, tab, _, ok := lineClock(lines[j]); ok && tab {
			return "", i, false
		}
		b.WriteByte('\n')
		cur = lines[j]
	}
}

// parseLINE reads a LINE トーク履歴. LINE ends its lines with CRLF but a
// line break inside a message with LF alone; in such a file the records
// are split at CRLF, so a quoted message keeps its lines even when they
// look like LINE's own (a pasted piece of an older chat).
func parseLINE(text string, loc *time.Location) Preview {
	b := builder{p: Preview{Format: FormatLINE}}
	var lines []string
	crlf := strings.Contains(text, "\r\n")
	if crlf {
		lines = strings.Split(text, "\r\n")
	} else {
		lines = strings.Split(lf(text), "\n")
	}
	first := make([]int, len(lines)+1) // the line of the file each record starts at
	first[0] = 1
	for i, l := range lines {
		first[i+1] = first[i] + 1 + strings.Count(l, "\n")
		if crlf {
			lines[i] = strings.ReplaceAll(l, "\r", "\n")
		}
	}
	var day time.Time
	seenDate := false
	last := -1 // the message that lines without a time continue
	for i := 0; i < len(lines); i++ {
		raw, n := lines[i], first[i]
		s := strings.TrimSpace(raw)
		switch {
		case s == "":
			continue
		case !seenDate && isLineHeader(s):
			b.skip(n, raw, ReasonHeader)
			continue
		}
		if d, ok := lineDate(s, loc); ok {
			day, seenDate, last = d, true, -1
			b.skip(n, raw, ReasonDate)
			continue
		}
		h, m, tab, rest, ok := lineClock(raw)
		if !ok {
			if last >= 0 {
				b.continueMessage(last, raw)
			} else {
				b.skip(n, raw, ReasonUnreadable)
			}
			continue
		}
		var at time.Time
		if !day.IsZero() {
			at = time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)
		}
		sep := " "
		if tab {
			sep = "\t"
		}
		name, body, found := strings.Cut(rest, sep)
		if !found {
			name, body = "", rest
		}
		end := i
		if strings.HasPrefix(body, `"`) {
			if t, j, ok := lineUnquote(lines, i, body); ok {
				body, end = t, j
			}
		}
		rawAll := strings.Join(lines[i:end+1], " ")
		if lineSystem(name, body) {
			b.skip(n, rawAll, ReasonSystem)
			last = -1
		} else if b.message(n, at, name, body, rawAll) {
			last = len(b.p.Messages) - 1
		} else {
			last = -1
		}
		i = end
	}
	return b.p
}
