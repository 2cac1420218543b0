package i18n

import (
	"fmt"

	"yoriai/model"
)

// Workshops is the text of template changes and of several workshops in
// one file: the command line, the diff screen and the home screen's list.
type Workshops struct {
	// Command line.
	FlagWorkshop, FlagYes, FlagTitle                    string
	TemplateDiffShort, TemplateApplyShort               string
	WorkshopShort, WorkshopNewShort, WorkshopListShort  string
	NoChanges, AskApply, NeedYes, NotApplied            string
	FmtDiffHead, FmtApplied, FmtCreated, FmtWorkshopRow string
	FmtNoSuchWorkshop, ChooseWorkshop, NoWorkshops      string
	FmtUnknownID, FmtIDMismatch, FmtIDTaken             string

	// The words of one change.
	Kinds   map[model.ChangeKind]string
	Fields  map[string]string
	FmtItem string // meeting, item
	FmtFrom string // old, new
	Pillar  string
	Whole   string // the workshop itself

	// The diff screen.
	DiffTitle, FmtDiffIntro, Apply, NotNow, Applying string
	OpApplyTemplate, FmtAppliedFlash, KeyConfirm     string

	// The home screen's list of workshops.
	ListTitle, FmtMeetingCount, NewTitle, NewHint      string
	KeyWorkshops, KeyNewWorkshop, OpCreate, OpList     string
	FmtSwitched, TitleRequired, Current, NotInTemplate string
	FmtCurrentWorkshop                                 string
}

// Mark is the mark after the title of a meeting or item that a template
// change removed but that stayed because it holds data; "" when notIn is
// false.
func (w Workshops) Mark(notIn bool) string {
	if notIn {
		return w.NotInTemplate
	}
	return ""
}

// Change words one change of a template diff on one line: where, what and
// the values before and after.
func (w Workshops) Change(c model.Change) string {
	where := w.Whole
	switch c.Target {
	case model.TargetPillar:
		where = w.Pillar + "「" + c.MeetingTitle + "」"
	case model.TargetMeeting:
		where = c.MeetingTitle
	case model.TargetItem:
		where = fmt.Sprintf(w.FmtItem, c.MeetingTitle, c.Item)
	}
	s := where + "：" + w.Kinds[c.Kind]
	if c.Field != "" && (c.Kind == model.ChangeText || c.Kind == model.ChangeRetimed) {
		f := w.Fields[c.Field]
		if f == "" {
			f = c.Field
		}
		s += "（" + f + "）"
	}
	if c.Old != "" || c.New != "" {
		old, new := c.Old, c.New
		if old == "" {
			old = "—"
		}
		if new == "" {
			new = "—"
		}
		if len([]rune(old)) <= 40 && len([]rune(new)) <= 40 {
			s += " " + fmt.Sprintf(w.FmtFrom, old, new)
		}
	}
	return s
}

var jaWorkshops = Workshops{
	FlagWorkshop:       "開くワークショップの名称または id（1つのファイルに複数あるとき）",
	FlagYes:            "確認せずに適用する",
	FlagTitle:          "新しいワークショップの名称（既定はテンプレートの title）",
	TemplateDiffShort:  "テンプレートとワークショップの違いを表示する（何も変更しません）",
	TemplateApplyShort: "テンプレートの変更をワークショップに反映する（記録はすべて残ります）",
	WorkshopShort:      "ファイルの中のワークショップ（一覧・新規作成）",
	WorkshopNewShort:   "テンプレートから新しいワークショップを作る",
	WorkshopListShort:  "ファイルの中のワークショップを一覧する",
	NoChanges:          "変更はありません。",
	AskApply:           "適用しますか？ [y/N] ",
	NeedYes:            "確認できない（端末でない）ので適用しませんでした。適用するには --yes を付けてください。",
	NotApplied:         "適用しませんでした。",
	FmtDiffHead:        "テンプレート %s とワークショップ「%s」の違い（%d 件）：",
	FmtApplied:         "適用しました（%d 件）。アイデア・投票・カード・記録はすべて残っています。",
	FmtCreated:         "ワークショップ「%s」を作りました（id: %s）。",
	FmtWorkshopRow:     "  %-18s %s（%s）",
	FmtNoSuchWorkshop:  "ワークショップ「%s」はこのファイルにありません。",
	ChooseWorkshop:     "このファイルには複数のワークショップがあります。--workshop で id か名称を指定してください：",
	NoWorkshops:        "このファイルにはワークショップがありません。",
	FmtUnknownID:       "テンプレートの workshop.id「%s」のワークショップはこのファイルにありません。\nこのテンプレートで新しいワークショップを作るには：yoriai workshop new --db %s --template %s",
	FmtIDMismatch:      "テンプレートの workshop.id「%s」は、選んだワークショップ（id: %s）と違います。",
	FmtIDTaken:         "このファイルには workshop.id「%s」のワークショップがもうあります。テンプレートの id を消すか変えてください。",

	Kinds: map[model.ChangeKind]string{
		model.ChangeAdded:    "追加",
		model.ChangeRemoved:  "削除",
		model.ChangeKept:     "テンプレートから削除（記録があるので残し、テンプレート外として表示）",
		model.ChangeRestored: "テンプレートに戻る",
		model.ChangeRenamed:  "名称の変更",
		model.ChangeMoved:    "順番の変更",
		model.ChangeRetimed:  "時間の変更",
		model.ChangeRedated:  "日付の変更",
		model.ChangePlaced:   "場所の変更",
		model.ChangeText:     "内容の変更",
	},
	Fields: map[string]string{
		"title": "題名", "minutes": "予定の分数", "date": "日付", "start": "開始", "end": "終了", "place": "場所",
		"fiscal_year": "年度", "topics": "内容", "body": "本文", "notes": "メモ", "speaker": "話し手", "source": "出典",
		"url": "URL", "question": "問い", "questions": "質問", "diagram": "図", "number": "回",
		"organisation": "自治体名", "vision": "めざす姿", "target_fiscal_year": "対象年度", "diagrams": "図",
		"name": "名前", "description": "説明",
	},
	FmtItem: "%s「%s」",
	FmtFrom: "%s → %s",
	Pillar:  "柱",
	Whole:   "ワークショップ",

	DiffTitle:       "テンプレートの変更",
	FmtDiffIntro:    "テンプレート（%s）は、このワークショップと次の%d点が違います。適用しても、アイデア・投票・カード・記録はすべて残ります。",
	Apply:           "適用する",
	NotNow:          "今は適用しない",
	Applying:        "適用しています…",
	OpApplyTemplate: "テンプレートの適用",
	FmtAppliedFlash: "テンプレートを適用しました（%d 件）",
	KeyConfirm:      "決定",

	ListTitle:          "ワークショップ",
	FmtMeetingCount:    "%d回",
	NewTitle:           "新しいワークショップの名称（既定のテンプレートから作ります）",
	NewHint:            "enter 作成 • esc やめる",
	KeyWorkshops:       "ワークショップ一覧",
	KeyNewWorkshop:     "新しいワークショップ",
	OpCreate:           "ワークショップの作成",
	OpList:             "ワークショップの読み込み",
	FmtSwitched:        "「%s」を開きました",
	TitleRequired:      "名称を入力してください",
	Current:            "（開いている）",
	NotInTemplate:      "（テンプレート外）",
	FmtCurrentWorkshop: "%s",
}

var enWorkshops = Workshops{
	FlagWorkshop:       "The workshop to open (its id or title, when the file holds several)",
	FlagYes:            "Apply without asking",
	FlagTitle:          "The new workshop's title (default: the template's title)",
	TemplateDiffShort:  "Show how a template differs from the workshop (changes nothing)",
	TemplateApplyShort: "Apply a template's changes to the workshop (every record is kept)",
	WorkshopShort:      "The workshops in the file (list, new)",
	WorkshopNewShort:   "Start a new workshop from a template",
	WorkshopListShort:  "List the workshops in the file",
	NoChanges:          "No changes.",
	AskApply:           "Apply? [y/N] ",
	NeedYes:            "Cannot ask (not a terminal), so nothing was applied. Add --yes to apply.",
	NotApplied:         "Not applied.",
	FmtDiffHead:        "Template %s differs from workshop %q (changes: %d):",
	FmtApplied:         "Applied (changes: %d). Every idea, vote, card and record is kept.",
	FmtCreated:         "Created workshop %q (id: %s).",
	FmtWorkshopRow:     "  %-18s %s (%s)",
	FmtNoSuchWorkshop:  "There is no workshop %q in this file.",
	ChooseWorkshop:     "This file holds several workshops. Name one with --workshop (its id or title):",
	NoWorkshops:        "This file holds no workshop.",
	FmtUnknownID:       "No workshop of this file has the template's workshop.id %q.\nTo start a new workshop from this template: yoriai workshop new --db %s --template %s",
	FmtIDMismatch:      "The template's workshop.id %q is not the chosen workshop's (id: %s).",
	FmtIDTaken:         "A workshop with workshop.id %q is already in this file. Remove or change the template's id.",

	Kinds: map[model.ChangeKind]string{
		model.ChangeAdded:    "added",
		model.ChangeRemoved:  "removed",
		model.ChangeKept:     "removed from the template (it holds records, so it stays, marked as not in the template)",
		model.ChangeRestored: "back in the template",
		model.ChangeRenamed:  "renamed",
		model.ChangeMoved:    "moved",
		model.ChangeRetimed:  "retimed",
		model.ChangeRedated:  "re-dated",
		model.ChangePlaced:   "new place",
		model.ChangeText:     "changed",
	},
	Fields: map[string]string{
		"title": "title", "minutes": "minutes", "date": "date", "start": "start", "end": "end", "place": "place",
		"fiscal_year": "fiscal year", "topics": "topics", "body": "body", "notes": "notes", "speaker": "speaker",
		"source": "source", "url": "URL", "question": "question", "questions": "questions", "diagram": "diagram",
		"number": "number", "organisation": "organisation", "vision": "vision", "target_fiscal_year": "target fiscal year",
		"diagrams": "diagrams", "name": "name", "description": "description",
	},
	FmtItem: "%s / %q",
	FmtFrom: "%s → %s",
	Pillar:  "pillar",
	Whole:   "workshop",

	DiffTitle:       "Template changes",
	FmtDiffIntro:    "Template %s differs from this workshop as listed below (changes: %d). Applying it keeps every idea, vote, card and record.",
	Apply:           "Apply",
	NotNow:          "Not now",
	Applying:        "Applying…",
	OpApplyTemplate: "Applying the template",
	FmtAppliedFlash: "Template applied (changes: %d)",
	KeyConfirm:      "confirm",

	ListTitle:          "Workshops",
	FmtMeetingCount:    "%d meetings",
	NewTitle:           "The new workshop's title (made from the default template)",
	NewHint:            "enter create • esc cancel",
	KeyWorkshops:       "workshops",
	KeyNewWorkshop:     "new workshop",
	OpCreate:           "Creating the workshop",
	OpList:             "Loading the workshops",
	FmtSwitched:        "Opened %q",
	TitleRequired:      "Type a title",
	Current:            " (open)",
	NotInTemplate:      " (not in the template)",
	FmtCurrentWorkshop: "%s",
}
