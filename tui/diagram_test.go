package tui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/template"
	"yoriai/tui/common"
	"yoriai/tui/slide"
)

// goldenText compares text with testdata/<name>.golden; every line must be
// exactly w cells wide.
func goldenText(t *testing.T, name, got string, w int) {
	t.Helper()
	for i, l := range strings.Split(got, "\n") {
		if lipgloss.Width(l) != w {
			t.Errorf("%s line %d is %d cells, want %d: %q", name, i, lipgloss.Width(l), w, l)
		}
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./tui -update creates it)", err)
	}
	if string(want) != got+"\n" {
		t.Errorf("%s differs (go test ./tui -update refreshes it)\n--- want\n%s--- got\n%s", path, want, got)
	}
}

func monoCommon() common.Common {
	c := common.NewCommon(i18n.Japanese, "", 1)
	c.Styles = common.NewStyles(common.ThemeMono, true)
	return c
}

func TestDiagramsOfTheDefaultTemplate(t *testing.T) {
	tm, err := template.Parse(template.Default())
	if err != nil {
		t.Fatal(err)
	}
	c := monoCommon()
	w := model.Workshop{Vision: tm.Workshop.Vision, Diagrams: tm.Diagrams}
	var pillars []model.Pillar
	for i, p := range tm.Pillars {
		pillars = append(pillars, model.Pillar{Position: i, Name: p.Name, Description: p.Description})
	}
	for _, width := range []int{80, 40} {
		for _, kind := range []model.DiagramKind{model.DiagramOrg, model.DiagramStages, model.DiagramPillars} {
			got := stripped(slide.DiagramView(c, kind, w, pillars, width))
			goldenText(t, "diagram_"+string(kind)+"_"+strconv.Itoa(width), got, width)
		}
	}
	stages := stripped(slide.DiagramView(c, model.DiagramStages, w, pillars, 80))
	if !strings.Contains(stages, "▶ いまここ") || strings.Index(stages, "▶ いまここ") > strings.Index(stages, "第2段階") {
		t.Errorf("the current stage (2) is not marked:\n%s", stages)
	}
}

// smallTown is a second, smaller template: two levels, no adviser, three
// stages with the first current, two pillars.
const smallTown = `workshop:
  title: 小さな町 DX会議
  vision: 笑顔あふれるまち
pillars:
  - name: くらし
  - name: しごと
    description: 窓口の待ち時間を減らす
diagrams:
  organisation:
    - id: top
      label: 町長
    - id: team
      label: DX推進チーム（総務課）
      parent: top
  current_stage: 1
  stages:
    - title: 知る
    - title: 考える
      points: [課題の整理]
    - title: 変える
meetings:
  - number: 1
    title: はじめの会
    agenda:
      - kind: briefing
        title: 体制
        diagram: organisation
`

// TestDiagramsOfAnotherCity draws the diagrams of smallTown from its file.
func TestDiagramsOfAnotherCity(t *testing.T) {
	tm, err := template.Parse([]byte(smallTown))
	if err != nil {
		t.Fatal(err)
	}
	w := model.Workshop{Vision: tm.Workshop.Vision, Diagrams: tm.Diagrams}
	var pillars []model.Pillar
	for _, p := range tm.Pillars {
		pillars = append(pillars, model.Pillar{Name: p.Name, Description: p.Description})
	}
	c := monoCommon()
	var all []string
	for _, kind := range []model.DiagramKind{model.DiagramOrg, model.DiagramStages, model.DiagramPillars} {
		all = append(all, stripped(slide.DiagramView(c, kind, w, pillars, 60)))
	}
	goldenText(t, "diagram_small_city_60", strings.Join(all, "\n"), 60)
	if slide.DiagramView(c, model.DiagramOrg, model.Workshop{}, nil, 60) != "" {
		t.Error("a workshop without a chart should draw nothing")
	}
}

func TestSlideShowsItsDiagram(t *testing.T) {
	st := newTestStore(t, func(tm *model.Template) {
		tm.Diagrams = model.Diagrams{Org: []model.OrgNode{{ID: "a", Label: "市長（本部長）"}, {ID: "b", Label: "鹿島市DX推進本部", Parent: "a"}}}
		tm.Meetings[0].Agenda[1].Diagram = model.DiagramOrg
	})
	h := newHarnessOn(t, st, 80, 24, model.Resume{})
	h.keys("enter", "n", "enter") // the kickoff, its second item full screen
	h.contains("市長（本部長）", "└─ 鹿島市DX推進本部")
}

func stripped(s string) string { return ansiStrip(s) }
