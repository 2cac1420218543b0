package i18n

import (
	"fmt"

	"yoriai/fault"
)

// FaultWords tells one kind of failure: what happened and what to do.
type FaultWords struct {
	Summary, Action string
}

// Faults is how the failures of the disk and the database are told.
type Faults struct {
	Words     map[fault.Kind]FaultWords
	FmtDetail string // the original error text, on its own line
	FmtOp     string // what was being done, then what happened and what to do
}

var jaFaults = Faults{
	Words: map[fault.Kind]FaultWords{
		fault.Unknown:    {"予期しないエラーが起きました。", "もう一度行ってください。続くときは、下の詳細と yoriai doctor の出力を担当者に伝えてください。"},
		fault.DiskFull:   {"ディスクの空きがありません。", "不要なファイルを消して空きを作ってから、もう一度行ってください。"},
		fault.ReadOnly:   {"読み取り専用の場所なので書き込めません。", "書き込める場所（--db や書き出し先）を指定するか、書き込み禁止を解除してください。"},
		fault.Permission: {"ファイルまたはフォルダを使う権限がありません。", "権限を確かめるか、自分のフォルダ（ドキュメントなど）を指定してください。"},
		fault.Gone:       {"ファイルが見つかりません（移動・削除されたか、USB メモリなどが外れています）。", "ファイルのある場所を確かめて、もう一度行ってください。"},
		fault.NoFolder:   {"指定したフォルダがありません。", "先にフォルダを作るか、あるフォルダを指定してください。"},
		fault.Busy:       {"ほかのプログラムがファイルを使用中です。", "別の yoriai やバックアップソフトなどを終了してから、もう一度行ってください。"},
		fault.Corrupt:    {"データベースが壊れています。", "yoriai を終了し、yoriai doctor で確かめてから、バックアップから戻してください。"},
		fault.CannotOpen: {"ファイルを開けません（見つからないか、書き込めない場所にあります）。", "ファイルの場所と権限を確かめてください。"},
		fault.IO:         {"ディスクの読み書きに失敗しました。", "USB メモリやネットワークドライブの接続を確かめて、もう一度行ってください。"},
	},
	FmtDetail: "詳細：%s",
	FmtOp:     "%s：%s %s",
}

var enFaults = Faults{
	Words: map[fault.Kind]FaultWords{
		fault.Unknown:    {"Something unexpected went wrong.", "Try again. If it goes on, give the detail below and the output of yoriai doctor to your IT contact."},
		fault.DiskFull:   {"The disk is full.", "Free some space, then try again."},
		fault.ReadOnly:   {"The place is read-only.", "Choose a writable place (--db or the export file), or lift the write protection."},
		fault.Permission: {"Permission denied for the file or its folder.", "Check the permissions, or choose a folder of your own (such as Documents)."},
		fault.Gone:       {"The file is not there (moved, deleted, or the USB stick was removed).", "Check where the file is, then try again."},
		fault.NoFolder:   {"The folder does not exist.", "Create the folder first, or choose one that exists."},
		fault.Busy:       {"Another program is using the file.", "Close the other yoriai or backup software, then try again."},
		fault.Corrupt:    {"The database is damaged.", "Quit yoriai, check it with yoriai doctor, and restore a backup."},
		fault.CannotOpen: {"The file cannot be opened (missing, or in a place that cannot be written).", "Check where the file is and its permissions."},
		fault.IO:         {"The disk failed to read or write.", "Check the USB stick or network drive, then try again."},
	},
	FmtDetail: "Detail: %s",
	FmtOp:     "%s: %s %s",
}

// Fault words a failure of the disk or the database: what happened, what
// to do, and the original error text as a detail line. A nil error gives
// three empty strings.
func (c *Catalog) Fault(err error) (summary, action, detail string) {
	if err == nil {
		return "", "", ""
	}
	w := c.Faults.Words[fault.Of(err)]
	return w.Summary, w.Action, fmt.Sprintf(c.Faults.FmtDetail, err)
}

// FaultText is Fault as lines: the summary, the action, the detail.
func (c *Catalog) FaultText(err error) string {
	s, a, d := c.Fault(err)
	if s == "" {
		return ""
	}
	return s + "\n" + a + "\n" + d
}

// FaultBanner is Fault for the one-line error banner of the screens: what
// was being done (op, such as 「カードの保存」), what happened and what to
// do on one line, and the detail line apart.
func (c *Catalog) FaultBanner(op string, err error) (banner, detail string) {
	s, a, d := c.Fault(err)
	if s == "" {
		return "", ""
	}
	return fmt.Sprintf(c.Faults.FmtOp, op, s, a), d
}
