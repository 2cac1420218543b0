package common

// drawable.go: text as every terminal draws it the width yoriai measures.

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
	"golang.org/x/text/unicode/norm"
)

// Drawable returns s changed only where terminals disagree on its width.
//
// The layout (lipgloss, and the helpers here) measures a grapheme cluster
// as one character: 👩‍💻 is 2 cells, ﾃﾞ is 1. tmux, conhost and most Linux
// terminals draw code point by code point: 👩‍💻 takes 4 cells (👩, a
// zero-width joiner, 💻) and ﾃﾞ takes 2, so a line holding them spills past
// its border. Bubble Tea's renderer counts the same way until the terminal
// says (mode 2027) that it draws clusters. Drawable makes the two counts
// agree for every cluster, whatever the terminal does:
//   - half-width kana with a voiced mark become the full-width kana they
//     stand for (ﾃﾞ → デ, ﾊﾟ → パ: two cells either way), by NFKC, and
//     with them the rest of the half-width katakana of the text, so that
//     a word does not mix the two (ﾃﾞｰﾀ → データ);
//   - an emoji sequence loses what only joins or tints it (the zero-width
//     joiner, variation selectors, skin-tone modifiers, tags), leaving its
//     emoji side by side (👩‍💻 → 👩💻, 👍🏽 → 👍);
//   - whatever still disagrees keeps its first character;
//   - bytes that are not UTF-8 become "?".
//
// Only what is drawn changes; the stored text stays as it was typed.
func Drawable(s string) string {
	if plain(s) {
		return s
	}
	if !utf8.ValidString(s) { // counted one way by each measure: made valid first
		s = strings.ToValidUTF8(s, "?")
	}
	out := s
	for range 3 { // a mended cluster can join its neighbour: mend until it holds
		if allAgree(out) {
			return out
		}
		out = mend(out, fixCluster)
	}
	if allAgree(out) {
		return out
	}
	return mend(out, func(string) string { return "?" })
}

// allAgree reports whether every cluster of s agrees on its width.
func allAgree(s string) bool {
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		if !agree(g.Str()) {
			return false
		}
	}
	return true
}

// mend replaces each cluster of s that terminals draw at another width
// with fix of it.
func mend(s string, fix func(string) string) string {
	var b strings.Builder
	halfKanaFixed := false
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		c := g.Str()
		if agree(c) {
			b.WriteString(c)
			continue
		}
		fixed := fix(c)
		halfKanaFixed = halfKanaFixed || fixed != c && strings.ContainsAny(c, "ﾞﾟ")
		b.WriteString(fixed)
	}
	out := b.String()
	if halfKanaFixed {
		out = widenHalfKana(out)
	}
	return out
}

// widenHalfKana turns the half-width katakana of s into full-width ones.
func widenHalfKana(s string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		if start >= 0 {
			b.WriteString(norm.NFKC.String(s[start:end]))
			start = -1
		}
	}
	for i, r := range s {
		if r >= 0xFF65 && r <= 0xFF9F { // ･ to ﾟ
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

// plain reports whether every character of s is one that stands alone,
// one cell or two whatever the terminal: ASCII (escape sequences too),
// Latin, the punctuation, arrows, box drawing and symbols the app uses,
// kana and kanji, full- and half-width forms. Only text with anything
// else (an emoji, a combining or voiced mark, a joiner) is looked at
// cluster by cluster, so that Japanese text costs a scan.
func plain(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x0300:
		case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E:
		case r >= 0x2100 && r <= 0x27BF && r != 0x20E3:
		case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x3098, r >= 0x309B && r <= 0x9FFF:
		case r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF:
		case r >= 0xFF01 && r <= 0xFF9D, r >= 0xFFE0 && r <= 0xFFEE:
		default:
			return false
		}
	}
	return true
}

// agree reports whether a cluster is as wide drawn whole as drawn code
// point by code point.
func agree(c string) bool { return ansi.StringWidth(c) == ansi.StringWidthWc(c) }

func fixCluster(c string) string {
	if n := norm.NFKC.String(c); agree(n) {
		return n
	}
	var kept []rune
	for _, r := range c {
		if !joinsOrTints(r) {
			kept = append(kept, r)
		}
	}
	if s := string(kept); s != "" && agree(s) {
		return s
	}
	// still one cluster the terminals disagree on: its first character
	first, _ := utf8.DecodeRuneInString(c)
	if s := string(first); agree(s) {
		return s
	}
	return "?"
}

// joinsOrTints reports whether r only joins emoji or changes their look.
func joinsOrTints(r rune) bool {
	switch {
	case r == 0x200D: // zero-width joiner
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones
	case r >= 0xE0020 && r <= 0xE007F: // tags (subdivision flags)
	case r == 0x20E3: // the keycap's enclosing mark
	default:
		return false
	}
	return true
}
