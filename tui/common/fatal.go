package common

import (
	"database/sql"
	"errors"

	"yoriai/fault"
)

// Fatal reports whether err means the store is gone for good: the file is
// no longer there, the disk failed, the database is damaged or became
// read-only under us (a USB stick pulled out, a network drive gone). Going
// on would only fail again at every key, so the app shows one screen and
// quits. A full disk or a busy database is not fatal: the facilitator can
// free space or wait, and try again.
func Fatal(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, sql.ErrConnDone) {
		return true
	}
	switch fault.Of(err) {
	case fault.Gone, fault.IO, fault.Corrupt, fault.CannotOpen, fault.ReadOnly:
		return true
	}
	return false
}

// Problem words a failed request for a form's error line: what happened
// and what to do, in the user's language (the original error text is the
// banner's detail line).
func (c Common) Problem(e ErrMsg) string {
	s, a, _ := c.T.Fault(e.Err)
	return s + " " + a
}
