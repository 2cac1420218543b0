//go:build !windows

package db

import (
	"os"

	"github.com/gofrs/flock"
)

// writeProtected says whether err is Windows' "the medium is write
// protected"; elsewhere EROFS says it.
func writeProtected(error) bool { return false }

// releaseLock removes the lock file, if its name still refers to the file
// l holds, and then unlocks it (see lock.go).
func releaseLock(l *flock.Flock) error {
	if l == nil {
		return nil
	}
	if holdsName(l, l.Path()) {
		_ = os.Remove(l.Path())
	}
	return l.Unlock()
}
