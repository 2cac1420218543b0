package common

// editor_draft.go: the card editor's draft: what is typed is kept in the
// store as it is typed and comes back when the editor opens again on the
// same card (after esc was answered n, a crash or kill -9).

import tea "charm.land/bubbletea/v2"

// KeepDraft keeps the editor's text under key in st as it is typed, for
// requester from, and returns the Cmd that brings back the draft kept from
// before. The owner passes on the DraftLoadedMsg it answers with, and
// calls DropDraft once the card is saved.
func (e *CardEditor) KeepDraft(st DraftStore, from int64, key string) tea.Cmd {
	var cmd tea.Cmd
	e.draft, cmd = NewDraft(e.c, st, from, key)
	return cmd
}

// DropDraft removes the editor's draft: its text was saved.
func (e *CardEditor) DropDraft() tea.Cmd { return e.draft.Drop() }

// Dirty reports whether leaving now would lose text: it differs from the
// card as it was.
func (e *CardEditor) Dirty() bool { return e.Text() != TrimLines(e.Card.Text) }

// restore puts a draft read back into the editor, unless something was
// typed since it opened.
func (e *CardEditor) restore(m DraftLoadedMsg) {
	if !e.draft.Loaded(m) || m.Text == "" || e.ta.Value() != e.Card.Text {
		return
	}
	e.ta.SetValue(m.Text)
	e.ta.MoveToEnd()
	e.draft.last = m.Text
	e.note = e.c.T.OnDay.DraftRestored
}
