package db

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

// recordFixture is a workshop of two meetings with a participant.
func recordFixture(t *testing.T, st *Store) (model.Workshop, []model.Meeting, []model.AgendaItem, model.Participant) {
	t.Helper()
	w, err := st.CreateWorkshop(sampleTemplate(), "abc", at0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	_, items, _ := st.Meeting(ms[0].ID)
	p, err := st.AddParticipant(model.Participant{WorkshopID: w.ID, Name: "山田 太郎", Department: "企画財政課", Role: model.RoleMember}, at0)
	if err != nil {
		t.Fatal(err)
	}
	return w, ms, items, p
}

// texts is the entries' texts in order, or the error.
func texts(es []model.Entry, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Text)
	}
	return strings.Join(out, " ")
}

func TestEntriesUndoRedoAcrossRestart(t *testing.T) {
	st := openTemp(t)
	w, ms, items, p := recordFixture(t, st)
	item := items[0].ID
	at := at0.Add(time.Minute)
	memo, err := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryMemo, Text: "音声が小さい\x1b[2J"}, at)
	if err != nil {
		t.Fatal(err)
	}
	if memo.ID == 0 || memo.WorkshopID != w.ID || memo.MeetingID != ms[0].ID || memo.Position != 0 || memo.Text != "音声が小さい" {
		t.Errorf("added %+v", memo)
	}
	due := model.Date{Year: 2023, Month: time.January, Day: 20}
	act, err := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryAction, Text: "他市の事例を調べる", AssigneeID: p.ID, Due: due}, at)
	if err != nil || act.Position != 1 || act.AssigneeID != p.ID || act.AssigneeName != "山田 太郎" || act.Due != due {
		t.Fatalf("action %+v, %v", act, err)
	}
	qa, _ := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryQA, Text: "費用は？", Answer: "補助金を使う"}, at)
	act.Text = "他市の電子申請の事例を調べる"
	if act, err = st.UpdateEntry(act, at.Add(time.Second)); err != nil || act.Text != "他市の電子申請の事例を調べる" {
		t.Fatalf("update %+v, %v", act, err)
	}
	if moved, err := st.MoveEntry(qa.ID, true, at); !moved || err != nil {
		t.Fatalf("move %v %v", moved, err)
	}
	if moved, _ := st.MoveEntry(memo.ID, true, at); moved {
		t.Error("moved the first entry up")
	}
	if err := st.DeleteEntry(memo.ID, at); err != nil {
		t.Fatal(err)
	}
	if got := texts(st.ItemEntries(item)); got != "費用は？ 他市の電子申請の事例を調べる" {
		t.Fatalf("record %q", got)
	}

	// the history is in the file: a restart keeps it
	path := st.path
	st.Close()
	st, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	wants := []string{
		"音声が小さい 費用は？ 他市の電子申請の事例を調べる", // the delete undone
		"音声が小さい 他市の電子申請の事例を調べる 費用は？", // the move
		"音声が小さい 他市の事例を調べる 費用は？",      // the edit
		"音声が小さい 他市の事例を調べる",           // the question's add
	}
	for i, want := range wants {
		if _, ok, err := st.UndoEntry(item, at.Add(time.Hour)); !ok || err != nil {
			t.Fatalf("undo %d: %v %v", i, ok, err)
		}
		if got := texts(st.ItemEntries(item)); got != want {
			t.Errorf("after undo %d: %q, want %q", i, got, want)
		}
	}
	later := at.Add(2 * time.Hour) // the event log is in time order
	if _, ok, _ := st.RedoEntry(item, later); !ok {
		t.Fatal("nothing to redo")
	}
	if got := texts(st.ItemEntries(item)); got != "音声が小さい 他市の事例を調べる 費用は？" {
		t.Errorf("after redo %q", got)
	}
	es, _ := st.ItemEntries(item)
	if es[2].ID != qa.ID || es[2].Answer != "補助金を使う" {
		t.Errorf("redo brought back the same question: %+v", es[2])
	}
	// a new change drops what could be redone
	if _, err := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryDecision, Text: "次回は1月"}, later); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.RedoEntry(item, later); ok {
		t.Error("redo after a new change")
	}
	// another item's history is its own
	if _, ok, _ := st.UndoEntry(items[1].ID, at); ok {
		t.Error("undo in an item with no record")
	}
	for range 4 {
		st.UndoEntry(item, later)
	}
	if _, ok, _ := st.UndoEntry(item, later); ok {
		t.Error("undo past the first step")
	}
	if got := texts(st.ItemEntries(item)); got != "" {
		t.Errorf("everything undone: %q", got)
	}
	evs, _ := st.Events(w.ID)
	var kinds []string
	for _, e := range evs {
		if strings.HasPrefix(e.Kind, "record.") {
			kinds = append(kinds, strings.TrimPrefix(e.Kind, "record."))
		}
		if strings.HasPrefix(e.Kind, "record.") && e.MeetingID != ms[0].ID {
			t.Errorf("event %s of meeting %d", e.Kind, e.MeetingID)
		}
	}
	if got := strings.Join(kinds, " "); got != "changed changed changed changed changed changed undone undone undone undone redone changed undone undone undone undone" {
		t.Errorf("events %s", got)
	}
}

func TestEntriesRefuseBadInput(t *testing.T) {
	st := openTemp(t)
	w, ms, items, _ := recordFixture(t, st)
	other, _ := st.CreateWorkshop(sampleTemplate(), "def", at0)
	stranger, _ := st.AddParticipant(model.Participant{WorkshopID: other.ID, Name: "他市 職員", Role: model.RoleMember}, at0)
	item := items[0].ID
	tests := []struct {
		name string
		e    model.Entry
		err  error
	}{
		{"unknown kind", model.Entry{ItemID: item, Kind: "wish", Text: "x"}, model.ErrEntryKind},
		{"empty", model.Entry{ItemID: item, Kind: model.EntryMemo, Text: "  "}, model.ErrEntryEmpty},
		{"no such item", model.Entry{ItemID: 9999, Kind: model.EntryMemo, Text: "x"}, ErrNotFound},
		{"someone of another workshop", model.Entry{ItemID: item, Kind: model.EntryAction, Text: "x", AssigneeID: stranger.ID}, ErrNotFound},
	}
	for _, tt := range tests {
		if _, err := st.AddEntry(tt.e, at0); !errors.Is(err, tt.err) {
			t.Errorf("%s: %v, want %v", tt.name, err, tt.err)
		}
	}
	if es, _ := st.WorkshopEntries(w.ID); len(es) != 0 {
		t.Errorf("a refused entry was stored: %+v", es)
	}
	e, _ := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryMemo, Text: "メモ"}, at0)
	if _, err := st.UpdateEntry(e, at0); !errors.Is(err, model.ErrEntrySame) {
		t.Errorf("an unchanged update: %v", err)
	}
	e.Text = ""
	if _, err := st.UpdateEntry(e, at0); !errors.Is(err, model.ErrEntryEmpty) {
		t.Errorf("an update to nothing: %v", err)
	}
	if got := texts(st.ItemEntries(item)); got != "メモ" {
		t.Errorf("a refused update lost the text: %q", got)
	}
	if err := st.DeleteEntry(9999, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete of nothing: %v", err)
	}
	st.DeleteEntry(e.ID, at0)
	if err := st.DeleteEntry(e.ID, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	if _, err := st.SetActionDone(e.ID, ms[0].ID, true, at0); !errors.Is(err, ErrNotFound) {
		t.Errorf("done of a deleted entry: %v", err)
	}
	d, _ := st.AddEntry(model.Entry{ItemID: item, Kind: model.EntryDecision, Text: "決定"}, at0)
	if _, err := st.SetActionDone(d.ID, ms[0].ID, true, at0); !errors.Is(err, model.ErrNotAnAction) {
		t.Errorf("a decision done: %v", err)
	}
	if _, err := st.db.Exec(`INSERT INTO entry (workshop_id, meeting_id, item_id, kind, text, position, created_at, updated_at)
		VALUES (?, ?, ?, 'memo', '', 0, 0, 0)`, w.ID, ms[0].ID, item); err == nil {
		t.Error("an empty text passed the CHECK constraint")
	}
}

// TestActionsCarryOver raises action items at the kickoff and finds the
// open ones at 第2回; one done there stays on 第2回's list, marked.
func TestActionsCarryOver(t *testing.T) {
	st := openTemp(t)
	w, ms, items, p := recordFixture(t, st)
	_, items2, _ := st.Meeting(ms[1].ID)
	add := func(item int64, kind model.EntryKind, text string) model.Entry {
		t.Helper()
		e, err := st.AddEntry(model.Entry{ItemID: item, Kind: kind, Text: text, AssigneeID: p.ID,
			Due: model.Date{Year: 2023, Month: time.January, Day: 20}}, at0)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	a1 := add(items[1].ID, model.EntryAction, "事例を調べる")
	a2 := add(items[0].ID, model.EntryAction, "動画を共有する")
	add(items[0].ID, model.EntryDecision, "次回は1月")
	add(items2[0].ID, model.EntryAction, "第2回の宿題")
	if got := texts(st.OpenActions(ms[1].ID)); got != "動画を共有する 事例を調べる" { // agenda order
		t.Errorf("open at 第2回: %q", got)
	}
	if got := texts(st.OpenActions(ms[0].ID)); got != "" {
		t.Errorf("open at the kickoff: %q", got)
	}
	if got := texts(st.MeetingEntries(ms[0].ID)); got != "動画を共有する 次回は1月 事例を調べる" {
		t.Errorf("kickoff record %q", got)
	}
	if got := texts(st.WorkshopEntries(w.ID)); got != "動画を共有する 次回は1月 事例を調べる 第2回の宿題" {
		t.Errorf("workshop record %q", got)
	}
	if got := texts(st.Actions(w.ID)); got != "動画を共有する 事例を調べる 第2回の宿題" {
		t.Errorf("actions %q", got)
	}

	doneAt := at0.Add(40 * 24 * time.Hour)
	done, err := st.SetActionDone(a1.ID, ms[1].ID, true, doneAt)
	if err != nil || done.DoneMeeting != ms[1].ID || !done.DoneAt.Equal(doneAt.Truncate(time.Millisecond)) {
		t.Fatalf("done %+v, %v", done, err)
	}
	open, _ := st.OpenActions(ms[1].ID)
	if len(open) != 2 || open[1].ID != a1.ID || open[1].Open() || open[0].ID != a2.ID || !open[0].Open() {
		t.Errorf("第2回 keeps the one done there, marked: %+v", open)
	}
	// an undone edit does not reopen it
	a1.Text = "他市の事例を調べる"
	if _, err := st.UpdateEntry(a1, doneAt); err != nil {
		t.Fatal(err)
	}
	st.UndoEntry(items[1].ID, doneAt)
	es, _ := st.ItemEntries(items[1].ID)
	if es[0].Text != "事例を調べる" || es[0].Open() || es[0].DoneMeeting != ms[1].ID {
		t.Errorf("after undoing an edit: %+v", es[0])
	}
	if _, err := st.SetActionDone(a1.ID, 0, false, doneAt); err != nil {
		t.Fatal(err)
	}
	if es, _ := st.ItemEntries(items[1].ID); !es[0].Open() || es[0].DoneMeeting != 0 {
		t.Errorf("reopened %+v", es[0])
	}
	if _, err := st.SetActionDone(a1.ID, 9999, true, doneAt); !errors.Is(err, ErrNotFound) {
		t.Errorf("done in a meeting that is not there: %v", err)
	}
	// a later meeting's list leaves out what was done before it
	st.SetActionDone(a2.ID, ms[0].ID, true, doneAt)
	if got := texts(st.OpenActions(ms[1].ID)); got != "事例を調べる" {
		t.Errorf("open at 第2回 after one was done at the kickoff: %q", got)
	}
}

// TestRecordSurvivesKill writes a record in a child process that is then
// killed (SIGKILL on Unix, TerminateProcess on Windows) without closing
// anything: every entry it confirmed is there, and so is its undo history.
func TestRecordSurvivesKill(t *testing.T) {
	if path := os.Getenv("YORIAI_RECORD_KILL"); path != "" {
		st, err := Open(path)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		_, ms, items, p := recordFixture(t, st)
		for i := range 5 {
			if _, err := st.AddEntry(model.Entry{ItemID: items[0].ID, Kind: model.EntryAction, Text: fmt.Sprintf("宿題%d", i),
				AssigneeID: p.ID}, at0.Add(time.Duration(i)*time.Second)); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Println("saved", i)
		}
		st.SetPresence(ms[0].ID, p.ID, model.PresenceAbsent, at0)
		st.SetRecorder(ms[0].ID, model.Recorder{Name: "事務局"}, at0)
		fmt.Println("ready")
		os.Stdin.Read(make([]byte, 1)) // killed while waiting here
		os.Exit(0)
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	child := exec.Command(os.Args[0], "-test.run=^TestRecordSurvivesKill$")
	child.Env = append(os.Environ(), "YORIAI_RECORD_KILL="+path)
	stdin, _ := child.StdinPipe()
	defer stdin.Close()
	out, _ := child.StdoutPipe()
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "ready" {
		if strings.HasPrefix(sc.Text(), "error") {
			t.Fatal(sc.Text())
		}
	}
	if err := child.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	child.Wait()
	st, err := Open(path)
	if err != nil {
		t.Fatalf("after the kill: %v", err)
	}
	defer st.Close()
	ms, _ := st.Meetings(1)
	_, items, _ := st.Meeting(ms[0].ID)
	if got := texts(st.ItemEntries(items[0].ID)); got != "宿題0 宿題1 宿題2 宿題3 宿題4" {
		t.Fatalf("after the kill: %q", got)
	}
	if marks, _ := st.AttendanceMarks(ms[0].ID); len(marks) != 1 {
		t.Errorf("attendance after the kill %v", marks)
	}
	if r, _ := st.Recorder(ms[0].ID); r.Name != "事務局" {
		t.Errorf("recorder after the kill %+v", r)
	}
	if _, ok, err := st.UndoEntry(items[0].ID, at0); !ok || err != nil {
		t.Fatalf("undo after the kill: %v %v", ok, err)
	}
	if got := texts(st.ItemEntries(items[0].ID)); got != "宿題0 宿題1 宿題2 宿題3" {
		t.Errorf("undo after the kill: %q", got)
	}
}

// TestCardStepsRefuseARecordHistory keeps a card undo from taking (and
// losing) a step of an item's record.
func TestCardStepsRefuseARecordHistory(t *testing.T) {
	st := openTemp(t)
	w, _, items, _ := recordFixture(t, st)
	st.AddEntry(model.Entry{ItemID: items[0].ID, Kind: model.EntryMemo, Text: "メモ"}, at0)
	if _, _, err := st.UndoStep(w.ID, 0, RecordScope(items[0].ID), at0); err == nil {
		t.Error("UndoStep took a record step")
	}
	if _, err := st.ApplyStep(w.ID, 0, RecordScope(items[0].ID), model.BoardStep{}, at0); err == nil {
		t.Error("ApplyStep wrote into a record history")
	}
	if _, ok, err := st.UndoEntry(items[0].ID, at0); !ok || err != nil {
		t.Errorf("the record's step is still there: %v %v", ok, err)
	}
}
