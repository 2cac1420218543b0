package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportDialogChatDigest shows the チャット用の要約 in the x dialog: the
// text to copy or select, c hands it to the clipboard (and says that some
// terminals do not pass it on), esc goes back to the list, and enter
// writes the proposed .txt.
func TestExportDialogChatDigest(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	d.keys("x", "up", "up") // the digest, just above the backup
	d.contains("> チャット用の要約", "会議：< キックオフ >")
	d.keys("enter")
	d.contains("チャット用の要約 (1/1)", "OSC 52", "マウスで選んで",
		"【鹿島市 DX推進ワーキンググループ検討会】キックオフのまとめ", "■次回")
	d.assertFits()
	for _, l := range strings.Split(d.view(), "\n") {
		if strings.Contains(l, "キックオフのまとめ") && !strings.HasPrefix(l, "【") {
			t.Errorf("the text does not start at the left edge, to be selected by hand: %q", l)
		}
	}
	d.keys("c")
	d.contains("(1/1) をクリップボードへ送りました")
	d.keys("esc")
	d.contains("> チャット用の要約")
	d.keys("enter", "down", "down", "enter")
	d.contains("書き出しました")
	b, err := os.ReadFile(filepath.Join(filepath.Dir(d.path), "キックオフ_チャット用の要約.txt"))
	if err != nil || !strings.HasPrefix(string(b), "【鹿島市 DX推進ワーキンググループ検討会】キックオフのまとめ\n") {
		t.Fatalf("the digest file %v: %.200s", err, b)
	}
	d.send(teaSize(40, 12))
	d.keys("x", "up", "up", "enter")
	d.assertFits()
	d.contains("チャット用の要約 (1/1)")
}
