package tui

import (
	"sync"

	tea "charm.land/bubbletea/v2"
)

// Queue runs store operations one at a time in the order Update asked for
// them. Bubble Tea runs every Cmd in its own goroutine, so two writes
// returned by two key presses (n n) could otherwise reach the database in
// either order, and a read could overtake the write before it.
//
// Do only appends to an in-memory list, so Update stays free of I/O. The
// work itself happens inside the returned Cmd: whichever Cmd runs first
// works through the list from the front, and each Cmd returns the message of
// its own operation. Flush, called after the program ends, finishes what the
// last key presses asked for, so quitting right after an action loses
// nothing.
type Queue struct {
	mu      sync.Mutex // guards pending
	pending []*job
	run     sync.Mutex // held while operations run
}

type job struct {
	fn   func() tea.Msg
	msg  tea.Msg
	done chan struct{}
}

// NewQueue returns an empty queue.
func NewQueue() *Queue { return &Queue{} }

// Do queues fn and returns a Cmd whose message is fn's result.
func (q *Queue) Do(fn func() tea.Msg) tea.Cmd {
	j := &job{fn: fn, done: make(chan struct{})}
	q.mu.Lock()
	q.pending = append(q.pending, j)
	q.mu.Unlock()
	return func() tea.Msg {
		q.drain()
		<-j.done
		return j.msg
	}
}

// Flush runs every queued operation that has not run yet and waits for the
// one under way.
func (q *Queue) Flush() { q.drain() }

func (q *Queue) drain() {
	q.run.Lock()
	defer q.run.Unlock()
	for {
		q.mu.Lock()
		if len(q.pending) == 0 {
			q.mu.Unlock()
			return
		}
		j := q.pending[0]
		q.pending[0] = nil
		q.pending = q.pending[1:]
		q.mu.Unlock()
		j.msg = j.fn()
		close(j.done)
	}
}
