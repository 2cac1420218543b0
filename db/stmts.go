package db

import (
	"database/sql"
	"errors"
	"fmt"
)

// stmts are the statements of the writes a facilitator makes many times a
// meeting (a card added, changed, moved, undone; every event), prepared
// once when the store opens and run inside a transaction through
// tx.Stmt, so that a commit parses no SQL. They are prepared at Open and
// not on first use: with the store's one connection, preparing on s.db
// while a transaction holds that connection would wait for ever.
type stmts struct {
	event                               *sql.Stmt
	cardInsert, cardNextPos, cardNextAt *sql.Stmt
	cardDelete, cardChange, cardRestore *sql.Stmt
	cardEdit                            *sql.Stmt
	linkDelete, linkSet                 *sql.Stmt
	undoDropRedo, undoInsert            *sql.Stmt
	undoCompact, undoNewest, undoRedo   *sql.Stmt
	undoMark, undoCount                 *sql.Stmt
	sessionOpen                         *sql.Stmt
	text                                map[*sql.Stmt]string // each one's SQL, for rawExec
}

// cardChangeSQL sets what a board step changes of a card; restore also
// brings a deleted card back.
const cardChangeSQL = `UPDATE card SET pillar_id = ?, kind = ?, text = ?, author_id = ?, author_name = ?,
	board_pos = ?, group_label = ?, updated_at = ?%s WHERE id = ? AND workshop_id = ?`

// stmtDef is one statement of stmts and its SQL.
type stmtDef struct {
	to  **sql.Stmt
	sql string
}

// defs lists every statement of q.
func (q *stmts) defs() []stmtDef {
	return []stmtDef{
		{&q.event, `INSERT INTO event (at, workshop_id, meeting_id, actor, kind, payload) VALUES (?, ?, ?, ?, ?, ?)`},
		{&q.cardInsert, `INSERT INTO card (workshop_id, meeting_id, item_id, pillar_id, kind, text, author_id, author_name,
			source, position, board_pos, group_label, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		// its place among the cards of its agenda item (the index covers the live ones)
		{&q.cardNextPos, `SELECT coalesce(max(position), -1) + 1 FROM card WHERE item_id = ? AND deleted_at IS NULL`},
		{&q.cardNextAt, `SELECT coalesce(max(board_pos), 0) + 1 FROM card WHERE workshop_id = ?`},
		{&q.cardDelete, `UPDATE card SET deleted_at = ? WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL`},
		{&q.cardChange, fmt.Sprintf(cardChangeSQL, "")},
		{&q.cardRestore, fmt.Sprintf(cardChangeSQL, ", deleted_at = NULL")},
		{&q.cardEdit, `UPDATE card SET text = ?, author_id = ?, kind = ?, pillar_id = ?, updated_at = ?
			WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL`},
		{&q.linkDelete, `DELETE FROM card_link WHERE from_id = ? AND kind = 'resolves'`},
		{&q.linkSet, `INSERT INTO card_link (from_id, to_id, kind) VALUES (?, ?, 'resolves')
			ON CONFLICT (from_id, kind) DO UPDATE SET to_id = excluded.to_id`},
		{&q.undoDropRedo, `DELETE FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 1`},
		{&q.undoInsert, `INSERT INTO undo_step (workshop_id, scope, change, at) VALUES (?, ?, ?, ?)`},
		// the steps beyond the depth: at most UndoDepth index entries are
		// stepped over, however long the file's history
		{&q.undoCompact, `DELETE FROM undo_step WHERE workshop_id = ?1 AND scope = ?2 AND undone = 0 AND id <= (
			SELECT id FROM undo_step WHERE workshop_id = ?1 AND scope = ?2 AND undone = 0 ORDER BY id DESC LIMIT 1 OFFSET ?3)`},
		{&q.undoCount, `SELECT count(*) FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 1`},
		{&q.undoNewest, `SELECT id, change FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 0 ORDER BY id DESC LIMIT 1`},
		{&q.undoRedo, `SELECT id, change FROM undo_step WHERE workshop_id = ? AND scope = ? AND undone = 1 ORDER BY id LIMIT 1`},
		{&q.undoMark, `UPDATE undo_step SET undone = ? WHERE id = ?`},
		{&q.sessionOpen, `UPDATE session SET clean = 0 WHERE id = 1`},
	}
}

// prepare prepares the statements of stmts.
func (s *Store) prepare() error {
	for _, p := range s.q.defs() {
		st, err := s.db.Prepare(p.sql)
		if err != nil {
			s.closeStmts()
			return fmt.Errorf("prepare %.40s…: %w", p.sql, err)
		}
		*p.to = st
		if s.q.text == nil {
			s.q.text = map[*sql.Stmt]string{}
		}
		s.q.text[st] = p.sql
	}
	return nil
}

// closeStmts closes the prepared statements.
func (s *Store) closeStmts() error {
	var errs []error
	for _, p := range s.q.defs() {
		if *p.to != nil {
			errs = append(errs, (*p.to).Close())
			*p.to = nil
		}
	}
	s.q.text = nil
	return errors.Join(errs...)
}
