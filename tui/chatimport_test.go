package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
)

// chatHome makes a home folder for the test with a Downloads folder that
// holds the LINE sample as LINE names the file it sends, a photo saved
// with a .txt name and a PDF; HOME points at it, so the picker starts there.
func chatHome(t *testing.T) (downloads string) {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	downloads = filepath.Join(home, "Downloads")
	if err := os.Mkdir(downloads, 0o700); err != nil {
		t.Fatal(err)
	}
	line, err := os.ReadFile(filepath.Join("..", "importer", "testdata", "line_phone.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"[LINE]DX推進WG.txt": line,
		"photo.txt":        []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"資料.pdf":           []byte("%PDF-1.4"),
	} {
		if err := os.WriteFile(filepath.Join(downloads, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return downloads
}

// TestChatImportPickPreviewUncheckImport picks the LINE sample with the
// picker, checks the preview (the format, the messages, the skipped lines
// with their reasons), leaves one message out, and imports: the board
// shows the others as new cards with their authors, and not the one left
// out. A photo named .txt gives the clear error and imports nothing.
func TestChatImportPickPreviewUncheckImport(t *testing.T) {
	chatHome(t)
	st, _ := boardStore(t)
	h := openBoard(t, st, 80, 24)
	h.keys("i")
	h.contains("取り込むチャットのファイルを選ぶ", "Downloads", "[LINE]DX推進WG.txt", "photo.txt", "資料.pdf")
	h.assertFits()

	h.keys("enter") // the first file: the LINE export
	h.contains("LINE のトーク履歴", "[メッセージ 5件]", "読み飛ばした行 13件", "取り込む 5件 ／ 5件",
		"[x] 12/12 10:00 山田 太郎", "おはようございます")
	h.golden("chat_preview_80x24")
	h.keys("down", "space") // 佐藤 花子's message about the paper forms stays out
	h.contains("取り込む 4件 ／ 5件", "[ ] 12/12 10:02 佐藤 花子")
	h.keys("tab")
	h.contains("[読み飛ばした行 13件]", "1行目 見出し [LINE] DX推進WGのトーク履歴", "日付の行 2022/12/12(月)",
		"スタンプ・写真など 10:01 佐藤 花子 [スタンプ]", "内訳：見出し 2件")
	h.keys("enter") // from the skipped lines too
	h.contains("追加 4件", "受け箱（7）", "おはようございます")
	h.lacks("申請書の紙が多いです", "取り込むチャットのファイルを選ぶ")

	cards, _ := st.boardCards()
	byText := map[string]model.Card{}
	for _, c := range cards {
		byText[c.Text] = c
	}
	hello, ok := byText["おはようございます。次回までに窓口の課題を出し合いましょう"]
	if !ok || hello.AuthorID == 0 || hello.Source != model.SourceChatImport || hello.CreatedAt.Format("2006/01/02 15:04") != "2022/12/12 10:00" {
		t.Errorf("the imported card %+v: want 山田 太郎 (on the roster) at the message's time", hello)
	}
	if c := byText["RPAで転記を減らしたい"]; c.AuthorName != "鈴木 一郎" {
		t.Errorf("the card of someone not on the roster keeps the name: %+v", c)
	}
	for _, c := range cards {
		if strings.HasPrefix(c.Text, "申請書の紙が多いです") {
			t.Errorf("the unchecked message was imported: %+v", c)
		}
	}
	// the inbox rows: 新 (after the kickoff ended), the chat tag, the author
	h.contains("新 チ おはようございます。次回までに窓口の課題を出し合いましょう（山田 太郎）",
		"新 チ RPAで転記を減らしたい（鈴木 一郎）")

	h.keys("i", "down", "enter") // photo.txt
	h.contains("テキストファイルではありません", "取り込むチャットのファイルを選ぶ")
	h.keys("down", "enter") // 資料.pdf is not offered
	h.contains("資料.pdf は選べません")
	h.keys("esc")
	h.contains("受け箱（7）")
	h.lacks("取り込むチャットのファイルを選ぶ")
	if after, _ := st.boardCards(); len(after) != len(cards) {
		t.Errorf("a failed import wrote %d cards", len(after)-len(cards))
	}
}

// TestChatImportTypedOrPastedPath takes a path pasted (as a file dragged
// onto the terminal gives it, quoted) and a folder typed after tab; esc
// steps back from the preview to the picker, and from the picker out.
func TestChatImportTypedOrPastedPath(t *testing.T) {
	downloads := chatHome(t)
	st, _ := boardStore(t)
	h := openBoard(t, st, 80, 24)
	other := filepath.Join(t.TempDir(), "chat.txt")
	os.WriteFile(other, []byte("[2022/12/20 9:00] 山田 太郎: 電子決裁を広げたい\r\n佐藤 花子：研修の時間がほしい\r\n"), 0o600)
	h.keys("i")
	h.send(tea.PasteMsg{Content: `"` + other + `"`})
	h.contains("パス：" + other)
	h.keys("enter")
	h.contains("chat.txt", "[メッセージ 2件]", "電子決裁を広げたい")
	h.keys("esc") // back to the picker, then the preview again
	h.contains("取り込むチャットのファイルを選ぶ")
	h.keys("enter")
	h.contains("[メッセージ 2件]")
	h.keys("a") // none checked: nothing to import
	h.contains("取り込む 0件 ／ 2件")
	h.keys("enter")
	h.contains("取り込むメッセージが選ばれていません")
	h.keys("a", "enter")
	h.contains("追加 2件", "受け箱（5）", "電子決裁を広げたい")

	h.keys("i", "tab") // a typed folder opens in the picker
	h.contains("パス：" + downloads)
	h.send(tea.KeyPressMsg{Code: tea.KeyEnter})
	h.contains("[LINE]DX推進WG.txt")
	h.keys("esc")
	h.lacks("取り込むチャットのファイルを選ぶ")
}

// TestChatImportFitsSmallAndLarge draws the picker and the preview at the
// smallest and a large terminal.
func TestChatImportFitsSmallAndLarge(t *testing.T) {
	chatHome(t)
	for _, size := range [][2]int{{40, 12}, {160, 48}} {
		st, _ := boardStore(t)
		h := newHarnessOn(t, st, size[0], size[1], model.Resume{})
		h.keys("down", "enter", "enter")
		h.keys("i")
		h.assertFits()
		h.contains("[LINE]DX推進WG")
		h.keys("enter")
		h.assertFits()
		h.contains("メッセージ 5件")
		h.golden(fmt.Sprintf("chat_preview_%dx%d", size[0], size[1]))
		for range 6 {
			h.keys("down")
		}
		h.assertFits()
		h.contains("退出しました。")
		h.keys("tab", "down", "down")
		h.assertFits()
		h.keys("esc", "esc")
		h.assertFits()
	}
}
