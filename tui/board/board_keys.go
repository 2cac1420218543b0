package board

// board_keys.go: the board's keys while nothing is being typed: moving
// between rows and columns, adding, editing, moving, linking, grouping,
// folding, filtering, undo and redo, the focus and wall views, and a chat
// import.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/chatimport"
)

func (b *Panel) handleKey(km tea.KeyPressMsg) (tea.Cmd, bool) {
	k, t := b.c.Keys, b.c.T
	col := b.column()
	if col == nil {
		return nil, false
	}
	if b.focus {
		if key.Matches(km, k.Focus) || key.Matches(km, k.Back) {
			b.focus = false
			return nil, true
		}
		return nil, key.Matches(km, k.Up) || key.Matches(km, k.Down)
	}
	if b.wall {
		return nil, b.wallKey(km)
	}
	sel, has := b.selected()
	switch {
	case key.Matches(km, k.Back) && b.filter != "":
		b.filter = ""
		b.rebuild()
	case key.Matches(km, k.Up):
		b.moveCursor(-1)
	case key.Matches(km, k.Down):
		b.moveCursor(1)
	case key.Matches(km, k.PageUp):
		b.moveCursor(-10)
	case key.Matches(km, k.PageDown):
		b.moveCursor(10)
	case key.Matches(km, k.NextColumn):
		b.col = (b.col + 1) % len(b.cols)
	case key.Matches(km, k.PrevColumn):
		b.col = (b.col + len(b.cols) - 1) % len(b.cols)
	case key.Matches(km, k.Add):
		kind, title := model.CardProblem, t.AddProblem
		if col.pillarID == 0 {
			kind, title = model.CardIdea, t.AddCard
		}
		return b.openEditor(model.Card{Kind: kind, PillarID: col.pillarID}, title, 0), true
	case key.Matches(km, k.AddGoal) && col.pillarID != 0:
		problem := int64(0)
		if has && sel.Kind == model.CardProblem {
			problem = sel.ID
		} else if has && sel.Kind == model.CardGoal {
			problem = b.links[sel.ID]
		}
		return b.openEditor(model.Card{Kind: model.CardGoal, PillarID: col.pillarID}, t.AddGoal, problem), true
	case key.Matches(km, k.Collapse) || (key.Matches(km, k.Open) && b.onGroup()):
		b.toggleFold()
	case key.Matches(km, k.Undo):
		return b.historyCmd(true), true
	case key.Matches(km, k.Redo):
		return b.historyCmd(false), true
	case key.Matches(km, k.Filter):
		b.openEntry(entryFilter, b.filter)
	case key.Matches(km, k.Import):
		var cmd tea.Cmd
		b.chat, cmd = chatimport.New(b.c)
		return cmd, true
	case key.Matches(km, k.Focus) && has:
		b.focus = true
	case key.Matches(km, k.Wall):
		b.wall, b.wallTop = true, 0
	case !has:
		return nil, false
	case key.Matches(km, k.Edit):
		return b.openEditor(sel, t.EditCard, 0), true
	case key.Matches(km, k.Delete):
		before := sel
		return b.applyCmd(model.BoardStep{Cards: []model.CardChange{{Before: &before}}}, ""), true
	case key.Matches(km, k.Move):
		b.openMovePicker(sel)
	case key.Matches(km, k.Link):
		return b.openLinkPicker(sel), true
	case key.Matches(km, k.Group):
		b.openEntry(entryLabel, sel.Label)
	case key.Matches(km, k.MoveUp):
		return b.swap(-1), true
	case key.Matches(km, k.MoveDown):
		return b.swap(1), true
	default:
		return nil, false
	}
	return nil, true
}
