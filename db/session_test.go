package db

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"yoriai/model"
)

// reopen opens path and reports whether Open ran the integrity check.
func reopen(t *testing.T, path string) (*Store, bool) {
	t.Helper()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return st, st.IntegrityChecked()
}

func TestIntegrityCheckOnlyAfterAnUncleanEnd(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "yoriai.db")
	st, checked := reopen(t, path)
	if checked {
		t.Error("a new file was checked")
	}
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st, checked = reopen(t, path)
	if checked {
		t.Error("the integrity check ran after a clean close")
	}
	if _, err := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Role: model.RoleMember}, at0); err != nil {
		t.Fatal(err)
	}
	// A crash: the files as they are while the session is open, copied
	// with their write-ahead log, as a power cut or kill -9 leaves them.
	crashed := filepath.Join(dir, "crashed.db")
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	st2, checked := reopen(t, crashed)
	if !checked {
		t.Error("no integrity check after a crash")
	}
	if ps, err := st2.Participants(w.ID); err != nil || len(ps) != 1 {
		t.Errorf("after the crash: %+v, %v", ps, err)
	}
	st2.Close()
	if _, checked := reopen(t, crashed); checked {
		t.Error("the check ran again after the checked session closed cleanly")
	}
}

// TestIntegrityCheckAfterKill re-runs this test binary as a child that
// opens the database, writes and kills itself without closing it.
func TestIntegrityCheckAfterKill(t *testing.T) {
	if path := os.Getenv("YORIAI_DB_KILL"); path != "" {
		st, err := Open(path)
		if err != nil {
			os.Exit(3)
		}
		if _, err := st.CreateWorkshop(sampleTemplate(), "abc", at0); err != nil {
			os.Exit(4)
		}
		p, _ := os.FindProcess(os.Getpid())
		p.Kill() // SIGKILL; TerminateProcess on Windows
		select {}
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	st, _ := reopen(t, path)
	st.Close()
	child := exec.Command(os.Args[0], "-test.run=^TestIntegrityCheckAfterKill$")
	child.Env = append(os.Environ(), "YORIAI_DB_KILL="+path)
	out, err := child.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 3 || ee.ExitCode() == 4 {
		t.Fatalf("the child did not die as planned: %v %s", err, out)
	}
	st, checked := reopen(t, path)
	defer st.Close()
	if !checked {
		t.Error("no integrity check after the process was killed")
	}
	if ws, err := st.Workshops(); err != nil || len(ws) != 1 {
		t.Errorf("what the killed process committed: %+v, %v", ws, err)
	}
}

// TestFileFromBeforeSessionsIsChecked: a file without a session row was
// written by a yoriai that did not mark a clean end (migration 009 adds
// the table empty).
func TestFileFromBeforeSessionsIsChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	st, _ := reopen(t, path)
	st.closeStmts()
	st.db.Close()
	makeDB(t, path, `DELETE FROM session`)
	st.lock.Unlock()
	st, checked := reopen(t, path)
	defer st.Close()
	if !checked {
		t.Error("a file without a session row was not checked")
	}
}

func TestBackupLeavesTheSessionOut(t *testing.T) {
	st := openTemp(t)
	if _, err := st.CreateWorkshop(sampleTemplate(), "abc", at0); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := st.Backup(&b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), `"name":"session"`) {
		t.Error("the backup holds the file's session row")
	}
	if !strings.Contains(b.String(), `"name":"workshop"`) {
		t.Error("the backup holds no workshop table")
	}
}

// TestCloseLeavesNoLog: after steps, undo and redo (written on the driver
// connection) a clean close finalizes every statement, so SQLite closes
// the file for real and removes its write-ahead log.
func TestCloseLeavesNoLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "yoriai.db")
	st, _ := reopen(t, path)
	w, pillars, _ := boardFixture(t, st)
	if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, "窓口が混む"), at0); err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at0); err != nil || !ok {
		t.Fatal(ok, err)
	}
	if _, ok, err := st.RedoStep(w.ID, 0, BoardScope, at0); err != nil || !ok {
		t.Fatal(ok, err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Errorf("a second Close: %v", err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); !os.IsNotExist(err) {
			t.Errorf("%s is still there after a clean close (%v)", side, err)
		}
	}
}

// TestStepMarksTheSession: a session whose first write is a board step
// (written on the driver connection) marks the session open too.
func TestStepMarksTheSession(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "yoriai.db")
	st, _ := reopen(t, path)
	w, pillars, _ := boardFixture(t, st)
	st.Close()
	st, _ = reopen(t, path)
	defer st.Close()
	if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, "窓口が混む"), at0); err != nil {
		t.Fatal(err)
	}
	crashed := filepath.Join(dir, "crashed.db")
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(crashed+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	st2, checked := reopen(t, crashed)
	defer st2.Close()
	if !checked {
		t.Error("no integrity check after a crash in a session that only made a board step")
	}
}
