package record

// form.go: the box in which one entry of the record is typed: its kind,
// its text, the answer of a question, and who does an action item by when.
// What is typed is kept as a draft as it is typed (a crash or kill -9
// loses nothing; form_draft.go), and esc with something typed asks before
// discarding. It is drawn by form_view.go.

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// entryKinds are the kinds in the order the chooser offers them.
var entryKinds = []model.EntryKind{model.EntryMemo, model.EntryDecision, model.EntryQA, model.EntryAction}

// field is one field of the form.
type field int

const (
	fieldKind field = iota
	fieldText
	fieldAnswer
	fieldWho
	fieldDue
)

// entryForm is the form of one entry: enter saves (Done, with Entry set),
// esc cancels, tab and shift+tab go from field to field.
type entryForm struct {
	common.FormEnd
	c      common.Common
	orig   model.Entry // the entry as it was; ID 0 for a new one
	kind   int         // index into entryKinds
	focus  field
	text   textarea.Model
	answer textarea.Model
	who    common.LineField
	due    common.LineField
	people []model.Participant
	pick   int          // the roster person chosen with ↑/↓; -1 for none
	ref    model.Date   // the day a date without a year is read from
	draft  common.Draft // the form as typed, kept in the store (draft.go)
	start  string       // the form as it opened, encoded as a draft
	note   string       // a passing notice in the hint line (the draft came back)
	// Entry is what was typed, cleaned, once the form is Done.
	Entry model.Entry
}

func newArea(c common.Common, value string) textarea.Model {
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = model.MaxEntryRunes
	ta.KeyMap.InsertNewline.SetKeys("ctrl+j")
	ta.KeyMap.Paste.SetEnabled(false)
	ta.SetVirtualCursor(false)
	ta.SetHeight(3)
	ta.SetValue(value)
	return ta
}

// newEntryForm opens the form on e (ID 0 for a new entry), with the
// roster people to pick 担当 from and ref, the day 期限 without a year are
// read from.
func newEntryForm(c common.Common, e model.Entry, people []model.Participant, ref model.Date) (*entryForm, tea.Cmd) {
	f := &entryForm{c: c, orig: e, text: newArea(c, e.Text), answer: newArea(c, e.Answer),
		who: common.NewLineField(c, model.MaxNameRunes), due: common.NewLineField(c, 40), people: people, pick: -1, ref: ref}
	f.answer.SetHeight(2)
	for i, k := range entryKinds {
		if k == e.Kind {
			f.kind = i
		}
	}
	f.who.SetValue(e.Assignee(people))
	for i, p := range people {
		if e.AssigneeID != 0 && p.ID == e.AssigneeID {
			f.pick = i
		}
	}
	if !e.Due.IsZero() {
		f.due.SetValue(e.Due.String())
	}
	f.start = f.encode()
	if e.ID == 0 {
		return f, nil // a new entry starts on its kind; typing goes on to the text
	}
	return f, f.setFocus(fieldText)
}

func (f *entryForm) kindOf() model.EntryKind { return entryKinds[f.kind] }

// fields are the fields the kind uses, in order.
func (f *entryForm) fields() []field {
	switch f.kindOf() {
	case model.EntryQA:
		return []field{fieldKind, fieldText, fieldAnswer}
	case model.EntryAction:
		return []field{fieldKind, fieldText, fieldWho, fieldDue}
	}
	return []field{fieldKind, fieldText}
}

func (f *entryForm) setFocus(to field) tea.Cmd {
	f.focus = to
	f.text.Blur()
	f.answer.Blur()
	f.who.Blur()
	f.due.Blur()
	switch to {
	case fieldText:
		return f.text.Focus()
	case fieldAnswer:
		return f.answer.Focus()
	case fieldWho:
		return f.who.Focus()
	case fieldDue:
		return f.due.Focus()
	}
	return nil
}

func (f *entryForm) step(by int) tea.Cmd {
	fs := f.fields()
	at := 0
	for i, x := range fs {
		if x == f.focus {
			at = i
		}
	}
	return f.setFocus(fs[(at+by+len(fs))%len(fs)])
}

// Update handles a key or a paste, and keeps what was typed as the draft.
func (f *entryForm) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(common.DraftLoadedMsg); ok {
		f.restore(dm)
		return nil
	}
	if f.State() != common.FormEditing {
		return nil
	}
	if f.AnswerLeave(msg, f.c.Keys) {
		if f.State() == common.FormCancelled {
			return f.draft.Drop()
		}
		return nil
	}
	if _, ok := msg.(tea.KeyPressMsg); ok {
		f.note = ""
	}
	cmd := f.update(msg)
	if f.State() != common.FormEditing {
		return cmd
	}
	return tea.Batch(cmd, f.draft.Changed(f.encode()))
}

func (f *entryForm) update(msg tea.Msg) tea.Cmd {
	k := f.c.Keys
	up, down := k.Up, k.Down // only the arrows: j and k are letters of a name
	up.SetKeys("up")
	down.SetKeys("down")
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, k.Cancel):
			f.Leave(f.dirty())
			if f.State() == common.FormCancelled {
				return f.draft.Drop()
			}
			return nil
		case key.Matches(km, k.Save):
			f.submit()
			return nil
		case key.Matches(km, k.NextField):
			return f.step(1)
		case key.Matches(km, k.PrevField):
			return f.step(-1)
		case f.focus == fieldKind && key.Matches(km, k.Left):
			f.kind = (f.kind + len(entryKinds) - 1) % len(entryKinds)
			return nil
		case f.focus == fieldKind && key.Matches(km, k.Right):
			f.kind = (f.kind + 1) % len(entryKinds)
			return nil
		case f.focus == fieldKind && km.Text == "":
			return nil
		case f.focus == fieldKind: // typing starts the text
			cmd := f.setFocus(fieldText)
			return tea.Batch(cmd, f.toField(msg))
		case f.focus == fieldWho && len(f.people) > 0 && (key.Matches(km, up) || key.Matches(km, down)):
			n := len(f.people)
			if key.Matches(km, down) {
				f.pick = (f.pick + 1) % n
			} else {
				f.pick = (f.pick - 1 + n) % n
			}
			f.who.SetValue(f.people[f.pick].Name)
			return nil
		}
	}
	if _, paste := msg.(tea.PasteMsg); paste && f.focus == fieldKind {
		f.setFocus(fieldText) // a paste goes to the text
	}
	return f.toField(msg)
}

func (f *entryForm) toField(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	var cut bool
	area := func(ta *textarea.Model) {
		if p, ok := msg.(tea.PasteMsg); ok {
			msg, cut = common.CleanPaste(p, ta.Value(), model.MaxEntryRunes, true)
		}
		*ta, cmd = ta.Update(msg)
	}
	switch f.focus {
	case fieldText:
		area(&f.text)
	case fieldAnswer:
		area(&f.answer)
	case fieldWho:
		f.who, cmd, cut = f.who.Update(msg)
		if f.pick >= 0 && f.who.Value() != f.people[f.pick].Name {
			f.pick = -1
		}
	case fieldDue:
		f.due, cmd, cut = f.due.Update(msg)
	}
	if cut {
		f.Err = f.c.T.PasteCut
	}
	return cmd
}

func areaText(ta textarea.Model) string {
	s, _ := model.CleanText(ta.Value(), model.MaxEntryRunes)
	return common.TrimLines(s)
}

// submit checks what was typed and ends the form as Done with Entry set,
// or says what is wrong and keeps everything typed.
func (f *entryForm) submit() {
	t := f.c.T
	e := f.orig
	e.Kind, e.Text, e.Answer = f.kindOf(), areaText(f.text), areaText(f.answer)
	if e.Text == "" {
		f.Err = t.Record.TextRequired
		f.setFocus(fieldText)
		return
	}
	e.AssigneeID, e.AssigneeName, e.Due = 0, "", model.Date{}
	if e.Kind == model.EntryAction {
		name := f.who.Value()
		e.AssigneeName = strings.TrimSpace(name)
		if f.pick >= 0 {
			e.AssigneeID = f.people[f.pick].ID
		}
		for _, p := range f.people {
			if e.AssigneeID == 0 && p.Name == e.AssigneeName {
				e.AssigneeID = p.ID // a name typed as the roster has it is that person
			}
		}
		typed := strings.TrimSpace(f.due.Value())
		d, err := model.ParseTypedDate(typed, f.ref)
		if err != nil {
			f.Err = t.BadDue(typed, err)
			f.setFocus(fieldDue)
			return
		}
		e.Due = d
	}
	f.Err, f.Entry = "", e
	f.End(common.FormDone)
}
