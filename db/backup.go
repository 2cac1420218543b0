package db

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// BackupFormat names a yoriai backup file.
const BackupFormat = "yoriai-backup"

// backupFile is a whole database as JSON: every table, its columns and
// its rows, in a fixed order, so that the same database always gives the
// same file.
type backupFile struct {
	Format string        `json:"format"`
	Schema int           `json:"schema"`
	Tables []backupTable `json:"tables"`
}

type backupTable struct {
	Name    string   `json:"name"`
	Columns []string `json:"columns"`
	Rows    [][]any  `json:"rows"`
}

// blob is how a BLOB cell is written: {"base64": "..."}.
type blob struct {
	Base64 string `json:"base64"`
}

// Errors of a backup being restored.
var (
	ErrNotBackup      = errors.New("the file is not a yoriai backup")
	ErrBackupNewer    = errors.New("the backup was made by a newer yoriai")
	ErrTargetNotEmpty = errors.New("the database to restore into already holds a workshop")
)

// tables lists the database's tables, by name.
func (s *Store) tables() ([]string, error) {
	return queryAll(s.db, func(r scanner) (string, error) {
		var n string
		return n, r.Scan(&n)
	}, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
}

// Backup writes the whole database as JSON, table by table, row by row,
// without holding a table in memory. Restore reads it back.
func (s *Store) Backup(w io.Writer) error {
	tables, err := s.tables()
	if err != nil {
		return err
	}
	// The session row is about this file, not the workshop (session.go).
	tables = slices.DeleteFunc(tables, func(t string) bool { return t == "session" })
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "{\"format\":%q,\"schema\":%d,\"tables\":[", BackupFormat, SchemaVersion)
	for i, t := range tables {
		if i > 0 {
			b.WriteString(",")
		}
		if err := s.backupTable(b, t); err != nil {
			return fmt.Errorf("table %s: %w", t, err)
		}
	}
	b.WriteString("]}\n")
	return b.Flush()
}

func (s *Store) backupTable(b *bufio.Writer, table string) error {
	order := " ORDER BY rowid"
	if _, err := s.db.Exec(`SELECT rowid FROM "` + table + `" LIMIT 0`); err != nil {
		order = "" // WITHOUT ROWID: read in key order
	}
	rows, err := s.db.Query(`SELECT * FROM "` + table + `"` + order)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	head, _ := json.Marshal(cols)
	fmt.Fprintf(b, "\n{\"name\":%q,\"columns\":%s,\"rows\":[", table, head)
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	first := true
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		out := make([]any, len(vals))
		for i, v := range vals {
			switch v := v.(type) {
			case []byte:
				out[i] = blob{Base64: base64.StdEncoding.EncodeToString(v)}
			default:
				out[i] = v
			}
		}
		line, err := json.Marshal(out)
		if err != nil {
			return err
		}
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString("\n")
		b.Write(line)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	b.WriteString("]}")
	return nil
}

// Restore reads a backup into this database, which must hold no workshop
// yet, in one transaction: all or nothing. A backup from an older yoriai
// is read into today's tables (columns added since take their defaults);
// one from a newer yoriai is refused.
func (s *Store) Restore(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var f backupFile
	if err := dec.Decode(&f); err != nil || f.Format != BackupFormat {
		return ErrNotBackup
	}
	if f.Schema > SchemaVersion {
		return fmt.Errorf("%w (schema %d; this yoriai reads up to %d)", ErrBackupNewer, f.Schema, SchemaVersion)
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM workshop`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return ErrTargetNotEmpty
	}
	known, err := s.tables()
	if err != nil {
		return err
	}
	// Rows go in table by table; the links between them are checked once
	// all are in, before the commit.
	if _, err := s.db.Exec(`PRAGMA foreign_keys = OFF`); err != nil {
		return err
	}
	defer s.db.Exec(`PRAGMA foreign_keys = ON`)
	tx, err := s.begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range f.Tables {
		if !slices.Contains(known, t.Name) {
			return fmt.Errorf("%w: unknown table %q", ErrNotBackup, t.Name)
		}
		if _, err := tx.Exec(`DELETE FROM "` + t.Name + `"`); err != nil { // what Open wrote, such as app_state
			return err
		}
		if len(t.Rows) == 0 {
			continue
		}
		quoted := make([]string, len(t.Columns))
		for i, c := range t.Columns {
			quoted[i] = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		stmt, err := tx.Prepare(`INSERT INTO "` + t.Name + `" (` + strings.Join(quoted, ", ") + `) VALUES (?` +
			strings.Repeat(", ?", len(t.Columns)-1) + `)`)
		if err != nil {
			return fmt.Errorf("%w: table %s: %v", ErrNotBackup, t.Name, err)
		}
		for _, row := range t.Rows {
			if len(row) != len(t.Columns) {
				stmt.Close()
				return fmt.Errorf("%w: table %s has a row of %d values for %d columns", ErrNotBackup, t.Name, len(row), len(t.Columns))
			}
			args := make([]any, len(row))
			for i, v := range row {
				if args[i], err = fromJSON(v); err != nil {
					stmt.Close()
					return fmt.Errorf("%w: table %s: %v", ErrNotBackup, t.Name, err)
				}
			}
			if _, err := stmt.Exec(args...); err != nil {
				stmt.Close()
				return fmt.Errorf("table %s: %w", t.Name, err)
			}
		}
		stmt.Close()
	}
	var bad int
	if err := tx.QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&bad); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%w: %d rows point at rows that are not there", ErrNotBackup, bad)
	}
	if err := s.commit(tx); err != nil {
		return err
	}
	s.hist.forget()
	return nil
}

// fromJSON turns a decoded JSON value back into what was stored.
func fromJSON(v any) (any, error) {
	switch v := v.(type) {
	case nil, string, bool:
		return v, nil
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i, nil
		}
		return v.Float64()
	case map[string]any:
		s, ok := v["base64"].(string)
		if !ok {
			return nil, errors.New("an object that is not a blob")
		}
		return base64.StdEncoding.DecodeString(s)
	}
	return nil, fmt.Errorf("a value of type %T", v)
}
