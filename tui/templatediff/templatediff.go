// Package templatediff is the dialog shown before the home screen when the
// app is started with a template that differs from its workshop: what the
// template changes (meetings and items added, removed, retimed, re-dated,
// renamed, moved, changed), and two choices, 「適用する」 and 「今は適用しない」.
// Applying runs in a Cmd (db.ApplyTemplate: one transaction that keeps
// every record); nothing is changed until the facilitator chooses it.
//
// It is a form: it ends as Done once the template is applied (Applied says
// how many changes) and as Cancelled when not applied now; its owner reads
// State after Update.
//
// Consumes: appliedMsg, common.ErrMsg (its own).
// Keys: ←/→ or tab choose, enter confirm, y apply, esc not now, ↑/↓ scroll.
package templatediff

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the dialog needs from the database.
type Store interface {
	ApplyTemplate(workshopID int64, t model.Template, templateSHA string, at time.Time) (model.TemplateDiff, error)
}

// Offer is a template change to show: the file it came from, the
// template, its SHA-256 and the diff against the workshop.
type Offer struct {
	File     string
	Template model.Template
	SHA      string
	Diff     model.TemplateDiff
}

// Dialog shows an Offer and applies it on confirmation.
type Dialog struct {
	common.FormEnd
	c        common.Common
	st       Store
	id       int64
	offer    Offer
	lines    []string // the changes, worded
	top      int      // the first change line shown
	notNow   bool     // the choice under the cursor is 「今は適用しない」
	applying bool
	applied  int
}

// appliedMsg reports the template applied, with how many changes.
type appliedMsg struct {
	common.Saved
	changes int
}

// New returns the dialog for o.
func New(c common.Common, st Store, o Offer) *Dialog {
	d := &Dialog{c: c, st: st, id: c.NewID(), offer: o}
	for _, ch := range o.Diff.Changes {
		d.lines = append(d.lines, c.T.Workshops.Change(ch))
	}
	return d
}

// Applied is how many changes were applied, once Done.
func (d *Dialog) Applied() int { return d.applied }

// Notice is the line the owner shows once the template is applied.
func (d *Dialog) Notice() string { return fmt.Sprintf(d.c.T.Workshops.FmtAppliedFlash, d.applied) }

// Update handles a message; handled reports that a key was the dialog's
// (while it is open, every key is).
func (d *Dialog) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case appliedMsg:
		d.applying, d.applied = false, msg.changes
		d.End(common.FormDone)
		return nil, false
	case common.ErrMsg:
		if msg.For(d.id) {
			d.applying, d.Err = false, d.c.Problem(msg)
		}
		return nil, false
	}
	km, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, false
	}
	if d.applying {
		return nil, true
	}
	k := d.c.Keys
	switch {
	case key.Matches(km, k.Cancel):
		d.End(common.FormCancelled)
	case key.Matches(km, k.Yes):
		return d.apply(), true
	case key.Matches(km, k.Save):
		if d.notNow {
			d.End(common.FormCancelled)
			return nil, true
		}
		return d.apply(), true
	case key.Matches(km, k.Left), key.Matches(km, k.Right), key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
		d.notNow = !d.notNow
	case key.Matches(km, k.Up):
		d.top = max(d.top-1, 0)
	case key.Matches(km, k.Down):
		d.top = min(d.top+1, max(len(d.lines)-1, 0))
	}
	return nil, true
}

// apply writes the change in a Cmd, with the values copied now.
func (d *Dialog) apply() tea.Cmd {
	d.applying, d.Err = true, ""
	st, wid, o, now := d.st, d.c.WorkshopID, d.offer, d.c.Now()
	return d.c.Do(d.id, d.c.T.Workshops.OpApplyTemplate, func() (tea.Msg, error) {
		diff, err := st.ApplyTemplate(wid, o.Template, o.SHA, now)
		return appliedMsg{changes: len(diff.Changes)}, err
	})
}

// View draws the dialog in w×h: the title, what applying keeps, the
// changes (as many as fit, ↑/↓ scroll), the choices and the hint.
func (d *Dialog) View(w, h int) string {
	st, tw := d.c.Styles, d.c.T.Workshops
	bw := min(w, 96)
	inner := max(bw-4, 20)
	head := []string{st.Form.Title.Render(common.Truncate(tw.DiffTitle, inner))}
	if h >= 16 { // on a short screen the changes come first
		head = append(head, common.Wrap(fmt.Sprintf(tw.FmtDiffIntro, d.offer.File, len(d.lines)), inner))
	}
	head = append(head, "")
	apply, notNow := "  "+tw.Apply+"  ", "  "+tw.NotNow+"  "
	if d.notNow {
		notNow = st.Form.Choice.Render("[" + tw.NotNow + "]")
	} else {
		apply = st.Form.Choice.Render("[" + tw.Apply + "]")
	}
	foot := []string{"", apply + "   " + notNow}
	switch {
	case d.applying:
		foot = append(foot, st.Form.Hint.Render(tw.Applying))
	case d.Err != "":
		foot = append(foot, st.Form.Error.Render(common.Wrap(d.Err, inner)))
	}
	room := max(h-2-lipgloss.Height(strings.Join(head, "\n"))-len(foot), 1)
	top := min(d.top, max(len(d.lines)-room, 0))
	body := d.changeRows(top, inner, room)
	box := st.Form.Box.Width(bw).Render(strings.Join(append(append(head, body...), foot...), "\n"))
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}

// changeRows are the change lines from top on, wrapped to w, in at most
// room rows; when not all fit, the last row says how many more there are.
func (d *Dialog) changeRows(top, w, room int) []string {
	var wrapped [][]string
	total := 0
	for _, l := range d.lines[top:] {
		rows := strings.Split(common.Wrap(d.c.T.Marks.Bullet+l, w), "\n")
		wrapped = append(wrapped, rows)
		total += len(rows)
	}
	var body []string
	if total <= room {
		for _, rows := range wrapped {
			body = append(body, rows...)
		}
		return body
	}
	shown := 0
	for _, rows := range wrapped {
		if len(body)+len(rows) > room-1 {
			break
		}
		body, shown = append(body, rows...), shown+1
	}
	if shown == 0 && room > 1 { // one long change: as much of it as fits
		body, shown = wrapped[0][:room-1], 1
	}
	more := "… +" + fmt.Sprint(len(wrapped)-shown) + d.c.T.Aside("↓")
	return append(body, d.c.Styles.Form.Hint.Render(common.Truncate(more, w)))
}

// Help is the dialog's keys.
func (d *Dialog) Help() []key.Binding {
	k := d.c.Keys
	choose, save, yes, no := k.Left, k.Save, k.Yes, k.Cancel
	choose.SetHelp("←/→", d.c.T.KeyChoice)
	save.SetHelp("enter", d.c.T.Workshops.KeyConfirm)
	yes.SetHelp("y", d.c.T.Workshops.Apply)
	no.SetHelp("esc", d.c.T.Workshops.NotNow)
	return []key.Binding{choose, save, yes, no, k.Up, k.Down}
}
