package roster

import (
	"encoding/json"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// participantForm adds or edits one participant: 氏名, 所属課 and role. It
// stays open, with what was typed, until the store has committed the save.
type participantForm struct {
	common.FormEnd
	c      common.Common
	editID int64 // 0 when adding
	name   common.LineField
	dept   common.LineField
	role   model.Role
	focus  int // 0 name, 1 department, 2 role
	width  int
	orig   model.Participant // as it was, to tell whether leaving loses anything
	draft  common.FormDraft  // the form as typed, kept in the store
}

// rosterDraft is the form as typed.
type rosterDraft struct {
	Name       string     `json:"name"`
	Department string     `json:"department,omitempty"`
	Role       model.Role `json:"role"`
}

// participantDraftKey is what the form's draft is for: the participant
// edited, or a new one of the workshop.
func participantDraftKey(p model.Participant, workshopID int64) string {
	if p.ID != 0 {
		return fmt.Sprintf("participant:%d", p.ID)
	}
	return fmt.Sprintf("participant:new:%d", workshopID)
}

// keepDraft keeps the form as it is typed under key in st, so that a
// crash loses nothing, and returns the Cmd that reads back the draft kept
// from before.
func (f *participantForm) keepDraft(st common.DraftStore, from int64, key string) tea.Cmd {
	return f.draft.Keep(f.c, st, from, key, f.encode())
}

// encode is the form as typed, as the draft keeps it.
func (f *participantForm) encode() string {
	b, _ := json.Marshal(rosterDraft{Name: f.name.Value(), Department: f.dept.Value(), Role: f.role})
	return string(b)
}

// put puts a draft read back into the form; false when it cannot be
// read.
func (f *participantForm) put(text string) bool {
	var d rosterDraft
	if json.Unmarshal([]byte(text), &d) != nil {
		return false
	}
	f.name.SetValue(d.Name)
	f.dept.SetValue(d.Department)
	if d.Role.Valid() {
		f.role = d.Role
	}
	return true
}

const (
	formName = iota
	formDept
	formRole
	formFields
)

// Rows of the form's content above the first field: title and a blank line.
const formHeadRows = 2

func newParticipantForm(c common.Common, p model.Participant) *participantForm {
	f := &participantForm{
		c:      c,
		editID: p.ID,
		name:   common.NewLineField(c, model.MaxNameRunes),
		dept:   common.NewLineField(c, model.MaxDepartmentRunes),
		role:   p.Role,
		orig:   p,
	}
	if !f.role.Valid() {
		f.role = model.RoleMember
	}
	f.name.SetValue(p.Name)
	f.dept.SetValue(p.Department)
	return f
}

func (f *participantForm) labelWidth() int {
	t := f.c.T
	return max(lipgloss.Width(t.FieldName), lipgloss.Width(t.FieldDepartment), lipgloss.Width(t.FieldRole)) + 2
}

func (f *participantForm) setWidth(w int) {
	f.width = w
	fw := w - 4 - f.labelWidth() // border and padding on both sides
	f.name.SetWidth(fw)
	f.dept.SetWidth(fw)
}

func (f *participantForm) focusCmd() tea.Cmd {
	f.name.Blur()
	f.dept.Blur()
	switch f.focus {
	case formName:
		return f.name.Focus()
	case formDept:
		return f.dept.Focus()
	}
	return nil
}

// participant is what the form holds, cleaned, and an error text when it
// cannot be saved as it is.
func (f *participantForm) participant(workshopID int64) (model.Participant, string) {
	p := model.Participant{
		ID:         f.editID,
		WorkshopID: workshopID,
		Name:       f.name.Value(),
		Department: f.dept.Value(),
		Role:       f.role,
	}
	if p.Name == "" {
		return p, f.c.T.NameRequired
	}
	return p, ""
}

// dirty reports whether leaving would lose what was typed.
func (f *participantForm) dirty() bool {
	o := f.orig
	if !o.Role.Valid() {
		o.Role = model.RoleMember
	}
	return f.name.Value() != o.Name || f.dept.Value() != o.Department || f.role != o.Role
}

// Update handles a message while the form is open: enter ends it as Done
// when the participant is complete (else it says what is missing), esc as
// Cancelled.
func (f *participantForm) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(common.DraftLoadedMsg); ok {
		f.draft.Restore(dm, f.encode, f.put)
		return nil
	}
	if f.State() != common.FormEditing {
		return nil // wait for the store
	}
	f.draft.Seen(msg)
	cmd := f.update(msg)
	return tea.Batch(cmd, f.draft.Follow(f.State(), f.encode()))
}

func (f *participantForm) update(msg tea.Msg) (cmd tea.Cmd) {
	k := f.c.Keys
	if f.AnswerLeave(msg, k) {
		return nil
	}
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			f.Leave(f.dirty())
			return nil
		case key.Matches(km, k.Save):
			if _, problem := f.participant(0); problem != "" {
				f.Err = problem
				return nil
			}
			f.Err = ""
			f.End(common.FormDone)
			return nil
		case key.Matches(km, k.NextField):
			f.focus = (f.focus + 1) % formFields
			return f.focusCmd()
		case key.Matches(km, k.PrevField):
			f.focus = (f.focus + formFields - 1) % formFields
			return f.focusCmd()
		case f.focus == formRole && key.Matches(km, k.Left):
			f.role = f.role.Next(-1)
			return nil
		case f.focus == formRole && key.Matches(km, k.Right):
			f.role = f.role.Next(1)
			return nil
		}
	}
	var cut bool
	switch f.focus {
	case formName:
		f.name, cmd, cut = f.name.Update(msg)
	case formDept:
		f.dept, cmd, cut = f.dept.Update(msg)
	}
	if cut {
		f.Err = f.c.T.PasteCut
	} else if _, ok := msg.(tea.KeyPressMsg); ok {
		f.Err = ""
	}
	return cmd
}

func (f *participantForm) view() string {
	st, t := f.c.Styles, f.c.T
	lw := f.labelWidth()
	label := func(i int, s string) string {
		if i == f.focus {
			return st.Form.Focused.Render(common.Fit(s, lw))
		}
		return st.Form.Label.Render(common.Fit(s, lw))
	}
	title := t.AddParticipant
	if f.editID != 0 {
		title = t.EditParticipant
	}
	role := st.Form.Choice.Render("< " + t.Role(f.role) + " >")
	if f.focus != formRole {
		role = "  " + t.Role(f.role)
	}
	lines := []string{
		st.Form.Title.Render(title), "",
		label(formName, t.FieldName) + f.name.View(),
		label(formDept, t.FieldDepartment) + f.dept.View(),
		label(formRole, t.FieldRole) + role,
		"",
	}
	inner := max(f.width-4, 10)
	lines = append(lines, f.Hint(f.c, f.draft.Hint(t.FormHint), inner))
	for i, l := range lines {
		lines[i] = common.Truncate(l, inner)
	}
	return st.Form.Box.Width(f.width).Render(strings.Join(lines, "\n"))
}

// cursor is the text cursor relative to the form's top-left corner.
func (f *participantForm) cursor() *tea.Cursor {
	var c *tea.Cursor
	switch f.focus {
	case formName:
		c = f.name.Cursor()
	case formDept:
		c = f.dept.Cursor()
	}
	if c == nil || f.Saving() {
		return nil
	}
	c.X += 2 + f.labelWidth() // border, padding, label
	c.Y += 1 + formHeadRows + f.focus
	return c
}
