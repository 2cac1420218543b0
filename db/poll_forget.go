package db

// poll_forget.go: an anonymous ballot forgets the order it was cast in.
//
// Each ballot is one transaction (its counts and its reasons together),
// committed before the screen thanks the voter, so kill -9 loses no
// ballot: that commit is the one trace a ballot must leave, and it ties
// the ballot's reason to its choice for as long as it sits in the
// write-ahead log, which keeps committed pages in commit order. SQLite also
// lays cells out in a page in the order they are written, so the reasons
// lie in cast order in the file itself. So right after each ballot, and
// again when the ballot closes, the round's reasons get new random keys
// and are written again in random order, the file is rebuilt with VACUUM
// (every table copied in key order, no free pages; secure_delete has
// zeroed what was deleted) and the log is checkpointed and truncated.
// poll.order_kept marks a round not yet forgotten, so a rebuild that could
// not finish (disk full, a reader holding the log) is done after the next
// ballot, at the close or at the next Open.

import (
	"crypto/rand"
	"database/sql"
	"fmt"
	mrand "math/rand/v2"

	"yoriai/model"
)

// truncateLog copies the write-ahead log into the database file and
// empties it. It fails when a reader kept it from finishing.
func (s *Store) truncateLog() error {
	var busy, logged, done int
	if err := s.db.QueryRow(`PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logged, &done); err != nil {
		return err
	}
	if busy != 0 {
		return fmt.Errorf("checkpoint blocked by a reader (%d of %d pages)", done, logged)
	}
	return nil
}

// forgetBallotOrders forgets the order of every anonymous round that
// still keeps it, open or closed.
func (s *Store) forgetBallotOrders() error {
	ids, err := queryAll(s.db, func(r scanner) (int64, error) {
		var id int64
		return id, r.Scan(&id)
	}, `SELECT id FROM poll WHERE order_kept = 1 ORDER BY id`)
	if err != nil || len(ids) == 0 {
		return err
	}
	for _, id := range ids {
		if err := s.reshuffleReasons(id); err != nil {
			return err
		}
	}
	if err := s.vacuum(); err != nil {
		// The order may still be in the file: try again next time.
		for _, id := range ids {
			_, _ = s.db.Exec(`UPDATE poll SET order_kept = 1 WHERE id = ?`, id)
		}
		return err
	}
	return nil
}

// reshuffleReasons writes round pollID's reasons again, in random order
// under new random keys, and clears its order_kept, in one transaction.
func (s *Store) reshuffleReasons(pollID int64) error {
	type reason struct {
		q           int
		text, label string
		card        sql.NullInt64
	}
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	rows, err := tx.Query(`SELECT question, reason, label, card_id FROM poll_reason WHERE poll_id = ?`, pollID)
	if err != nil {
		return err
	}
	var rs []reason
	for rows.Next() {
		var r reason
		if err := rows.Scan(&r.q, &r.text, &r.label, &r.card); err != nil {
			rows.Close()
			return err
		}
		rs = append(rs, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM poll_reason WHERE poll_id = ?`, pollID); err != nil {
		return err
	}
	mrand.Shuffle(len(rs), func(i, j int) { rs[i], rs[j] = rs[j], rs[i] })
	for _, r := range rs {
		k := make([]byte, 16)
		if _, err := rand.Read(k); err != nil {
			return err
		}
		if _, err := tx.Exec(`INSERT INTO poll_reason (poll_id, question, k, reason, label, card_id) VALUES (?, ?, ?, ?, ?, ?)`,
			pollID, r.q, k, r.text, r.label, r.card); err != nil {
			return err
		}
	}
	if _, err := tx.Exec(`UPDATE poll SET order_kept = 0 WHERE id = ?`, pollID); err != nil {
		return err
	}
	return s.commit(tx)
}

// vacuum rebuilds the database file and empties the log. VACUUM's working
// copy is kept in memory, so no copy of the workshop is written to the
// system's temporary folder.
func (s *Store) vacuum() error {
	if _, err := s.db.Exec(`PRAGMA temp_store = MEMORY`); err != nil {
		return err
	}
	_, err := s.db.Exec(`VACUUM`)
	_, _ = s.db.Exec(`PRAGMA temp_store = DEFAULT`)
	if err != nil {
		return err
	}
	return s.truncateLog()
}

// precreateCounts writes a zero count for every choice of round p, in
// choice order, when its ballot opens: a count is then only ever raised
// in place, and the cells' order in the file is the choices' order, not
// the order in which the first ballot for each came.
func precreateCounts(tx *sql.Tx, p model.Poll) error {
	for q, pq := range p.Questions {
		for c := range pq.Choices {
			if _, err := tx.Exec(`INSERT INTO poll_count (poll_id, question, choice, count) VALUES (?, ?, ?, 0)
				ON CONFLICT (poll_id, question, choice) DO NOTHING`, p.ID, q, c); err != nil {
				return err
			}
		}
	}
	return nil
}
