package export

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/model"
)

// reviewTemplate is three meetings: the kickoff asks the question, 第2回
// asks it again, 第3回 looks back on 第2回.
func reviewTemplate() model.Template {
	q := []model.PollQuestion{{Text: "デジタル変革は必要だと思うか", Kind: model.QuestionChoice, Choices: []string{"必要", "不要"}},
		{Text: "なぜ", Kind: model.QuestionText}}
	review := model.ItemSpec{Kind: model.KindBriefing, Title: "前回とチャットのふりかえり", Minutes: 10, Body: "・前回の結果\n・チャットから"}
	return model.Template{
		Workshop: model.WorkshopSpec{Title: "テスト市 DX検討会", TargetFiscalYear: "令和6年度"},
		Pillars:  []model.PillarSpec{{Name: "市民の利便性向上"}, {Name: "業務の効率化"}},
		Meetings: []model.MeetingSpec{
			{Number: 1, Title: "キックオフ", Date: "2022-12-09", Agenda: []model.ItemSpec{
				{Kind: model.KindPoll, Title: "デジタル変革は必要か", Minutes: 10, Questions: q},
				{Kind: model.KindWrapUp, Title: "まとめ", Minutes: 10}}},
			{Number: 2, Title: "第2回", Date: "2023-01-20", Agenda: []model.ItemSpec{review,
				{Kind: model.KindPoll, Title: "もう一度", Minutes: 10, Questions: q},
				{Kind: model.KindTask1, Title: "タスク①", Minutes: 60}}},
			{Number: 3, Title: "第3回", Agenda: []model.ItemSpec{review}},
		},
	}
}

// TestBuildReview holds a kickoff with a poll, decisions and action
// items, changes the board and brings in chat after it, and builds 第2回's
// and 第3回's ふりかえり from what was stored.
func TestBuildReview(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "review.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	jst := time.FixedZone("JST", 9*3600)
	t0 := time.Date(2022, 12, 9, 9, 0, 0, 0, jst)
	w, err := st.CreateWorkshop(reviewTemplate(), "review", t0)
	if err != nil {
		t.Fatal(err)
	}
	_, pillars, _ := st.Workshop(w.ID)
	ms, _ := st.Meetings(w.ID)
	yamada, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, t0)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	poll := func(m model.Meeting, counts []int, at time.Time) {
		t.Helper()
		_, items, _ := st.Meeting(m.ID)
		for _, it := range items {
			if it.Kind == model.KindPoll {
				p, err := st.StartPoll(w.ID, it, model.PollTally, at)
				must(err)
				must(st.SetTally(p, 0, counts, at))
				must(st.Reveal(p, at))
			}
		}
	}
	end := func(m model.Meeting, at time.Time) model.Meeting {
		t.Helper()
		m, items, _ := st.Meeting(m.ID)
		m = m.Started(at.Add(-2 * time.Hour)).Ended(at)
		must(st.SaveRun(m, items, "meeting.ended", at))
		return m
	}
	entry := func(m model.Meeting, pos int, e model.Entry, at time.Time) model.Entry {
		t.Helper()
		_, items, _ := st.Meeting(m.ID)
		e.ItemID = items[pos].ID
		e, err := st.AddEntry(e, at)
		must(err)
		return e
	}

	// the kickoff
	poll(ms[0], []int{9, 3}, t0.Add(30*time.Minute))
	entry(ms[0], 1, model.Entry{Kind: model.EntryDecision, Text: "次回までチャットで話し合う"}, t0.Add(time.Hour))
	entry(ms[0], 1, model.Entry{Kind: model.EntryMemo, Text: "音声が小さかった"}, t0.Add(time.Hour))
	due, err := model.ParseTypedDate("1/20", ms[0].Date)
	must(err)
	shared := entry(ms[0], 1, model.Entry{Kind: model.EntryAction, Text: "動画のURLを共有する", AssigneeID: yamada.ID, Due: due}, t0.Add(time.Hour))
	late := entry(ms[0], 0, model.Entry{Kind: model.EntryAction, Text: "他市の事例を集める", AssigneeName: "外部アドバイザー",
		Due: model.Date{Year: 2023, Month: time.January, Day: 10}}, t0.Add(time.Hour))
	gone := entry(ms[0], 1, model.Entry{Kind: model.EntryAction, Text: "名簿を直す"}, t0.Add(time.Hour))
	old, err := st.AddCards(w.ID, []model.Card{
		{PillarID: pillars[0].ID, Kind: model.CardProblem, Source: model.SourceTyped, Text: "窓口の待ち時間が長い"},
		{PillarID: pillars[1].ID, Kind: model.CardProblem, Source: model.SourceTyped, Text: "押印が多い"},
	}, nil, t0.Add(time.Hour))
	must(err)
	before := t0.Add(90 * time.Minute)
	_, err = st.ImportChat(w.ID, model.ChatLog{Lines: []model.ChatLine{{At: before, Name: "佐藤", Text: "会議中のチャット"}}}, before)
	must(err)
	kickEnd := t0.Add(2 * time.Hour)
	kick := end(ms[0], kickEnd)
	_, err = st.SetActionDone(gone.ID, ms[0].ID, true, kickEnd) // done before 第2回: not carried
	must(err)

	// between the meetings
	changed := old[1]
	changed.Text = "押印と紙の決裁が多い"
	must(st.UpdateCard(changed, kickEnd.Add(24*time.Hour)))
	_, err = st.AddCards(w.ID, []model.Card{{PillarID: pillars[0].ID, Kind: model.CardGoal, Source: model.SourceTyped,
		Text: "来庁しなくても手続きが済む"}}, nil, kickEnd.Add(48*time.Hour))
	must(err)
	chatAt := kickEnd.Add(10 * 24 * time.Hour)
	_, err = st.ImportChat(w.ID, model.ChatLog{Lines: []model.ChatLine{
		{At: chatAt.Add(time.Hour), Name: "田中", Text: "写真を共有フォルダにしたい"},
		{At: chatAt, Name: "山田 太郎", Text: "他市の事例を共有します"},
	}}, chatAt.Add(2*time.Hour))
	must(err)

	// 第2回: one 宿題 done there
	second := ms[1]
	_, err = st.SetActionDone(shared.ID, second.ID, true, chatAt.Add(5*24*time.Hour))
	must(err)

	d, err := Gather(st, w.ID, chatAt)
	must(err)
	r, err := BuildReview(d, 2, second.Date)
	must(err)
	if r.Heading != "前回とチャットのふりかえり" || r.Body != "・前回の結果\n・チャットから" || r.Previous.ID != kick.ID ||
		!r.Since.Equal(kickEnd) || r.Meeting.ID != second.ID {
		t.Errorf("heading %q body %q previous %v since %v", r.Heading, r.Body, r.Previous.Title, r.Since)
	}
	if len(r.Decisions) != 1 || r.Decisions[0].Text != "次回までチャットで話し合う" {
		t.Errorf("decisions %+v", r.Decisions)
	}
	var acts []string
	for _, a := range r.Actions {
		acts = append(acts, strings.Join([]string{a.Entry.Text, a.Assignee, a.Entry.Due.String(), a.Meeting, a.Item,
			map[bool]string{true: "期限切れ", false: ""}[a.Overdue], map[bool]string{true: "未", false: "済"}[a.Entry.Open()]}, "|"))
	}
	want := "他市の事例を集める|外部アドバイザー|2023-01-10|キックオフ|デジタル変革は必要か|期限切れ|未 " +
		"動画のURLを共有する|山田 太郎|2023-01-20|キックオフ|まとめ||済"
	if got := strings.Join(acts, " "); got != want {
		t.Errorf("actions\n%s\nwant\n%s", got, want)
	}
	if late.ID == 0 || len(r.Polls) != 1 || r.Polls[0].Result.Counts[0] != 9 || r.Polls[0].Mode != model.PollTally ||
		len(r.Polls[0].Earlier) != 0 || r.Polls[0].Question.Text != "デジタル変革は必要だと思うか" {
		t.Errorf("polls %+v", r.Polls)
	}
	var cards []string
	for _, p := range r.Task1 {
		for _, c := range p.Cards {
			cards = append(cards, p.Pillar.Name+"|"+c.Card.Text+"|"+map[model.CardMark]string{model.MarkNew: "新", model.MarkChanged: "更"}[c.Mark])
		}
	}
	if got := strings.Join(cards, " "); got != "市民の利便性向上|来庁しなくても手続きが済む|新 業務の効率化|押印と紙の決裁が多い|更" || len(r.Task1) != 2 {
		t.Errorf("task1 %s", got)
	}
	var chat []string
	for _, c := range r.Chat {
		chat = append(chat, c.Text)
	}
	if got := strings.Join(chat, " "); got != "他市の事例を共有します 写真を共有フォルダにしたい" {
		t.Errorf("chat %s", got)
	}

	// 第3回 looks back on 第2回 and its poll beside the kickoff's
	poll(second, []int{11, 1}, chatAt.Add(6*24*time.Hour))
	end(second, chatAt.Add(6*24*time.Hour+time.Hour))
	d, err = Gather(st, w.ID, chatAt)
	must(err)
	r3, err := BuildReview(d, 3, model.Date{Year: 2023, Month: time.March, Day: 1})
	must(err)
	if r3.Previous.ID != second.ID || len(r3.Polls) != 1 || r3.Polls[0].Result.Counts[0] != 11 || len(r3.Polls[0].Earlier) != 1 ||
		r3.Polls[0].Earlier[0].Meeting != "キックオフ" || r3.Polls[0].Earlier[0].Result.Counts[0] != 9 {
		t.Errorf("第3回 polls %+v", r3.Polls)
	}
	if len(r3.Actions) != 1 || r3.Actions[0].Entry.Text != "他市の事例を集める" || !r3.Actions[0].Overdue {
		t.Errorf("第3回 actions: the one done at 第2回 is gone: %+v", r3.Actions)
	}
	if len(r3.Chat) != 0 || len(r3.Decisions) != 0 {
		t.Errorf("第3回 chat %d decisions %d", len(r3.Chat), len(r3.Decisions))
	}

	if _, err := BuildReview(d, 1, second.Date); !errors.Is(err, ErrNoReview) {
		t.Errorf("the kickoff's review: %v", err)
	}
	if _, err := BuildReview(d, 9, second.Date); err == nil {
		t.Error("the review of a meeting that is not there")
	}
	if len(d.Attendance) != 3 || len(d.Recorders) != 3 || len(d.Entries) != 5 || len(d.MeetingEntries(kick.ID)) != 5 {
		t.Errorf("gathered attendance %d recorders %d entries %d", len(d.Attendance), len(d.Recorders), len(d.Entries))
	}
}
