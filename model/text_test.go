package model

import (
	"testing"
	"unicode/utf8"
)

func TestCleanText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
		cut  bool
	}{
		{"japanese", "山田 太郎", 0, "山田 太郎", false},
		{"crlf and cr", "一\r\n二\r三\n四", 0, "一\n二\n三\n四", false},
		{"tab", "a\tb", 0, "a b", false},
		{"nul and c0", "a\x00b\x07c\x08d", 0, "abcd", false},
		{"del", "a\x7fb", 0, "ab", false},
		{"c1 next line", "a\u0085b", 0, "ab", false},
		{"c1 csi", "a\u009b31mb", 0, "ab", false},
		{"sgr", "\x1b[31m赤\x1b[0m", 0, "赤", false},
		{"cursor moves", "\x1b[2J\x1b[H消去", 0, "消去", false},
		{"osc 52 bel", "a\x1b]52;c;ZXZpbA==\x07b", 0, "ab", false},
		{"osc st", "a\x1b]0;title\x1b\\b", 0, "ab", false},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", 0, "ab", false},
		{"lone esc at end", "ab\x1b", 0, "ab", false},
		{"two-byte escape", "a\x1bMb", 0, "ab", false},
		{"invalid utf-8", "a\xff\xfeb", 0, "ab", false},
		{"bidi override", "abc\u202edef\u2066g", 0, "abcdefg", false},
		{"zwj emoji kept", "👨‍👩‍👧 👍🏽", 0, "👨‍👩‍👧 👍🏽", false},
		{"ambiguous kept", "①②※", 0, "①②※", false},
		{"limit exact", "あいう", 3, "あいう", false},
		{"limit cut", "あいうえ", 3, "あいう", true},
		{"malformed csi keeps the rest", "a\x1b[1\n次の行", 0, "a\n次の行", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := CleanText(tt.in, tt.max)
			if got != tt.want || cut != tt.cut {
				t.Errorf("CleanText(%q) = %q, %v; want %q, %v", tt.in, got, cut, tt.want, tt.cut)
			}
		})
	}
}

func TestCleanLine(t *testing.T) {
	if got, _ := CleanLine("  山田\r\n太郎\n ", 0); got != "山田 太郎" {
		t.Errorf("CleanLine = %q", got)
	}
}

func FuzzCleanText(f *testing.F) {
	for _, s := range []string{"山田 太郎", "\x1b[31m赤\x1b[0m", "\x1b]52;c;ZXZpbA==\x07", "a\u009b31mb", "\xff", "👨‍👩‍👧\u202e", "\r\n\t"} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max % 50
		for _, line := range []bool{false, true} {
			clean, _ := CleanText(s, max)
			if line {
				clean, _ = CleanLine(s, max)
			}
			if !utf8.ValidString(clean) {
				t.Fatalf("invalid UTF-8 from %q", s)
			}
			if max > 0 && utf8.RuneCountInString(clean) > max {
				t.Fatalf("%d runes over the limit %d", utf8.RuneCountInString(clean), max)
			}
			for _, r := range clean {
				bad := (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) || (line && r == '\n')
				if bad {
					t.Fatalf("%q kept %U from %q", clean, r, s)
				}
			}
			var again string
			if line {
				again, _ = CleanLine(clean, max)
			} else {
				again, _ = CleanText(clean, max)
			}
			if again != clean {
				t.Fatalf("not idempotent: %q -> %q", clean, again)
			}
		}
	})
}
