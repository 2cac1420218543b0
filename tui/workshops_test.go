package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
	"yoriai/tui/templatediff"
)

// newOfferHarness starts the app on st at r with a template change
// offered, as cmd does when --template differs from the workshop.
func newOfferHarness(t *testing.T, st *testStore, w, h int, r model.Resume, o templatediff.Offer) *harness {
	t.Helper()
	hs := &harness{t: t, store: st, now: t0}
	c := common.NewCommon(i18n.Japanese, "/tmp/yoriai-test.db", 1)
	c.Now = func() time.Time { return hs.now }
	hs.app = New(c, st, r)
	hs.app.tick = func() tea.Cmd { return nil }
	hs.app.OfferTemplate(o)
	hs.run(hs.app.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// changedTemplate is the test template with 第2回 dated and the kickoff's
// prompt (which holds an idea) gone, and its offer against st.
func changedTemplate(t *testing.T, st *testStore) templatediff.Offer {
	t.Helper()
	st.addCards(nil, model.Card{WorkshopID: 1, MeetingID: kickoffID, ItemID: promptItem, Kind: model.CardIdea,
		Text: "窓口の待ち時間を減らしたい", Source: model.SourcePrompt})
	tm := testTemplate()
	tm.Meetings[1].Date = "2023-01-20"
	a := tm.Meetings[0].Agenda
	tm.Meetings[0].Agenda = []model.ItemSpec{a[0], a[1], a[3]}
	d, err := st.TemplateDiff(1, tm)
	if err != nil || len(d.Changes) != 2 {
		t.Fatalf("diff %+v, %v", d.Changes, err)
	}
	return templatediff.Offer{File: "city.yaml", Template: tm, SHA: "edited", Diff: d}
}

func TestTemplateChangeShownBeforeHome(t *testing.T) {
	st := newTestStore(t)
	o := changedTemplate(t, st)
	// Even a facilitator who left a meeting open sees the change first.
	h := newOfferHarness(t, st, 80, 24, model.Resume{WorkshopID: 1, MeetingID: kickoffID, Screen: model.ScreenMeeting}, o)
	h.contains("テンプレートの変更", "city.yaml", "第2回：日付の変更 — → 2023-01-20",
		"キックオフ「ワークショップ：もっと住みやすくなるには」：テンプレートから削", "[適用する]", "今は適用しない")
	h.assertFits()
	h.golden("template_offer_80x24")
	h.keys("q", "R", "x") // the dialog has the keyboard: nothing else happens
	h.contains("テンプレートの変更")
	if h.quit {
		t.Fatal("q quit while the change was offered")
	}
	h.keys("enter")
	h.lacks("テンプレートの変更")
	h.contains("テンプレートを適用しました（2 件）", "令和5年1月20日", "キックオフ")
	if m, _ := st.meeting(secondID); m.Date.String() != "2023-01-20" {
		t.Errorf("第2回 %s", m.Date)
	}
	_, items := st.meeting(kickoffID)
	if len(items) != 4 || !items[2].NotInTemplate || len(st.itemCards(promptItem)) != 1 {
		t.Errorf("the prompt with its idea must stay, marked: %+v", items)
	}
	if got := count(st.eventKinds(), "workshop.template_applied"); got != 1 {
		t.Errorf("%d template_applied events", got)
	}
	// Home opened, and the run sheet marks the kept item.
	h.send(teaSize(120, 30))
	h.keys("enter")
	h.contains("もっと住みやすくなるには（テンプレート外）")
}

func TestTemplateChangeNotNow(t *testing.T) {
	st := newTestStore(t)
	h := newOfferHarness(t, st, 40, 12, model.Resume{}, changedTemplate(t, st))
	h.assertFits()
	h.golden("template_offer_40x12")
	h.keys("right")
	h.contains("[今は適用しない]")
	h.keys("enter")
	h.lacks("テンプレートの変更")
	h.contains("キックオフ")
	if m, _ := st.meeting(secondID); !m.Date.IsZero() {
		t.Errorf("not applied, yet 第2回 is dated %s", m.Date)
	}
	if got := count(st.eventKinds(), "workshop.template_applied"); got != 0 {
		t.Errorf("%d template_applied events after 今は適用しない", got)
	}
}

func TestTemplateChangeFails(t *testing.T) {
	st := newTestStore(t)
	o := changedTemplate(t, st)
	o.Template.Meetings[1].Agenda = append(o.Template.Meetings[1].Agenda, model.ItemSpec{Kind: "bogus", Title: "x"})
	h := newOfferHarness(t, st, 80, 24, model.Resume{}, o)
	h.keys("y")
	h.contains("テンプレートの変更", "テンプレートの適用") // still open, the failure told
	if m, _ := st.meeting(secondID); !m.Date.IsZero() {
		t.Error("a failed change was half applied")
	}
	h.keys("esc")
	h.lacks("テンプレートの変更")
}

func TestWorkshopList(t *testing.T) {
	st := newTestStore(t)
	h := newHarness(t, 80, 24, model.Resume{})
	h.store = st
	h.lacks("ワークショップ（W）") // one workshop: no list
	next := testTemplate()
	next.Workshop.Title = "令和5年度 DX検討会"
	if _, err := st.CreateWorkshop(next, "", t0); err != nil {
		t.Fatal(err)
	}
	h = newHarnessOn(t, st, 80, 24, model.Resume{})
	h.contains("ワークショップ（W）", "鹿島市 DX推進ワーキンググループ検討会（開いている）", "令和5年度 DX検討会")
	h.assertFits()
	h.golden("home_workshops_80x24")
	h.keys("W", "down", "enter")
	h.contains("寄り合い │ 令和5年度 DX検討会", "令和5年度 DX検討会（開いている）")
	if r := st.resume(); r.WorkshopID != 2 {
		t.Errorf("the resume point names workshop %d, want 2", r.WorkshopID)
	}
	// The meetings are the new workshop's: open its kickoff.
	h.keys("enter")
	if r := st.resume(); r.WorkshopID != 2 || r.Screen != model.ScreenMeeting || r.MeetingID == kickoffID {
		t.Errorf("resume %+v: want a meeting of workshop 2", r)
	}

	// A new workshop from the default template, asked for its title.
	h = newHarnessOn(t, st, 80, 24, model.Resume{})
	h.keys("W", "a")
	h.contains("新しいワークショップの名称")
	h.keys("q") // typing: q is a letter
	if h.quit {
		t.Fatal("q quit while typing the title")
	}
	h.keys("backspace", "enter")
	h.contains("名称を入力してください")
	h.typeText("令和6年度 DX検討会")
	// The real cursor sits right after the typed title (IME).
	cur := h.app.View().Cursor
	if cur == nil {
		t.Fatal("no cursor while typing the title")
	}
	lines := strings.Split(h.view(), "\n")
	if cur.Y >= len(lines) || !strings.Contains(lines[cur.Y], "令和6年度 DX検討会") ||
		lipgloss.Width(ansi.Strip(lines[cur.Y])[:strings.Index(ansi.Strip(lines[cur.Y]), "令和6年度")])+lipgloss.Width("令和6年度 DX検討会") != cur.X {
		t.Errorf("cursor at %d,%d:\n%s", cur.X, cur.Y, h.view())
	}
	h.keys("enter")
	h.contains("寄り合い │ 令和6年度 DX検討会", "令和6年度 DX検討会（開いている）")
	ws, _ := st.Workshops()
	if len(ws) != 3 || ws[2].Title != "令和6年度 DX検討会" {
		t.Fatalf("workshops %+v", ws)
	}
	ms, _ := st.Meetings(ws[2].ID)
	if len(ms) != 6 {
		t.Errorf("the new workshop has %d meetings, want the default template's 6", len(ms))
	}
}

func TestWorkshopListFits(t *testing.T) {
	st := newTestStore(t)
	for _, title := range []string{"令和5年度 DX検討会", "令和6年度 とても長い名前のワークショップ　検討会　第3期"} {
		next := testTemplate()
		next.Workshop.Title = title
		if _, err := st.CreateWorkshop(next, "", t0); err != nil {
			t.Fatal(err)
		}
	}
	h := newHarnessOn(t, st, 40, 12, model.Resume{})
	h.assertFits()
	h.keys("W", "down", "down", "a")
	h.assertFits()
	h.golden("home_workshops_new_40x12")
}
