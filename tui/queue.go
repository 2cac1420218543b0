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
// Their results could also reach Update in either order, and a screen that
// takes the state a write returns would then show an older state over a
// newer one. So every result comes back as a queuedMsg numbered in the
// order of Do, and the root hands them on in that order (Reorder).
//
// Do only appends to an in-memory list, so Update stays free of I/O. The
// work itself happens inside the returned Cmd: whichever Cmd runs first
// works through the list from the front, and each Cmd returns the message of
// its own operation. Flush, called after the program ends, finishes what the
// last key presses asked for, so quitting right after an action loses
// nothing.
type Queue struct {
	mu      sync.Mutex // guards pending and seq
	pending []*job
	seq     uint64
	run     sync.Mutex // held while operations run
}

type job struct {
	seq  uint64
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
	q.seq++
	j.seq = q.seq
	q.pending = append(q.pending, j)
	q.mu.Unlock()
	return func() tea.Msg {
		q.drain()
		<-j.done
		return queuedMsg{seq: j.seq, msg: j.msg}
	}
}

// queuedMsg is a queued job's result and its place in the queue.
type queuedMsg struct {
	seq uint64
	msg tea.Msg
}

// Reorder hands on queued results in the order their jobs were queued,
// holding back one that arrives before an earlier one. Every job returns
// exactly one queuedMsg, failed or not, so nothing waits forever.
type Reorder struct {
	next uint64 // the seq due next
	held map[uint64]tea.Msg
}

// Arrive takes a result and returns the results now due, in order.
func (r *Reorder) Arrive(m queuedMsg) []tea.Msg {
	if r.held == nil {
		r.held = map[uint64]tea.Msg{}
	}
	if r.next == 0 {
		r.next = 1
	}
	r.held[m.seq] = m.msg
	var out []tea.Msg
	for {
		msg, ok := r.held[r.next]
		if !ok {
			return out
		}
		delete(r.held, r.next)
		r.next++
		if msg != nil {
			out = append(out, msg)
		}
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
