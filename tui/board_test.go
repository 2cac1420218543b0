package tui

import (
	"strings"
	"testing"
	"time"

	"yoriai/model"
)

// boardCards are the three unsorted cards of boardStore.
type boardCards struct{ idea, reason, chat model.Card }

// boardStore is the test workshop with its kickoff ended, 山田 太郎 on the
// roster and three unsorted cards: an idea from the kickoff's prompt, a
// poll reason sent to Task ① and a chat line that came in after the
// kickoff.
func boardStore(t *testing.T) (*testStore, boardCards) {
	st := newTestStore(t)
	yamada := st.addPerson("山田 太郎", "企画財政課")
	kickoff := t0.Add(time.Hour)
	st.endMeeting(kickoffID, kickoff.Add(time.Hour))
	cs := st.addCards(nil,
		model.Card{MeetingID: kickoffID, ItemID: promptItem, Kind: model.CardIdea, Source: model.SourcePrompt,
			Text: "バスの時刻がスマホで分かる", AuthorID: yamada.ID, CreatedAt: kickoff},
		model.Card{MeetingID: kickoffID, ItemID: pollItem, Kind: model.CardProblem, Source: model.SourcePollReason,
			Text: "紙の申請書が多い", CreatedAt: kickoff},
		model.Card{Kind: model.CardIdea, Source: model.SourceChatImport, Text: "申請がオンラインで完結する",
			AuthorName: "佐藤 花子", CreatedAt: kickoff.Add(48 * time.Hour)})
	return st, boardCards{cs[0], cs[1], cs[2]}
}

// openBoard opens the second meeting's Task ① item on st.
func openBoard(t *testing.T, st *testStore, w, h int) *harness {
	t.Helper()
	hs := newHarnessOn(t, st, w, h, model.Resume{})
	hs.keys("down", "enter", "enter")
	hs.contains("受け箱（")
	return hs
}

func TestBoardTriageLinkAndUndoAcrossRestart(t *testing.T) {
	st, cs := boardStore(t)
	h := openBoard(t, st, 80, 24)
	h.contains("[受け箱（3）]", "業務の効率化（0）", "投 紙の申請書が多い", "チ 申請がオンラインで完結する（佐藤 花子）")
	h.contains("新") // the chat line came after the kickoff ended
	h.golden("board_inbox_80x24")

	h.keys("down") // the poll reason
	h.keys("m")
	h.contains("どこへ移しますか", "業務の効率化／課題")
	h.keys("down", "down", "enter") // 業務の効率化／課題
	if c := st.card(cs.reason.ID); c.PillarID != 2 || c.Kind != model.CardProblem {
		t.Fatalf("triaged card %+v", c)
	}
	h.keys("m", "down", "down", "down", "enter") // the chat line, now under the cursor: 業務の効率化／達成目標
	if c := st.card(cs.chat.ID); c.PillarID != 2 || c.Kind != model.CardGoal {
		t.Fatalf("triaged goal %+v", c)
	}
	h.contains("受け箱（1）")
	h.keys("right", "right") // to 業務の効率化
	h.contains("[業務の効率化（2）]", "課 紙の申請書が多い", "課題にリンクしていない目標・要因", "目 申請がオンラインで完結する")
	h.keys("down") // the loose goal
	h.keys("l")
	h.contains("どの課題が解決した状態ですか", "（リンクを外す）")
	h.keys("down", "enter")
	if _, links := st.boardCards(); links[cs.chat.ID] != cs.reason.ID {
		t.Fatalf("links %v", links)
	}
	h.contains("└目 申請がオンラインで完結する")
	h.lacks("課題にリンクしていない")
	h.assertFits()

	// a restart: the board and its undo history come back
	st.setCurrent(secondID, task1Item)
	again := newHarnessOn(t, st, 80, 24, model.Resume{WorkshopID: 1, Screen: model.ScreenSlide, MeetingID: secondID})
	again.keys("right", "right")
	again.contains("└目 申請がオンラインで完結する")
	again.keys("u")
	again.contains("元に戻しました", "課題にリンクしていない目標・要因")
	if _, links := st.boardCards(); links[cs.chat.ID] != 0 {
		t.Error("undo after the restart kept the link")
	}
	again.keys("ctrl+r")
	again.contains("└目 申請がオンラインで完結する")
	again.keys("u", "u", "u")
	again.contains("受け箱（3）")
	again.keys("u")
	again.contains("元に戻す操作はありません")
}

func TestBoardAddEditGroupReorderDelete(t *testing.T) {
	st, _ := boardStore(t)
	h := openBoard(t, st, 160, 48)
	h.keys("tab") // 市民の利便性向上
	h.contains("カードはありません。a で課題を")
	h.keys("a")
	h.contains("課題を追加")
	h.typeText("窓口の待ち時間が長い")
	h.keys("enter")
	h.keys("a")
	h.typeText("手続きがわかりにくい")
	h.keys("enter")
	h.contains("課 窓口の待ち時間が長い", "課 手続きがわかりにくい")
	h.keys("A") // a goal under the selected problem, linked in one step
	h.typeText("行かない窓口")
	h.keys("tab", "right", "enter") // said by 山田 太郎
	added := st.newestCard()
	_, links := st.boardCards()
	if added.Kind != model.CardGoal || links[added.ID] == 0 || added.AuthorID != st.people()[0].ID {
		t.Fatalf("goal %+v, links %v", added, links)
	}
	h.contains("└目 行かない窓口（山田 太郎）")
	if n := count(st.eventKinds(), "board.changed"); n != 3 {
		t.Errorf("%d undo steps, want 3 (the goal and its link are one)", n)
	}

	h.keys("up", "up") // 窓口の待ち時間が長い
	h.keys("K")        // already first: nothing happens
	h.keys("J")        // below 手続きがわかりにくい (and its goal)
	lines := strings.Split(h.view(), "\n")
	first, second := -1, -1
	for i, l := range lines {
		if strings.Contains(l, "課 手続きがわかりにくい") {
			first = i
		}
		if strings.Contains(l, "課 窓口の待ち時間が長い") {
			second = i
		}
	}
	if first < 0 || second < first {
		t.Fatalf("J did not move the problem down:\n%s", h.view())
	}

	h.keys("g")
	h.contains("見出し（KJ法の表札）")
	h.typeText("窓口")
	h.keys("enter")
	h.contains("▼【窓口】 1", "▼【未分類】")
	h.keys("z")
	h.contains("▶【窓口】 1")
	h.lacks("課 窓口の待ち時間が長い")
	h.keys("z")
	h.contains("課 窓口の待ち時間が長い")

	h.keys("/")
	h.typeText("手続き")
	h.keys("enter")
	h.contains("絞り込み中：手続き", "課 手続きがわかりにくい")
	h.lacks("課 窓口の待ち時間が長い")
	h.keys("esc")
	h.contains("課 窓口の待ち時間が長い")

	h.keys("down", "e")
	h.contains("カードを編集")
	h.typeText("（毎朝）")
	h.keys("enter")
	h.contains("窓口の待ち時間が長い（毎朝）")
	h.keys("d")
	h.lacks("窓口の待ち時間が長い（毎朝）")
	h.keys("u")
	h.contains("窓口の待ち時間が長い（毎朝）")
	h.assertFits()
}

func TestBoardWideShowsAllColumnsAndFocus(t *testing.T) {
	st := newTestStore(t) // boardStore's cards, the reason and the chat line sorted and linked
	yamada := st.addPerson("山田 太郎", "企画財政課")
	kickoff := t0.Add(time.Hour)
	st.endMeeting(kickoffID, kickoff.Add(time.Hour))
	st.addCards(map[int]int{2: 1},
		model.Card{MeetingID: kickoffID, ItemID: promptItem, Kind: model.CardIdea, Source: model.SourcePrompt,
			Text: "バスの時刻がスマホで分かる", AuthorID: yamada.ID, CreatedAt: kickoff},
		model.Card{MeetingID: kickoffID, ItemID: pollItem, PillarID: 2, Kind: model.CardProblem, Source: model.SourcePollReason,
			Text: "紙の申請書が多い", CreatedAt: kickoff},
		model.Card{PillarID: 2, Kind: model.CardGoal, Source: model.SourceChatImport, Text: "申請がオンラインで完結する",
			AuthorName: "佐藤 花子", CreatedAt: kickoff.Add(48 * time.Hour)})
	h := openBoard(t, st, 160, 48)
	h.contains("受け箱（1）", "市民の利便性向上（0）", "業務の効率化（2）", "人財育成（0）")
	h.lacks("[受け箱") // no tabs when every column fits
	h.golden("board_all_160x48")
	h.keys("tab", "tab", "F")
	h.contains("業務の効率化 ・ 課題", "紙の申請書が多い", "達成目標", "・申請がオンラインで完結する")
	h.keys("esc")
	h.contains("市民の利便性向上（0）")
	h.keys("down", "l") // a goal can be relinked; a problem cannot be linked
	h.contains("どの課題が解決した状態ですか")
	h.keys("esc", "up", "l")
	h.contains("課題にリンクできるのは達成目標だけです")
}

func TestBoardFailedSaveKeepsTheText(t *testing.T) {
	st, _ := boardStore(t)
	h := openBoard(t, st, 80, 24)
	h.keys("a")
	h.typeText("保存できない文章")
	st.failNext = errDiskFull
	h.keys("enter")
	h.contains("database or disk is full", "保存できない文章")
	h.keys("enter")
	h.contains("受け箱（4）")
}
