package task2

// plan_form_draft.go: the plan form's draft. Each field is saved as it is
// left; the one being typed is kept as a draft as it is typed, so that a
// crash or kill -9 loses nothing, and read back when the form opens again
// on the same initiative.

import (
	"encoding/json"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

// planDraftKey is what the form's draft is for: the initiative, or a new
// one of the workshop's fiscal year before it has been stored.
func planDraftKey(in model.Initiative, fy model.FiscalYear) string {
	if in.ID != 0 {
		return fmt.Sprintf("plan:%d", in.ID)
	}
	return fmt.Sprintf("plan:new:%d:%d", in.WorkshopID, fy)
}

// planDraft is the form's text fields as typed.
type planDraft struct {
	Title      string   `json:"title"`
	Summary    string   `json:"summary,omitempty"`
	Department string   `json:"department,omitempty"`
	KPI        string   `json:"kpi,omitempty"`
	Baseline   string   `json:"baseline,omitempty"`
	Target     string   `json:"target,omitempty"`
	Years      []string `json:"years,omitempty"`
}

// encode is the form's text fields as typed, as the draft keeps them.
func (f *planForm) encode() string {
	d := planDraft{Title: f.lines[pfTitle].Value(), Summary: f.summary.Value(), Department: f.lines[pfDept].Value(),
		KPI: f.lines[pfKPI].Value(), Baseline: f.lines[pfBaseline].Value(), Target: f.lines[pfTarget].Value()}
	for i := range f.years {
		d.Years = append(d.Years, f.lines[pfYear+planField(i)].Value())
	}
	b, _ := json.Marshal(d)
	return string(b)
}

// keepDraft keeps the form as it is typed, under the key of its
// initiative, and returns the Cmd that reads back the draft kept from
// before.
func (f *planForm) keepDraft() tea.Cmd {
	return f.draft.Keep(f.c, f.st, f.from, planDraftKey(f.in, f.fy), f.encode())
}

// rekey moves the draft of a new initiative, once it is stored, to the
// initiative's own key: a crash now comes back when it is opened again.
func (f *planForm) rekey() tea.Cmd {
	if f.draft.Key() == planDraftKey(f.in, f.fy) {
		return nil
	}
	drop := f.draft.Drop()
	f.draft.Draft, _ = common.NewDraft(f.c, f.st, f.from, planDraftKey(f.in, f.fy)) // nothing to read back: it is new
	return tea.Batch(drop, f.draft.Changed(f.encode()))                             // the queue keeps their order
}

// put puts a draft read back into the form; false when it cannot be read.
// What it brings back is saved as its fields are left, as if typed now.
func (f *planForm) put(text string) bool {
	var d planDraft
	if json.Unmarshal([]byte(text), &d) != nil {
		return false
	}
	f.lines[pfTitle].SetValue(d.Title)
	f.summary.SetValue(d.Summary)
	f.lines[pfDept].SetValue(d.Department)
	f.lines[pfKPI].SetValue(d.KPI)
	f.lines[pfBaseline].SetValue(d.Baseline)
	f.lines[pfTarget].SetValue(d.Target)
	for i := range f.years {
		if i < len(d.Years) {
			f.lines[pfYear+planField(i)].SetValue(d.Years[i])
		}
	}
	return true
}
