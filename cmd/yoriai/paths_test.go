package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/model"
)

// noLock fails when a .lock file is left beside path.
func noLock(t *testing.T, path, after string) {
	t.Helper()
	if _, err := os.Stat(path + ".lock"); err == nil {
		t.Errorf("a .lock file is left after %s", after)
	}
}

// TestNoLockFileLeft runs the commands that open a database, and the
// refusals, and looks for .lock files afterwards.
func TestNoLockFileLeft(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	if code, _, errOut := runCLI("demo", "--db", path); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	noLock(t, path, "demo")
	runCLI("export", "--db", path, "--format", "json", "--out", filepath.Join(dir, "b.json"))
	noLock(t, path, "export")
	runCLI("close-ballot", "--db", path)
	noLock(t, path, "close-ballot")
	runCLI("doctor", "--db", path)
	noLock(t, path, "doctor")

	notDB := filepath.Join(dir, "notes.db")
	os.WriteFile(notDB, []byte("これはメモです"), 0o600)
	if code, _, _ := runCLI("export", "--db", notDB, "--format", "json", "--out", filepath.Join(dir, "n.json")); code != 1 {
		t.Errorf("export from a text file: exit %d", code)
	}
	noLock(t, notDB, "a refused file")

	// Refused because another holds it: the holder's lock stays while it
	// holds it, and goes when it closes.
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI("export", "--db", path, "--format", "json", "--out", filepath.Join(dir, "c.json")); code != 1 || !strings.Contains(errOut, "使用中") {
		t.Errorf("export while held: exit %d %q", code, errOut)
	}
	if _, err := os.Stat(path + ".lock"); err != nil {
		t.Error("the refusal removed the holder's lock file")
	}
	st.Close()
	noLock(t, path, "the holder closed")
}

// TestExportIntoAMissingFolder is a clear error, in the language asked
// for, and creates no folder.
func TestExportIntoAMissingFolder(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	runCLI("demo", "--db", path)
	out := filepath.Join(dir, "議事録", "kickoff.md")
	code, _, errOut := runCLI("export", "--db", path, "--format", "md", "--out", out)
	if code != 1 || !strings.Contains(errOut, "フォルダがありません") || !strings.Contains(errOut, "詳細：") {
		t.Errorf("exit %d %q", code, errOut)
	}
	if strings.Contains(strings.SplitN(errOut, "詳細：", 2)[0], "folder does not exist") {
		t.Errorf("English before the detail line: %q", errOut)
	}
	t.Setenv("YORIAI_LANG", "en")
	code, _, errOut = runCLI("export", "--db", path, "--format", "md", "--out", out)
	if code != 1 || !strings.Contains(errOut, "The folder does not exist.") || !strings.Contains(errOut, "Detail: ") {
		t.Errorf("en: exit %d %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Dir(out)); err == nil {
		t.Error("the missing folder was created")
	}
}

// TestReadOnlyMedium exports and runs doctor on a database in a folder
// mounted read-only (see onReadOnlyMedium).
func TestReadOnlyMedium(t *testing.T) {
	if dir := os.Getenv("YORIAI_RO_DIR"); dir != "" {
		path := filepath.Join(dir, "demo.db")
		out := os.Getenv("YORIAI_OUT_DIR")
		if err := os.WriteFile(filepath.Join(dir, "probe"), nil, 0o600); err == nil {
			t.Fatal("the folder is not read-only")
		}
		for _, args := range [][]string{
			{"export", "--db", path, "--format", "md", "--out", filepath.Join(out, "kickoff.md")},
			{"export", "--db", path, "--format", "json", "--out", filepath.Join(out, "backup.json")},
			{"export", "--db", path, "--format", "xlsx", "--out", filepath.Join(out, "plan.xlsx")},
			{"doctor", "--db", path},
		} {
			if code, stdout, errOut := runCLI(args...); code != 0 {
				t.Errorf("%v: exit %d %s %s", args, code, stdout, errOut)
			} else if args[0] == "doctor" && !strings.Contains(stdout, "整合性：ok") {
				t.Errorf("doctor: %s", stdout)
			}
		}
		// Opening it for work is refused, worded.
		if code, _, errOut := runCLI("--db", path); code != 1 || !strings.Contains(errOut, "書き込めません") {
			t.Errorf("the app on a read-only medium: exit %d %q", code, errOut)
		}
		// A log left by a crash, without its -shm, cannot be read here.
		code, _, errOut := runCLI("export", "--db", filepath.Join(dir, "crash.db"), "--format", "json", "--out", filepath.Join(out, "crash.json"))
		if code != 1 || !strings.Contains(errOut, "書き込める場所にコピー") || !strings.Contains(errOut, "詳細：") {
			t.Errorf("a log that cannot be read: exit %d %q", code, errOut)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 3 {
			t.Errorf("files beside the databases: %v", entries)
		}
		return
	}
	dir, out := t.TempDir(), t.TempDir()
	path := filepath.Join(dir, "demo.db")
	if code, _, errOut := runCLI("demo", "--db", path); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveResume(model.Resume{WorkshopID: 1}, time.Now()); err != nil { // a change in the log
		t.Fatal(err)
	}
	for _, side := range []string{"", "-wal"} {
		b, _ := os.ReadFile(path + side)
		os.WriteFile(filepath.Join(dir, "crash.db"+side), b, 0o600)
	}
	st.Close()
	script := `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && exec "$0" -test.run "$2" -test.v`
	cmd := exec.Command("unshare", "-m", "sh", "-c", script, os.Args[0], dir, "^TestReadOnlyMedium$")
	cmd.Env = append(os.Environ(), "YORIAI_RO_DIR="+dir, "YORIAI_OUT_DIR="+out)
	got, err := cmd.CombinedOutput()
	if err != nil && !strings.Contains(string(got), "=== RUN") {
		t.Skipf("cannot mount a read-only folder here (needs root and unshare): %v %s", err, got)
	}
	if err != nil || !strings.Contains(string(got), "--- PASS") {
		t.Errorf("on the read-only medium:\n%s", got)
	}
	for _, f := range []string{"kickoff.md", "backup.json", "plan.xlsx"} {
		if info, err := os.Stat(filepath.Join(out, f)); err != nil || info.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
}
