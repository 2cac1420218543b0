package model

import "time"

// Workshop is one working group's series of meetings, created from a template.
type Workshop struct {
	ID           int64
	Title        string // 鹿島市 DX推進ワーキンググループ検討会
	Organisation string // 鹿島市
	Vision       string // みんなが住みやすく、暮らしやすいまち
	// TargetFiscalYear is the fiscal year the plan is drafted for, as the
	// template writes it (令和6年度).
	TargetFiscalYear string
	Diagrams         Diagrams
	CreatedAt        time.Time
	// UID is the workshop's stable identity, independent of the template
	// file's bytes: the template's optional workshop.id.
	UID string
}

// Pillar is one of the workshop's themes (市民の利便性向上, 業務の効率化, 人財育成).
type Pillar struct {
	ID          int64
	Position    int
	Name        string
	Description string
}

// MeetingStatus is where a meeting stands: not held yet, under way or over.
type MeetingStatus string

// The meeting statuses.
const (
	StatusPlanned MeetingStatus = "planned" // 未開催
	StatusRunning MeetingStatus = "running" // 進行中
	StatusEnded   MeetingStatus = "ended"   // 終了
)

// Valid reports whether s is one of the known statuses.
func (s MeetingStatus) Valid() bool {
	return s == StatusPlanned || s == StatusRunning || s == StatusEnded
}

// Meeting is one session of the series (キックオフ, 第2回, …).
type Meeting struct {
	ID         int64
	WorkshopID int64
	Number     int    // 1-based position in the series
	Title      string // キックオフ
	Date       Date   // zero when not fixed yet
	Start, End string // "09:00", "" when not fixed
	Place      string
	FiscalYear string   // 令和4年度, as the template writes it
	Topics     []string // what the meeting is for, from the schedule
	Status     MeetingStatus
	StartedAt  time.Time // zero until the meeting starts
	EndedAt    time.Time // zero until it ends
	// CurrentItemID is the agenda item the meeting stands at; 0 before the
	// first item is opened.
	CurrentItemID int64
	// NotInTemplate is set when a template change removed the meeting but
	// it held data, so it stayed.
	NotInTemplate bool
}

// Started returns the meeting marked as under way at now; a meeting already
// running or ended is returned unchanged.
func (m Meeting) Started(now time.Time) Meeting {
	if m.Status == StatusPlanned || m.Status == "" {
		m.Status = StatusRunning
		if m.StartedAt.IsZero() {
			m.StartedAt = now
		}
	}
	return m
}

// Ended returns the meeting marked as over at now.
func (m Meeting) Ended(now time.Time) Meeting {
	m = m.Started(now)
	m.Status = StatusEnded
	m.EndedAt = now
	return m
}

// Reopened returns an ended meeting back under way, keeping its start time.
func (m Meeting) Reopened() Meeting {
	if m.Status == StatusEnded {
		m.Status = StatusRunning
		m.EndedAt = time.Time{}
	}
	return m
}

// ItemKind says what an agenda item is and so which screen runs it.
type ItemKind string

// The agenda item kinds.
const (
	KindBriefing ItemKind = "briefing" // slides read out by the secretariat
	KindVideo    ItemKind = "video"    // a recorded talk played to the room
	KindPrompt   ItemKind = "prompt"   // one workshop question, ideas as cards
	KindPoll     ItemKind = "poll"     // the room answers questions
	KindTask1    ItemKind = "task1"    // Task ①: problems and goals per pillar
	KindTask2    ItemKind = "task2"    // Task ②: priorities and initiatives
	KindWrapUp   ItemKind = "wrap_up"  // closing: decisions and next steps
	KindReview   ItemKind = "review"   // ふりかえり: what the previous meeting left, drawn from the data
)

// ItemKinds lists every kind in the order the template documents them.
var ItemKinds = []ItemKind{KindBriefing, KindVideo, KindPrompt, KindPoll, KindTask1, KindTask2, KindWrapUp, KindReview}

// Valid reports whether k is one of the known kinds.
func (k ItemKind) Valid() bool {
	for _, v := range ItemKinds {
		if k == v {
			return true
		}
	}
	return false
}

// ItemState is an agenda item's progress.
type ItemState string

// The item states.
const (
	ItemPending ItemState = "pending" // not reached yet, or skipped
	ItemCurrent ItemState = "current" // the meeting stands here
	ItemDone    ItemState = "done"    // taken and left
)

// Valid reports whether s is one of the known states.
func (s ItemState) Valid() bool {
	return s == ItemPending || s == ItemCurrent || s == ItemDone
}

// QuestionKind is how a poll question is answered.
type QuestionKind string

// The question kinds.
const (
	QuestionChoice QuestionKind = "single_choice" // pick one of Choices
	QuestionText   QuestionKind = "free_text"     // a reason in words
)

// PollQuestion is one question of a poll item.
type PollQuestion struct {
	Text    string
	Kind    QuestionKind
	Choices []string // for QuestionChoice, in display order
}

// AgendaItem is one step of a meeting's run sheet.
type AgendaItem struct {
	ID        int64
	MeetingID int64
	Position  int // 0-based order within the meeting
	Kind      ItemKind
	Title     string
	Body      string // what is shown to the room, paragraphs separated by blank lines
	Notes     string // facilitator-only notes, hidden in projector mode
	Speaker   string // video: who speaks
	Source    string // video: where it comes from (YouTube, 研修動画)
	URL       string // video: where to play it
	Question  string // prompt: the question put to the room
	Questions []PollQuestion
	Diagram   DiagramKind // a diagram of the workshop shown above the body
	Planned   time.Duration
	Timer     Timer
	State     ItemState
	// NotInTemplate is set when a template change removed the item but it
	// held data (cards, polls, entries, time), so it stayed.
	NotInTemplate bool
	// Skipped marks an item the meeting passes over on the day: it stays
	// in the agenda and the minutes (as 「省略」) but is not run.
	Skipped bool
}

// Role is what a participant does in the working group.
type Role string

// The roles.
const (
	RoleMember      Role = "member"      // メンバー
	RoleFacilitator Role = "facilitator" // 進行役
	RoleSecretariat Role = "secretariat" // 事務局
	RoleExternal    Role = "external"    // 外部人材
)

// Roles lists the roles in the order a form offers them.
var Roles = []Role{RoleMember, RoleFacilitator, RoleSecretariat, RoleExternal}

// Valid reports whether r is one of the known roles.
func (r Role) Valid() bool {
	for _, v := range Roles {
		if r == v {
			return true
		}
	}
	return false
}

// Next returns the role after r in Roles, wrapping around; step -1 goes back.
func (r Role) Next(step int) Role {
	i := 0
	for j, v := range Roles {
		if v == r {
			i = j
		}
	}
	n := len(Roles)
	return Roles[((i+step)%n+n)%n]
}

// Participant is a member of the working group's roster.
type Participant struct {
	ID         int64
	WorkshopID int64
	Name       string // 山田 太郎
	Department string // 企画財政課
	Role       Role
}

// Limits on what a person can type, in runes.
const (
	MaxNameRunes       = 40
	MaxDepartmentRunes = 40
)

// Event is one entry of the append-only change log.
type Event struct {
	ID         int64
	At         time.Time
	WorkshopID int64
	MeetingID  int64 // 0 when the change is not tied to a meeting
	Actor      string
	Kind       string // participant.added, run.next, …
	Payload    string // JSON
}

// Screen names where the facilitator was, for resuming.
type Screen string

// The screens that can be resumed.
const (
	ScreenHome    Screen = "home"
	ScreenMeeting Screen = "meeting" // the run sheet of MeetingID
	ScreenSlide   Screen = "slide"   // the current item of MeetingID, full screen
	ScreenRecord  Screen = "record"  // that slide with the record (記録) of its item open
	ScreenRoster  Screen = "roster"
	ScreenActions Screen = "actions" // the 宿題一覧, opened from MeetingID (0: from home)
)

// Resume is what the app restores at start: the workshop, the screen and
// meeting the facilitator was on, and whether projector mode was on.
type Resume struct {
	WorkshopID int64
	MeetingID  int64
	Screen     Screen
	Projector  bool
	// ItemID is the item the slide of an ended meeting was showing, as it
	// was being looked back through; 0 for the meeting's current item.
	ItemID int64
}
