package tui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

// englishTemplate is the test workshop written in English: every title,
// name and text the screens show from the store is English, so any
// Japanese on an English screen is a text the catalogue left behind.
func englishTemplate() model.Template {
	return model.Template{
		Workshop: model.WorkshopSpec{Title: "Kashima DX working group", Organisation: "Kashima City",
			Vision: "A town that is easy to live in", TargetFiscalYear: "2024"},
		Pillars: []model.PillarSpec{{Name: "Services"}, {Name: "Efficiency"}, {Name: "People"}},
		Diagrams: model.Diagrams{Org: []model.OrgNode{{ID: "mayor", Label: "Mayor"}, {ID: "hq", Label: "DX board", Parent: "mayor"},
			{ID: "office", Label: "DX office", Parent: "hq"}, {ID: "external", Label: "Outside experts", Advises: "hq"}},
			Stages: []model.Stage{{Title: "Stage 1 [Shared view]", Points: []string{"Learn what DX is"}},
				{Title: "Stage 2 [Plan]", Points: []string{"Choose problems", "Write the plan"}}}, CurrentStage: 2},
		Meetings: []model.MeetingSpec{
			{Number: 1, Title: "Kickoff", Date: "2022-12-09", Start: "09:00", End: "11:00", Place: "Council room",
				FiscalYear: "2022", Topics: []string{"Introductions", "The tasks"}, Agenda: []model.ItemSpec{
					{Kind: model.KindVideo, Title: "From the mayor", Speaker: "Mayor Matsuo", Source: "Staff training",
						Body: "Video: staff training", Notes: "Check the sound", Minutes: 10},
					{Kind: model.KindBriefing, Title: "1. Organisation", Body: "Mayor\n- DX office", Minutes: 5},
					{Kind: model.KindPrompt, Title: "Workshop: a better town",
						Question: "What would make the town better?", Minutes: 15},
					{Kind: model.KindPoll, Title: "Workshop: is DX needed", Minutes: 10, Questions: []model.PollQuestion{
						{Text: "Is digital change needed", Kind: model.QuestionChoice,
							Choices: []string{"Yes", "Rather yes", "Cannot say", "Rather no", "No"}},
						{Text: "Why", Kind: model.QuestionText},
					}},
				}},
			{Number: 2, Title: "Second", Date: "2023-01-20", Start: "09:00", End: "11:00", FiscalYear: "2022",
				Topics: []string{"Task 1"}, Agenda: []model.ItemSpec{{Kind: model.KindTask1, Title: "Task 1", Minutes: 80},
					{Kind: model.KindBriefing, Title: "Organisation chart", Diagram: model.DiagramOrg, Minutes: 5},
					{Kind: model.KindBriefing, Title: "Stages", Diagram: model.DiagramStages, Minutes: 5},
					{Kind: model.KindBriefing, Title: "Pillars", Diagram: model.DiagramPillars, Minutes: 5}}},
			{Number: 3, Title: "Third", Date: "2023-02-10", Start: "09:00", End: "11:00", FiscalYear: "2022",
				Topics: []string{"Task 2"}, Agenda: []model.ItemSpec{{Kind: model.KindTask2, Title: "Task 2", Minutes: 60},
					{Kind: model.KindReview, Title: "Looking back", Minutes: 10},
					{Kind: model.KindWrapUp, Title: "Wrap-up", Body: "Next time: the plan", Minutes: 10}}},
		},
	}
}

// newEnglishHarness starts the app in English on a new database holding
// the English workshop, two people on the roster (both at the kickoff),
// and Task ① cards: a problem with its goal, a labelled idea in the inbox.
func newEnglishHarness(t *testing.T, w, h int) *harness {
	t.Helper()
	path := filepath.Join(t.TempDir(), "english.db")
	s, err := db.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ws, err := s.CreateWorkshop(englishTemplate(), "en", t0)
	if err != nil {
		t.Fatal(err)
	}
	st := &testStore{Store: s, t: t, path: path}
	for _, n := range [][2]string{{"Taro Yamada", "Planning"}, {"Hanako Sato", "General Affairs"}} {
		p := st.addPerson(n[0], n[1])
		if err := s.SetAttendance(kickoffID, p.ID, true, t0); err != nil {
			t.Fatal(err)
		}
	}
	_, pillars, _ := s.Workshop(ws.ID)
	cs := st.addCards(map[int]int{1: 0},
		model.Card{PillarID: pillars[0].ID, Kind: model.CardProblem, Source: model.SourceTyped, Text: "Long waits at the counter"},
		model.Card{PillarID: pillars[0].ID, Kind: model.CardGoal, Source: model.SourceTyped, Text: "No wait over ten minutes"},
		model.Card{PillarID: pillars[1].ID, Kind: model.CardProblem, Source: model.SourceTyped, Text: "Too many paper forms"},
		model.Card{Kind: model.CardIdea, Source: model.SourceChatImport, Text: "Apply online", AuthorName: "Hanako Sato",
			Label: "Online", CreatedAt: t0.Add(time.Hour)})
	if len(cs) != 4 {
		t.Fatalf("cards %v", cs)
	}
	hs := &harness{t: t, store: st, now: t0}
	c := common.NewCommon(i18n.English, path, ws.ID)
	c.OpenExternal = noOpen
	c.Now = func() time.Time { return hs.now }
	hs.app = New(c, st, model.Resume{})
	hs.app.tick = func() tea.Cmd { return nil }
	hs.run(hs.app.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// isCJK reports a character of Japanese writing: kanji, kana (also
// half-width), the Japanese punctuation and brackets (、。「」【】〔〕・),
// and the full-width forms (（）：！).
func isCJK(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x30FF, // punctuation, hiragana, katakana, ・
		r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF, r >= 0xF900 && r <= 0xFAFF, // kanji
		r >= 0xFF00 && r <= 0xFFEF: // full-width and half-width forms
		return true
	}
	return false
}

// english fails for each line of the screen with Japanese on it; where
// names the screen.
func (h *harness) english(where string) {
	h.t.Helper()
	for i, l := range strings.Split(h.view(), "\n") {
		if strings.IndexFunc(l, isCJK) >= 0 {
			h.t.Errorf("%s: line %d is not English: %q", where, i, strings.TrimRight(l, " "))
		}
	}
	if testing.Verbose() {
		h.t.Logf("%s:\n%s", where, h.view())
	}
	h.assertFits()
}

// TestEnglishInterfaceHasNoJapanese goes through every screen in English
// (home, the run sheet, each kind of slide, the poll with its results, the
// Task ① board, Task ② with a round, the record, the roster, the action
// items, help) and finds no Japanese on any.
func TestEnglishInterfaceHasNoJapanese(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			h := newEnglishHarness(t, size[0], size[1])
			h.contains("Kickoff, FY2022 (R4)")
			h.english("home")
			h.keys("?")
			h.english("help")
			h.keys("esc", "W")
			h.contains("Kashima DX working group")
			h.english("workshops")
			h.keys("esc", "H")
			h.english("action items, none")
			h.keys("esc", "R")
			h.contains("Taro Yamada", "General Affairs")
			h.english("roster")
			h.keys("esc")

			h.keys("enter")                              // the kickoff's run sheet
			h.contains("From the mayor", "10 min  0:00") // the Plan column holds "10 min" whole
			h.english("run sheet")
			h.keys("enter") // the video
			h.contains("Mayor Matsuo")
			h.english("video slide")
			h.keys("B")
			h.english("big timer")
			h.keys("esc", "n") // the briefing
			h.contains("1. Organisation")
			h.english("briefing slide")
			h.keys("w", "a", "left")
			h.typeText("Draw the chart")
			h.keys("tab", "down", "tab")
			h.typeText("1/20")
			h.english("record form")
			h.keys("enter")
			h.contains("[Action] Draw the chart", "Taro Yamada", "20 Jan 2023")
			h.addEntry(2, "Who is the CDO", "The deputy mayor")
			h.addEntry(1, "Meet monthly")
			h.contains("Who is the CDO", "The deputy mayor", "Meet monthly")
			h.english("record")
			h.keys("esc", "n") // the prompt
			h.keys("a")
			h.typeText("Buses on time")
			h.english("idea form")
			h.keys("enter")
			h.contains("Buses on time")
			h.english("prompt slide")

			h.keys("n") // the poll
			h.contains("Is digital change needed")
			h.english("poll, choosing a mode")
			h.keys("1") // a show of hands
			h.typeText("1")
			h.keys("down")
			h.typeText("1")
			h.keys("a")
			h.typeText("Saves time")
			h.keys("enter")
			h.contains("1 reason (hidden until revealed)")
			h.english("poll, counting")
			h.keys("r", "y")
			h.contains("n=2", "Saves time")
			h.english("poll results")
			h.keys("esc", "R") // the kickoff's attendance
			h.english("attendance")
			h.keys("esc", "H")
			h.contains("Draw the chart")
			h.english("action items")
			h.keys("esc", "esc") // back home

			h.keys("down", "enter", "enter")                 // the second meeting's Task ① board
			h.contains("Apply online", "Hanako", "[Online]") // a card wraps in its column at 120

			h.english("Task 1 inbox")
			h.keys("tab")
			h.contains("Long waits at the", "No wait over ten", "at 9 Dec 2022 09:00")
			h.english("Task 1 board")
			h.keys("m")
			h.english("move dialog")
			h.keys("esc", "F")
			h.english("focus view")
			h.keys("esc", "n") // the kickoff is still under way: starting this one asks first
			h.contains("The meeting \"Kickoff\" is under way")
			h.english("starting a second meeting")
			h.keys("y")
			h.contains("Outside experts")
			h.english("organisation chart")
			h.keys("n")
			h.contains("Choose problems")
			h.english("stages")
			h.keys("n")
			h.contains("Services", "People")
			h.english("pillars")
			h.keys("esc", "esc")

			h.keys("down", "enter", "enter") // the third meeting's Task ②
			h.english("Task 2, no round")
			h.keys("N", "y")
			h.english("Task 2, round set-up")
			h.keys("enter") // the room's dots, typed in
			h.typeText("2")
			h.keys("down")
			h.typeText("1")
			h.english("Task 2, voting")
			h.keys("tab")
			h.contains("2 votes", "1 vote ")
			h.keys("c")
			h.contains("Problems for FY2024 (R6)", "Services 1 item", "Efficiency 0 items")
			h.english("Task 2, ranking")
			h.keys("tab", "a")
			h.contains("FY2024 (R6)")
			h.english("Task 2, plan form")
			h.keys("esc")
			h.english("Task 2, plan")
			h.keys("N", "y", "down", "down", "enter")
			h.english("Task 2, scoring set-up")
			h.keys("y")
			h.typeText("4")
			h.keys("right")
			h.typeText("5")
			h.english("Task 2, scoring")
			h.keys("M")
			h.contains("Long waits at the counter (4×5)")
			h.english("Task 2, 2×2 matrix")
			h.keys("esc") // back to the run sheet
			h.contains("Looking back")
			h.english("run sheet of the third meeting")
			h.keys("down", "enter", "y")
			h.contains("Looking back", "Kickoff")
			h.english("review slide")
			h.keys("n")
			h.contains("Next time: the plan")
			h.english("wrap-up slide")
			h.keys("esc", "e")
			h.contains("Wrap-up")
			h.english("item form")
			h.keys("esc", "M")
			h.contains("Content (separate with commas)", "Task 2")
			h.english("meeting form")
			h.keys("esc", "a")
			h.english("insert form")
			h.keys("esc", "E")
			h.contains("End the meeting")
			h.english("end the meeting?")
			h.keys("n", "esc")

			h.keys("up", "up", "enter", "enter") // the kickoff's poll again
			h.contains("Is digital change needed")
			h.keys("N", "y", "3")
			h.contains("PIN")
			h.english("ballot PIN")
			h.typeText("2468")
			h.keys("enter")
			h.typeText("2468")
			h.keys("enter")
			h.contains("Yes")
			h.english("ballot")
			h.keys("1", "enter")
			h.english("ballot thanks")
			h.keys("enter", "esc")
			h.typeText("2468")
			h.keys("enter")
			h.contains("1 ballot cast")
			h.english("ballot ended")
		})
	}
}
