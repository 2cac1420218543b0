package db

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"yoriai/model"
)

// listDir is the names in dir, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}

// copyDB copies the database at from, with whichever of its -wal and -shm
// exist, to dir/name, as someone copying the folder of a running yoriai.
func copyDB(t *testing.T, from, dir, name string, sides ...string) {
	t.Helper()
	for _, s := range append([]string{""}, sides...) {
		b, err := os.ReadFile(from + s)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, name+s), b, 0o600)
	}
}

// onReadOnlyMedium runs test name again in a child that sees dir mounted
// read-only, in a mount namespace of its own (the mount goes with the
// child). As root, chmod would not stop a write, so this is how a
// write-protected medium is made here; where the machine does not allow it
// (no unshare, not root), the test is skipped.
func onReadOnlyMedium(t *testing.T, dir, name string) {
	t.Helper()
	script := `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && exec "$0" -test.run "$2" -test.v`
	cmd := exec.Command("unshare", "-m", "sh", "-c", script, os.Args[0], dir, "^"+name+"$")
	cmd.Env = append(os.Environ(), "YORIAI_RO_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil && !strings.Contains(string(out), "=== RUN") {
		t.Skipf("cannot mount a read-only folder here: %v %s", err, out)
	}
	t.Logf("child:\n%s", out)
	if err != nil || !strings.Contains(string(out), "--- PASS") {
		t.Errorf("on the read-only medium:\n%s", out)
	}
}

// TestOpenReadOnlyOnAReadOnlyMedium prepares three databases (closed
// cleanly; copied with its -wal and -shm while open; copied with its -wal
// only) and reads them from a read-only mount.
func TestOpenReadOnlyOnAReadOnlyMedium(t *testing.T) {
	if dir := os.Getenv("YORIAI_RO_DIR"); dir != "" {
		readOnlyChecks(t, dir)
		return
	}
	dir := t.TempDir()
	st, err := Open(filepath.Join(dir, "clean.db"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateWorkshop(sampleTemplate(), "abc", at0); err != nil {
		t.Fatal(err)
	}
	copyDB(t, st.path, dir, "crash.db", "-wal", "-shm")
	copyDB(t, st.path, dir, "walonly.db", "-wal")
	st.Close()
	onReadOnlyMedium(t, dir, t.Name())
}

func readOnlyChecks(t *testing.T, dir string) {
	if err := os.WriteFile(filepath.Join(dir, "probe"), nil, 0o600); !errors.Is(err, syscall.EROFS) {
		t.Fatalf("the folder is not read-only: %v", err)
	}
	before := listDir(t, dir)
	for _, name := range []string{"clean.db", "crash.db"} {
		path := filepath.Join(dir, name)
		if k := openKind(t, path); k != ErrReadOnly {
			t.Errorf("%s: Open kind %d, want ErrReadOnly", name, k)
		}
		st, err := OpenReadOnly(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ws, err := st.Workshops()
		if err != nil || len(ws) != 1 {
			t.Errorf("%s: workshops %v, %v (the log's changes must count)", name, ws, err)
		}
		if err := st.Backup(io.Discard); err != nil {
			t.Errorf("%s: backup: %v", name, err)
		}
		if err := st.SaveResume(model.Resume{WorkshopID: ws[0].ID}, at0); err == nil {
			t.Errorf("%s: a write succeeded", name)
		}
		st.Close()
		d, err := Diagnose(path)
		if err != nil || d.Integrity != "ok" || d.ReadErr != nil || !d.Yoriai {
			t.Errorf("%s: Diagnose = %+v, %v", name, d, err)
		}
	}
	var oe *OpenError
	if _, err := OpenReadOnly(filepath.Join(dir, "walonly.db")); !errors.As(err, &oe) || oe.Kind != ErrReadOnly {
		t.Errorf("a log that cannot be read: %v, want ErrReadOnly", err)
	}
	if after := listDir(t, dir); !slices.Equal(before, after) {
		t.Errorf("files changed: %v -> %v", before, after)
	}
}

// TestOpenReadOnlyCreatesNothing reads a closed database in a writable
// folder: nothing appears beside it, writing fails, and an older schema,
// which would need writing, is refused.
func TestOpenReadOnlyCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.CreateWorkshop(sampleTemplate(), "abc", at0)
	st.Close()
	before := listDir(t, dir)
	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	if ws, err := ro.Workshops(); err != nil || len(ws) != 1 {
		t.Errorf("workshops %v, %v", ws, err)
	}
	if _, err := ro.CreateWorkshop(sampleTemplate(), "def", at0); err == nil {
		t.Error("a read-only store wrote")
	}
	ro.Close()
	if after := listDir(t, dir); !slices.Equal(before, after) {
		t.Errorf("files appeared: %v -> %v", before, after)
	}
	st, _ = Open(path)
	st.db.Exec("PRAGMA user_version = 1")
	st.Close()
	var oe *OpenError
	if _, err := OpenReadOnly(path); !errors.As(err, &oe) || oe.Kind != ErrReadOnly {
		t.Errorf("an older schema: %v, want ErrReadOnly", err)
	}
	if _, err := OpenReadOnly(filepath.Join(dir, "missing.db")); err == nil {
		t.Error("a missing file opened")
	}
}
