package i18n

import (
	"errors"
	"fmt"

	"yoriai/model"
)

// RecordText is the text of the record (記録) of an agenda item and of the
// workshop-wide list of action items (宿題一覧).
type RecordText struct {
	Kinds map[model.EntryKind]string // メモ, 決定事項, 質疑, 宿題
	Tags  map[model.EntryKind]string // the short mark before an entry in a list

	FmtTitle, Empty, ProjectorNote                  string
	AddTitle, EditTitle, FormHint                   string
	FieldKind, FieldAnswer, FieldAssignee, FieldDue string
	AssigneeHint, DueHint, TextRequired, NoAssignee string
	FmtAssignee, FmtDue, Overdue, FmtDone           string
	QuestionMark, AnswerMark                        string
	FmtDeleted, FmtMarkedDone, FmtReopened          string
	FmtBadDate, FmtNoSuchDay, FmtEraRange           string
	FmtWeekdayDiff                                  string
	OpLoad, OpSave, OpLoadActions, OpMarkDone       string
	KeyRecord, KeyActions, KeyMarkDone              string

	// The 宿題一覧.
	FmtActionsTitle, ActionsEmpty, OutsideMeeting, FmtInMeeting string
	ColState, ColText, ColAssignee, ColDue, ColFrom             string
	StateOpen, StateOverdue, StateDone                          string
	FmtFrom, FmtDoneIn                                          string
}

var jaRecord = RecordText{
	Kinds: map[model.EntryKind]string{model.EntryMemo: "メモ", model.EntryDecision: "決定事項",
		model.EntryQA: "質疑", model.EntryAction: "宿題"},
	Tags: map[model.EntryKind]string{model.EntryMemo: "［メモ］", model.EntryDecision: "［決定］",
		model.EntryQA: "［質疑］", model.EntryAction: "［宿題］"},
	FmtTitle:       "記録：%s（%d件）",
	Empty:          "a でメモ・決定事項・質疑・宿題を記録します。",
	ProjectorNote:  "投影モード（P）の間、記録は w で開いたときだけ映ります。",
	AddTitle:       "記録を追加",
	EditTitle:      "記録を編集",
	FormHint:       "enter 保存 ・ ctrl+j 改行 ・ tab 次の欄 ・ esc 取消",
	FieldKind:      "種類",
	FieldAnswer:    "回答",
	FieldAssignee:  "担当",
	FieldDue:       "期限",
	AssigneeHint:   "↑↓ 名簿から選ぶ／名前を入力",
	DueHint:        "例 1/20、令和5年1月20日、R5.1.20",
	TextRequired:   "内容を入力してください。",
	NoAssignee:     "—",
	FmtAssignee:    "担当 %s",
	FmtDue:         "期限 %s",
	Overdue:        "期限切れ",
	FmtDone:        "完了 %s",
	QuestionMark:   "問：",
	AnswerMark:     "答：",
	FmtDeleted:     "「%s」を削除しました（u で元に戻す）。",
	FmtMarkedDone:  "「%s」を完了にしました。",
	FmtReopened:    "「%s」を未完了に戻しました。",
	FmtBadDate:     "期限「%s」を日付として読めません。1/20、1月20日、令和5年1月20日、R5.1.20 のように書きます。",
	FmtNoSuchDay:   "期限「%s」はない日付です。",
	FmtEraRange:    "期限「%s」はその元号にない日付です。",
	FmtWeekdayDiff: "期限「%s」の曜日が日付と合いません。",
	OpLoad:         "記録の読み込み",
	OpSave:         "記録の保存",
	OpLoadActions:  "宿題一覧の読み込み",
	OpMarkDone:     "宿題の完了",
	KeyRecord:      "記録",
	KeyActions:     "宿題一覧",
	KeyMarkDone:    "完了／未完了",

	FmtActionsTitle: "宿題一覧（未完了 %d件・完了 %d件）",
	ActionsEmpty:    "宿題はまだありません。会議のスライドで w を押して記録します。",
	OutsideMeeting:  "会議の外で開いています（完了は会議なしで記録されます）",
	FmtInMeeting:    "完了は「%s」で記録されます",
	ColState:        "状態",
	ColText:         "内容",
	ColAssignee:     "担当",
	ColDue:          "期限",
	ColFrom:         "出どころ",
	StateOpen:       "未完了",
	StateOverdue:    "期限切れ",
	StateDone:       "完了",
	FmtFrom:         "%s／%s",
	FmtDoneIn:       "完了 %s（%s）",
}

var enRecord = RecordText{
	Kinds: map[model.EntryKind]string{model.EntryMemo: "Note", model.EntryDecision: "Decision",
		model.EntryQA: "Q&A", model.EntryAction: "Action"},
	Tags: map[model.EntryKind]string{model.EntryMemo: "[Note] ", model.EntryDecision: "[Decision] ",
		model.EntryQA: "[Q&A] ", model.EntryAction: "[Action] "},
	FmtTitle:       "Record: %s (%d)",
	Empty:          "Press a to record a note, a decision, a question or an action item.",
	ProjectorNote:  "In projector mode (P) the record shows only when opened with w.",
	AddTitle:       "Add to the record",
	EditTitle:      "Edit the record",
	FormHint:       "enter save · ctrl+j new line · tab next field · esc cancel",
	FieldKind:      "Kind",
	FieldAnswer:    "Ans",
	FieldAssignee:  "Who",
	FieldDue:       "Due",
	AssigneeHint:   "↑↓ pick from the roster, or type a name",
	DueHint:        "e.g. 1/20, 2023-01-20, R5.1.20",
	TextRequired:   "Type the text first.",
	NoAssignee:     "—",
	FmtAssignee:    "who %s",
	FmtDue:         "due %s",
	Overdue:        "overdue",
	FmtDone:        "done %s",
	QuestionMark:   "Q: ",
	AnswerMark:     "A: ",
	FmtDeleted:     "Deleted “%s” (u undoes).",
	FmtMarkedDone:  "Marked “%s” done.",
	FmtReopened:    "Marked “%s” open again.",
	FmtBadDate:     "Cannot read the due date “%s”: write it like 1/20, 2023-01-20 or R5.1.20.",
	FmtNoSuchDay:   "The due date “%s” is no such day.",
	FmtEraRange:    "The due date “%s” is outside its era.",
	FmtWeekdayDiff: "The day of the week of “%s” does not match the date.",
	OpLoad:         "Loading the record",
	OpSave:         "Saving the record",
	OpLoadActions:  "Loading the action items",
	OpMarkDone:     "Marking the action item",
	KeyRecord:      "record",
	KeyActions:     "action items",
	KeyMarkDone:    "done/open",

	FmtActionsTitle: "Action items (%d open, %d done)",
	ActionsEmpty:    "No action items yet. Press w on a meeting's slide to record one.",
	OutsideMeeting:  "Opened outside a meeting (done is recorded without one)",
	FmtInMeeting:    "Done is recorded in “%s”",
	ColState:        "State",
	ColText:         "Action",
	ColAssignee:     "Who",
	ColDue:          "Due",
	ColFrom:         "From",
	StateOpen:       "open",
	StateOverdue:    "overdue",
	StateDone:       "done",
	FmtFrom:         "%s / %s",
	FmtDoneIn:       "done %s (%s)",
}

// RecordTitle is the heading of an item's record.
func (c *Catalog) RecordTitle(item string, n int) string {
	return fmt.Sprintf(c.Record.FmtTitle, item, n)
}

// Day writes a date the way the language does: 令和5年1月20日（金）, Fri 20 Jan 2023.
func (c *Catalog) Day(d model.Date) string {
	if c == &en {
		return d.FormatEnglish()
	}
	return d.FormatJapanese()
}

// ShortDay writes a date in few cells for a column: R5.1.20, 20 Jan 2023.
func (c *Catalog) ShortDay(d model.Date) string {
	if c == &en {
		return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
	}
	name, y, ok := d.JapaneseEra()
	letters := map[string]string{"令和": "R", "平成": "H", "昭和": "S"}
	if !ok || letters[name] == "" {
		return d.String()
	}
	return fmt.Sprintf("%s%d.%d.%d", letters[name], y, int(d.Month), d.Day)
}

// BadDue says why a typed 期限 could not be read; err is what
// model.ParseTypedDate returned.
func (c *Catalog) BadDue(typed string, err error) string {
	r := c.Record
	switch {
	case errors.Is(err, model.ErrNoSuchDay):
		return fmt.Sprintf(r.FmtNoSuchDay, typed)
	case errors.Is(err, model.ErrEraRange):
		return fmt.Sprintf(r.FmtEraRange, typed)
	case errors.Is(err, model.ErrWeekdayDiff):
		return fmt.Sprintf(r.FmtWeekdayDiff, typed)
	}
	return fmt.Sprintf(r.FmtBadDate, typed)
}

// ActionsTitle is the heading of the 宿題一覧.
func (c *Catalog) ActionsTitle(open, done int) string {
	return fmt.Sprintf(c.Record.FmtActionsTitle, open, done)
}

// Deleted is the notice after an entry was deleted.
func (r RecordText) Deleted(text string) string { return fmt.Sprintf(r.FmtDeleted, text) }

// MarkedDone is the notice after an action item was marked 完了.
func (r RecordText) MarkedDone(text string) string { return fmt.Sprintf(r.FmtMarkedDone, text) }

// Reopened is the notice after an action item was marked open again.
func (r RecordText) Reopened(text string) string { return fmt.Sprintf(r.FmtReopened, text) }

// Assignee is "担当 山田".
func (r RecordText) Assignee(name string) string { return fmt.Sprintf(r.FmtAssignee, name) }

// Due is "期限 R5.1.20".
func (r RecordText) Due(day string) string { return fmt.Sprintf(r.FmtDue, day) }

// Done is "完了 R4.12.9".
func (r RecordText) Done(day string) string { return fmt.Sprintf(r.FmtDone, day) }

// From is where an action item came from: its meeting and item.
func (r RecordText) From(meeting, item string) string { return fmt.Sprintf(r.FmtFrom, meeting, item) }

// DoneIn is "完了 R4.12.9（第2回）".
func (r RecordText) DoneIn(day, meeting string) string { return fmt.Sprintf(r.FmtDoneIn, day, meeting) }

// InMeeting says which meeting a 完了 is recorded in.
func (r RecordText) InMeeting(meeting string) string { return fmt.Sprintf(r.FmtInMeeting, meeting) }
