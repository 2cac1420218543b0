package exportdialog

// formats.go: the documents the dialog writes, in the order it offers
// them; their names are the catalogue's ExportFormatNames, in that order.

import (
	"io"

	"yoriai/export"
)

// format is one document the dialog can write.
type format struct {
	file    string // the file name proposed (its extension, for the minutes)
	minutes bool   // the minutes of the meeting chosen
	docx    bool   // the minutes as Word rather than Markdown
	xlsx    bool   // the 実施計画（案） workbook
	table   string // a CSV table, by its export.TableNames name
	backup  bool   // the JSON backup of the whole file
	digest  bool   // the チャット用の要約 of the meeting chosen, shown before it is written
}

var formats = []format{
	{file: ".md", minutes: true},
	{file: ".docx", minutes: true, docx: true},
	{file: "実施計画（案）.xlsx", xlsx: true},
	{file: "実施計画（案）.csv", table: "plan"},
	{file: "タスク①.csv", table: "task1"},
	{file: "タスク②.csv", table: "task2"},
	{file: "投票結果.csv", table: "polls"},
	{file: "出欠.csv", table: "attendance"},
	{file: "宿題.csv", table: "actions"},
	{file: ".txt", minutes: true, digest: true},
	{backup: true},
}

// writer writes the format's document of data; meeting is the number of
// the meeting whose minutes are written.
func (f format) writer(data export.Data, meeting int) func(io.Writer) error {
	switch {
	case f.digest:
		return func(w io.Writer) error { return export.WriteDigest(w, data, meeting) }
	case f.docx:
		return func(w io.Writer) error { return export.WriteMinutesDOCX(w, data, meeting) }
	case f.minutes:
		return func(w io.Writer) error { return export.Minutes(w, data, meeting) }
	case f.xlsx:
		return func(w io.Writer) error { return export.WriteXLSX(w, data) }
	}
	t, _ := data.TableByName(f.table)
	return func(w io.Writer) error { return export.WriteCSV(w, t) }
}
