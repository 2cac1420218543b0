package export

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
)

// TestMinutesMarkItemsNotInTemplate removes the kickoff's prompt (which
// holds ideas) from the demo workshop's template: the minutes still list
// it in the 次第, marked, with every idea.
func TestMinutesMarkItemsNotInTemplate(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	before, err := Gather(st, w.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	tm, err := st.TemplateOf(w.ID)
	if err != nil {
		t.Fatal(err)
	}
	const prompt = "7. ワークショップ：もっと住みやすくなるには"
	agenda := tm.Meetings[0].Agenda
	kept := agenda[:0]
	for _, it := range agenda {
		if it.Title != prompt {
			kept = append(kept, it)
		}
	}
	if len(kept) == len(agenda) {
		t.Fatalf("the demo kickoff has no item %q", prompt)
	}
	tm.Meetings[0].Agenda = kept
	if _, err := st.ApplyTemplate(w.ID, tm, "", at); err != nil {
		t.Fatal(err)
	}
	after, err := Gather(st, w.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	md := minutesOf(t, after, 1)
	if !strings.Contains(md, "| "+prompt+NotInTemplateMark+" |") {
		t.Errorf("the 次第 does not mark the item:\n%s", md[:min(len(md), 2000)])
	}
	// Everything else of the minutes is as it was.
	was := minutesOf(t, before, 1)
	if strings.Replace(md, prompt+NotInTemplateMark+" |", prompt+" |", 1) != was {
		t.Error("the minutes changed beyond the mark")
	}
}
