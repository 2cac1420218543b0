package tui

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
	"yoriai/tui/common"
)

// dbHarness runs the app on a real database made from the default
// template, with two participants and problems in two pillars.
type dbHarness struct {
	*harness
	tt       *testing.T
	db       *db.Store
	path     string
	workshop model.Workshop
	pillars  []model.Pillar
	problems []model.Card
	people   []model.Participant
}

func newDBHarness(t *testing.T, w, h int) *dbHarness {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kashima.db")
	st, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	tm, err := template.Parse(template.Default())
	if err != nil {
		t.Fatal(err)
	}
	ws, err := st.CreateWorkshop(tm, "sha", t0)
	if err != nil {
		t.Fatal(err)
	}
	_, pillars, _ := st.Workshop(ws.ID)
	d := &dbHarness{tt: t, db: st, path: path, workshop: ws, pillars: pillars}
	for _, n := range [][2]string{{"山田 太郎", "企画財政課"}, {"佐藤 花子", "総務課"}} {
		p, err := st.AddParticipant(model.Participant{WorkshopID: ws.ID, Name: n[0], Department: n[1], Role: model.RoleMember}, t0)
		if err != nil {
			t.Fatal(err)
		}
		d.people = append(d.people, p)
	}
	for i, text := range []string{"窓口の待ち時間が長い", "紙の申請書が多い", "転記作業が多い", "研修の機会が少ない"} {
		pillar := pillars[min(i/2, 1)].ID
		if i == 3 {
			pillar = pillars[2].ID
		}
		c, err := st.AddCard(model.Card{WorkshopID: ws.ID, PillarID: pillar, Kind: model.CardProblem, Source: model.SourceTyped, Text: text}, t0)
		if err != nil {
			t.Fatal(err)
		}
		d.problems = append(d.problems, c)
	}
	d.harness = d.start(w, h, model.Resume{})
	t.Cleanup(func() { d.db.Close() })
	return d
}

// start runs a fresh app on the database, as a restart does.
func (d *dbHarness) start(w, h int, r model.Resume) *harness {
	hs := &harness{t: d.tt, now: t0}
	c := common.NewCommon(i18n.Japanese, d.path, d.workshop.ID)
	c.OpenExternal = noOpen // a test never launches a browser
	c.Now = func() time.Time { return hs.now }
	hs.app = New(c, d.db, r)
	hs.app.tick = func() tea.Cmd { return nil }
	hs.run(hs.app.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// openTask2 goes from home to 第4回's Task ② item.
func (h *harness) openTask2() {
	h.t.Helper()
	h.keys("down", "down", "down", "enter", "down", "enter")
	h.contains("[投票]", "まだ投票がありません。N で始めます。")
}

func TestTask2DotVotingWithBudget(t *testing.T) {
	d := newDBHarness(t, 80, 24)
	d.openTask2()
	d.keys("N", "y")
	d.contains("新しい回の進め方")
	d.keys("down", "+", "enter") // one by one, 4 dots each
	d.contains("合計を公開まで隠しますか")
	d.keys("y")
	d.contains("1回目の投票：ドット投票（一人4票）・合計は公開まで非表示", "投票する人：< 山田 太郎 >", "残り 4/4票")
	d.keys("+", "+", "+", "down", "+")
	d.contains("残り 0/4票")
	d.keys("+")
	d.contains("持ち票を使い切っています")
	d.lacks("計  ") // totals stay hidden
	d.keys("right")
	d.contains("投票する人：< 佐藤 花子 >", "残り 4/4票")
	d.keys("up", "+", "down", "down", "+", "+")
	state, _ := d.db.LoadTask2(d.workshop.ID, 2024)
	if got := state.Votes.Totals(); got[d.problems[0].ID] != 4 || got[d.problems[1].ID] != 1 || got[d.problems[2].ID] != 2 {
		t.Fatalf("totals %v (votes %v)", got, state.Votes)
	}
	d.keys("r", "y")
	d.contains("計  4")
	d.keys("C", "y")
	d.contains("締切済み")
	d.keys("+")
	d.contains("この回は締め切っています")
	d.assertFits()

	d.keys("tab")
	d.contains("[順位と選定]", "> 1        4票   窓口の待ち時間が長い")
	lines := strings.Split(d.view(), "\n")
	var order []string
	for _, l := range lines {
		for _, p := range d.problems {
			if strings.Contains(l, p.Text) && strings.Contains(l, "票") {
				order = append(order, p.Text)
			}
		}
	}
	if len(order) < 3 || order[0] != "窓口の待ち時間が長い" || order[1] != "転記作業が多い" {
		t.Errorf("ranking %v:\n%s", order, d.view())
	}
}

func TestTask2RankMoveChooseAndPlan(t *testing.T) {
	d := newDBHarness(t, 120, 40)
	d.openTask2()
	d.keys("N", "y", "enter") // the room's dots, typed in
	d.contains("1回目の投票：ドット投票（会場の票数を入力）")
	d.typeText("5")
	d.keys("down")
	d.typeText("5")
	d.keys("down")
	d.typeText("2")
	d.keys("tab")
	d.contains("同点", "5票")
	d.keys("down", "K") // the second of the tie moves up, with a reason
	d.contains("順位を動かす理由")
	d.keys("enter")
	d.contains("理由を入力してください")
	d.typeText("市長の重点施策")
	d.keys("enter")
	d.contains("※市長の重点施策")
	d.keys("c", "down", "down", "c") // choose the moved one and the third for 令和6年度
	d.contains("令和6年度に取り組む課題：市民の利便性向上 1件 ・ 業務の効率化 1件 ・ 人財育成 0件", "！人財育成 に選定した課題がありません")
	chosen := 0
	state, _ := d.db.LoadTask2(d.workshop.ID, 2024)
	for range state.Chosen {
		chosen++
	}
	if chosen != 2 || len(state.Overrides) != 1 {
		t.Fatalf("chosen %v overrides %v", state.Chosen, state.Overrides)
	}

	d.keys("tab")
	d.contains("[実施計画（案）]", "まだ取組がありません")
	d.keys("a")
	d.contains("取組を追加", "取組名")
	d.keys("tab")
	d.contains("入力してください：取組名")
	d.typeText("電子申請の拡充")
	d.keys("tab") // saved: a draft exists
	d.contains("対象課題：対象課題を1つ以上選んでください")
	d.keys("right", "tab") // pillar: 業務の効率化
	d.keys("space", "tab") // its chosen problem
	d.typeText("よく使う手続から")
	d.send(keyCtrl('j'))
	d.typeText("オンライン化する")
	d.keys("tab")
	d.typeText("企画財政課")
	d.keys("tab")
	d.typeText("オンライン申請率")
	d.keys("tab")
	d.typeText("5%")
	d.keys("tab")
	d.typeText("50%")
	d.keys("tab")
	d.typeText("対象手続の洗い出し")
	d.keys("tab")
	d.typeText("順次オンライン化")
	d.keys("tab")
	d.typeText("効果検証")
	d.keys("tab", "right") // 検討中
	d.keys("esc")
	d.contains("〔業務の効率化〕電子申請の拡充 ・ 企画財政課 ・ 検討中", "業務の効率化  未着手 0 ・ 検討中 1")
	plans, _ := d.db.Initiatives(d.workshop.ID)
	if len(plans) != 1 {
		t.Fatalf("%d initiatives stored: %+v", len(plans), plans)
	}
	in := plans[0]
	want := model.Initiative{Title: "電子申請の拡充", PillarID: d.pillars[1].ID, Summary: "よく使う手続から\nオンライン化する",
		Department: "企画財政課", KPI: "オンライン申請率", Baseline: "5%", Target: "50%", Status: model.StatusConsidering}
	if in.Title != want.Title || in.PillarID != want.PillarID || in.Summary != want.Summary || in.Department != want.Department ||
		in.KPI != want.KPI || in.Baseline != want.Baseline || in.Target != want.Target || in.Status != want.Status ||
		len(in.Problems) != 1 || len(in.Schedule) != 3 || in.Schedule[2].Plan != "効果検証" || in.Schedule[0].Year != 2024 {
		t.Errorf("stored initiative %+v", in)
	}
	d.assertFits()
}

func TestTask2ScoringMatrix(t *testing.T) {
	d := newDBHarness(t, 80, 24)
	d.openTask2()
	d.keys("N", "y", "down", "down", "enter")
	d.contains("採点（効果×実現可能性）", "効果 [-]")
	d.typeText("5")
	d.keys("right")
	d.typeText("4")
	d.keys("down")
	d.typeText("2")
	d.keys("left")
	d.typeText("1")
	d.keys("M")
	d.contains("優先（効果大・実現しやすい）", "窓口の待ち時間が長い (5×4)", "見送り候補（効果小・難しい）", "4〜5 を「効果大」")
	d.assertFits()
	d.keys("M", "tab")
	d.contains("5×4", "1×2")
}

func TestTask2FormCursorAndResize(t *testing.T) {
	d := newDBHarness(t, 80, 24)
	d.openTask2()
	d.keys("tab", "tab", "a")
	d.typeText("窓口")
	if c := d.app.View().Cursor; c == nil {
		t.Fatal("no cursor in the title field")
	}
	d.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	d.assertFits()
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.keys("esc")
	d.contains("〔市民の利便性向上〕窓口")
}

func TestExportDialog(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	d.keys("x")
	d.contains("書き出し", "議事要旨（Markdown）", "会議：< キックオフ >", "キックオフ_議事要旨.md")
	d.assertFits()
	d.keys("right") // 第2回
	d.contains("会議：< 第2回 >", "第2回_議事要旨.md")
	d.keys("enter")
	want := filepath.Join(filepath.Dir(d.path), "第2回_議事要旨.md")
	d.contains("書き出しました")
	if b, err := os.ReadFile(want); err != nil || !strings.Contains(string(b), "第2回 議事要旨") {
		t.Fatalf("minutes %v: %.100s", err, b)
	}
	d.keys("x", "right", "enter") // the same file again
	d.contains("同じ名前のファイルがあります。上書きしますか？")
	d.keys("n")
	d.lacks("上書きしますか")
	d.keys("enter", "y")
	d.contains("書き出しました")

	d.keys("x", "down") // the minutes in Word
	d.contains("議事要旨（Word）", "キックオフ_議事要旨.docx")
	d.keys("enter")
	d.contains("書き出しました")
	docx, err := zip.OpenReader(filepath.Join(filepath.Dir(d.path), "キックオフ_議事要旨.docx"))
	if err != nil {
		t.Fatal(err)
	}
	var body string
	for _, f := range docx.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			body = string(b)
		}
	}
	docx.Close()
	if !strings.Contains(body, "キックオフ") {
		t.Fatalf("the Word minutes lack the meeting: %.200s", body)
	}

	d.keys("x", "down", "down") // Excel
	d.contains("実施計画（案）.xlsx")
	d.keys("tab")
	d.keys("ctrl+c") // not here: ctrl+c quits everywhere
	if !d.quit {
		t.Fatal("ctrl+c did not quit from the dialog")
	}
}

func TestExportDialogPathAndFailure(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	d.keys("x", "up") // the backup, last in the list
	d.contains("yoriai-backup-")
	d.keys("tab")
	dir := filepath.Join(filepath.Dir(d.path), "新しいフォルダ")
	// the field holds the proposed path; replace it
	for range 200 {
		d.keys("backspace")
	}
	d.send(tea.PasteMsg{Content: filepath.Join(dir, "backup.json")})
	if d.app.View().Cursor == nil {
		t.Error("no cursor in the path field")
	}
	d.keys("enter")
	d.contains("指定したフォルダがありません。") // a folder is not made behind the facilitator's back
	if _, err := os.Stat(dir); err == nil {
		t.Fatal("the export made the missing folder")
	}
	os.Mkdir(dir, 0o700)
	d.keys("enter")
	if b, err := os.ReadFile(filepath.Join(dir, "backup.json")); err != nil || !strings.Contains(string(b), `"format":"yoriai-backup"`) {
		t.Fatalf("backup %v %.80s", err, b)
	}
	blocked := filepath.Join(filepath.Dir(d.path), "file")
	os.WriteFile(blocked, []byte("x"), 0o600)
	d.keys("x", "tab")
	for range 200 {
		d.keys("backspace")
	}
	d.send(tea.PasteMsg{Content: filepath.Join(blocked, "under-a-file.md")})
	d.keys("enter")
	d.contains("書き出し") // the dialog stays, with the error
	d.lacks("書き出しました")
	d.keys("esc")
	d.lacks("保存先")
}

// TestPollComparesWithTheKickoff reveals the same poll at the kickoff and
// at 第6回: 第6回's results show the kickoff's shares beneath.
func TestPollComparesWithTheKickoff(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	ms, _ := d.db.Meetings(d.workshop.ID)
	var last model.Meeting
	var lastItems []model.AgendaItem
	for i, m := range []model.Meeting{ms[0], ms[5]} {
		m, items, _ := d.db.Meeting(m.ID)
		for _, it := range items {
			if it.Kind != model.KindPoll {
				continue
			}
			p, err := d.db.StartPoll(d.workshop.ID, it, model.PollTally, t0)
			if err != nil {
				t.Fatal(err)
			}
			d.db.SetTally(p, 0, [][]int{{8, 2, 0, 0, 0}, {12, 3, 1, 0, 0}}[i], t0)
			d.db.Reveal(p, t0)
			m.CurrentItemID = it.ID
		}
		last, lastItems = m, items
	}
	d.db.SaveRun(last, lastItems, "test", t0)
	h := d.start(100, 30, model.Resume{WorkshopID: d.workshop.ID, Screen: model.ScreenSlide, MeetingID: last.ID})
	h.contains("n=16", "キックオフ（n=10）：80% / 20% / 0% / 0% / 0%")
	h.assertFits()
}

// TestPlanFormDepartmentFromRoster picks 担当課 from the roster's
// departments with ↑/↓, and still takes a typed one.
func TestPlanFormDepartmentFromRoster(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	d.openTask2()
	d.keys("tab", "tab", "a")
	d.typeText("電子申請")
	d.keys("tab", "tab", "tab", "tab") // title, pillar, problems, summary: to 担当課
	d.contains("名簿の課（↑↓ で選ぶ）：企画財政課・総務課")
	d.keys("down")
	d.contains("企画財政課")
	d.keys("down", "tab")
	plans, _ := d.db.Initiatives(d.workshop.ID)
	if len(plans) != 1 || plans[0].Department != "総務課" {
		t.Fatalf("plans %+v", plans)
	}
	d.keys("shift+tab")
	for range 10 {
		d.keys("backspace")
	}
	d.typeText("DX推進室")
	d.keys("tab")
	if plans, _ := d.db.Initiatives(d.workshop.ID); plans[0].Department != "DX推進室" {
		t.Errorf("typed department %q", plans[0].Department)
	}
}

// TestPlanFormKeepsWhatIsTypedThroughACrash: the field being typed is not
// saved until it is left, so it is kept as a draft as it is typed; after a
// crash the form opened again on the same initiative brings it back, and
// leaving the field saves it. A new initiative's draft moves to its own
// key once it is stored.
func TestPlanFormKeepsWhatIsTypedThroughACrash(t *testing.T) {
	d := newDBHarness(t, 100, 30)
	d.openTask2()
	d.keys("tab", "tab", "a")
	d.typeText("電子申請")
	if text, _ := d.db.Draft(fmt.Sprintf("plan:new:%d:2024", d.workshop.ID)); !strings.Contains(text, "電子申請") {
		t.Fatalf("the new initiative's title is not kept as it is typed: %q", text)
	}
	d.keys("tab") // the title is saved: the initiative is stored
	plans, _ := d.db.Initiatives(d.workshop.ID)
	if len(plans) != 1 {
		t.Fatalf("%d initiatives", len(plans))
	}
	key := fmt.Sprintf("plan:%d", plans[0].ID)
	if text, _ := d.db.Draft(fmt.Sprintf("plan:new:%d:2024", d.workshop.ID)); text != "" {
		t.Errorf("the new initiative's draft stays after it was stored: %q", text)
	}
	d.keys("tab", "tab", "tab", "tab") // from the pillar past problems, summary and 担当課 to 評価指標
	d.typeText("オンライン申請")
	if text, _ := d.db.Draft(key); !strings.Contains(text, "オンライン申請") {
		t.Fatalf("the KPI being typed is not kept: %q", text)
	}
	if plans, _ := d.db.Initiatives(d.workshop.ID); plans[0].KPI != "" {
		t.Fatalf("the KPI was saved before it was left: %q", plans[0].KPI)
	}

	// kill -9: nothing else happens; the app starts again on the same file
	ms, _ := d.db.Meetings(d.workshop.ID)
	again := d.start(100, 30, model.Resume{WorkshopID: d.workshop.ID, Screen: model.ScreenSlide, MeetingID: ms[3].ID})
	again.contains("[投票]")
	again.keys("tab", "tab", "e")
	again.contains("前回の下書きを戻しました", "オンライン申請")
	again.keys("tab") // a field left saves the form as it stands, what came back too
	if plans, _ := d.db.Initiatives(d.workshop.ID); plans[0].KPI != "オンライン申請" {
		t.Fatalf("the KPI brought back was not saved: %+v\n%s", plans[0], again.view())
	}
	again.keys("esc")
	if text, _ := d.db.Draft(key); text != "" {
		t.Errorf("the draft stays after the form closed with everything saved: %q", text)
	}
}

// TestMoveReasonKeptThroughACrash: the reason for moving a problem in the
// ranking is kept as a draft as it is typed and comes back after a crash
// when the same move is asked for again.
func TestMoveReasonKeptThroughACrash(t *testing.T) {
	d := newDBHarness(t, 120, 40)
	d.openTask2()
	d.keys("N", "y", "enter")
	d.typeText("5")
	d.keys("down")
	d.typeText("3")
	d.keys("tab", "down", "K")
	d.contains("順位を動かす理由")
	d.typeText("市長の重点施策")
	ms, _ := d.db.Meetings(d.workshop.ID)
	again := d.start(120, 40, model.Resume{WorkshopID: d.workshop.ID, Screen: model.ScreenSlide, MeetingID: ms[3].ID})
	again.keys("tab", "down", "K")
	again.contains("順位を動かす理由", "市長の重点施策", "前回の下書きを戻しました")
	again.keys("enter")
	again.contains("※市長の重点施策")
	state, _ := d.db.LoadTask2(d.workshop.ID, 2024)
	if len(state.Overrides) != 1 || state.Overrides[0].Reason != "市長の重点施策" {
		t.Fatalf("overrides %+v", state.Overrides)
	}
	if text, _ := d.db.Draft(fmt.Sprintf("task2:move:%d:%d", state.Round.ID, state.Overrides[0].CardID)); text != "" {
		t.Errorf("the draft outlived the move: %q", text)
	}
}
