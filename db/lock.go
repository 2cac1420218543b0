package db

// lock.go: the lock file beside the database (yoriai.db.lock) that keeps a
// second yoriai away, and its removal.
//
// Only the holder removes the lock file, when it closes the store or gives
// up opening it, and only while the name still refers to the very file it
// locked. The race this guards against: B opens the lock file, A (the
// holder) removes it and unlocks, B's lock then succeeds on a file that no
// longer has a name, and a third yoriai C creates a new file under the
// name and locks that too. So after locking, acquireLock checks that the
// name still refers to the file it holds, and starts again if not; B then
// locks C's new file or is refused. On Unix the holder removes the name
// while it still holds the lock and unlocks afterwards; on Windows, where
// an open file cannot be removed, it unlocks and closes first, and the
// removal fails (and the file stays, to its new holder) if another yoriai
// has opened it meanwhile. A yoriai killed with kill -9 leaves its lock
// file; no lock is held on it, so the next yoriai takes it and removes it
// when it closes.

import (
	"errors"
	"os"

	"github.com/gofrs/flock"
)

// errLockMoving is returned when the lock file was replaced under us again
// and again.
var errLockMoving = errors.New("the lock file keeps being replaced")

// acquireLock takes the lock file at lockPath, creating it (0600) when
// missing. ok is false when another yoriai holds it.
func acquireLock(lockPath string) (l *flock.Flock, ok bool, err error) {
	for range 5 {
		l = flock.New(lockPath, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o600))
		ok, err := l.TryLock()
		if err != nil || !ok {
			return nil, false, err
		}
		if holdsName(l, lockPath) {
			return l, true, nil
		}
		_ = l.Unlock() // its holder removed it between our open and our lock
	}
	return nil, false, errLockMoving
}

// holdsName says whether lockPath still names the file l holds.
func holdsName(l *flock.Flock, lockPath string) bool {
	held, err := l.Stat()
	if err != nil {
		return false
	}
	named, err := os.Stat(lockPath)
	return err == nil && os.SameFile(held, named)
}
