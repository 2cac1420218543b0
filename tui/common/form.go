package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// FormEnd is the sticky end state that every form embeds: Editing until
// enter (Done) or esc (Cancelled), and so until its owner closes it or a
// save fails and Fail puts it back to editing with the error shown. The
// owner reads State after each Update; a form never closes itself and
// never reaches into its owner.
type FormEnd struct {
	state FormState
	// Err is the message under the form: a refusal or a failed save.
	Err string
	// asking: esc was pressed with something typed; Leave's question is up.
	asking bool
}

// State is where the form stands.
func (f *FormEnd) State() FormState { return f.state }

// End sets the form's state (FormDone, FormCancelled) for its owner to read.
func (f *FormEnd) End(s FormState) { f.state = s }

// Fail puts a form whose save failed back to editing, with msg shown.
func (f *FormEnd) Fail(msg string) { f.state, f.Err = FormEditing, msg }

// Saving reports that the form was submitted and its owner is saving it.
func (f *FormEnd) Saving() bool { return f.state == FormDone }

// Leave ends the form as Cancelled, or, when dirty (something typed would
// be lost), first asks whether to discard it (「入力中の内容を破棄しますか」).
func (f *FormEnd) Leave(dirty bool) {
	if dirty {
		f.asking = true
		return
	}
	f.state = FormCancelled
}

// Asking reports that the form waits for the answer to Leave's question.
func (f *FormEnd) Asking() bool { return f.asking }

// AnswerLeave takes the key pressed while Leave's question is up: y
// discards (Cancelled), n or esc goes back to editing, any other key does
// nothing. It reports whether the key was the question's, always true
// while asking.
func (f *FormEnd) AnswerLeave(msg tea.Msg, k *KeyMap) bool {
	if !f.asking {
		return false
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		_, paste := msg.(tea.PasteMsg)
		return paste // a paste does not type behind the question
	}
	switch {
	case key.Matches(km, k.Yes):
		f.asking, f.state = false, FormCancelled
	case key.Matches(km, k.No):
		f.asking = false
	}
	return true
}

// Hint is the form's bottom line: the question while asking, else that it
// is saving, else its error, else hint; at most w cells.
func (f *FormEnd) Hint(c Common, hint string, w int) string {
	st, t := c.Styles, c.T
	switch {
	case f.asking:
		return st.Form.Error.Render(Truncate(t.OnDay.ConfirmDiscard, w))
	case f.Saving():
		return st.Form.Hint.Render(Truncate(t.Saving, w))
	case f.Err != "":
		return st.Form.Error.Render(Truncate(f.Err, w))
	}
	return st.Form.Hint.Render(Truncate(hint, w))
}

// Form is what the owner of a form holds: its sticky end and its Update.
type Form interface {
	State() FormState
	Update(msg tea.Msg) tea.Cmd
}

// Outcome is what one Update did to a form, for its owner to act on.
type Outcome int

// The outcomes.
const (
	FormStill     Outcome = iota // still being filled in, or already submitted and being saved
	FormSubmitted                // just ended as Done: the owner saves it now
	FormClosed                   // ended as Cancelled: the owner closes it
)

// UpdateForm passes msg to f and says what became of it in this Update.
func UpdateForm(f Form, msg tea.Msg) (tea.Cmd, Outcome) {
	before := f.State()
	cmd := f.Update(msg)
	switch {
	case f.State() == FormCancelled:
		return cmd, FormClosed
	case f.State() == FormDone && before != FormDone:
		return cmd, FormSubmitted
	}
	return cmd, FormStill
}
