package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/model"
)

// history is the demo workshop after more happened in it: in 第2回 three of
// the six ideas of the kickoff's first prompt went onto the Task ① board,
// the kickoff's poll was run a second time by show of hands, and at 第4回 a
// second Task ② round scored the problems and moved one up with a reason.
func history(t *testing.T) (Data, []model.Card) {
	t.Helper()
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, pillars, _ := st.Workshop(w.ID)
	_, kick, _ := st.Meeting(ms[0].ID)
	second, _, _ := st.Meeting(ms[1].ID)
	at := second.StartedAt.Add(20 * time.Minute)
	var prompt, poll model.AgendaItem
	for _, it := range kick {
		if it.Kind == model.KindPrompt && prompt.ID == 0 {
			prompt = it
		}
		if it.Kind == model.KindPoll {
			poll = it
		}
	}
	ideas, _ := st.ItemCards(prompt.ID)
	if len(ideas) != 6 {
		t.Fatalf("the demo's first prompt has %d ideas", len(ideas))
	}
	cards, links, _ := st.BoardCards(w.ID)
	to := []struct {
		pillar int
		kind   model.CardKind
	}{{1, model.CardProblem}, {0, model.CardGoal}, {2, model.CardProblem}}
	for i, dst := range to {
		step, err := model.MoveCard(ideas[i], pillars[dst.pillar].ID, dst.kind, cards, links)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.ApplyStep(w.ID, second.ID, db.BoardScope, step, at.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	again := ms[0].EndedAt.Add(-2 * time.Minute)
	p, err := st.StartPoll(w.ID, poll, model.PollTally, again)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTally(p, 0, []int{10, 4, 1, 1, 0}, again)
	st.Reveal(p, again)
	fourth := time.Date(2023, 3, 17, 10, 0, 0, 0, time.UTC)
	r, err := st.StartRound(model.VoteRound{WorkshopID: w.ID, MeetingID: ms[3].ID, Method: model.MethodScore}, fourth)
	if err != nil {
		t.Fatal(err)
	}
	cards, _, _ = st.BoardCards(w.ID)
	var problems []model.Card
	for _, c := range cards {
		if c.Kind == model.CardProblem && c.PillarID != 0 && c.Source == model.SourceTyped {
			problems = append(problems, c)
		}
	}
	for i, c := range problems[:4] {
		st.SetScore(r, c.ID, model.Score{Impact: 5 - i%3, Feasibility: 4}, fourth)
	}
	if err := st.AddOverride(r, model.Override{CardID: problems[3].ID, Delta: -1, Reason: "市長の重点施策に合う"}, fourth); err != nil {
		t.Fatal(err)
	}
	d, err := Gather(st, w.ID, time.Date(2023, 3, 1, 9, 30, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return d, ideas
}

func minutesOf(t *testing.T, d Data, n int) string {
	t.Helper()
	var b bytes.Buffer
	if err := Minutes(&b, d, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestMinutesLeaveNothingOut holds the minutes to what is stored: all six
// ideas of the prompt with where the three moved ones went, both rounds of
// the poll, both Task ② rounds with the move and its reason, the results
// labelled as such, the next meeting.
func TestMinutesLeaveNothingOut(t *testing.T) {
	d, ideas := history(t)
	kick := minutesOf(t, d, 1)
	wants := []string{
		"- " + ideas[0].Text + "（山田 太郎） → タスク① 業務の効率化／課題",
		"- " + ideas[1].Text + "（高橋 美咲） → タスク① 市民の利便性向上／達成目標",
		"- " + ideas[2].Text + "（渡辺 誠） → タスク① 人財育成／課題",
		"- " + ideas[3].Text + "\n", "- " + ideas[4].Text + "（", "- " + ideas[5].Text + "（",
		"アイデア6件のうち3件はタスク①のボードへ移りました",
		"1回目・無記名投票、n=16", "2回目・挙手、n=16", "| 必要だと思う | 10 | 62% |",
		"「デジタル変革は必要だと思うか」（1回目）は「必要だと思う」が最多（9人、56%）。",
		"「デジタル変革は必要だと思うか」（2回目）は「必要だと思う」が最多（10人、62%）。",
		"## 結果\n\n投票と集計から出た結果です（会議で決めたことではありません）。",
		"- 職員が減っていく中で今の仕事を続けられない → タスク① 受け箱／課題",
		"## 次回\n\n- 第2回：",
	}
	for _, want := range wants {
		if !strings.Contains(kick, want) {
			t.Errorf("the kickoff minutes lack %q", want)
		}
	}
	if strings.Contains(kick, "## 決定事項\n\n- 「") {
		t.Error("a computed result is listed as a decision")
	}
	second := minutesOf(t, d, 2)
	for _, want := range []string{"### 前回からの変更", "更 課題：" + ideas[0].Text, "更 達成目標：" + ideas[1].Text,
		"**業務の効率化（"} {
		if !strings.Contains(second, want) {
			t.Errorf("the minutes of 第2回 lack %q", want)
		}
	}
	fourth := minutesOf(t, d, 4)
	for _, want := range []string{"### 1回目の投票（ドット投票・会場の集計）", "| 1 | 紙の決裁と押印に時間がかかる | 業務の効率化 | 11票 |",
		"### 2回目の投票（採点（効果×実現可能性））", "5×4＝20", "**順位の変更**",
		"を1つ上へ：市長の重点施策に合う", "（同点）", "### 令和6年度に取り組む課題", "#### 書かない窓口の導入（市民課・検討中）",
		"- 評価指標：窓口の平均待ち時間（現状値 25分 → 目標値 10分）", "- 令和8年度：全窓口へ展開"} {
		if !strings.Contains(fourth, want) {
			t.Errorf("the minutes of 第4回 lack %q", want)
		}
	}
	// the first round's table has no fiscal-year column, the deciding one has
	if i, j := strings.Index(fourth, "### 1回目"), strings.Index(fourth, "### 2回目"); i < 0 || j < i ||
		strings.Contains(fourth[i:j], "令和6年度 |") || !strings.Contains(fourth[j:], "| 令和6年度 |") {
		t.Error("the chosen column is not on the latest round alone")
	}
}

// TestMinutesSections checks that every section of the minutes is there
// for the demo workshop, meeting by meeting.
func TestMinutesSections(t *testing.T) {
	d := sample(t, 0)
	sections := map[int][]string{
		1: {"# 鹿島市 DX推進ワーキンググループ検討会 キックオフ 議事要旨", "- 日時：", "- 場所：", "- 出席者（16名）", "  - 企画財政課：",
			"- 内容：", "## 次第", "## 7. ワークショップ：もっと住みやすくなるには", "問い：", "### Q1.", "### Q2.", "- 欠席者（", "- 記録者：",
			"## 市長から", "## 決定事項", "## 宿題", "| 内容 | 担当 | 期限 | 状態 | 出た会議 |", "## 結果", "## 次回"},
		2: {"## タスク①：課題と達成目標", "### 前回からの変更", "### 記録", "**市民の利便性向上（", "新 課題：窓口の待ち時間が長い", "## 次回"},
		4: {"## タスク②：優先順位", "### 1回目の投票", "### 令和6年度に取り組む課題", "## 実施計画（案）", "## 結果", "## 次回"},
		6: {"（予定なし。この会議がシリーズの最終回です）"},
	}
	for n, wants := range sections {
		md := minutesOf(t, d, n)
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("the minutes of meeting %d lack %q", n, want)
			}
		}
	}
}

// TestMinutesHoldTheRecord holds each meeting's minutes to all of its
// stored record: every entry's text (and answer) in its minutes, decisions
// before the other entries of their item and again under 決定事項, every
// action item in the 宿題 table, the absentees and the 記録者.
func TestMinutesHoldTheRecord(t *testing.T) {
	d := sample(t, 0)
	if len(d.Entries) == 0 {
		t.Fatal("the demo has no record")
	}
	for _, m := range d.Meetings {
		md := minutesOf(t, d, m.Meeting.Number)
		for _, e := range d.MeetingEntries(m.Meeting.ID) {
			for _, s := range []string{e.Text, e.Answer} {
				if s != "" && !strings.Contains(md, s) {
					t.Errorf("the minutes of %s lack the %s %q", m.Meeting.Title, e.Kind, s)
				}
			}
			switch e.Kind {
			case model.EntryDecision:
				decided := md[strings.Index(md, "## 決定事項"):]
				if !strings.Contains(decided[:strings.Index(decided, "## 宿題")], "  - "+e.Text+"\n") {
					t.Errorf("%s: the decision %q is not under 決定事項", m.Meeting.Title, e.Text)
				}
				for _, other := range d.ItemEntries(e.ItemID) {
					if other.Kind != model.EntryDecision && strings.Index(md, other.Text) < strings.Index(md, "- 決定："+e.Text) {
						t.Errorf("%s: %q comes before the decision %q", m.Meeting.Title, other.Text, e.Text)
					}
				}
			case model.EntryAction:
				if !strings.Contains(md, "| "+e.Text+" | "+d.assignee(e)+" | "+e.Due.FormatJapanese()+" | ") {
					t.Errorf("%s: the 宿題 table lacks %q", m.Meeting.Title, e.Text)
				}
			}
		}
	}
	kick, second, third := minutesOf(t, d, 1), minutesOf(t, d, 2), minutesOf(t, d, 3)
	if !strings.Contains(second, "### 記録\n\n- 決定：課題は柱ごとに表札を付けてまとめる\n- メモ：") {
		t.Errorf("the record of 第2回's Task ① is not there, decisions first:\n%s", second)
	}
	for _, want := range []string{"- 欠席者（4名）\n  - 建設課：田中 健、木村 拓也\n", "- 記録者：林 優子",
		"## まとめ・次回に向けて", "- 決定：第2回は1月20日（金）にタスク①を行う", "| 各課の紙の申請書の数を調べる | 各課の庶務担当 | 令和5年2月10日（金） | 未完了 | キックオフ |"} {
		if !strings.Contains(kick, want) {
			t.Errorf("the kickoff minutes lack %q", want)
		}
	}
	for _, want := range []string{"- 記録者：事務局（情報政策課）", "| 各課の紙の申請書の数を調べる | 各課の庶務担当 | 令和5年2月10日（金） | 未完了（期限超過） | キックオフ |",
		"人財育成の課題をチャットで3件以上出す"} {
		if !strings.Contains(third, want) {
			t.Errorf("the minutes of 第3回 lack %q", want)
		}
	}
}

// TestActionTable reads the 宿題 back from the workbook and the CSV.
func TestActionTable(t *testing.T) {
	d := sample(t, 0)
	var b bytes.Buffer
	if err := WriteCSV(&b, d.ActionTable()); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{"\ufeff回,会議,項目,内容,担当,期限,状態,完了日,完了した会議\r\n",
		"1,キックオフ,まとめ・次回に向けて,他市の電子申請の事例を集めてチャットで共有する,佐藤 花子,令和5年1月13日（金）,完了,令和5年1月20日（金）,第2回\r\n",
		",各課の紙の申請書の数を調べる,各課の庶務担当,令和5年2月10日（金）,期限超過,,\r\n"} {
		if !strings.Contains(s, want) {
			t.Errorf("the 宿題 CSV lacks %q:\n%s", want, s)
		}
	}
	var a bytes.Buffer
	WriteCSV(&a, d.AttendanceTable())
	for _, want := range []string{"1,キックオフ,令和4年12月9日（金）,田中 健,建設課,メンバー,欠席,\r\n", ",林 優子,情報政策課,事務局,出席,記録者\r\n"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("the 出欠 CSV lacks %q", want)
		}
	}
}

// TestGatherFromASourceOnly gathers through the Source methods alone (as
// a store that lists no rounds and keeps no record would offer): the
// minutes then give the latest rounds and leave out the record's sections,
// and nothing fails.
func TestGatherFromASourceOnly(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Gather(struct{ Source }{st}, w.ID, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Rounds) != 1 || d.Rounds[0].Round.ID != d.Task2.Round.ID || d.Recorders != nil {
		t.Errorf("rounds %d, recorders %v", len(d.Rounds), d.Recorders)
	}
	kick := minutesOf(t, d, 1)
	for _, want := range []string{"1回目・無記名投票、n=16", "- 出席者（16名）", "## 結果"} {
		if !strings.Contains(kick, want) {
			t.Errorf("the kickoff minutes lack %q", want)
		}
	}
	for _, not := range []string{"## 決定事項", "## 宿題", "- 欠席者", "- 記録者"} {
		if strings.Contains(kick, not) {
			t.Errorf("the kickoff minutes have %q without a record", not)
		}
	}
}

// TestMinutesGroupTask1AsTheBoard: the Task ① cards are under the KJ
// labels the board shows them under; an unlabelled problem, and a goal
// tied to no problem, are under 未分類, not under the label before them.
func TestMinutesGroupTask1AsTheBoard(t *testing.T) {
	d, _ := history(t)
	m := minutesOf(t, d, 2)
	labelled := strings.Index(m, "- 課題：申請書に何度も同じことを書く")
	unsorted := strings.Index(m[max(labelled, 0):], "**未分類**")
	loose := strings.Index(m[max(labelled, 0):], "- 課題：子育ての手続きが課ごとに分かれている")
	if labelled < 0 || unsorted < 0 || loose < 0 || unsorted > loose {
		t.Errorf("an unlabelled problem is not under 未分類:\n%s", m)
	}
}

// TestPollComparedWithTheLastRoundShown: a later meeting's poll is set
// beside the last round of the kickoff the room was shown, also when a
// newer kickoff round was started and never revealed.
func TestPollComparedWithTheLastRoundShown(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	pollOf := func(m model.Meeting) model.AgendaItem {
		_, items, _ := st.Meeting(m.ID)
		for _, it := range items {
			if it.Kind == model.KindPoll {
				return it
			}
		}
		t.Fatalf("%s has no poll", m.Title)
		return model.AgendaItem{}
	}
	last := ms[len(ms)-1]
	at := time.Date(2023, 9, 1, 10, 0, 0, 0, time.UTC)
	hidden, err := st.StartPoll(w.ID, pollOf(ms[0]), model.PollTally, at) // a kickoff round never shown
	if err != nil {
		t.Fatal(err)
	}
	st.SetTally(hidden, 0, []int{1, 0, 0, 0, 0}, at)
	p, err := st.StartPoll(w.ID, pollOf(last), model.PollTally, at)
	if err != nil {
		t.Fatal(err)
	}
	st.SetTally(p, 0, []int{12, 3, 1, 0, 0}, at)
	st.Reveal(p, at)
	d, err := Gather(st, w.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	m := minutesOf(t, d, last.Number)
	if !strings.Contains(m, "」の比較") || !strings.Contains(m, "| 選択肢 | キックオフ |") {
		t.Errorf("the last meeting's poll is not set beside the kickoff's revealed round:\n%s", m)
	}
}
