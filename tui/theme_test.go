package tui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/model"
	"yoriai/tui/common"
)

// colourSGR finds a colour in an SGR sequence: 30–37, 90–97, 40–47,
// 100–107 or an extended 38;…/48;… colour.
var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(?:^|;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9;]*)?m`)

func TestMonoThemeUsesNoColourAndKeepsStatesApart(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.app.setTheme(common.ThemeMono)
	h.keys("n", "space", "down") // item 2 current, cursor on item 3
	h.now = t0.Add(20 * time.Minute)
	h.send(common.TickMsg{At: h.now})
	content := h.app.View().Content
	if m := colourSGR.FindString(content); m != "" {
		t.Errorf("mono output has a colour sequence %q", m)
	}
	lines := strings.Split(content, "\n")
	find := func(text string) string {
		for _, l := range lines {
			if strings.Contains(ansi.Strip(l), text) {
				return l
			}
		}
		t.Fatalf("no line with %q", text)
		return ""
	}
	current := find("2   説明")
	selected := find("> 3")
	done := find("市長から")
	over := find("超過 +15:00")
	for name, c := range map[string]struct {
		line string
		sgr  string
	}{
		"current item (bold)":      {current, "1"},
		"selection (reverse)":      {selected, "7"},
		"done item (faint)":        {done, "2"},
		"over time (reverse bold)": {over, "7"},
	} {
		if !hasSGR(c.line, c.sgr) {
			t.Errorf("%s: %q lacks SGR %s", name, c.line, c.sgr)
		}
	}
}

// hasSGR reports whether line switches on attribute n in some SGR sequence.
func hasSGR(line, n string) bool {
	for _, m := range regexp.MustCompile(`\x1b\[([0-9;]*)m`).FindAllStringSubmatch(line, -1) {
		for _, p := range strings.Split(m[1], ";") {
			if p == n {
				return true
			}
		}
	}
	return false
}

func TestThemeKeyCycles(t *testing.T) {
	h := newHarness(t, 80, 24, model.Resume{})
	seen := []common.Theme{}
	for range len(common.Themes) {
		h.send(keyCtrl('t'))
		seen = append(seen, h.app.c.Styles.Theme)
	}
	if strings.Join(themeNames(seen), ",") != "light,projector,mono,dark" {
		t.Errorf("ctrl+t went through %v", seen)
	}
	h.send(keyCtrl('t'))
	h.send(keyCtrl('t'))
	if v := h.app.View(); v.BackgroundColor == nil {
		t.Error("the projector theme should paint the whole screen white")
	}
	h.contains("テーマ：プロジェクター")
	h.assertFits()
}

func themeNames(ts []common.Theme) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}

func TestASCIIFrame(t *testing.T) {
	h := openKickoff(t, 80, 24)
	h.app.c.ASCII = true
	h.keys("B")
	v := h.view()
	for _, r := range v {
		if strings.ContainsRune("─│╭╮╰╯█①②※…•", r) {
			t.Fatalf("ASCII frame still draws %q:\n%s", r, v)
		}
	}
	if !strings.Contains(v, "####") {
		t.Errorf("big digits should be drawn with #:\n%s", v)
	}
	for i, l := range strings.Split(v, "\n") {
		if lipgloss.Width(l) != 80 {
			t.Errorf("line %d is %d cells", i, lipgloss.Width(l))
		}
	}
	if got := common.AsciiFrame.Replace("タスク①│※"); got != "タスク1|*" {
		t.Errorf("replace = %q", got)
	}
}
