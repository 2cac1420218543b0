// Package e2e drives the real yoriai binary in tmux, the way a facilitator
// uses it: typed Japanese text, quitting and starting again, and a kill -9.
// The tests need tmux and Unix signals, so they build on Unix only; the
// package itself is empty.
package e2e
