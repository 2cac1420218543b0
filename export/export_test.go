package export

import (
	"archive/zip"
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/fault"
	"yoriai/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sample is the demo workshop, gathered as of a fixed day.
func sample(t testing.TB, cards int) Data {
	t.Helper()
	st, err := db.Open(filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	w, err := demo.Fill(st, cards)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Gather(st, w.ID, time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./export -update writes it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (go test ./export -update rewrites it):\n%s", name, got)
	}
}

func TestMinutesGolden(t *testing.T) {
	d := sample(t, 0)
	for _, n := range []int{1, 2, 4} {
		var b bytes.Buffer
		if err := Minutes(&b, d, n); err != nil {
			t.Fatal(err)
		}
		golden(t, []string{"", "kickoff.md", "meeting2.md", "", "meeting4.md"}[n], b.Bytes())
	}
	var b bytes.Buffer
	if err := Minutes(&b, d, 9); err == nil {
		t.Error("minutes of a meeting that does not exist")
	}
	md := func(n int) string {
		var b bytes.Buffer
		Minutes(&b, d, n)
		return b.String()
	}
	kick := md(1)
	for _, want := range []string{"日時：令和4年12月9日（金）9:00–11:00", "場所：庁議室", "  - 企画財政課：山田 太郎、吉田 翔",
		"| 必要だと思う | 9 | 56% |", "n=16", "**人手不足**", "- 住民票や証明書がスマホで取れる（", "## 次回", "第2回"} {
		if !strings.Contains(kick, want) {
			t.Errorf("the kickoff minutes lack %q", want)
		}
	}
}

func TestCSV(t *testing.T) {
	d := sample(t, 0)
	var b bytes.Buffer
	if err := WriteCSV(&b, d.PlanTable()); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	switch {
	case !strings.HasPrefix(s, "\ufeff柱,取組名,対象課題"):
		t.Errorf("no BOM and header: %q", s[:40])
	case !strings.HasSuffix(s, "検討中\r\n") && !strings.HasSuffix(s, "\r\n"):
		t.Errorf("rows do not end in CRLF: %q", s[len(s)-20:])
	case !strings.Contains(s, "\"窓口の待ち時間が長い\r\n申請書に何度も同じことを書く\""):
		t.Errorf("a cell with a line break is not quoted: %q", s)
	}
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"}, {"+81 3", "'+81 3"}, {"-5%", "'-5%"}, {"@SUM(A1)", "'@SUM(A1)"}, {"\tx", "'\tx"},
		{"\rx", "'\rx"}, {"普通の文", "普通の文"}, {"", ""}, {"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := neutralise(tt.in); got != tt.want {
			t.Errorf("neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	var q bytes.Buffer
	WriteCSV(&q, Table{Header: []string{"a", "b"}, Rows: func(yield func([]any) bool) {
		yield([]any{`say "hi", ok`, "=cmd|' /C calc'!A0"})
	}})
	if got := q.String(); got != "\ufeffa,b\r\n\"say \"\"hi\"\", ok\",'=cmd|' /C calc'!A0\r\n" {
		t.Errorf("quoting and injection: %q", got)
	}
	for _, name := range TableNames {
		if _, ok := d.TableByName(name); !ok {
			t.Errorf("table %s", name)
		}
	}
}

func TestXLSX(t *testing.T) {
	d := sample(t, 0)
	var b bytes.Buffer
	if err := WriteXLSX(&b, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "実施計画（案）,タスク①,投票結果,タスク②,出欠,宿題" {
		t.Errorf("sheets %v", got)
	}
	cells := map[string]string{"A1": "柱", "B1": "取組名", "I1": "令和6年度", "L1": "状態", "A2": "市民の利便性向上",
		"B2": "書かない窓口の導入", "L2": "検討中"}
	for cell, want := range cells {
		if got, _ := f.GetCellValue("実施計画（案）", cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	panes, _ := f.GetPanes("実施計画（案）")
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("panes %+v", panes)
	}
	layout, _ := f.GetPageLayout("実施計画（案）")
	if layout.Orientation == nil || *layout.Orientation != "landscape" || layout.Size == nil || *layout.Size != 9 {
		t.Errorf("page layout %+v", layout)
	}
	if w, _ := f.GetColWidth("実施計画（案）", "D"); w != 40 {
		t.Errorf("column D width %v", w)
	}
	rows, _ := f.GetRows("タスク①")
	if len(rows) < 30 || rows[1][1] != "課題" {
		t.Errorf("task1 rows %d: %v", len(rows), rows[:2])
	}
	polls, _ := f.GetRows("投票結果")
	if len(polls) < 6 || polls[1][6] != "必要だと思う" || polls[1][7] != "9" || polls[1][8] != "56%" || polls[1][9] != "16" {
		t.Errorf("poll rows %v", polls[:2])
	}
	// counts, shares, ranks and n are numbers, not text
	numbers := []struct{ sheet, cell, raw string }{
		{"投票結果", "C2", "1"}, {"投票結果", "H2", "9"}, {"投票結果", "I2", "0.5625"}, {"投票結果", "J2", "16"},
		{"タスク②", "A2", "1"}, {"タスク②", "D2", "1"}, {"タスク②", "H2", "11"}, {"出欠", "A2", "1"},
	}
	for _, n := range numbers {
		typ, err := f.GetCellType(n.sheet, n.cell)
		raw, _ := f.GetCellValue(n.sheet, n.cell, excelize.Options{RawCellValue: true})
		if err != nil || (typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset) || raw != n.raw {
			t.Errorf("%s!%s is %v %q, want the number %s", n.sheet, n.cell, typ, raw, n.raw)
		}
		if typ == excelize.CellTypeUnset { // a number cell without t="…": make sure it is not a shared string
			if v, _ := f.GetCellValue(n.sheet, n.cell); v == "" {
				t.Errorf("%s!%s is empty", n.sheet, n.cell)
			}
		}
	}
	if got, _ := f.GetCellValue("タスク②", "F2"); got != "紙の決裁と押印に時間がかかる" {
		t.Errorf("タスク② F2 = %q", got)
	}
	if got, _ := f.GetCellValue("タスク②", "M2"); got != "★" {
		t.Errorf("タスク② ★ = %q", got)
	}
	if got, _ := f.GetCellValue("出欠", "G2"); got != "出席" {
		t.Errorf("出欠 G2 = %q", got)
	}
	zipDated(t, b.Bytes(), d.At)
}

// zipDated checks that every entry of a zip file (xlsx, docx) carries the
// export's time, not 1980 or zero.
func zipDated(t *testing.T, data []byte, at time.Time) {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.File {
		if !f.Modified.Equal(at) {
			t.Errorf("%s is dated %v, want %v", f.Name, f.Modified, at)
		}
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.csv")
	write := func(s string) func(w io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
	}
	if err := WriteFile(path, false, write("one")); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, false, write("two")); !errors.Is(err, ErrExists) {
		t.Errorf("overwrite without force: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "one" {
		t.Errorf("the file changed: %q", got)
	}
	if err := WriteFile(path, true, write("three")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if got, _ := os.ReadFile(path); string(got) != "three" || info.Mode().Perm() != 0o600 {
		t.Errorf("forced write %q, mode %v", got, info.Mode())
	}
	failing := func(w io.Writer) error { io.WriteString(w, "half"); return errors.New("disk full") }
	if err := WriteFile(filepath.Join(dir, "half.md"), false, failing); err == nil {
		t.Error("a failed write reported success")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
	// A folder that does not exist is an error, and is not created.
	for _, p := range []string{filepath.Join(dir, "議事録", "第1回.md"), filepath.Join(path, "x.md")} {
		if err := WriteFile(p, false, write("x")); !errors.Is(err, fault.ErrNoFolder) {
			t.Errorf("WriteFile(%s) = %v, want ErrNoFolder", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "議事録")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the missing folder was created: %v", err)
	}
}

// BenchmarkExport writes every format of a workshop of 10,000 cards; the
// budget is under a second each.
func BenchmarkExport(b *testing.B) {
	d := sample(b, 10000)
	for _, f := range []struct {
		name  string
		write func(w io.Writer) error
	}{
		{"md", func(w io.Writer) error { return Minutes(w, d, 3) }},
		{"docx", func(w io.Writer) error { return WriteMinutesDOCX(w, d, 3) }},
		{"csv", func(w io.Writer) error { return WriteCSV(w, d.Task1Table()) }},
		{"xlsx", func(w io.Writer) error { return WriteXLSX(w, d) }},
	} {
		b.Run("format="+f.name, func(b *testing.B) {
			for b.Loop() {
				if err := f.write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestMinutesCompareWithTheKickoff runs the poll of 第6回 and finds the
// kickoff's shares beside its own in the minutes.
func TestMinutesCompareWithTheKickoff(t *testing.T) {
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
	_, items, _ := st.Meeting(ms[5].ID)
	at := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	for _, it := range items {
		if it.Kind != model.KindPoll {
			continue
		}
		p, err := st.StartPoll(w.ID, it, model.PollTally, at)
		if err != nil {
			t.Fatal(err)
		}
		st.SetTally(p, 0, []int{12, 3, 1, 0, 0}, at)
		st.Reveal(p, at)
	}
	d, err := Gather(st, w.ID, at)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	Minutes(&b, d, 6)
	for _, want := range []string{"### 「デジタル変革は必要だと思うか」の比較", "| 選択肢 | キックオフ | 第6回 |",
		"| 必要だと思う | 56% | 75% |", "| n | 16 | 16 |"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the minutes of 第6回 lack %q:\n%s", want, b.String())
		}
	}
}
