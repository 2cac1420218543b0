package review

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"yoriai/db"
	"yoriai/i18n"
	"yoriai/model"
	"yoriai/tui/common"
)

var t0 = time.Date(2022, 12, 9, 9, 0, 0, 0, time.Local)

// open builds the panel on the first item of meeting number n of a
// workshop whose every meeting opens with a ふりかえり, and loads it.
func open(t *testing.T, n int) *Panel {
	t.Helper()
	st, err := db.Open(filepath.Join(t.TempDir(), "yoriai.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	review := model.ItemSpec{Kind: model.KindReview, Title: "ふりかえり", Body: "前回を見る", Minutes: 10}
	tm := model.Template{
		Workshop: model.WorkshopSpec{Title: "検討会", Organisation: "鹿島市", TargetFiscalYear: "令和6年度"},
		Pillars:  []model.PillarSpec{{Name: "業務の効率化"}},
		Meetings: []model.MeetingSpec{
			{Number: 1, Title: "キックオフ", FiscalYear: "令和4年度", Agenda: []model.ItemSpec{review}},
			{Number: 2, Title: "第2回", FiscalYear: "令和4年度", Agenda: []model.ItemSpec{review}},
		},
	}
	w, err := st.CreateWorkshop(tm, "test", t0)
	if err != nil {
		t.Fatal(err)
	}
	ms, _ := st.Meetings(w.ID)
	m, items, err := st.Meeting(ms[n-1].ID)
	if err != nil {
		t.Fatal(err)
	}
	c := common.NewCommon(i18n.Japanese, "", w.ID)
	c.Now = func() time.Time { return t0 }
	p, _ := New(c, st, common.Slide{Meeting: m, Item: items[0]})
	_, cmd, _ := p.Update(common.ShownMsg{})
	var order common.Reorder
	q, _ := cmd().(common.QueuedMsg)
	for _, msg := range order.Arrive(q) {
		if e, ok := msg.(common.ErrMsg); ok {
			t.Fatal(e)
		}
		p.Update(msg)
	}
	return p.(*Panel)
}

func TestTheFirstMeetingHasNothingToLookBackOn(t *testing.T) {
	p := open(t, 1)
	v := ansi.Strip(p.View(60, 10))
	for _, want := range []string{"前回を見る", "この会議の前に会議がないため"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}

// TestSpaceIsTheMeetingsWithoutActions: with no 宿題 to mark, space is
// left to the meeting (its timer), and the empty sections say so.
func TestSpaceIsTheMeetingsWithoutActions(t *testing.T) {
	p := open(t, 2)
	if _, _, handled := p.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}); handled {
		t.Error("space with no 宿題 should be the meeting's")
	}
	v := ansi.Strip(p.View(60, 30))
	for _, want := range []string{"キックオフの決定事項", "宿題（残り 0件）", "（なし）", "（前回は終了していないため"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
}
