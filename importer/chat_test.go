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
