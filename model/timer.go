package model

import (
	"fmt"
	"time"
)

// Timer measures the time spent on one agenda item. It counts up: the
// remaining time is the item's planned time less the elapsed time. A running
// timer keeps only the instant it was started, so its reading stays right
// across a restart or a crash of the program.
type Timer struct {
	Elapsed time.Duration // accumulated while paused
	Since   time.Time     // when it was last started; zero while paused
}

// Running reports whether the timer is counting.
func (t Timer) Running() bool { return !t.Since.IsZero() }

// At returns the elapsed time at now. A clock that went backwards adds
// nothing rather than taking time away.
func (t Timer) At(now time.Time) time.Duration {
	if t.Running() && now.After(t.Since) {
		return t.Elapsed + now.Sub(t.Since)
	}
	return t.Elapsed
}

// Start returns the timer running from now; a running timer is unchanged.
func (t Timer) Start(now time.Time) Timer {
	if t.Running() {
		return t
	}
	return Timer{Elapsed: t.Elapsed, Since: now}
}

// Pause returns the timer stopped at now with the time so far kept.
func (t Timer) Pause(now time.Time) Timer {
	if !t.Running() {
		return t
	}
	return Timer{Elapsed: t.At(now)}
}

// Toggle starts a paused timer and pauses a running one.
func (t Timer) Toggle(now time.Time) Timer {
	if t.Running() {
		return t.Pause(now)
	}
	return t.Start(now)
}

// Phase is how a countdown stands against its planned time.
type Phase int

// The phases, in the order they come.
const (
	PhaseNormal  Phase = iota // plenty of time left
	PhaseWarning              // near the end: shown in amber
	PhaseOver                 // past the planned time: shown in red
)

// WarnWindow is how long before the end a countdown turns amber: a fifth of
// the planned time, but at least 30 seconds and at most 2 minutes.
func WarnWindow(planned time.Duration) time.Duration {
	return min(max(planned/5, 30*time.Second), 2*time.Minute)
}

// PhaseOf returns the phase of an item planned for planned that has run for
// elapsed. An item with no planned time is always PhaseNormal.
func PhaseOf(planned, elapsed time.Duration) Phase {
	if planned <= 0 {
		return PhaseNormal
	}
	left := planned - elapsed
	switch {
	case left < 0:
		return PhaseOver
	case left <= WarnWindow(planned):
		return PhaseWarning
	default:
		return PhaseNormal
	}
}

// FormatCountdown writes a remaining time as "12:05" (minutes:seconds), and an
// overrun as "+1:05". Hours are folded into minutes ("125:00"). Seconds are
// rounded up while time remains, so "0:00" appears only at the planned end.
func FormatCountdown(remaining time.Duration) string {
	sign := ""
	if remaining < 0 {
		sign = "+"
		remaining = -remaining
		remaining = remaining.Truncate(time.Second)
	} else if r := remaining.Truncate(time.Second); r != remaining {
		remaining = r + time.Second
	}
	s := int64(remaining / time.Second)
	return fmt.Sprintf("%s%d:%02d", sign, s/60, s%60)
}

// FormatMinutes writes an elapsed time as whole minutes and seconds "12:05".
func FormatMinutes(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int64(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
