package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportChatDigest prints the チャット用の要約 without --out and writes
// it with --out; a meeting that does not exist is refused.
func TestExportChatDigest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "demo.db")
	if code, _, errOut := runCLI("demo", "--db", path); code != 0 {
		t.Fatalf("demo: exit %d %q", code, errOut)
	}
	code, out, errOut := runCLI("export", "--db", path, "--format", "chat", "--meeting", "1")
	if code != 0 || !strings.HasPrefix(out, "【鹿島市 DX推進ワーキンググループ検討会】キックオフのまとめ\n") ||
		!strings.Contains(out, "■決まったこと") || strings.Contains(out, "書き出しました") {
		t.Errorf("export chat to stdout: exit %d %q %q", code, out, errOut)
	}
	file := filepath.Join(dir, "digest.txt")
	if code, out, _ := runCLI("export", "--db", path, "--format", "chat", "--meeting", "2", "--out", file); code != 0 || !strings.Contains(out, file) {
		t.Errorf("export chat --out: exit %d %q", code, out)
	}
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), "第2回のまとめ") || !strings.Contains(string(b), "■タスク①で出た新しい課題") {
		t.Errorf("the digest file: %.300s", b)
	}
	if code, _, errOut := runCLI("export", "--db", path, "--format", "chat", "--meeting", "9"); code != 2 || !strings.Contains(errOut, "第9回の会議はありません") {
		t.Errorf("a meeting that does not exist: exit %d %q", code, errOut)
	}
}
