package i18n

import (
	"errors"
	"io/fs"
	"strings"
	"testing"

	"yoriai/fault"
)

func TestFaultWordsAreComplete(t *testing.T) {
	for _, c := range []*Catalog{&ja, &en} {
		for _, k := range fault.Kinds {
			if w := c.Faults.Words[k]; w.Summary == "" || w.Action == "" {
				t.Errorf("kind %d has no words", k)
			}
		}
		if strings.Count(c.Faults.FmtDetail, "%s") != 1 || strings.Count(c.Faults.FmtOp, "%s") != 3 {
			t.Errorf("FmtDetail %q, FmtOp %q", c.Faults.FmtDetail, c.Faults.FmtOp)
		}
	}
}

func TestFaultKeepsTheOriginalOnlyInTheDetail(t *testing.T) {
	err := &fs.PathError{Op: "open", Path: "/x/yoriai.db", Err: fs.ErrNotExist}
	s, a, d := For(Japanese).Fault(err)
	if !strings.Contains(s, "見つかりません") || a == "" || d != "詳細："+err.Error() {
		t.Errorf("ja: %q %q %q", s, a, d)
	}
	if strings.Contains(s+a, "no such") || strings.Contains(s+a, "/x/") {
		t.Errorf("the English original leaked into the summary or action: %q %q", s, a)
	}
	s, _, d = For(English).Fault(err)
	if !strings.Contains(s, "not there") || !strings.HasPrefix(d, "Detail: ") {
		t.Errorf("en: %q %q", s, d)
	}
	if s, a, d := For(Japanese).Fault(nil); s+a+d != "" {
		t.Error("nil has words")
	}
	if b, d := For(Japanese).FaultBanner("カードの保存", err); b != "カードの保存：ファイルが見つかりません（移動・削除されたか、USB メモリなどが外れています）。 ファイルのある場所を確かめて、もう一度行ってください。" || d == "" {
		t.Errorf("FaultBanner %q %q", b, d)
	}
	if got := For(Japanese).FaultText(errors.New("boom")); strings.Count(got, "\n") != 2 || !strings.HasSuffix(got, "詳細：boom") {
		t.Errorf("FaultText %q", got)
	}
}
