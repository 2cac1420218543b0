// Package db is yoriai's SQLite store: one file holds a workshop's whole
// life. Open refuses, with one clear cause and without changing a byte, a
// file another yoriai holds, a file that is not a yoriai database, a damaged
// one, one from a newer yoriai, or one in a place it cannot write. Every
// write is one transaction that also appends to the event log.
package db

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"syscall"

	"github.com/gofrs/flock"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ApplicationID marks a SQLite file as yoriai's ("YRAI").
const ApplicationID = 0x59524149

// ErrNotFound is returned when a row asked for by id does not exist.
var ErrNotFound = errors.New("not found")

// OpenErrorKind says why Open refused a file.
type OpenErrorKind int

// The reasons Open refuses a file.
const (
	ErrLocked      OpenErrorKind = iota + 1 // another yoriai has it open
	ErrNotDatabase                          // not SQLite, or somebody else's SQLite file
	ErrCorrupt                              // a yoriai database that fails its integrity check
	ErrNewerSchema                          // written by a newer yoriai
	ErrReadOnly                             // the file or its folder cannot be written
	ErrCannotOpen                           // anything else
)

// OpenError is why Open refused a file. The user interface words it from
// Kind; Error is for logs.
type OpenError struct {
	Kind      OpenErrorKind
	Path      string
	Found     int // the file's schema version, for ErrNewerSchema
	Supported int // SchemaVersion, for ErrNewerSchema
	Err       error
}

// Error describes the refusal in English, for logs.
func (e *OpenError) Error() string {
	what := map[OpenErrorKind]string{
		ErrLocked: "in use by another yoriai", ErrNotDatabase: "not a yoriai database",
		ErrCorrupt: "damaged", ErrNewerSchema: "from a newer yoriai", ErrReadOnly: "not writable",
	}[e.Kind]
	if what == "" {
		what = "cannot be opened"
	}
	s := fmt.Sprintf("database %s: %s", e.Path, what)
	if e.Kind == ErrNewerSchema {
		s += fmt.Sprintf(" (schema %d, this yoriai reads up to %d)", e.Found, e.Supported)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the cause.
func (e *OpenError) Unwrap() error { return e.Err }

// Store is an open yoriai database, held exclusively by this process.
type Store struct {
	db      *sql.DB
	lock    *flock.Flock
	path    string
	q       stmts   // the hot writes, prepared
	sess    session // did the last session end cleanly
	hist    histSteps
	raw     rawConn // the hot writes, on the driver connection
	checked bool    // Open ran the integrity check
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Close marks the session as ended cleanly, closes the database and
// releases the lock, removing the lock file (see lock.go). A store opened
// with OpenReadOnly holds no lock and marks nothing.
func (s *Store) Close() error {
	// Without the mark (it failed, or Close never ran) the next Open runs
	// the integrity check.
	if s.lock != nil {
		_ = s.endSession()
	}
	err := errors.Join(s.closeRaw(), s.closeStmts(), s.db.Close())
	if uerr := releaseLock(s.lock); err == nil {
		err = uerr
	}
	s.lock = nil
	return err
}

// Open opens (creating when missing) the yoriai database at path and brings
// its schema up to date.
func Open(path string) (*Store, error) {
	fail := func(kind OpenErrorKind, err error) (*Store, error) {
		return nil, &OpenError{Kind: kind, Path: path, Err: err}
	}
	// One file, one lock, whatever name it is opened by: through a symbolic
	// link the lock goes beside the file itself.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fail(ErrCannotOpen, errors.New("is a directory"))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fail(fsKind(err), err)
	}
	lock, ok, err := acquireLock(path + ".lock")
	if err != nil {
		return fail(fsKind(err), err)
	}
	if !ok {
		return fail(ErrLocked, nil)
	}
	st, err := open(path)
	if err != nil {
		_ = releaseLock(lock) // a refused file leaves no lock file behind
		return nil, err
	}
	st.lock = lock
	// Say who holds the lock, for `yoriai doctor`; where the system does not
	// allow writing a locked file (Windows), doctor just says it is in use.
	_ = os.WriteFile(path+".lock", []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600)
	return st, nil
}

// open does Open's work once the lock is held.
func open(path string) (*Store, error) {
	fail := func(kind OpenErrorKind, err error) (*Store, error) {
		return nil, &OpenError{Kind: kind, Path: path, Err: err}
	}
	var checked, clean bool
	var oe *OpenError
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return fail(fsKind(err), err)
		}
		f.Close()
	case err != nil:
		return fail(fsKind(err), err)
	case info.Size() > 0:
		if checked, clean, oe = inspect(path); oe != nil {
			return nil, oe
		}
	}
	db, err := sql.Open("sqlite", rwDSN(path))
	if err != nil {
		return fail(ErrCannotOpen, err)
	}
	db.SetMaxOpenConns(1)
	st := &Store{db: db, path: path, checked: checked, sess: session{clean: clean}}
	// Each migration is one transaction, so one interrupted leaves the file
	// as the last session left it.
	if err := st.migrate(); err != nil {
		db.Close()
		if errors.As(err, &oe) {
			return nil, oe
		}
		return fail(sqliteKind(err), err)
	}
	if err := st.prepare(); err != nil {
		db.Close()
		return fail(sqliteKind(err), err)
	}
	// A crash may have left the last ballot in the log, or a closed
	// ballot not yet forgotten (poll_forget.go). Best effort.
	_ = st.truncateLog()
	_ = st.forgetBallotOrders()
	return st, nil
}

// inspect looks at an existing file without changing it: its header first,
// then, through a read-only connection, its contents. It runs SQLite's
// integrity check (checked) when the last session did not end cleanly
// (clean).
func inspect(path string) (checked, clean bool, oe *OpenError) { return inspectFor(path, true) }

// inspectFor is inspect; writable says the file must also open for
// writing.
func inspectFor(path string, writable bool) (checked, clean bool, oe *OpenError) {
	fail := func(kind OpenErrorKind, err error) (bool, bool, *OpenError) {
		return checked, clean, &OpenError{Kind: kind, Path: path, Err: err}
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(fsKind(err), err)
	}
	var h [100]byte
	_, err = io.ReadFull(f, h[:])
	f.Close()
	if err != nil || !bytes.HasPrefix(h[:], []byte("SQLite format 3\x00")) {
		return fail(ErrNotDatabase, errors.New("no SQLite header"))
	}
	userVersion := int(binary.BigEndian.Uint32(h[60:64]))
	appID := binary.BigEndian.Uint32(h[68:72])
	if appID != 0 && appID != ApplicationID {
		return fail(ErrNotDatabase, fmt.Errorf("application id %#x", appID))
	}
	if appID == ApplicationID && userVersion > SchemaVersion {
		return false, false, &OpenError{Kind: ErrNewerSchema, Path: path, Found: userVersion, Supported: SchemaVersion}
	}
	if writable {
		if w, err := os.OpenFile(path, os.O_RDWR, 0); err != nil {
			return fail(fsKind(err), err)
		} else {
			w.Close()
		}
	}

	ro, err := openRO(path)
	if err != nil {
		return fail(sqliteKind(err), err)
	}
	defer ro.Close()
	if err := probe(ro); err != nil {
		return fail(sqliteKind(err), err)
	}
	if clean = endedCleanly(ro); !clean {
		checked = true
		var check string
		if err := ro.QueryRow("PRAGMA quick_check").Scan(&check); err != nil {
			return fail(sqliteKind(err), err)
		}
		if check != "ok" {
			return fail(ErrCorrupt, errors.New(check))
		}
	}
	var tables int
	if err := ro.QueryRow("PRAGMA application_id").Scan(&appID); err != nil {
		return fail(sqliteKind(err), err)
	}
	if err := ro.QueryRow("SELECT count(*) FROM sqlite_master").Scan(&tables); err != nil {
		return fail(sqliteKind(err), err)
	}
	if appID != ApplicationID && tables > 0 {
		return fail(ErrNotDatabase, errors.New("tables of another program"))
	}
	if err := ro.QueryRow("PRAGMA user_version").Scan(&userVersion); err != nil {
		return fail(sqliteKind(err), err)
	}
	if userVersion > SchemaVersion {
		return checked, clean, &OpenError{Kind: ErrNewerSchema, Path: path, Found: userVersion, Supported: SchemaVersion}
	}
	return checked, clean, nil
}

// dsn is the modernc driver's read-only URI for path; rwDSN the read-write
// one, which sets WAL,
// full sync (a battery dying mid-meeting loses nothing committed), foreign
// keys, a busy timeout and immediate write transactions.
func dsn(path string, immutable bool) string {
	return dsnMode(path, true, immutable)
}

// rwDSN is the read-write URI.
func rwDSN(path string) string { return dsnMode(path, false, false) }

func dsnMode(path string, readOnly, immutable bool) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
	if filepath.VolumeName(path) != "" {
		u.Path = "/" + u.Path // file:///C:/…
	}
	q := url.Values{}
	if readOnly {
		q.Set("mode", "ro")
		if immutable {
			q.Set("immutable", "1")
		}
	} else {
		q.Add("_pragma", "busy_timeout(5000)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Add("_pragma", "foreign_keys(1)")
		// Deleted content is overwritten, not left in free pages: a reset
		// poll or a removed participant leaves no trace in the file.
		q.Add("_pragma", "secure_delete(1)")
		q.Set("_txlock", "immediate")
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// fsKind maps a file-system error to a reason.
func fsKind(err error) OpenErrorKind {
	switch {
	case errors.Is(err, fs.ErrPermission), errors.Is(err, syscall.EROFS), writeProtected(err):
		return ErrReadOnly
	}
	return ErrCannotOpen
}

// sqliteKind maps a SQLite error to a reason.
func sqliteKind(err error) OpenErrorKind {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return ErrCannotOpen
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN:
		return ErrReadOnly
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return ErrCorrupt
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return ErrLocked
	}
	return ErrCannotOpen
}
