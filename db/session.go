package db

import (
	"database/sql"
	"strings"
	"sync"
)

// A session is the time between Open and Close. The file's session row
// says whether the last one ended cleanly. The first transaction of a
// session that writes sets it to 0 along with its own change (one statement
// more, once a session; no extra commit), and Close sets it back to 1 as
// its last write. Until that first write the file is as the clean end left
// it. A session that ends any other way (a crash, kill -9, a power cut, a
// laptop whose battery dies) leaves 0, committed with a full sync like the
// change it came with, and the next Open runs SQLite's integrity check
// before it changes a byte. After a clean end Open only reads the first
// row of every table (probe), which costs the same at 100 cards as at
// 10,000. `yoriai doctor` always runs the full check (Diagnose).

// session is what the store knows of the file's session row.
type session struct {
	mu      sync.Mutex
	clean   bool    // the row, as committed, says the last session ended cleanly
	marking *sql.Tx // the transaction that sets it to 0
}

// begin starts a write transaction; the session's first also marks the
// session open. Every write goes through begin and commit, or rawWrite.
func (s *Store) begin() (*sql.Tx, error) {
	tx, err := s.db.Begin()
	if err != nil {
		return nil, err
	}
	if !s.sess.willMark() {
		return tx, nil
	}
	s.sess.mu.Lock()
	s.sess.marking = tx
	s.sess.mu.Unlock()
	if _, err := tx.Stmt(s.q.sessionOpen).Exec(); err != nil {
		tx.Rollback()
		return nil, err
	}
	return tx, nil
}

// willMark says whether a write must mark the session open: the row says
// the last one ended cleanly and no write of this one has committed.
func (m *session) willMark() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.clean
}

// markedOpen records that a write marking the session open committed.
func (m *session) markedOpen() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.clean = false
}

// commit commits tx, which begin started.
func (s *Store) commit(tx *sql.Tx) error {
	s.sess.mu.Lock()
	marked := s.sess.marking == tx
	if marked {
		s.sess.marking = nil
	}
	s.sess.mu.Unlock()
	if err := tx.Commit(); err != nil {
		return err
	}
	if marked {
		s.sess.markedOpen()
	}
	return nil
}

// endSession records, as the session's last write, that it ended cleanly;
// a session that found the row clean and wrote nothing leaves it.
func (s *Store) endSession() error {
	s.sess.mu.Lock()
	clean := s.sess.clean
	s.sess.mu.Unlock()
	if clean {
		return nil
	}
	_, err := s.db.Exec(`INSERT INTO session (id, clean) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET clean = 1`)
	return err
}

// IntegrityChecked reports whether Open ran SQLite's integrity check on
// the file: it does when the last session did not end cleanly, or when
// the file is from a yoriai that did not mark its sessions.
func (s *Store) IntegrityChecked() bool { return s.checked }

// endedCleanly reads the session row of the file open as ro. A file
// without one, or one that cannot be read, did not end cleanly.
func endedCleanly(ro *sql.DB) bool {
	var clean int
	err := ro.QueryRow(`SELECT clean FROM session WHERE id = 1`).Scan(&clean)
	return err == nil && clean == 1
}

// probe reads the first row of every table (its own b-tree, not a covering
// index) in one statement, so that a
// file whose tables' first pages are damaged is refused even after a
// clean end, at a cost that does not grow with the rows.
func probe(ro *sql.DB) error {
	rows, err := ro.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
	if err != nil {
		return err
	}
	var parts []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		parts = append(parts, `(SELECT 1 FROM "`+strings.ReplaceAll(name, `"`, `""`)+`" NOT INDEXED LIMIT 1)`)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(parts) == 0 {
		return err
	}
	_, err = ro.Exec(`SELECT ` + strings.Join(parts, ", "))
	return err
}
