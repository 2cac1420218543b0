package importer

import "testing"

func TestParseText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		msgs  []string
		skips []string
	}{
		{"the sample", string(sample(t, "plain.txt")), []string{
			"-|山田 太郎|申請書のオンライン化を進めたい", "2022-12-15 09:05|佐藤 花子|会議は10:30からです",
			"-||10:30から打合せ", "-||https://example.jp/a を参照"}, []string{"5:placeholder"}},
		{"CRLF and empty lines", "[2022-12-15 09:07] 佐藤 花子: 了解です\r\n\r\n山田: はい\r\n",
			[]string{"2022-12-15 09:07|佐藤 花子|了解です", "-|山田|はい"}, []string{}},
		{"colons inside", "紙の書類が多い。理由：保存のため\n", []string{"-||紙の書類が多い。理由：保存のため"}, []string{}},
		{"control characters cleaned, empty message unreadable", "山田: \x1b[31m赤字\x1b[0m\n佐藤:   \n",
			[]string{"-|山田|赤字"}, []string{"2:unreadable"}},
		{"BOM", "\ufeff山田: おはようございます", []string{"-|山田|おはようございます"}, []string{}},
		{"a date line alone", "2022/12/12(月)\n山田: やあ\n", []string{"-|山田|やあ"}, []string{"1:date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in), jst)
			if err != nil {
				t.Fatal(err)
			}
			check(t, p, FormatText, tt.msgs, tt.skips)
		})
	}
}
