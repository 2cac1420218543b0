package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/term"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
)

// writeFile writes a template file in dir and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// redate gives 第2回 of a template written by `yoriai template --db` a date.
func redate(t *testing.T, tmpl, date string) string {
	t.Helper()
	i := strings.Index(tmpl, "title: 第2回\n")
	if i < 0 {
		t.Fatalf("no 第2回 in the template")
	}
	j := strings.Index(tmpl[i:], "date: \"\"")
	if j < 0 {
		t.Fatalf("第2回 has a date already")
	}
	return tmpl[:i+j] + "date: " + date + tmpl[i+j+len(`date: ""`):]
}

func TestChooseWorkshop(t *testing.T) {
	st, err := db.Open(filepath.Join(t.TempDir(), "yoriai.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ja := i18n.For(i18n.Japanese)
	now := time.Date(2022, 12, 9, 9, 0, 0, 0, time.UTC)
	first, err := chooseWorkshop(ja, st, "", nil, model.Resume{}, now)
	if err != nil {
		t.Fatal(err)
	}
	w, _, _ := st.Workshop(first.id)
	if w.Title != "鹿島市 DX推進ワーキンググループ検討会" {
		t.Errorf("an empty database gets the default workshop, got %q", w.Title)
	}
	if again, _ := chooseWorkshop(ja, st, "", nil, model.Resume{}, now); again.id != first.id {
		t.Error("a second start made another workshop")
	}

	// A changed template is the same workshop, with the change to offer:
	// nothing is created.
	other := strings.Replace(string(template.Default()), "title: 鹿島市 DX推進ワーキンググループ検討会", "title: 小城市 DX検討会", 1)
	p := filepath.Join(t.TempDir(), "ogi.yaml")
	os.WriteFile(p, []byte(other), 0o600)
	tmpl, err := readTemplate(ja, p)
	if err != nil {
		t.Fatal(err)
	}
	got, err := chooseWorkshop(ja, st, "", tmpl, model.Resume{WorkshopID: first.id}, now)
	if err != nil || got.id != first.id || got.change == nil || !got.change.Pending() {
		t.Fatalf("--template with a changed file: %+v, %v", got, err)
	}
	if ws, _ := st.Workshops(); len(ws) != 1 {
		t.Errorf("a changed template created a workshop: %d", len(ws))
	}
	// The default file itself: the workshop it made, nothing to offer.
	def, _ := defaultTemplate()
	if got, err := chooseWorkshop(ja, st, "", def, model.Resume{}, now); err != nil || got.id != first.id || got.change != nil {
		t.Errorf("--template with the file it was made from: %+v, %v", got, err)
	}
	if back, _ := chooseWorkshop(ja, st, "", nil, model.Resume{WorkshopID: first.id}, now); back.id != first.id {
		t.Error("without --template the app should reopen the workshop it was last in")
	}
}

func TestTemplateDiffAndApply(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kashima.db")
	if code, _, errOut := runCLI("demo", "--db", dbPath); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	// The workshop as it is, with its identity.
	code, asIs, errOut := runCLI("template", "--db", dbPath)
	if code != 0 || !strings.Contains(asIs, "  id: ") || asIs == string(template.Default()) {
		t.Fatalf("template --db: exit %d %s\n%.300s", code, errOut, asIs)
	}
	same := writeFile(t, dir, "same.yaml", asIs)
	if code, out, _ := runCLI("template", "diff", "--db", dbPath, "--template", same); code != 0 || !strings.Contains(out, "変更はありません") {
		t.Errorf("the workshop as it is differs from itself: %d\n%s", code, out)
	}
	edited := writeFile(t, dir, "edited.yaml", redate(t, asIs, "2023-01-20"))
	code, out, errOut := runCLI("template", "diff", "--db", dbPath, "--template", edited)
	if code != 0 || !strings.Contains(out, "第2回：日付の変更 — → 2023-01-20") || !strings.Contains(out, "（1 件）") {
		t.Fatalf("diff: exit %d %s\n%s", code, errOut, out)
	}
	// diff changes nothing.
	if code, out, _ := runCLI("template", "diff", "--db", dbPath, "--template", edited); code != 0 || !strings.Contains(out, "2023-01-20") {
		t.Errorf("a second diff: %d %s", code, out)
	}
	if !term.IsTerminal(os.Stdin.Fd()) { // no one to ask: nothing applied without --yes
		if code, _, errOut := runCLI("template", "apply", "--db", dbPath, "--template", edited); code == 0 || !strings.Contains(errOut, "--yes") {
			t.Errorf("apply without --yes and no terminal: exit %d %s", code, errOut)
		}
		if _, out, _ := runCLI("template", "diff", "--db", dbPath, "--template", edited); !strings.Contains(out, "（1 件）") {
			t.Errorf("applied without --yes:\n%s", out)
		}
	}
	code, out, errOut = runCLI("template", "apply", "--db", dbPath, "--template", edited, "--yes")
	if code != 0 || !strings.Contains(out, "適用しました（1 件）") {
		t.Fatalf("apply: exit %d %s\n%s", code, errOut, out)
	}
	if _, out, _ := runCLI("template", "diff", "--db", dbPath, "--template", edited); !strings.Contains(out, "変更はありません") {
		t.Errorf("after apply the template still differs:\n%s", out)
	}
	st, err := db.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ws, _ := st.Workshops()
	if len(ws) != 1 {
		t.Fatalf("%d workshops after apply, want 1", len(ws))
	}
	ms, _ := st.Meetings(ws[0].ID)
	if ms[0].Status != "ended" || ms[1].Date.String() != "2023-01-20" {
		t.Errorf("kickoff %s, 第2回 %s", ms[0].Status, ms[1].Date)
	}
	ps, _ := st.Participants(ws[0].ID)
	if len(ps) == 0 {
		t.Error("the roster is gone")
	}
}

func TestSeveralWorkshops(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "series.db")
	if code, _, errOut := runCLI("demo", "--db", dbPath); code != 0 {
		t.Fatalf("demo: %d %s", code, errOut)
	}
	next := strings.Replace(string(template.Default()), "title: 鹿島市 DX推進ワーキンググループ検討会", "title: 令和5年度 DX検討会", 1)
	nextFile := writeFile(t, dir, "next.yaml", strings.Replace(next, "workshop:\n", "workshop:\n  id: r5\n", 1))
	code, out, errOut := runCLI("workshop", "new", "--db", dbPath, "--template", nextFile)
	if code != 0 || !strings.Contains(out, "令和5年度 DX検討会") || !strings.Contains(out, "id: r5") {
		t.Fatalf("workshop new: %d %s %s", code, out, errOut)
	}
	if code, _, errOut := runCLI("workshop", "new", "--db", dbPath, "--template", nextFile); code == 0 || !strings.Contains(errOut, "r5") {
		t.Errorf("a second workshop with the same id: %d %s", code, errOut)
	}
	if code, out, _ := runCLI("workshop", "list", "--db", dbPath); code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "r5") {
		t.Errorf("workshop list: %d\n%s", code, out)
	}
	// --workshop picks one by id or by title; template --db writes that one.
	if _, out, _ := runCLI("template", "--db", dbPath, "--workshop", "r5"); !strings.Contains(out, "title: 令和5年度 DX検討会") {
		t.Errorf("template --workshop r5:\n%.300s", out)
	}
	if _, out, _ := runCLI("template", "--db", dbPath, "--workshop", "鹿島市 DX推進ワーキンググループ検討会"); !strings.Contains(out, "title: 鹿島市 DX推進ワーキンググループ検討会") {
		t.Errorf("template --workshop by title:\n%.300s", out)
	}
	if code, _, errOut := runCLI("template", "--db", dbPath, "--workshop", "nope"); code == 0 || !strings.Contains(errOut, "「nope」はこのファイルにありません") || !strings.Contains(errOut, "r5") {
		t.Errorf("an unknown --workshop: %d %s", code, errOut)
	}
	// export --workshop writes that workshop's minutes.
	md := filepath.Join(dir, "r5.md")
	if code, _, errOut := runCLI("export", "--db", dbPath, "--workshop", "r5", "--format", "md", "--meeting", "1", "--out", md); code != 0 {
		t.Errorf("export --workshop r5: %d %s", code, errOut)
	} else if b, _ := os.ReadFile(md); !strings.Contains(string(b), "# 令和5年度 DX検討会 キックオフ 議事要旨") {
		t.Errorf("export --workshop r5 wrote another workshop:\n%.200s", b)
	}
	// A template naming no workshop, for a file of several: which one?
	edited := writeFile(t, dir, "edited.yaml", strings.Replace(string(template.Default()), "minutes: 25", "minutes: 20", 1))
	if code, _, errOut := runCLI("template", "diff", "--db", dbPath, "--template", edited); code == 0 || !strings.Contains(errOut, "--workshop") {
		t.Errorf("an anonymous template for several workshops: %d %s", code, errOut)
	}
	code, out, errOut = runCLI("template", "diff", "--db", dbPath, "--template", edited, "--workshop", "r5")
	if code != 0 || !strings.Contains(out, "時間の変更（予定の分数） 25 → 20") {
		t.Errorf("diff --workshop r5: %d %s\n%s", code, errOut, out)
	}
	// A template whose id is not the chosen workshop's is refused.
	if code, _, errOut := runCLI("template", "diff", "--db", dbPath, "--template", nextFile, "--workshop", "鹿島市 DX推進ワーキンググループ検討会"); code == 0 || !strings.Contains(errOut, "r5") {
		t.Errorf("a mismatched id: %d %s", code, errOut)
	}
	// A template naming a workshop the file lacks creates nothing.
	stray := writeFile(t, dir, "stray.yaml", strings.Replace(string(template.Default()), "workshop:\n", "workshop:\n  id: elsewhere\n", 1))
	if code, _, errOut := runCLI("template", "diff", "--db", dbPath, "--template", stray); code == 0 || !strings.Contains(errOut, "yoriai workshop new") {
		t.Errorf("an unknown id: %d %s", code, errOut)
	}
	st, err := db.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if ws, _ := st.Workshops(); len(ws) != 2 {
		t.Errorf("%d workshops, want 2", len(ws))
	}
}

func TestConfirmed(t *testing.T) {
	for in, want := range map[string]bool{"y\n": true, "YES\n": true, "はい\n": true, "n\n": false, "\n": false, "": false} {
		if got := confirmed(strings.NewReader(in)); got != want {
			t.Errorf("confirmed(%q) = %v", in, got)
		}
	}
}
