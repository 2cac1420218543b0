package db

import (
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// fileState is what must not change when Open refuses a file.
type fileState struct {
	sum     [32]byte
	mod     time.Time
	sidecar []string
}

func stateOf(t *testing.T, path string) fileState {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	var side []string
	for _, s := range []string{"-wal", "-shm", "-journal", ".lock"} {
		if _, err := os.Stat(path + s); err == nil {
			side = append(side, s)
		}
	}
	return fileState{sha256.Sum256(b), info.ModTime(), side}
}

func openKind(t *testing.T, path string) OpenErrorKind {
	t.Helper()
	st, err := Open(path)
	if err == nil {
		st.Close()
		t.Fatalf("Open(%s) succeeded, want a refusal", path)
	}
	var oe *OpenError
	if !errors.As(err, &oe) {
		t.Fatalf("error %v is not an *OpenError", err)
	}
	return oe.Kind
}

func TestOpenCreatesMigratesAndReopens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub dir", "鹿島 #1?.db") // spaces, 日本語, URI characters
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := st.CreateWorkshop(sampleTemplate(), "sha", time.UnixMilli(1670544000000))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer st.Close()
	got, _, err := st.Workshop(w.ID)
	if err != nil || got.Title != "テスト市 DX検討会" {
		t.Fatalf("after reopen: %+v, %v", got, err)
	}
	var version, appID int
	st.db.QueryRow("PRAGMA user_version").Scan(&version)
	st.db.QueryRow("PRAGMA application_id").Scan(&appID)
	if version != SchemaVersion || appID != ApplicationID {
		t.Errorf("user_version %d application_id %#x", version, appID)
	}
	if runtime.GOOS != "windows" {
		for _, f := range []string{path, path + "-wal", path + ".lock"} {
			if info, err := os.Stat(f); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v, %v; want 0600", filepath.Base(f), info.Mode().Perm(), err)
			}
		}
	}
}

func TestOpenAcceptsEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	os.WriteFile(path, nil, 0o600)
	st, err := Open(path)
	if err != nil {
		t.Fatalf("a 0-byte file is a new database: %v", err)
	}
	st.Close()
}

// makeDB writes a SQLite file with plain database/sql, bypassing Open.
func makeDB(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
}

func TestOpenRefusesUntouched(t *testing.T) {
	dir := t.TempDir()
	random := make([]byte, 8192)
	for i := range random {
		random[i] = byte(i*7 + i/13)
	}
	tests := []struct {
		name  string
		setup func(path string)
		want  OpenErrorKind
	}{
		{"random bytes", func(p string) { os.WriteFile(p, random, 0o600) }, ErrNotDatabase},
		{"a text file", func(p string) { os.WriteFile(p, []byte("名前,所属\n山田,企画財政課\n"), 0o600) }, ErrNotDatabase},
		{"someone else's sqlite", func(p string) {
			makeDB(t, p, "CREATE TABLE orders (id INTEGER PRIMARY KEY)", "INSERT INTO orders VALUES (1)")
		}, ErrNotDatabase},
		{"another application id", func(p string) { makeDB(t, p, "PRAGMA application_id = 42", "CREATE TABLE x (y)") }, ErrNotDatabase},
		{"newer schema", func(p string) {
			makeDB(t, p, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID),
				fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion+1), "CREATE TABLE future (x)")
		}, ErrNewerSchema},
		{"corrupt yoriai database", func(p string) {
			st, err := Open(p)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 30 {
				st.AddParticipant(sampleParticipant(fmt.Sprintf("職員%d", i)), time.Now())
			}
			st.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
			st.Close()
			os.Remove(p + "-wal")
			os.Remove(p + "-shm")
			b, _ := os.ReadFile(p)
			// Scribble over the second page onward: a b-tree page's header.
			for i := 4096; i < 4096+64 && i < len(b); i++ {
				b[i] = 0xff
			}
			os.WriteFile(p, b, 0o600)
		}, ErrCorrupt},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("f%d.db", i))
			tt.setup(path)
			before := stateOf(t, path)
			if got := openKind(t, path); got != tt.want {
				t.Errorf("kind %d, want %d", got, tt.want)
			}
			after := stateOf(t, path)
			if before.sum != after.sum || !before.mod.Equal(after.mod) || fmt.Sprint(before.sidecar) != fmt.Sprint(after.sidecar) {
				t.Errorf("the refused file changed: %+v -> %+v", before, after)
			}
		})
	}
}

func TestOpenRefusesSecondOpener(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if k := openKind(t, path); k != ErrLocked {
		t.Errorf("kind %d, want ErrLocked", k)
	}
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Error("the refused second opener removed the holder's lock file:", err)
	}
	if k := openKind(t, path); k != ErrLocked {
		t.Errorf("after a refusal the lock no longer holds: kind %d", k)
	}
	st.Close()
	if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the lock file stays after a clean close: %v", err)
	}
	// A lock file left by a yoriai killed with kill -9 holds no lock.
	os.WriteFile(path+".lock", []byte("99999\n"), 0o600)
	st, err = Open(path)
	if err != nil {
		t.Fatalf("a stale lock file blocked Open: %v", err)
	}
	st.Close()
	if _, err := os.Stat(path + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the stale lock file stays after a clean close: %v", err)
	}
}

// TestLockFileRemovedOnlyByItsHolder replaces the lock file's name while
// the store is open, as a second yoriai would after the name was removed:
// closing must not remove the file that now has the name.
func TestLockFileRemovedOnlyByItsHolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS == "windows" {
		st.Close()
		t.Skip("an open file cannot be replaced on Windows")
	}
	os.Remove(path + ".lock")
	os.WriteFile(path+".lock", []byte("another\n"), 0o600)
	st.Close()
	if b, err := os.ReadFile(path + ".lock"); err != nil || string(b) != "another\n" {
		t.Errorf("closing removed or changed a lock file it did not hold: %q, %v", b, err)
	}
	// The name now refers to a file nobody holds: the next Open takes it.
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
}

// TestOpenRefusesWhileAnotherProcessHoldsIt re-runs this test binary as a
// child that opens the database and waits.
func TestOpenRefusesWhileAnotherProcessHoldsIt(t *testing.T) {
	if path := os.Getenv("YORIAI_DB_HOLD"); path != "" {
		st, err := Open(path)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		defer st.Close()
		fmt.Println("ready")
		os.Stdin.Read(make([]byte, 1)) // until the parent closes our stdin
		return
	}
	path := filepath.Join(t.TempDir(), "held.db")
	child := exec.Command(os.Args[0], "-test.run=^TestOpenRefusesWhileAnotherProcessHoldsIt$")
	child.Env = append(os.Environ(), "YORIAI_DB_HOLD="+path)
	stdin, _ := child.StdinPipe()
	out, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := out.Read(buf)
	if !strings.HasPrefix(string(buf[:n]), "ready") {
		t.Fatalf("child said %q", buf[:n])
	}
	if k := openKind(t, path); k != ErrLocked {
		t.Errorf("kind %d, want ErrLocked", k)
	}
	stdin.Close()
	child.Wait()
	st, err := Open(path)
	if err != nil {
		t.Fatalf("after the other process ended: %v", err)
	}
	st.Close()
}

func TestOpenReadOnlyPlaces(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses /proc")
	}
	// /proc refuses new files even to root, so this fails for real here.
	if k := openKind(t, "/proc/yoriai-test/yoriai.db"); k != ErrReadOnly && k != ErrCannotOpen {
		t.Errorf("kind %d for a path under /proc", k)
	}
	// A parent that is a file, not a folder.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "file"), []byte("x"), 0o600)
	if k := openKind(t, filepath.Join(dir, "file", "yoriai.db")); k != ErrCannotOpen {
		t.Errorf("kind %d for a path below a file", k)
	}
	if k := openKind(t, dir); k != ErrCannotOpen {
		t.Errorf("kind %d for a directory", k)
	}
}

func TestErrorKindMapping(t *testing.T) {
	tests := []struct {
		err  error
		want OpenErrorKind
	}{
		{os.ErrPermission, ErrReadOnly},
		{&os.PathError{Op: "open", Path: "x", Err: os.ErrPermission}, ErrReadOnly},
		{errors.New("other"), ErrCannotOpen},
	}
	for _, tt := range tests {
		if got := fsKind(tt.err); got != tt.want {
			t.Errorf("fsKind(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
}

func TestDSNEscapesPaths(t *testing.T) {
	got := rwDSN("/tmp/a b/鹿島#1?.db")
	if !strings.HasPrefix(got, "file:///tmp/a%20b/") || strings.Contains(got, "#1?") {
		t.Errorf("dsn %q does not escape the path", got)
	}
	if !strings.Contains(got, "_txlock=immediate") || !strings.Contains(got, "synchronous%28FULL%29") {
		t.Errorf("dsn %q lacks its pragmas", got)
	}
}

// TestSymlinkedPathSharesTheLock opens one database by its name and by a
// symbolic link to it: the second is refused, as a second instance is.
func TestSymlinkedPathSharesTheLock(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.db")
	link := filepath.Join(dir, "link.db")
	st, err := Open(real)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if k := openKind(t, link); k != ErrLocked {
		t.Errorf("opened through a link while open by name: kind %d", k)
	}
	st.Close()
	viaLink, err := Open(link)
	if err != nil {
		t.Fatalf("through the link: %v", err)
	}
	defer viaLink.Close()
	if viaLink.Path() != real {
		t.Errorf("path %s, want the file itself %s", viaLink.Path(), real)
	}
}
