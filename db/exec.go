package db

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
)

// execer runs the prepared statements of stmts inside one write: through
// database/sql's transaction (txExec), or, for the writes a facilitator
// makes most (a board or ideas step, undo, redo), straight on the driver
// connection beneath it (rawExec), which spares database/sql's work per
// statement (a Stmt bound to the transaction, a context, a result and a
// lock each time): about half a commit's allocations.
type execer interface {
	exec(st *sql.Stmt, args ...any) (sql.Result, error)
	queryRow(st *sql.Stmt, args []any, dest ...any) error
}

// txExec runs statements in a database/sql transaction.
type txExec struct{ tx *sql.Tx }

func (x txExec) exec(st *sql.Stmt, args ...any) (sql.Result, error) {
	return x.tx.Stmt(st).Exec(args...)
}

func (x txExec) queryRow(st *sql.Stmt, args []any, dest ...any) error {
	return x.tx.Stmt(st).QueryRow(args...).Scan(dest...)
}

// rawConn is the driver connection under the store's one database/sql
// connection, with the statements of stmts prepared on it as they are
// first used. It is only touched inside sql.Conn.Raw, which holds that
// connection, so one write at a time uses it.
type rawConn struct {
	dc                      any // the driver connection the statements belong to
	stmts                   map[*sql.Stmt]driver.Stmt
	begin, commit, rollback driver.Stmt
	args                    []driver.NamedValue
	vals                    []driver.Value
}

// on makes r the driver connection dc's, preparing its transaction
// statements. When database/sql has replaced the connection (after an
// error reported as bad, which is rare), the old statements are dropped
// unfinalized: their connection is closed, and finalizing them would reach
// into it. r keeps dc itself, so no new connection can have its address.
func (r *rawConn) on(dc any) error {
	if r.dc == dc {
		return nil
	}
	*r = rawConn{dc: dc, stmts: map[*sql.Stmt]driver.Stmt{}}
	for _, p := range []struct {
		to  *driver.Stmt
		sql string
	}{{&r.begin, "BEGIN IMMEDIATE"}, {&r.commit, "COMMIT"}, {&r.rollback, "ROLLBACK"}} {
		st, err := prepareRaw(dc, p.sql)
		if err != nil {
			r.dc = nil
			return err
		}
		*p.to = st
	}
	return nil
}

func prepareRaw(dc any, query string) (driver.Stmt, error) {
	if p, ok := dc.(driver.ConnPrepareContext); ok {
		return p.PrepareContext(context.Background(), query)
	}
	return dc.(driver.Conn).Prepare(query)
}

// close closes the statements prepared on dc.
func (r *rawConn) close(dc any) error {
	if r.dc != dc {
		*r = rawConn{}
		return nil
	}
	errs := []error{r.begin.Close(), r.commit.Close(), r.rollback.Close()}
	for _, st := range r.stmts {
		errs = append(errs, st.Close())
	}
	*r = rawConn{}
	return errors.Join(errs...)
}

// rawExec runs statements on r, in the transaction rawWrite began.
type rawExec struct {
	r *rawConn
	q *stmts
}

func (x rawExec) stmt(st *sql.Stmt) (driver.Stmt, error) {
	if ds, ok := x.r.stmts[st]; ok {
		return ds, nil
	}
	query, ok := x.q.text[st]
	if !ok {
		return nil, errors.New("a statement the store did not prepare")
	}
	ds, err := prepareRaw(x.r.dc, query)
	if err != nil {
		return nil, err
	}
	x.r.stmts[st] = ds
	return ds, nil
}

// named converts args as database/sql would, into a buffer kept between
// statements.
func (x rawExec) named(args []any) ([]driver.NamedValue, error) {
	nv := x.r.args[:0]
	for i, a := range args {
		v, err := driver.DefaultParameterConverter.ConvertValue(a)
		if err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		nv = append(nv, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	x.r.args = nv
	return nv, nil
}

func (x rawExec) run(ds driver.Stmt, args []driver.NamedValue) (driver.Result, error) {
	return ds.(driver.StmtExecContext).ExecContext(context.Background(), args)
}

func (x rawExec) exec(st *sql.Stmt, args ...any) (sql.Result, error) {
	ds, err := x.stmt(st)
	if err != nil {
		return nil, err
	}
	nv, err := x.named(args)
	if err != nil {
		return nil, err
	}
	return x.run(ds, nv)
}

func (x rawExec) queryRow(st *sql.Stmt, args []any, dest ...any) error {
	ds, err := x.stmt(st)
	if err != nil {
		return err
	}
	nv, err := x.named(args)
	if err != nil {
		return err
	}
	rows, err := ds.(driver.StmtQueryContext).QueryContext(context.Background(), nv)
	if err != nil {
		return err
	}
	defer rows.Close()
	if n := len(rows.Columns()); n != len(dest) {
		return fmt.Errorf("%d columns scanned into %d values", n, len(dest))
	}
	vals := append(x.r.vals[:0], make([]driver.Value, len(dest))...)
	x.r.vals = vals
	if err := rows.Next(vals); errors.Is(err, io.EOF) {
		return sql.ErrNoRows
	} else if err != nil {
		return err
	}
	for i, v := range vals {
		switch d := dest[i].(type) {
		case *int64:
			n, ok := v.(int64)
			if !ok {
				return fmt.Errorf("column %d is %T, not an integer", i+1, v)
			}
			*d = n
		case *int:
			n, ok := v.(int64)
			if !ok {
				return fmt.Errorf("column %d is %T, not an integer", i+1, v)
			}
			*d = int(n)
		case *string:
			switch t := v.(type) {
			case string:
				*d = t
			case []byte:
				*d = string(t)
			default:
				return fmt.Errorf("column %d is %T, not text", i+1, v)
			}
		default:
			return fmt.Errorf("cannot scan into %T", dest[i])
		}
	}
	return nil
}

// errNoChange is what a rawWrite fn returns when it found nothing to
// change: the transaction is rolled back and rawWrite returns nil.
var errNoChange = errors.New("nothing to change")

// rawWrite runs fn in one transaction on the driver connection: BEGIN
// IMMEDIATE, the session's mark when it is its first write (session.go),
// fn's statements, COMMIT, which is the write's one fsync. After an error
// it rolls back; a connection whose ROLLBACK fails (it may still be in the
// transaction) is reported bad, so that database/sql replaces it. After
// a COMMIT, committed runs while the connection is still held, so that what
// it records of the file is in step with the next write. Inside fn and
// committed nothing may use s.db: they hold its one connection.
func (s *Store) rawWrite(fn func(execer) error, committed func()) error {
	conn, err := s.db.Conn(context.Background())
	if err != nil {
		return err
	}
	defer conn.Close()
	var werr error
	err = conn.Raw(func(dc any) error {
		if err := s.raw.on(dc); err != nil {
			return err
		}
		x := rawExec{&s.raw, &s.q}
		if _, err := x.run(s.raw.begin, nil); err != nil {
			werr = err
			return nil
		}
		mark := s.sess.willMark()
		if mark {
			_, werr = x.exec(s.q.sessionOpen)
		}
		if werr == nil {
			werr = fn(x)
		}
		if werr == nil {
			if _, werr = x.run(s.raw.commit, nil); werr == nil {
				if mark {
					s.sess.markedOpen()
				}
				if committed != nil {
					committed()
				}
				return nil
			}
		}
		if errors.Is(werr, errNoChange) {
			werr = nil
		}
		if _, err := x.run(s.raw.rollback, nil); err != nil {
			return driver.ErrBadConn // perhaps still in the transaction: database/sql must not reuse it
		}
		return nil
	})
	if werr != nil {
		return werr
	}
	return err
}

// closeRaw closes the statements prepared on the driver connection, which
// would otherwise keep SQLite from closing the file (and removing its
// write-ahead log) when the store closes.
func (s *Store) closeRaw() error {
	if s.raw.dc == nil { // nothing prepared, or closed already
		return nil
	}
	conn, err := s.db.Conn(context.Background())
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error { return s.raw.close(dc) })
}
