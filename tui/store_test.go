package tui

import (
	"path/filepath"
	"sync"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/model"
)

// The ids of the test workshop's meetings and items, as a new database
// numbers them (newTestStore checks it).
const (
	kickoffID                                                = 1 // キックオフ: items 1 video, 2 briefing, 3 prompt, 4 poll
	secondID                                                 = 2 // 第2回: item 5 task1
	videoItem, briefingItem, promptItem, pollItem, task1Item = 1, 2, 3, 4, 5
)

// testTemplate is a small workshop: a kickoff with a video, a briefing, a
// prompt and a poll, and a second meeting with the Task ① board.
func testTemplate() model.Template {
	return model.Template{
		Workshop: model.WorkshopSpec{Title: "鹿島市 DX推進ワーキンググループ検討会", Organisation: "鹿島市",
			Vision: "みんなが住みやすく、暮らしやすいまち", TargetFiscalYear: "令和6年度"},
		Pillars: []model.PillarSpec{{Name: "市民の利便性向上"}, {Name: "業務の効率化"}, {Name: "人財育成"}},
		Meetings: []model.MeetingSpec{
			{Number: 1, Title: "キックオフ", Date: "2022-12-09", Start: "09:00", End: "11:00", Place: "庁議室",
				FiscalYear: "令和4年度", Topics: []string{"顔合わせ", "目的の共有とタスクの説明"}, Agenda: []model.ItemSpec{
					{Kind: model.KindVideo, Title: "市長から", Speaker: "松尾市長", Source: "DX推進職員研修",
						Body: "※ 動画視聴 / DX推進職員研修", Notes: "音声を確認する", Minutes: 10},
					{Kind: model.KindBriefing, Title: "1. DX推進体制の組織図", Body: "市長（本部長）\n└ 鹿島市DX推進本部", Minutes: 5},
					{Kind: model.KindPrompt, Title: "ワークショップ：もっと住みやすくなるには",
						Question: "もっと住みやすくなるには、どうなっているといい？", Minutes: 15},
					{Kind: model.KindPoll, Title: "ワークショップ：デジタル変革は必要か", Minutes: 10, Questions: []model.PollQuestion{
						{Text: "デジタル変革は必要だと思うか", Kind: model.QuestionChoice,
							Choices: []string{"必要だと思う", "どちらかといえば必要", "どちらともいえない", "どちらかといえば不要", "不要だと思う"}},
						{Text: "なぜデジタル変革は必要だと思うか", Kind: model.QuestionText},
					}},
				}},
			{Number: 2, Title: "第2回", FiscalYear: "令和4年度", Topics: []string{"タスク①の検討"}, Agenda: []model.ItemSpec{
				{Kind: model.KindTask1, Title: "タスク①の検討", Minutes: 80},
			}},
		},
	}
}

// testStore is the real store on a file of the test's own, with one
// fault: failNext is returned by the next write that checks it, instead
// of writing.
type testStore struct {
	*db.Store
	t        testing.TB
	path     string
	mu       sync.Mutex
	failNext error
}

// errDiskFull is SQLite's SQLITE_FULL, as the driver reports it.
var errDiskFull error = sqliteError{13, "database or disk is full (13)"}

// sqliteError is an error with a SQLite result code, as modernc.org/sqlite's
// errors have.
type sqliteError struct {
	code int
	msg  string
}

func (e sqliteError) Error() string { return e.msg }
func (e sqliteError) Code() int     { return e.code }

// newTestStore opens a new database in the test's temporary folder with
// the test workshop in it, changed by edit first if given.
func newTestStore(t testing.TB, edit ...func(*model.Template)) *testStore {
	t.Helper()
	path := filepath.Join(t.TempDir(), "yoriai.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tmpl := testTemplate()
	for _, e := range edit {
		e(&tmpl)
	}
	w, err := st.CreateWorkshop(tmpl, "test", t0)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := st.Meetings(w.ID)
	if err != nil || w.ID != 1 || len(ms) != 2 || ms[0].ID != kickoffID || ms[1].ID != secondID {
		t.Fatalf("test workshop %d has meetings %v (%v)", w.ID, ms, err)
	}
	if _, items, _ := st.Meeting(secondID); len(items) != 1 || items[0].ID != task1Item {
		t.Fatalf("第2回 has items %v", items)
	}
	return &testStore{Store: st, t: t, path: path}
}

// take returns the fault to report, once.
func (s *testStore) take() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.failNext
	s.failNext = nil
	return err
}

// The writes a test can make fail.

func (s *testStore) SaveRun(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SaveRun(m, items, kind, at)
}

func (s *testStore) AddParticipant(p model.Participant, at time.Time) (model.Participant, error) {
	if err := s.take(); err != nil {
		return model.Participant{}, err
	}
	return s.Store.AddParticipant(p, at)
}

func (s *testStore) UpdateParticipant(p model.Participant, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.UpdateParticipant(p, at)
}

func (s *testStore) SetAttendance(meetingID, participantID int64, present bool, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetAttendance(meetingID, participantID, present, at)
}

func (s *testStore) SetPresence(meetingID, participantID int64, p model.Presence, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetPresence(meetingID, participantID, p, at)
}

func (s *testStore) SetRecorder(meetingID int64, r model.Recorder, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetRecorder(meetingID, r, at)
}

func (s *testStore) SetActionDone(id, meetingID int64, done bool, at time.Time) (model.Entry, error) {
	if err := s.take(); err != nil {
		return model.Entry{}, err
	}
	return s.Store.SetActionDone(id, meetingID, done, at)
}

func (s *testStore) ApplyStep(workshopID, meetingID int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error) {
	if err := s.take(); err != nil {
		return model.BoardStep{}, err
	}
	return s.Store.ApplyStep(workshopID, meetingID, scope, step, at)
}

func (s *testStore) SetTally(p model.Poll, q int, counts []int, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetTally(p, q, counts, at)
}

func (s *testStore) SetNamed(p model.Poll, participantID int64, answers []model.Answer, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetNamed(p, participantID, answers, at)
}

func (s *testStore) CastAnonymous(p model.Poll, answers []model.Answer) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.CastAnonymous(p, answers)
}

func (s *testStore) SetVote(r model.VoteRound, participantID, cardID int64, dots int, at time.Time) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.Store.SetVote(r, participantID, cardID, dots, at)
}

func (s *testStore) SaveInitiative(in model.Initiative, at time.Time) (model.Initiative, error) {
	if err := s.take(); err != nil {
		return model.Initiative{}, err
	}
	return s.Store.SaveInitiative(in, at)
}

// What the tests read back from the store.

func (s *testStore) people() []model.Participant {
	s.t.Helper()
	ps, err := s.Participants(1)
	if err != nil {
		s.t.Fatal(err)
	}
	return ps
}

func (s *testStore) meeting(id int64) (model.Meeting, []model.AgendaItem) {
	s.t.Helper()
	m, items, err := s.Meeting(id)
	if err != nil {
		s.t.Fatal(err)
	}
	return m, items
}

func (s *testStore) itemCards(itemID int64) []model.Card {
	s.t.Helper()
	cs, err := s.ItemCards(itemID)
	if err != nil {
		s.t.Fatal(err)
	}
	return cs
}

func (s *testStore) boardCards() ([]model.Card, model.Links) {
	s.t.Helper()
	cs, links, err := s.BoardCards(1)
	if err != nil {
		s.t.Fatal(err)
	}
	return cs, links
}

// eventKinds are the kinds of the change log's entries, oldest first.
func (s *testStore) eventKinds() []string {
	s.t.Helper()
	es, err := s.Events(1)
	if err != nil {
		s.t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Kind)
	}
	return out
}

func (s *testStore) present(meetingID int64) map[int64]bool {
	s.t.Helper()
	a, err := s.Attendance(meetingID)
	if err != nil {
		s.t.Fatal(err)
	}
	return a
}

func (s *testStore) resume() model.Resume {
	s.t.Helper()
	r, err := s.Resume()
	if err != nil {
		s.t.Fatal(err)
	}
	return r
}

// setCurrent makes item the current one of meeting id, as a run left it.
func (s *testStore) setCurrent(meetingID, itemID int64) {
	s.t.Helper()
	m, items := s.meeting(meetingID)
	r := model.NewRun(items, itemID)
	m.CurrentItemID = itemID
	if err := s.Store.SaveRun(m, r.Items, "run.goto", t0); err != nil {
		s.t.Fatal(err)
	}
}

// addPerson puts a participant on the roster.
func (s *testStore) addPerson(name, dept string) model.Participant {
	s.t.Helper()
	p, err := s.Store.AddParticipant(model.Participant{WorkshopID: 1, Name: name, Department: dept, Role: model.RoleMember}, t0)
	if err != nil {
		s.t.Fatal(err)
	}
	return p
}

// addCards puts cards on the workshop at once, outside any undo history,
// as a bulk load does; goalOf links the goal at one index to the problem
// at another.
func (s *testStore) addCards(goalOf map[int]int, cards ...model.Card) []model.Card {
	s.t.Helper()
	out, err := s.Store.AddCards(1, cards, goalOf, t0)
	if err != nil {
		s.t.Fatal(err)
	}
	return out
}

// card is the stored card id, as the board reads it.
func (s *testStore) card(id int64) model.Card {
	s.t.Helper()
	cs, _ := s.boardCards()
	for _, c := range cs {
		if c.ID == id {
			return c
		}
	}
	return model.Card{}
}

// newestCard is the card added last.
func (s *testStore) newestCard() model.Card {
	s.t.Helper()
	cs, _ := s.boardCards()
	var out model.Card
	for _, c := range cs {
		if c.ID > out.ID {
			out = c
		}
	}
	return out
}

// endMeeting marks meeting id ended at.
func (s *testStore) endMeeting(id int64, at time.Time) {
	s.t.Helper()
	m, items := s.meeting(id)
	m = m.Started(at.Add(-time.Hour)).Ended(at)
	if err := s.Store.SaveRun(m, items, "meeting.ended", at); err != nil {
		s.t.Fatal(err)
	}
}

// count is how many of kinds are kind.
func count(kinds []string, kind string) int {
	n := 0
	for _, k := range kinds {
		if k == kind {
			n++
		}
	}
	return n
}

// poll is the latest round of the poll item, with its results and
// reasons; ok is false before the first round.
func (s *testStore) poll(itemID int64) (p model.Poll, results []model.Result, reasons []model.PollReason, ok bool) {
	s.t.Helper()
	p, ok, err := s.LatestPoll(itemID)
	if err != nil {
		s.t.Fatal(err)
	}
	if !ok {
		return p, nil, nil, false
	}
	if results, err = s.Results(p); err != nil {
		s.t.Fatal(err)
	}
	if reasons, err = s.PollReasons(p); err != nil {
		s.t.Fatal(err)
	}
	return p, results, reasons, true
}

// named is the named answers of the poll item's latest round.
func (s *testStore) named(itemID int64) map[int64][]model.Answer {
	s.t.Helper()
	p, _, _, _ := s.poll(itemID)
	a, err := s.NamedAnswers(p)
	if err != nil {
		s.t.Fatal(err)
	}
	return a
}
