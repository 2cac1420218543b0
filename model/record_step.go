package model

import (
	"errors"
	"strings"
	"time"
)

// Errors of a record entry that cannot be stored as asked.
var (
	ErrEntryKind    = errors.New("an entry is a memo, a decision, a question or an action item")
	ErrEntryEmpty   = errors.New("the entry says nothing")
	ErrEntryTooLong = errors.New("the entry is too long")
	ErrEntryNoItem  = errors.New("an entry belongs to an agenda item")
	ErrNotAnAction  = errors.New("only an action item can be done")
	ErrEntrySame    = errors.New("the entry is unchanged")
	ErrEntryNotNext = errors.New("the entries are not neighbours of one item")
)

// EntryChange is one change to a record entry as undo sees it: Before is
// nil for an entry that was added, After is nil for one that was deleted.
type EntryChange struct {
	Before, After *Entry
}

// Inverse is the change that undoes c.
func (c EntryChange) Inverse() EntryChange { return EntryChange{Before: c.After, After: c.Before} }

// EntryStep is one undoable change to an item's record. Applying its
// Inverse undoes it. Marking an action item done is not a step: it is
// set and cleared on its own (the store's SetActionDone) and undo never
// touches it.
type EntryStep struct {
	Entries []EntryChange
}

// Inverse is the step that undoes s, its changes reversed in reverse order.
func (s EntryStep) Inverse() EntryStep {
	out := EntryStep{Entries: make([]EntryChange, 0, len(s.Entries))}
	for i := len(s.Entries) - 1; i >= 0; i-- {
		out.Entries = append(out.Entries, s.Entries[i].Inverse())
	}
	return out
}

// Empty reports whether s changes nothing.
func (s EntryStep) Empty() bool { return len(s.Entries) == 0 }

// CleanEntry makes an entry as typed fit to store: text cleaned of control
// sequences and trimmed, the fields its kind does not use emptied (an
// answer only for a question; 担当 and 期限 only for an action item). With
// a participant picked as 担当, AssigneeName is only the name as it was
// then (the store keeps it, so a name removed from the roster still
// reads). It refuses an
// unknown kind, an entry with no text, one longer than MaxEntryRunes and
// one of no item.
func CleanEntry(e Entry) (Entry, error) {
	if !e.Kind.Valid() {
		return e, ErrEntryKind
	}
	if e.ItemID == 0 {
		return e, ErrEntryNoItem
	}
	var cut1, cut2, cut3 bool
	e.Text, cut1 = CleanText(e.Text, MaxEntryRunes)
	e.Answer, cut2 = CleanText(e.Answer, MaxEntryRunes)
	e.AssigneeName, cut3 = CleanLine(e.AssigneeName, MaxNameRunes)
	if cut1 || cut2 || cut3 {
		return e, ErrEntryTooLong
	}
	e.Text, e.Answer = strings.TrimSpace(e.Text), strings.TrimSpace(e.Answer)
	if e.Text == "" {
		return e, ErrEntryEmpty
	}
	if e.Kind != EntryQA {
		e.Answer = ""
	}
	if e.Kind != EntryAction {
		e.AssigneeID, e.AssigneeName, e.Due = 0, "", Date{}
	}
	return e, nil
}

// AddEntry is the step that adds e (cleaned) to its item's record.
func AddEntry(e Entry) (EntryStep, error) {
	e, err := CleanEntry(e)
	if err != nil {
		return EntryStep{}, err
	}
	e.ID, e.DoneAt, e.DoneMeeting = 0, time.Time{}, 0
	return EntryStep{Entries: []EntryChange{{After: &e}}}, nil
}

// EditEntry is the step that changes entry before into after (cleaned):
// its kind, text, answer, 担当 and 期限. Its place, item and done mark stay.
func EditEntry(before, after Entry) (EntryStep, error) {
	after, err := CleanEntry(after)
	if err != nil {
		return EntryStep{}, err
	}
	after.ID, after.WorkshopID, after.MeetingID, after.ItemID = before.ID, before.WorkshopID, before.MeetingID, before.ItemID
	after.Position, after.DoneAt, after.DoneMeeting = before.Position, before.DoneAt, before.DoneMeeting
	after.CreatedAt, after.UpdatedAt = before.CreatedAt, before.UpdatedAt
	if sameEntry(before, after) {
		return EntryStep{}, ErrEntrySame
	}
	b := before
	return EntryStep{Entries: []EntryChange{{Before: &b, After: &after}}}, nil
}

func sameEntry(a, b Entry) bool {
	return a.Kind == b.Kind && a.Text == b.Text && a.Answer == b.Answer && a.AssigneeID == b.AssigneeID &&
		(a.AssigneeID != 0 || a.AssigneeName == b.AssigneeName) && a.Due == b.Due
}

// DeleteEntry is the step that deletes e (softly: undo brings it back).
func DeleteEntry(e Entry) EntryStep {
	return EntryStep{Entries: []EntryChange{{Before: &e}}}
}

// SwapEntries exchanges the places of two entries of one item, which
// moves one up and the other down.
func SwapEntries(a, b Entry) (EntryStep, error) {
	if a.ID == b.ID || a.ItemID != b.ItemID {
		return EntryStep{}, ErrEntryNotNext
	}
	ab, bb, aa, ba := a, b, a, b
	aa.Position, ba.Position = b.Position, a.Position
	return EntryStep{Entries: []EntryChange{{Before: &ab, After: &aa}, {Before: &bb, After: &ba}}}, nil
}

// MarkDone is action item e marked 完了 at at, in meeting meetingID (0
// when outside a meeting); done false opens it again.
func MarkDone(e Entry, done bool, meetingID int64, at time.Time) (Entry, error) {
	if e.Kind != EntryAction {
		return e, ErrNotAnAction
	}
	if !done {
		e.DoneAt, e.DoneMeeting = time.Time{}, 0
		return e, nil
	}
	e.DoneAt, e.DoneMeeting = at, meetingID
	return e, nil
}

// SortEntries orders one item's entries as its record shows them: by
// place, then by id.
func SortEntries(es []Entry) {
	for i := 1; i < len(es); i++ { // insertion sort: records are short and mostly in order
		for j := i; j > 0 && entryLess(es[j], es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func entryLess(a, b Entry) bool {
	if a.Position != b.Position {
		return a.Position < b.Position
	}
	return a.ID < b.ID
}

// Assignee is who an action item is assigned to (担当): the roster's name
// for a participant picked from it (people), else the name typed.
func (e Entry) Assignee(people []Participant) string {
	if e.AssigneeID != 0 {
		for _, p := range people {
			if p.ID == e.AssigneeID {
				return p.Name
			}
		}
	}
	return e.AssigneeName
}
