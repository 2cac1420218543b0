package importer

import "testing"

func TestParseTeamsGraph(t *testing.T) {
	p, err := Parse(sample(t, "teams/graph.json"), jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatTeams, []string{
		"2022-12-12 10:00|山田 太郎|おはようございます",
		"2022-12-12 10:05|佐藤 花子|紙の決裁を減らしたい\n特に 出張命令",
	}, []string{"2:placeholder", "3:system", "5:system"})
	// a bare array of messages reads the same
	bare := `[{"messageType":"message","createdDateTime":"2022-12-12T01:00:00Z","from":{"user":{"displayName":"山田"}},"body":{"contentType":"text","content":"やあ"}}]`
	if p, err := Parse([]byte(bare), jst); err != nil || p.Format != FormatTeams || len(p.Messages) != 1 {
		t.Errorf("bare array: %+v %v", p, err)
	}
}

func TestParseTeamsExport(t *testing.T) {
	want := []string{"2022-12-12 10:00|山田 太郎|おはようございます\nよろしくお願いします", "2022-12-12 10:04|佐藤 花子|窓口の待ち時間が長い"}
	p, err := Parse(sample(t, "teams/messages.json"), jst)
	if err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatTeams, want, []string{"2:placeholder", "3:system"})
	zipped := zipOf(map[string][]byte{"messages.json": sample(t, "teams/messages.json")})
	if p, err = Parse(zipped, jst); err != nil {
		t.Fatal(err)
	}
	check(t, p, FormatTeams, want, nil)
}
