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
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"time"

	"charm.land/bubbles/v2/filepicker"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
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

// StartFolder is where the picker opens: the Downloads folder, where a
// phone's or a browser's export usually lands, else Documents, else the
// home folder, else the working folder.
func StartFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	for _, sub := range []string{"Downloads", "Documents"} {
		dir := filepath.Join(home, sub)
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			return dir
		}
	}
	return home
}

// newPicker is a filepicker on dir, with the app's keys and styles, that
// offers the kinds of file chat tools export.
func (d *Dialog) newPicker(dir string) filepicker.Model {
	st, k, t := d.c.Styles, d.c.Keys, d.c.T
	fp := filepicker.New()
	fp.CurrentDirectory = dir
	fp.SetHeight(max(d.rows, 1))
	fp.AllowedTypes = importer.FileExtensions
	fp.AutoHeight = false
	fp.ShowPermissions = false
	fp.Cursor = ">"
	up := k.UpFolder
	up.SetKeys("left", "backspace", "h")
	open := k.Open
	open.SetKeys("right", "enter", "l")
	fp.KeyMap = filepicker.KeyMap{
		GoToTop:  key.NewBinding(key.WithKeys("home", "g")),
		GoToLast: key.NewBinding(key.WithKeys("end", "G")),
		Down:     k.Down, Up: k.Up, PageUp: k.PageUp, PageDown: k.PageDown,
		Back: up, Open: open, Select: k.Save,
	}
	f := st.Form
	fp.Styles = filepicker.Styles{
		DisabledCursor: f.Hint, Cursor: f.Focused, Symlink: f.Label, Directory: f.Title,
		DisabledFile: f.Hint, Permission: f.Hint, Selected: f.Focused, DisabledSelected: f.Hint,
		FileSize:       f.Hint.Width(7).Align(lipgloss.Right),
		EmptyDirectory: f.Hint.PaddingLeft(2).SetString(t.Chat.EmptyFolder),
	}
	return fp
}

// watch runs a folder read of the picker and hands its answer back
// wrapped, so the dialog knows when the listing came and when it failed
// (the picker itself drops a failure silently).
func watch(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Struct && v.NumField() == 1 && v.Type().Field(0).Name == "err" {
			return folderFailedMsg{}
		}
		return listedMsg{inner: msg}
	}
}

// redraw draws the picker's list in a Cmd, from a copy of it: drawing
// reads each row's file information.
func (d *Dialog) redraw() tea.Cmd {
	d.drawGen++
	fp, gen := d.fp, d.drawGen
	return func() tea.Msg { return drawnMsg{gen: gen, view: fp.View()} }
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

// pickKey handles a key while the file is being chosen.
func (d *Dialog) pickKey(km tea.KeyPressMsg) tea.Cmd {
	k, t := d.c.Keys, d.c.T
	if d.typing {
		switch {
		case key.Matches(km, k.Cancel), key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
			d.typing, d.Err = false, ""
			d.path.Blur()
			return nil
		case key.Matches(km, k.Save):
			p := common.ExpandHome(cleanPath(d.path.Value()))
			if p == "" {
				return nil
			}
			return d.read(p, true)
		}
		var cmd tea.Cmd
		d.path, cmd, _ = d.path.Update(km)
		return cmd
	}
	switch {
	case key.Matches(km, k.Cancel):
		d.End(common.FormCancelled)
		return nil
	case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
		d.typing, d.Err = true, ""
		if d.path.Value() == "" {
			d.path.SetValue(d.fp.CurrentDirectory + string(filepath.Separator))
		}
		return d.path.Focus()
	}
	d.Err = ""
	var cmd tea.Cmd
	d.fp, cmd = d.fp.Update(km)
	if cmd != nil {
		d.listing = true
	}
	if ok, p := d.fp.DidSelectFile(km); ok {
		return d.read(p, false)
	}
	if ok, p := d.fp.DidSelectDisabledFile(km); ok {
		d.Err = fmt.Sprintf(t.Chat.FmtNotAllowed, filepath.Base(p), strings.Join(importer.FileExtensions, " "))
	}
	return tea.Batch(watch(cmd), d.redraw())
}

// read reads path in a Cmd: a chat file into a preview, or, for a typed
// path, a folder into the picker.
func (d *Dialog) read(path string, typed bool) tea.Cmd {
	d.gen++
	d.reading, d.Err = true, ""
	gen := d.gen
	return func() tea.Msg {
		if typed {
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return folderMsg{gen: gen, dir: path}
			}
		}
		p, err := importer.ReadPreview(path, time.Local)
		return previewMsg{gen: gen, path: path, preview: p, err: err}
	}
}

// cleanPath is a pasted or typed path as a shell would read it: without
// the quotes Explorer's 「パスのコピー」 and a drop onto Windows Terminal put
// around it, and, outside Windows, without the backslashes a drop onto a
// macOS or Linux terminal puts before spaces.
func cleanPath(s string) string {
	s = strings.TrimSpace(common.OneLine(s))
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		s = s[1 : len(s)-1]
	}
	if runtime.GOOS != "windows" {
		s = strings.ReplaceAll(s, `\ `, " ")
	}
	return s
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
