package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"yoriai/fault"
)

// ErrExists is returned when the file to write is already there and
// overwriting was not asked for.
var ErrExists = errors.New("the file already exists")

// WriteFile writes a file whole or not at all: into a temporary file next
// to it, synced, then moved into place. The file is readable by its owner
// only (it holds staff names and opinions). An existing file is replaced
// only when force is set; otherwise ErrExists, and nothing changes. The
// folder must exist: WriteFile creates none, so a mistyped folder is an
// error that wraps fault.ErrNoFolder rather than a new folder somewhere.
func WriteFile(path string, force bool, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if info, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) || (err == nil && !info.IsDir()) {
		return fmt.Errorf("%w: %s", fault.ErrNoFolder, dir)
	}
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return ErrExists
		}
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return err
	}
	b := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(b); err != nil {
		return err
	}
	if err := b.Flush(); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if force {
		return os.Rename(tmp.Name(), path)
	}
	// A hard link fails if the name is taken, so a file that appeared in
	// the meantime is not replaced either. Where links are not supported
	// (a FAT USB stick), the check above has to do.
	if err := os.Link(tmp.Name(), path); err == nil {
		os.Remove(tmp.Name())
		return nil
	} else if errors.Is(err, fs.ErrExist) {
		return ErrExists
	}
	return os.Rename(tmp.Name(), path)
}
