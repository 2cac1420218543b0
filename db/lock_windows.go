//go:build windows

package db

import (
	"os"

	"github.com/gofrs/flock"
)

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
