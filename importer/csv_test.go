package importer

import "testing"

func TestParseCSVHeader(t *testing.T) {
	p, err := Parse(sample(t, "header.csv"), jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatCSVHeader, []string{
		"2022-12-12 10:00|山田 太郎|RPAで入力を自動化, 残業を減らす",
		"2022-12-12 10:10|鈴木 一郎|二行の\nメッセージ",
	}, []string{"1:header", "3:placeholder", "6:unreadable"})
}

func TestParseCSV(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		format Format
		msgs   []string
		skips  []string
	}{
		{"Japanese header with 日時", "日時,名前,メッセージ\r\n2022/12/15 9:05,山田 太郎,やあ\r\n",
			FormatCSVHeader, []string{"2022-12-15 09:05|山田 太郎|やあ"}, []string{"1:header"}},
		{"English header in another order", "Message,User,Date,Time\nhello,Yamada,2022-12-15,09:05\n",
			FormatCSVHeader, []string{"2022-12-15 09:05|Yamada|hello"}, []string{"1:header"}},
		{"氏名 and 本文 without a time", "氏名,本文\n佐藤 花子,紙の決裁をなくしたい\n",
			FormatCSVHeader, []string{"-|佐藤 花子|紙の決裁をなくしたい"}, []string{"1:header"}},
		{"an RFC 3339 time", "timestamp,author,text\n2022-12-15T00:05:00Z,Sato,hi\n",
			FormatCSVHeader, []string{"2022-12-15 09:05|Sato|hi"}, nil},
		{"header-less date,name,message", "2022/12/15 9:05,山田,RPAで, 残業を減らす\n2022/12/15 9:10,佐藤,やあ\nこわれた行\n,,\n",
			FormatCSV, []string{"2022-12-15 09:05|山田|RPAで, 残業を減らす", "2022-12-15 09:10|佐藤|やあ"}, []string{"3:unreadable"}},
		{"a quoted field that never closes", "日時,名前,本文\n2022/12/15 9:05,山田,\"閉じない\n",
			FormatCSVHeader, []string{"2022-12-15 09:05|山田|閉じない"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.in), jst)
			if err != nil {
				t.Fatal(err)
			}
			check(t, p, tt.format, tt.msgs, tt.skips)
		})
	}
}

func TestParseLINEWorks(t *testing.T) {
	p, err := Parse(sample(t, "lineworks.csv"), jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatLINEWorks, []string{
		"2023-01-06 16:28|山田 太郎|窓口の予約をオンラインにしたい",
		"2023-01-06 16:30|佐藤 花子|賛成です\nまず転入の手続きから",
	}, []string{"1:header", "2:placeholder"})
	en := "Date,Sender,Receiver,Channel ID,Message\n2023-01-06 16:28:45,Yamada (yamada@example.jp),Sato (sato@example.jp),1,hello\n"
	if p, err = Parse([]byte(en), jst); err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatLINEWorks, []string{"2023-01-06 16:28|Yamada|hello"}, nil)
}
