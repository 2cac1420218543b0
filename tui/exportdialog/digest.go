package exportdialog

// digest.go: the チャット用の要約 in the dialog. Instead of only writing a
// file, enter on it makes the digest (in a Cmd) and shows it, message by
// message: c copies the message shown to the clipboard with OSC 52, the
// text itself is drawn plain at the left edge so that it can be selected
// by hand where the terminal does not pass OSC 52 on, and enter writes all
// the messages to the path proposed.

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/export"
	"yoriai/tui/common"
)

// digestView is the digest being shown.
type digestView struct {
	parts  []string
	part   int
	scroll int
	copied bool
	// lines caches the shown message wrapped to width w.
	lines []string
	w     int
	shown int // the part the cache is of
}

// digestMsg carries the digest made.
type digestMsg struct{ parts []string }

// makeDigest gathers the workshop and makes the digest of meeting number
// in a Cmd.
func (d *Dialog) makeDigest(number int) tea.Cmd {
	d.writing, d.Err = true, ""
	st, wid, now := d.st, d.c.WorkshopID, d.c.Now()
	return d.c.Do(d.id, d.c.T.OpExport, func() (tea.Msg, error) {
		data, err := export.Gather(st, wid, now)
		if err != nil {
			return nil, err
		}
		return digestMsg{parts: export.Digest(data, number, 0)}, nil
	})
}

// digestKey handles a key while the digest is shown.
func (d *Dialog) digestKey(km tea.KeyPressMsg) tea.Cmd {
	k, g := d.c.Keys, d.digest
	switch {
	case key.Matches(km, k.Cancel):
		d.digest = nil
	case key.Matches(km, k.Up):
		g.scroll = max(g.scroll-1, 0)
	case key.Matches(km, k.Down):
		g.scroll++
	case key.Matches(km, k.PageUp):
		g.scroll = max(g.scroll-10, 0)
	case key.Matches(km, k.PageDown):
		g.scroll += 10
	case key.Matches(km, k.Left) && g.part > 0:
		g.part, g.scroll, g.copied = g.part-1, 0, false
	case key.Matches(km, k.Right) && g.part < len(g.parts)-1:
		g.part, g.scroll, g.copied = g.part+1, 0, false
	case key.Matches(km, k.Copy) && len(g.parts) > 0:
		g.copied = true
		return tea.SetClipboard(g.parts[g.part])
	case key.Matches(km, k.Save):
		return d.write(false)
	}
	return nil
}

// digestLines is the message shown, wrapped to w cells, from the cache.
func (g *digestView) digestLines(w int) []string {
	if g.lines == nil || g.w != w || g.shown != g.part {
		g.lines = strings.Split(common.Wrap(g.parts[g.part], w), "\n")
		g.w, g.shown = w, g.part
	}
	return g.lines
}

// digestBody draws the digest in w×h: a title, how to copy it, the
// message as plain text at the left edge, and what enter does.
func (d *Dialog) digestBody(w, h int) string {
	st, t, g := d.c.Styles, d.c.T, d.digest
	if len(g.parts) == 0 {
		return st.Form.Error.Render(common.Truncate(t.Chat.Gathering, w))
	}
	text := g.parts[g.part]
	head := []string{st.Form.Title.Render(common.Truncate(
		fmt.Sprintf(t.Chat.FmtDigestTitle, g.part+1, len(g.parts), utf8.RuneCountInString(text)), w))}
	hint := strings.Split(common.Wrap(t.Chat.DigestHint, w), "\n")
	if g.copied {
		hint = strings.Split(common.Wrap(fmt.Sprintf(t.Chat.FmtCopied, g.part+1, len(g.parts)), w), "\n")
	}
	for _, l := range hint[:min(len(hint), max(h/4, 1))] {
		head = append(head, st.Form.Hint.Render(l))
	}
	foot := st.Form.Label.Render(common.Truncate(t.ExportPath+" "+d.path.Value(), w))
	switch {
	case d.confirm:
		foot = st.Form.Error.Render(common.Truncate(t.ConfirmOverwrite+" "+t.YesNo, w))
	case d.writing:
		foot = st.Form.Hint.Render(t.Saving)
	case d.Err != "":
		foot = st.Form.Error.Render(common.Truncate(d.Err, w))
	}
	rows := max(h-len(head)-1, 1)
	lines := g.digestLines(w)
	g.scroll = max(min(g.scroll, len(lines)-rows), 0)
	body := lines[g.scroll:min(g.scroll+rows, len(lines))]
	out := append(head, body...)
	for len(out) < h-1 {
		out = append(out, "")
	}
	return common.ClampHeight(strings.Join(append(out, foot), "\n"), h)
}

// digestHelp is the keys while the digest is shown.
func (d *Dialog) digestHelp() []key.Binding {
	k, t := d.c.Keys, d.c.T.Chat
	part := k.Left
	part.SetHelp("←/→", t.KeyPart)
	save := k.Save
	save.SetHelp("enter", t.KeyWrite)
	back := k.Cancel
	back.SetHelp("esc", t.KeyBack)
	keys := []key.Binding{k.Copy, k.Up, k.Down}
	if len(d.digest.parts) > 1 {
		keys = append(keys, part)
	}
	return append(keys, save, back)
}
