package common

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestDrawable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"窓口の待ち時間が長い", "窓口の待ち時間が長い"},
		{"plain ascii", "plain ascii"},
		{"ｶﾀｶﾅ ﾊﾝｶｸ ﾃﾞｰﾀ", "カタカナ ハンカク データ"},
		{"ﾊﾟｿｺﾝ", "パソコン"},
		{"ｶﾀｶﾅだけ", "ｶﾀｶﾅだけ"}, // no voiced mark: nothing disagrees, nothing changes
		{"👩‍💻で在宅勤務", "👩💻で在宅勤務"},
		{"いいね👍🏽", "いいね👍"},
		{"①②※★", "①②※★"},
		{"e\u0301", "e\u0301"}, // a combining accent: one cell either way
	}
	for _, tt := range tests {
		got := Drawable(tt.in)
		if got != tt.want {
			t.Errorf("Drawable(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ansi.StringWidth(got) != ansi.StringWidthWc(got) {
			t.Errorf("Drawable(%q) = %q is %d cells as clusters, %d code point by code point",
				tt.in, got, ansi.StringWidth(got), ansi.StringWidthWc(got))
		}
	}
}

func FuzzDrawable(f *testing.F) {
	for _, s := range []string{"ﾃﾞ", "👩‍💻", "👍🏽", "🇯🇵", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "a\u0300\u0301", "\x1b[31m赤\x1b[0m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Drawable(s)
		if ansi.StringWidth(got) != ansi.StringWidthWc(got) {
			t.Errorf("Drawable(%q) = %q: %d cells as clusters, %d by code point", s, got, ansi.StringWidth(got), ansi.StringWidthWc(got))
		}
	})
}
