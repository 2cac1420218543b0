//go:build windows

package db

import (
	"errors"
	"os"
	"syscall"

	"github.com/gofrs/flock"
)

// errorWriteProtect is Windows' "the media is write protected".
const errorWriteProtect syscall.Errno = 19

// writeProtected says whether err is Windows' "the medium is write
// protected" (a USB stick with its switch on).
func writeProtected(err error) bool { return errors.Is(err, errorWriteProtect) }

// releaseLock unlocks and closes the lock file, then removes it; Windows
// refuses the removal when another yoriai has opened the file meanwhile,
// and the file then stays with it (see lock.go).
func releaseLock(l *flock.Flock) error {
	if l == nil {
		return nil
	}
	ours := holdsName(l, l.Path())
	err := l.Unlock()
	if ours {
		_ = os.Remove(l.Path())
	}
	return err
}
