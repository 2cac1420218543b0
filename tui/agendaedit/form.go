// Package agendaedit is the forms of the run sheet's on-the-day edits: an
// item's title, planned minutes, speaker and video (ItemForm), the
// meeting's date, times, place and content (MeetingForm), and a new item
// with its kind (InsertForm). A form only reads and checks what is typed;
// the meeting screen saves it and closes it.
//
// Keys: tab/shift+tab move between fields, ←/→ choose the kind, enter
// saves, esc leaves (asking first when something was typed).
package agendaedit

import (
	"encoding/json"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Form is one of the edit forms: an optional choice of kind, then one-line
// fields, each under its label.
type Form struct {
	common.FormEnd
	c       common.Common
	title   string
	kinds   []model.ItemKind // the kinds to choose from; none for no kind row
	kind    int
	labels  []string
	fields  []common.LineField
	initial []string
	focus   int // the row: the kind row first when there is one
	width   int
	height  int              // the most rows the box may take; 0: as many as it needs
	draft   common.FormDraft // the form as typed, when KeepDraft was called
}

// formDraft is the form as typed, as its draft keeps it.
type formDraft struct {
	Kind   int      `json:"kind,omitempty"`
	Fields []string `json:"fields"`
}

// KeepDraft keeps the form as it is typed under key in st, so that a
// crash or kill -9 loses nothing of it, and returns the Cmd that reads
// back the draft kept from before: it comes back while nothing was typed
// yet. The draft goes when the form is left; its owner drops it
// (DropDraft) once the form is saved.
func (f *Form) KeepDraft(st common.DraftStore, from int64, key string) tea.Cmd {
	return f.draft.Keep(f.c, st, from, key, f.encode())
}

// DropDraft lets the draft go: the form is saved.
func (f *Form) DropDraft() tea.Cmd { return f.draft.Drop() }

// DraftFor reports whether msg is this form's draft, read back: its owner
// hands it to Update.
func (f *Form) DraftFor(msg common.DraftLoadedMsg) bool { return f.draft.Loaded(msg) }

// encode is the form as typed, as the draft keeps it.
func (f *Form) encode() string {
	d := formDraft{Kind: f.kind, Fields: make([]string, len(f.fields))}
	for i := range f.fields {
		d.Fields[i] = f.value(i)
	}
	b, _ := json.Marshal(d)
	return string(b)
}

// put puts a draft kept from before back into the form; false when it is
// not one of this form's.
func (f *Form) put(text string) bool {
	var d formDraft
	if json.Unmarshal([]byte(text), &d) != nil || len(d.Fields) != len(f.fields) ||
		d.Kind < 0 || (d.Kind > 0 && d.Kind >= len(f.kinds)) {
		return false
	}
	f.kind = d.Kind
	for i, v := range d.Fields {
		f.fields[i].SetValue(v)
	}
	return true
}

// SetHeight limits the box to h rows (0: no limit). A form taller than
// that scrolls its fields so that the focused one is in view, and keeps
// its border and hint.
func (f *Form) SetHeight(h int) { f.height = h }

func newForm(c common.Common, title string, kinds []model.ItemKind, labels, values []string) *Form {
	f := &Form{c: c, title: title, kinds: kinds, labels: labels, initial: values}
	for _, v := range values {
		lf := common.NewLineField(c, model.MaxTitleRunes)
		lf.SetValue(v)
		f.fields = append(f.fields, lf)
	}
	f.setWidth(60)
	return f
}

// Focus gives the keyboard to the focused row; the owner returns its Cmd.
func (f *Form) Focus() tea.Cmd {
	for i := range f.fields {
		f.fields[i].Blur()
	}
	if i := f.field(); i >= 0 {
		return f.fields[i].Focus()
	}
	return nil
}

// field is the index of the focused field; -1 on the kind row.
func (f *Form) field() int {
	if len(f.kinds) > 0 {
		return f.focus - 1
	}
	return f.focus
}

func (f *Form) rows() int {
	n := len(f.fields)
	if len(f.kinds) > 0 {
		n++
	}
	return n
}

// value is field i's text, cleaned.
func (f *Form) value(i int) string { return f.fields[i].Value() }

// dirty reports whether leaving would lose what was typed.
func (f *Form) dirty() bool {
	for i := range f.fields {
		if f.value(i) != f.initial[i] {
			return true
		}
	}
	return f.kind != 0
}

// Update handles a key or a paste: tab moves, ←/→ choose the kind, enter
// ends the form as Done (the owner checks it and saves, or calls Fail),
// esc leaves. The draft, if kept, follows what is typed.
func (f *Form) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(common.DraftLoadedMsg); ok {
		f.draft.Restore(dm, f.encode, f.put)
		return nil
	}
	if f.State() != common.FormEditing {
		return nil
	}
	f.draft.Seen(msg)
	cmd := f.update(msg)
	return tea.Batch(cmd, f.draft.Follow(f.State(), f.encode()))
}

func (f *Form) update(msg tea.Msg) tea.Cmd {
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
			f.Err = ""
			f.End(common.FormDone)
			return nil
		case key.Matches(km, k.NextField):
			f.focus = (f.focus + 1) % f.rows()
			return f.Focus()
		case key.Matches(km, k.PrevField):
			f.focus = (f.focus + f.rows() - 1) % f.rows()
			return f.Focus()
		case f.field() < 0 && key.Matches(km, k.Left):
			f.kind = (f.kind + len(f.kinds) - 1) % len(f.kinds)
			return nil
		case f.field() < 0 && key.Matches(km, k.Right):
			f.kind = (f.kind + 1) % len(f.kinds)
			return nil
		}
	}
	i := f.field()
	if i < 0 {
		return nil
	}
	var cmd tea.Cmd
	var cut bool
	f.fields[i], cmd, cut = f.fields[i].Update(msg)
	if cut {
		f.Err = f.c.T.PasteCut
	}
	return cmd
}

func (f *Form) labelWidth() int {
	w := lipgloss.Width(f.c.T.OnDay.FieldKind)
	for _, l := range f.labels {
		w = max(w, lipgloss.Width(l))
	}
	return w + 2
}

func (f *Form) setWidth(w int) {
	f.width = max(w, 24)
	for i := range f.fields {
		f.fields[i].SetWidth(f.width - 4 - f.labelWidth())
	}
}

// View draws the form in a box w cells wide.
func (f *Form) View(w int) string {
	f.setWidth(w)
	st, t := f.c.Styles, f.c.T
	lw, inner := f.labelWidth(), max(f.width-4, 10)
	label := func(row int, s string) string {
		if row == f.focus {
			return st.Form.Focused.Render(common.Fit(s, lw))
		}
		return st.Form.Label.Render(common.Fit(s, lw))
	}
	lines := []string{st.Form.Title.Render(common.Truncate(f.title, inner)), ""}
	row := 0
	if len(f.kinds) > 0 {
		kind := "  " + t.Kind(f.kinds[f.kind])
		if f.focus == 0 {
			kind = st.Form.Choice.Render("< "+t.Kind(f.kinds[f.kind])+" >") + "  " + st.Form.Hint.Render(t.OnDay.KindHint)
		}
		lines = append(lines, common.Truncate(label(0, t.OnDay.FieldKind)+kind, inner))
		row = 1
	}
	for i := range f.fields {
		lines = append(lines, label(row+i, f.labels[i])+f.fields[i].View())
	}
	box, _ := f.box(strings.Join(lines, "\n"), inner)
	return box
}

// box puts the form's rows in its box, scrolled to the focused row when
// the box is limited in height; top is the first row shown.
func (f *Form) box(body string, inner int) (box string, top int) {
	h := f.height
	if h <= 0 {
		h = strings.Count(body, "\n") + 10
	}
	at := 2 + f.focus // under the title and blank line
	return common.ScrollBox(f.c.Styles.Form.Box, body, "\n"+f.Hint(f.c, f.draft.Hint(f.c.T.OnDay.FormHint), inner), f.width, h, at, at)
}

// Cursor is the focused field's cursor relative to the box's top left;
// nil when the field is scrolled out of view.
func (f *Form) Cursor() *tea.Cursor {
	i := f.field()
	if i < 0 || f.Saving() || f.Asking() {
		return nil
	}
	c := f.fields[i].Cursor()
	if c == nil {
		return nil
	}
	top := 0
	if f.height > 0 {
		body := strings.Repeat("\n", 2+f.rows()-1) // the rows as View lays them out
		_, top = f.box(body, max(f.width-4, 10))
	}
	c.X += 2 + f.labelWidth()    // border and padding, the label
	c.Y += 1 + 2 + f.focus - top // border, title and blank line, the rows above
	if c.Y < 1 || f.height > 0 && c.Y >= f.height-1 {
		return nil
	}
	return c
}

// parseMinutes reads planned minutes typed as 15, １５ or 15分.
func parseMinutes(s string) (int, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "分"))
	s = strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return '0' + r - '０'
		}
		return r
	}, s)
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > model.MaxItemMinutes {
		return 0, false
	}
	return n, true
}
