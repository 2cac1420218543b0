package db

// draft.go: what is being typed in an editor, kept as it is typed, so that
// a crash loses nothing. No event: a draft is not a change to the
// workshop, and it goes when the text is saved or discarded.

import (
	"database/sql"
	"errors"
	"time"
)

// SaveDraft keeps text as the draft under key, replacing the one before;
// an empty text drops it.
func (s *Store) SaveDraft(key, text string, at time.Time) error {
	if text == "" {
		return s.DropDraft(key)
	}
	return s.inTx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO draft (key, text, updated_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`, key, text, ms(at))
		return err
	})
}

// inTx runs one write in a transaction of its own, through begin and
// commit, so that it marks the session as every write does.
func (s *Store) inTx(write func(*sql.Tx) error) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := write(tx); err != nil {
		return err
	}
	return s.commit(tx)
}

// Draft returns the draft kept under key; "" when there is none.
func (s *Store) Draft(key string) (string, error) {
	var text string
	err := s.db.QueryRow(`SELECT text FROM draft WHERE key = ?`, key).Scan(&text)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return text, err
}

// DropDraft removes the draft kept under key, if any.
func (s *Store) DropDraft(key string) error {
	return s.inTx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM draft WHERE key = ?`, key)
		return err
	})
}
