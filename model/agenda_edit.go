package model

import "time"

// agenda_edit.go: the changes a facilitator makes to a meeting's agenda on
// the day: reorder, insert and skip items. Like the rest of Run, each
// returns a new Run and never changes the receiver's items.

// renumber sets every item's Position to its index.
func renumber(items []AgendaItem) {
	for i := range items {
		items[i].Position = i
	}
}

// Move moves item i by delta places (-1 up, +1 down), keeping the meeting
// at the item it stood at. ok is false when i or its new place is out of
// range.
func (r Run) Move(i, delta int) (Run, bool) {
	j := i + delta
	if i < 0 || i >= len(r.Items) || j < 0 || j >= len(r.Items) || delta == 0 {
		return r, false
	}
	items := append([]AgendaItem(nil), r.Items...)
	it := items[i]
	items = append(items[:i], items[i+1:]...)
	items = append(items[:j], append([]AgendaItem{it}, items[j:]...)...)
	cur := r.Current
	switch {
	case cur == i:
		cur = j
	case i < cur && j >= cur:
		cur--
	case i > cur && j <= cur:
		cur++
	}
	renumber(items)
	return Run{Items: items, Current: cur}, true
}

// Insert puts it into the agenda at index at (clamped to the ends),
// pending, keeping the meeting at the item it stood at.
func (r Run) Insert(at int, it AgendaItem) Run {
	at = min(max(at, 0), len(r.Items))
	items := make([]AgendaItem, 0, len(r.Items)+1)
	items = append(items, r.Items[:at]...)
	it.State = ItemPending
	items = append(items, it)
	items = append(items, r.Items[at:]...)
	cur := r.Current
	if len(r.Items) > 0 && at <= cur {
		cur++
	}
	if len(r.Items) == 0 {
		cur = 0
		items[0].State = ItemCurrent
	}
	renumber(items)
	return Run{Items: items, Current: cur}
}

// SetSkipped marks item i skipped or not. The item the meeting stands at
// cannot be skipped (move on first); ok is false then, or when i is out
// of range.
func (r Run) SetSkipped(i int, skipped bool) (Run, bool) {
	if i < 0 || i >= len(r.Items) || (skipped && i == r.Current) {
		return r, false
	}
	items := append([]AgendaItem(nil), r.Items...)
	items[i].Skipped = skipped
	return Run{Items: items, Current: r.Current}, true
}

// nextRunnable is the index of the first item from i on in direction step
// (+1 or -1) that is not skipped; -1 when there is none.
func (r Run) nextRunnable(i, step int) int {
	for ; i >= 0 && i < len(r.Items); i += step {
		if !r.Items[i].Skipped {
			return i
		}
	}
	return -1
}

// FitsSlot reports whether the planned minutes of the items not skipped
// fit in the meeting's time from Start to End; a meeting without both
// times always fits. slot and total are the minutes available and
// planned.
func FitsSlot(m Meeting, items []AgendaItem) (slot, total int, ok bool) {
	for _, it := range items {
		if !it.Skipped {
			total += int(it.Planned / time.Minute)
		}
	}
	start, err1 := ParseClock(m.Start)
	end, err2 := ParseClock(m.End)
	if err1 != nil || err2 != nil || end <= start {
		return 0, total, true
	}
	slot = end - start
	return slot, total, total <= slot
}
