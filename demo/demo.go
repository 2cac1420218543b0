// Package demo fills a new database with a sample workshop, so that a new
// user sees every screen with realistic content and can try the exports
// at once: a roster of 20 staff, a finished kickoff with ideas and a
// revealed poll, Task ① cards in every pillar, a chat brought in, a Task ②
// round with the problems chosen for the fiscal year, and initiatives;
// each held meeting with its 出席・欠席, its 記録者 and a record of memos,
// decisions, questions and action items (some done, one overdue).
// Everything in it is made up.
package demo

import (
	"errors"
	"fmt"
	"time"

	"yoriai/db"
	"yoriai/model"
	"yoriai/template"
)

// ErrNotEmpty is returned for a database that already holds a workshop:
// the sample never mixes with real records.
var ErrNotEmpty = errors.New("the database already holds a workshop")

// jst is the city's time zone.
var jst = time.FixedZone("JST", 9*3600)

// kickoff is when the sample kickoff begins: 令和4年12月9日 9:00.
var kickoff = time.Date(2022, 12, 9, 9, 0, 0, 0, jst)

var staff = []struct {
	name, dept string
	role       model.Role
}{
	{"山田 太郎", "企画財政課", model.RoleFacilitator}, {"佐藤 花子", "総務課", model.RoleMember},
	{"鈴木 一郎", "市民課", model.RoleMember}, {"高橋 美咲", "福祉課", model.RoleMember},
	{"田中 健", "建設課", model.RoleMember}, {"伊藤 由美", "商工観光課", model.RoleMember},
	{"渡辺 誠", "農林水産課", model.RoleMember}, {"中村 恵", "教育総務課", model.RoleMember},
	{"小林 大輔", "税務課", model.RoleMember}, {"加藤 さくら", "子育て支援課", model.RoleMember},
	{"吉田 翔", "企画財政課", model.RoleMember}, {"山本 真理", "総務課", model.RoleMember},
	{"松本 浩", "市民課", model.RoleMember}, {"井上 奈々", "福祉課", model.RoleMember},
	{"木村 拓也", "建設課", model.RoleMember}, {"林 優子", "情報政策課", model.RoleSecretariat},
	{"清水 隆", "情報政策課", model.RoleSecretariat}, {"山崎 彩", "会計課", model.RoleMember},
	{"森 和也", "議会事務局", model.RoleMember}, {"池田 香織", "生涯学習課", model.RoleExternal},
}

// Fill writes the sample workshop into st, which must hold no workshop.
// cards is how many Task ① cards to make (the sample's own when less);
// a large number makes a workshop to measure with.
func Fill(st *db.Store, cards int) (model.Workshop, error) {
	ws, err := st.Workshops()
	if err != nil {
		return model.Workshop{}, err
	}
	if len(ws) > 0 {
		return model.Workshop{}, ErrNotEmpty
	}
	data := template.Default()
	tm, err := template.Parse(data)
	if err != nil {
		return model.Workshop{}, err
	}
	w, err := st.CreateWorkshop(tm, template.SHA256(data), kickoff.Add(-14*24*time.Hour))
	if err != nil {
		return w, err
	}
	f := &filler{st: st, w: w}
	steps := []func() error{f.roster, f.kickoff, f.task1(cards), f.chat, f.meetings23, f.task2, f.record}
	for _, step := range steps {
		if err := step(); err != nil {
			return w, err
		}
	}
	return w, nil
}

type filler struct {
	st       *db.Store
	w        model.Workshop
	pillars  []model.Pillar
	people   []model.Participant
	meetings []model.Meeting
	problems []model.Card
}

func (f *filler) roster() error {
	var err error
	if _, f.pillars, err = f.st.Workshop(f.w.ID); err != nil {
		return err
	}
	for _, s := range staff {
		p, err := f.st.AddParticipant(model.Participant{WorkshopID: f.w.ID, Name: s.name, Department: s.dept, Role: s.role},
			kickoff.Add(-7*24*time.Hour))
		if err != nil {
			return err
		}
		f.people = append(f.people, p)
	}
	f.meetings, err = f.st.Meetings(f.w.ID)
	return err
}

// run marks a meeting held: every item done with its actual minutes, the
// meeting ended, and who attended (all but every absent-th person, who is
// marked 欠席).
func (f *filler) run(m model.Meeting, start time.Time, absent int, over func(i int) time.Duration) (model.Meeting, []model.AgendaItem, error) {
	m, items, err := f.st.Meeting(m.ID)
	if err != nil {
		return m, nil, err
	}
	at := start
	for i := range items {
		spent := items[i].Planned + over(i)
		items[i].Timer = model.Timer{Elapsed: spent}
		items[i].State = model.ItemDone
		at = at.Add(spent)
	}
	m.Status, m.StartedAt, m.EndedAt = model.StatusEnded, start, at
	if len(items) > 0 {
		m.CurrentItemID = items[len(items)-1].ID
	}
	if err := f.st.SaveRun(m, items, "meeting.ended", at); err != nil {
		return m, nil, err
	}
	if m.Number > 1 { // a meeting starts from the previous one's roster, then corrections
		if _, err := f.st.FillAttendance(m.ID, start); err != nil {
			return m, nil, err
		}
	}
	for i, p := range f.people {
		presence := model.PresencePresent
		if absent > 0 && i%absent == absent-1 {
			presence = model.PresenceAbsent
		}
		if err := f.st.SetPresence(m.ID, p.ID, presence, start); err != nil {
			return m, nil, err
		}
	}
	return m, items, nil
}

var ideas = [][]string{
	{"住民票や証明書がスマホで取れる", "バスの時刻と位置がスマホで分かる", "子育ての手続きが一度で済む",
		"窓口で何度も名前や住所を書かなくてよい", "災害の情報がすぐ届く", "夜や休日でも相談できる"},
	{"紙の回覧や押印がなくなる", "会議資料を探す時間が減る", "テレワークできる業務が増える",
		"同じ情報を何度も入力しなくてよい", "若手の知恵を活かせる場がある", "研修を自分の都合で受けられる"},
}

var reasons = []string{"職員が減っていく中で今の仕事を続けられない", "市民の手続きの負担を減らしたい",
	"若い世代が住み続けたいと思えるまちにしたい", "災害のときに情報を早く届けたい", "紙の書類を探す時間がもったいない",
	"ほかの市に遅れないように", "高齢の方が取り残されないか心配", "業務が楽になれば市民と話す時間が増える",
	"何から始めればよいか分からない", "費用に見合う効果があるのか知りたい"}

func (f *filler) kickoff() error {
	m, items, err := f.run(f.meetings[0], kickoff, 5, func(i int) time.Duration { return time.Duration(i%3) * time.Minute })
	if err != nil {
		return err
	}
	prompt := 0
	for _, it := range items {
		switch it.Kind {
		case model.KindPrompt:
			for j, text := range ideas[prompt%len(ideas)] {
				c := model.Card{WorkshopID: f.w.ID, MeetingID: m.ID, ItemID: it.ID, Kind: model.CardIdea,
					Source: model.SourcePrompt, Text: text, AuthorID: f.people[(j*3+prompt)%len(f.people)].ID}
				if j%4 == 3 {
					c.AuthorID = 0 // said without a name
				}
				if _, err := f.st.AddCard(c, kickoff.Add(time.Duration(70+prompt*15+j)*time.Minute)); err != nil {
					return err
				}
			}
			prompt++
		case model.KindPoll:
			if err := f.poll(it); err != nil {
				return err
			}
		}
	}
	return nil
}

// poll runs the kickoff poll as an anonymous ballot of 16, reveals it,
// labels its reasons and sends two of them to Task ①.
func (f *filler) poll(it model.AgendaItem) error {
	at := kickoff.Add(100 * time.Minute)
	p, err := f.st.StartPoll(f.w.ID, it, model.PollAnonymous, at)
	if err != nil {
		return err
	}
	if err := f.st.SetBallotOpen(p, true, model.HashPIN("2468", "demo"), at); err != nil {
		return err
	}
	choices := []int{0, 0, 1, 0, 1, 0, 2, 0, 1, 0, 0, 1, 3, 0, 1, 0}
	for i, c := range choices {
		answers := []model.Answer{{Choice: c, Reason: ""}, {Choice: -1, Reason: reasons[i%len(reasons)]}}
		if i >= len(reasons) {
			answers[1].Reason = ""
		}
		if err := f.st.CastAnonymous(p, answers); err != nil {
			return err
		}
	}
	if err := f.st.SetBallotOpen(p, false, "", at.Add(5*time.Minute)); err != nil {
		return err
	}
	if err := f.st.Reveal(p, at.Add(6*time.Minute)); err != nil {
		return err
	}
	rs, err := f.st.PollReasons(p)
	if err != nil {
		return err
	}
	labels := map[string]string{reasons[0]: "人手不足", reasons[4]: "人手不足", reasons[1]: "市民サービス", reasons[2]: "市民サービス",
		reasons[3]: "市民サービス", reasons[6]: "不安"}
	for _, r := range rs {
		if l, ok := labels[r.Text]; ok {
			if err := f.st.SetReasonLabel(p, r, l, at.Add(8*time.Minute)); err != nil {
				return err
			}
		}
		if r.Text == reasons[0] || r.Text == reasons[4] {
			if _, err := f.st.PromoteReason(p, r, at.Add(9*time.Minute)); err != nil {
				return err
			}
		}
	}
	return nil
}

// board is the sample's Task ① per pillar: problems, each with its goals.
var board = [][]struct {
	problem string
	goals   []string
	label   string
}{
	{ // 市民の利便性向上
		{"窓口の待ち時間が長い", []string{"来庁しなくても主な手続きが済む"}, "窓口"},
		{"申請書に何度も同じことを書く", []string{"書かない窓口が実現している"}, "窓口"},
		{"市の情報がどこにあるか分かりにくい", []string{"必要な情報がスマホで見つかる"}, "情報発信"},
		{"子育ての手続きが課ごとに分かれている", nil, ""},
	},
	{ // 業務の効率化
		{"紙の決裁と押印に時間がかかる", []string{"決裁が電子で完結している"}, "紙"},
		{"同じデータを何度も転記している", []string{"転記作業がなくなっている"}, "紙"},
		{"会議資料を印刷して配っている", []string{"ペーパーレス会議が当たり前になっている"}, ""},
		{"問い合わせ対応に追われる", nil, ""},
	},
	{ // 人財育成
		{"デジタルに詳しい職員が少ない", []string{"各課に相談役がいる"}, ""},
		{"研修の時間がとれない", []string{"好きな時間に学べる"}, ""},
		{"新しいことを試しにくい雰囲気がある", nil, "風土"},
	},
}

func (f *filler) task1(n int) func() error {
	return func() error {
		at := kickoff.Add(30 * 24 * time.Hour)
		var cards []model.Card
		goalOf := map[int]int{}
		add := func(c model.Card) int {
			c.WorkshopID, c.Source, c.CreatedAt = f.w.ID, model.SourceTyped, at.Add(time.Duration(len(cards))*time.Second)
			cards = append(cards, c)
			return len(cards) - 1
		}
		for i, col := range board {
			if i >= len(f.pillars) {
				break
			}
			for j, b := range col {
				pi := add(model.Card{PillarID: f.pillars[i].ID, Kind: model.CardProblem, Text: b.problem, Label: b.label,
					AuthorID: f.people[(i*5+j)%len(f.people)].ID})
				for _, g := range b.goals {
					goalOf[add(model.Card{PillarID: f.pillars[i].ID, Kind: model.CardGoal, Text: g})] = pi
				}
			}
		}
		add(model.Card{PillarID: f.pillars[0].ID, Kind: model.CardGoal, Text: "高齢の方も使いやすい"})
		// more cards, for a workshop of the size asked for
		for k := len(cards); k < n; k++ {
			i := (k / 3) % len(f.pillars) // in threes: two problems and a goal solving the second
			if k%3 == 2 {
				goalOf[add(model.Card{PillarID: f.pillars[i].ID, Kind: model.CardGoal,
					Text: fmt.Sprintf("目標%05d：手続きがオンラインで完結している", k)})] = k - 1
				continue
			}
			add(model.Card{PillarID: f.pillars[i].ID, Kind: model.CardProblem, Text: fmt.Sprintf("課題%05d：紙の書類の確認に時間がかかる", k)})
		}
		for g, p := range goalOf { // a link only between a goal and a problem of one pillar
			if cards[p].Kind != model.CardProblem || cards[p].PillarID != cards[g].PillarID {
				delete(goalOf, g)
			}
		}
		added, err := f.st.AddCards(f.w.ID, cards, goalOf, at)
		if err != nil {
			return err
		}
		for _, c := range added {
			if c.Kind == model.CardProblem {
				f.problems = append(f.problems, c)
			}
		}
		return nil
	}
}

func (f *filler) chat() error {
	at := kickoff.Add(20 * 24 * time.Hour)
	log := model.ChatLog{Lines: []model.ChatLine{
		{At: at, Name: "佐藤 花子", Text: "他市の電子申請の事例を共有します。まず件数の多い手続きから始めたそうです"},
		{At: at.Add(time.Hour), Name: "田中 健", Text: "現場の写真を紙で回しているので、共有フォルダにしたい"},
		{At: at.Add(2 * time.Hour), Name: "外部アドバイザー", Text: "小さく始めて効果を測るのがおすすめです"},
	}}
	_, err := f.st.ImportChat(f.w.ID, log, at.Add(3*time.Hour))
	return err
}

// meetings23 holds 第2回 and 第3回.
func (f *filler) meetings23() error {
	for i, start := range []time.Time{kickoff.Add(42 * 24 * time.Hour), kickoff.Add(70 * 24 * time.Hour)} {
		if i+1 >= len(f.meetings) {
			break
		}
		if _, _, err := f.run(f.meetings[i+1], start, 6, func(int) time.Duration { return 0 }); err != nil {
			return err
		}
	}
	return nil
}

// task2 holds 第4回's vote, chooses problems for the fiscal year and drafts
// three initiatives.
func (f *filler) task2() error {
	if len(f.meetings) < 4 {
		return nil
	}
	start := kickoff.Add(98 * 24 * time.Hour)
	r, err := f.st.StartRound(model.VoteRound{WorkshopID: f.w.ID, MeetingID: f.meetings[3].ID, Method: model.MethodDots,
		Mode: model.VoteTally, Budget: model.DefaultBudget}, start)
	if err != nil {
		return err
	}
	dots := []int{9, 6, 3, 2, 11, 7, 4, 1, 5, 8, 2}
	for i, c := range f.problems {
		if i >= len(dots) {
			break
		}
		if err := f.st.SetVote(r, 0, c.ID, dots[i], start.Add(time.Minute)); err != nil {
			return err
		}
	}
	if err := f.st.CloseRound(r, start.Add(10*time.Minute)); err != nil {
		return err
	}
	fy := model.TargetYear(f.w, model.Date{Year: 2023, Month: time.March, Day: 1})
	chosen := map[int]bool{0: true, 1: true, 4: true, 5: true, 9: true}
	for i := range chosen {
		if i < len(f.problems) {
			if err := f.st.SetChosen(f.w.ID, f.meetings[3].ID, f.problems[i].ID, fy, true, start.Add(20*time.Minute)); err != nil {
				return err
			}
		}
	}
	if len(f.problems) < 10 {
		return nil
	}
	plans := []model.Initiative{
		{PillarID: f.pillars[0].ID, Title: "書かない窓口の導入", Problems: []int64{f.problems[0].ID, f.problems[1].ID},
			Summary: "申請書の記入を職員が聞き取って代わりに入力し、市民は確認と署名だけで済むようにする。", Department: "市民課",
			KPI: "窓口の平均待ち時間", Baseline: "25分", Target: "10分", Status: model.StatusConsidering,
			Schedule: []model.YearPlan{{Year: fy, Plan: "対象手続の選定・他市視察"}, {Year: fy + 1, Plan: "市民課で試行"}, {Year: fy + 2, Plan: "全窓口へ展開"}}},
		{PillarID: f.pillars[1].ID, Title: "電子決裁の全庁展開", Problems: []int64{f.problems[4].ID},
			Summary: "文書管理システムの電子決裁を全課で使い、紙の回覧と押印をやめる。", Department: "総務課",
			KPI: "電子決裁率", Baseline: "12%", Target: "90%", Status: model.StatusInProgress,
			Schedule: []model.YearPlan{{Year: fy, Plan: "規程の見直し・研修"}, {Year: fy + 1, Plan: "全課で運用"}}},
		{PillarID: f.pillars[2].ID, Title: "DX推進リーダーの育成", Problems: []int64{f.problems[9].ID},
			Summary: "各課に1名のDX推進リーダーを置き、年4回の勉強会を開く。", Department: "情報政策課",
			KPI: "リーダーのいる課の割合", Baseline: "0%", Target: "100%", Status: model.StatusNotStarted,
			Schedule: []model.YearPlan{{Year: fy, Plan: "リーダーの募集と勉強会"}}},
	}
	for i, in := range plans {
		in.WorkshopID = f.w.ID
		if _, err := f.st.SaveInitiative(in, start.Add(time.Duration(30+i)*time.Minute)); err != nil {
			return err
		}
	}
	return nil
}
