package db

import (
	"database/sql"
	"encoding/json"
	"time"
)

// actor is who makes every change: yoriai has one user at one keyboard.
const actor = "facilitator"

// write runs fn in one transaction and appends the event describing it:
// one BEGIN IMMEDIATE, the statements of the change, one INSERT of the
// event and one COMMIT, which with synchronous=FULL in WAL mode is the
// action's one fsync.
func (s *Store) write(at time.Time, workshopID, meetingID int64, kind string, payload any, fn func(*sql.Tx) error) error {
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	if err := s.appendEvent(tx, at, workshopID, meetingID, kind, payload); err != nil {
		return err
	}
	return s.commit(tx)
}

// appendEvent adds the event of a change to the log inside tx.
func (s *Store) appendEvent(tx *sql.Tx, at time.Time, workshopID, meetingID int64, kind string, payload any) error {
	p, err := json.Marshal(payload)
	if err != nil {
		return err
	}
	return s.appendEventJSON(txExec{tx}, at, workshopID, meetingID, kind, string(p))
}

// appendEventJSON adds an event whose payload is already JSON.
func (s *Store) appendEventJSON(x execer, at time.Time, workshopID, meetingID int64, kind, payload string) error {
	_, err := x.exec(s.q.event, ms(at), workshopID, nullID(meetingID), actor, kind, payload)
	return err
}

// ms is a time as unix milliseconds.
func ms(t time.Time) int64 { return t.UnixMilli() }

// msPtr is a time as unix milliseconds, NULL when zero.
func msPtr(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

// fromMS reads a nullable unix-milliseconds column.
func fromMS(v sql.NullInt64) time.Time {
	if !v.Valid {
		return time.Time{}
	}
	return time.UnixMilli(v.Int64)
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// mustAffect turns "no row changed" into ErrNotFound.
func mustAffect(r sql.Result, err error) error {
	if err != nil {
		return err
	}
	n, err := r.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return ErrNotFound
	}
	return nil
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(...any) error }

// queryAll runs query and scans every row with scan.
func queryAll[T any](db *sql.DB, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	return queryInto(db, nil, scan, query, args...)
}

// queryInto is queryAll appending to out, for a caller that knows how many
// rows come.
func queryInto[T any](db *sql.DB, out []T, scan func(scanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
