package db

// poll_reason.go: the reasons given in a poll as the facilitator sorts
// them after the reveal: heard during a show of hands, labelled, promoted
// to Task ① cards.

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"

	"errors"
	"fmt"
	"strings"
	"time"

	"yoriai/model"
)

// PollReasons lists the reasons given in a round with their labels. Named
// reasons come in roster order; the others in the order of their random
// keys, which says nothing about when they were given.
func (s *Store) PollReasons(p model.Poll) ([]model.PollReason, error) {
	if p.Mode == model.PollNamed {
		return queryAll(s.db, func(r scanner) (model.PollReason, error) {
			var x model.PollReason
			var who int64
			var card sql.NullInt64
			err := r.Scan(&x.Question, &who, &x.Text, &x.Label, &card)
			x.Key, x.CardID = fmt.Sprintf("p%d", who), card.Int64
			return x, err
		}, `SELECT question, participant_id, reason, label, card_id FROM poll_answer
			WHERE poll_id = ? AND reason <> '' ORDER BY question, participant_id`, p.ID)
	}
	return queryAll(s.db, func(r scanner) (model.PollReason, error) {
		var x model.PollReason
		var k []byte
		var card sql.NullInt64
		err := r.Scan(&x.Question, &k, &x.Text, &x.Label, &card)
		x.Key, x.CardID = "k"+hex.EncodeToString(k), card.Int64
		return x, err
	}, `SELECT question, k, reason, label, card_id FROM poll_reason WHERE poll_id = ? ORDER BY question, k`, p.ID)
}

// reasonWhere is the table and condition that find reason r of round p.
func reasonWhere(p model.Poll, r model.PollReason) (table, where string, args []any, err error) {
	if id, ok := strings.CutPrefix(r.Key, "p"); ok && p.Mode == model.PollNamed {
		var who int64
		if _, err := fmt.Sscan(id, &who); err != nil {
			return "", "", nil, fmt.Errorf("reason key %q: %w", r.Key, err)
		}
		return "poll_answer", "poll_id = ? AND question = ? AND participant_id = ?", []any{p.ID, r.Question, who}, nil
	}
	if k, ok := strings.CutPrefix(r.Key, "k"); ok && p.Mode != model.PollNamed {
		b, err := hex.DecodeString(k)
		if err != nil {
			return "", "", nil, fmt.Errorf("reason key %q: %w", r.Key, err)
		}
		return "poll_reason", "poll_id = ? AND question = ? AND k = ?", []any{p.ID, r.Question, b}, nil
	}
	return "", "", nil, fmt.Errorf("reason key %q does not belong to a %s poll", r.Key, p.Mode)
}

// AddPollReason records a reason heard during a show of hands. Like a
// ballot's reason it has no author and a random key.
func (s *Store) AddPollReason(p model.Poll, q int, text string, at time.Time) error {
	text, _ = model.CleanText(text, model.MaxCardRunes)
	if strings.TrimSpace(text) == "" {
		return errors.New("empty reason")
	}
	k := make([]byte, 16)
	if _, err := rand.Read(k); err != nil {
		return err
	}
	payload := map[string]any{"poll_id": p.ID, "question": q, "reason": text}
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.reason_added", payload, func(tx *sql.Tx) error {
		if p.Mode != model.PollTally {
			return fmt.Errorf("poll %d is not a show of hands", p.ID)
		}
		_, err := tx.Exec(`INSERT INTO poll_reason (poll_id, question, k, reason) VALUES (?, ?, ?, ?)`, p.ID, q, k, text)
		return err
	})
}

// SetReasonLabel puts reason r under label ("" takes it out of its group).
func (s *Store) SetReasonLabel(p model.Poll, r model.PollReason, label string, at time.Time) error {
	label, _ = model.CleanLine(label, model.MaxLabelRunes)
	table, where, args, err := reasonWhere(p, r)
	if err != nil {
		return err
	}
	payload := map[string]any{"poll_id": p.ID, "question": r.Question, "label": label}
	return s.write(at, p.WorkshopID, p.MeetingID, "poll.reason_labelled", payload, func(tx *sql.Tx) error {
		return mustAffect(tx.Exec(`UPDATE `+table+` SET label = ? WHERE `+where, append([]any{label}, args...)...))
	})
}

// PromoteReason makes reason r a Task ① card (see model.PromotedCard) and
// remembers it, in one transaction; a reason already promoted is refused.
func (s *Store) PromoteReason(p model.Poll, r model.PollReason, at time.Time) (model.Card, error) {
	card := model.PromotedCard(p, r)
	table, where, args, err := reasonWhere(p, r)
	if err != nil {
		return card, err
	}
	tx, err := s.begin()
	if err != nil {
		return card, err
	}
	defer tx.Rollback()
	var already sql.NullInt64
	if err := tx.QueryRow(`SELECT card_id FROM `+table+` WHERE `+where, args...).Scan(&already); err != nil {
		return card, err
	}
	if already.Valid {
		return card, ErrAlreadyPromoted
	}
	if card, err = s.insertCard(tx, card, at); err != nil {
		return card, err
	}
	if err := mustAffect(tx.Exec(`UPDATE `+table+` SET card_id = ? WHERE `+where, append([]any{card.ID}, args...)...)); err != nil {
		return card, err
	}
	return card, s.commit(tx)
}

// ErrAlreadyPromoted is returned when a reason was already made a card.
var ErrAlreadyPromoted = errors.New("the reason is already a card")
