package i18n

import "yoriai/model"

// Catalog is every user-facing text in one language.
type Catalog struct {
	AppName   string
	Loading   string
	HelpTitle string

	// Chrome.
	// FatalTitle and FatalHint fill the screen when the database can no
	// longer be used (the file gone, the disk unplugged or broken).
	FatalTitle string
	// MeetingEnded says why the run of an ended meeting does not move.
	MeetingEnded  string
	FatalHint     string
	DismissHint   string
	FmtSavedAt    string
	FmtTooSmall   string
	FmtVision     string
	Pillars       string
	Topics        string
	DateUndecided string

	// Home.
	ColNumber, ColMeeting, ColWhen, ColPlace, ColStatus string
	StatusPlanned, StatusRunning, StatusEnded           string
	NoMeetings                                          string
	OpenHint, ResumeHint                                string

	// Run sheet and slides.
	ColKind, ColItem, ColPlanned, ColActual, ColState  string
	StateCurrent, StateDone, StatePending              [2]string // long, short
	Kinds                                              map[model.ItemKind]string
	KindScreens                                        map[model.ItemKind]string
	FmtHandledBy                                       string
	NoItems                                            string
	NowLabel                                           string
	Paused, Running, OverTime                          string
	FmtRemaining, FmtOverrun                           string
	FmtMinutes, FmtPlannedFor, FmtTotals               string
	FmtConfirmReset, FmtConfirmEnd, FmtConfirmReopen   string
	FmtConfirmStartSecond                              string
	YesNo                                              string
	QuestionLabel, SpeakerLabel, SourceLabel, URLLabel string
	Advises, StageHere                                 string
	NotesLabel, NotSet, FreeText                       string

	// Roster.
	FmtRosterTitle, FmtAttendanceOf              string
	NoMeetingForAttendance, RosterEmpty          string
	ColAttendance, Present, Absent               string
	FieldName, FieldDepartment, FieldRole        string
	Roles                                        map[model.Role]string
	AddParticipant, EditParticipant              string
	FormHint, Saving, NameRequired, PasteCut     string
	FmtRemoved, FmtRestored, FmtSavedParticipant string
	NothingToUndo                                string

	// Ideas of a prompt.
	KeyRedo, OpLoadIdeas, OpSaveCard, NothingToRedo, IdeaRequired string
	FmtIdeasTitle, AddIdea, EditIdea, Speaker, Anonymous          string
	IdeaHint, NoIdeasYet                                          string

	// Polls.
	OpLoadPoll, OpSavePoll, OpCastBallot, FmtCompared              string
	ChooseMode, ModeTally, ModeNamed, ModeBallot                   string
	ModeNames                                                      map[model.PollMode]string
	FmtRound, FmtOtherRounds                                       string
	PINSet, PINAgain, PINUnlock, PINHint                           string
	PINMismatch, PINInvalid, PINWrong                              string
	BallotHint, FmtChoiceMissing, Optional, FmtAnswerFor           string
	Thanks, ThanksHint                                             string
	FmtBallotsCast, ResultsHidden, ReopenBallotHint                string
	FmtTallyTotal, FmtAttending, TallyMismatch, FmtReasonsHidden   string
	AddReason, ReasonRequired, ReasonHint, ReasonPlaceholder       string
	FmtNamedProgress, Answered, NotAnswered, NoRoster, AllOnRoster string
	ResultsTitle, FmtN, FmtReasons, Unlabelled, Promoted           string
	NoReasons, LabelTitle, LabelHint                               string
	PromotedFlash, AlreadyPromoted, ReopenedFlash, ResetFlash      string
	ConfirmReveal, FmtConfirmResetPoll, ConfirmNewRound            string
	KeyModeTally, KeyModeNamed, KeyModeBallot, KeyMore, KeyLess    string
	KeyDigits, KeyErase, KeyReveal, KeyReopen, KeyResetPoll        string
	// KeyPINDigits, KeyScoreDigits and KeyDotDigits are the digit keys
	// where they do not type a count of people: a PIN, a score, dots.
	KeyPINDigits, KeyScoreDigits, KeyDotDigits            string
	KeyNewRound, KeyLabel, KeyPromote, KeyCast, KeyUnlock string
	KeyAnswer, KeyNextBallot                              string

	// The Task ① board.
	OpLoadBoard, OpSaveBoard, OpImportChat                         string
	Inbox, FmtColumn, LooseSection, EmptyColumn, EmptyInbox        string
	KindTags, KindNames                                            map[model.CardKind]string
	SourceTags, SourceNames                                        map[model.CardSource]string
	MarkNew, MarkChanged                                           string
	AddProblem, AddGoal, AddCard, EditCard                         string
	MoveTitle, ToInbox, LinkTitle, Unlink, NoProblems, NotAGoal    string
	GroupTitle, FilterTitle, FilterHint, FmtFiltered, NoMatch      string
	FmtImported                                                    string
	ErrChatNotText, ErrChatEmpty, ErrChatTooLarge, ErrChatNotFile  string
	Undone, Redone, AuthorLabel, CreatedLabel, LabelLabel          string
	KeyMove, KeyLink, KeyGroup, KeyCollapse, KeyFilter, KeyFocus   string
	KeyImport, KeyAddGoal, KeyMoveUp, KeyMoveDown, KeyColumn       string
	ImportShort, ImportChatShort, FmtErrChatMissing, ErrNoWorkshop string

	// Chat import preview (yoriai import chat --dry-run; a preview screen).
	ChatFormats                                          map[string]string // by importer.Format
	SkipReasons                                          map[string]string // by importer.Reason
	FmtChatFormat, FmtPreviewMessages, FmtPreviewSkipped string
	FmtPreviewLine, FmtPreviewEntry, FmtPreviewInFile    string
	PreviewNoTime, PreviewNoName, FmtPreviewCount        string
	FmtPreviewBreakdown, DryRunFlag, DryRunDone          string
	ErrChatFormat, PreviewSep                            string

	// Task ②.
	OpLoadTask2, OpSaveTask2                                             string
	TabVote, TabRank, TabPlan                                            string
	FmtRoundDots, FmtRoundScore, RoundTally, FmtRoundBudget, RoundHidden string
	RoundClosed, NoRound, NoProblemsYet, FmtVoter, FmtRemainingDots      string
	TotalsHidden, ImpactLabel, FeasibilityLabel, ScoreHint               string
	// FmtMatrixScale states the 2×2's boundary: the least score counted high.
	FmtMatrixScale                                                          string
	QuadrantNames                                                           [4]string
	SetupTitle, SetupTally, SetupParticipant, SetupScore                    string
	FmtSetupBudget, SetupHiddenQ, OverBudget, ErrClosedRound                string
	ConfirmCloseRound, ConfirmRevealRound, FmtConfirmNewRound               string
	MoveReasonTitle, MoveReasonRequired, FmtChosenFor, ChosenMark, TiedMark string
	FmtChosenSummary, FmtNoChosen                                           string
	NoPlans, FmtProgress, AddPlan, EditPlan                                 string
	StatusNames                                                             map[model.InitiativeStatus]string
	FieldTitle, FieldPillar, FieldProblems, FieldSummary, FieldDept         string
	FieldKPI, FieldBaseline, FieldTarget, FieldStatus                       string
	PlanHint, FmtDeptHint, NoPillarProblems, FmtPlanProblem                 string
	PlanProblems                                                            map[model.Problem]string
	KeyViewNext, KeyCloseRound, KeyChoose                                   string
	KeyMatrix, KeyVoter, KeyToggle                                          string

	// Exports, backups and the sample workshop.
	ExportShort, FlagFormat, FlagMeeting, FlagTable, FlagOut, FlagForce               string
	FmtBadFormat, FmtBadTable, FmtNoMeeting, OutRequired, FmtExists, FmtWritten       string
	ImportBackupShort, FmtBackupRestored, ErrNotBackup, ErrBackupNewer, ErrNotEmptyDB string
	DemoShort, FlagCards, FmtDemoDone, ErrDemoNotEmpty                                string
	ExportTitle, ExportFormats, ExportMeeting, ExportPath, ExportHint                 string
	ExportFormatNames                                                                 []string
	ConfirmOverwrite, OpExport, KeyExport                                             string

	// What an operation is called when it fails ("参加者の保存: …").
	OpLoadWorkshop, OpLoadMeeting, OpLoadRoster, OpSaveRun                        string
	OpSaveParticipant, OpRemoveParticipant, OpRestoreParticipant, OpSetAttendance string
	OpSaveResume                                                                  string

	// Key help.
	KeyHelp, KeyQuit, KeyBack, KeyRoster, KeyProjector        string
	KeyUp, KeyDown, KeyPageUp, KeyPageDown, KeyOpen           string
	KeyNext, KeyPrev, KeyTimer, KeyResetTimer, KeyEndMeeting  string
	KeyBigTimer, KeyTheme                                     string
	FmtThemeSwitched                                          string
	ThemeNames                                                map[string]string
	KeyAdd, KeyEdit, KeyDelete, KeyUndo, KeyAttend            string
	KeyNextField, KeyPrevField, KeySave, KeyCancel, KeyChoice string
	KeyYes, KeyNo                                             string

	// Command line, doctor and start-up errors (cli.go).
	CLIText

	// Failures of the disk and the database (fault.go).
	Faults Faults

	// Review is the ふりかえり slide and the roster's attendance (review.go).
	Review ReviewText
	// The record of an item and the 宿題一覧 (record.go).
	Record RecordText
	// Chat is the chat import dialog and the chat digest (chat.go).
	Chat ChatText
	// Template changes and several workshops in one file (workshops.go).
	Workshops Workshops
	// On-the-day edits, the video key and drafts (onday.go).
	OnDay OnDay
	// Units are the words a count is written with (units.go).
	Units map[Unit][2]string
	// Marks are the punctuation between and around values (units.go).
	Marks Marks
	// Wall is the Task ① board's wall for the projector (wall.go).
	Wall WallText
	// Dialogs is the text of dialogs on a short screen (dialogs.go).
	Dialogs DialogText
}
