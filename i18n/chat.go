package i18n

// ChatText is the text of the chat import dialog (a file picker, then a
// preview of what the file holds) and of the chat digest (チャット用の要約)
// the export dialog shows to copy into LINE, LINE WORKS or Teams.
type ChatText struct {
	// The file picker.
	PickTitle, FmtFolder, PathLabel, PickHint, PathHint string
	EmptyFolder, Reading, FmtNotAllowed, NotAFile       string
	// The preview.
	FmtPreviewTitle, FmtTabMessages, FmtTabSkipped string
	NoMessages, NoSkipped, NothingChecked          string
	Importing, FmtChecked                          string
	// The keys of the dialog, for the footer and the ? overlay.
	KeyPick, KeyUpFolder, KeyTypePath, KeyList, KeyToggle, KeyToggleAll string
	KeyTab, KeyImport, KeyBack, KeyCopy, KeyPart, KeyWrite              string
	// The digest in the export dialog.
	FmtDigestTitle, DigestHint, FmtCopied, Gathering string
}

var jaChat = ChatText{
	PickTitle:     "取り込むチャットのファイルを選ぶ",
	FmtFolder:     "フォルダ：%s",
	PathLabel:     "パス：",
	PickHint:      "tab でパスを入力（エクスプローラーからのドラッグや貼り付けも可）",
	PathHint:      "enter で開く ・ tab で一覧に戻る",
	EmptyFolder:   "（このフォルダには何もありません）",
	Reading:       "読み込み中…",
	FmtNotAllowed: "%s は選べません（選べるのは %s）",
	NotAFile:      "ファイルを選んでください",

	FmtPreviewTitle: "チャットの取り込み：%s（%s）",
	FmtTabMessages:  "メッセージ %d件",
	FmtTabSkipped:   "読み飛ばした行 %d件",
	NoMessages:      "（取り込めるメッセージはありません）",
	NoSkipped:       "（読み飛ばした行はありません）",
	NothingChecked:  "取り込むメッセージが選ばれていません（space で選ぶ）",
	Importing:       "取り込み中…",
	FmtChecked:      "取り込む %d件 ／ %d件",

	KeyPick: "開く・選ぶ", KeyUpFolder: "上のフォルダ", KeyTypePath: "パスを入力", KeyList: "一覧へ",
	KeyToggle: "選ぶ・外す", KeyToggleAll: "すべて", KeyTab: "メッセージ／読み飛ばし", KeyImport: "取り込む",
	KeyBack: "戻る", KeyCopy: "コピー", KeyPart: "前・次の部分", KeyWrite: "ファイルに保存",

	FmtDigestTitle: "チャット用の要約 (%d/%d) %d文字",
	DigestHint:     "c でこの部分をクリップボードへ（OSC 52）。端末によっては OSC 52 が通らずコピーされないので、そのときは下の文字をマウスで選んでコピーしてください。",
	FmtCopied:      "(%d/%d) をクリップボードへ送りました。貼り付けられないときは画面の文字を選んでコピーしてください。",
	Gathering:      "要約を作っています…",
}

var enChat = ChatText{
	PickTitle:     "Choose the chat file to import",
	FmtFolder:     "Folder: %s",
	PathLabel:     "Path: ",
	PickHint:      "tab types a path (or drag a file here, or paste its path)",
	PathHint:      "enter opens · tab back to the list",
	EmptyFolder:   "(nothing in this folder)",
	Reading:       "Reading…",
	FmtNotAllowed: "%s cannot be chosen (only %s)",
	NotAFile:      "Choose a file",

	FmtPreviewTitle: "Import chat: %s (%s)",
	FmtTabMessages:  "Messages %d",
	FmtTabSkipped:   "Skipped lines %d",
	NoMessages:      "(no messages to import)",
	NoSkipped:       "(no lines were skipped)",
	NothingChecked:  "No message is checked (space checks one)",
	Importing:       "Importing…",
	FmtChecked:      "importing %d of %d",

	KeyPick: "open/choose", KeyUpFolder: "up a folder", KeyTypePath: "type a path", KeyList: "to the list",
	KeyToggle: "check", KeyToggleAll: "all", KeyTab: "messages/skipped", KeyImport: "import",
	KeyBack: "back", KeyCopy: "copy", KeyPart: "previous/next part", KeyWrite: "save to file",

	FmtDigestTitle: "Chat digest (%d/%d) %d characters",
	DigestHint:     "c copies this part to the clipboard (OSC 52). Some terminals do not pass OSC 52 on; then select the text below with the mouse and copy it.",
	FmtCopied:      "Sent (%d/%d) to the clipboard. If it does not paste, select the text on screen and copy it.",
	Gathering:      "Making the digest…",
}
