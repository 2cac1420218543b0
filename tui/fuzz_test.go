package tui

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/db"
	"yoriai/demo"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// hostile is text no field should store or draw as it is: escape
// sequences (OSC 52 to the clipboard, cursor moves, a screen clear), NUL
// and other C0 and C1 controls, invalid UTF-8, bidirectional overrides,
// emoji joined with ZWJ and skin tones, and ambiguous-width ①②※.
var hostile = "a\x1b]52;c;ZXZpbA==\x07b\x1b[2J\x1b[10;10Hc\x00d\x07e\u0085f\u009b31mg\xff\xfe\x9bh\u202eevil\u202c i👩🏽‍💻👨‍👩‍👧j①②※k\r\nl"

var fuzzDB struct {
	once sync.Once
	st   *db.Store
	wid  int64
	err  error
}

// fuzzStore is one sample workshop shared by every fuzz input: inputs
// change it as a facilitator would, which is part of what is tested.
func fuzzStore(t testing.TB) (*db.Store, int64) {
	fuzzDB.once.Do(func() {
		dir, err := tempDirOnce()
		if err != nil {
			fuzzDB.err = err
			return
		}
		fuzzDB.st, fuzzDB.err = db.Open(filepath.Join(dir, "fuzz.db"))
		if fuzzDB.err != nil {
			return
		}
		w, err := demo.Fill(fuzzDB.st, 0)
		fuzzDB.wid, fuzzDB.err = w.ID, err
	})
	if fuzzDB.err != nil {
		t.Fatal(fuzzDB.err)
	}
	return fuzzDB.st, fuzzDB.wid
}

// fuzzKeys are the keys an input can press: every key the app binds, and
// letters and digits that are text in a field.
var fuzzKeys = []string{"enter", "esc", "tab", "shift+tab", "space", "up", "down", "left", "right", "backspace",
	"a", "A", "e", "d", "u", "n", "p", "m", "l", "g", "z", "c", "C", "r", "o", "X", "N", "K", "J", "F", "M", "B", "E",
	"T", "R", "P", "x", "y", "i", "s", "/", "?", "+", "-", "1", "2", "3", "4", "5", "0", "q", "あ", "課", "w", "H", "W"}

var fuzzSizes = [][2]int{{80, 24}, {120, 40}, {40, 12}, {160, 48}, {30, 8}, {100, 30}}

// FuzzApp feeds the root model key presses, pastes and resizes decoded
// from the input, on the sample workshop, and checks after each that
// nothing panicked and the frame fits the terminal.
func FuzzApp(f *testing.F) {
	for _, seed := range []string{
		"", "\x00\x01\x02", "enter-down-down-enter", // the bytes pick keys; these are only different walks
		"\x00\x05\x05\x00\x00", "\x01\x05\x00\x14\x22\x02\x0c", "\xfe\x00\xff\x10\x30\x31",
		"\x00\x06\x06\x06\x00\x00\x15\x16\x15", "\x00\x05\x05\x05\x05\x00\x00\x16\x16\xfe\x00",
		"\x00\x05\x05\x05\x00\x05\x00\x3e\x00\x00", "\x2b\x00\xfd\x00\x24\x00\xff\x03\x02",
		"\x00\x06\x00\x34\x0a\x07\x32\x02\x06\x02\x2b\x27\x2c\x30\x00\x04\x1b\x0e\x23\x34\x35\x04\x01", // a 宿題 in the record, the 宿題一覧
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		if len(input) > 300 {
			input = input[:300]
		}
		st, wid := fuzzStore(t)
		h := &harness{t: t, now: t0}
		c := common.NewCommon(i18n.Japanese, filepath.Join(t.TempDir(), "fuzz.db"), wid)
		c.OpenExternal = noOpen // a test never launches a browser
		c.Now = func() time.Time { return h.now }
		h.app = New(c, st, model.Resume{})
		h.app.tick = func() tea.Cmd { return nil }
		h.run(h.app.Init())
		size := fuzzSizes[0]
		h.send(teaSize(size[0], size[1]))
		for i, b := range input {
			switch {
			case b == 0xff: // a resize
				size = fuzzSizes[i%len(fuzzSizes)]
				h.send(teaSize(size[0], size[1]))
			case b == 0xfe: // a hostile paste
				h.send(tea.PasteMsg{Content: hostile})
			case b == 0xfd: // a huge paste
				h.send(tea.PasteMsg{Content: strings.Repeat("長い文章", 25000)})
			case b == 0xfc: // time passes
				h.now = h.now.Add(time.Minute)
				h.send(common.TickMsg{At: h.now})
			default:
				k := fuzzKeys[int(b)%len(fuzzKeys)]
				if k == "q" || h.quit {
					continue // quitting ends the walk; the rest would test nothing
				}
				h.send(keyMsg(k))
			}
			if h.quit {
				return
			}
			frame := h.app.View().Content
			lines := strings.Split(frame, "\n")
			if len(lines) > size[1] {
				t.Fatalf("after byte %d: %d lines on a %d-row terminal", i, len(lines), size[1])
			}
			for n, l := range lines {
				if w := lipgloss.Width(l); w > size[0] {
					t.Fatalf("after byte %d: line %d is %d cells on a %d-cell terminal: %q", i, n, w, size[0], ansi.Strip(l))
				}
			}
			if strings.Contains(ansi.Strip(frame), "\x1b") || !utf8.ValidString(frame) {
				t.Fatalf("after byte %d: the frame carries an escape or invalid UTF-8", i)
			}
		}
	})
}

var tempDir struct {
	once sync.Once
	dir  string
	err  error
}

// tempDirOnce is a directory for the whole test binary's shared files.
func tempDirOnce() (string, error) {
	tempDir.once.Do(func() {
		tempDir.dir, tempDir.err = osMkdirTemp("", "yoriai-fuzz")
	})
	return tempDir.dir, tempDir.err
}

var osMkdirTemp = os.MkdirTemp
