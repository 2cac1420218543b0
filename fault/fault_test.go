package fault_test

import (
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	_ "modernc.org/sqlite"

	"yoriai/export"
	"yoriai/fault"
)

// sqliteDB opens path with the modernc driver and the given URI query.
func sqliteDB(t *testing.T, path, query string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.ToSlash(path)+"?"+query)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

// TestOfRealErrors makes each failure happen for real where it can be
// made here, and checks its kind.
func TestOfRealErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if _, err := sqliteDB(t, good, "").Exec(`CREATE TABLE t (x)`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		make func() error
		want fault.Kind
	}{
		{"SQLITE_READONLY: writing through a read-only connection", func() error {
			_, err := sqliteDB(t, good, "mode=ro").Exec(`INSERT INTO t VALUES (1)`)
			return err
		}, fault.ReadOnly},
		{"SQLITE_FULL: the database reached its size limit", func() error {
			db := sqliteDB(t, filepath.Join(dir, "full.db"), "")
			db.Exec(`CREATE TABLE t (x)`)
			db.Exec(`PRAGMA max_page_count = 3`)
			for range 100 {
				if _, err := db.Exec(`INSERT INTO t VALUES (randomblob(2000))`); err != nil {
					return err
				}
			}
			return nil
		}, fault.DiskFull},
		{"SQLITE_BUSY: another connection holds the write lock", func() error {
			path := filepath.Join(dir, "busy.db")
			a := sqliteDB(t, path, "_pragma=journal_mode(WAL)")
			a.Exec(`CREATE TABLE t (x)`)
			tx, err := a.Begin()
			if err != nil {
				return err
			}
			defer tx.Rollback()
			if _, err := tx.Exec(`INSERT INTO t VALUES (1)`); err != nil {
				return err
			}
			_, err = sqliteDB(t, path, "_pragma=busy_timeout(0)").Exec(`INSERT INTO t VALUES (2)`)
			return err
		}, fault.Busy},
		{"SQLITE_NOTADB: a text file opened as a database", func() error {
			path := filepath.Join(dir, "text.db")
			os.WriteFile(path, []byte("名前,所属\n山田,企画財政課\n"+string(make([]byte, 600))), 0o600)
			_, err := sqliteDB(t, path, "").Exec(`SELECT * FROM sqlite_master`)
			return err
		}, fault.Corrupt},
		{"SQLITE_CANTOPEN: a database in a folder that does not exist", func() error {
			_, err := sqliteDB(t, filepath.Join(dir, "nowhere", "x.db"), "").Exec(`CREATE TABLE t (x)`)
			return err
		}, fault.CannotOpen},
		{"ENOENT: a file that is not there", func() error {
			_, err := os.Open(filepath.Join(dir, "missing.csv"))
			return err
		}, fault.Gone},
		{"export into a folder that does not exist", func() error {
			return export.WriteFile(filepath.Join(dir, "nowhere", "議事要旨.md"), false, func(w io.Writer) error { return nil })
		}, fault.NoFolder},
		{"wrapped by fmt.Errorf", func() error {
			_, err := os.Open(filepath.Join(dir, "missing.csv"))
			return fmt.Errorf("reading the chat: %w", err)
		}, fault.Gone},
		{"a plain error", func() error { return errors.New("something else") }, fault.Unknown},
	}
	if runtime.GOOS == "linux" {
		tests = append(tests, struct {
			name string
			make func() error
			want fault.Kind
		}{"ENOSPC: writing to /dev/full", func() error {
			f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				t.Skip("no /dev/full")
			}
			defer f.Close()
			_, err = f.Write([]byte("x"))
			return err
		}, fault.DiskFull})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.make()
			if err == nil {
				t.Fatal("no error happened")
			}
			if got := fault.Of(err); got != tt.want {
				t.Errorf("Of(%v) = %d, want %d", err, got, tt.want)
			}
		})
	}
}

// TestOfSystemErrors covers what cannot be made to happen here (root
// ignores permissions; no read-only medium is mounted) with the very
// values the system returns.
func TestOfSystemErrors(t *testing.T) {
	tests := []struct {
		err  error
		want fault.Kind
	}{
		{&fs.PathError{Op: "open", Path: "/media/usb/yoriai.db", Err: syscall.EROFS}, fault.ReadOnly},
		{&fs.PathError{Op: "open", Path: "/srv/yoriai.db", Err: syscall.EACCES}, fault.Permission},
		{&fs.PathError{Op: "write", Path: "/srv/yoriai.db", Err: syscall.EIO}, fault.IO},
		{&fs.PathError{Op: "write", Path: "/home/x/yoriai.db", Err: syscall.EDQUOT}, fault.DiskFull},
		{codeErr(1032), fault.Gone},     // SQLITE_READONLY_DBMOVED
		{codeErr(3850), fault.IO},       // SQLITE_IOERR_LOCK
		{codeErr(517), fault.Busy},      // SQLITE_BUSY_SNAPSHOT
		{codeErr(779), fault.Corrupt},   // SQLITE_CORRUPT_INDEX
		{codeErr(23), fault.Permission}, // SQLITE_AUTH
		{codeErr(1), fault.Unknown},     // SQLITE_ERROR
		{nil, fault.Unknown},
	}
	for _, tt := range tests {
		if got := fault.Of(tt.err); got != tt.want {
			t.Errorf("Of(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

// codeErr is an error with a SQLite result code, as the driver's.
type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("sqlite code %d", int(c)) }
func (c codeErr) Code() int     { return int(c) }
