package db

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// OpenReadOnly opens the database at path only to read it, for exports,
// the backup and doctor where the file or its folder cannot be written (a
// write-protected USB stick, a CD, a shared folder without write
// permission). It takes no lock, migrates nothing and creates no file
// beside the database: no .lock, -wal or -shm. It refuses, as Open does,
// what is not a yoriai database, a damaged one and one from a newer
// yoriai; and, kind ErrReadOnly, one from an older yoriai, which needs
// updating first, and one whose -wal holds changes that cannot be read
// without a -shm it cannot create. Writing through the store fails.
func OpenReadOnly(path string) (*Store, error) {
	fail := func(kind OpenErrorKind, err error) (*Store, error) {
		return nil, &OpenError{Kind: kind, Path: path, Err: err}
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return fail(fsKind(err), err)
	case info.IsDir():
		return fail(ErrCannotOpen, errors.New("is a directory"))
	case info.Size() == 0:
		return fail(ErrNotDatabase, errors.New("empty file"))
	}
	if _, _, oe := inspectFor(path, false); oe != nil {
		return nil, oe
	}
	db, err := openRO(path)
	if err != nil {
		return fail(sqliteKind(err), err)
	}
	var version int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		db.Close()
		return fail(sqliteKind(err), err)
	}
	if version < SchemaVersion {
		db.Close()
		return fail(ErrReadOnly, fmt.Errorf("schema %d needs updating to %d, which needs writing", version, SchemaVersion))
	}
	return &Store{db: db, path: path}, nil
}

// openRO is a read-only connection to path that creates nothing beside it.
// Without a -wal file the file is read as immutable: SQLite then creates
// no -wal or -shm (and none is needed: a running yoriai keeps a -wal).
// With one (left by a crash, or a yoriai that has it open), it is read
// normally so the log's pages count too; where that cannot be done
// because the place is read-only and the log is empty, immutable again.
func openRO(path string) (*sql.DB, error) {
	wal, walErr := os.Stat(path + "-wal")
	db, err := sql.Open("sqlite", dsn(path, walErr != nil))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	err = db.Ping()
	if err == nil {
		var n int
		err = db.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&n)
	}
	if err == nil {
		return db, nil
	}
	db.Close()
	if walErr != nil || wal.Size() > 0 {
		return nil, err
	}
	db, err = sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}
