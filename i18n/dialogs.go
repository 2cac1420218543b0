package i18n

// DialogText is the text of dialogs on a short screen: the key that shows
// a message cut to a few lines in full, and what the full view says.
type DialogText struct {
	// KeyWhole is the help of the key that shows a cut message whole.
	KeyWhole string
	// MoreHint follows a message cut to a few lines.
	MoreHint string
	// WholeHint is under the whole message: how to scroll and close it.
	WholeHint string
}

var jaDialogs = DialogText{
	KeyWhole:  "全文を見る",
	MoreHint:  "ctrl+o で全文",
	WholeHint: "↑↓ スクロール ・ ctrl+o/esc 閉じる",
}

var enDialogs = DialogText{
	KeyWhole:  "whole message",
	MoreHint:  "ctrl+o shows all",
	WholeHint: "↑↓ scroll · ctrl+o/esc close",
}
