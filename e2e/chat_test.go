//go:build unix

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lineExport is a LINE トーク履歴 as a phone's 「トーク履歴を送信」 writes it:
// a header, 保存日時, date lines, time<TAB>name<TAB>text, a quoted message
// of two lines, a sticker and a join.
const lineExport = "[LINE] DX推進WGのトーク履歴\r\n保存日時：2022/12/20 10:00\r\n\r\n" +
	"2022/12/12(月)\r\n" +
	"09:58\t山田 太郎がグループに参加しました。\r\n" +
	"10:00\t山田 太郎\t窓口の課題を出し合いましょう\r\n" +
	"10:01\t佐藤 花子\t[スタンプ]\r\n" +
	"10:02\t佐藤 花子\t\"申請書の紙が多いです。\r\n住民票の写しは毎回手書きです\"\r\n" +
	"\r\n2022/12/13(火)\r\n" +
	"13:15\t鈴木 一郎\tRPAで転記を減らしたい\r\n"

// TestChatPickPreviewImportInTmux picks a LINE export from Downloads with
// the picker on the Task ① board, previews it, leaves one message out and
// imports the rest: the cards come in with their authors and 新 marks (the
// messages came after the kickoff ended), and the one left out does not.
func TestChatPickPreviewImportInTmux(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	downloads := filepath.Join(home, "Downloads")
	if err := os.MkdirAll(downloads, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(downloads, "[LINE]DX推進WG.txt"), []byte(lineExport), 0o600); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(downloads, "写真.jpg"), []byte("\xff\xd8\xff"), 0o600)
	dbPath := filepath.Join(dir, "demo.db")
	if out, err := exec.Command(binary, "demo", "--db", dbPath).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}

	app := startEnv(t, []string{"HOME=" + home}, "--db", dbPath)
	app.waitFor("> 4   第4回")
	app.press("Up", "Up", "Enter") // 第2回's run sheet, on its last item
	app.waitFor("種類", "まとめ・次回に向けて")
	app.press("Up", "Enter") // the Task ① board
	// 120 columns: every pillar beside the inbox
	app.waitFor("受け箱（17）", "人財育成（5）")

	app.press("i")
	app.waitFor("取り込むチャットのファイルを選ぶ", "フォルダ："+downloads, "[LINE]DX推進WG.txt", "写真.jpg")
	app.press("Enter")
	app.waitFor("LINE のトーク履歴", "[メッセージ 3件]", "読み飛ばした行 6件", "取り込む 3件 ／ 3件",
		"> [x] 2022/12/12 10:00 山田 太郎 窓口の課題を出し合いましょう",
		"[x] 2022/12/12 10:02 佐藤 花子 申請書の紙が多いです。 住民票の写しは毎回手書きです")
	app.press("Down", "Space")
	app.waitFor("取り込む 2件 ／ 3件", "[ ] 2022/12/12 10:02 佐藤 花子")
	app.press("Tab")
	app.waitFor("[読み飛ばした行 6件]", "スタンプ・写真など", "日付の行 2022/12/13(火)")
	app.press("Enter")
	s := app.waitFor("追加 2件", "受け箱（19）")
	if strings.Contains(s, "申請書の紙が多いです") {
		t.Errorf("the unchecked message was imported:\n%s", s)
	}
	for range 17 { // down to the first card imported
		app.press("Down")
	}
	// the card wrapped in the inbox column, marked new; the author in full under the board
	app.waitFor(">新 チ 窓口の課題を", "出典：チャット ・ 発言者：山田 太郎 ・ 日時：2022/12/12 10:00")
	app.press("Down")
	app.waitFor(">新 チ RPAで転記を", "出典：チャット ・ 発言者：鈴木 一郎 ・ 日時：2022/12/13 13:15")
	app.press("q")
	app.waitExit(0)
}
