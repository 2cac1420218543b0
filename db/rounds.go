package db

// rounds.go: every round of a poll item and of Task ②, for the minutes,
// which give back each round and not only the latest.

import (
	"database/sql"
	"encoding/json"
	"time"

	"yoriai/model"
)

// PollRounds lists every round of a poll item, the first first.
func (s *Store) PollRounds(itemID int64) ([]model.Poll, error) {
	return queryAll(s.db, func(r scanner) (model.Poll, error) {
		var p model.Poll
		var mode, qs string
		var open int
		var revealed sql.NullInt64
		var created int64
		if err := r.Scan(&p.ID, &p.WorkshopID, &p.MeetingID, &p.ItemID, &p.Round, &mode, &qs, &open, &p.PINHash,
			&revealed, &created); err != nil {
			return p, err
		}
		var stored []question
		if err := json.Unmarshal([]byte(qs), &stored); err != nil {
			return p, err
		}
		for _, q := range stored {
			pq := model.PollQuestion{Text: q.Text, Kind: model.QuestionKind(q.Kind)}
			if len(q.Choices) > 0 {
				pq.Choices = q.Choices
			}
			p.Questions = append(p.Questions, pq)
		}
		p.Mode, p.BallotOpen = model.PollMode(mode), open != 0
		p.RevealedAt, p.CreatedAt = fromMS(revealed), time.UnixMilli(created)
		return p, nil
	}, `SELECT id, workshop_id, meeting_id, item_id, round, mode, questions, ballot_open, pin_hash,
		revealed_at, created_at FROM poll WHERE item_id = ? ORDER BY round`, itemID)
}

// Task2Rounds lists every Task ② round of a workshop, the first first,
// each with its votes, scores and moves (Chosen and Plans are left empty:
// LoadTask2 has them).
func (s *Store) Task2Rounds(workshopID int64) ([]model.Task2State, error) {
	rounds, err := queryAll(s.db, scanRound, roundCols+` WHERE workshop_id = ? ORDER BY number`, workshopID)
	if err != nil {
		return nil, err
	}
	out := make([]model.Task2State, 0, len(rounds))
	for _, r := range rounds {
		st := model.Task2State{Round: r, HasRound: true, Votes: model.Votes{}, Scores: map[int64]model.Score{}}
		if err := s.roundData(&st); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}
