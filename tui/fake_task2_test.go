package tui

import (
	"errors"
	"io"
	"time"

	"yoriai/model"
)

// Task ② is tested against the real store (task2_test.go); the fake
// refuses it, so that a fake-store test that strays there shows an error
// instead of passing on made-up data.
var errFakeTask2 = errors.New("the fake store does not keep Task 2; use a real database")

func (f *fakeStore) LoadTask2(int64, model.FiscalYear) (model.Task2State, error) {
	return model.Task2State{}, errFakeTask2
}
func (f *fakeStore) StartRound(r model.VoteRound, _ time.Time) (model.VoteRound, error) {
	return r, errFakeTask2
}
func (f *fakeStore) SetVote(model.VoteRound, int64, int64, int, time.Time) error { return errFakeTask2 }
func (f *fakeStore) SetScore(model.VoteRound, int64, model.Score, time.Time) error {
	return errFakeTask2
}
func (f *fakeStore) AddOverride(model.VoteRound, model.Override, time.Time) error {
	return errFakeTask2
}
func (f *fakeStore) CloseRound(model.VoteRound, time.Time) error  { return errFakeTask2 }
func (f *fakeStore) RevealRound(model.VoteRound, time.Time) error { return errFakeTask2 }
func (f *fakeStore) SetChosen(int64, int64, int64, model.FiscalYear, bool, time.Time) error {
	return errFakeTask2
}
func (f *fakeStore) SaveInitiative(in model.Initiative, _ time.Time) (model.Initiative, error) {
	return in, errFakeTask2
}
func (f *fakeStore) DeleteInitiative(model.Initiative, time.Time) error { return errFakeTask2 }

func (f *fakeStore) Backup(w io.Writer) error {
	_, err := io.WriteString(w, `{"format":"yoriai-backup","fake":true}`)
	return err
}
