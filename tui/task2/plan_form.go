package task2

// plan_form.go: the form that drafts one initiative of the 実施計画（案）.
// Fields are left with tab (or enter on a one-line field); a field left
// with a change is saved at once, so nothing typed waits for a final
// "save". A new initiative is stored when its title is first left. The
// field being typed is kept as a draft meanwhile (plan_form_draft.go).

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"yoriai/model"
	"yoriai/tui/common"
)

type planField int

const (
	pfTitle planField = iota
	pfPillar
	pfProblems
	pfSummary
	pfDept
	pfKPI
	pfBaseline
	pfTarget
	pfYear   // pfYear+i for the i-th plan year
	pfStatus = pfYear + 3
	pfCount  = pfStatus + 1
)

// planSavedMsg reports a stored initiative and the Task ② state after it.
type planSavedMsg struct {
	common.Saved
	in    model.Initiative
	state model.Task2State
}

// planForm drafts one initiative. It saves each field as it is left, on
// its own requester id, and ends as Done once it closed with everything
// saved, as Cancelled when it closed with nothing to save.
type planForm struct {
	common.FormEnd
	c          common.Common
	st         Store
	from       int64 // the requester id of its saves: its panel's
	fy         model.FiscalYear
	pillars    []model.Pillar
	depts      []string
	ranked     []model.Ranked // the ranking, for the problems the initiative takes up
	chosen     map[int64]bool // the problems chosen for the fiscal year
	title      string
	in         model.Initiative
	years      []model.FiscalYear
	at         planField // the focused field
	lines      map[planField]*common.LineField
	summary    textarea.Model
	probCursor int
	saving     bool
	pending    bool             // a change left while a new initiative's first save was under way
	closing    bool             // close once the save is done
	draft      common.FormDraft // the text fields as typed, kept in the store (plan_form_draft.go)
}

// newPlanForm opens the form on in, with what it needs of the panel.
func (p *Panel) newPlanForm(in model.Initiative, title string) *planForm {
	c := p.c
	f := &planForm{c: c, st: p.st, from: p.id, fy: p.fy, pillars: p.pillars, depts: p.depts, ranked: p.ranked,
		chosen: p.state.Chosen, title: title, in: in, years: model.PlanYears(p.fy), lines: map[planField]*common.LineField{}}
	limits := map[planField]int{pfTitle: model.MaxInitiativeTitle, pfDept: model.MaxDepartmentRunes,
		pfKPI: model.MaxInitiativeShort, pfBaseline: model.MaxInitiativeShort, pfTarget: model.MaxInitiativeShort}
	values := map[planField]string{pfTitle: in.Title, pfDept: in.Department, pfKPI: in.KPI, pfBaseline: in.Baseline, pfTarget: in.Target}
	for i, y := range f.years {
		limits[pfYear+planField(i)] = model.MaxInitiativeShort
		for _, yp := range in.Schedule {
			if yp.Year == y {
				values[pfYear+planField(i)] = yp.Plan
			}
		}
	}
	for field, limit := range limits {
		lf := common.NewLineField(c, limit)
		lf.SetValue(values[field])
		f.lines[field] = &lf
	}
	ta := textarea.New()
	ta.SetStyles(c.Styles.Form.Input)
	ta.Prompt = ""
	ta.ShowLineNumbers = false
	ta.CharLimit = model.MaxInitiativeText
	ta.KeyMap.InsertNewline.SetKeys("ctrl+j")
	ta.KeyMap.Paste.SetEnabled(false)
	ta.SetVirtualCursor(false)
	ta.SetHeight(3)
	ta.SetValue(in.Summary)
	f.summary = ta
	return f
}

// focus gives the keyboard to the focused field's editor.
func (f *planForm) focusCmd() tea.Cmd {
	for field, lf := range f.lines {
		if field != f.at {
			lf.Blur()
		}
	}
	f.summary.Blur()
	if lf, ok := f.lines[f.at]; ok {
		return lf.Focus()
	}
	if f.at == pfSummary {
		return f.summary.Focus()
	}
	return nil
}

// pillarProblems are the problems of the initiative's pillar: those
// chosen for the fiscal year first, then the rest, each in ranking order.
func (f *planForm) pillarProblems() []model.Card {
	var chosen, rest []model.Card
	for _, r := range f.ranked {
		if r.Card.PillarID != f.in.PillarID {
			continue
		}
		if f.chosen[r.Card.ID] {
			chosen = append(chosen, r.Card)
		} else {
			rest = append(rest, r.Card)
		}
	}
	return append(chosen, rest...)
}

// collect writes the editors' values into the initiative and reports
// whether anything changed.
func (f *planForm) collect() bool {
	before := f.in
	beforeYears := slices.Clone(f.in.Schedule)
	f.in.Title = f.lines[pfTitle].Value()
	f.in.Department = f.lines[pfDept].Value()
	f.in.KPI = f.lines[pfKPI].Value()
	f.in.Baseline = f.lines[pfBaseline].Value()
	f.in.Target = f.lines[pfTarget].Value()
	text, _ := model.CleanText(f.summary.Value(), model.MaxInitiativeText)
	f.in.Summary = common.TrimLines(text)
	f.in.Schedule = f.in.Schedule[:0:0]
	for i, y := range f.years {
		if v := f.lines[pfYear+planField(i)].Value(); v != "" {
			f.in.Schedule = append(f.in.Schedule, model.YearPlan{Year: y, Plan: v})
		}
	}
	return before.Title != f.in.Title || before.Department != f.in.Department || before.KPI != f.in.KPI ||
		before.Baseline != f.in.Baseline || before.Target != f.in.Target || before.Summary != f.in.Summary ||
		!slices.Equal(beforeYears, f.in.Schedule)
}

// save stores the initiative as it stands; a new one waits for its first
// save to come back with an id before it is saved again.
func (f *planForm) save() tea.Cmd {
	if f.in.Title == "" {
		return nil
	}
	if f.saving && f.in.ID == 0 {
		f.pending = true
		return nil
	}
	f.saving = true
	st, in, wid, fy, now := f.st, f.in, f.c.WorkshopID, f.fy, f.c.Now()
	return f.c.Do(f.from, f.c.T.OpSaveTask2, func() (tea.Msg, error) {
		saved, err := st.SaveInitiative(in, now)
		if err != nil {
			return nil, err
		}
		state, err := st.LoadTask2(wid, fy)
		return planSavedMsg{in: saved, state: state}, err
	})
}

// saved takes the stored initiative's id and times and the ranking as it
// now stands, then saves what waited for them, or ends the form if it was
// closing.
func (f *planForm) saved(in model.Initiative, ranked []model.Ranked, chosen map[int64]bool) tea.Cmd {
	f.saving, f.ranked, f.chosen = false, ranked, chosen
	f.in.ID, f.in.Position, f.in.CreatedAt, f.in.UpdatedAt = in.ID, in.Position, in.CreatedAt, in.UpdatedAt
	rekey := f.rekey()
	if f.pending {
		f.pending = false
		f.collect()
		return tea.Batch(rekey, f.save())
	}
	if f.closing {
		f.End(common.FormDone)
		return tea.Batch(rekey, f.draft.Drop()) // all saved: the draft is done with
	}
	return rekey
}

// Fail shows a failed save; the form stays open with what was typed.
func (f *planForm) Fail(msg string) {
	f.saving, f.pending, f.closing = false, false, false
	f.FormEnd.Fail(msg)
}

// leave moves the focus by d fields, saving what changed; the title must
// be there before anything else is.
func (f *planForm) leave(d int) tea.Cmd {
	changed := f.collect()
	if f.in.Title == "" {
		f.Err, f.at = f.c.T.Labelled(f.c.T.PlanProblems[model.ProblemRequired], f.c.T.FieldTitle), pfTitle
		return f.focusCmd()
	}
	f.Err = ""
	var cmd tea.Cmd
	if changed || f.in.ID == 0 {
		cmd = f.save()
	}
	f.at = (f.at + planField(d) + pfCount) % pfCount
	return tea.Batch(cmd, f.focusCmd())
}

// Update handles a key or a paste in the focused field; esc closes the
// form, saving first what changed.
func (f *planForm) Update(msg tea.Msg) tea.Cmd {
	if dm, ok := msg.(common.DraftLoadedMsg); ok {
		f.draft.Restore(dm, f.encode, f.put)
		return nil
	}
	if f.State() != common.FormEditing {
		return nil
	}
	f.draft.Seen(msg)
	cmd := f.update(msg)
	return tea.Batch(cmd, f.draft.Follow(f.State(), f.encode()))
}

func (f *planForm) update(msg tea.Msg) tea.Cmd {
	k, t := f.c.Keys, f.c.T
	if f.AnswerLeave(msg, k) {
		return nil
	}
	km, isKey := msg.(tea.KeyPressMsg)
	if isKey {
		switch {
		case key.Matches(km, k.Cancel):
			changed := f.collect()
			if f.in.Title != "" && (changed || f.pending || f.saving) {
				f.closing = true
				if f.saving {
					return nil
				}
				return f.save()
			}
			// Without a title nothing can be saved: ask before what was
			// typed in the other fields is lost.
			in := f.in
			typed := in.Department != "" || in.KPI != "" || in.Baseline != "" || in.Target != "" ||
				in.Summary != "" || len(in.Schedule) > 0
			f.Leave(in.Title == "" && (changed || typed))
			return nil
		case key.Matches(km, k.NextField):
			return f.leave(1)
		case key.Matches(km, k.PrevField):
			return f.leave(-1)
		case key.Matches(km, k.Save) && f.at != pfSummary && f.at != pfProblems:
			return f.leave(1)
		}
	}
	switch f.at {
	case pfPillar:
		if isKey && (key.Matches(km, k.Left) || key.Matches(km, k.Right)) && len(f.pillars) > 0 {
			i := slices.IndexFunc(f.pillars, func(p model.Pillar) bool { return p.ID == f.in.PillarID })
			if key.Matches(km, k.Left) {
				i = (i + len(f.pillars) - 1) % len(f.pillars)
			} else {
				i = (i + 1) % len(f.pillars)
			}
			f.in.PillarID, f.in.Problems, f.probCursor = f.pillars[i].ID, nil, 0
			f.collect()
			return f.save()
		}
		return nil
	case pfStatus:
		if isKey && (key.Matches(km, k.Left) || key.Matches(km, k.Right)) {
			i := slices.Index(model.InitiativeStatuses, f.in.Status)
			n := len(model.InitiativeStatuses)
			if key.Matches(km, k.Left) {
				i = (i + n - 1) % n
			} else {
				i = (i + 1) % n
			}
			f.in.Status = model.InitiativeStatuses[i]
			f.collect()
			return f.save()
		}
		return nil
	case pfProblems:
		probs := f.pillarProblems()
		switch {
		case !isKey:
		case key.Matches(km, k.Up):
			f.probCursor = max(f.probCursor-1, 0)
		case key.Matches(km, k.Down):
			f.probCursor = min(f.probCursor+1, max(len(probs)-1, 0))
		case (key.Matches(km, k.Toggle) || key.Matches(km, k.Save)) && f.probCursor < len(probs):
			id := probs[f.probCursor].ID
			if i := slices.Index(f.in.Problems, id); i >= 0 {
				f.in.Problems = slices.Delete(slices.Clone(f.in.Problems), i, i+1)
			} else {
				f.in.Problems = append(slices.Clone(f.in.Problems), id)
			}
			f.collect()
			return f.save()
		}
		return nil
	case pfDept:
		if isKey && (key.Matches(km, k.Up) || key.Matches(km, k.Down)) && len(f.depts) > 0 {
			// ↑/↓ go through the roster's departments
			n := len(f.depts)
			i := slices.Index(f.depts, f.lines[pfDept].Value())
			switch {
			case i < 0 && key.Matches(km, k.Up):
				i = n - 1
			case i < 0:
				i = 0
			case key.Matches(km, k.Up):
				i = (i + n - 1) % n
			default:
				i = (i + 1) % n
			}
			f.lines[pfDept].SetValue(f.depts[i])
			return nil
		}
	case pfSummary:
		if p, ok := msg.(tea.PasteMsg); ok {
			var cut bool
			if msg, cut = common.CleanPaste(p, f.summary.Value(), model.MaxInitiativeText, true); cut {
				f.Err = t.PasteCut
			}
		}
		var cmd tea.Cmd
		f.summary, cmd = f.summary.Update(msg)
		return cmd
	}
	lf, ok := f.lines[f.at]
	if !ok {
		return nil
	}
	var cmd tea.Cmd
	var cut bool
	if *lf, cmd, cut = lf.Update(msg); cut {
		f.Err = t.PasteCut
	}
	return cmd
}
