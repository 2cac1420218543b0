package templatediff

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

type fakeStore struct {
	applied []string // the SHA of each template applied
}

func (f *fakeStore) ApplyTemplate(id int64, t model.Template, sha string, at time.Time) (model.TemplateDiff, error) {
	f.applied = append(f.applied, sha)
	return model.TemplateDiff{Changes: make([]model.Change, 30)}, nil
}

// manyChanges is an offer of 30 retimed items.
func manyChanges() Offer {
	var d model.TemplateDiff
	for i := range 30 {
		d.Changes = append(d.Changes, model.Change{Kind: model.ChangeRetimed, Target: model.TargetItem, Meeting: 1,
			MeetingTitle: "キックオフ", Item: fmt.Sprintf("議題%02d", i), Field: "minutes", Old: "10", New: "15"})
	}
	return Offer{File: "city.yaml", SHA: "new", Diff: d}
}

func press(code rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: code} }

func TestDialogScrollsAndApplies(t *testing.T) {
	common.PinEastAsianWidth()
	c := common.NewCommon(i18n.Japanese, "", 1)
	st := &fakeStore{}
	d := New(c, st, manyChanges())
	view := func() string { return ansi.Strip(d.View(60, 20)) }
	v := view()
	if lipgloss.Height(v) > 20 || lipgloss.Width(v) > 60 {
		t.Fatalf("the dialog does not fit 60×20:\n%s", v)
	}
	if !strings.Contains(v, "キックオフ「議題00」") || !strings.Contains(v, "（↓）") || strings.Contains(v, "議題29") {
		t.Fatalf("first page:\n%s", v)
	}
	for range 40 { // scrolling stops at the last change
		d.Update(press(tea.KeyDown))
	}
	if v = view(); !strings.Contains(v, "議題29") || strings.Contains(v, "議題00") {
		t.Fatalf("scrolled to the end:\n%s", v)
	}
	cmd, handled := d.Update(press(tea.KeyEnter))
	if !handled || cmd == nil || !strings.Contains(view(), "適用しています") {
		t.Fatal("enter on 「適用する」 does not apply")
	}
	var order common.Reorder
	for _, m := range order.Arrive(drain(cmd)) {
		d.Update(m)
	}
	if d.State() != common.FormDone || len(st.applied) != 1 || st.applied[0] != "new" || d.Applied() != 30 {
		t.Errorf("state %v, applied %v (%d)", d.State(), st.applied, d.Applied())
	}
}

func TestDialogNotNow(t *testing.T) {
	c := common.NewCommon(i18n.Japanese, "", 1)
	st := &fakeStore{}
	for _, keys := range [][]tea.KeyPressMsg{{press(tea.KeyEscape)}, {press(tea.KeyRight), press(tea.KeyEnter)}} {
		d := New(c, st, manyChanges())
		for _, k := range keys {
			d.Update(k)
		}
		if d.State() != common.FormCancelled || len(st.applied) != 0 {
			t.Errorf("keys %v: state %v, applied %v", keys, d.State(), st.applied)
		}
	}
}

// drain runs the store's Cmd and returns its queued result.
func drain(cmd tea.Cmd) common.QueuedMsg {
	q, _ := cmd().(common.QueuedMsg)
	return q
}
