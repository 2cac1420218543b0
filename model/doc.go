// Package model holds yoriai's domain types and the pure transitions over
// them: the workshop and its meetings, the agenda and its timers, the roster,
// the workshop template and its validation, and the cleaning of typed text.
//
// Nothing here does I/O or reads the clock: callers pass the time in. The
// package imports only the standard library, so the database (package db) and
// the terminal UI (package tui) both build on it without building on each
// other.
package model
