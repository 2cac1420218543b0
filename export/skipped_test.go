package export

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/model"
)

// TestSkippedItemInMinutes: an item skipped on the day stays in the
// minutes' agenda as 「省略」, in Markdown and in the Word document's Doc,
// and an item inserted on the day is there too.
func TestSkippedItemInMinutes(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	w, err := demo.Fill(st, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	second, items, _ := st.Meeting(ms[1].ID)
	var skip model.AgendaItem
	for _, it := range items {
		if it.Kind == model.KindBriefing || it.Kind == model.KindWrapUp {
			skip = it
		}
	}
	if skip.ID == 0 {
		t.Fatal("no briefing or wrap-up in 第2回")
	}
	if err := st.SkipItem(second.ID, skip.ID, true, time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertItem(second.ID, 0, model.KindBriefing, "当日追加の連絡", 3*time.Minute, time.Now()); err != nil {
		t.Fatal(err)
	}
	d, err := Gather(st, w.ID, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Minutes(&b, d, 2); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	var row, added string
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "|") && strings.Contains(line, "| "+skip.Title+" |") {
			row = line
		}
		if strings.HasPrefix(line, "| 1 |") && strings.Contains(line, "当日追加の連絡") {
			added = line
		}
	}
	if !strings.Contains(row, "| 省略 |") {
		t.Errorf("the skipped item's agenda row is %q; want 省略\n%s", row, md)
	}
	if added == "" {
		t.Errorf("the inserted item is not first in the agenda:\n%s", md)
	}
	if strings.Count(md, "省略") != 1 {
		t.Errorf("省略 appears %d times; want once, in the agenda", strings.Count(md, "省略"))
	}
	doc, err := MinutesDoc(d, 2)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, bl := range doc.Blocks {
		if bl.Kind != BlockTable {
			continue
		}
		for _, r := range bl.Table.Rows {
			if len(r) == 5 && r[2] == skip.Title && r[4] == "省略" {
				found = true
			}
		}
	}
	if !found {
		t.Error("the Word document's agenda does not show the item as 省略")
	}
}
