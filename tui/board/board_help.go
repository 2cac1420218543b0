package board

// board_help.go: the board's keys as the footer and the ? overlay show
// them, for the state it is in.

import (
	"charm.land/bubbles/v2/key"

	"yoriai/tui/common"
)

// ShortHelp is the footer on the board's slide.
func (b *Panel) ShortHelp() []key.Binding {
	return common.SlideHelp(b.c.Keys, b.keys(), b.Capturing())
}

// FullHelp is the board's keys for the ? overlay.
func (b *Panel) FullHelp() [][]key.Binding {
	k := b.c.Keys
	return [][]key.Binding{
		{k.NextColumn, k.Add, k.AddGoal, k.Edit, k.Delete, k.Move, k.Link},
		{k.Group, k.Collapse, k.MoveUp, k.MoveDown, k.Filter, k.Focus, k.Wall, k.Import, k.Undo, k.Redo},
	}
}

// keys is the board's keys in its present state.
func (b *Panel) keys() []key.Binding {
	k := b.c.Keys
	switch {
	case !b.loaded:
		return nil
	case b.editor != nil:
		return []key.Binding{k.Save, k.NextField, k.Cancel}
	case b.picker != nil:
		return []key.Binding{k.Up, k.Down, k.Save, k.Cancel}
	case b.entry != nil:
		return []key.Binding{k.Save, k.Cancel}
	case b.chat != nil:
		return b.chat.Help()
	case b.focus:
		return []key.Binding{k.Focus}
	case b.wall:
		return b.wallHelp()
	}
	return []key.Binding{k.NextColumn, k.Add, k.AddGoal, k.Edit, k.Move, k.Link, k.Group, k.Undo, k.Filter, k.Focus, k.Wall, k.Import}
}
