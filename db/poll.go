package db

import (
	"crypto/rand"
	"database/sql"

	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"yoriai/model"
)

// StartPoll opens a new round of a poll item in the given mode.
func (s *Store) StartPoll(workshopID int64, item model.AgendaItem, mode model.PollMode, at time.Time) (model.Poll, error) {
	p := model.Poll{WorkshopID: workshopID, MeetingID: item.MeetingID, ItemID: item.ID, Mode: mode,
		Questions: item.Questions, CreatedAt: time.UnixMilli(ms(at))}
	qs, err := json.Marshal(questionsJSON(item.Questions))
	if err != nil {
		return p, err
	}
	tx, err := s.begin()
	if err != nil {
		return p, err
	}
	defer tx.Rollback()
	if err := tx.QueryRow(`SELECT coalesce(max(round), 0) + 1 FROM poll WHERE item_id = ?`, item.ID).Scan(&p.Round); err != nil {
		return p, err
	}
	r, err := tx.Exec(`INSERT INTO poll (workshop_id, meeting_id, item_id, round, mode, questions, created_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, workshopID, item.MeetingID, item.ID, p.Round, string(mode), string(qs), ms(at))
	if err != nil {
		return p, err
	}
	if p.ID, err = r.LastInsertId(); err != nil {
		return p, err
	}
	if err := s.appendEvent(tx, at, workshopID, item.MeetingID, "poll.started",
		map[string]any{"poll_id": p.ID, "item_id": item.ID, "round": p.Round, "mode": mode}); err != nil {
		return p, err
	}
	return p, s.commit(tx)
}

// LatestPoll returns the last round of a poll item; ok is false before the
// first.
func (s *Store) LatestPoll(itemID int64) (p model.Poll, ok bool, err error) {
	var mode, qs string
	var open int
	var revealed sql.NullInt64
	var created int64
	err = s.db.QueryRow(`SELECT id, workshop_id, meeting_id, item_id, round, mode, questions, ballot_open, pin_hash,
		revealed_at, created_at FROM poll WHERE item_id = ? ORDER BY round DESC LIMIT 1`, itemID).
		Scan(&p.ID, &p.WorkshopID, &p.MeetingID, &p.ItemID, &p.Round, &mode, &qs, &open, &p.PINHash, &revealed, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return p, false, nil
	}
	if err != nil {
		return p, false, err
	}
	var stored []question
	if err := json.Unmarshal([]byte(qs), &stored); err != nil {
		return p, false, err
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
	return p, true, nil
}

// SetTally records a show of hands: the count of each choice of question q.
func (s *Store) SetTally(p model.Poll, q int, counts []int, at time.Time) error {
	payload := map[string]any{"poll_id": p.ID, "question": q, "counts": counts}
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.tally", payload, func(tx *sql.Tx) error {
		if p.Mode != model.PollTally {
			return fmt.Errorf("poll %d is not a show of hands", p.ID)
		}
		for c, n := range counts {
			if _, err := tx.Exec(`INSERT INTO poll_count (poll_id, question, choice, count) VALUES (?, ?, ?, ?)
				ON CONFLICT (poll_id, question, choice) DO UPDATE SET count = excluded.count`, p.ID, q, c, n); err != nil {
				return err
			}
		}
		return nil
	})
}

// CastAnonymous stores one anonymous ballot, one answer per question. It
// writes no event and nothing that could tie the answers together or to a
// person or a moment: choices only raise counts, reasons get random keys.
// The ballot is one transaction, committed before it returns (kill -9
// loses no ballot); right after, the round's reasons are written again in
// random order, the file rebuilt and the write-ahead log emptied, so that
// between ballots the files hold no order of ballots (see poll_forget.go).
func (s *Store) CastAnonymous(p model.Poll, answers []model.Answer) error {
	if err := s.castAnonymous(p, answers); err != nil {
		return err
	}
	// Best effort: the ballot is saved. What could not be forgotten now
	// (a disk too full to rebuild the file, a reader holding the log) is
	// forgotten after the next ballot, at the close or at the next Open.
	if err := s.forgetBallotOrders(); err != nil {
		_ = s.truncateLog()
	}
	return nil
}

func (s *Store) castAnonymous(p model.Poll, answers []model.Answer) error {
	if p.Mode != model.PollAnonymous {
		return fmt.Errorf("poll %d is not anonymous", p.ID)
	}
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := mustAffect(tx.Exec(`UPDATE poll SET ballots = ballots + 1, order_kept = 1 WHERE id = ? AND mode = 'anonymous'`, p.ID)); err != nil {
		return err
	}
	for q, a := range answers {
		if q < len(p.Questions) && a.Choice >= 0 && a.Choice < len(p.Questions[q].Choices) {
			if _, err := tx.Exec(`INSERT INTO poll_count (poll_id, question, choice, count) VALUES (?, ?, ?, 1)
				ON CONFLICT (poll_id, question, choice) DO UPDATE SET count = count + 1`, p.ID, q, a.Choice); err != nil {
				return err
			}
		}
		reason, _ := model.CleanText(a.Reason, model.MaxCardRunes)
		if strings.TrimSpace(reason) == "" {
			continue
		}
		k := make([]byte, 16)
		if _, err := rand.Read(k); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO poll_reason (poll_id, question, k, reason) VALUES (?, ?, ?, ?)`, p.ID, q, k, reason); err != nil {
			return err
		}
	}
	return s.commit(tx)
}

// SetNamed records a participant's answers to a named poll.
func (s *Store) SetNamed(p model.Poll, participantID int64, answers []model.Answer, at time.Time) error {
	payload := map[string]any{"poll_id": p.ID, "participant_id": participantID, "answers": len(answers)}
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.answered", payload, func(tx *sql.Tx) error {
		if p.Mode != model.PollNamed {
			return fmt.Errorf("poll %d is not named", p.ID)
		}
		for q, a := range answers {
			reason, _ := model.CleanText(a.Reason, model.MaxCardRunes)
			if _, err := tx.Exec(`INSERT INTO poll_answer (poll_id, participant_id, question, choice, reason, answered_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (poll_id, participant_id, question)
				DO UPDATE SET choice = excluded.choice, reason = excluded.reason, answered_at = excluded.answered_at`,
				p.ID, participantID, q, a.Choice, reason, ms(at)); err != nil {
				return err
			}
		}
		return nil
	})
}

// Results counts a poll round's answers, question by question.
func (s *Store) Results(p model.Poll) ([]model.Result, error) {
	out := make([]model.Result, len(p.Questions))
	for q, pq := range p.Questions {
		if p.Mode == model.PollNamed {
			answers, err := queryAll(s.db, func(r scanner) (model.Answer, error) {
				var a model.Answer
				return a, r.Scan(&a.Choice, &a.Reason)
			}, `SELECT choice, reason FROM poll_answer WHERE poll_id = ? AND question = ? ORDER BY participant_id`, p.ID, q)
			if err != nil {
				return nil, err
			}
			out[q] = model.Combine(pq, answers)
			continue
		}
		r := model.Result{Counts: make([]int, len(pq.Choices))}
		counts, err := queryAll(s.db, func(rs scanner) ([2]int, error) {
			var c [2]int
			return c, rs.Scan(&c[0], &c[1])
		}, `SELECT choice, count FROM poll_count WHERE poll_id = ? AND question = ?`, p.ID, q)
		if err != nil {
			return nil, err
		}
		for _, c := range counts {
			if c[0] >= 0 && c[0] < len(r.Counts) {
				r.Counts[c[0]] = c[1]
			}
		}
		if r.Reasons, err = queryAll(s.db, func(rs scanner) (string, error) {
			var s string
			return s, rs.Scan(&s)
		}, `SELECT reason FROM poll_reason WHERE poll_id = ? AND question = ? ORDER BY k`, p.ID, q); err != nil {
			return nil, err
		}
		r.Answered = r.Total()
		if p.Mode == model.PollAnonymous {
			if err := s.db.QueryRow(`SELECT ballots FROM poll WHERE id = ?`, p.ID).Scan(&r.Answered); err != nil {
				return nil, err
			}
		}
		out[q] = r
	}
	return out, nil
}

// SetBallotOpen starts or ends anonymous ballot mode; pinHash is the hash
// of the PIN that ends it (see model.HashPIN).
func (s *Store) SetBallotOpen(p model.Poll, open bool, pinHash string, at time.Time) error {
	kind := "poll.ballot_closed"
	if open {
		kind = "poll.ballot_opened"
	}
	err := s.write(at, p.WorkshopID, p.MeetingID, kind, map[string]any{"poll_id": p.ID}, func(tx *sql.Tx) error {
		if err := mustAffect(tx.Exec(`UPDATE poll SET ballot_open = ?, pin_hash = ? WHERE id = ?`, boolInt(open), pinHash, p.ID)); err != nil {
			return err
		}
		if open && p.Mode == model.PollAnonymous {
			return precreateCounts(tx, p)
		}
		return nil
	})
	if err == nil && !open {
		// Best effort: the ballot is closed either way, and a round whose
		// order could not be forgotten now is forgotten at the next close
		// or the next Open (poll.order_kept).
		if err := s.forgetBallotOrders(); err == nil {
			_ = s.truncateLog()
		}
	}
	return err
}

// Reveal shows a round's results to the room and logs its totals: the log
// keeps the outcome of an anonymous poll, never its ballots.
func (s *Store) Reveal(p model.Poll, at time.Time) error {
	results, err := s.Results(p)
	if err != nil {
		return err
	}
	totals := make([][]int, len(results))
	for i, r := range results {
		totals[i] = r.Counts
	}
	payload := map[string]any{"poll_id": p.ID, "mode": p.Mode, "counts": totals}
	err = s.write(at, p.WorkshopID, p.MeetingID, "poll.revealed", payload, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE poll SET revealed_at = ?, ballot_open = 0 WHERE id = ?`, ms(at), p.ID))
	})
	if err == nil {
		_ = s.forgetBallotOrders() // revealing also ends a ballot left open
	}
	return err
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// NamedAnswers returns a named round's answers by participant, one per
// question (a question not answered has Choice -1).
func (s *Store) NamedAnswers(p model.Poll) (map[int64][]model.Answer, error) {
	type row struct {
		who int64
		q   int
		a   model.Answer
	}
	rows, err := queryAll(s.db, func(r scanner) (row, error) {
		var x row
		return x, r.Scan(&x.who, &x.q, &x.a.Choice, &x.a.Reason)
	}, `SELECT participant_id, question, choice, reason FROM poll_answer WHERE poll_id = ?`, p.ID)
	if err != nil {
		return nil, err
	}
	out := map[int64][]model.Answer{}
	for _, x := range rows {
		as, ok := out[x.who]
		if !ok {
			as = make([]model.Answer, len(p.Questions))
			for i := range as {
				as[i].Choice = -1
			}
		}
		if x.q >= 0 && x.q < len(as) {
			as[x.q] = x.a
		}
		out[x.who] = as
	}
	return out, nil
}

// ReopenPoll hides a revealed round's results and takes answers again.
func (s *Store) ReopenPoll(p model.Poll, at time.Time) error {
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.reopened", map[string]any{"poll_id": p.ID}, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE poll SET revealed_at = NULL WHERE id = ?`, p.ID))
	})
}

// ResetPoll clears a round: every count, reason and answer goes, the
// ballot closes and the results are hidden. The log keeps the totals that
// were cleared. Cards already promoted from its reasons stay.
func (s *Store) ResetPoll(p model.Poll, at time.Time) error {
	results, err := s.Results(p)
	if err != nil {
		return err
	}
	totals := make([][]int, len(results))
	for i, r := range results {
		totals[i] = r.Counts
	}
	payload := map[string]any{"poll_id": p.ID, "mode": p.Mode, "counts": totals}
	defer func() {
		// The cleared reasons are zeroed in their pages (secure_delete);
		// emptying the log now also drops the copies it still held.
		_ = s.truncateLog()
	}()
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.reset", payload, func(tx *sql.Tx) error {
		for _, q := range []string{`DELETE FROM poll_count WHERE poll_id = ?`, `DELETE FROM poll_reason WHERE poll_id = ?`,
			`DELETE FROM poll_answer WHERE poll_id = ?`,
			`UPDATE poll SET ballots = 0, ballot_open = 0, pin_hash = '', revealed_at = NULL WHERE id = ?`} {
			if _, err := tx.Exec(q, p.ID); err != nil {
				return err
			}
		}
		return nil
	})
}

// CloseOpenBallots ends every anonymous ballot left open, for a
// facilitator who forgot the PIN; the results stay hidden. It returns how
// many it closed.
func (s *Store) CloseOpenBallots(at time.Time) (int, error) {
	type open struct{ id, workshop, meeting int64 }
	polls, err := queryAll(s.db, func(r scanner) (open, error) {
		var o open
		return o, r.Scan(&o.id, &o.workshop, &o.meeting)
	}, `SELECT id, workshop_id, meeting_id FROM poll WHERE ballot_open = 1 ORDER BY id`)
	if err != nil {
		return 0, err
	}
	for _, o := range polls {
		p := model.Poll{ID: o.id, WorkshopID: o.workshop, MeetingID: o.meeting}
		if err := s.SetBallotOpen(p, false, "", at); err != nil {
			return 0, err
		}
	}
	return len(polls), nil
}
