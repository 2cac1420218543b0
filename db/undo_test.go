package db

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

func newProblemStep(pillar int64, text string) model.BoardStep {
	return model.BoardStep{Cards: []model.CardChange{{After: &model.Card{Kind: model.CardProblem, PillarID: pillar,
		Source: model.SourceTyped, Text: text}}}}
}

func countRows(t *testing.T, st *Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := st.db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestUndoHistoryIsBounded: a history holds fewer than
// UndoDepth+undoSlack steps and never fewer than UndoDepth once it had
// them; a new session's first step drops the steps beyond UndoDepth; undo
// goes back UndoDepth steps and no further, also while older steps are
// still held; another history keeps its own; the event log keeps every
// change.
func TestUndoHistoryIsBounded(t *testing.T) {
	st := openTemp(t)
	w, pillars, _ := boardFixture(t, st)
	at := at0.Add(time.Hour)
	ideas := IdeasScope(7)
	if _, err := st.ApplyStep(w.ID, 0, ideas, newProblemStep(pillars[0].ID, "別の履歴"), at); err != nil {
		t.Fatal(err)
	}
	held := func(st *Store) int {
		return countRows(t, st, `SELECT count(*) FROM undo_step WHERE scope = ?`, BoardScope)
	}
	steps := UndoDepth + undoSlack + 10
	for i := range steps {
		if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, fmt.Sprintf("課題%d", i)), at); err != nil {
			t.Fatal(err)
		}
		if n := held(st); n >= UndoDepth+undoSlack || n < min(i+1, UndoDepth) {
			t.Fatalf("after %d steps the board's history holds %d", i+1, n)
		}
	}
	if n := held(st); n <= UndoDepth {
		t.Fatalf("the test wants a history beyond the depth at the end of the session, not %d", n)
	}
	path := st.Path()
	st.Close()
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, "次の会議"), at); err != nil {
		t.Fatal(err)
	}
	if n := held(st); n != UndoDepth {
		t.Errorf("after a new session's first step the history holds %d, want %d", n, UndoDepth)
	}
	for i := range 10 { // beyond the depth again, not yet dropped
		if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, fmt.Sprintf("次%d", i)), at); err != nil {
			t.Fatal(err)
		}
	}
	steps += 11
	if n := countRows(t, st, `SELECT count(*) FROM event WHERE kind = 'board.changed'`); n != steps {
		t.Errorf("the log holds %d board changes, want %d", n, steps)
	}
	for i := range UndoDepth {
		if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at); err != nil || !ok {
			t.Fatalf("undo %d: %v %v", i+1, ok, err)
		}
	}
	if n := countRows(t, st, `SELECT count(*) FROM undo_step WHERE scope = ? AND undone = 0`, BoardScope); n == 0 {
		t.Fatal("the test wants steps beyond the depth still held")
	}
	if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at); err != nil || ok {
		t.Errorf("undo beyond the depth: ok %v, %v", ok, err)
	}
	cards, _, _ := st.BoardCards(w.ID)
	var left []string
	for _, c := range cards {
		if c.Kind == model.CardProblem {
			left = append(left, c.Text)
		}
	}
	kept := steps - UndoDepth // the steps too old to undo, after 別の履歴
	if len(left) != 1+kept || left[0] != "別の履歴" || left[kept] != fmt.Sprintf("課題%d", kept-1) {
		t.Errorf("after undoing the whole history the problems are %v", left)
	}
	if _, ok, err := st.RedoStep(w.ID, 0, BoardScope, at); err != nil || !ok {
		t.Errorf("redo: %v %v", ok, err)
	}
	if n := countRows(t, st, `SELECT count(*) FROM undo_step WHERE scope = ?`, ideas); n != 1 {
		t.Errorf("the ideas' history holds %d steps, want 1", n)
	}
}

// TestUndoEventsCarryTheChange: the log tells what an undo did without the
// undo history, which forgets.
func TestUndoEventsCarryTheChange(t *testing.T) {
	st := openTemp(t)
	w, pillars, _ := boardFixture(t, st)
	before, _ := st.Events(w.ID)
	added, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, "決裁に時間がかかる"), at0)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at0); err != nil || !ok {
		t.Fatal(ok, err)
	}
	evs, _ := st.Events(w.ID)
	evs = evs[len(before):]
	if len(evs) != 2 || evs[0].Kind != "board.changed" || evs[1].Kind != "board.undone" {
		t.Fatalf("events %+v", evs)
	}
	var changed model.BoardStep
	if err := json.Unmarshal([]byte(evs[0].Payload), &changed); err != nil || changed.Cards[0].After.ID != added.Cards[0].After.ID {
		t.Errorf("the change's event %s, %v", evs[0].Payload, err)
	}
	var undone struct{ Change model.BoardStep }
	if err := json.Unmarshal([]byte(evs[1].Payload), &undone); err != nil || len(undone.Change.Cards) != 1 ||
		undone.Change.Cards[0].After != nil || undone.Change.Cards[0].Before.Text != "決裁に時間がかかる" {
		t.Errorf("the undo's event %s, %v", evs[1].Payload, err)
	}
}

// TestUndoQueriesUseTheirIndex: every statement on the undo history seeks
// the index on (workshop, history, undone, id): none scans the table or
// sorts.
func TestUndoQueriesUseTheirIndex(t *testing.T) {
	st := openTemp(t)
	seen := 0
	for _, d := range st.q.defs() {
		if !strings.Contains(d.sql, "undo_step") || strings.HasPrefix(d.sql, "INSERT") || strings.Contains(d.sql, "WHERE id = ?") {
			continue
		}
		seen++
		rows, err := st.db.Query(`EXPLAIN QUERY PLAN `+d.sql, 1, BoardScope, UndoDepth)
		if err != nil {
			t.Fatalf("%s: %v", d.sql, err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			rows.Scan(&id, &parent, &unused, &detail)
			plan = append(plan, detail)
		}
		rows.Close()
		p := strings.Join(plan, "; ")
		if !strings.Contains(p, "INDEX undo_step_scope (workshop_id=? AND scope=? AND undone=?") ||
			strings.Contains(p, "SCAN") || strings.Contains(p, "TEMP B-TREE") {
			t.Errorf("%s\nplan: %s", d.sql, p)
		}
	}
	if seen != 5 { // drop the redoable, compact, count the undone, undo, redo
		t.Errorf("%d statements on the history looked at, want 4", seen)
	}
}

// TestMigrationCompactsLongHistories: a file from before the bound keeps
// the newest UndoDepth steps of each history.
func TestMigrationCompactsLongHistories(t *testing.T) {
	path := t.TempDir() + "/old.db"
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	body, err := migrations.ReadFile("migrations/009_undo_session.sql")
	if err != nil {
		t.Fatal(err)
	}
	for i := range UndoDepth + 50 {
		for _, scope := range []string{BoardScope, IdeasScope(1)} {
			if _, err := st.db.Exec(`INSERT INTO undo_step (workshop_id, scope, change, at) VALUES (?, ?, ?, 0)`,
				w.ID, scope, fmt.Sprintf(`{"n":%d}`, i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := st.db.Exec(`DROP TABLE session`); err != nil { // as before 009, which runs again below
		t.Fatal(err)
	}
	if _, err := st.db.Exec(string(body)); err != nil {
		t.Fatal(err)
	}
	for _, scope := range []string{BoardScope, IdeasScope(1)} {
		if n := countRows(t, st, `SELECT count(*) FROM undo_step WHERE scope = ?`, scope); n != UndoDepth {
			t.Errorf("%s keeps %d steps, want %d", scope, n, UndoDepth)
		}
		if n := countRows(t, st, `SELECT min(json_extract(change, '$.n')) FROM undo_step WHERE scope = ?`, scope); n != 50 {
			t.Errorf("%s keeps steps from %d, want the newest (from 50)", scope, n)
		}
	}
	st.Close()
}

// TestStepWritesOneEvent: a card added on the board is one event, the
// step's, which carries the card.
func TestStepWritesOneEvent(t *testing.T) {
	st := openTemp(t)
	w, pillars, _ := boardFixture(t, st)
	before := countRows(t, st, `SELECT count(*) FROM event`)
	if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, "窓口が混む"), at0); err != nil {
		t.Fatal(err)
	}
	if n := countRows(t, st, `SELECT count(*) FROM event`) - before; n != 1 {
		t.Errorf("one card added wrote %d events", n)
	}
}

// TestNewStepDropsTheRedoable: after an undo, a new step leaves nothing to
// redo, in a session that has added steps to the history before and in one
// that has not.
func TestNewStepDropsTheRedoable(t *testing.T) {
	st := openTemp(t)
	w, pillars, _ := boardFixture(t, st)
	step := func(text string) {
		t.Helper()
		if _, err := st.ApplyStep(w.ID, 0, BoardScope, newProblemStep(pillars[0].ID, text), at0); err != nil {
			t.Fatal(err)
		}
	}
	undo := func() {
		t.Helper()
		if _, ok, err := st.UndoStep(w.ID, 0, BoardScope, at0); err != nil || !ok {
			t.Fatal(ok, err)
		}
	}
	step("A")
	step("B")
	undo()
	step("C")
	if _, ok, err := st.RedoStep(w.ID, 0, BoardScope, at0); err != nil || ok {
		t.Errorf("redo after a new step: ok %v, %v", ok, err)
	}
	undo()
	path := st.Path()
	st.Close()
	var err error
	if st, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	step("D")
	if _, ok, err := st.RedoStep(w.ID, 0, BoardScope, at0); err != nil || ok {
		t.Errorf("redo after a new step in the next session: ok %v, %v", ok, err)
	}
	if n := countRows(t, st, `SELECT count(*) FROM undo_step WHERE undone = 1`); n != 0 {
		t.Errorf("%d undone steps kept", n)
	}
}
