package tui

import (
	"errors"
	"sync"
	"time"

	"yoriai/model"
)

// fakeStore is an in-memory Store for screen tests. It records the writes
// it was asked for, in order, and can be told to fail.
type fakeStore struct {
	mu           sync.Mutex
	workshop     model.Workshop
	pillars      []model.Pillar
	meetings     []model.Meeting
	items        map[int64][]model.AgendaItem
	people       []model.Participant
	removed      map[int64]bool
	present      map[[2]int64]bool
	resume       []model.Resume
	runKinds     []string
	failNext     error // returned by the next write, then cleared
	nextID       int64
	cards        []model.Card
	deletedCards map[int64]bool
	polls        []*fakePoll
	board        fakeBoard
}

var errDiskFull = errors.New("database or disk is full")

func newFakeStore() *fakeStore {
	f := &fakeStore{
		workshop: model.Workshop{ID: 1, Title: "鹿島市 DX推進ワーキンググループ検討会", Organisation: "鹿島市",
			Vision: "みんなが住みやすく、暮らしやすいまち", TargetFiscalYear: "令和6年度"},
		pillars: []model.Pillar{
			{ID: 1, Position: 0, Name: "市民の利便性向上"},
			{ID: 2, Position: 1, Name: "業務の効率化"},
			{ID: 3, Position: 2, Name: "人財育成"},
		},
		items:   map[int64][]model.AgendaItem{},
		removed: map[int64]bool{},
		present: map[[2]int64]bool{},
		nextID:  100,
	}
	f.meetings = []model.Meeting{
		{ID: 10, WorkshopID: 1, Number: 1, Title: "キックオフ", Date: model.Date{Year: 2022, Month: 12, Day: 9},
			Start: "09:00", End: "11:00", Place: "庁議室", FiscalYear: "令和4年度",
			Topics: []string{"顔合わせ", "目的の共有とタスクの説明"}, Status: model.StatusPlanned},
		{ID: 11, WorkshopID: 1, Number: 2, Title: "第2回", FiscalYear: "令和4年度",
			Topics: []string{"タスク①の検討"}, Status: model.StatusPlanned},
	}
	f.items[10] = []model.AgendaItem{
		{ID: 1, MeetingID: 10, Position: 0, Kind: model.KindVideo, Title: "市長から", Speaker: "松尾市長",
			Source: "DX推進職員研修", Body: "※ 動画視聴 / DX推進職員研修", Notes: "音声を確認する", Planned: 10 * time.Minute, State: model.ItemPending},
		{ID: 2, MeetingID: 10, Position: 1, Kind: model.KindBriefing, Title: "1. DX推進体制の組織図",
			Body: "市長（本部長）\n└ 鹿島市DX推進本部", Planned: 5 * time.Minute, State: model.ItemPending},
		{ID: 3, MeetingID: 10, Position: 2, Kind: model.KindPrompt, Title: "ワークショップ：もっと住みやすくなるには",
			Question: "もっと住みやすくなるには、どうなっているといい？", Planned: 15 * time.Minute, State: model.ItemPending},
		{ID: 4, MeetingID: 10, Position: 3, Kind: model.KindPoll, Title: "ワークショップ：デジタル変革は必要か",
			Questions: []model.PollQuestion{
				{Text: "デジタル変革は必要だと思うか", Kind: model.QuestionChoice, Choices: []string{"必要だと思う", "どちらかといえば必要", "どちらともいえない", "どちらかといえば不要", "不要だと思う"}},
				{Text: "なぜデジタル変革は必要だと思うか", Kind: model.QuestionText},
			}, Planned: 10 * time.Minute, State: model.ItemPending},
	}
	f.items[11] = []model.AgendaItem{
		{ID: 5, MeetingID: 11, Position: 0, Kind: model.KindTask1, Title: "タスク①の検討", Planned: 80 * time.Minute, State: model.ItemPending},
	}
	return f
}

func (f *fakeStore) fail() error {
	err := f.failNext
	f.failNext = nil
	return err
}

func (f *fakeStore) Workshop(id int64) (model.Workshop, []model.Pillar, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.workshop, f.pillars, nil
}

func (f *fakeStore) Meetings(int64) ([]model.Meeting, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]model.Meeting(nil), f.meetings...), nil
}

func (f *fakeStore) Meeting(id int64) (model.Meeting, []model.AgendaItem, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, m := range f.meetings {
		if m.ID == id {
			return m, append([]model.AgendaItem(nil), f.items[id]...), nil
		}
	}
	return model.Meeting{}, nil, errors.New("not found")
}

func (f *fakeStore) SaveRun(m model.Meeting, items []model.AgendaItem, kind string, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	for i := range f.meetings {
		if f.meetings[i].ID == m.ID {
			f.meetings[i] = m
		}
	}
	f.items[m.ID] = append([]model.AgendaItem(nil), items...)
	f.runKinds = append(f.runKinds, kind)
	return nil
}

func (f *fakeStore) Participants(int64) ([]model.Participant, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.Participant
	for _, p := range f.people {
		if !f.removed[p.ID] {
			out = append(out, p)
		}
	}
	return out, nil
}

func (f *fakeStore) AddParticipant(p model.Participant, at time.Time) (model.Participant, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.Participant{}, err
	}
	f.nextID++
	p.ID = f.nextID
	f.people = append(f.people, p)
	return p, nil
}

func (f *fakeStore) UpdateParticipant(p model.Participant, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	for i := range f.people {
		if f.people[i].ID == p.ID {
			f.people[i] = p
			return nil
		}
	}
	return errors.New("not found")
}

func (f *fakeStore) RemoveParticipant(id int64, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	f.removed[id] = true
	return nil
}

func (f *fakeStore) RestoreParticipant(id int64, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.removed, id)
	return nil
}

func (f *fakeStore) Attendance(meetingID int64) (map[int64]bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[int64]bool{}
	for k, v := range f.present {
		if k[0] == meetingID && v {
			out[k[1]] = true
		}
	}
	return out, nil
}

func (f *fakeStore) SetAttendance(meetingID, pid int64, present bool, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	f.present[[2]int64{meetingID, pid}] = present
	return nil
}

func (f *fakeStore) SaveResume(r model.Resume, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.resume = append(f.resume, r)
	return nil
}

func (f *fakeStore) ItemCards(itemID int64) ([]model.Card, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.Card
	for _, c := range f.cards {
		if c.ItemID == itemID && !f.deletedCards[c.ID] {
			out = append(out, c)
		}
	}
	return out, nil
}

func (f *fakeStore) AddCard(c model.Card, at time.Time) (model.Card, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return c, err
	}
	f.nextID++
	c.ID, c.Position = f.nextID, len(f.cards)
	f.cards = append(f.cards, c)
	return c, nil
}

func (f *fakeStore) UpdateCard(c model.Card, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return err
	}
	for i := range f.cards {
		if f.cards[i].ID == c.ID {
			f.cards[i] = c
			return nil
		}
	}
	return errors.New("not found")
}

func (f *fakeStore) DeleteCard(c model.Card, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.deletedCards == nil {
		f.deletedCards = map[int64]bool{}
	}
	f.deletedCards[c.ID] = true
	return nil
}

func (f *fakeStore) RestoreCard(c model.Card, at time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.deletedCards, c.ID)
	for i := range f.cards {
		if f.cards[i].ID == c.ID {
			f.cards[i] = c
		}
	}
	return nil
}
