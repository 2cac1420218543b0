package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/model"
)

// The ids of the review workshop: the test workshop with a ふりかえり
// opening 第2回 (dated 2023-01-20).
const reviewItem, reviewTask1Item = 5, 6

// reviewWorld is what newReviewStore put in, to look for on the screen.
type reviewWorld struct {
	yamada, sato, suzuki model.Participant
	overdue, open, done  model.Entry
}

// newReviewStore is the test workshop with a ふりかえり item opening
// 第2回, and a kickoff that left something to look back on: a decision,
// 宿題 (one overdue on 第2回's date, one open, one done at the kickoff),
// a revealed show-of-hands poll, and, after it ended, Task ① cards and
// chat lines.
func newReviewStore(t *testing.T) (*testStore, reviewWorld) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "yoriai.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tmpl := testTemplate()
	tmpl.Meetings[1].Date = "2023-01-20"
	tmpl.Meetings[1].Agenda = append([]model.ItemSpec{{Kind: model.KindReview, Title: "前回とチャットのふりかえり",
		Body: "・キックオフで出たアイデアと投票の結果\n・チャットでの話し合いから", Minutes: 10}}, tmpl.Meetings[1].Agenda...)
	if _, err := st.CreateWorkshop(tmpl, "test", t0); err != nil {
		t.Fatal(err)
	}
	ts := &testStore{Store: st, t: t, path: path}
	if _, items := ts.meeting(secondID); len(items) != 2 || items[0].ID != reviewItem || items[0].Kind != model.KindReview {
		t.Fatalf("第2回 has items %+v", items)
	}
	var w reviewWorld
	w.yamada = ts.addPerson("山田 太郎", "企画財政課")
	w.sato = ts.addPerson("佐藤 花子", "総務課")
	w.suzuki = ts.addPerson("鈴木 一郎", "情報政策課")
	at := t0.Add(30 * time.Minute)
	add := func(e model.Entry) model.Entry {
		t.Helper()
		e.WorkshopID, e.MeetingID, e.ItemID = 1, kickoffID, pollItem
		got, err := st.AddEntry(e, at)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	add(model.Entry{Kind: model.EntryDecision, Text: "次回はタスク①を柱ごとに検討する"})
	w.overdue = add(model.Entry{Kind: model.EntryAction, Text: "各課の紙の申請書の数を調べる", AssigneeID: w.yamada.ID,
		Due: model.Date{Year: 2023, Month: time.January, Day: 10}})
	w.open = add(model.Entry{Kind: model.EntryAction, Text: "チャットの使い方を周知する", AssigneeName: "DX推進室",
		Due: model.Date{Year: 2023, Month: time.February, Day: 1}})
	w.done = add(model.Entry{Kind: model.EntryAction, Text: "会議室を予約する", AssigneeID: w.sato.ID})
	if _, err := st.SetActionDone(w.done.ID, kickoffID, true, at); err != nil {
		t.Fatal(err)
	}
	_, items := ts.meeting(kickoffID)
	p, err := st.StartPoll(1, items[pollItem-1], model.PollTally, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetTally(p, 0, []int{6, 3, 1, 0, 0}, at); err != nil {
		t.Fatal(err)
	}
	if err := st.Reveal(p, at); err != nil {
		t.Fatal(err)
	}
	ended := t0.Add(2 * time.Hour)
	ts.endMeeting(kickoffID, ended)
	pillars := ts.pillars()
	if _, err := st.AddCards(1, []model.Card{
		{Kind: model.CardProblem, PillarID: pillars[1].ID, Text: "紙の申請が多い", Source: model.SourceTyped},
		{Kind: model.CardGoal, PillarID: pillars[0].ID, Text: "申請がスマホで済む", Source: model.SourceTyped},
	}, nil, ended.Add(24*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ImportChat(1, model.ChatLog{Lines: []model.ChatLine{
		{At: ended.Add(48 * time.Hour), Name: "山田 太郎", Text: "窓口の待ち時間も課題では"},
	}}, ended.Add(72*time.Hour)); err != nil {
		t.Fatal(err)
	}
	ts.setCurrent(secondID, reviewItem)
	return ts, w
}

// pillars are the workshop's pillars in order.
func (s *testStore) pillars() []model.Pillar {
	s.t.Helper()
	_, ps, err := s.Store.Workshop(1)
	if err != nil {
		s.t.Fatal(err)
	}
	return ps
}

// openReview starts the app on 第2回's ふりかえり slide.
func openReview(t *testing.T, st *testStore, w, h int) *harness {
	t.Helper()
	hs := newHarnessOn(t, st, w, h, model.Resume{WorkshopID: 1, MeetingID: secondID, Screen: model.ScreenSlide})
	hs.now = time.Date(2023, 1, 20, 10, 0, 0, 0, time.Local)
	return hs
}

func TestReviewShowsWhatTheKickoffLeft(t *testing.T) {
	st, _ := newReviewStore(t)
	h := openReview(t, st, 120, 40)
	h.contains("前回とチャットのふりかえり", "・キックオフで出たアイデアと投票の結果",
		"キックオフの決定事項", "・次回はタスク①を柱ごとに検討する",
		"宿題（残り 2件）", "各課の紙の申請書の数を調べる（キックオフ）", "担当 山田 太郎・期限 1/10・期限超過",
		"チャットの使い方を周知する（キックオフ）", "担当 DX推進室・期限 2/1",
		"キックオフの投票", "Q. デジタル変革は必要だと思うか（挙手 n=10）", "必要だと思う", "6  60%",
		"タスク①の変化（キックオフ以降）", "業務の効率化", "新 課題：紙の申請が多い", "新 達成目標：申請がスマホで済む",
		"チャットから（キックオフ以降 1件）", "・山田 太郎：窓口の待ち時間も課題では")
	h.lacks("会議室を予約する") // done at the kickoff: not carried over
	if v := h.view(); strings.Count(v, "期限超過") != 1 {
		t.Errorf("only the one past its date is overdue:\n%s", v)
	}
	h.assertFits()
	h.golden("review_120x40")
}

func TestReviewMarksAnActionDone(t *testing.T) {
	st, w := newReviewStore(t)
	h := openReview(t, st, 80, 24)
	h.contains("> ・各課の紙の申請書の数を調べる") // the first 宿題 is chosen
	h.golden("review_80x24")
	h.contains("停止中")
	h.keys("space") // the timer, as on every slide: no 完了 is recorded
	if !st.entry(w.open.ID).Open() || !st.entry(w.overdue.ID).Open() {
		t.Fatal("space marked a 宿題 done")
	}
	h.lacks("停止中") // the timer runs
	h.keys("space", "tab", "c")
	e := st.entry(w.open.ID)
	if e.Open() || e.DoneMeeting != secondID {
		t.Fatalf("c should mark the chosen 宿題 done in 第2回: %+v", e)
	}
	h.contains("「チャットの使い方を周知する」を完了にしました", "宿題（残り 1件）", "担当 DX推進室・期限 2/1・完了")
	if st.entry(w.overdue.ID).Open() == false {
		t.Error("only the chosen 宿題 is marked")
	}
	// read again from the store: still listed, as 完了
	again := openReview(t, st, 80, 24)
	again.contains("宿題（残り 1件）", "チャットの使い方を周知する（キックオフ）", "・完了")
	// c again opens it again
	h.keys("c")
	if !st.entry(w.open.ID).Open() {
		t.Error("c on a done 宿題 opens it again")
	}
	h.contains("宿題（残り 2件）")
}

func TestReviewScrollsAndFollowsTheChosenAction(t *testing.T) {
	st, _ := newReviewStore(t)
	h := openReview(t, st, 40, 12)
	h.assertFits()
	h.keys("tab")
	h.contains("> ・チャットの使い方を周知")
	h.assertFits()
	for range 30 {
		h.keys("down")
	}
	h.contains("窓口の待ち時間") // the end of the ふりかえり
	h.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
	h.lacks("窓口の待ち時間")
	h.assertFits()
	for range 8 {
		h.send(tea.KeyPressMsg{Code: tea.KeyPgUp})
	}
	h.contains("・キックオフで出た")
	for _, size := range [][2]int{{160, 48}, {40, 12}} {
		h.send(teaSize(size[0], size[1]))
		h.assertFits()
	}
}

func TestReviewFailureKeepsTheActionOpen(t *testing.T) {
	st, w := newReviewStore(t)
	h := openReview(t, st, 80, 24)
	st.failNext = errDiskFull
	h.keys("c")
	h.contains("宿題の完了：ディスクの空きがありません。", "宿題（残り 2件）")
	if !st.entry(w.overdue.ID).Open() {
		t.Error("a 完了 that failed to save was recorded")
	}
}

// entry is the stored record entry id.
func (s *testStore) entry(id int64) model.Entry {
	s.t.Helper()
	es, err := s.Store.WorkshopEntries(1)
	if err != nil {
		s.t.Fatal(err)
	}
	for _, e := range es {
		if e.ID == id {
			return e
		}
	}
	s.t.Fatalf("no entry %d", id)
	return model.Entry{}
}
