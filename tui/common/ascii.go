package common

import "strings"

// AsciiFrame swaps every East Asian ambiguous-width character the app
// draws (box drawing, blocks, ①②, ※, arrows, bullets, the ellipsis) for a
// one-cell ASCII look-alike. Terminals that draw those characters two cells
// wide (some Japanese Windows setups) then keep every line aligned. Each
// replacement is one cell, so positions and the cursor do not move.
var AsciiFrame = strings.NewReplacer(
	"─", "-", "━", "-", "│", "|", "┃", "|", "═", "=", "║", "|",
	"┌", "+", "┐", "+", "└", "+", "┘", "+", "├", "+", "┤", "+", "┬", "+", "┴", "+", "┼", "+",
	"╭", "+", "╮", "+", "╰", "+", "╯", "+", "╔", "+", "╗", "+", "╚", "+", "╝", "+",
	"╠", "+", "╣", "+", "╦", "+", "╩", "+", "╬", "+",
	"█", "#", "▌", "#", "▐", "#", "■", "#", "□", "#",
	"①", "1", "②", "2", "③", "3", "④", "4", "⑤", "5", "⑥", "6", "⑦", "7", "⑧", "8", "⑨", "9",
	"※", "*", "★", "*", "☆", "*", "●", "o", "○", "o", "◎", "o", "◆", "o", "◇", "o",
	"▲", "^", "△", "^", "▼", "v", "▽", "v", "▶", ">", "▸", ">", "◀", "<",
	"→", ">", "←", "<", "↑", "^", "↓", "v",
	"…", "~", "‥", "~", "–", "-", "—", "-", "“", "\"", "”", "\"", "‘", "'", "’", "'",
	"•", "*", "·", ".", "×", "x", "°", "o",
)
