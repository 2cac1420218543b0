// Package fault sorts the failures of the disk and of the database into the
// few kinds a facilitator can act on: the disk is full, the place is
// read-only, permission is denied, the file is gone, a folder is missing,
// another program holds the file, the database is damaged, the disk failed
// to read or write. i18n words each kind (Catalog.Fault); the screens and
// the command line show those words and keep the original text for a
// detail line. It imports only the standard library, so any package may
// use it: SQLite's errors are recognised by their result code, through the
// Code() int method the driver's error type has.
package fault

import (
	"errors"
	"io/fs"
	"syscall"
)

// Kind is a kind of failure.
type Kind int

// The kinds of failure.
const (
	Unknown    Kind = iota // none of the below
	DiskFull               // no space left on the disk (or the quota is used up)
	ReadOnly               // the medium or the database is read-only
	Permission             // the system refuses access
	Gone                   // the file is not (or no longer) there
	NoFolder               // the folder to write into does not exist
	Busy                   // another program holds the file
	Corrupt                // the database is damaged or not a database
	CannotOpen             // SQLite cannot open the file (missing, or a place it cannot write)
	IO                     // the disk failed to read or write
)

// Kinds lists every kind, for catalogues and their tests.
var Kinds = []Kind{Unknown, DiskFull, ReadOnly, Permission, Gone, NoFolder, Busy, Corrupt, CannotOpen, IO}

// ErrNoFolder is wrapped by the error of writing into a folder that does
// not exist.
var ErrNoFolder = errors.New("the folder does not exist")

// SQLite's primary result codes (https://sqlite.org/rescode.html).
const (
	sqlitePerm     = 3
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteAuth     = 23
	sqliteNotADB   = 26

	sqliteReadOnlyDBMoved = sqliteReadOnly | 4<<8 // the file was moved or removed while open
)

// coder is the SQLite driver's error (modernc.org/sqlite *sqlite.Error).
type coder interface{ Code() int }

// Of says what kind of failure err is; nil is Unknown.
func Of(err error) Kind {
	if err == nil {
		return Unknown
	}
	if errors.Is(err, ErrNoFolder) {
		return NoFolder
	}
	if k := osKind(err); k != Unknown {
		return k
	}
	switch {
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return DiskFull
	case errors.Is(err, syscall.EROFS):
		return ReadOnly
	case errors.Is(err, fs.ErrPermission):
		return Permission
	case errors.Is(err, fs.ErrNotExist):
		return Gone
	case errors.Is(err, syscall.EBUSY), errors.Is(err, syscall.ETXTBSY):
		return Busy
	case errors.Is(err, syscall.EIO):
		return IO
	}
	var c coder
	if !errors.As(err, &c) {
		return Unknown
	}
	if c.Code() == sqliteReadOnlyDBMoved {
		return Gone
	}
	switch c.Code() & 0xff {
	case sqliteFull:
		return DiskFull
	case sqliteReadOnly:
		return ReadOnly
	case sqlitePerm, sqliteAuth:
		return Permission
	case sqliteBusy, sqliteLocked:
		return Busy
	case sqliteCorrupt, sqliteNotADB:
		return Corrupt
	case sqliteCantOpen:
		return CannotOpen
	case sqliteIOErr:
		return IO
	}
	return Unknown
}
