package db

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"yoriai/model"
)

// schemaUpTo is the migrations up to version v, in order, and the
// user_version line that marks a file as written by it.
func schemaUpTo(t *testing.T, v int) []string {
	t.Helper()
	files, err := migrations.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	var stmts []string
	for _, f := range files { // ReadDir sorts by name
		var n int
		if _, err := fmt.Sscanf(f.Name(), "%03d_", &n); err != nil || n > v {
			continue
		}
		b, err := migrations.ReadFile("migrations/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		stmts = append(stmts, string(b))
	}
	return append(stmts, fmt.Sprintf("PRAGMA user_version = %d", v))
}

// reviewData is a workshop with the ふりかえり items migration 012 turns
// into kind review and ones it must leave alone, and rows in every table
// that points at agenda items. version is the schema it is written for
// (the record came with version 8).
func reviewData(version int) []string {
	stmts := []string{
		`INSERT INTO workshop (title, created_at) VALUES ('検討会', 0)`,
		`INSERT INTO pillar (workshop_id, position, name) VALUES (1, 0, '業務の効率化')`,
		`INSERT INTO meeting (workshop_id, number, title) VALUES (1, 1, 'キックオフ'), (1, 2, '第2回'), (1, 3, '第3回')`,
		`INSERT INTO participant (workshop_id, name, created_at) VALUES (1, '山田 太郎', 0)`,
		`INSERT INTO attendance (meeting_id, participant_id) VALUES (1, 1)`,
		// kickoff: a ふりかえり title too, but meeting 1 has nothing to look back on
		`INSERT INTO agenda_item (id, meeting_id, position, kind, title, body, notes, planned_seconds, elapsed_ms, state, diagram)
			VALUES (10, 1, 0, 'briefing', '研修のふりかえり', '本文', 'メモ', 600, 1234, 'done', 'stages'),
			       (11, 1, 1, 'wrap_up', 'まとめ・次回に向けて', '・本日のふりかえり', '', 600, 0, 'done', ''),
			       (12, 1, 2, 'poll', '投票', '', '', 300, 0, 'done', '')`,
		// 第2回: the default template's title, then a plain briefing
		`INSERT INTO agenda_item (id, meeting_id, position, kind, title, body, planned_seconds, running_since, state)
			VALUES (20, 2, 0, 'briefing', '前回とチャットのふりかえり', '・キックオフの結果', 600, 99, 'current'),
			       (21, 2, 1, 'briefing', 'タスク①の説明', '', 600, NULL, 'pending'),
			       (22, 2, 2, 'task1', 'タスク①の検討', '', 4800, NULL, 'pending')`,
		// 第3回: two matching titles (only the first turns), a 振り返り kanji title that is a wrap_up
		`INSERT INTO agenda_item (id, meeting_id, position, kind, title) VALUES
			(30, 3, 0, 'video', '振り返りの動画'),
			(31, 3, 1, 'briefing', '前回の振り返り'),
			(32, 3, 2, 'briefing', 'もう一度ふりかえり'),
			(33, 3, 3, 'wrap_up', '振り返りとまとめ')`,
		`INSERT INTO card (workshop_id, meeting_id, item_id, pillar_id, kind, text, source, position, created_at, updated_at)
			VALUES (1, 2, 20, 1, 'problem', '紙の申請が多い', 'typed', 0, 5, 5), (1, 1, 12, NULL, 'idea', '電子申請', 'poll_reason', 1, 6, 6)`,
		`INSERT INTO poll (workshop_id, meeting_id, item_id, round, mode, created_at) VALUES (1, 1, 12, 1, 'tally', 7)`,
		`INSERT INTO poll_count (poll_id, question, choice, count) VALUES (1, 0, 0, 9)`,
	}
	if version >= 8 {
		stmts = append(stmts,
			`INSERT INTO entry (workshop_id, meeting_id, item_id, kind, text, assignee_id, due, position, created_at, updated_at)
				VALUES (1, 2, 20, 'action', '規程を調べる', 1, '2023-01-20', 0, 8, 8), (1, 1, 11, 'decision', '次回はタスク①', NULL, '', 0, 9, 9)`,
			`UPDATE meeting SET recorder_id = 1, recorder_name = '山田 太郎' WHERE id = 2`)
	}
	return stmts
}

// dumpTables is every row of every table of the file, as text, table by
// table, sorted; and every table's columns and every index's definition.
func dumpTables(t *testing.T, db *sql.DB) (rows map[string][]string, schema map[string]string) {
	t.Helper()
	rows, schema = map[string][]string{}, map[string]string{}
	var names []string
	r, err := db.Query(`SELECT type, name, ifnull(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'`)
	if err != nil {
		t.Fatal(err)
	}
	for r.Next() {
		var typ, name, text string
		r.Scan(&typ, &name, &text)
		if typ == "table" {
			names = append(names, name)
		} else {
			schema[typ+" "+name] = text
		}
	}
	r.Close()
	for _, name := range names {
		var cols []string
		ci, err := db.Query(`SELECT name, type, "notnull", ifnull(dflt_value, ''), pk FROM pragma_table_info(?)`, name)
		if err != nil {
			t.Fatal(err)
		}
		for ci.Next() {
			var n, typ, dflt string
			var nn, pk int
			ci.Scan(&n, &typ, &nn, &dflt, &pk)
			cols = append(cols, fmt.Sprint(n, typ, nn, dflt, pk))
		}
		ci.Close()
		schema["table "+name] = strings.Join(cols, ", ")
		q, err := db.Query(`SELECT * FROM "` + name + `"`)
		if err != nil {
			t.Fatal(err)
		}
		width := len(cols)
		for q.Next() {
			vals := make([]any, width)
			ptrs := make([]any, width)
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			q.Scan(ptrs...)
			var b strings.Builder
			for _, v := range vals {
				if s, ok := v.([]byte); ok {
					v = string(s)
				}
				fmt.Fprintf(&b, "%v|", v)
			}
			rows[name] = append(rows[name], b.String())
		}
		q.Close()
		slices.Sort(rows[name])
	}
	return rows, schema
}

// TestMigration12KeepsEverything opens files at versions 11 and 8 with
// ふりかえり items and data pointing at them: after migrating, every row
// of every table is as it was but the kind of the ふりかえり items of
// meetings 2 and later (the first per meeting whose briefing title says
// ふりかえり or 振り返り), no column or index is lost, and the references
// to the rebuilt table hold and cascade.
func TestMigration12KeepsEverything(t *testing.T) {
	for _, version := range []int{11, 8} {
		t.Run(fmt.Sprint("v", version), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "old.db")
			makeDB(t, path, append(schemaUpTo(t, version), reviewData(version)...)...)
			raw, err := sql.Open("sqlite", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			beforeRows, beforeSchema := dumpTables(t, raw)
			raw.Close()

			st, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			afterRows, afterSchema := dumpTables(t, st.db)

			// the ふりかえり items turned, and only they
			kinds := map[int64]model.ItemKind{}
			for _, id := range []int64{1, 2, 3} {
				_, items, err := st.Meeting(id)
				if err != nil {
					t.Fatal(err)
				}
				for _, it := range items {
					kinds[it.ID] = it.Kind
				}
			}
			want := map[int64]model.ItemKind{10: model.KindBriefing, 11: model.KindWrapUp, 12: model.KindPoll,
				20: model.KindReview, 21: model.KindBriefing, 22: model.KindTask1,
				30: model.KindVideo, 31: model.KindReview, 32: model.KindBriefing, 33: model.KindWrapUp}
			if !reflect.DeepEqual(kinds, want) {
				t.Errorf("kinds after migrating %v\nwant %v", kinds, want)
			}
			// every other byte of every row as it was
			for i, row := range beforeRows["agenda_item"] {
				for _, id := range []string{"20|", "31|"} {
					if strings.HasPrefix(row, id) {
						beforeRows["agenda_item"][i] = strings.Replace(row, "|briefing|", "|review|", 1)
					}
				}
			}
			slices.Sort(beforeRows["agenda_item"])
			for table, want := range beforeRows {
				got := afterRows[table]
				if len(got) != len(want) {
					t.Errorf("%s: %d rows after migrating, want %d", table, len(got), len(want))
					continue
				}
				for i := range want {
					// a later migration (011 on a version 8 file) may add columns at the end
					if got[i] != want[i] && (beforeSchema["table "+table] == afterSchema["table "+table] ||
						!strings.HasPrefix(got[i], want[i])) {
						t.Errorf("%s after migrating %q, want %q", table, got[i], want[i])
					}
				}
			}
			for name, def := range beforeSchema {
				got := afterSchema[name]
				// the rebuilt table and its indexes are as they were (later
				// migrations, 013, may add columns at the end); other tables'
				// indexes may change in the migrations after 8 (009)
				if name == "table agenda_item" || strings.HasPrefix(name, "index") && strings.Contains(def, "ON agenda_item") {
					if got != def && !(name == "table agenda_item" && strings.HasPrefix(got, def+", ")) {
						t.Errorf("%s after migrating %q, want %q", name, got, def)
					}
				}
			}
			var fk int
			if st.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); fk != 1 {
				t.Errorf("foreign keys %d after migrating", fk)
			}
			if rows, _ := st.db.Query("PRAGMA foreign_key_check"); rows.Next() {
				t.Error("a reference points nowhere after migrating")
				rows.Close()
			} else {
				rows.Close()
			}
			// the new table is the one the others point at: removing an
			// item still cascades to its record and sets its cards free
			if _, err := st.db.Exec(`DELETE FROM agenda_item WHERE id = 20`); err != nil {
				t.Fatal(err)
			}
			var entries, cards int
			st.db.QueryRow(`SELECT count(*) FROM card WHERE item_id IS NULL`).Scan(&cards)
			if version >= 8 {
				st.db.QueryRow(`SELECT count(*) FROM entry WHERE item_id = 20`).Scan(&entries)
			}
			if entries != 0 || cards != 1 {
				t.Errorf("after removing the item: %d entries left on it, %d cards set free", entries, cards)
			}
			if _, err := st.db.Exec(`INSERT INTO agenda_item (meeting_id, position, kind, title) VALUES (2, 9, 'lecture', 'x')`); err == nil {
				t.Error("an unknown kind was stored")
			}
		})
	}
}
