package importer

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/text/encoding/japanese"

	"yoriai/model"
)

func write(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadChatShiftJISCSV(t *testing.T) {
	utf := "日時,名前,メッセージ\r\n2022/12/15 9:05,山田 太郎,ＲＰＡで転記をなくす\r\n2022/12/15 9:10,佐藤 花子,窓口：待ち時間が長い\r\n"
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(utf))
	if err != nil {
		t.Fatal(err)
	}
	jst := time.FixedZone("JST", 9*3600)
	log, err := ReadChat(write(t, "chat.CSV", sjis), jst)
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Lines) != 2 || log.Lines[0].Name != "山田 太郎" || log.Lines[1].Text != "窓口：待ち時間が長い" ||
		!log.Lines[0].At.Equal(time.Date(2022, 12, 15, 9, 5, 0, 0, jst)) {
		t.Errorf("log %+v", log)
	}
}

func TestReadChatRefusals(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadChat(dir, time.UTC); !errors.Is(err, model.ErrChatNotFile) {
		t.Errorf("directory: %v", err)
	}
	if _, err := ReadChat(filepath.Join(dir, "none.txt"), time.UTC); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}
	png := write(t, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	if _, err := ReadChat(png, time.UTC); !errors.Is(err, model.ErrNotText) {
		t.Errorf("binary: %v", err)
	}
}

func TestParseRefusals(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00"), model.ErrNotText},
		{"a zip that is broken", []byte("PK\x03\x04\x00\x00binary"), model.ErrNotText},
		{"a zip of something else", zipOf(map[string][]byte{"word/document.xml": []byte("<w/>")}), model.ErrChatFormat},
		{"JSON of something else", []byte(`{"name": "yoriai", "version": 1}`), model.ErrChatFormat},
		{"an empty JSON list", []byte(`[]`), model.ErrEmptyChat},
		{"empty", []byte("\n\r\n  \n"), model.ErrEmptyChat},
		{"too large", make([]byte, model.MaxChatBytes+1), model.ErrChatTooLong},
		{"not UTF-8 nor Shift_JIS", []byte{0x82, 0x20, 0xff, 0xfe, 0x81}, model.ErrNotText},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.in, jst); !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
	}
}

func TestParseUTF16(t *testing.T) {
	in := []byte{0xff, 0xfe}
	for _, r := range "山田: やあ\r\n" {
		in = append(in, byte(r), byte(r>>8))
	}
	p, err := Parse(in, jst)
	if err != nil || len(p.Messages) != 1 || p.Messages[0].Name != "山田" || p.Messages[0].Text != "やあ" {
		t.Errorf("UTF-16: %+v, %v", p, err)
	}
}

func TestPreviewChatLog(t *testing.T) {
	p, err := Parse([]byte("山田: いち\n佐藤: に\n\x07\n鈴木: さん\n"), jst)
	if err != nil {
		t.Fatal(err)
	}
	log := p.ChatLog()
	if len(log.Lines) != 3 || log.Rejected != 1 || log.Lines[2].Name != "鈴木" {
		t.Errorf("ChatLog %+v", log)
	}
	sel := p.Selected([]bool{true, false})
	if len(sel.Lines) != 2 || sel.Lines[0].Text != "いち" || sel.Lines[1].Text != "さん" {
		t.Errorf("Selected %+v", sel)
	}
}

func TestReadChatUsesTheNewParsers(t *testing.T) {
	log, err := ReadChat(write(t, "トーク.txt", sample(t, "line_phone.txt")), jst)
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Lines) != len(linePhoneMessages) || log.Rejected != 0 || log.Lines[0].Name != "山田 太郎" ||
		!log.Lines[0].At.Equal(time.Date(2022, 12, 12, 10, 0, 0, 0, jst)) {
		t.Errorf("log %+v", log)
	}
}
