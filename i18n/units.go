package i18n

import (
	"fmt"

	"yoriai/model"
)

// Unit is what a count counts; Count writes a number with its unit, in
// the singular or plural the language needs (3票; 1 vote, 3 votes).
type Unit int

// The units.
const (
	UnitVotes    Unit = iota // dots or votes on a problem
	UnitItems                // problems chosen, entries: 件
	UnitBallots              // anonymous ballots cast
	UnitReasons              // reasons given in a poll
	UnitDots                 // dots a person may place
	UnitMeetings             // meetings of a workshop
	UnitChanges              // changes a template makes
	UnitMessages             // chat messages
	UnitLines                // lines of a file
)

// Marks are the punctuation a screen puts between and around values,
// which differ by language: Japanese uses 「・」, 〔〕 and 【】, English
// commas and brackets.
type Marks struct {
	// Bullet starts an entry of a list: "・", "- ".
	Bullet string
	// Sep stands between fields on one line: " ・ ", " · ".
	Sep string
	// Join stands between the entries of a short list: "・", ", ".
	Join string
	// FmtTag is a pillar's name after a card: "〔%s〕", "[%s]".
	FmtTag string
	// FmtTagged is a pillar's name before a title: "〔%s〕%s", "[%s] %s".
	FmtTagged string
	// FmtHeading is a KJ label over cards: "【%s】", "[%s]".
	FmtHeading string
	// FmtRange is a KPI's baseline and target: "（%s → %s）", " (%s → %s)".
	FmtRange string
	// Note marks the reasons a rank was moved: " ※", " * ".
	Note string
	// NoteSep stands between those reasons: "／", " / ".
	NoteSep string
	// Slash stands between a place and a kind, or between pillars: "／", " / ".
	Slash string
	// Pillars stands between the pillars' names: " ／ ", " / ".
	Pillars string
	// Colon stands between a label and its value: "：", ": ".
	Colon string
	// FmtAside is a remark in brackets after a value: "（%s）", " (%s)".
	FmtAside string
	// FmtInYear is a meeting's fiscal year after its title: "（%s）", ", %s".
	FmtInYear string
	// Alert starts a warning: "！", "! ".
	Alert string
	// Gap stands between a question and its answer: "　" (a full-width space), "  ".
	Gap string
	// Reports points from an adviser to the box advised: "＜ ", "< ".
	Reports string
	// Stamp is the Go layout of a moment a card was written: "2006/1/2 15:04",
	// "2 Jan 2006 15:04".
	Stamp string
	// FmtVoteTotal is a problem's total after one person's dots: " 計%3d".
	FmtVoteTotal string
}

var jaMarks = Marks{
	Bullet: "・", Sep: " ・ ", Join: "・", FmtTag: "〔%s〕", FmtTagged: "〔%s〕%s", FmtHeading: "【%s】",
	FmtRange: "（%s → %s）", Note: " ※", NoteSep: "／", Colon: "：", Pillars: " ／ ", Slash: "／", FmtAside: "（%s）", FmtInYear: "（%s）", Alert: "！", Gap: "　", Reports: "＜ ", Stamp: "2006/1/2 15:04", FmtVoteTotal: " 計%3d",
}

var enMarks = Marks{
	Bullet: "- ", Sep: " · ", Join: ", ", FmtTag: "[%s]", FmtTagged: "[%s] %s", FmtHeading: "[%s]",
	FmtRange: " (%s → %s)", Note: " * ", NoteSep: " / ", Colon: ": ", Pillars: " / ", Slash: " / ", FmtAside: " (%s)", FmtInYear: ", %s", Alert: "! ", Gap: "  ", Reports: "< ", Stamp: "2 Jan 2006 15:04", FmtVoteTotal: " sum %3d",
}

// jaUnits and enUnits hold each unit's singular and plural form.
var jaUnits = map[Unit][2]string{
	UnitVotes: {"%d票", "%d票"}, UnitItems: {"%d件", "%d件"}, UnitBallots: {"%d票", "%d票"},
	UnitReasons: {"%d件", "%d件"}, UnitDots: {"%d票", "%d票"}, UnitMeetings: {"%d回", "%d回"},
	UnitChanges: {"%d 件", "%d 件"}, UnitMessages: {"%d件", "%d件"}, UnitLines: {"%d件", "%d件"},
}

var enUnits = map[Unit][2]string{
	UnitVotes: {"%d vote", "%d votes"}, UnitItems: {"%d item", "%d items"}, UnitBallots: {"%d ballot", "%d ballots"},
	UnitReasons: {"%d reason", "%d reasons"}, UnitDots: {"%d dot", "%d dots"}, UnitMeetings: {"%d meeting", "%d meetings"},
	UnitChanges: {"%d change", "%d changes"}, UnitMessages: {"%d message", "%d messages"}, UnitLines: {"%d line", "%d lines"},
}

// Count is n with its unit: 3票, 1件; 1 vote, 3 votes, 0 items.
func (c *Catalog) Count(u Unit, n int) string {
	forms, ok := c.Units[u]
	if !ok {
		return fmt.Sprint(n)
	}
	if n == 1 || n == -1 {
		return fmt.Sprintf(forms[0], n)
	}
	return fmt.Sprintf(forms[1], n)
}

// FY names a fiscal year the way the language does: 令和6年度 in
// Japanese, FY2024 (R6) in English (the era year in brackets, as the
// city's own documents name it).
func (c *Catalog) FY(fy model.FiscalYear) string {
	if c != &en {
		return fy.Label()
	}
	if short := fy.Short(); short != fmt.Sprint(int(fy)) {
		return fmt.Sprintf("FY%d (%s)", int(fy), short)
	}
	return fmt.Sprintf("FY%d", int(fy))
}

// FYShort names a fiscal year in few cells, for a table or a schedule: R6
// in Japanese, FY2024 in English.
func (c *Catalog) FYShort(fy model.FiscalYear) string {
	if c != &en {
		return fy.Short()
	}
	return fmt.Sprintf("FY%d", int(fy))
}

// Tag is a pillar's name as it follows a card: 〔業務の効率化〕, [Services].
func (c *Catalog) Tag(name string) string { return fmt.Sprintf(c.Marks.FmtTag, name) }

// Heading is a KJ label over cards: 【待ち時間】, [Waiting].
func (c *Catalog) Heading(name string) string { return fmt.Sprintf(c.Marks.FmtHeading, name) }

// Aside is a remark in brackets after a value: （総務課）, (General Affairs).
func (c *Catalog) Aside(s string) string { return fmt.Sprintf(c.Marks.FmtAside, s) }

// Labelled is a label and its value: 移動先：窓口, Move it where?: Counter.
func (c *Catalog) Labelled(label, value string) string { return label + c.Marks.Colon + value }
