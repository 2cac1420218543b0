package chatimport

// view.go: the dialog drawn in the panel's area: the picker with its folder
// and path field, or the preview with its two tabs. Only the rows in sight
// are drawn, so a chat of 20,000 messages costs what a short one does.

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/importer"
	"yoriai/tui/common"
)

// pickRows is how many rows the picker's list gets in an area h rows high:
// all but the title, the folder, the path and the hint.
func pickRows(h int) int { return max(h-4, 1) }

// View draws the dialog in w×h cells.
func (d *Dialog) View(w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	if d.step == stepPreview {
		return d.previewView(w, h)
	}
	return d.pickView(w, h)
}

// fitPicker gives the picker n rows; the filepicker moves its window only
// on a size message, so one is sent when n changes. The list is then drawn
// at once, here: only a resize does that outside a Cmd.
func (d *Dialog) fitPicker(n int) {
	d.rows = n
	if d.fp.Height() == n {
		return
	}
	d.fp.SetHeight(n)
	d.fp, _ = d.fp.Update(tea.WindowSizeMsg{})
	d.drawGen++
	d.drawn = d.fp.View()
}

func (d *Dialog) pickView(w, h int) string {
	st, t := d.c.Styles, d.c.T
	rows := pickRows(h)
	d.fitPicker(rows)
	lines := []string{
		st.Form.Title.Render(common.Truncate(t.Chat.PickTitle, w)),
		st.Form.Label.Render(common.Truncate(fmt.Sprintf(t.Chat.FmtFolder, tail(d.fp.CurrentDirectory, max(w-8, 8))), w)),
	}
	var list []string
	if d.listing && d.fp.HighlightedPath() == "" {
		list = []string{st.Form.Hint.Render(common.Truncate("  "+t.Chat.Reading, w))}
	} else {
		list = strings.Split(strings.TrimRight(d.drawn, "\n"), "\n")
	}
	for i := range rows {
		l := ""
		if i < len(list) {
			l = common.Truncate(list[i], w)
		}
		lines = append(lines, l)
	}
	label := st.Form.Label
	if d.typing {
		label = st.Form.Focused
	}
	lw := ansi.StringWidth(t.Chat.PathLabel)
	d.path.SetWidth(max(w-lw, 4))
	field := d.path.View()
	if !d.typing && d.path.Value() == "" {
		field = st.Form.Hint.Render(common.Truncate(t.Chat.PickHint, max(w-lw, 0)))
	}
	lines = append(lines, label.Render(t.Chat.PathLabel)+field, d.footer(w, t.Chat.PathHint, d.typing))
	return common.ClampHeight(strings.Join(lines, "\n"), h)
}

// footer is the dialog's last line: an error, that a file is being read
// or imported, or hint when show is set.
func (d *Dialog) footer(w int, hint string, show bool) string {
	st, t := d.c.Styles, d.c.T.Chat
	switch {
	case d.Err != "":
		return st.Form.Error.Render(common.Truncate(d.Err, w))
	case d.Saving():
		return st.Form.Hint.Render(common.Truncate(t.Importing, w))
	case d.reading:
		return st.Form.Hint.Render(common.Truncate(t.Reading, w))
	case show:
		return st.Form.Hint.Render(common.Truncate(hint, w))
	}
	return ""
}

// tail is the end of path in at most w cells, "…" in front when cut: the
// folder's own name is what tells where one is.
func tail(path string, w int) string {
	if ansi.StringWidth(path) <= w {
		return path
	}
	r := []rune(path)
	for len(r) > 0 && ansi.StringWidth(string(r))+1 > w {
		r = r[1:]
	}
	return "…" + string(r)
}

func (d *Dialog) previewView(w, h int) string {
	st, t := d.c.Styles, d.c.T
	p := d.preview
	title := fmt.Sprintf(t.Chat.FmtPreviewTitle, filepath.Base(d.file), t.ChatFormats[string(p.Format)])
	tabs := []string{fmt.Sprintf(t.Chat.FmtTabMessages, len(p.Messages)), fmt.Sprintf(t.Chat.FmtTabSkipped, len(p.Skipped))}
	for i, label := range tabs {
		if i == d.tab {
			tabs[i] = st.Board.TabActive.Render("[" + label + "]")
		} else {
			tabs[i] = st.Board.Tab.Render(" " + label + " ")
		}
	}
	checked := fmt.Sprintf(t.Chat.FmtChecked, d.kept, len(p.Messages))
	head := strings.Join(tabs, "") + "  " + checked
	if w < 56 { // the count first, where it is not cut off
		title, head = checked+" "+t.ChatFormats[string(p.Format)], strings.Join(tabs, "")
	}
	lines := []string{st.Form.Title.Render(common.Truncate(title, w)), common.Truncate(head, w)}
	rows := max(h-3, 1)
	body := d.messageRows(w, rows)
	if d.tab == 1 {
		body = d.skipRows(w, rows)
	}
	for len(body) < rows {
		body = append(body, "")
	}
	lines = append(append(lines, body...), d.footer(w, breakdown(d.c, p), true))
	return common.ClampHeight(strings.Join(lines, "\n"), h)
}

// messageRows draws the rows of messages in sight, the cursor's kept in
// the window: a mark, the checkbox, the time, the name and the text on one
// line, cut to the width.
func (d *Dialog) messageRows(w, rows int) []string {
	st, t := d.c.Styles, d.c.T
	msgs := d.preview.Messages
	if len(msgs) == 0 {
		return []string{st.Form.Hint.Render(common.Truncate(t.Chat.NoMessages, w))}
	}
	d.top = common.ScrollWindow(d.top, d.cursor, len(msgs), rows)
	layout, nameW := "2006/01/02 15:04", d.nameW
	switch {
	case w < 56:
		layout, nameW = "", min(nameW, 10)
	case w < 100:
		layout = "01/02 15:04"
	}
	out := make([]string, 0, rows)
	for i := d.top; i < len(msgs) && i < d.top+rows; i++ {
		m := msgs[i]
		mark, box := "  ", "[ ] "
		if i == d.cursor {
			mark = "> "
		}
		if d.keep[i] {
			box = "[x] "
		}
		row := mark + box
		if layout != "" {
			at := t.PreviewNoTime
			if !m.At.IsZero() {
				at = m.At.In(time.Local).Format(layout)
			}
			row += common.Fit(at, len(layout)) + " "
		}
		row += common.Fit(name(d.c, m), nameW) + " " + common.OneLine(m.Text)
		row = common.Fit(row, w)
		if i == d.cursor {
			row = st.Form.Choice.Render(row)
		}
		out = append(out, row)
	}
	return out
}

// skipRows draws the skipped lines in sight: where each is, why it was
// left out, and what it said.
func (d *Dialog) skipRows(w, rows int) []string {
	st, t := d.c.Styles, d.c.T
	skipped := d.preview.Skipped
	if len(skipped) == 0 {
		return []string{st.Form.Hint.Render(common.Truncate(t.Chat.NoSkipped, w))}
	}
	d.skipTop = max(min(d.skipTop, len(skipped)-rows), 0)
	entry := t.FmtPreviewLine
	if d.preview.Format == importer.FormatSlack || d.preview.Format == importer.FormatTeams {
		entry = t.FmtPreviewEntry
	}
	out := make([]string, 0, rows)
	for i := d.skipTop; i < len(skipped) && i < d.skipTop+rows; i++ {
		s := skipped[i]
		where := fmt.Sprintf(entry, s.Line)
		if s.File != "" {
			where = fmt.Sprintf(t.FmtPreviewInFile, s.File, where)
		}
		out = append(out, common.Truncate(st.Form.Label.Render(where+" "+t.SkipReasons[string(s.Reason)])+" "+common.OneLine(s.Text), w))
	}
	return out
}

// name is who wrote a message, or that the file does not say.
func name(c common.Common, m importer.Message) string {
	if m.Name == "" {
		return c.T.PreviewNoName
	}
	return m.Name
}

// breakdown counts the skipped lines by reason; "" when none was skipped.
func breakdown(c common.Common, p importer.Preview) string {
	t := c.T
	var parts []string
	for _, r := range importer.Reasons {
		if n := p.Count(r); n > 0 {
			parts = append(parts, fmt.Sprintf(t.FmtPreviewCount, t.SkipReasons[string(r)], n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf(t.FmtPreviewBreakdown, strings.Join(parts, t.PreviewSep))
}

// Cursor is the path field's cursor when the dialog is drawn in w×h; nil
// unless a path is being typed.
func (d *Dialog) Cursor(w, h int) *tea.Cursor {
	if d.step != stepPick || !d.typing || d.reading {
		return nil
	}
	c := d.path.Cursor()
	if c == nil {
		return nil
	}
	c.X += lipgloss.Width(d.c.T.Chat.PathLabel)
	c.Y += 2 + pickRows(h)
	if c.Y >= h {
		return nil
	}
	return c
}
