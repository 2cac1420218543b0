package export

import (
	"bytes"
	"io"

	"github.com/xuri/excelize/v2"
)

// cellStyles are the workbook's styles of a body cell: text, a count and
// a share.
type cellStyles struct{ header, body, count, share int }

// WriteXLSX writes the 実施計画（案） workbook: the initiatives, the Task ①
// board, the poll results, Task ②, attendance and the 宿題, a sheet each, with a
// styled header that stays in view and repeats on every printed page,
// wrapped text, column widths, and A4 landscape pages one column wide.
// Counts and shares are numbers (formats 0 and 0%). Rows are streamed;
// the zip entries are dated d.At.
func WriteXLSX(w io.Writer, d Data) error {
	f := excelize.NewFile()
	defer f.Close()
	header, err := f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}},
		Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		Border:    borders(),
	})
	if err != nil {
		return err
	}
	st := cellStyles{header: header}
	for _, s := range []struct {
		id     *int
		format int
	}{{&st.body, 0}, {&st.count, 1}, {&st.share, 9}} { // 1 is the format 0, 9 is 0%
		if *s.id, err = f.NewStyle(&excelize.Style{NumFmt: s.format, Border: borders(),
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: s.format == 0}}); err != nil {
			return err
		}
	}
	tables := []Table{d.PlanTable(), d.Task1Table(), d.PollTable(), d.Task2Table(), d.AttendanceTable(), d.ActionTable()}
	for i, t := range tables {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", t.Name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(t.Name); err != nil {
			return err
		}
		if err := writeSheet(f, t, st); err != nil {
			return err
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: d.Workshop.Title + " 実施計画（案）", Creator: "yoriai"}); err != nil {
		return err
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		return err
	}
	return restamp(w, b.Bytes(), d.At)
}

func borders() []excelize.Border {
	var out []excelize.Border
	for _, side := range []string{"left", "right", "top", "bottom"} {
		out = append(out, excelize.Border{Type: side, Color: "BFBFBF", Style: 1})
	}
	return out
}

func writeSheet(f *excelize.File, t Table, st cellStyles) error {
	landscape, a4, fit, zero := "landscape", 9, 1, 0
	if err := f.SetPageLayout(t.Name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &fit, FitToHeight: &zero}); err != nil {
		return err
	}
	if err := f.SetSheetProps(t.Name, &excelize.SheetPropsOptions{FitToPage: boolPtr(true)}); err != nil {
		return err
	}
	last, err := excelize.ColumnNumberToName(len(t.Header))
	if err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: t.Name,
		RefersTo: "'" + t.Name + "'!$1:$1"}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	for i, wd := range t.Widths {
		if err := sw.SetColWidth(i+1, i+1, wd); err != nil {
			return err
		}
	}
	// the body's style goes on the columns, not on each of many cells
	if err := sw.SetColStyle(1, len(t.Header), st.body); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	row := make([]any, len(t.Header))
	for i, h := range t.Header {
		row[i] = excelize.Cell{StyleID: st.header, Value: h}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 24}); err != nil {
		return err
	}
	n := 2
	for values := range t.Rows {
		row := make([]any, len(values))
		for i, v := range values {
			switch v := v.(type) {
			case int:
				row[i] = excelize.Cell{StyleID: st.count, Value: v}
			case Percent:
				row[i] = excelize.Cell{StyleID: st.share, Value: float64(v)}
			default:
				row[i] = v
			}
		}
		cell, err := excelize.CoordinatesToCellName(1, n)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
		n++
	}
	if n > 2 {
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + last + itoa(n-1), Name: tableName(t.Name),
			StyleName: "TableStyleLight9", ShowRowStripes: boolPtr(true)}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

func boolPtr(b bool) *bool { return &b }

func itoa(n int) string {
	s, _ := excelize.CoordinatesToCellName(1, n)
	return s[1:]
}

// tableName is a name Excel accepts for a table: ASCII letters, digits and
// underscores, starting with a letter.
func tableName(sheet string) string {
	switch sheet {
	case "実施計画（案）":
		return "Plan"
	case "タスク①":
		return "Task1"
	case "タスク②":
		return "Task2"
	case "出欠":
		return "Attendance"
	case "宿題":
		return "Actions"
	}
	return "Polls"
}
