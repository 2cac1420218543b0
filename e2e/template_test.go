//go:build unix

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestTemplateChangeKeepsTheWorkshop is issue 17's promise: write the demo
// workshop out as a template, date 第2回 in it, reopen the file with it:
// the change is shown, applied on confirmation, and the kickoff keeps its
// end, its roster and its ideas.
func TestTemplateChangeKeepsTheWorkshop(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "kashima.db")
	if out, err := exec.Command(binary, "demo", "--db", dbPath).CombinedOutput(); err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	asIs, err := exec.Command(binary, "template", "--db", dbPath).Output()
	if err != nil {
		t.Fatalf("template --db: %v", err)
	}
	// Date 第2回, as a clerk would in an editor.
	s := string(asIs)
	i := strings.Index(s, "title: 第2回\n")
	j := strings.Index(s[i:], `date: ""`)
	if i < 0 || j < 0 {
		t.Fatalf("第2回 without a date not found in:\n%.2000s", s)
	}
	s = s[:i+j] + "date: 2023-01-20" + s[i+j+len(`date: ""`):]
	tmpl := filepath.Join(dir, "city.yaml")
	if err := os.WriteFile(tmpl, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}

	tm := start(t, "--template", tmpl, "--db", dbPath)
	tm.waitFor("テンプレートの変更", "第2回：日付の変更 — → 2023-01-20", "適用する", "今は適用しない")
	tm.press("Enter")
	screen := tm.waitFor("テンプレートを適用しました（1 件）", "令和5年1月20日")
	if !rowHas(screen, "キックオフ", "終了") || !rowHas(screen, "第2回", "令和5年1月20日") {
		t.Fatalf("home after applying:\n%s", screen)
	}
	tm.press("k", "R") // the kickoff's roster and attendance
	tm.waitFor("名簿（20名）")
	tm.press("Escape")
	tm.waitFor("enter で進行表を開きます")
	tm.press("q")
	tm.waitExit(0)

	// The kickoff's minutes hold its attendance and ideas, as before.
	minutes := filepath.Join(dir, "kickoff.md")
	if out, err := exec.Command(binary, "export", "--db", dbPath, "--format", "md", "--meeting", "1", "--out", minutes).CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	md, _ := os.ReadFile(minutes)
	for _, want := range []string{"出席者（16名）", "住民票や証明書がスマホで取れる", "記録者：林 優子"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("the kickoff's minutes lack %q", want)
		}
	}
	// Opened again with the same file: nothing more to apply, straight home.
	again := start(t, "--template", tmpl, "--db", dbPath)
	again.waitFor("キックオフ", "令和5年1月20日")
	if strings.Contains(again.screen(), "テンプレートの変更") {
		t.Error("the applied template is offered again")
	}
	again.press("q")
	again.waitExit(0)
	if out, _ := exec.Command(binary, "workshop", "list", "--db", dbPath).Output(); strings.Count(string(out), "\n") != 1 {
		t.Errorf("the file holds other workshops now:\n%s", out)
	}
}

// rowHas reports whether one line of screen holds every text.
func rowHas(screen string, texts ...string) bool {
	for _, l := range strings.Split(screen, "\n") {
		ok := true
		for _, x := range texts {
			ok = ok && strings.Contains(l, x)
		}
		if ok {
			return true
		}
	}
	return false
}
