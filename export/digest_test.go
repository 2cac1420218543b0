package export

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"yoriai/model"
)

// TestDigestGolden is the チャット用の要約 of the demo workshop's kickoff
// and 第2回, each short enough for one message.
func TestDigestGolden(t *testing.T) {
	d := sample(t, 0)
	for _, c := range []struct {
		n    int
		file string
		want []string
	}{
		{1, "digest_kickoff.txt", []string{"【鹿島市 DX推進ワーキンググループ検討会】キックオフのまとめ", "日時：令和4年12月9日（金）9:00–11:00",
			"■決まったこと\n・次回までチャットで意見を出し合う（集まらないミーティング）",
			"・他市の電子申請の事例を集めてチャットで共有する（完了）\n　担当：佐藤 花子　期限：令和5年1月13日（金）",
			"「デジタル変革は必要だと思うか」（16人が回答）\n・必要だと思う　9人（56%）",
			"■次回までにチャットで話し合いたいこと\n・タスク①の検討", "■次回\n第2回：日程未定\n場所：未定"}},
		{2, "digest_meeting2.txt", []string{"第2回のまとめ", "■タスク①で出た新しい課題\n〈市民の利便性向上〉4件\n・窓口の待ち時間が長い",
			"・各課の紙の申請書の数を調べる（キックオフから）"}},
	} {
		parts := Digest(d, c.n, 0)
		if len(parts) != 1 {
			t.Fatalf("meeting %d: %d parts, want one message:\n%s", c.n, len(parts), strings.Join(parts, "\n---\n"))
		}
		for _, w := range c.want {
			if !strings.Contains(parts[0], w) {
				t.Errorf("meeting %d's digest lacks %q", c.n, w)
			}
		}
		golden(t, c.file, []byte(parts[0]+"\n"))
	}
	if Digest(d, 9, 0) != nil {
		t.Error("a digest of a meeting that does not exist")
	}
}

// TestDigestSplits cuts the demo's 第2回 digest into short messages: each
// is under the limit, each is marked (k/n), and together they hold every
// line of the whole in order, none broken.
func TestDigestSplits(t *testing.T) {
	d := sample(t, 0)
	whole := strings.Split(Digest(d, 2, 0)[0], "\n")
	for _, limit := range []int{100, 160, 300, 400} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			parts := Digest(d, 2, limit)
			if len(parts) < 2 {
				t.Fatalf("%d parts under %d characters", len(parts), limit)
			}
			var lines []string
			for i, p := range parts {
				if n := utf8.RuneCountInString(p); n > limit {
					t.Errorf("part %d is %d characters, over %d", i+1, n, limit)
				}
				marker := fmt.Sprintf("(%d/%d) ", i+1, len(parts))
				if !strings.HasPrefix(p, marker) {
					t.Errorf("part %d does not start with %q: %q", i+1, marker, p[:20])
				}
				ls := strings.Split(strings.TrimPrefix(p, marker), "\n")
				if i > 0 {
					if !strings.HasSuffix(ls[0], "（続き）") {
						t.Errorf("part %d starts %q, not the title and （続き）", i+1, ls[0])
					}
					ls = ls[1:]
				}
				lines = append(lines, ls...)
			}
			var got, want []string
			for _, l := range lines {
				if l != "" {
					got = append(got, l)
				}
			}
			for _, l := range whole {
				if l != "" {
					want = append(want, l)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("the parts do not hold the whole, in order:\n%s\n--- want\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestDigestCases checks the parts of a digest that the demo does not
// show: a line longer than a message, a meeting with nothing recorded, the
// last meeting of a series, and a tiny limit.
func TestDigestCases(t *testing.T) {
	base := func() Data {
		return Data{Workshop: model.Workshop{Title: "WG"}, Meetings: []Meeting{
			{Meeting: model.Meeting{ID: 1, Number: 1, Title: "第1回"}, Items: []model.AgendaItem{{ID: 10}}},
			{Meeting: model.Meeting{ID: 2, Number: 2, Title: "第2回", Place: "庁議室", Topics: []string{"タスク②"}}},
		}}
	}
	long := strings.Repeat("あ", 250)
	for _, c := range []struct {
		name    string
		data    func() Data
		n, max  int
		parts   int
		want    []string
		without []string
	}{
		{"nothing recorded", base, 1, 0, 1, []string{"【WG】第1回のまとめ\n日時：日程未定\n場所：未定", "■次回までにチャットで話し合いたいこと\n・タスク②", "第2回：日程未定\n場所：庁議室"},
			[]string{"■決まったこと", "■宿題", "■投票の結果", "■タスク①"}},
		{"the last meeting", base, 2, 0, 1, []string{"この会議でシリーズは終わりです。"}, nil},
		{"an action without 担当 or 期限", func() Data {
			d := base()
			d.Entries = []model.Entry{{MeetingID: 1, ItemID: 10, Kind: model.EntryAction, Text: "調べる\n二行目"}}
			return d
		}, 1, 0, 1, []string{"■宿題\n・調べる 二行目\n　担当：未定　期限：なし"}, nil},
		{"a line longer than a message", func() Data {
			d := base()
			d.Entries = []model.Entry{{MeetingID: 1, ItemID: 10, Kind: model.EntryDecision, Text: long}}
			return d
		}, 1, 100, 5, []string{"(1/5) 【WG】第1回のまとめ", "（続き）"}, nil},
		{"a limit too small is raised", base, 1, 1, 4, []string{"(1/4) "}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			parts := Digest(c.data(), c.n, c.max)
			all := strings.Join(parts, "\n")
			if len(parts) != c.parts {
				t.Errorf("%d parts, want %d:\n%s", len(parts), c.parts, strings.Join(parts, "\n---\n"))
			}
			for _, w := range c.want {
				if !strings.Contains(all, w) {
					t.Errorf("lacks %q:\n%s", w, all)
				}
			}
			for _, w := range c.without {
				if strings.Contains(all, w) {
					t.Errorf("has %q", w)
				}
			}
			limit := max(c.max, minDigestRunes)
			if c.max == 0 {
				limit = DigestMaxRunes
			}
			for i, p := range parts {
				if n := utf8.RuneCountInString(p); n > limit {
					t.Errorf("part %d is %d characters, over %d", i+1, n, limit)
				}
			}
			if c.name == "a line longer than a message" && strings.Count(strings.ReplaceAll(all, "\n", ""), "あ") != 250 {
				t.Error("the long line lost characters when it was broken")
			}
		})
	}
}
