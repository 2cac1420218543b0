package i18n

import "yoriai/model"

// CLIText is the command line: the help of the command, its subcommands and
// flags, doctor's report, the errors before the app starts and the template
// checker's messages. Catalog embeds it, so c.CmdShort reads as before.
type CLIText struct {
	// Command line. The help renderer (fang) title-cases the first word of
	// a flag's text and of a subcommand's Short, up to the first space: so
	// a Japanese text has no Latin letters before its first space, and an
	// English one starts with a capital (cmd/yoriai's help_test.go checks).
	CmdShort, CmdLong, CmdTemplateShort string
	// HelpFlag, VersionFlag, HelpCmdShort and CompletionShort replace
	// cobra's own English texts of --help, --version, help and completion.
	HelpFlag, VersionFlag, HelpCmdShort, CompletionShort                 string
	FlagDB, FlagLang, FlagTemplate, FlagTheme, FlagASCII                 string
	FmtDBPathOnExit                                                      string
	DoctorShort, DoctorProblems, DoctorDatabase, DoctorMissing           string
	FmtDoctorFile, FmtDoctorSchema, FmtDoctorIntegrity, FmtDoctorLockPID string
	DoctorLocked, DoctorUnlocked, DoctorTerminal, DoctorNoTerminal       string
	DoctorWidth, DoctorWidthUnknown, DoctorWidthWide, DoctorWidthNarrow  string
	// DoctorClusters names how the terminal draws 👩‍💻 and ﾃﾞ: whole (one
	// cluster) or code point by code point.
	DoctorClusters, DoctorClustersWhole, DoctorClustersSplit           string
	DoctorEnv, DoctorNetwork, DoctorNoNetwork                          string
	CloseBallotShort, FmtClosedBallots, NoOpenBallot, FmtErrNoDatabase string
	FmtErrLocked, FmtErrNotDatabase                                    string
	FmtErrCorrupt, FmtErrNewerSchema                                   string
	FmtErrReadOnly, FmtErrCannotOpen, FmtErrReadOnlyCopy               string
	FmtErrNoHome                                                       string
	FmtTemplateInvalid                                                 string
	FmtTemplateIssue, FmtTemplateIssueNoLine                           string
	FmtTemplateUnreadable                                              string
	FmtTemplateReused                                                  string
	Problems                                                           map[model.Problem]string
}

var jaCLI = CLIText{
	CmdShort:            "自治体DXワーキンググループの会議を進行し、すべてを記録する",
	CmdLong:             "寄り合い（yoriai）は、DX推進ワーキンググループの会議を1台のPCで進行し、\n議題・タイマー・名簿・出欠をその場で SQLite の1ファイルに保存する端末アプリです。\nネットワークは使いません。",
	CmdTemplateShort:    "既定のワークショップ・テンプレートを表示する。データベース --db を付けると、そのワークショップの今の姿（当日の変更を含む）を書き出す（編集して --template に使えます）",
	FlagDB:              "データベースファイルのパス",
	HelpFlag:            "このコマンドのヘルプを表示する",
	VersionFlag:         "バージョンを表示する",
	HelpCmdShort:        "コマンドのヘルプを表示する",
	CompletionShort:     "シェルの補完スクリプトを作る",
	FlagLang:            "表示言語（日本語は ja、英語は en）",
	FlagTheme:           "画面の配色 dark・light・projector（プロジェクター向け高コントラスト）・mono（白黒）。環境変数 NO_COLOR があれば mono",
	FlagASCII:           "罫線や①②を ASCII で描く（あいまい幅の文字を2マスで描く端末向け）",
	FlagTemplate:        "このテンプレートファイルから新しいワークショップを作る",
	CloseBallotShort:    "開いたままの無記名投票を終了する（暗証番号を忘れたとき。結果は非公開のまま）",
	FmtClosedBallots:    "無記名投票を %d 件終了しました。結果は非公開のままです。アプリで r を押すと公開できます。",
	NoOpenBallot:        "開いている無記名投票はありません。",
	FmtErrNoDatabase:    "データベースがありません：%s（--db でファイルを指定してください）",
	DoctorShort:         "データベースと端末の状態を表示する（ヘルプデスク向け。何も変更しません）",
	DoctorProblems:      "データベースに問題があります（上を参照）。",
	DoctorDatabase:      "データベース",
	DoctorMissing:       "まだありません（最初の起動で作られます）",
	FmtDoctorFile:       "あり（%d バイト、権限 %v）",
	FmtDoctorSchema:     "形式 %d（この版は %d まで）",
	FmtDoctorIntegrity:  "整合性：%s",
	FmtDoctorLockPID:    "使用中（yoriai PID %d）",
	DoctorLocked:        "使用中（別の yoriai が開いています）",
	DoctorUnlocked:      "使われていません",
	DoctorTerminal:      "端末",
	DoctorNoTerminal:    "端末ではありません（出力先がファイルなど）",
	DoctorWidth:         "① の幅",
	DoctorWidthUnknown:  "測れませんでした",
	DoctorWidthWide:     "2マス（罫線は ASCII で描きます）",
	DoctorClusters:      "絵文字・半角濁点の幅",
	DoctorClustersWhole: "まとめて描く端末（結合された絵文字も yoriai は分けて描くので、罫線はずれません）",
	DoctorClustersSplit: "文字ごとに描く端末（tmux など。yoriai は結合された絵文字を分け、半角の濁点付きカナを全角にして描きます）",
	DoctorWidthNarrow:   "1マス（罫線をそのまま描きます）",
	DoctorEnv:           "環境",
	DoctorNetwork:       "ネットワーク",
	DoctorNoNetwork:     "使いません（通信する機能はありません）",
	FmtDBPathOnExit:     "データベース：%s",

	FmtErrLocked:       "このデータベースは別の yoriai が使用中です：%s\n先に開いている yoriai を終了してください。",
	FmtErrNotDatabase:  "yoriai のデータベースではありません（ファイルは変更していません）：%s",
	FmtErrCorrupt:      "データベースが壊れています（ファイルは変更していません）：%s\nバックアップから戻すか、別の --db を指定してください。",
	FmtErrNewerSchema:  "このデータベースは新しい版の yoriai で作られています（形式 %d、この版は %d まで）：%s\nyoriai を更新してください。",
	FmtErrReadOnly:     "データベースの場所に書き込めません：%s\n書き込める場所を --db で指定してください。",
	FmtErrCannotOpen:   "データベースを開けません：%s",
	FmtErrReadOnlyCopy: "読み取り専用の場所にあり、このままでは読めません：%s\n強制終了で残った記録（-wal）があるか、古い版のファイルです。フォルダごと書き込める場所にコピーして、そこで開いてください。",
	FmtErrNoHome:       "データの保存先が決められません（%s）。--db で指定してください。",

	FmtTemplateInvalid:     "テンプレート %s に誤りがあります（何も書き込んでいません）：",
	FmtTemplateIssue:       "  %d 行目 %s：%s",
	FmtTemplateIssueNoLine: "  %s：%s",
	FmtTemplateUnreadable:  "テンプレートを読み込めません：%s",
	FmtTemplateReused:      "このテンプレートのワークショップは作成済みのため、それを開きます：%s",
	Problems: map[model.Problem]string{
		model.ProblemRequired:      "入力が必要です",
		model.ProblemTooLong:       "長すぎます（%d 文字まで）",
		model.ProblemTooMany:       "多すぎます（%d 件まで）",
		model.ProblemBadKind:       "種類は briefing / video / prompt / poll / task1 / task2 / wrap_up / review のどれかです",
		model.ProblemBadQuestion:   "質問の種類は single_choice か free_text です",
		model.ProblemBadDate:       "日付は 2022-12-09 の形で書きます",
		model.ProblemBadTime:       "時刻は 09:00 の形で書きます",
		model.ProblemEndBeforeFrom: "終了時刻が開始時刻より前です",
		model.ProblemBadMinutes:    "分は 0 から %d までの数です",
		model.ProblemBadNumber:     "会議の回（number）は 1, 2, 3… と順に付けます（ここは %d）",
		model.ProblemNoChoices:     "選択肢は %d つ以上必要です",
		model.ProblemNoQuestions:   "投票には質問が1つ以上必要です",
		model.ProblemOverSlot:      "議題の合計時間が会議の時間（%d 分）を超えています",
		model.ProblemNotAMapping:   "ここは「キー: 値」の形で書きます",
		model.ProblemUnknownField:  "知らない項目名です（つづりを確認してください）",
		model.ProblemWrongType:     "値の種類が違います（数・文字・一覧）",
		model.ProblemSyntax:        "書式の誤りです",
		model.ProblemBadEncoding:   "UTF-8 で保存してください",
		model.ProblemDuplicateID:   "同じ id が2回使われています",
		model.ProblemUnknownID:     "その id の箱がありません",
		model.ProblemCycle:         "組織図が輪になっています（上の箱をたどると自分に戻ります）",
		model.ProblemBadStage:      "いまの段階は 0 から %d までです",
		model.ProblemBadDiagram:    "図は organisation・stages・pillars のどれかです",
		model.ProblemNoDiagram:     "テンプレートの diagrams にその図がありません",
		model.ProblemFileTooLarge:  "ファイルが大きすぎます（%d バイトまで）",
		model.ProblemBadID:         "workshop.id は英数字・-・_ で %d 文字までです",
	},
}

var enCLI = CLIText{
	CmdShort:            "Run a municipal DX working group's meetings and keep everything said",
	CmdLong:             "yoriai runs a DX working group's meetings from one laptop: agenda, timer,\nroster and attendance, each saved at once to a single SQLite file.\nIt never uses the network.",
	CmdTemplateShort:    "Print the default workshop template, or with --db the workshop as it now is (edit it and pass it to --template)",
	FlagDB:              "Path of the database file",
	HelpFlag:            "Help for this command",
	VersionFlag:         "Show the version",
	HelpCmdShort:        "Help about any command",
	CompletionShort:     "Generate the autocompletion script for the specified shell",
	FlagLang:            "Interface language (ja or en)",
	FlagTheme:           "Colours: dark, light, projector (high contrast) or mono; NO_COLOR means mono",
	FlagASCII:           "Draw borders, ①② and the like in ASCII (for terminals that draw them two cells wide)",
	FlagTemplate:        "Create a new workshop from this template file",
	CloseBallotShort:    "End anonymous ballots left open (when the PIN is forgotten; results stay hidden)",
	FmtClosedBallots:    "Anonymous ballots ended: %d. Results stay hidden; press r in the app to reveal them.",
	NoOpenBallot:        "No anonymous ballot is open.",
	FmtErrNoDatabase:    "There is no database at %s (name the file with --db).",
	DoctorShort:         "Show the state of the database and the terminal (for a helpdesk; changes nothing)",
	DoctorProblems:      "The database has a problem (see above).",
	DoctorDatabase:      "Database",
	DoctorMissing:       "not there yet (made on the first start)",
	FmtDoctorFile:       "present (%d bytes, mode %v)",
	FmtDoctorSchema:     "schema %d (this yoriai reads up to %d)",
	FmtDoctorIntegrity:  "integrity: %s",
	FmtDoctorLockPID:    "in use (yoriai PID %d)",
	DoctorLocked:        "in use (another yoriai has it open)",
	DoctorUnlocked:      "not in use",
	DoctorTerminal:      "Terminal",
	DoctorNoTerminal:    "not a terminal (output goes to a file or pipe)",
	DoctorWidth:         "Width of ①",
	DoctorWidthUnknown:  "could not be measured",
	DoctorWidthWide:     "2 cells (borders are drawn in ASCII)",
	DoctorClusters:      "Width of 👩‍💻 and ﾃﾞ",
	DoctorClustersWhole: "drawn whole (yoriai still draws joined emoji apart, so borders line up)",
	DoctorClustersSplit: "drawn code point by code point (tmux and most terminals; yoriai draws joined emoji apart and voiced half-width kana full-width)",
	DoctorWidthNarrow:   "1 cell (borders are drawn as they are)",
	DoctorEnv:           "Environment",
	DoctorNetwork:       "Network",
	DoctorNoNetwork:     "never used (yoriai has no way to connect)",
	FmtDBPathOnExit:     "Database: %s",

	FmtErrLocked:       "Another yoriai is using this database: %s\nClose it first.",
	FmtErrNotDatabase:  "Not a yoriai database (the file was not changed): %s",
	FmtErrCorrupt:      "The database is damaged (the file was not changed): %s\nRestore a backup or choose another --db.",
	FmtErrNewerSchema:  "This database was made by a newer yoriai (format %d; this one reads up to %d): %s\nPlease update yoriai.",
	FmtErrReadOnly:     "Cannot write where the database is: %s\nChoose a writable place with --db.",
	FmtErrCannotOpen:   "Cannot open the database: %s",
	FmtErrReadOnlyCopy: "The database is on a read-only medium and cannot be read as it is: %s\nIt holds a log left by a crash (-wal) or is of an older format. Copy its folder to a writable place and open it there.",
	FmtErrNoHome:       "Cannot decide where to keep data (%s). Please use --db.",

	FmtTemplateInvalid:     "The template %s has errors (nothing was written):",
	FmtTemplateIssue:       "  line %d %s: %s",
	FmtTemplateIssueNoLine: "  %s: %s",
	FmtTemplateUnreadable:  "Cannot read the template: %s",
	FmtTemplateReused:      "A workshop from this template exists already; opening it: %s",
	Problems: map[model.Problem]string{
		model.ProblemRequired:      "is required",
		model.ProblemTooLong:       "is too long (at most %d characters)",
		model.ProblemTooMany:       "has too many entries (at most %d)",
		model.ProblemBadKind:       "kind must be one of briefing, video, prompt, poll, task1, task2, wrap_up, review",
		model.ProblemBadQuestion:   "question kind must be single_choice or free_text",
		model.ProblemBadDate:       "dates are written 2022-12-09",
		model.ProblemBadTime:       "times are written 09:00",
		model.ProblemEndBeforeFrom: "ends before it starts",
		model.ProblemBadMinutes:    "minutes must be between 0 and %d",
		model.ProblemBadNumber:     "meeting numbers must run 1, 2, 3, … (expected %d)",
		model.ProblemNoChoices:     "needs at least %d choices",
		model.ProblemNoQuestions:   "a poll needs at least one question",
		model.ProblemOverSlot:      "the agenda takes longer than the meeting (%d minutes)",
		model.ProblemNotAMapping:   "must be written as key: value",
		model.ProblemUnknownField:  "unknown key (check the spelling)",
		model.ProblemWrongType:     "has the wrong type of value (number, text or list)",
		model.ProblemSyntax:        "cannot be read",
		model.ProblemBadEncoding:   "must be saved as UTF-8",
		model.ProblemDuplicateID:   "the same id is used twice",
		model.ProblemUnknownID:     "no box has that id",
		model.ProblemCycle:         "the chart goes round in a circle (a box is above itself)",
		model.ProblemBadStage:      "the current stage must be between 0 and %d",
		model.ProblemBadDiagram:    "diagram must be organisation, stages or pillars",
		model.ProblemNoDiagram:     "the template's diagrams lack that diagram",
		model.ProblemFileTooLarge:  "the file is too large (at most %d bytes)",
		model.ProblemBadID:         "workshop.id is letters, digits, - and _, at most %d characters",
	},
}
