package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/importer"
	"yoriai/template"
)

// dirState is every file of dir with its bytes and time, to show that a
// command left a database alone.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		b, _ := os.ReadFile(p)
		info, _ := e.Info()
		out[e.Name()] = info.ModTime().String() + "\x00" + string(b)
	}
	return out
}

func TestImportChatDryRun(t *testing.T) {
	dir := t.TempDir()
	dbDir := filepath.Join(dir, "db")
	os.Mkdir(dbDir, 0o700)
	path := filepath.Join(dbDir, "kashima.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := template.Parse(template.Default())
	w, _ := st.CreateWorkshop(tmpl, "sha", time.Now())
	st.Close()
	line, err := os.ReadFile(filepath.Join("..", "..", "importer", "testdata", "line_phone.txt"))
	if err != nil {
		t.Fatal(err)
	}
	chat := filepath.Join(dir, "[LINE] DX推進WG.txt")
	os.WriteFile(chat, bytes.ReplaceAll(line, []byte("\n"), []byte("\r\n")), 0o600)

	before := dirState(t, dbDir)
	code, out, errOut := runCLI("import", "chat", chat, "--dry-run", "--db", path)
	if code != 0 {
		t.Fatalf("dry run: exit %d, %q", code, errOut)
	}
	for _, want := range []string{
		"形式：LINE のトーク履歴", "取り込むメッセージ 5件", "6行目  2022/12/12 10:00  山田 太郎\n      おはようございます。",
		"申請書の紙が多いです。\n      特に住民票の写しは\"毎回\"手書きです", "読み飛ばす行 13件",
		"1行目  見出し  [LINE] DX推進WGのトーク履歴", "2行目  見出し  保存日時：2022/12/20 10:00", "4行目  日付の行  2022/12/12(月)",
		"7行目  スタンプ・写真など", "11行目  お知らせ", "内訳：見出し 2件、日付の行 2件、お知らせ（参加・退出・取消など） 5件、スタンプ・写真など 4件",
		"データベースには何も書き込んでいません",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run output lacks %q:\n%s", want, out)
		}
	}
	if after := dirState(t, dbDir); len(after) != len(before) {
		t.Errorf("the dry run changed the database folder: %d files, then %d", len(before), len(after))
	} else {
		for name, b := range before {
			if after[name] != b {
				t.Errorf("the dry run changed %s", name)
			}
		}
	}
	// a dry run needs no database at all
	if code, _, errOut := runCLI("import", "chat", chat, "--dry-run", "--db", filepath.Join(dir, "none.db")); code != 0 {
		t.Errorf("dry run without a database: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); !os.IsNotExist(err) {
		t.Errorf("the dry run made a database: %v", err)
	}

	code, out, errOut = runCLI("import", "chat", chat, "--db", path)
	if code != 0 || !strings.Contains(out, "形式：LINE のトーク履歴") || !strings.Contains(out, "追加 5件、取り込み済み 0件、読めない行 0件") {
		t.Fatalf("import: exit %d, %q %q", code, out, errOut)
	}
	st, _ = db.Open(path)
	defer st.Close()
	cards, _, _ := st.BoardCards(w.ID)
	jst := time.FixedZone("JST", 9*3600)
	var got []string
	for _, c := range cards {
		if c.AuthorName != "" {
			got = append(got, c.AuthorName+"|"+c.CreatedAt.In(jst).Format("01/02 15:04")+"|"+c.UpdatedAt.In(jst).Format("01/02 15:04"))
		}
	}
	loc := time.Local
	at := func(d, h, m int) string {
		return time.Date(2022, 12, d, h, m, 0, 0, loc).In(jst).Format("01/02 15:04")
	}
	want := []string{"山田 太郎|" + at(12, 10, 0) + "|" + at(12, 10, 0), "佐藤 花子|" + at(12, 10, 2) + "|" + at(12, 10, 2),
		"鈴木 一郎|" + at(13, 13, 15) + "|" + at(13, 13, 15), "田中 次郎|" + at(13, 13, 40) + "|" + at(13, 13, 40),
		"佐藤 花子|" + at(13, 13, 41) + "|" + at(13, 13, 41)}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("imported cards:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEveryFormatAndReasonIsWorded(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.Japanese, i18n.English} {
		c := i18n.For(lang)
		for _, f := range importer.Formats {
			if c.ChatFormats[string(f)] == "" {
				t.Errorf("%s: format %s has no name", lang, f)
			}
		}
		for _, r := range importer.Reasons {
			if c.SkipReasons[string(r)] == "" {
				t.Errorf("%s: reason %s has no name", lang, r)
			}
		}
	}
}
