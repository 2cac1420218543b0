package model

import "time"

// EntryKind is what a line of an item's record (記録) is.
type EntryKind string

// The record entry kinds.
const (
	EntryMemo     EntryKind = "memo"     // メモ
	EntryDecision EntryKind = "decision" // 決定事項
	EntryQA       EntryKind = "qa"       // 質疑: a question and its answer
	EntryAction   EntryKind = "action"   // 宿題: something to do, by whom, by when
)

// Valid reports whether k is a known kind.
func (k EntryKind) Valid() bool {
	return k == EntryMemo || k == EntryDecision || k == EntryQA || k == EntryAction
}

// MaxEntryRunes is the longest one field of a record entry may be.
const MaxEntryRunes = 2000

// Entry is one line of the record of an agenda item: a note, a decision, a
// question with its answer, or an action item. Every item of every kind
// (briefing, video, まとめ too) can hold entries; the minutes are built from
// them.
type Entry struct {
	ID         int64
	WorkshopID int64
	MeetingID  int64
	ItemID     int64
	Kind       EntryKind
	Text       string // the note, the decision, the question, or what to do
	Answer     string // the answer to a question (EntryQA only)
	// AssigneeID is the participant an action item is assigned to (担当);
	// 0 when the name was typed instead (AssigneeName). With a participant,
	// the store keeps their name as it was then in AssigneeName, so the
	// record still names someone who has left the roster (Assignee).
	AssigneeID   int64
	AssigneeName string
	Due          Date      // 期限 of an action item; zero when none was given
	DoneAt       time.Time // when an action item was marked 完了; zero while open
	DoneMeeting  int64     // the meeting it was marked 完了 in; 0 if outside one
	Position     int       // its place among its item's entries
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Open reports whether e is an action item not yet done.
func (e Entry) Open() bool { return e.Kind == EntryAction && e.DoneAt.IsZero() }

// Overdue reports whether e is an open action item whose due date is
// before today.
func (e Entry) Overdue(today Date) bool {
	return e.Open() && !e.Due.IsZero() && e.Due.before(today)
}

// Presence is whether a participant attends one meeting.
type Presence string

// The presence states. A meeting's attendance starts from the previous
// meeting's, so marking it is one pass of corrections.
const (
	PresenceUnknown Presence = "unknown" // 未定
	PresencePresent Presence = "present" // 出席
	PresenceAbsent  Presence = "absent"  // 欠席
)

// Valid reports whether p is a known state.
func (p Presence) Valid() bool {
	return p == PresenceUnknown || p == PresencePresent || p == PresenceAbsent
}
