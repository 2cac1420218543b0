package importer

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

var slackMessages = []string{
	"2022-12-12 10:00|山田 太郎|おはようございます。@佐藤 花子 さん、資料は こちら (https://example.jp/a) です & ご確認を",
	"2022-12-12 10:02|佐藤 花子|窓口の待ち時間が長い\n特に月曜",
	"2022-12-12 10:03|高橋 三郎|外部の方です",
}

// zipOf packs files into a zip in memory.
func zipOf(files map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range files {
		w, _ := zw.Create(name)
		w.Write(b)
	}
	zw.Close()
	return buf.Bytes()
}

func TestParseSlackZip(t *testing.T) {
	day := sample(t, "slack/general/2022-12-12.json")
	data := zipOf(map[string][]byte{
		"users.json": sample(t, "slack/users.json"), "channels.json": []byte(`[{"id":"C1","name":"general"}]`),
		"general/2022-12-12.json": day, "random/2022-12-11.json": []byte(`not json`),
	})
	p, err := Parse(data, jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatSlack, slackMessages, []string{"1:system", "3:placeholder", "0:unreadable"})
	if p.Messages[0].File != "general/2022-12-12.json" || p.Skipped[2].File != "random/2022-12-11.json" {
		t.Errorf("files: %+v %+v", p.Messages[0], p.Skipped[2])
	}
}

func TestReadSlackDayFindsUsers(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "general"), 0o700)
	day := filepath.Join(dir, "general", "2022-12-12.json")
	os.WriteFile(day, sample(t, "slack/general/2022-12-12.json"), 0o600)
	p, err := ReadPreview(day, jst)
	if err != nil {
		t.Fatal(err)
	}
	// without users.json the ids stand for the names
	if p.Format != FormatSlack || p.Messages[0].Name != "U01" || p.Messages[2].Name != "高橋 三郎" {
		t.Errorf("without users.json: %q", shown(p))
	}
	os.WriteFile(filepath.Join(dir, "users.json"), sample(t, "slack/users.json"), 0o600)
	if p, err = ReadPreview(day, jst); err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatSlack, slackMessages, []string{"1:system", "3:placeholder"})
}
