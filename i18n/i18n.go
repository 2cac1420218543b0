// Package i18n is yoriai's one catalogue of user-facing text, in Japanese
// (the default) and English. Every string the app, its help and its
// command line show comes from here.
//
// Plain texts are fields; texts with values in them are Fmt* fields used
// through the methods of the same name without the prefix, so the words and
// their order stay in the catalogue.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"yoriai/model"
)

// Lang is a user-interface language.
type Lang string

// The languages.
const (
	Japanese Lang = "ja"
	English  Lang = "en"
)

// ParseLang reads a --lang value ("ja", "en", also "ja_JP.UTF-8"-like
// locale names).
func ParseLang(s string) (Lang, error) {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case l == "ja" || strings.HasPrefix(l, "ja_") || strings.HasPrefix(l, "ja-"):
		return Japanese, nil
	case l == "en" || strings.HasPrefix(l, "en_") || strings.HasPrefix(l, "en-"):
		return English, nil
	}
	return "", fmt.Errorf("unknown language %q: use ja or en", s)
}

// For returns the catalogue of lang; anything but English gets Japanese.
func For(lang Lang) *Catalog {
	if lang == English {
		return &en
	}
	return &ja
}

// Remaining is "残り 12:34".
func (c *Catalog) Remaining(clock string) string { return fmt.Sprintf(c.FmtRemaining, clock) }

// Overrun is "超過 +1:05".
func (c *Catalog) Overrun(clock string) string { return fmt.Sprintf(c.FmtOverrun, clock) }

// Minutes is a planned duration "10分".
func (c *Catalog) Minutes(n int) string { return fmt.Sprintf(c.FmtMinutes, n) }

// PlannedFor is "予定 10分".
func (c *Catalog) PlannedFor(n int) string { return fmt.Sprintf(c.FmtPlannedFor, n) }

// Totals is the run sheet's closing line.
func (c *Catalog) Totals(plannedMin int, spent string) string {
	return fmt.Sprintf(c.FmtTotals, plannedMin, spent)
}

// SavedAt is the status bar's last-save note.
func (c *Catalog) SavedAt(clock string) string { return fmt.Sprintf(c.FmtSavedAt, clock) }

// TooSmall asks for a larger terminal.
func (c *Catalog) TooSmall(minW, minH, w, h int) string {
	return fmt.Sprintf(c.FmtTooSmall, minW, minH, w, h)
}

// Vision quotes the workshop's vision.
func (c *Catalog) Vision(v string) string { return fmt.Sprintf(c.FmtVision, v) }

// ConfirmReset asks before zeroing an item's timer.
func (c *Catalog) ConfirmReset(item string) string { return fmt.Sprintf(c.FmtConfirmReset, item) }

// ConfirmEnd asks before ending a meeting.
func (c *Catalog) ConfirmEnd(meeting string) string { return fmt.Sprintf(c.FmtConfirmEnd, meeting) }

// ConfirmStartSecond asks before starting meeting while the meeting
// underWay is still under way.
func (c *Catalog) ConfirmStartSecond(underWay, meeting string) string {
	return fmt.Sprintf(c.FmtConfirmStartSecond, underWay, meeting)
}

// ConfirmReopen asks before reopening an ended meeting.
func (c *Catalog) ConfirmReopen(meeting string) string {
	return fmt.Sprintf(c.FmtConfirmReopen, meeting)
}

// RosterTitle is the roster's heading with its size.
func (c *Catalog) RosterTitle(n int) string { return fmt.Sprintf(c.FmtRosterTitle, n) }

// AttendanceOf says whose attendance is shown and how many attend.
func (c *Catalog) AttendanceOf(meeting string, n int) string {
	return fmt.Sprintf(c.FmtAttendanceOf, meeting, n)
}

// Removed tells that a participant left the roster, and how to undo it.
func (c *Catalog) Removed(name string) string { return fmt.Sprintf(c.FmtRemoved, name) }

// Restored tells that a removal was undone.
func (c *Catalog) Restored(name string) string { return fmt.Sprintf(c.FmtRestored, name) }

// SavedParticipant tells that a participant was saved.
func (c *Catalog) SavedParticipant(name string) string {
	return fmt.Sprintf(c.FmtSavedParticipant, name)
}

// DBPathOnExit is printed when the app ends.
func (c *Catalog) DBPathOnExit(path string) string { return fmt.Sprintf(c.FmtDBPathOnExit, path) }

// Status names a meeting status.
func (c *Catalog) Status(s model.MeetingStatus) string {
	switch s {
	case model.StatusRunning:
		return c.StatusRunning
	case model.StatusEnded:
		return c.StatusEnded
	}
	return c.StatusPlanned
}

// Kind names an agenda item kind, short enough for a table column.
func (c *Catalog) Kind(k model.ItemKind) string {
	if s, ok := c.Kinds[k]; ok {
		return s
	}
	return string(k)
}

// HandledBy says which screen runs items of kind k, or "" for items that
// are shown as slides.
func (c *Catalog) HandledBy(k model.ItemKind) string {
	if s, ok := c.KindScreens[k]; ok {
		return fmt.Sprintf(c.FmtHandledBy, s)
	}
	return ""
}

// ItemState names an item's progress; short gives one or two characters.
func (c *Catalog) ItemState(s model.ItemState, short bool) string {
	i := 0
	if short {
		i = 1
	}
	switch s {
	case model.ItemCurrent:
		return c.StateCurrent[i]
	case model.ItemDone:
		return c.StateDone[i]
	}
	return c.StatePending[i]
}

// Role names a participant's role.
func (c *Catalog) Role(r model.Role) string {
	if s, ok := c.Roles[r]; ok {
		return s
	}
	return string(r)
}

// MeetingWhen writes a meeting's date and time the way the language does
// (令和4年12月9日（金）9:00–11:00), or says it is not fixed yet.
func (c *Catalog) MeetingWhen(m model.Meeting) string {
	if m.Date.IsZero() {
		return c.DateUndecided
	}
	s := m.Date.FormatJapanese()
	if c == &en {
		s = m.Date.FormatEnglish()
	}
	if m.Start != "" {
		s += " " + trimClock(m.Start)
		if m.End != "" {
			s += "–" + trimClock(m.End)
		}
	}
	return s
}

// trimClock writes "09:00" as "9:00".
func trimClock(s string) string {
	if min, err := model.ParseClock(s); err == nil {
		return model.FormatClock(min)
	}
	return s
}

// Problem words what is wrong with a template field.
func (c *Catalog) Problem(e model.FieldError) string {
	f, ok := c.Problems[e.Problem]
	if !ok {
		return string(e.Problem)
	}
	if strings.Contains(f, "%") {
		return fmt.Sprintf(f, e.Limit)
	}
	return f
}

// TemplateIssue is one line of a template error report.
func (c *Catalog) TemplateIssue(line int, e model.FieldError) string {
	msg := c.Problem(e)
	if e.Value != "" {
		msg += fmt.Sprintf("（%q）", e.Value)
	}
	if line > 0 {
		return fmt.Sprintf(c.FmtTemplateIssue, line, e.Path, msg)
	}
	return fmt.Sprintf(c.FmtTemplateIssueNoLine, e.Path, msg)
}

// TemplateInvalid heads a template error report.
func (c *Catalog) TemplateInvalid(file string) string {
	return fmt.Sprintf(c.FmtTemplateInvalid, file)
}

// ThemeSwitched tells which colour theme is now in use.
func (c *Catalog) ThemeSwitched(theme string) string {
	name, ok := c.ThemeNames[theme]
	if !ok {
		name = theme
	}
	return fmt.Sprintf(c.FmtThemeSwitched, name)
}

// IdeasTitle heads a prompt's ideas with their number.
func (c *Catalog) IdeasTitle(n int) string { return fmt.Sprintf(c.FmtIdeasTitle, n) }

// ChoiceMissing asks for a choice to question q.
func (c *Catalog) ChoiceMissing(q string) string { return fmt.Sprintf(c.FmtChoiceMissing, q) }

// Round names a poll's round and how it collects answers.
func (c *Catalog) Round(n int, mode model.PollMode) string {
	return fmt.Sprintf(c.FmtRound, n, c.ModeNames[mode])
}

// BallotsCast is how many anonymous ballots are in.
func (c *Catalog) BallotsCast(n int) string {
	return fmt.Sprintf(c.FmtBallotsCast, c.Count(UnitBallots, n))
}

// TallyTotal is the sum of a show of hands.
func (c *Catalog) TallyTotal(n int) string { return fmt.Sprintf(c.FmtTallyTotal, n) }

// Attending is today's attendance.
func (c *Catalog) Attending(n int) string { return fmt.Sprintf(c.FmtAttending, n) }

// ReasonsHidden counts the reasons not yet shown.
func (c *Catalog) ReasonsHidden(n int) string {
	return fmt.Sprintf(c.FmtReasonsHidden, c.Count(UnitReasons, n))
}

// NamedProgress is how many of those asked by name have answered.
func (c *Catalog) NamedProgress(done, of int) string {
	return fmt.Sprintf(c.FmtNamedProgress, done, of)
}

// AnswerFor heads the answer form of one participant.
func (c *Catalog) AnswerFor(name string) string { return fmt.Sprintf(c.FmtAnswerFor, name) }

// N is the number of answers a result counts.
func (c *Catalog) N(n int) string { return fmt.Sprintf(c.FmtN, n) }

// Reasons heads the reasons of a question.
func (c *Catalog) Reasons(n int) string { return fmt.Sprintf(c.FmtReasons, n) }

// ConfirmResetPoll asks before a round's answers are cleared.
func (c *Catalog) ConfirmResetPoll(round int) string {
	return fmt.Sprintf(c.FmtConfirmResetPoll, round)
}

// ChatError words why a chat file could not be read.
func (c *Catalog) ChatError(err error) string {
	switch {
	case errors.Is(err, model.ErrNotText):
		return c.ErrChatNotText
	case errors.Is(err, model.ErrEmptyChat):
		return c.ErrChatEmpty
	case errors.Is(err, model.ErrChatTooLong):
		return c.ErrChatTooLarge
	case errors.Is(err, model.ErrChatNotFile):
		return c.ErrChatNotFile
	case errors.Is(err, model.ErrChatFormat):
		return c.ErrChatFormat
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf(c.FmtErrChatMissing, err)
	}
	return err.Error()
}

// Compared heads the shares of the same question at an earlier meeting.
func (c *Catalog) Compared(meeting string, n int) string {
	return fmt.Sprintf(c.FmtCompared, meeting, n)
}
