package model

import (
	"errors"
	"reflect"
	"testing"
	"time"
)

var jst = time.FixedZone("JST", 9*3600)

func TestParseChatText(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2022, 12, 15, h, m, 0, 0, jst) }
	tests := []struct {
		name     string
		in       string
		want     []ChatLine
		rejected int
	}{
		{"name and message", "山田 太郎: 申請書のオンライン化を進めたい\n佐藤：窓口の待ち時間が長い\n",
			[]ChatLine{{Name: "山田 太郎", Text: "申請書のオンライン化を進めたい"}, {Name: "佐藤", Text: "窓口の待ち時間が長い"}}, 0},
		{"stamps, CRLF and empty lines", "[2022/12/15 9:05] 山田 太郎: 会議は10:30からです\r\n\r\n[2022-12-15 09:07] 佐藤 花子: 了解です\r\n",
			[]ChatLine{{At: at(9, 5), Name: "山田 太郎", Text: "会議は10:30からです"}, {At: at(9, 7), Name: "佐藤 花子", Text: "了解です"}}, 0},
		{"one message per line, colons inside", "10:30から打合せ\nhttps://example.jp/a を参照\n紙の書類が多い。理由：保存のため\n",
			[]ChatLine{{Text: "10:30から打合せ"}, {Text: "https://example.jp/a を参照"}, {Text: "紙の書類が多い。理由：保存のため"}}, 0},
		{"control characters cleaned, empty message rejected", "山田: \x1b[31m赤字\x1b[0m\n佐藤:   \n",
			[]ChatLine{{Name: "山田", Text: "赤字"}}, 1},
		{"BOM", "\ufeff山田: おはようございます", []ChatLine{{Name: "山田", Text: "おはようございます"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseChat([]byte(tt.in), false, nil, jst)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Lines, tt.want) || got.Rejected != tt.rejected {
				t.Errorf("ParseChat = %+v (%d rejected), want %+v (%d)", got.Lines, got.Rejected, tt.want, tt.rejected)
			}
		})
	}
}

func TestParseChatCSV(t *testing.T) {
	in := "日時,名前,メッセージ\r\n2022/12/15 9:05,山田 太郎,\"RPAで入力を自動化, 残業を減らす\"\r\n2022/12/15 9:10,佐藤 花子,紙の決裁をなくしたい\r\nこわれた行\r\n,,\r\n"
	got, err := ParseChat([]byte("\xef\xbb\xbf"+in), true, nil, jst)
	if err != nil {
		t.Fatal(err)
	}
	want := []ChatLine{
		{At: time.Date(2022, 12, 15, 9, 5, 0, 0, jst), Name: "山田 太郎", Text: "RPAで入力を自動化, 残業を減らす"},
		{At: time.Date(2022, 12, 15, 9, 10, 0, 0, jst), Name: "佐藤 花子", Text: "紙の決裁をなくしたい"},
	}
	if !reflect.DeepEqual(got.Lines, want) || got.Rejected != 2 {
		t.Errorf("ParseChat CSV = %+v (%d rejected)", got.Lines, got.Rejected)
	}
	// a CSV without the .csv name is recognised by its first line
	if got, _ := ParseChat([]byte("2022/12/15 9:05,山田,やあ\n"), false, nil, jst); len(got.Lines) != 1 || got.Lines[0].Name != "山田" {
		t.Errorf("sniffed CSV = %+v", got)
	}
}

func TestParseChatRefusals(t *testing.T) {
	sjis := []byte{0x8e, 0x52, 0x93, 0x63, ':', ' ', 0x82, 0xa0} // 山田: あ
	decoded := false
	dec := func(b []byte) ([]byte, error) { decoded = true; return []byte("山田: あ"), nil }
	if got, err := ParseChat(sjis, false, dec, jst); err != nil || !decoded || len(got.Lines) != 1 || got.Lines[0].Text != "あ" {
		t.Errorf("Shift_JIS: %+v, %v", got, err)
	}
	tests := []struct {
		name string
		in   []byte
		dec  func([]byte) ([]byte, error)
		err  error
	}{
		{"binary", []byte("PK\x03\x04\x00\x00binary"), nil, ErrNotText},
		{"not UTF-8 and no decoder", sjis, nil, ErrNotText},
		{"decoder fails", sjis, func([]byte) ([]byte, error) { return nil, errors.New("bad") }, ErrNotText},
		{"empty", []byte("\n\r\n  \n"), nil, ErrEmptyChat},
		{"too large", make([]byte, MaxChatBytes+1), nil, ErrChatTooLong},
	}
	for _, tt := range tests {
		if _, err := ParseChat(tt.in, false, tt.dec, jst); !errors.Is(err, tt.err) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
		}
	}
}

func TestChatDigest(t *testing.T) {
	a := ChatLine{Name: "山田", Text: "やあ"}
	b := ChatLine{Name: "山田", Text: "やあ"}
	c := ChatLine{Name: "山田", Text: "やあ", At: time.Date(2022, 1, 1, 0, 0, 0, 0, jst)}
	if !reflect.DeepEqual(a.Digest(), b.Digest()) || reflect.DeepEqual(a.Digest(), c.Digest()) {
		t.Error("Digest does not tell lines apart by time, name and text")
	}
}
