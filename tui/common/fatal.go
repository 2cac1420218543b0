package common

import (
	"database/sql"
	"errors"
	"io/fs"
)

// SQLite's primary result codes that mean the database file itself can no
// longer be used: reading or writing it failed at the disk, it is damaged,
// it is no longer a database, it cannot be opened again, or it became
// read-only under us (a USB stick pulled out, a network drive gone).
const (
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// Fatal reports whether err means the store is gone for good: going on
// would only fail again at every key, so the app shows one screen and
// quits. A full disk or a busy database is not fatal: the facilitator can
// free space or wait, and try again.
func Fatal(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, sql.ErrConnDone) || errors.Is(err, fs.ErrNotExist) {
		return true
	}
	var coded interface{ Code() int } // modernc.org/sqlite's *sqlite.Error
	if errors.As(err, &coded) {
		switch coded.Code() & 0xff {
		case sqliteReadOnly, sqliteIOErr, sqliteCorrupt, sqliteCantOpen, sqliteNotADB:
			return true
		}
	}
	return false
}
