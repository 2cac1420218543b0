package common

import (
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/i18n"
)

// memDrafts is a DraftStore in memory that counts its writes.
type memDrafts struct {
	mu     sync.Mutex
	drafts map[string]string
	writes int
}

func (m *memDrafts) SaveDraft(key, text string, _ time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.writes++
	m.drafts[key] = text
	return nil
}

func (m *memDrafts) Draft(key string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.drafts[key], nil
}

func (m *memDrafts) DropDraft(key string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.drafts, key)
	return nil
}

// TestDraftCoalescesWrites: keystrokes typed while a write waits in the
// queue do not queue writes of their own; the waiting write takes the
// latest text. A drop queued after them wins.
func TestDraftCoalescesWrites(t *testing.T) {
	c := NewCommon(i18n.Japanese, "", 1)
	st := &memDrafts{drafts: map[string]string{"k": "前の下書き"}}
	d, load := NewDraft(c, st, 1, "k")
	if msg := unqueue(load()); msg != (DraftLoadedMsg{Key: "k", Text: "前の下書き"}) {
		t.Fatalf("loaded %#v", msg)
	}
	var cmds []tea.Cmd
	for _, text := range []string{"あ", "あい", "あいう"} {
		if cmd := d.Changed(text); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	if len(cmds) != 1 {
		t.Fatalf("%d writes queued for three keystrokes; want 1", len(cmds))
	}
	if d.Changed("あいう") != nil {
		t.Error("the same text queued a write")
	}
	cmds[0]()
	if st.writes != 1 || st.drafts["k"] != "あいう" {
		t.Errorf("writes %d, draft %q", st.writes, st.drafts["k"])
	}
	next := d.Changed("あいうえ") // the write is done: a new one is queued
	drop := d.Drop()
	if next == nil || drop == nil {
		t.Fatal("no write or no drop queued")
	}
	drop() // runs the queue in order: the write, then the drop
	next()
	if _, ok := st.drafts["k"]; ok {
		t.Errorf("the draft outlived its drop: %q", st.drafts["k"])
	}
	var none Draft
	if none.Changed("x") != nil || none.Drop() != nil {
		t.Error("the zero Draft keeps something")
	}
}

// unqueue is the first message a queued Cmd's result carries.
func unqueue(msg tea.Msg) tea.Msg {
	if q, ok := msg.(QueuedMsg); ok && len(q.msgs) > 0 {
		return q.msgs[0]
	}
	return msg
}
