package tui

import (
	"errors"
	"time"

	"yoriai/model"
)

// fakeBoard is the board's part of the fake store: links and an undo
// history that, like the database's, outlives the app that wrote it.
type fakeBoard struct {
	links   model.Links
	history map[string]*fakeHistory // by scope
}

// fakeHistory is one undo history: its steps, the newest undone ones last.
type fakeHistory struct {
	steps  []model.BoardStep
	undone int // how many of the newest steps are undone
}

func (f *fakeStore) history(scope string) *fakeHistory {
	if f.board.history == nil {
		f.board.history = map[string]*fakeHistory{}
	}
	if f.board.history[scope] == nil {
		f.board.history[scope] = &fakeHistory{}
	}
	return f.board.history[scope]
}

func (f *fakeStore) BoardCards(int64) ([]model.Card, model.Links, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []model.Card
	for _, c := range f.cards {
		if !f.deletedCards[c.ID] {
			out = append(out, c)
		}
	}
	links := model.Links{}
	for k, v := range f.board.links {
		links[k] = v
	}
	return out, links, nil
}

// applyBoard applies a step as the database does; f.mu is held.
func (f *fakeStore) applyBoard(step model.BoardStep, at time.Time) (model.BoardStep, error) {
	if f.deletedCards == nil {
		f.deletedCards = map[int64]bool{}
	}
	var out model.BoardStep
	var added int64
	for _, ch := range step.Cards {
		switch {
		case ch.After == nil:
			f.deletedCards[ch.Before.ID] = true
		case ch.Before == nil && ch.After.ID == 0:
			c := *ch.After
			f.nextID++
			c.ID, c.BoardPos, c.CreatedAt, c.UpdatedAt = f.nextID, f.nextID, at, at
			f.cards = append(f.cards, c)
			ch.After, added = &c, c.ID
		default:
			c := *ch.After
			c.UpdatedAt = at
			delete(f.deletedCards, c.ID)
			found := false
			for i := range f.cards {
				if f.cards[i].ID == c.ID {
					f.cards[i], found = c, true
				}
			}
			if !found {
				return out, errors.New("no such card")
			}
			ch.After = &c
		}
		out.Cards = append(out.Cards, ch)
	}
	for _, l := range step.Links {
		if l.Goal == model.NewCard {
			l.Goal = added
		}
		out.Links = append(out.Links, l)
	}
	if f.board.links == nil {
		f.board.links = model.Links{}
	}
	f.board.links = f.board.links.Apply(out.Links)
	return out, nil
}

func (f *fakeStore) ApplyStep(_, _ int64, scope string, step model.BoardStep, at time.Time) (model.BoardStep, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return step, err
	}
	got, err := f.applyBoard(step, at)
	if err != nil {
		return got, err
	}
	h := f.history(scope)
	h.steps = append(h.steps[:len(h.steps)-h.undone], got)
	h.undone = 0
	return got, nil
}

func (f *fakeStore) UndoStep(_, _ int64, scope string, at time.Time) (model.BoardStep, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.BoardStep{}, false, err
	}
	h := f.history(scope)
	i := len(h.steps) - h.undone - 1
	if i < 0 {
		return model.BoardStep{}, false, nil
	}
	got, err := f.applyBoard(h.steps[i].Inverse(), at)
	h.undone++
	return got, true, err
}

func (f *fakeStore) RedoStep(_, _ int64, scope string, at time.Time) (model.BoardStep, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.BoardStep{}, false, err
	}
	h := f.history(scope)
	if h.undone == 0 {
		return model.BoardStep{}, false, nil
	}
	got, err := f.applyBoard(h.steps[len(h.steps)-h.undone], at)
	h.undone--
	return got, true, err
}

func (f *fakeStore) ImportChat(wid int64, log model.ChatLog, at time.Time) (model.ImportReport, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := f.fail(); err != nil {
		return model.ImportReport{}, err
	}
	rep := model.ImportReport{Rejected: log.Rejected}
	for _, l := range log.Lines {
		f.nextID++
		f.cards = append(f.cards, model.Card{ID: f.nextID, WorkshopID: wid, Kind: model.CardIdea, Source: model.SourceChatImport,
			Text: l.Text, AuthorName: l.Name, BoardPos: f.nextID, CreatedAt: at, UpdatedAt: at})
		rep.Added++
	}
	return rep, nil
}
