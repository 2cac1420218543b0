package importer

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
)

var linePhoneMessages = []string{
	"2022-12-12 10:00|山田 太郎|おはようございます。次回までに窓口の課題を出し合いましょう",
	"2022-12-12 10:02|佐藤 花子|申請書の紙が多いです。\n特に住民票の写しは\"毎回\"手書きです",
	"2022-12-13 13:15|鈴木 一郎|RPAで転記を減らしたい",
	"2022-12-13 13:40|田中 次郎|保存日時：は見出しではありません",
	"2022-12-13 13:41|佐藤 花子|退出しました。",
}

var linePhoneSkips = []string{
	"1:header", "2:header", "4:date", "5:system", "7:placeholder", "10:placeholder", "11:system", "12:system",
	"14:date", "16:placeholder", "17:system", "18:placeholder", "21:system",
}

func TestParseLINEPhone(t *testing.T) {
	raw := sample(t, "line_phone.txt")
	for _, tt := range []struct {
		name string
		in   []byte
	}{
		{"as sent", raw},
		{"CRLF", []byte(strings.ReplaceAll(string(raw), "\n", "\r\n"))},
		{"BOM", append([]byte("\xef\xbb\xbf"), raw...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(tt.in, jst)
			if err != nil {
				t.Fatal(err)
			}
			check(t, p, FormatLINE, linePhoneMessages, linePhoneSkips)
			if p.Count(ReasonPlaceholder) != 4 || p.Count(ReasonSystem) != 5 || p.Count(ReasonUnreadable) != 0 {
				t.Errorf("counts: %v", skipped(p))
			}
		})
	}
}

// TestParseLINEBreaksInsideMessages checks a file as LINE writes it: lines
// end in CRLF, a break inside a message is LF alone, so a quoted message
// that holds a pasted piece of an older chat stays one message.
func TestParseLINEBreaksInsideMessages(t *testing.T) {
	in := "[LINE] WGのトーク履歴\r\n保存日時：2023/08/01 10:00\r\n\r\n" +
		"2023/07/21(金)\r\n01:00\tD\t夏だね\r\n" +
		"01:01\tA\t\"前の会話を貼ります\n2017/01/01(日)\n00:00\tA\tあけおめ\n\n00:01\tB\t\"\"おめでとう\"\"\"\r\n" +
		"01:02\tB\tつぎ\r\n"
	p, err := Parse([]byte(in), jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatLINE, []string{
		"2023-07-21 01:00|D|夏だね",
		"2023-07-21 01:01|A|前の会話を貼ります\n2017/01/01(日)\n00:00 A あけおめ\n\n00:01 B \"おめでとう\"",
		"2023-07-21 01:02|B|つぎ",
	}, []string{"1:header", "2:header", "4:date"})
	if p.Messages[2].Line != 11 {
		t.Errorf("the message after a quoted one starts at line %d, want 11", p.Messages[2].Line)
	}
}

func TestParseLINEPC(t *testing.T) {
	raw := sample(t, "line_pc.txt")
	sjis, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(strings.ReplaceAll(string(raw), "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{"as saved": raw, "Shift_JIS with CRLF": sjis} {
		t.Run(name, func(t *testing.T) {
			p, err := Parse(in, jst)
			if err != nil {
				t.Fatal(err)
			}
			check(t, p, FormatLINE, []string{
				"2022-12-12 10:00|山田太郎|おはようございます",
				"2022-12-12 10:04|田中次郎|窓口の待ち時間が長い\n特に月曜の朝",
				"2022-12-13 13:15|鈴木一郎|RPAで転記を減らしたい",
			}, []string{"1:date", "3:placeholder", "4:system", "5:system", "8:date"})
		})
	}
}

func TestParseLINELines(t *testing.T) {
	const head = "[LINE] WGのトーク履歴\n保存日時：2022/12/20 10:00\n\n2022/12/12(月)\n"
	tests := []struct {
		name  string
		in    string
		msgs  []string
		skips []string
	}{
		{"午前 and 午後", head + "午前9:05\t山田\tおはよう\n午後1:30\t佐藤\tこんにちは\n午前12:10\t鈴木\t深夜\n",
			[]string{"2022-12-12 09:05|山田|おはよう", "2022-12-12 13:30|佐藤|こんにちは", "2022-12-12 00:10|鈴木|深夜"}, nil},
		{"AM and PM", head + "9:05 AM\t山田\tおはよう\n1:30 PM\t佐藤\tこんにちは\n",
			[]string{"2022-12-12 09:05|山田|おはよう", "2022-12-12 13:30|佐藤|こんにちは"}, nil},
		{"a quote that does not close is text", head + "10:00\t山田\t\"引用\"です\n10:01\t佐藤\t\"閉じない\n10:02\t鈴木\tつぎ\n",
			[]string{"2022-12-12 10:00|山田|\"引用\"です", "2022-12-12 10:01|佐藤|\"閉じない", "2022-12-12 10:02|鈴木|つぎ"}, nil},
		{"a quoted message with an empty line and a tab", head + "10:00\t山田\t\"一行目\n\n三行目\tタブ\"\n10:01\t佐藤\tつぎ\n",
			[]string{"2022-12-12 10:00|山田|一行目\n\n三行目 タブ", "2022-12-12 10:01|佐藤|つぎ"}, nil},
		{"a tab inside the text", head + "10:00\t山田\tA案\tB案\n", []string{"2022-12-12 10:00|山田|A案 B案"}, nil},
		{"lines before any date have no time", "10:00\t山田\tやあ\n10:01\t佐藤\tどうも\n",
			[]string{"-|山田|やあ", "-|佐藤|どうも"}, []string{}},
		{"a line that is not LINE's", head + "ただの行\n10:00\t山田\tやあ\n",
			[]string{"2022-12-12 10:00|山田|やあ"}, []string{"1:header", "2:header", "4:date", "5:unreadable"}},
		{"control characters are cleaned", head + "10:00\t山田\t\x1b[31m赤字\x1b[0m\n10:01\t佐藤\t\x07\n",
			[]string{"2022-12-12 10:00|山田|赤字"}, []string{"1:header", "2:header", "4:date", "6:unreadable"}},
		{"English dates", "[LINE] Chat history in WG\nSaved on: 2022/12/20 10:00\n\nMon, 12/12/2022\n10:00\tYamada\tHello\n",
			[]string{"2022-12-12 10:00|Yamada|Hello"}, []string{"1:header", "2:header", "4:date"}},
		{"what a member writes like a notice stays", head + "10:00\t山田\t日程を12日に変更しました\n10:01\t佐藤\t資料を削除しました\n",
			[]string{"2022-12-12 10:00|山田|日程を12日に変更しました", "2022-12-12 10:01|佐藤|資料を削除しました"}, nil},
		{"notices without a name", head + "10:00\t\t山田がグループ名を「WG」に変更しました。\n10:01\t佐藤がノートを削除しました。\n",
			[]string{}, []string{"1:header", "2:header", "4:date", "5:system", "6:system"}},
		{"calls and unsent messages", head + "10:00\t山田\t☎ 不在着信\n10:01\t佐藤\tメッセージの送信を取り消しました\n",
			[]string{}, []string{"1:header", "2:header", "4:date", "5:system", "6:system"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in), jst)
			if err != nil {
				t.Fatal(err)
			}
			check(t, p, FormatLINE, tt.msgs, tt.skips)
		})
	}
}
