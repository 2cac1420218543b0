package common

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
// newer one. So results are handed out in order: a Cmd, once its own job
// is done, takes every result not yet taken up to its own (the jobs before
// it are done too), as one queuedMsg numbered by the first; the root puts
// those back in order (Reorder). A Cmd that never runs loses nothing: the
// next one takes its result.
//
// Do only appends to an in-memory list, so Update stays free of I/O. The
// work itself happens inside the returned Cmds: whichever runs first works
// through the list from the front. Flush, called after the program ends,
// finishes what the last key presses asked for, so quitting right after an
// action loses nothing.
type Queue struct {
	mu      sync.Mutex // guards pending, seq and outbox
	pending []*job
	seq     uint64
	outbox  []*job     // done, their results not yet taken
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

// Do queues fn and returns a Cmd whose message carries fn's result (and
// those of earlier jobs whose Cmds have not taken theirs).
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
		return q.take(j.seq)
	}
}

// take hands out the results of the jobs up to seq not yet taken, as one
// message; nil when another Cmd took them already.
func (q *Queue) take(seq uint64) tea.Msg {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out QueuedMsg
	n := 0
	for n < len(q.outbox) && q.outbox[n].seq <= seq {
		if n == 0 {
			out.seq = q.outbox[n].seq
		}
		out.msgs = append(out.msgs, q.outbox[n].msg)
		n++
	}
	q.outbox = q.outbox[n:]
	if n == 0 {
		return nil
	}
	return out
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
		q.mu.Lock()
		q.outbox = append(q.outbox, j)
		q.mu.Unlock()
		close(j.done)
	}
}

// QueuedMsg is the results of consecutive jobs, from the job numbered seq.
type QueuedMsg struct {
	seq  uint64
	msgs []tea.Msg
}

// Reorder hands on queued results in the order their jobs were queued,
// holding back a batch that arrives before an earlier one.
type Reorder struct {
	next uint64 // the seq due next
	held map[uint64][]tea.Msg
}

// Arrive takes a batch and returns the results now due, in order.
func (r *Reorder) Arrive(m QueuedMsg) []tea.Msg {
	if r.held == nil {
		r.held = map[uint64][]tea.Msg{}
	}
	if r.next == 0 {
		r.next = 1
	}
	r.held[m.seq] = m.msgs
	var out []tea.Msg
	for {
		msgs, ok := r.held[r.next]
		if !ok {
			return out
		}
		delete(r.held, r.next)
		r.next += uint64(len(msgs))
		for _, msg := range msgs {
			if msg != nil {
				out = append(out, msg)
			}
		}
	}
}
