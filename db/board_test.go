package db

import (
	"reflect"
	"testing"
	"time"

	"yoriai/model"
)

// boardFixture is a workshop with its pillars and two inbox cards.
func boardFixture(t *testing.T, st *Store) (model.Workshop, []model.Pillar, []model.Card) {
	t.Helper()
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	_, pillars, _ := st.Workshop(w.ID)
	var cards []model.Card
	for _, text := range []string{"紙の申請書が多い", "申請がオンラインで完結する"} {
		c, err := st.AddCard(model.Card{WorkshopID: w.ID, Kind: model.CardIdea, Source: model.SourceTyped, Text: text}, at0)
		if err != nil {
			t.Fatal(err)
		}
		cards = append(cards, c)
	}
	return w, pillars, cards
}

func TestBoardStepsUndoRedoAcrossRestart(t *testing.T) {
	st := openTemp(t)
	w, pillars, cards := boardFixture(t, st)
	p := pillars[1].ID
	apply := func(step model.BoardStep, err error) model.BoardStep {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		got, err := st.ApplyStep(w.ID, 0, BoardScope, step, at0.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	cur := func() ([]model.Card, model.Links) {
		t.Helper()
		cs, ls, err := st.BoardCards(w.ID)
		if err != nil {
			t.Fatal(err)
		}
		return cs, ls
	}
	all, links := cur()
	apply(model.MoveCard(cards[0], p, model.CardProblem, all, links))
	all, links = cur()
	apply(model.MoveCard(cards[1], p, model.CardGoal, all, links))
	all, links = cur()
	apply(model.LinkGoal(all[1], all[0], links))
	added := apply(model.BoardStep{Cards: []model.CardChange{{After: &model.Card{Kind: model.CardProblem, PillarID: p,
		Source: model.SourceTyped, Text: "決裁に時間がかかる"}}}}, nil)
	if added.Cards[0].After.ID == 0 || added.Cards[0].After.BoardPos <= cards[1].BoardPos {
		t.Errorf("added card %+v", added.Cards[0].After)
	}
	all, links = cur()
	if len(all) != 3 || links[cards[1].ID] != cards[0].ID || all[0].PillarID != p || all[1].Kind != model.CardGoal {
		t.Fatalf("board %+v %v", all, links)
	}

	// a restart: the history is in the file
	path := st.path
	st.Close()
	st2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	st = st2
	for i, want := range []int{2, 2, 2} { // undo the add, the link, the goal's move
		if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at0.Add(time.Hour)); !ok || err != nil {
			t.Fatalf("undo %d: %v %v", i, ok, err)
		}
		all, links = cur()
		if len(all) != want {
			t.Fatalf("after undo %d: %d cards", i, len(all))
		}
	}
	if len(links) != 0 || all[1].Kind != model.CardIdea || all[1].PillarID != 0 || all[0].PillarID != p {
		t.Fatalf("after three undos %+v %v", all, links)
	}
	if _, ok, _ := st.RedoStep(w.ID, 0, BoardScope, at0); !ok {
		t.Fatal("nothing to redo")
	}
	all, _ = cur()
	if all[1].Kind != model.CardGoal {
		t.Errorf("redo did not move the goal back: %+v", all[1])
	}
	// a new change drops what could be redone
	apply(model.LabelCard(all[0], "窓口"))
	if _, ok, _ := st.RedoStep(w.ID, 0, BoardScope, at0); ok {
		t.Error("redo after a new change")
	}
	for range 4 {
		st.UndoStep(w.ID, 0, BoardScope, at0)
	}
	if _, ok, _ := st.UndoStep(w.ID, 0, BoardScope, at0); ok {
		t.Error("undo past the first step")
	}
	all, _ = cur()
	if all[0].PillarID != 0 || all[0].Label != "" || all[0].Kind != model.CardIdea {
		t.Errorf("everything undone: %+v", all[0])
	}
}

func TestImportChat(t *testing.T) {
	st := openTemp(t)
	w, _, _ := boardFixture(t, st)
	yamada, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0)
	jst := time.FixedZone("JST", 9*3600)
	log := model.ChatLog{Lines: []model.ChatLine{
		{At: time.Date(2022, 12, 15, 9, 5, 0, 0, jst), Name: "山田太郎", Text: "申請のオンライン化"},
		{Name: "外部 委員", Text: "他市の事例を紹介します"},
		{Text: "名前のない行"},
		{Name: "外部 委員", Text: "他市の事例を紹介します"}, // the same line twice in one file
	}, Rejected: 1}
	rep, err := st.ImportChat(w.ID, log, at0)
	if err != nil || rep != (model.ImportReport{Added: 3, Skipped: 1, Rejected: 1}) {
		t.Fatalf("ImportChat = %+v, %v", rep, err)
	}
	rep, _ = st.ImportChat(w.ID, log, at0)
	if rep != (model.ImportReport{Added: 0, Skipped: 4, Rejected: 1}) {
		t.Errorf("second import %+v", rep)
	}
	all, _, _ := st.BoardCards(w.ID)
	imported := all[2:]
	if len(imported) != 3 {
		t.Fatalf("cards %+v", all)
	}
	first := imported[0]
	if first.AuthorID != yamada.ID || first.Source != model.SourceChatImport || first.Kind != model.CardIdea ||
		!first.CreatedAt.Equal(log.Lines[0].At) || first.PillarID != 0 {
		t.Errorf("first imported card %+v", first)
	}
	if imported[1].AuthorName != "外部 委員" || imported[1].AuthorID != 0 || !imported[1].CreatedAt.Equal(at0.Truncate(time.Millisecond)) {
		t.Errorf("second imported card %+v", imported[1])
	}
	if !reflect.DeepEqual([]int64{imported[0].BoardPos + 1, imported[1].BoardPos + 1}, []int64{imported[1].BoardPos, imported[2].BoardPos}) {
		t.Errorf("board places %d %d %d", imported[0].BoardPos, imported[1].BoardPos, imported[2].BoardPos)
	}
}

// TestImportedCardsCarryTheirMessagesTime checks what the board's 新/更
// marks compare: an imported card is created and last changed at its
// message's own time, so a message written after the previous meeting is
// new and one written before it is not marked as changed by the import.
func TestImportedCardsCarryTheirMessagesTime(t *testing.T) {
	st := openTemp(t)
	w, _, _ := boardFixture(t, st)
	jst := time.FixedZone("JST", 9*3600)
	ended := time.Date(2022, 12, 15, 17, 0, 0, 0, jst) // the previous meeting's end
	before, after := ended.Add(-48*time.Hour), ended.Add(24*time.Hour)
	importedAt := ended.Add(7 * 24 * time.Hour)
	log := model.ChatLog{Lines: []model.ChatLine{
		{At: before, Name: "山田", Text: "会議の前に書いた"},
		{At: after, Name: "佐藤", Text: "会議の後に書いた"},
		{Name: "鈴木", Text: "日時のない行"},
	}}
	if _, err := st.ImportChat(w.ID, log, importedAt); err != nil {
		t.Fatal(err)
	}
	all, _, _ := st.BoardCards(w.ID)
	got := map[string]model.Card{}
	for _, c := range all {
		got[c.Text] = c
	}
	for _, tt := range []struct {
		text             string
		created, updated time.Time
		mark             model.CardMark
	}{
		{"会議の前に書いた", before, before, model.MarkNone},
		{"会議の後に書いた", after, after, model.MarkNew},
		{"日時のない行", importedAt, importedAt, model.MarkNew},
	} {
		c, ok := got[tt.text]
		if !ok {
			t.Fatalf("no card %q in %+v", tt.text, all)
		}
		if !c.CreatedAt.Equal(tt.created) || !c.UpdatedAt.Equal(tt.updated) {
			t.Errorf("%s: created %v updated %v, want %v %v", tt.text, c.CreatedAt, c.UpdatedAt, tt.created, tt.updated)
		}
		if m := model.MarkSince(c, ended); m != tt.mark {
			t.Errorf("%s: mark %v, want %v", tt.text, m, tt.mark)
		}
	}
}

func TestAddGoalLinkedInOneStep(t *testing.T) {
	st := openTemp(t)
	w, pillars, cards := boardFixture(t, st)
	all, links, _ := st.BoardCards(w.ID)
	step, _ := model.MoveCard(cards[0], pillars[0].ID, model.CardProblem, all, links)
	st.ApplyStep(w.ID, 0, BoardScope, step, at0)
	goal := model.Card{Kind: model.CardGoal, PillarID: pillars[0].ID, Source: model.SourceTyped, Text: "オンラインで完結"}
	got, err := st.ApplyStep(w.ID, 0, BoardScope, model.BoardStep{Cards: []model.CardChange{{After: &goal}},
		Links: []model.LinkChange{{Goal: model.NewCard, After: cards[0].ID}}}, at0)
	if err != nil || got.Links[0].Goal != got.Cards[0].After.ID {
		t.Fatalf("step %+v, %v", got, err)
	}
	if _, links, _ := st.BoardCards(w.ID); links[got.Cards[0].After.ID] != cards[0].ID {
		t.Errorf("links %v", links)
	}
	st.UndoStep(w.ID, 0, BoardScope, at0)
	if all, links, _ := st.BoardCards(w.ID); len(links) != 0 || len(all) != 2 {
		t.Errorf("undo left %d cards, links %v", len(all), links)
	}
	if _, err := st.ApplyStep(w.ID, 0, BoardScope, model.BoardStep{Links: []model.LinkChange{{Goal: model.NewCard, After: 1}}}, at0); err == nil {
		t.Error("a link to a card not added was accepted")
	}
}
