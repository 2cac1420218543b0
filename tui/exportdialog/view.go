package exportdialog

// view.go draws the dialog. On a short screen (40×12) the format list
// scrolls and everything else stays: the title, the meeting, the path
// field, the hint and the border. An error is cut to a few lines inside
// the box; ctrl+o shows it whole, scrolled with ↑/↓.

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"yoriai/tui/common"
)

// shortH is the height under which the dialog keeps its hint and an
// error to fewer lines.
const shortH = 16

// foot is what stands under the path: the hint, the question whether to
// replace the file, "saving", or the error cut to a few lines.
func (d *Dialog) foot(inner, h int) []string {
	st, t := d.c.Styles, d.c.T
	hint := common.Wrap(t.ExportHint, inner)
	errLines := 3
	if h < shortH {
		hint, errLines = common.Truncate(t.ExportHint, inner), 2
	}
	out := st.Form.Hint.Render(hint)
	switch {
	case d.confirm:
		out = st.Form.Error.Render(common.Wrap(t.ConfirmOverwrite, inner)) + "\n" + t.YesNo
	case d.writing:
		out = st.Form.Hint.Render(t.Saving)
	case d.Err != "":
		msg, cut := common.ClipLines(common.Wrap(d.Err, inner), errLines)
		out = st.Form.Error.Render(msg)
		if cut {
			out += "\n" + st.Form.Hint.Render(common.Truncate(t.Dialogs.MoreHint, inner))
		}
	}
	return strings.Split(out, "\n")
}

// box draws the dialog at most h rows tall; pathY is the row of the path
// field in it.
func (d *Dialog) box(w, h int) (box string, pathY int) {
	st, t := d.c.Styles, d.c.T
	bw := min(w, 76)
	inner := max(bw-4, 20)
	if d.whole {
		return d.wholeBox(bw, inner, h), -1
	}
	title := st.Form.Title.Render(common.Truncate(t.ExportTitle, inner))
	var after []string
	if formats[d.format].minutes {
		name := t.NotSet
		if d.meeting < len(d.meetings) {
			name = d.meetings[d.meeting].Title
		}
		after = append(after, common.Truncate(st.Form.Label.Render(t.ExportMeeting+t.Marks.Colon)+st.Form.Choice.Render("< "+name+" >"), inner))
	}
	label := st.Form.Label
	if d.onPath {
		label = st.Form.Focused
	}
	d.path.SetWidth(inner)
	after = append(after, label.Render(t.ExportPath), d.path.View())
	foot := d.foot(inner, h)

	names := t.ExportFormatNames
	list := make([]string, len(names))
	for i, name := range names {
		list[i] = common.Truncate("  "+name, inner)
		if i == d.format {
			list[i] = st.Form.Choice.Render(common.Fit("> "+name, inner))
		}
	}
	// What the list may take: all of it on a tall screen; on a short one
	// the blank line and the list's label go first, then list rows.
	room := h - st.Form.Box.GetVerticalFrameSize() - 1 - len(after) - len(foot)
	head, blank, rows := []string{title, st.Form.Label.Render(t.ExportFormats)}, true, len(list)
	if room < len(list)+2 {
		head, blank = head[:1], false
	}
	if room < 1 { // under the root's error banner: the title goes, then foot lines
		head, room = nil, room+1
	}
	if room < 1 {
		foot, room = foot[:max(len(foot)+room-1, 1)], 1
	}
	if !blank {
		rows = min(len(list), room)
	}
	top := common.ScrollWindow(0, d.format, len(list), rows)
	lines := append(head, list[top:top+rows]...)
	lines = append(lines, after...)
	pathY = len(lines) // under the top border
	if blank {
		lines = append(lines, "")
	}
	lines = append(lines, foot...)
	out := st.Form.Box.Width(bw).Render(strings.Join(lines, "\n"))
	return common.MarkBorder(out, common.ScrollMark(top, rows, len(list))), pathY
}

// wholeBox is the error shown whole, scrolled to wholeTop, with how to
// scroll and close it.
func (d *Dialog) wholeBox(bw, inner, h int) string {
	st, t := d.c.Styles, d.c.T
	foot := st.Form.Hint.Render(common.Truncate(t.Dialogs.WholeHint, inner))
	text := d.Err
	if d.detail != "" {
		text += "\n" + d.detail
	}
	lines := strings.Split(common.Wrap(text, inner), "\n")
	room := max(h-st.Form.Box.GetVerticalFrameSize()-1, 1)
	d.wholeTop = max(min(d.wholeTop, len(lines)-room), 0)
	body := st.Form.Error.Render(strings.Join(lines, "\n"))
	box, _ := common.ScrollBox(st.Form.Box, body, foot, bw, h, d.wholeTop, d.wholeTop+room-1)
	return box
}

// wholeKey scrolls the whole error, or closes it.
func (d *Dialog) wholeKey(km tea.KeyPressMsg) {
	k := d.c.Keys
	switch {
	case key.Matches(km, k.Whole), key.Matches(km, k.Cancel):
		d.whole = false
	case key.Matches(km, k.Up):
		d.wholeTop = max(d.wholeTop-1, 0)
	case key.Matches(km, k.Down):
		d.wholeTop++ // the view keeps it within the message
	case key.Matches(km, k.PageUp):
		d.wholeTop = max(d.wholeTop-5, 0)
	case key.Matches(km, k.PageDown):
		d.wholeTop += 5
	}
}

// View draws the dialog centred in w×h.
func (d *Dialog) View(w, h int) string {
	if d.digest != nil {
		return d.digestBody(w, h)
	}
	box, _ := d.box(w, h)
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box)
}

// Cursor is the path field's cursor within the dialog drawn in w×h.
func (d *Dialog) Cursor(w, h int) *tea.Cursor {
	if !d.onPath || d.writing || d.confirm || d.whole || d.digest != nil {
		return nil
	}
	c := d.path.Cursor()
	if c == nil {
		return nil
	}
	box, pathY := d.box(w, h)
	c.X += (w-lipgloss.Width(box))/2 + 2 // centred, then border and padding
	c.Y += max((h-lipgloss.Height(box))/2, 0) + pathY
	return c
}
