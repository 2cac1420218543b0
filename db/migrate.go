package db

import (
	"context"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrations embed.FS

// SchemaVersion is the schema this yoriai writes: the number of the last
// migration.
const SchemaVersion = 16

// migrate checks the connection's settings and applies the migrations the
// file lacks, each in one transaction together with its new user_version,
// so a crash leaves the file at one version or the next, never between.
func (s *Store) migrate() error {
	var mode string
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		return err
	}
	if mode != "wal" {
		return fmt.Errorf("journal mode is %q, want wal", mode)
	}
	var fk int
	if err := s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		return fmt.Errorf("foreign keys are off (%v)", err)
	}
	var version int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version > SchemaVersion {
		return &OpenError{Kind: ErrNewerSchema, Path: s.path, Found: version, Supported: SchemaVersion}
	}
	files, err := migrations.ReadDir("migrations")
	if err != nil {
		return err
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name() < files[j].Name() })
	for _, f := range files {
		n, err := strconv.Atoi(strings.SplitN(f.Name(), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: no number", f.Name())
		}
		if n <= version {
			continue
		}
		body, err := migrations.ReadFile("migrations/" + f.Name())
		if err != nil {
			return err
		}
		if err := s.apply(n, string(body)); err != nil {
			return fmt.Errorf("migration %s: %w", f.Name(), err)
		}
	}
	return nil
}

// fkOff marks a migration that rebuilds a table others point at: it runs
// with foreign keys off, as SQLite's way of changing a table asks, so
// that dropping the old table neither cascades nor fails.
const fkOff = "-- migrate: foreign_keys=off"

// apply runs one migration and sets user_version to n in one
// transaction. A migration marked fkOff runs with foreign keys off on
// the one connection it holds (the pragma is a no-op inside a
// transaction), is checked with PRAGMA foreign_key_check before it
// commits, and foreign keys are on again afterwards.
func (s *Store) apply(n int, body string) (err error) {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	off := strings.HasPrefix(body, fkOff)
	if off {
		if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
			return err
		}
		defer func() {
			if _, e := conn.ExecContext(ctx, "PRAGMA foreign_keys = ON"); e != nil && err == nil {
				err = e
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Exec(body); err != nil {
		return err
	}
	if off {
		rows, err := tx.Query("PRAGMA foreign_key_check")
		if err != nil {
			return err
		}
		bad := rows.Next()
		if err := rows.Close(); err != nil {
			return err
		}
		if bad {
			return fmt.Errorf("a reference points nowhere after the migration")
		}
	}
	if _, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", n)); err != nil {
		return err
	}
	return tx.Commit()
}
