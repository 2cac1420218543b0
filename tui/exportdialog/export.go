// Package exportdialog is the export dialog (x). It writes the 議事要旨 of a meeting,
// the 実施計画（案） as Excel or CSV, the Task ① or poll tables as CSV, or a
// backup, to a path the facilitator can change, and says where it wrote.
// An existing file is replaced only after a confirmation. The チャット用の要約
// is shown first, to copy into the group chat (digest.go).
//
// It is a form: it ends as Done once a file is written (Written says
// where) and as Cancelled on esc; its owner reads State after Update.
//
// Consumes: meetingsMsg, doneMsg, existsMsg, digestMsg, common.ErrMsg (its
// own).
package exportdialog

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/export"
	"yoriai/model"
	"yoriai/tui/common"
)

// Store is what the dialog needs from the database: the meetings to choose
// from, everything a document is made of, and the backup.
type Store interface {
	export.Source
	Backup(w io.Writer) error
}

// Dialog chooses a document and where to write it, and writes it.
type Dialog struct {
	common.FormEnd
	c        common.Common
	st       Store
	id       int64 // the requester id of its store calls
	meetings []model.Meeting
	meeting  int // index into meetings
	format   int
	onPath   bool
	path     common.LineField
	edited   bool // the path was typed, not proposed
	confirm  bool // asking whether to replace an existing file
	writing  bool
	written  string      // the file written, once Done
	digest   *digestView // the チャット用の要約 shown, once made
	whole    bool        // the error shown whole (ctrl+o), scrolled to wholeTop
	wholeTop int
	detail   string // the error's detail line, shown with it whole
}

// meetingsMsg carries the meetings the minutes can be of, and the
// one to propose.
type meetingsMsg struct {
	meetings []model.Meeting
	want     int64
}

// doneMsg reports a file written.
type doneMsg struct{ path string }

// existsMsg reports that the file is there and was left alone.
type existsMsg struct{ path string }

// New opens the dialog, proposing the minutes of meeting meetingID.
func New(c common.Common, st Store, meetingID int64) (*Dialog, tea.Cmd) {
	d := &Dialog{c: c, st: st, id: c.NewID(), path: common.NewLineField(c, 4096)}
	wid := c.WorkshopID
	return d, c.Do(d.id, c.T.OpExport, func() (tea.Msg, error) {
		ms, err := st.Meetings(wid)
		return meetingsMsg{meetings: ms, want: meetingID}, err
	})
}

// fileName is the name proposed for the format and meeting.
func (d *Dialog) fileName() string {
	f := formats[d.format]
	switch {
	case f.minutes:
		name := "議事要旨"
		if f.digest {
			name = "チャット用の要約"
		}
		title := name
		if d.meeting < len(d.meetings) {
			title = d.meetings[d.meeting].Title + "_" + name
		}
		return safeName(title) + f.file
	case f.backup:
		return "yoriai-backup-" + d.c.Now().Format("20060102-1504") + ".json"
	}
	return f.file
}

// safeName keeps a file name free of characters Windows refuses.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, s)
}

// propose fills in the path for the format, unless one was typed.
func (d *Dialog) propose() {
	if !d.edited {
		d.path.SetValue(filepath.Join(d.c.ExportDir, d.fileName()))
	}
}

// Notice says where the file was written, once the dialog is Done.
func (d *Dialog) Notice() string { return fmt.Sprintf(d.c.T.FmtWritten, d.written) }

// Update handles a message; handled reports that a key was the dialog's
// (while it is open, every key is).
func (d *Dialog) Update(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case doneMsg:
		d.writing, d.written = false, msg.path
		d.End(common.FormDone)
		return nil, false
	case meetingsMsg:
		d.meetings = msg.meetings
		for i, m := range d.meetings {
			if m.ID == msg.want {
				d.meeting = i
			}
		}
		d.propose()
		return nil, false
	case existsMsg:
		d.writing, d.confirm = false, true
		return nil, false
	case digestMsg:
		d.writing, d.digest = false, &digestView{parts: msg.parts}
		return nil, false
	case common.ErrMsg:
		if msg.For(d.id) {
			d.writing, d.Err = false, d.c.Problem(msg)
			_, _, d.detail = d.c.T.Fault(msg.Err)
		}
		return nil, false
	}
	km, ok := msg.(tea.KeyPressMsg)
	if d.writing {
		return nil, ok
	}
	k := d.c.Keys
	if d.confirm {
		if ok && key.Matches(km, k.Yes) {
			d.confirm = false
			return d.write(true), true
		}
		if ok && key.Matches(km, k.No) {
			d.confirm = false
		}
		return nil, ok
	}
	if d.digest != nil {
		if ok {
			return d.digestKey(km), true
		}
		return nil, false
	}
	if ok && d.whole {
		d.wholeKey(km)
		return nil, true
	}
	if ok && key.Matches(km, k.Whole) && d.Err != "" {
		d.whole, d.wholeTop = true, 0
		return nil, true
	}
	if !ok {
		if p, isPaste := msg.(tea.PasteMsg); isPaste && d.onPath {
			var cmd tea.Cmd
			d.path, cmd, _ = d.path.Update(p)
			d.edited = true
			return cmd, true
		}
		return nil, false
	}
	switch {
	case key.Matches(km, k.Cancel):
		d.End(common.FormCancelled)
		return nil, true
	case key.Matches(km, k.Save) && formats[d.format].digest:
		return d.makeDigest(d.number()), true
	case key.Matches(km, k.Save):
		return d.write(false), true
	case key.Matches(km, k.NextField), key.Matches(km, k.PrevField):
		d.onPath = !d.onPath
		if d.onPath {
			return d.path.Focus(), true
		}
		d.path.Blur()
	case d.onPath:
		var cmd tea.Cmd
		d.path, cmd, _ = d.path.Update(km)
		d.edited = true
		return cmd, true
	case key.Matches(km, k.Up):
		d.format = (d.format + len(formats) - 1) % len(formats)
		d.propose()
	case key.Matches(km, k.Down):
		d.format = (d.format + 1) % len(formats)
		d.propose()
	case key.Matches(km, k.Left) && formats[d.format].minutes && len(d.meetings) > 0:
		d.meeting = (d.meeting + len(d.meetings) - 1) % len(d.meetings)
		d.propose()
	case key.Matches(km, k.Right) && formats[d.format].minutes && len(d.meetings) > 0:
		d.meeting = (d.meeting + 1) % len(d.meetings)
		d.propose()
	}
	return nil, true
}

// write writes the chosen document in a Cmd: it reads the workshop and
// writes the file whole, into a folder that must exist.
func (d *Dialog) write(force bool) tea.Cmd {
	path := common.ExpandHome(strings.TrimSpace(d.path.Value()))
	if path == "" || len(d.meetings) == 0 && formats[d.format].minutes {
		return nil
	}
	d.writing, d.Err = true, ""
	st, f, number, wid, now := d.st, formats[d.format], d.number(), d.c.WorkshopID, d.c.Now()
	return d.c.Do(d.id, d.c.T.OpExport, func() (tea.Msg, error) {
		write := st.Backup
		if !f.backup {
			data, err := export.Gather(st, wid, now)
			if err != nil {
				return nil, err
			}
			write = f.writer(data, number)
		}
		err := export.WriteFile(path, force, write) // a missing folder is an error, not made

		if errors.Is(err, export.ErrExists) {
			return existsMsg{path: path}, nil
		}
		return doneMsg{path: path}, err
	})
}

// number is the number of the meeting chosen; 0 when there is none.
func (d *Dialog) number() int {
	if d.meeting < len(d.meetings) {
		return d.meetings[d.meeting].Number
	}
	return 0
}

// Help is the dialog's keys.
func (d *Dialog) Help() []key.Binding {
	k := d.c.Keys
	if d.confirm {
		return []key.Binding{k.Yes, k.No}
	}
	if d.whole {
		return []key.Binding{k.Up, k.Down, k.Whole, k.Cancel}
	}
	if d.digest != nil {
		return d.digestHelp()
	}
	keys := []key.Binding{k.Up, k.Down, k.Left, k.NextField, k.Save, k.Cancel}
	if d.Err != "" {
		keys = append([]key.Binding{k.Whole}, keys...)
	}
	return keys
}
