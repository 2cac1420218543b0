package tui

import (
	"testing"

	"yoriai/model"
)

// hardTexts are texts terminals and the layout measure differently unless
// they are drawn with care: half-width kana with voiced marks (old
// municipal systems' data), emoji joined with a ZWJ or tinted with a skin
// tone, and ambiguous-width ①※.
var hardTexts = []string{
	"ｶﾀｶﾅ ﾊﾝｶｸ ﾃﾞｰﾀの移行が大変",
	"ﾊﾟｽﾜｰﾄﾞ再発行の電話が多い",
	"👩‍💻在宅でも申請を受けたい",
	"いいね👍🏽 窓口のキャッシュレス化",
	"①窓口 ②電話 ※要確認",
}

// TestHardTextsFillTheirLines puts hardTexts on the board, in a prompt's
// ideas and in the move dialog, at 80×24 and 120×40: every line of every
// golden is exactly the terminal's width as lipgloss counts and as tmux
// draws (the golden helper checks both).
func TestHardTextsFillTheirLines(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		st := newTestStore(t)
		var cards []model.Card
		for i, text := range hardTexts {
			c := model.Card{Kind: model.CardIdea, Source: model.SourceChatImport, Text: text, AuthorName: "ﾔﾏﾀﾞ 👩‍💻"}
			if i%2 == 1 {
				c.PillarID, c.Kind, c.Source = 2, model.CardProblem, model.SourceTyped
			}
			cards = append(cards, c)
		}
		for _, text := range hardTexts {
			cards = append(cards, model.Card{MeetingID: kickoffID, ItemID: promptItem, Kind: model.CardIdea, Source: model.SourcePrompt, Text: text})
		}
		st.addCards(nil, cards...)
		name := func(what string) string { return "width_" + what + "_" + sizeName(size) }

		b := openBoard(t, st, size[0], size[1])
		b.golden(name("board"))
		b.keys("m") // the move dialog on a card with a ZWJ emoji
		b.contains("どこへ移しますか")
		b.golden(name("move"))

		p := newHarnessOn(t, st, size[0], size[1], model.Resume{})
		p.keys("enter", "down", "down", "enter")
		p.contains("アイデア（5件）", "データの移行")
		p.golden(name("ideas"))
	}
}

func sizeName(s [2]int) string {
	if s[0] == 80 {
		return "80x24"
	}
	return "120x40"
}
