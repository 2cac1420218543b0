package model

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CleanText makes typed or pasted text safe to store and draw: it removes
// terminal escape sequences (CSI, OSC, DCS and the like), C0 and C1 control
// characters, DEL, invalid UTF-8 and the invisible bidirectional overrides
// that can make text read differently from what is stored. Line breaks of
// any style become "\n" and tabs become a space. The result keeps at most
// maxRunes runes (no limit when maxRunes <= 0); cut reports whether it was
// shortened, so the caller can say so.
func CleanText(s string, maxRunes int) (clean string, cut bool) {
	return clean1(s, maxRunes, true)
}

// CleanLine is CleanText for one-line fields: line breaks become a space and
// the ends are trimmed.
func CleanLine(s string, maxRunes int) (clean string, cut bool) {
	return clean1(s, maxRunes, false)
}

func clean1(s string, maxRunes int, multiline bool) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	cut := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
			continue
		case r == 0x1b: // ESC starts a sequence: skip all of it
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // C1 CSI
			i += size + csiLen(s[i+size:])
			continue
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // C1 OSC, DCS, SOS, PM, APC
			i += size + stringLen(s[i+size:])
			continue
		}
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			r = '\n'
		case r == '\t':
			r = ' '
		}
		if r == '\n' && !multiline {
			r = ' '
		}
		if r != '\n' && (unicode.IsControl(r) || isBidiControl(r)) {
			continue
		}
		if maxRunes > 0 && n >= maxRunes {
			cut = true
			break
		}
		b.WriteRune(r)
		n++
	}
	out := b.String()
	if !multiline {
		out = strings.TrimSpace(out)
	}
	return out, cut
}

// isBidiControl reports the explicit directional formatting characters
// (U+202A–U+202E, U+2066–U+2069) and the marks U+200E, U+200F, U+061C.
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) ||
		r == 0x200e || r == 0x200f || r == 0x061c
}

// escapeLen returns the length of the escape sequence at the start of s,
// which begins with ESC.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		return 2 + csiLen(s[2:])
	case ']', 'P', 'X', '^', '_':
		return 2 + stringLen(s[2:])
	}
	// ESC followed by intermediates (0x20–0x2f) and one final byte.
	i := 1
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) {
		i++
	}
	return i
}

// csiLen returns the length of a control sequence body: parameter and
// intermediate bytes up to and including the final byte (0x40–0x7e).
func csiLen(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x40 && c <= 0x7e {
			return i + 1
		} else if c < 0x20 || c > 0x7e {
			// Not part of a well-formed sequence: stop before it.
			return i
		}
	}
	return len(s)
}

// stringLen returns the length of a control string body up to and including
// its terminator: BEL, ESC \ or the C1 ST.
func stringLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xc2:
			if i+1 < len(s) && s[i+1] == 0x9c {
				return i + 2
			}
		}
	}
	return len(s)
}
