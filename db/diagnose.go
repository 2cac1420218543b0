package db

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/gofrs/flock"
)

// Diagnosis is what `yoriai doctor` reports about a database file. It is
// read without changing the file and without taking it from a running
// yoriai, and without creating anything beside it, so that it works on a
// read-only medium too.
type Diagnosis struct {
	Exists        bool
	Size          int64
	Mode          fs.FileMode
	SQLite        bool   // starts with the SQLite header
	Yoriai        bool   // carries yoriai's application id
	SchemaVersion int    // user_version from the header
	Integrity     string // "ok", SQLite's complaint, or "" when not checked
	Locked        bool   // another yoriai has it open
	LockPID       int    // the process that holds it, when it wrote its pid
	ReadErr       error  // why its contents could not be read, if they could not
}

// Diagnose inspects the database at path.
func Diagnose(path string) (Diagnosis, error) {
	var d Diagnosis
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return d, nil
	}
	if err != nil {
		return d, err
	}
	d.Exists, d.Size, d.Mode = true, info.Size(), info.Mode().Perm()
	if lf, err := os.Stat(path + ".lock"); err == nil && !lf.IsDir() {
		l := flock.New(path+".lock", flock.SetFlag(os.O_RDONLY)) // never creates one
		if ok, err := l.TryRLock(); err == nil && !ok {
			d.Locked = true
			if b, err := os.ReadFile(path + ".lock"); err == nil {
				d.LockPID, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
		} else if ok {
			_ = l.Unlock()
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return d, err
	}
	var h [100]byte
	_, err = io.ReadFull(f, h[:])
	f.Close()
	if err != nil || !bytes.HasPrefix(h[:], []byte("SQLite format 3\x00")) {
		return d, nil
	}
	d.SQLite = true
	d.SchemaVersion = int(binary.BigEndian.Uint32(h[60:64]))
	d.Yoriai = binary.BigEndian.Uint32(h[68:72]) == ApplicationID
	ro, err := openRO(path)
	if err != nil {
		d.ReadErr = err
		return d, nil
	}
	defer ro.Close()
	if err := ro.QueryRow("PRAGMA integrity_check").Scan(&d.Integrity); err != nil {
		d.Integrity, d.ReadErr = "", err
	}
	if d.Integrity == "ok" { // the WAL may hold newer values than the header
		var appID uint32
		if ro.QueryRow("PRAGMA application_id").Scan(&appID) == nil {
			d.Yoriai = appID == ApplicationID
		}
		_ = ro.QueryRow("PRAGMA user_version").Scan(&d.SchemaVersion)
	}
	return d, nil
}
