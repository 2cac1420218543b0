package common

import "github.com/mattn/go-runewidth"

// PinEastAsianWidth makes every width measure in the process count
// East Asian ambiguous characters (①②※★■│) as one cell, as lipgloss does.
// Under a Japanese locale go-runewidth, which the text fields use, would
// otherwise count them as two and the two measures would disagree. Call it
// once at start, before any drawing.
func PinEastAsianWidth() {
	runewidth.EastAsianWidth = false
	runewidth.DefaultCondition.EastAsianWidth = false
}
