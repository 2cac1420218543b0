package db_test

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"yoriai/db"
	"yoriai/demo"
)

// TestBackupRoundTrip backs up the sample workshop, restores it into a
// new database and backs that up: the two files are the same bytes.
func TestBackupRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src, err := db.Open(filepath.Join(dir, "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := demo.Fill(src, 0); err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := src.Backup(&first); err != nil {
		t.Fatal(err)
	}
	dst, err := db.Open(filepath.Join(dir, "b.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if err := dst.Restore(bytes.NewReader(first.Bytes())); err != nil {
		t.Fatal(err)
	}
	var second bytes.Buffer
	if err := dst.Backup(&second); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		a, b := strings.Split(first.String(), "\n"), strings.Split(second.String(), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Fatalf("line %d differs:\n%s\n%s", i, a[i], b[i])
			}
		}
		t.Fatalf("the backups differ in length: %d and %d lines", len(a), len(b))
	}
	ws, _ := dst.Workshops()
	if len(ws) != 1 || !strings.Contains(first.String(), `"base64"`) {
		t.Errorf("restored %d workshops; blobs in the backup: %v", len(ws), strings.Contains(first.String(), `"base64"`))
	}
	// a second restore into the same database is refused
	if err := dst.Restore(bytes.NewReader(first.Bytes())); !errors.Is(err, db.ErrTargetNotEmpty) {
		t.Errorf("restore into a full database: %v", err)
	}
}

func TestRestoreRefusals(t *testing.T) {
	dir := t.TempDir()
	st, err := db.Open(filepath.Join(dir, "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"not JSON", "PK\x03\x04", db.ErrNotBackup},
		{"another JSON", `{"format":"other"}`, db.ErrNotBackup},
		{"newer", `{"format":"yoriai-backup","schema":999,"tables":[]}`, db.ErrBackupNewer},
		{"unknown table", `{"format":"yoriai-backup","schema":1,"tables":[{"name":"x","columns":["a"],"rows":[[1]]}]}`, db.ErrNotBackup},
		{"dangling link", `{"format":"yoriai-backup","schema":7,"tables":[{"name":"pillar","columns":["id","workshop_id","position","name"],"rows":[[1,99,0,"柱"]]}]}`, db.ErrNotBackup},
	}
	for _, tt := range tests {
		if err := st.Restore(strings.NewReader(tt.in)); !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.want)
		}
	}
	if ws, _ := st.Workshops(); len(ws) != 0 {
		t.Error("a refused restore wrote something")
	}
}

// BenchmarkBackup writes the JSON backup of a workshop of 10,000 cards;
// the budget is under a second.
func BenchmarkBackup(b *testing.B) {
	st, err := db.Open(filepath.Join(b.TempDir(), "big.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if _, err := demo.Fill(st, 10000); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := st.Backup(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
