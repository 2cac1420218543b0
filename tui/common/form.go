package common

// FormEnd is the sticky end state that every form embeds: Editing until
// enter (Done) or esc (Cancelled), and so until its owner closes it or a
// save fails and Fail puts it back to editing with the error shown. The
// owner reads State after each Update; a form never closes itself and
// never reaches into its owner.
type FormEnd struct {
	state FormState
	// Err is the message under the form: a refusal or a failed save.
	Err string
}

// State is where the form stands.
func (f *FormEnd) State() FormState { return f.state }

// End sets the form's state (FormDone, FormCancelled) for its owner to read.
func (f *FormEnd) End(s FormState) { f.state = s }

// Fail puts a form whose save failed back to editing, with msg shown.
func (f *FormEnd) Fail(msg string) { f.state, f.Err = FormEditing, msg }

// Saving reports that the form was submitted and its owner is saving it.
func (f *FormEnd) Saving() bool { return f.state == FormDone }
