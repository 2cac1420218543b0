package i18n

import (
	"fmt"

	"yoriai/model"
)

// ReviewText is the text of the ふりかえり slide (tui/review) and of the
// roster's attendance per meeting (出席 / 欠席 / 未定, 記録者).
type ReviewText struct {
	// The ふりかえり.
	OpLoad, OpMarkDone                           string
	FmtDecisions, FmtActions, FmtPolls, FmtTask1 string
	FmtChat, None, NoPrevious, NotEnded          string
	FmtAssignee, FmtDue, NoDue, Overdue, Done    string
	FmtRaisedIn, FmtPollHead, FmtMarkedDone      string
	FmtMarkedOpen, KeySelect, NoSelf             string

	// Attendance and the 記録者 on the roster.
	Unknown, DefaultLegend, KeyConfirm, KeyRecorder, KeyTypeRecorder string
	FmtFilled, NothingToFill, FmtRecorder, NoRecorder, RecorderTitle string
	RecorderHint, FmtRecorderSet, RecorderCleared, OpSetRecorder     string
	OpFillAttendance, FmtAttendanceCounts                            string
}

var jaReview = ReviewText{
	OpLoad:        "ふりかえりの読込",
	OpMarkDone:    "宿題の完了",
	FmtDecisions:  "%sの決定事項",
	FmtActions:    "宿題（残り %d件）",
	FmtPolls:      "%sの投票",
	FmtTask1:      "タスク①の変化（%s以降）",
	FmtChat:       "チャットから（%s以降 %d件）",
	None:          "（なし）",
	NoPrevious:    "この会議の前に会議がないため、ふりかえりはありません。",
	NotEnded:      "（前回は終了していないため、変化の印はありません）",
	FmtAssignee:   "担当 %s",
	FmtDue:        "期限 %s",
	NoDue:         "期限なし",
	Overdue:       "期限超過",
	Done:          "完了",
	FmtRaisedIn:   "（%s）",
	FmtPollHead:   "Q. %s（%s n=%d）",
	FmtMarkedDone: "「%s」を完了にしました",
	FmtMarkedOpen: "「%s」を未完了に戻しました",
	KeySelect:     "宿題を選ぶ",
	NoSelf:        "（記録なし）",

	Unknown:             "未定",
	DefaultLegend:       "薄い表示＝前回からの引き継ぎ（c で確定）",
	KeyConfirm:          "確定",
	KeyRecorder:         "記録者",
	KeyTypeRecorder:     "記録者を入力",
	FmtFilled:           "%d名の出欠を前回どおり確定しました",
	NothingToFill:       "引き継ぎの出欠はありません（すべて確定済み）",
	FmtRecorder:         "記録者：%s",
	NoRecorder:          "記録者：未定",
	RecorderTitle:       "記録者（名簿にない人の名前）",
	RecorderHint:        "enter 保存・esc 取消（空にすると記録者なし）",
	FmtRecorderSet:      "記録者を%sにしました",
	RecorderCleared:     "記録者を未定にしました",
	OpSetRecorder:       "記録者の保存",
	OpFillAttendance:    "出欠の確定",
	FmtAttendanceCounts: "出席 %d・欠席 %d・未定 %d",
}

var enReview = ReviewText{
	OpLoad:        "loading the review",
	OpMarkDone:    "marking the action item done",
	FmtDecisions:  "Decisions of %s",
	FmtActions:    "Action items (%d open)",
	FmtPolls:      "Polls of %s",
	FmtTask1:      "Task 1 changes since %s",
	FmtChat:       "From the chat since %s (%d)",
	None:          "(none)",
	NoPrevious:    "There is no meeting before this one to look back on.",
	NotEnded:      "(the previous meeting has not ended: nothing is marked new)",
	FmtAssignee:   "by %s",
	FmtDue:        "due %s",
	NoDue:         "no due date",
	Overdue:       "OVERDUE",
	Done:          "done",
	FmtRaisedIn:   " (%s)",
	FmtPollHead:   "Q. %s (%s, n=%d)",
	FmtMarkedDone: "Marked done: %s",
	FmtMarkedOpen: "Open again: %s",
	KeySelect:     "choose item",
	NoSelf:        "(not recorded)",

	Unknown:             "?",
	DefaultLegend:       "dim = taken from the previous meeting (c confirms)",
	KeyConfirm:          "confirm",
	KeyRecorder:         "note-taker",
	KeyTypeRecorder:     "type name",
	FmtFilled:           "Attendance confirmed as at the previous meeting: %d",
	NothingToFill:       "Nothing to confirm: every mark is this meeting's",
	FmtRecorder:         "Notes: %s",
	NoRecorder:          "Notes: not set",
	RecorderTitle:       "Note-taker (someone not on the roster)",
	RecorderHint:        "enter save · esc cancel (empty: nobody)",
	FmtRecorderSet:      "Note-taker: %s",
	RecorderCleared:     "No note-taker set",
	OpSetRecorder:       "saving the note-taker",
	OpFillAttendance:    "confirming attendance",
	FmtAttendanceCounts: "%d present · %d absent · %d unknown",
}

// Decisions heads the previous meeting's decisions.
func (r ReviewText) Decisions(meeting string) string { return fmt.Sprintf(r.FmtDecisions, meeting) }

// Actions heads the 宿題 with how many are still open.
func (r ReviewText) Actions(open int) string { return fmt.Sprintf(r.FmtActions, open) }

// Polls heads the previous meeting's poll results.
func (r ReviewText) Polls(meeting string) string { return fmt.Sprintf(r.FmtPolls, meeting) }

// Task1 heads the board's changes since the previous meeting.
func (r ReviewText) Task1(meeting string) string { return fmt.Sprintf(r.FmtTask1, meeting) }

// Chat heads the chat lines imported since the previous meeting.
func (r ReviewText) Chat(meeting string, n int) string { return fmt.Sprintf(r.FmtChat, meeting, n) }

// PollHead is one question of a poll with its mode and how many answered.
func (r ReviewText) PollHead(question, mode string, n int) string {
	return fmt.Sprintf(r.FmtPollHead, question, mode, n)
}

// Presence is the roster's word for a state of attendance.
func (c *Catalog) Presence(p model.Presence) string {
	switch p {
	case model.PresencePresent:
		return c.Present
	case model.PresenceAbsent:
		return c.Absent
	}
	return c.Review.Unknown
}

// Due writes an action item's 期限 short (1/20 in Japanese, Jan 20 in
// English), or says there is none.
func (c *Catalog) Due(d model.Date) string {
	if d.IsZero() {
		return c.Review.NoDue
	}
	if c == &en {
		return fmt.Sprintf(c.Review.FmtDue, fmt.Sprintf("%s %d", d.Month.String()[:3], d.Day))
	}
	return fmt.Sprintf(c.Review.FmtDue, fmt.Sprintf("%d/%d", int(d.Month), d.Day))
}

// AttendanceCounts is how many are 出席, 欠席 and 未定.
func (r ReviewText) AttendanceCounts(present, absent, unknown int) string {
	return fmt.Sprintf(r.FmtAttendanceCounts, present, absent, unknown)
}

// Recorder names a meeting's 記録者.
func (r ReviewText) Recorder(name string) string { return fmt.Sprintf(r.FmtRecorder, name) }
