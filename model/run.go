package model

import "time"

// Run is a meeting's agenda as the facilitator walks through it: the items in
// order, which one the meeting stands at, and each item's timer. Its methods
// return a new Run and never change the receiver's items.
type Run struct {
	Items   []AgendaItem
	Current int // index into Items; meaningless when Items is empty
}

// NewRun builds the run of items standing at the item with id currentID, or
// at the first item when currentID is 0 or not among them. The item it
// stands at is marked current, unless it is done: the meeting ended on it.
func NewRun(items []AgendaItem, currentID int64) Run {
	r := Run{Items: append([]AgendaItem(nil), items...)}
	for i, it := range r.Items {
		if it.ID == currentID {
			r.Current = i
		}
	}
	if len(r.Items) > 0 && r.Items[r.Current].State != ItemDone {
		r.Items[r.Current].State = ItemCurrent
	}
	return r
}

// End closes the run as the meeting ends at now: the current item's timer
// stops and the item counts as done, like the ones before it.
func (r Run) End(now time.Time) Run {
	r = r.PauseTimer(now)
	if _, ok := r.CurrentItem(); ok {
		items := append([]AgendaItem(nil), r.Items...)
		items[r.Current].State = ItemDone
		r.Items = items
	}
	return r
}

// Resume opens an ended run again at the item it ended on.
func (r Run) Resume() Run {
	if _, ok := r.CurrentItem(); ok {
		items := append([]AgendaItem(nil), r.Items...)
		items[r.Current].State = ItemCurrent
		r.Items = items
	}
	return r
}

// CurrentItem returns the item the meeting stands at; ok is false for an
// empty agenda.
func (r Run) CurrentItem() (AgendaItem, bool) {
	if r.Current < 0 || r.Current >= len(r.Items) {
		return AgendaItem{}, false
	}
	return r.Items[r.Current], true
}

// Running reports whether the current item's timer is counting.
func (r Run) Running() bool {
	it, ok := r.CurrentItem()
	return ok && it.Timer.Running()
}

// Goto moves the meeting to item i at now. The item left behind stops its
// timer and counts as done when time was spent on it or the meeting moved
// forward past it, and as pending otherwise. A running timer carries on into
// the new item, so the clock keeps going as the room moves on. ok is false,
// and r is returned unchanged, when i is out of range or already current.
func (r Run) Goto(i int, now time.Time) (Run, bool) {
	if i < 0 || i >= len(r.Items) || i == r.Current {
		return r, false
	}
	items := append([]AgendaItem(nil), r.Items...)
	from := &items[r.Current]
	running := from.Timer.Running()
	from.Timer = from.Timer.Pause(now)
	if from.Timer.Elapsed > 0 || i > r.Current {
		from.State = ItemDone
	} else {
		from.State = ItemPending
	}
	to := &items[i]
	to.State = ItemCurrent
	if running {
		to.Timer = to.Timer.Start(now)
	}
	return Run{Items: items, Current: i}, true
}

// Next moves to the following item not skipped (see Goto).
func (r Run) Next(now time.Time) (Run, bool) { return r.Goto(r.nextRunnable(r.Current+1, 1), now) }

// Prev moves to the preceding item not skipped (see Goto).
func (r Run) Prev(now time.Time) (Run, bool) { return r.Goto(r.nextRunnable(r.Current-1, -1), now) }

// ToggleTimer starts or pauses the current item's timer at now.
func (r Run) ToggleTimer(now time.Time) Run {
	return r.withCurrentTimer(func(t Timer) Timer { return t.Toggle(now) })
}

// PauseTimer stops the current item's timer at now, keeping the time so far.
func (r Run) PauseTimer(now time.Time) Run {
	return r.withCurrentTimer(func(t Timer) Timer { return t.Pause(now) })
}

// ResetTimer sets the current item's elapsed time back to zero; a running
// timer keeps running from now.
func (r Run) ResetTimer(now time.Time) Run {
	return r.withCurrentTimer(func(t Timer) Timer {
		if t.Running() {
			return Timer{Since: now}
		}
		return Timer{}
	})
}

func (r Run) withCurrentTimer(f func(Timer) Timer) Run {
	if _, ok := r.CurrentItem(); !ok {
		return r
	}
	items := append([]AgendaItem(nil), r.Items...)
	items[r.Current].Timer = f(items[r.Current].Timer)
	return Run{Items: items, Current: r.Current}
}

// Planned returns the sum of the planned times of the items not skipped.
func (r Run) Planned() time.Duration {
	var d time.Duration
	for _, it := range r.Items {
		if !it.Skipped {
			d += it.Planned
		}
	}
	return d
}

// Spent returns the time spent on all items at now.
func (r Run) Spent(now time.Time) time.Duration {
	var d time.Duration
	for _, it := range r.Items {
		d += it.Timer.At(now)
	}
	return d
}
