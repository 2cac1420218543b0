package importer

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkParseLINE reads a year of a busy group: 20,000 messages.
func BenchmarkParseLINE(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("[LINE] DX推進WGのトーク履歴\n保存日時：2023/12/20 10:00\n\n")
	for i := range 20000 {
		if i%50 == 0 {
			fmt.Fprintf(&sb, "\n%s\n", time.Date(2023, 1, 1+i/50, 0, 0, 0, 0, time.UTC).Format("2006/01/02(月)"))
		}
		switch i % 10 {
		case 0:
			fmt.Fprintf(&sb, "%02d:%02d\t佐藤 花子\t[スタンプ]\n", i%24, i%60)
		case 1:
			fmt.Fprintf(&sb, "%02d:%02d\t山田 太郎\t\"申請書の紙が多い\n特に%d番\"\n", i%24, i%60, i)
		default:
			fmt.Fprintf(&sb, "%02d:%02d\t鈴木 一郎\t窓口の待ち時間が長い その%d\n", i%24, i%60, i)
		}
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if p, err := Parse(data, jst); err != nil || len(p.Messages) != 18000 {
			b.Fatalf("%d messages, %v", len(p.Messages), err)
		}
	}
}
