package export

// digest.go: the チャット用の要約 of a meeting, plain text to post in the
// group chat the working group talks in between meetings (LINE, LINE WORKS,
// Teams): what was decided, who does what by when, the poll's shares, the
// new Task ① problems, what to talk over in the chat before the next
// meeting and when and where that is. It is cut into messages of a stated
// length, each marked (1/3), (2/3)…, between lines and never inside one.

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"yoriai/model"
)

// DigestMaxRunes is the length a digest message is kept under unless told
// otherwise: 1,000 characters. LINE takes up to 10,000 characters in one
// message and LINE WORKS and Teams take more, but a phone shows about
// 1,000 characters of Japanese in two screens, LINE folds a long message
// behind 「全文表示」, and a tenth of the limit leaves room for what the
// facilitator adds before posting (and for emoji, which a chat may count
// as two).
const DigestMaxRunes = 1000

// minDigestRunes is the shortest message Digest cuts to: room for the
// (12/34) marker and some text.
const minDigestRunes = 40

// markerRunes is the room kept for the (k/n) marker and its space.
const markerRunes = 8

// Digest is the チャット用の要約 of meeting number n, cut into messages of
// at most maxRunes characters (DigestMaxRunes when 0 or less; at least 40).
// With more than one message each starts with (k/n). A message ends
// between two lines, and a section is kept whole when it fits in one
// message; only a line longer than a whole message is broken. Nil when
// there is no meeting n.
func Digest(d Data, n, maxRunes int) []string {
	m, ok := d.MeetingByNumber(n)
	if !ok {
		return nil
	}
	if maxRunes <= 0 {
		maxRunes = DigestMaxRunes
	}
	maxRunes = max(maxRunes, minDigestRunes)
	mt := m.Meeting
	title := fmt.Sprintf("【%s】%sのまとめ", d.Workshop.Title, mt.Title)
	head := []string{title, "日時：" + when(mt, true), "場所：" + orUndecided(mt.Place)}
	sections := [][]string{head}
	for _, s := range [][]string{d.digestDecisions(m), d.digestActions(m), d.digestPolls(m),
		d.digestProblems(m), d.digestNext(m)} {
		if len(s) > 0 {
			sections = append(sections, s)
		}
	}
	whole := joinSections(sections)
	if utf8.RuneCountInString(whole) <= maxRunes {
		return []string{whole}
	}
	parts := splitSections(sections, title+"（続き）", maxRunes-markerRunes)
	for i := range parts {
		parts[i] = fmt.Sprintf("(%d/%d) ", i+1, len(parts)) + parts[i]
	}
	return parts
}

func orUndecided(s string) string {
	if strings.TrimSpace(s) == "" {
		return "未定"
	}
	return s
}

// digestDecisions are the 決定事項 typed into the meeting's record.
func (d Data) digestDecisions(m Meeting) []string {
	var out []string
	for _, it := range m.Items {
		for _, e := range d.ItemEntries(it.ID) {
			if e.Kind == model.EntryDecision {
				out = append(out, "・"+oneLine(e.Text))
			}
		}
	}
	return section("■決まったこと", out)
}

// digestActions are the 宿題 given in the meeting, with 担当 and 期限, and
// those of earlier meetings still open.
func (d Data) digestActions(m Meeting) []string {
	mt := m.Meeting
	title, number := map[int64]string{}, map[int64]int{}
	for _, x := range d.Meetings {
		title[x.Meeting.ID], number[x.Meeting.ID] = x.Meeting.Title, x.Meeting.Number
	}
	var out []string
	for _, e := range d.Entries {
		if e.Kind != model.EntryAction {
			continue
		}
		from := ""
		switch {
		case e.MeetingID == mt.ID:
		case number[e.MeetingID] < mt.Number && e.Open():
			from = "（" + title[e.MeetingID] + "から）"
		default:
			continue
		}
		line := "・" + oneLine(e.Text) + from
		if !e.DoneAt.IsZero() {
			line += "（完了）"
		}
		dueText := "なし"
		if !e.Due.IsZero() {
			dueText = e.Due.FormatJapanese()
		}
		out = append(out, line, "　担当："+orUndecided(d.assignee(e))+"　期限："+dueText)
	}
	return section("■宿題", out)
}

// digestPolls are the shares of each choice question of the meeting's
// polls, as the room was last shown them.
func (d Data) digestPolls(m Meeting) []string {
	var out []string
	for _, it := range m.Items {
		pd := lastRevealed(m.Rounds[it.ID])
		if !pd.Poll.Revealed() {
			continue
		}
		for q, pq := range pd.Poll.Questions {
			if pq.Kind != model.QuestionChoice || q >= len(pd.Results) || pd.Results[q].Total() == 0 {
				continue
			}
			r := pd.Results[q]
			out = append(out, fmt.Sprintf("「%s」（%d人が回答）", oneLine(pq.Text), answered(pd.Poll, r)))
			for c, choice := range pq.Choices {
				count := 0
				if c < len(r.Counts) {
					count = r.Counts[c]
				}
				out = append(out, fmt.Sprintf("・%s　%d人（%.0f%%）", choice, count, r.Share(c)*100))
			}
		}
	}
	return section("■投票の結果", out)
}

// digestProblems are the Task ① problems put on the board since the end
// of the previous meeting, up to the end of this one, pillar by pillar.
func (d Data) digestProblems(m Meeting) []string {
	var metas []model.Meeting
	for _, x := range d.Meetings {
		metas = append(metas, x.Meeting)
	}
	since, until := model.PreviousEnd(metas, m.Meeting.Number), m.Meeting.EndedAt
	in := func(t time.Time) bool { return t.After(since) && (until.IsZero() || !t.After(until)) }
	var out []string
	for _, p := range d.Pillars {
		var lines []string
		for _, c := range d.Cards {
			if c.Kind == model.CardProblem && c.PillarID == p.ID && in(c.CreatedAt) {
				lines = append(lines, "・"+oneLine(c.Text))
			}
		}
		if len(lines) > 0 {
			out = append(out, fmt.Sprintf("〈%s〉%d件", p.Name, len(lines)))
			out = append(out, lines...)
		}
	}
	return section("■タスク①で出た新しい課題", out)
}

// digestNext is what to talk over in the chat before the next meeting
// (its topics) and when and where it is.
func (d Data) digestNext(m Meeting) []string {
	next, ok := d.MeetingByNumber(m.Meeting.Number + 1)
	if !ok {
		return []string{"■次回", "この会議でシリーズは終わりです。"}
	}
	n := next.Meeting
	var out []string
	if len(n.Topics) > 0 {
		out = append(out, "■次回までにチャットで話し合いたいこと")
		for _, topic := range n.Topics {
			out = append(out, "・"+oneLine(topic))
		}
		out = append(out, "")
	}
	return append(out, "■次回", n.Title+"："+when(n, true), "場所："+orUndecided(n.Place))
}

// section is lines under heading; nil when there are none.
func section(heading string, lines []string) []string {
	if len(lines) == 0 {
		return nil
	}
	return append([]string{heading}, lines...)
}

// oneLine folds a text's line breaks, so that one entry is one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// joinSections is the sections one after another, a blank line between.
func joinSections(sections [][]string) string {
	blocks := make([]string, len(sections))
	for i, s := range sections {
		blocks[i] = strings.Join(s, "\n")
	}
	return strings.Join(blocks, "\n\n")
}

// splitSections cuts the sections into messages of at most limit
// characters: a section goes whole into the message it fits in, else into
// a new one (which starts with cont), else line by line; a line longer
// than a message is broken into pieces that fit.
func splitSections(sections [][]string, cont string, limit int) []string {
	if r := []rune(cont); len(r) > limit/2 {
		cont = string(r[:limit/2-1]) + "…"
	}
	room := max(limit-utf8.RuneCountInString(cont)-1, 1) // the longest line a message takes
	var parts []string
	var cur []string // the lines of the message being filled
	size := 0        // its length in characters, the line breaks counted
	add := func(line string) {
		if len(cur) > 0 {
			size++
		}
		cur, size = append(cur, line), size+utf8.RuneCountInString(line)
	}
	fits := func(lines []string) bool {
		n := size
		for _, l := range lines {
			n += utf8.RuneCountInString(l) + 1
		}
		return n <= limit
	}
	flush := func() {
		parts = append(parts, strings.Join(cur, "\n"))
		cur, size = nil, 0
		add(cont)
	}
	for i, s := range sections {
		block := s
		if i > 0 {
			block = append([]string{""}, s...)
		}
		switch {
		case fits(block):
		case fitsFresh(cont, s, limit):
			flush()
			block = append([]string{""}, s...)
		}
		for _, line := range block {
			for _, piece := range pieces(line, room) {
				if !fits([]string{piece}) {
					flush()
				}
				add(piece)
			}
		}
	}
	if len(cur) > 0 {
		parts = append(parts, strings.Join(cur, "\n"))
	}
	return parts
}

// fitsFresh reports whether section s fits in a new message that starts
// with cont and a blank line.
func fitsFresh(cont string, s []string, limit int) bool {
	n := utf8.RuneCountInString(cont) + 1
	for _, l := range s {
		n += utf8.RuneCountInString(l) + 1
	}
	return n <= limit
}

// pieces is line broken into pieces of at most room characters; a line
// that fits is one piece.
func pieces(line string, room int) []string {
	r := []rune(line)
	if len(r) <= room {
		return []string{line}
	}
	var out []string
	for len(r) > room {
		out = append(out, string(r[:room]))
		r = r[room:]
	}
	return append(out, string(r))
}

// DigestText is the messages of a digest as one text for a file or the
// terminal: each message ends with a line break, and a line of dashes
// stands between two messages, so that each can be copied on its own.
func DigestText(parts []string) string {
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, "\n\n----------\n\n") + "\n"
}

// WriteDigest writes the digest of meeting n as DigestText, in messages
// of at most DigestMaxRunes characters.
func WriteDigest(w io.Writer, d Data, n int) error {
	parts := Digest(d, n, 0)
	if parts == nil {
		return fmt.Errorf("there is no meeting %d", n)
	}
	_, err := io.WriteString(w, DigestText(parts))
	return err
}
