package model

import (
	"testing"
	"time"
)

var t0 = time.Date(2022, 12, 9, 9, 0, 0, 0, time.UTC)

func TestTimer(t *testing.T) {
	tests := []struct {
		name    string
		timer   Timer
		at      time.Time
		want    time.Duration
		running bool
	}{
		{"zero", Timer{}, t0, 0, false},
		{"paused keeps elapsed", Timer{Elapsed: 90 * time.Second}, t0.Add(time.Hour), 90 * time.Second, false},
		{"running adds time since start", Timer{Elapsed: time.Minute, Since: t0}, t0.Add(30 * time.Second), 90 * time.Second, true},
		{"started", Timer{}.Start(t0), t0.Add(5 * time.Second), 5 * time.Second, true},
		{"start on running is a no-op", Timer{Since: t0}.Start(t0.Add(time.Minute)), t0.Add(2 * time.Minute), 2 * time.Minute, true},
		{"pause keeps the time so far", Timer{Since: t0}.Pause(t0.Add(time.Minute)), t0.Add(time.Hour), time.Minute, false},
		{"pause on paused is a no-op", Timer{Elapsed: time.Second}.Pause(t0), t0, time.Second, false},
		{"toggle starts", Timer{}.Toggle(t0), t0.Add(time.Second), time.Second, true},
		{"toggle pauses", Timer{Since: t0}.Toggle(t0.Add(3 * time.Second)), t0.Add(time.Hour), 3 * time.Second, false},
		{"clock went back adds nothing", Timer{Elapsed: time.Minute, Since: t0}, t0.Add(-time.Hour), time.Minute, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.timer.At(tt.at); got != tt.want {
				t.Errorf("At = %v, want %v", got, tt.want)
			}
			if tt.timer.Running() != tt.running {
				t.Errorf("Running = %v, want %v", tt.timer.Running(), tt.running)
			}
		})
	}
}

func TestWarnWindowAndPhase(t *testing.T) {
	windows := []struct{ planned, want time.Duration }{
		{10 * time.Second, 30 * time.Second},
		{150 * time.Second, 30 * time.Second},
		{5 * time.Minute, time.Minute},
		{10 * time.Minute, 2 * time.Minute},
		{60 * time.Minute, 2 * time.Minute},
	}
	for _, w := range windows {
		if got := WarnWindow(w.planned); got != w.want {
			t.Errorf("WarnWindow(%v) = %v, want %v", w.planned, got, w.want)
		}
	}
	ten := 10 * time.Minute
	phases := []struct {
		name             string
		planned, elapsed time.Duration
		want             Phase
	}{
		{"start", ten, 0, PhaseNormal},
		{"just before the warn window", ten, 8*time.Minute - time.Nanosecond, PhaseNormal},
		{"at the warn window", ten, 8 * time.Minute, PhaseWarning},
		{"exactly at the end", ten, ten, PhaseWarning},
		{"1ns over", ten, ten + time.Nanosecond, PhaseOver},
		{"no planned time", 0, time.Hour, PhaseNormal},
	}
	for _, p := range phases {
		t.Run(p.name, func(t *testing.T) {
			if got := PhaseOf(p.planned, p.elapsed); got != p.want {
				t.Errorf("PhaseOf(%v, %v) = %v, want %v", p.planned, p.elapsed, got, p.want)
			}
		})
	}
}

func TestFormatCountdown(t *testing.T) {
	tests := []struct {
		in   time.Duration
		want string
	}{
		{10 * time.Minute, "10:00"},
		{9*time.Minute + 59*time.Second + 200*time.Millisecond, "10:00"},
		{time.Millisecond, "0:01"},
		{0, "0:00"},
		{-time.Second, "+0:01"},
		{-(time.Minute + 5*time.Second + 900*time.Millisecond), "+1:05"},
		{125 * time.Minute, "125:00"},
	}
	for _, tt := range tests {
		if got := FormatCountdown(tt.in); got != tt.want {
			t.Errorf("FormatCountdown(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := FormatMinutes(-time.Second); got != "0:00" {
		t.Errorf("FormatMinutes(-1s) = %q", got)
	}
	if got := FormatMinutes(12*time.Minute + 5*time.Second); got != "12:05" {
		t.Errorf("FormatMinutes = %q", got)
	}
}
