// Package chatimport is the dialog that brings a chat export into the Task
// ① inbox: first a file picker (bubbles' filepicker, starting in Downloads,
// else Documents, else the home folder, showing the kinds of file chat
// tools export), where tab types a path and a paste (a file dragged onto
// the terminal, or a path copied in Explorer) fills it in; then a preview
// of the file before anything is written: the format it was read as, every
// message with a checkbox (all checked), the lines left out with why, and
// enter to import the checked ones.
//
// It is a form (common.FormEnd): it ends as Done when the facilitator asks
// to import (Selected is what to import; its owner writes it and calls
// Fail if that failed) and as Cancelled on esc from the picker. It never
// touches the store: every directory and file is read in a Cmd, and so is
// the picker's list drawn (the filepicker looks up each row's file as it
// draws it), so a frame never waits on the disk.
//
// Consumes: startMsg, listedMsg, drawnMsg, folderFailedMsg, previewMsg,
// folderMsg, tea.PasteMsg, tea.KeyPressMsg.
package chatimport

import (
	"charm.land/bubbles/v2/filepicker"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/importer"
	"yoriai/model"
	"yoriai/tui/common"
)

type step int

const (
	stepPick    step = iota // choosing the file
	stepPreview             // looking at what it holds
)

// Dialog picks a chat file and previews it.
type Dialog struct {
	common.FormEnd
	c    common.Common
	step step

	// The picker.
	fp      filepicker.Model
	listing bool // a folder is being read
	typing  bool // the path field has the keyboard
	path    common.LineField
	reading bool // a file is being read
	gen     int  // the read asked for last: older answers are dropped
	rows    int  // the list's height when last drawn
	drawn   string
	drawGen int // the drawing asked for last

	// The preview.
	file    string
	preview importer.Preview
	keep    []bool
	kept    int
	tab     int // 0 the messages, 1 the skipped lines
	cursor  int // on the messages
	top     int // the first message row drawn
	skipTop int // the first skipped row drawn
	nameW   int // the cells the names take
}

// startMsg carries the folder the picker starts in.
type startMsg struct{ dir string }

// listedMsg carries the picker's own answer to a folder read.
type listedMsg struct{ inner tea.Msg }

// drawnMsg carries the picker's list, drawn in a Cmd.
type drawnMsg struct {
	gen  int
	view string
}

// folderFailedMsg reports that a folder could not be read.
type folderFailedMsg struct{}

// previewMsg carries a chat file read, or why it could not be.
type previewMsg struct {
	gen     int
	path    string
	preview importer.Preview
	err     error
}

// folderMsg reports that a typed path is a folder.
type folderMsg struct {
	gen int
	dir string
}

// New opens the dialog; its Cmd finds the folder to start in.
func New(c common.Common) (*Dialog, tea.Cmd) {
	d := &Dialog{c: c, path: common.NewLineField(c, 4096), listing: true}
	d.fp = d.newPicker(".")
	return d, func() tea.Msg { return startMsg{dir: StartFolder()} }
}

// Selected is the log to import: the checked messages.
func (d *Dialog) Selected() model.ChatLog { return d.preview.Selected(d.keep) }

// Update handles a message.
func (d *Dialog) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case startMsg:
		d.fp = d.newPicker(msg.dir)
		return watch(d.fp.Init())
	case listedMsg:
		d.listing = false
		var cmd tea.Cmd
		d.fp, cmd = d.fp.Update(msg.inner)
		return tea.Batch(watch(cmd), d.redraw())
	case drawnMsg:
		if msg.gen == d.drawGen {
			d.drawn = msg.view
		}
		return nil
	case common.StylesChangedMsg:
		d.fp.Styles = pickerStyles(d.c.Styles, d.c.T.Chat.EmptyFolder)
		return d.redraw()
	case folderFailedMsg:
		d.listing = false
		d.Err = d.c.T.Chat.EmptyFolder
		return nil
	case folderMsg:
		if msg.gen == d.gen {
			d.reading, d.typing, d.listing, d.Err = false, false, true, ""
			d.path.Blur()
			d.fp = d.newPicker(msg.dir)
			return watch(d.fp.Init())
		}
		return nil
	case previewMsg:
		if msg.gen == d.gen {
			d.reading = false
			if msg.err != nil {
				d.Err = d.c.T.ChatError(msg.err)
				return nil
			}
			d.show(msg.path, msg.preview)
		}
		return nil
	case tea.PasteMsg:
		if d.step != stepPick || d.State() != common.FormEditing {
			return nil
		}
		d.typing, d.Err = true, ""
		d.path.SetValue(cleanPath(msg.Content))
		return d.path.Focus()
	case tea.KeyPressMsg:
		if d.State() != common.FormEditing || d.reading {
			return nil
		}
		if d.step == stepPreview {
			d.previewKey(msg)
			return nil
		}
		return d.pickKey(msg)
	}
	return nil
}

// show opens the preview of the file read: every message checked.
func (d *Dialog) show(path string, p importer.Preview) {
	d.step, d.file, d.preview = stepPreview, path, p
	d.keep = make([]bool, len(p.Messages))
	for i := range d.keep {
		d.keep[i] = true
	}
	d.kept, d.tab, d.cursor, d.top, d.skipTop, d.nameW = len(d.keep), 0, 0, 0, 0, 0
	for _, m := range p.Messages {
		d.nameW = max(d.nameW, ansi.StringWidth(name(d.c, m)))
	}
	d.nameW = min(d.nameW, 14)
}

// previewKey handles a key of the preview.
func (d *Dialog) previewKey(km tea.KeyPressMsg) {
	k := d.c.Keys
	n := len(d.keep)
	if d.tab == 1 {
		n = len(d.preview.Skipped)
	}
	move := func(by int) {
		if d.tab == 0 {
			d.cursor = max(min(d.cursor+by, n-1), 0)
		} else {
			d.skipTop = max(min(d.skipTop+by, n-1), 0)
		}
	}
	d.Err = ""
	switch {
	case key.Matches(km, k.Cancel):
		d.step = stepPick // as it was left: the list, or the path typed
	case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
		d.tab = 1 - d.tab
	case key.Matches(km, k.Up):
		move(-1)
	case key.Matches(km, k.Down):
		move(1)
	case key.Matches(km, k.PageUp):
		move(-10)
	case key.Matches(km, k.PageDown):
		move(10)
	case key.Matches(km, k.Save):
		if d.kept == 0 {
			d.Err = d.c.T.Chat.NothingChecked
			return
		}
		d.End(common.FormDone)
	case d.tab != 0: // the skipped lines are only read
	case key.Matches(km, k.Toggle) && n > 0:
		d.keep[d.cursor] = !d.keep[d.cursor]
		if d.keep[d.cursor] {
			d.kept++
		} else {
			d.kept--
		}
	case key.Matches(km, k.ToggleAll):
		all := d.kept < n
		for i := range d.keep {
			d.keep[i] = all
		}
		d.kept = map[bool]int{true: n, false: 0}[all]
	}
}

// Help is the dialog's keys in its present state.
func (d *Dialog) Help() []key.Binding {
	k, t := d.c.Keys, d.c.T.Chat
	with := func(b key.Binding, desc string) key.Binding {
		b.SetHelp(b.Help().Key, desc)
		return b
	}
	switch {
	case d.step == stepPreview && d.tab == 1:
		return []key.Binding{k.Up, k.Down, with(k.NextField, t.KeyTab), with(k.Save, t.KeyImport), with(k.Cancel, t.KeyBack)}
	case d.step == stepPreview:
		return []key.Binding{k.Up, k.Down, with(k.Toggle, t.KeyToggle), k.ToggleAll, with(k.NextField, t.KeyTab),
			with(k.Save, t.KeyImport), with(k.Cancel, t.KeyBack)}
	case d.typing:
		return []key.Binding{with(k.Save, t.KeyPick), with(k.NextField, t.KeyList), with(k.Cancel, t.KeyList)}
	}
	return []key.Binding{k.Up, k.Down, with(k.Save, t.KeyPick), k.UpFolder, with(k.NextField, t.KeyTypePath), k.Cancel}
}
