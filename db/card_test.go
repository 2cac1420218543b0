package db

import (
	"errors"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

func TestCards(t *testing.T) {
	st := openTemp(t)
	w, _ := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[0].ID)
	p, _ := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0)
	idea := model.Card{WorkshopID: w.ID, MeetingID: ms[0].ID, ItemID: items[0].ID, Kind: model.CardIdea,
		Source: model.SourcePrompt, Text: "バスの時刻がスマホで分かる\n二行目", AuthorID: p.ID}
	a, err := st.AddCard(idea, at0)
	if err != nil || a.ID == 0 || a.Position != 0 {
		t.Fatalf("AddCard = %+v, %v", a, err)
	}
	b, _ := st.AddCard(model.Card{WorkshopID: w.ID, MeetingID: ms[0].ID, ItemID: items[0].ID, Kind: model.CardIdea,
		Source: model.SourcePrompt, Text: "窓口に行かずに手続き"}, at0.Add(time.Second))
	if b.Position != 1 {
		t.Errorf("second card position %d, want 1", b.Position)
	}
	got, err := st.ItemCards(items[0].ID)
	if err != nil || len(got) != 2 || got[0] != a || got[1].AuthorID != 0 {
		t.Fatalf("ItemCards = %+v, %v", got, err)
	}
	a.Text = "バスの時刻がスマホで分かるといい"
	if err := st.UpdateCard(a, at0.Add(2*time.Second)); err != nil {
		t.Fatal(err)
	}
	scope := IdeasScope(items[0].ID)
	del := model.BoardStep{Cards: []model.CardChange{{Before: &a}}}
	if _, err := st.ApplyStep(w.ID, ms[0].ID, scope, del, at0.Add(3*time.Second)); err != nil {
		t.Fatal(err)
	}
	if got, _ := st.ItemCards(items[0].ID); len(got) != 1 || got[0].ID != b.ID {
		t.Errorf("after delete %+v", got)
	}
	if _, err := st.ApplyStep(w.ID, ms[0].ID, scope, del, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	if _, ok, err := st.UndoStep(w.ID, ms[0].ID, scope, at0.Add(4*time.Second)); !ok || err != nil {
		t.Fatalf("undo of the delete: %v %v", ok, err)
	}
	got, _ = st.ItemCards(items[0].ID)
	if len(got) != 2 || got[0].Text != "バスの時刻がスマホで分かるといい" {
		t.Errorf("after restore %+v", got)
	}
	if _, err := st.AddCard(model.Card{WorkshopID: w.ID, Kind: "wish", Source: model.SourceTyped, Text: "x"}, at0); err == nil {
		t.Error("an unknown kind passed the CHECK constraint")
	}
	evs, _ := st.Events(w.ID)
	var kinds []string
	for _, e := range evs {
		if strings.HasPrefix(e.Kind, "card.") {
			kinds = append(kinds, e.Kind)
		}
	}
	if strings.Join(kinds, " ") != "card.added card.added card.updated" {
		t.Errorf("card events %v", kinds)
	}
	var steps []string
	for _, e := range evs {
		if strings.HasPrefix(e.Kind, "ideas.") {
			steps = append(steps, e.Kind)
		}
	}
	if strings.Join(steps, " ") != "ideas.changed ideas.undone" {
		t.Errorf("step events %v", steps)
	}
}
