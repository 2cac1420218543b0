package db

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestDiagnose(t *testing.T) {
	dir := t.TempDir()
	if d, err := Diagnose(filepath.Join(dir, "none.db")); err != nil || d.Exists {
		t.Errorf("missing file: %+v, %v", d, err)
	}
	path := filepath.Join(dir, "y.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.CreateWorkshop(sampleTemplate(), "x", time.Now())
	d, err := Diagnose(path)
	if err != nil || !d.Exists || !d.SQLite || !d.Yoriai || d.SchemaVersion != SchemaVersion || d.Integrity != "ok" || !d.Locked || d.LockPID != os.Getpid() {
		t.Errorf("open database: %+v, %v", d, err)
	}
	st.Close()
	if d, _ := Diagnose(path); d.Locked {
		t.Error("a closed database is reported locked")
	}
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("メモ"), 0o600)
	if d, _ := Diagnose(text); !d.Exists || d.SQLite {
		t.Errorf("text file: %+v", d)
	}
}
