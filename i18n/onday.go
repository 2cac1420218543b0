package i18n

import (
	"errors"
	"fmt"

	"yoriai/model"
)

// OnDay is the text of the run sheet's on-the-day edits (a meeting's date,
// times, place and content; an item's title, minutes, speaker and video;
// reordering, inserting and skipping items), of opening a video, and of
// drafts: leaving or quitting with something typed.
type OnDay struct {
	// Keys.
	KeyEditItem, KeyEditMeeting, KeyInsertItem, KeySkipItem, KeyOpenVideo string
	KeyItemUp, KeyItemDown                                                string
	// The run sheet.
	Skipped string // the state column of a skipped item
	// Forms.
	EditItemTitle, EditMeetingTitle, InsertItemTitle, FormHint, KindHint string
	FieldTitle, FieldMinutes, FieldSpeaker, FieldURL, FieldKind          string
	FieldDate, FieldStart, FieldEnd, FieldPlace, FieldTopics             string
	TitleRequired, BadMinutes, BadTime, EndBeforeStart, FmtOverSlot      string
	BadDate, NoSuchDay, EraRange                                         string
	CannotSkipCurrent, FmtSkipped, FmtUnskipped                          string
	// Store operations.
	OpEditMeeting, OpEditItem, OpMoveItem, OpInsertItem, OpSkipItem string
	// The video.
	OpOpenVideo, NoVideoURL, FmtVideoOpened string
	// Drafts.
	OpLoadDraft, OpSaveDraft, ConfirmDiscard, DraftRestored string
	ConfirmQuitTyping                                       string
}

var jaOnDay = OnDay{
	KeyEditItem:    "項目を編集",
	KeyEditMeeting: "会議の日時・場所",
	KeyInsertItem:  "項目を挿入",
	KeySkipItem:    "省略／戻す",
	KeyOpenVideo:   "動画を開く",
	KeyItemUp:      "項目を上へ",
	KeyItemDown:    "項目を下へ",

	Skipped: "省略",

	EditItemTitle:    "項目の編集",
	EditMeetingTitle: "会議の日時・場所・内容",
	InsertItemTitle:  "項目の挿入（カーソルの下に入ります）",
	FormHint:         "tab 次の欄 · enter 保存 · esc 取消",
	KindHint:         "←/→ で選ぶ",
	FieldTitle:       "題名",
	FieldMinutes:     "予定（分）",
	FieldSpeaker:     "話し手",
	FieldURL:         "URL・ファイル",
	FieldKind:        "種類",
	FieldDate:        "日付",
	FieldStart:       "開始",
	FieldEnd:         "終了",
	FieldPlace:       "場所",
	FieldTopics:      "内容（・で区切る）",
	TitleRequired:    "題名を入力してください",
	BadMinutes:       "予定は 0 から 1440 までの分数で入力してください",
	BadTime:          "時刻は 9:00、9時、9時30分 のように入力してください",
	EndBeforeStart:   "終了は開始より後の時刻にしてください",
	FmtOverSlot:      "予定の合計 %d 分が会議の時間 %d 分を超えます（終了時刻か分数を直してください）",
	BadDate:          "日付は 1/20、1月20日、令和5年1月20日、R5.1.20、2023-01-20 のように入力してください",
	NoSuchDay:        "その日付はありません",
	EraRange:         "その元号にその日付はありません",

	CannotSkipCurrent: "進行中の項目は省略できません（先に n で次へ進んでください）",
	FmtSkipped:        "「%s」を省略にしました（s でもとに戻せます）",
	FmtUnskipped:      "「%s」の省略をやめました",

	OpEditMeeting: "会議の保存",
	OpEditItem:    "項目の保存",
	OpMoveItem:    "項目の並べ替え",
	OpInsertItem:  "項目の挿入",
	OpSkipItem:    "項目の省略",

	OpOpenVideo:    "動画を開く",
	NoVideoURL:     "この動画には URL もファイルもありません（e で設定できます）",
	FmtVideoOpened: "動画を開きました：%s",

	OpLoadDraft:       "下書きの読み込み",
	OpSaveDraft:       "下書きの保存",
	ConfirmDiscard:    "入力中の内容を破棄しますか (y/n)",
	DraftRestored:     "前回の下書きを戻しました",
	ConfirmQuitTyping: "入力中の内容があります。終了しますか？ (y/n)",
}

var enOnDay = OnDay{
	KeyEditItem:    "edit item",
	KeyEditMeeting: "meeting date/place",
	KeyInsertItem:  "insert item",
	KeySkipItem:    "skip/unskip",
	KeyOpenVideo:   "open video",
	KeyItemUp:      "item up",
	KeyItemDown:    "item down",

	Skipped: "skipped",

	EditItemTitle:    "Edit the item",
	EditMeetingTitle: "The meeting's date, place and content",
	InsertItemTitle:  "Insert an item (below the cursor)",
	FormHint:         "tab next field · enter save · esc cancel",
	KindHint:         "←/→ to choose",
	FieldTitle:       "Title",
	FieldMinutes:     "Minutes",
	FieldSpeaker:     "Speaker",
	FieldURL:         "URL or file",
	FieldKind:        "Kind",
	FieldDate:        "Date",
	FieldStart:       "Start",
	FieldEnd:         "End",
	FieldPlace:       "Place",
	FieldTopics:      "Content (separate with commas)",
	TitleRequired:    "Type a title",
	BadMinutes:       "Minutes are a number from 0 to 1440",
	BadTime:          "Write a time as 9:00, 09:00 or 0930",
	EndBeforeStart:   "The end must be after the start",
	FmtOverSlot:      "The items take %d minutes, more than the meeting's %d (change the end time or the minutes)",
	BadDate:          "Write a date as 1/20, 2023-01-20, 2023/1/20 or R5.1.20",
	NoSuchDay:        "There is no such day",
	EraRange:         "That era had no such day",

	CannotSkipCurrent: "The current item cannot be skipped (move on with n first)",
	FmtSkipped:        "Skipped “%s” (s brings it back)",
	FmtUnskipped:      "“%s” is no longer skipped",

	OpEditMeeting: "Saving the meeting",
	OpEditItem:    "Saving the item",
	OpMoveItem:    "Reordering the items",
	OpInsertItem:  "Inserting the item",
	OpSkipItem:    "Skipping the item",

	OpOpenVideo:    "Opening the video",
	NoVideoURL:     "This video has no URL or file (set one with e)",
	FmtVideoOpened: "Opened the video: %s",

	OpLoadDraft:       "Loading the draft",
	OpSaveDraft:       "Saving the draft",
	ConfirmDiscard:    "Discard what you typed? (y/n)",
	DraftRestored:     "Your draft from before is back",
	ConfirmQuitTyping: "You are typing. Quit anyway? (y/n)",
}

// OverSlot says the items' minutes exceed the meeting's time.
func (o OnDay) OverSlot(total, slot int) string { return fmt.Sprintf(o.FmtOverSlot, total, slot) }

// DateProblem words a typed date's problem.
func (o OnDay) DateProblem(err error) string {
	switch {
	case errors.Is(err, model.ErrNoSuchDay):
		return o.NoSuchDay
	case errors.Is(err, model.ErrEraRange):
		return o.EraRange
	}
	return o.BadDate
}
