package chatimport

// picker.go: the first step, choosing the file: the folder to start in,
// bubbles' filepicker with the app's keys and styles, whose folder reads
// and drawing run in Cmds, the path field, and the read of the file chosen.

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

	"yoriai/importer"
	"yoriai/tui/common"
)

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
	k, t, st := d.c.Keys, d.c.T, d.c.Styles
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
	fp.Styles = pickerStyles(st, t.Chat.EmptyFolder)
	return fp
}

// pickerStyles are the filepicker's styles made of the app's form styles.
func pickerStyles(st *common.Styles, empty string) filepicker.Styles {
	f := st.Form
	return filepicker.Styles{
		DisabledCursor: f.Hint, Cursor: f.Focused, Symlink: f.Label, Directory: f.Title,
		DisabledFile: f.Hint, Permission: f.Hint, Selected: f.Focused, DisabledSelected: f.Hint,
		FileSize:       f.Hint.Width(7).Align(lipgloss.Right),
		EmptyDirectory: f.Hint.PaddingLeft(2).SetString(empty),
	}
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
	if d.fp.HighlightedPath() == "" {
		// The cursor is off the list (a folder read again came back
		// shorter): the filepicker would index past its end on enter.
		d.fp, _ = d.fp.Update(tea.KeyPressMsg{Code: tea.KeyHome})
	}
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
